// The CSV text of a result table (UTF-8, comma, one row per commune), made value by value into one reused buffer:
// no string per cell, no copy of the columns. Numbers are written as String(x) writes them (chiffres.ts).

import type { TexteBrut } from "../../data/normalisation/arrow.ts";
import { ecrireNombre, LONGUEUR_MAX_NOMBRE } from "./chiffres.ts";

/** Commune names: strings, or the UTF-8 bytes of an Arrow text column (copied as they are, no string made). */
export type Noms = readonly string[] | TexteBrut;

/** Rows of the CSV: code INSEE, optional name, then one number per column (same length as `code_insee`). */
export interface LignesCsv {
  readonly code_insee: readonly string[];
  readonly nom?: Noms;
  readonly colonnes: readonly (Float64Array | Uint8Array)[];
}

export const TAILLE_MORCEAU = 1 << 20;

function champCsv(t: string): string {
  return /[",\n\r]/.test(t) ? `"${t.replaceAll('"', '""')}"` : t;
}

/** Writes the UTF-8 bytes of `s` at `pos` (ASCII byte by byte, the rest through `enc`); returns the new end. */
function ecrireTexte(t: Uint8Array, pos: number, s: string, enc: TextEncoder): number {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 128) return pos + enc.encodeInto(s, t.subarray(pos)).written;
    t[pos + k] = c;
  }
  return pos + s.length;
}

/** Writes the UTF-8 bytes octets[debut … fin) at `pos` as a CSV field (quoted when they hold , " or a line break). */
function ecrireOctetsCsv(t: Uint8Array, pos: number, octets: Uint8Array, debut: number, fin: number): number {
  let k = debut;
  while (k < fin && octets[k] !== 44 && octets[k] !== 34 && octets[k] !== 10 && octets[k] !== 13) k++;
  if (k === fin) {
    for (k = debut; k < fin; k++) t[pos++] = octets[k];
    return pos;
  }
  t[pos++] = 34;
  for (k = debut; k < fin; k++) {
    if (octets[k] === 34) t[pos++] = 34;
    t[pos++] = octets[k];
  }
  t[pos++] = 34;
  return pos;
}

/**
 * Writes the numbers of row `i`, each after a comma; returns the new end. A plain function, not the generator's own
 * loop: it is optimised after a few hundred rows, where the generator's body would wait for its next resumption.
 */
function ecrireCellules(t: Uint8Array, pos: number, i: number, estOctets: boolean[], flottants: Float64Array[], octets: Uint8Array[]): number {
  for (let k = 0; k < estOctets.length; k++) {
    t[pos++] = 44;
    // Flags (0/1) and zeros, most of the cells, without a call.
    const x = estOctets[k] ? octets[k][i] : flottants[k][i];
    if (x === 0) t[pos++] = 48;
    else if (x === 1) t[pos++] = 49;
    else pos = ecrireNombre(t, pos, x);
  }
  return pos;
}

/** The header line: code_insee, nom when there are names, then the column names. */
export function enteteCsv(noms: readonly string[], avecNom: boolean): Uint8Array {
  return new TextEncoder().encode(["code_insee", ...(avecNom ? ["nom"] : []), ...noms].join(",") + "\n");
}

/**
 * The rows in chunks of about `taille` bytes (the first one starting with `debut`, e.g. the header). Each chunk is a
 * view of a reused buffer, only valid until the next one is asked for.
 */
export function* morceauxLignes(t: LignesCsv, debut: Uint8Array = new Uint8Array(0), taille = TAILLE_MORCEAU): Generator<Uint8Array> {
  const cols = t.colonnes;
  // Each column in the array of its type (the other one holding an empty array): every read is monomorphic.
  const estOctets = cols.map((c) => c instanceof Uint8Array);
  const flottants = cols.map((c) => (c instanceof Float64Array ? c : new Float64Array(0)));
  const octets = cols.map((c) => (c instanceof Uint8Array ? c : new Uint8Array(0)));
  const enc = new TextEncoder();
  // Longest row: a number and its comma per column, 3 bytes a UTF-16 unit of code and name (quoted, doubled quotes: ×2).
  const parLigne = (LONGUEUR_MAX_NOMBRE + 1) * cols.length + 8;
  let tampon = new Uint8Array(Math.max(taille, debut.length) + parLigne + 1024);
  // A chunk is handed over once it reaches `taille` bytes, or before a row that might not fit.
  tampon.set(debut);
  let pos = debut.length;
  const noms = t.nom && !Array.isArray(t.nom) ? undefined : (t.nom as readonly string[] | undefined);
  const brut = t.nom && !Array.isArray(t.nom) ? (t.nom as TexteBrut) : undefined;
  for (let i = 0; i < t.code_insee.length; i++) {
    const code = t.code_insee[i];
    const nom = noms ? champCsv(noms[i] ?? "") : "";
    // Bytes of the name: 3 a UTF-16 unit of a string; twice the raw bytes (doubled quotes) and the 2 quotes.
    const besoin = parLigne + 3 * (code.length + nom.length) + (brut ? 2 * (brut.offsets[i + 1] - brut.offsets[i]) + 2 : 0) + 2;
    if (pos >= taille || pos + besoin > tampon.length) {
      if (pos > 0) yield tampon.subarray(0, pos);
      pos = 0;
      if (besoin > tampon.length) tampon = new Uint8Array(besoin);
    }
    pos = ecrireTexte(tampon, pos, code, enc);
    if (noms) {
      tampon[pos++] = 44;
      pos = ecrireTexte(tampon, pos, nom, enc);
    } else if (brut) {
      tampon[pos++] = 44;
      pos = ecrireOctetsCsv(tampon, pos, brut.octets, brut.offsets[i], brut.offsets[i + 1]);
    }
    pos = ecrireCellules(tampon, pos, i, estOctets, flottants, octets);
    tampon[pos++] = 10;
  }
  if (pos > 0) yield tampon.subarray(0, pos);
}
