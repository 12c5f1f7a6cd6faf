// Normalised tables as Arrow IPC files (one file per table and year). Arrow because the columns are the engine's
// typed arrays as they are (read back without copy or parsing), and because DuckDB-wasm in the site reads Arrow
// with no network extension (Parquet would need one). See docs/donnees.md. Written with apache-arrow, read with
// flechette (faster to load, same format).

import { mkdir, open, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

export type ColonneTable = Float64Array | Int32Array | Uint8Array | readonly string[];
export type Table = Record<string, ColonneTable>;

/** A text column as Arrow stores it: value i is the UTF-8 bytes octets[offsets[i] … offsets[i + 1]). */
export interface TexteBrut {
  readonly offsets: Int32Array;
  readonly octets: Uint8Array;
}

export interface TableLue {
  readonly colonnes: Table;
  /** Every text column undecoded (views of the file, no copy), also those left out of `colonnes`. */
  readonly textes: ReadonlyMap<string, TexteBrut>;
  readonly metadonnees: ReadonlyMap<string, string>;
  readonly nbLignes: number;
}

export async function ecrireTableArrow(chemin: string, table: Table, metadonnees: Record<string, string> = {}): Promise<void> {
  const A = await import("apache-arrow");
  const vecteurs: Record<string, import("apache-arrow").Vector> = {};
  for (const [nom, col] of Object.entries(table)) {
    vecteurs[nom] = Array.isArray(col) ? A.vectorFromArray(col as string[], new A.Utf8()) : A.makeVector(col as Float64Array);
  }
  const t = new A.Table(vecteurs);
  const schema = new A.Schema(t.schema.fields, new Map(Object.entries(metadonnees)));
  const avecMeta = new A.Table(schema, t.batches.map((b) => new A.RecordBatch(schema, b.data)));
  await mkdir(dirname(chemin), { recursive: true });
  await writeFile(chemin, A.tableToIPC(avecMeta, "file"));
}

/**
 * Strings of a Utf8 column decoded in one TextDecoder call, then cut at the character positions of the byte offsets
 * (Arrow's per-value decoding costs ~1 µs a string, which matters for 35,000 names at CLI start-up).
 */
export function chainesDe({ offsets, octets }: TexteBrut): string[] {
  const n = offsets.length - 1;
  const debut = offsets[0];
  const texte = new TextDecoder().decode(octets.subarray(debut, offsets[n]));
  const res = new Array<string>(n);
  if (texte.length === offsets[n] - debut) {
    for (let i = 0; i < n; i++) res[i] = texte.slice(offsets[i] - debut, offsets[i + 1] - debut);
    return res;
  }
  // Multi-byte characters: walk the bytes once, counting UTF-16 units (4-byte sequences are surrogate pairs).
  let octet = debut, car = 0, precedent = 0;
  for (let i = 0; i < n; i++) {
    const fin = offsets[i + 1];
    for (; octet < fin; octet++) {
      const b = octets[octet];
      if ((b & 0xc0) !== 0x80) car += b >= 0xf0 ? 2 : 1;
    }
    res[i] = texte.slice(precedent, car);
    precedent = car;
  }
  return res;
}

/**
 * The whole file in one read on the libuv thread pool, into a buffer no one has touched yet: the first touch of fresh
 * memory (page faults, ≈ 3 ms a megabyte on the virtual machines measured) happens there, while the main thread goes
 * on (compiling the engine). readFile would read 512 kB at a time through the main thread, then copy the whole.
 */
async function lireFichier(chemin: string): Promise<Uint8Array> {
  const f = await open(chemin, "r");
  try {
    const { size } = await f.stat();
    const octets = Buffer.allocUnsafeSlow(size);
    let lus = 0;
    for (let n = 1; n > 0 && lus < size; lus += n) n = (await f.read(octets, lus, size - lus, lus)).bytesRead;
    return octets.subarray(0, lus);
  } finally {
    await f.close();
  }
}

/** Whether two text columns hold the same values, compared on their bytes (no string made). */
export function memesTextes(a: TexteBrut, b: TexteBrut): boolean {
  const n = a.offsets.length;
  if (b.offsets.length !== n) return false;
  const da = a.offsets[0], db = b.offsets[0];
  for (let i = 1; i < n; i++) if (a.offsets[i] - da !== b.offsets[i] - db) return false;
  return Buffer.compare(a.octets.subarray(da, a.offsets[n - 1]), b.octets.subarray(db, b.offsets[n - 1])) === 0;
}

/**
 * Reads a table written by `ecrireTableArrow` with flechette (a small Arrow reader: ~30 ms less to import than
 * apache-arrow at CLI start-up). Number columns are the file's typed arrays, without copy when in one batch.
 * `garder`: the columns to return (the others are not converted; text columns stay available undecoded in
 * `textes`): making 35,000 strings costs ≈ 15 ms at start-up, more than what some callers do with them.
 */
export async function lireTableArrow(chemin: string, garder?: (colonne: string) => boolean): Promise<TableLue> {
  const [{ tableFromIPC }, octets] = await Promise.all([import("@uwdata/flechette"), lireFichier(chemin)]);
  const t = tableFromIPC(octets);
  const colonnes: Table = {};
  const textes = new Map<string, TexteBrut>();
  for (const champ of t.schema.fields) {
    const v = t.getChild(champ.name);
    const lot = v.data[0];
    // The offsets buffer may hold padding after its n + 1 values.
    const brut = v.data.length === 1 && lot.offsets instanceof Int32Array && lot.values instanceof Uint8Array ? { offsets: lot.offsets.subarray(0, v.length + 1), octets: lot.values } : undefined;
    if (brut) textes.set(champ.name, brut);
    if (garder && !garder(champ.name)) continue;
    colonnes[champ.name] = brut ? chainesDe(brut) : (v.toArray() as unknown as ColonneTable);
  }
  return { colonnes, textes, metadonnees: t.schema.metadata ?? new Map(), nbLignes: t.numRows };
}
