// Writes one row per commune (code INSEE first, then the spec's variable names) as CSV, Parquet or JSON.

import { closeSync, openSync, writeSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { extname } from "node:path";

export interface TableSortie {
  readonly code_insee: readonly string[];
  readonly nom?: readonly string[];
  readonly colonnes: ReadonlyMap<string, ArrayLike<number>>;
}

export const FORMATS_SORTIE = [".csv", ".parquet", ".json"] as const;

function champCsv(t: string): string {
  return /[",\n\r]/.test(t) ? `"${t.replaceAll('"', '""')}"` : t;
}

const PUISSANCES = Array.from({ length: 21 }, (_, k) => 10 ** k);
const CHIFFRES = new Uint8Array(24);
/** "00" … "99" as character codes: two digits per division. */
const PAIRES = Uint8Array.from({ length: 200 }, (_, k) => 48 + (k & 1 ? (k >> 1) % 10 : ((k >> 1) / 10) | 0));

/** Writes the digits of the non-negative integer `x` (< 2^53), at least `min` of them, at `pos`; returns the new end. */
function ecrireEntier(t: Uint8Array, pos: number, x: number, min: number): number {
  let k = 0;
  while (x >= 2147483648) {
    const q = Math.floor(x / 10);
    CHIFFRES[k++] = 48 + (x - q * 10); // the difference first: 48 + x can exceed 2^53
    x = q;
  }
  while (x >= 100) {
    const q = (x / 100) | 0;
    const r = (x - q * 100) << 1;
    CHIFFRES[k++] = PAIRES[r + 1];
    CHIFFRES[k++] = PAIRES[r];
    x = q;
  }
  if (x >= 10) {
    CHIFFRES[k++] = PAIRES[(x << 1) + 1];
    CHIFFRES[k++] = PAIRES[x << 1];
  } else CHIFFRES[k++] = 48 + x;
  while (k < min) CHIFFRES[k++] = 48;
  while (k > 0) t[pos++] = CHIFFRES[--k];
  return pos;
}

/**
 * Writes `x` at `pos` (NaN = nothing); returns the new end. Integers are exact; other values get 9 significant
 * digits, lossless for the model's float32 storage (spec §2.3) and within 5e-9 relative of a float64 value.
 */
function ecrireNombre(t: Uint8Array, pos: number, x: number): number {
  if (x === 0) {
    t[pos] = 48;
    return pos + 1;
  }
  if (x !== x) return pos;
  if (x < 0) {
    t[pos++] = 45;
    x = -x;
  }
  if (x < 9007199254740992 && Math.floor(x) === x) return ecrireEntier(t, pos, x, 1);
  if (!Number.isFinite(x) || x >= 1e9 || x < 1e-9) {
    const s = String(x);
    for (let k = 0; k < s.length; k++) t[pos++] = s.charCodeAt(k);
    return pos;
  }
  let d = 8;
  for (let p = 10; p <= x && d > 0; p *= 10) d--;
  while (d < 20 && x * PUISSANCES[d] < 1e8) d++;
  let m = Math.round(x * PUISSANCES[d]);
  while (d > 0 && m % 10 === 0) {
    m /= 10;
    d--;
  }
  const p = PUISSANCES[d];
  const ent = Math.floor(m / p);
  pos = ecrireEntier(t, pos, ent, 1);
  if (d === 0) return pos;
  t[pos++] = 46;
  return ecrireEntier(t, pos, m - ent * p, d);
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

const TAILLE_MORCEAU = 1 << 20;

/**
 * CSV (UTF-8) in chunks of about `taille` bytes, written value by value into one reused buffer: no string per cell,
 * no copy of the columns. Each chunk is only valid until the next one is asked for.
 */
export function* morceauxCsv(t: TableSortie, taille = TAILLE_MORCEAU): Generator<Uint8Array> {
  const noms = [...t.colonnes.keys()];
  const cols = noms.map((k) => {
    const c = t.colonnes.get(k)!;
    return c instanceof Float64Array || c instanceof Uint8Array ? c : Float64Array.from(c);
  });
  const enc = new TextEncoder();
  const entete = enc.encode(["code_insee", ...(t.nom ? ["nom"] : []), ...noms].join(",") + "\n");
  // Longest row: 24 bytes a number, 3 bytes a UTF-16 unit of code and name (quoted, doubled quotes: ×2).
  const parLigne = 25 * cols.length + 8;
  let tampon = new Uint8Array(Math.max(taille, entete.length) + parLigne + 1024);
  // A chunk is handed over once it reaches `taille` bytes, or before a row that might not fit.
  tampon.set(entete);
  let pos = entete.length;
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

/** The whole CSV in one buffer (small tables, tests). */
export function versCsv(t: TableSortie): Uint8Array {
  const morceaux: Uint8Array[] = [];
  for (const m of morceauxCsv(t)) morceaux.push(m.slice()); // copied before the buffer is reused
  const res = new Uint8Array(morceaux.reduce((s, m) => s + m.length, 0));
  let pos = 0;
  for (const m of morceaux) res.set(m, (pos += m.length) - m.length);
  return res;
}

export function versJson(t: TableSortie): string {
  const noms = [...t.colonnes.keys()];
  const lignes = t.code_insee.map((code, i) => {
    const o: Record<string, string | number | null> = { code_insee: code };
    if (t.nom) o.nom = t.nom[i] ?? "";
    for (const k of noms) {
      const x = Number(t.colonnes.get(k)![i]);
      o[k] = Number.isFinite(x) ? x : null;
    }
    return o;
  });
  return JSON.stringify(lignes);
}

export async function versParquet(t: TableSortie): Promise<ArrayBuffer> {
  const { parquetWriteBuffer } = await import("hyparquet-writer");
  const columnData = [
    { name: "code_insee", data: [...t.code_insee], type: "STRING" as const },
    ...(t.nom ? [{ name: "nom", data: [...t.nom], type: "STRING" as const }] : []),
    ...[...t.colonnes].map(([name, data]) => ({ name, data: Float64Array.from(data as ArrayLike<number>), type: "DOUBLE" as const })),
  ];
  return parquetWriteBuffer({ columnData });
}

export async function ecrireSortie(chemin: string, t: TableSortie): Promise<void> {
  const ext = extname(chemin).toLowerCase();
  if (ext === ".csv") {
    // Chunks written synchronously as they are made: the reused buffer stays in cache, nothing waits on the disk.
    const fd = openSync(chemin, "w");
    try {
      for (const m of morceauxCsv(t)) writeSync(fd, m);
    } finally {
      closeSync(fd);
    }
  }
  else if (ext === ".json") await writeFile(chemin, versJson(t));
  else if (ext === ".parquet") await writeFile(chemin, new Uint8Array(await versParquet(t)));
  else throw new Error(`format de sortie « ${ext || chemin} » inconnu : ${FORMATS_SORTIE.join(", ")} attendu`);
}
