// The synthetic criteria as DGCL tables in the official format of year N (headers of data/dgcl/colonnes.ts,
// written by data/dgcl/ecrire.ts), and the engine inputs derived from those tables exactly as the reader
// derives them from a file (data/dgcl/derives.ts, data/dgcl/n-moins-1.ts): API and files cannot disagree.
import type { Communes, ResultatsNMoins1 } from "../../engine/entrees.ts";
import { colonnesDgcl, partCantonEnPourcentage, type AnneeDgcl, type CleColonneDgcl, type CleResultat } from "../dgcl/colonnes.ts";
import { deriverEntrees } from "../dgcl/derives.ts";
import type { TableDgcl } from "../dgcl/ecrire.ts";
import type { CriteresDgcl } from "../dgcl/lire.ts";
import { joindreNMoins1 } from "../dgcl/n-moins-1.ts";
import { Problemes } from "../lecture/probleme.ts";
import type { CriteresAnnee } from "./criteres.ts";

/**
 * The table of one year's criteria in the format of `format` (year N), with optional result columns
 * (notified amounts, whole euros as the DGCL publishes them).
 */
export function tableDgcl(format: AnneeDgcl, crit: CriteresAnnee, resultats: Partial<Record<CleResultat, ArrayLike<number>>> = {}): TableDgcl {
  const colonnes: Partial<Record<CleColonneDgcl, ArrayLike<number>>> = { ...resultats };
  const communes = crit.communes as unknown as Record<string, ArrayLike<number>>;
  for (const c of colonnesDgcl(format)) {
    if (c.role !== "entree") continue;
    const valeurs = communes[c.cle];
    if (c.cle === "part_population_canton" && partCantonEnPourcentage(format)) {
      colonnes[c.cle] = Float64Array.from(valeurs, (x) => Number((x * 100).toFixed(2)));
    } else colonnes[c.cle] = valeurs;
  }
  return {
    code_insee: crit.communes.code_insee,
    nom: crit.communes.nom ?? crit.communes.code_insee,
    code_departement: crit.departement,
    code_commune_chef_lieu_canton: crit.codeChefLieuCanton,
    colonnes,
  };
}

/** The table as the DGCL reader returns it after parsing the written file. */
export function commeLue(format: AnneeDgcl, t: TableDgcl, fichier: string): CriteresDgcl {
  const colonnes: Partial<Record<CleColonneDgcl, Float64Array>> = {};
  for (const [cle, valeurs] of Object.entries(t.colonnes) as [CleColonneDgcl, ArrayLike<number>][]) colonnes[cle] = Float64Array.from(valeurs);
  const nb = t.code_insee.length;
  return {
    annee: format,
    fichier,
    nb,
    code_insee: [...t.code_insee],
    nom: [...t.nom],
    code_departement: [...t.code_departement],
    code_commune_chef_lieu_canton: [...(t.code_commune_chef_lieu_canton ?? [])],
    colonnes,
    lignes: Int32Array.from({ length: nb }, (_, i) => i + 2),
  };
}

/** Engine inputs of a table, derived as for a real file. */
export function entreesDe(lue: CriteresDgcl): Communes {
  return deriverEntrees(lue).communes;
}

/** N-1 results read from the N-1 table (with its result columns), aligned on the same communes. */
export function resultatsNMoins1De(lue: CriteresDgcl): ResultatsNMoins1 {
  const problemes = new Problemes(20);
  const jointure = joindreNMoins1(lue, lue.code_insee, new Map(), problemes);
  if (!jointure) throw new Error(`France synthétique : montants N-1 illisibles (${problemes.lignes().join(" ; ")}).`);
  return jointure.resultats;
}
