// Normalised tables as Arrow IPC files (one file per table and year). Arrow because the columns are the engine's
// typed arrays as they are (read back without copy or parsing), and because DuckDB-wasm in the site reads Arrow
// with no network extension (Parquet would need one). See docs/donnees.md.

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

export async function lireTableArrow(chemin: string): Promise<TableLue> {
  const A = await import("apache-arrow");
  const t = A.tableFromIPC(await readFile(chemin));
  const colonnes: Table = {};
  for (const champ of t.schema.fields) {
    const v = t.getChild(champ.name)!;
    if (A.DataType.isUtf8(champ.type) && v.data.length === 1) colonnes[champ.name] = chaines(v.data[0].valueOffsets as Int32Array, v.data[0].values as Uint8Array, v.length);
    else colonnes[champ.name] = A.DataType.isUtf8(champ.type) || A.DataType.isDictionary(champ.type) ? (v.toArray() as string[]) : (v.toArray() as Float64Array);
  }
  return { colonnes, metadonnees: t.schema.metadata, nbLignes: t.numRows };
}
