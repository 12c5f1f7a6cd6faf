// Small fixtures for the data tests: DGCL files in the official format of a year, built by our writer.
import type { AnneeDgcl } from "../../data/dgcl/colonnes.ts";
import { ecrireCsvDgcl } from "../../data/dgcl/ecrire.ts";
import { fabriquerTableDgcl } from "../../data/dgcl/fabrique.ts";

export const enc = (t: string) => new TextEncoder().encode(t);

/** `n` communes in the official CSV format of `annee` (only mapped columns unless `autres`). */
export function csvDgcl(annee: AnneeDgcl, n = 4, autres = 0): string {
  return ecrireCsvDgcl(annee, fabriquerTableDgcl(annee, n, autres, 7));
}

/** Replaces the cell (data row `i`, header `entete`) of a CSV written by ecrireCsvDgcl (no multi-line fields). */
export function remplacerCellule(csv: string, i: number, entete: string, valeur: string): string {
  const lignes = csv.split("\n");
  const champs = (l: string) => l.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, "")).slice(0, -1);
  const entetes = champs(lignes[0]);
  const j = entetes.indexOf(entete);
  if (j < 0) throw new Error(`en-tête absent : ${entete}`);
  const cellules = champs(lignes[i + 1]);
  cellules[j] = valeur;
  lignes[i + 1] = cellules.join(",");
  return lignes.join("\n");
}

/** Windows-1252 bytes of a text made of Latin-1 characters. */
export function latin1(t: string): Uint8Array {
  return Uint8Array.from(t, (c) => {
    const k = c.charCodeAt(0);
    if (k > 0xff) throw new Error(`caractère hors Latin-1 : ${c}`);
    return k;
  });
}
