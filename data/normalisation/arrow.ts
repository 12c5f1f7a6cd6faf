// Normalised tables as Arrow IPC files (one file per table and year). Arrow because the columns are the engine's
// typed arrays as they are (read back without copy or parsing), and because DuckDB-wasm in the site reads Arrow
// with no network extension (Parquet would need one). See docs/donnees.md. Written with apache-arrow, read with
// flechette (faster to load, same format).

import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

export type ColonneTable = Float64Array | Int32Array | Uint8Array | readonly string[];
export type Table = Record<string, ColonneTable>;

export interface TableLue {
  readonly colonnes: Table;
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
function chaines(offsets: Int32Array, octets: Uint8Array, n: number): string[] {
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
 * Reads a table written by `ecrireTableArrow` with flechette (a small Arrow reader: ~30 ms less to import than
 * apache-arrow at CLI start-up). Number columns are the file's typed arrays, without copy when in one batch.
 */
export async function lireTableArrow(chemin: string): Promise<TableLue> {
  const [{ tableFromIPC }, octets] = await Promise.all([import("@uwdata/flechette"), readFile(chemin)]);
  const t = tableFromIPC(octets);
  const colonnes: Table = {};
  for (const champ of t.schema.fields) {
    const v = t.getChild(champ.name);
    const lot = v.data[0];
    if (v.data.length === 1 && lot.offsets instanceof Int32Array && lot.values instanceof Uint8Array) colonnes[champ.name] = chaines(lot.offsets, lot.values, v.length);
    else colonnes[champ.name] = v.toArray() as unknown as ColonneTable;
  }
  return { colonnes, metadonnees: t.schema.metadata ?? new Map(), nbLignes: t.numRows };
}
