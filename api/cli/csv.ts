// The CSV text of a result table (UTF-8, comma, one row per commune), made value by value into one reused buffer:
// no string per cell, no copy of the columns. Numbers are written as String(x) writes them (chiffres.ts).

import { ecrireNombre, LONGUEUR_MAX_NOMBRE } from "./chiffres.ts";

/** Rows of the CSV: code INSEE, optional name, then one number per column (same length as `code_insee`). */
export interface LignesCsv {
  readonly code_insee: readonly string[];
  readonly nom?: readonly string[];
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
  const enc = new TextEncoder();
  // Longest row: a number and its comma per column, 3 bytes a UTF-16 unit of code and name (quoted, doubled quotes: ×2).
  const parLigne = (LONGUEUR_MAX_NOMBRE + 1) * cols.length + 8;
  let tampon = new Uint8Array(Math.max(taille, debut.length) + parLigne + 1024);
  // A chunk is handed over once it reaches `taille` bytes, or before a row that might not fit.
  tampon.set(debut);
  let pos = debut.length;
  for (let i = 0; i < t.code_insee.length; i++) {
    const code = t.code_insee[i];
    const nom = t.nom ? champCsv(t.nom[i] ?? "") : "";
    const besoin = parLigne + 3 * (code.length + nom.length) + 2;
    if (pos >= taille || pos + besoin > tampon.length) {
      if (pos > 0) yield tampon.subarray(0, pos);
      pos = 0;
      if (besoin > tampon.length) tampon = new Uint8Array(besoin);
    }
    pos = ecrireTexte(tampon, pos, code, enc);
    if (t.nom) {
      tampon[pos++] = 44;
      pos = ecrireTexte(tampon, pos, nom, enc);
    }
    for (let k = 0; k < cols.length; k++) {
      tampon[pos++] = 44;
      pos = ecrireNombre(tampon, pos, cols[k][i]);
    }
    tampon[pos++] = 10;
  }
  if (pos > 0) yield tampon.subarray(0, pos);
}
