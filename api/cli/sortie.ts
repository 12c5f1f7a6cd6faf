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

function valeur(x: number): string {
  return Number.isNaN(x) ? "" : String(x);
}

export function versCsv(t: TableSortie): string {
  const noms = [...t.colonnes.keys()];
  const cols = noms.map((k) => t.colonnes.get(k)!);
  const lignes = [["code_insee", ...(t.nom ? ["nom"] : []), ...noms].join(",")];
  for (let i = 0; i < t.code_insee.length; i++) {
    let l = t.code_insee[i];
    if (t.nom) l += "," + champCsv(t.nom[i] ?? "");
    for (const c of cols) l += "," + valeur(Number(c[i]));
    lignes.push(l);
  }
  return lignes.join("\n") + "\n";
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
