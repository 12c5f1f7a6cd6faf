// Loader output: typed columns written as an Arrow IPC stream (DuckDB-wasm ingests it without extension,
// apache-arrow's tableFromIPC reads it in the page), with the page metadata as JSON in the schema metadata `meta`.
import { RecordBatch, Schema, Table, Utf8, makeVector, tableToIPC, vectorFromArray, type Vector } from 'apache-arrow';

export type ColonneSortie = Float64Array | Int32Array | Uint8Array | readonly string[];

export function arrowAvecMeta(colonnes: Record<string, ColonneSortie>, meta: object): Uint8Array {
  const vecteurs: Record<string, Vector> = {};
  for (const [nom, c] of Object.entries(colonnes)) vecteurs[nom] = Array.isArray(c) ? vectorFromArray(c as string[], new Utf8()) : makeVector(c as Float64Array);
  const t = new Table(vecteurs);
  const schema = new Schema(t.schema.fields, new Map([['meta', JSON.stringify(meta)]]));
  return tableToIPC(new Table(schema, t.batches.map((b) => new RecordBatch(schema, b.data))), 'stream');
}
