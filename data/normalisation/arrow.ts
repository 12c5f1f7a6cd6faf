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

export async function lireTableArrow(chemin: string): Promise<TableLue> {
  const A = await import("apache-arrow");
  const t = A.tableFromIPC(await readFile(chemin));
  const colonnes: Table = {};
  for (const champ of t.schema.fields) {
    const v = t.getChild(champ.name)!;
    colonnes[champ.name] = A.DataType.isUtf8(champ.type) || A.DataType.isDictionary(champ.type) ? (v.toArray() as string[]) : (v.toArray() as Float64Array);
  }
  return { colonnes, metadonnees: t.schema.metadata, nbLignes: t.numRows };
}
