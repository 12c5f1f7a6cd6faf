// Loads the engine inputs of a year from the normalised tables (fast path of the CLI and the API). Imports only the
// Arrow reader and the input contract: the DGCL readers (construire.ts) are loaded only when a table is missing.

import { existsSync } from "node:fs";
import { join } from "node:path";
import { ENTREES, ENTREES_N_MOINS_1, type Communes, type ResultatsNMoins1 } from "../../engine/entrees.ts";
import type { AnneeDgcl } from "../dgcl/colonnes.ts";
import { ErreurDonnees } from "../lecture/probleme.ts";
import { dossierTables } from "../acquisition/chemins.ts";
import { lireTableArrow, memesTextes, type TexteBrut } from "./arrow.ts";
import type { EntreesAnnee } from "./construire.ts";
import { tablesPerimees } from "./sources.ts";

export const cheminTable = (nom: string) => join(dossierTables(), `${nom}.arrow`);

/**
 * The inputs of a year; `nomsBruts`: the commune names as the table stores them, when not decoded into `communes.nom`;
 * `construction`: set when the tables were (re)built for this call, with why and the warnings of the normalisation.
 */
export type EntreesChargees = Omit<EntreesAnnee, "problemes" | "sources"> & {
  readonly nomsBruts?: TexteBrut;
  readonly construction?: { readonly raison: string; readonly avertissements: readonly string[] };
};

async function construire(annee: AnneeDgcl, raison: string, chemins: { n?: string; nMoins1?: string } = {}): Promise<EntreesChargees> {
  const e = await (await import("./construire.ts")).construireTablesAnnee(annee, chemins);
  return { ...e, construction: { raison, avertissements: e.problemes.lignes() } };
}

/**
 * Loads the engine inputs of `annee` from the normalised tables; builds them first from the sources when missing, and
 * rebuilds them when out of date (a source changed, or an INSEE history became available: sources.ts).
 * `nomsEnOctets`: leaves the names undecoded (`nomsBruts`), for a caller that only copies them to a file (the CSV of
 * `simuler`): the engine does not read them, and making their 35,000 strings costs ≈ 15 ms.
 */
export async function chargerEntrees(annee: AnneeDgcl, { nomsEnOctets = false } = {}): Promise<EntreesChargees> {
  const chemin = cheminTable(`entrees-${annee}`);
  if (!existsSync(chemin)) return construire(annee, "tables absentes");
  const cheminAvant = cheminTable(`n-moins-1-${annee}`);
  const [t, r] = await Promise.all([
    lireTableArrow(chemin, nomsEnOctets ? (c) => c !== "nom" : undefined),
    existsSync(cheminAvant) ? lireTableArrow(cheminAvant, (c) => c in ENTREES_N_MOINS_1) : undefined,
  ]);
  const perimees = tablesPerimees(annee, t.metadonnees.get("sources"));
  if (perimees) return construire(annee, `tables périmées : ${perimees.raison}`, { n: perimees.sources.criteres, nMoins1: perimees.sources.precedents });
  for (const nom of Object.keys(ENTREES)) {
    if (!(nom in t.colonnes)) throw new ErreurDonnees(`Table ${chemin} incomplète (colonne ${nom} absente) : reconstruisez-la avec « dotations donnees normaliser --annee ${annee} ».`);
  }
  const communes = t.colonnes as unknown as Communes;
  let resultatsPrecedents: ResultatsNMoins1 | undefined;
  if (r) {
    const [codes, codesAvant] = [t.textes.get("code_insee"), r.textes.get("code_insee")];
    if (!codes || !codesAvant || !memesTextes(codes, codesAvant)) {
      throw new ErreurDonnees(`Tables ${chemin} et ${cheminAvant} non alignées : reconstruisez-les.`);
    }
    resultatsPrecedents = Object.fromEntries(Object.keys(ENTREES_N_MOINS_1).map((k) => [k, r.colonnes[k]])) as unknown as ResultatsNMoins1;
  }
  const nomsBruts = nomsEnOctets ? t.textes.get("nom") : undefined;
  return { annee, communes, resultatsPrecedents, nomsBruts, synthetique: t.metadonnees.get("synthetique") === "true" };
}
