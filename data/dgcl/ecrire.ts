// Writes a table in the format of the official DGCL CSV of a year: canonical headers (colonnes.ts), ','
// separator, decimal comma inside quotes, booleans as the year encodes them. Used by the synthetic France and
// the benchmark; the reader (lire.ts) reads back exactly what this writes.

import { booleensDgcl, colonnesDgcl, type AnneeDgcl, type CleColonneDgcl } from "./colonnes.ts";

export interface TableDgcl {
  readonly code_insee: readonly string[];
  readonly nom: readonly string[];
  readonly code_departement: readonly string[];
  readonly code_commune_chef_lieu_canton?: readonly string[];
  /** Numeric / boolean (0/1) columns by key; a result column left out is not written. */
  readonly colonnes: Partial<Record<CleColonneDgcl, ArrayLike<number>>>;
  /** Extra columns written after the mapped ones (the real file has ~200 columns). */
  readonly autres?: readonly { entete: string; valeurs: ArrayLike<number> }[];
}

function champ(t: string): string {
  return /[",\n\r]/.test(t) ? `"${t.replaceAll('"', '""')}"` : t;
}

/** A number as the DGCL writes it: integers plain, decimals with a comma (hence quoted). */
export function nombreDgcl(x: number): string {
  if (Number.isInteger(x)) return String(x);
  return `"${String(x).replace(".", ",")}"`;
}

export function ecrireCsvDgcl(annee: AnneeDgcl, t: TableDgcl): string {
  const { vrai, faux } = booleensDgcl(annee);
  const colonnes = colonnesDgcl(annee).filter((c) => c.role !== "resultat" || t.colonnes[c.cle] !== undefined);
  const autres = t.autres ?? [];
  const entetes = [...colonnes.map((c) => c.entetes[0]), ...autres.map((a) => a.entete)];
  const lignes: string[] = [entetes.map(champ).join(",")];
  const n = t.code_insee.length;
  const cellule = new Array<string>(entetes.length);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < colonnes.length; k++) {
      const c = colonnes[k];
      if (c.cle === "code_insee") cellule[k] = t.code_insee[i];
      else if (c.cle === "nom") cellule[k] = champ(t.nom[i]);
      else if (c.cle === "code_departement") cellule[k] = t.code_departement[i];
      else if (c.cle === "code_commune_chef_lieu_canton") cellule[k] = t.code_commune_chef_lieu_canton?.[i] ?? "";
      else {
        const v = t.colonnes[c.cle];
        if (!v) throw new Error(`colonne « ${c.cle} » absente de la table à écrire`);
        cellule[k] = c.type === "booleen" ? (v[i] ? vrai : faux) : nombreDgcl(v[i]);
      }
    }
    for (let k = 0; k < autres.length; k++) cellule[colonnes.length + k] = nombreDgcl(autres[k].valeurs[i]);
    lignes.push(cellule.join(","));
  }
  return lignes.join("\n") + "\n";
}
