// Writes one row per commune (code INSEE first, then the spec's variable names) as CSV, Parquet or JSON.

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

/** Writes the digits of the non-negative integer `x` (< 2^53), at least `min` of them, at `pos`; returns the new end. */
function ecrireEntier(t: Uint8Array, pos: number, x: number, min: number): number {
  let k = 0;
  if (x < 2147483648) {
    do {
      const q = (x / 10) | 0;
      CHIFFRES[k++] = 48 + x - q * 10;
      x = q;
    } while (x > 0);
  } else {
    do {
      const q = Math.floor(x / 10);
      CHIFFRES[k++] = 48 + x - q * 10;
      x = q;
    } while (x > 0);
  }
  while (k < min) CHIFFRES[k++] = 48;
  while (k > 0) t[pos++] = CHIFFRES[--k];
  return pos;
}

/**
 * Writes `x` at `pos` (NaN = nothing); returns the new end. Integers are exact; other values get 9 significant
 * digits, lossless for the model's float32 storage (spec §2.3) and within 5e-9 relative of a float64 value.
 */
function ecrireNombre(t: Uint8Array, pos: number, x: number): number {
  if (x !== x) return pos;
  if (x < 0) {
    t[pos++] = 45;
    x = -x;
  }
  if (Number.isInteger(x) && x < 9007199254740992) return ecrireEntier(t, pos, x, 1);
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
    m = (m / 10) | 0;
    d--;
  }
  const p = PUISSANCES[d];
  const ent = Math.floor(m / p);
  pos = ecrireEntier(t, pos, ent, 1);
  if (d === 0) return pos;
  t[pos++] = 46;
  return ecrireEntier(t, pos, m - ent * p, d);
}

/** CSV bytes (UTF-8), written column value by column value into one buffer: no string per cell. */
export function versCsv(t: TableSortie): Uint8Array {
  const noms = [...t.colonnes.keys()];
  const cols = noms.map((k) => Float64Array.from(t.colonnes.get(k)!));
  const enc = new TextEncoder();
  let tampon = new Uint8Array(1 << 22);
  let pos = 0;
  const reserver = (k: number) => {
    if (pos + k <= tampon.length) return;
    const u = new Uint8Array(Math.max(tampon.length * 2, pos + k));
    u.set(tampon.subarray(0, pos));
    tampon = u;
  };
  const texte = (s: string) => {
    reserver(s.length * 3);
    pos += enc.encodeInto(s, tampon.subarray(pos)).written;
  };
  texte(["code_insee", ...(t.nom ? ["nom"] : []), ...noms].join(",") + "\n");
  const parLigne = 30 * cols.length + 16;
  for (let i = 0; i < t.code_insee.length; i++) {
    texte(t.code_insee[i]);
    if (t.nom) texte("," + champCsv(t.nom[i] ?? ""));
    reserver(parLigne);
    for (let k = 0; k < cols.length; k++) {
      tampon[pos++] = 44;
      pos = ecrireNombre(tampon, pos, cols[k][i]);
    }
    tampon[pos++] = 10;
  }
  return tampon.subarray(0, pos);
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
  if (ext === ".csv") await writeFile(chemin, versCsv(t));
  else if (ext === ".json") await writeFile(chemin, versJson(t));
  else if (ext === ".parquet") await writeFile(chemin, new Uint8Array(await versParquet(t)));
  else throw new Error(`format de sortie « ${ext || chemin} » inconnu : ${FORMATS_SORTIE.join(", ")} attendu`);
}
