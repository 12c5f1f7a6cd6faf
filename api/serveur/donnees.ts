// What the HTTP API serves: for each available year, the engine inputs (raw criteria), the baseline simulation
// computed once, and where the data comes from. Looked up in this order for each DGCL year: normalised tables,
// DGCL files (official, else synthetic files); with none at all, the synthetic France generated in memory.

import { existsSync } from "node:fs";
import { simuler, type Communes, type ResultatsNMoins1, type Simulation } from "@dotations/engine";
import { ANNEES_DGCL, type AnneeDgcl } from "../../data/dgcl/colonnes.ts";
import { cheminTable } from "../../data/normalisation/charger.ts";
import { AVERTISSEMENT_SYNTHETIQUE, VERSION_GENERATEUR } from "../../data/synthetique/avertissement.ts";

export type TypeSource = "tables" | "dgcl" | "synthetique";

/** Where a year's data comes from, as the API tells it. */
export interface SourceAnnee {
  readonly type: TypeSource;
  readonly description: string;
  /** Synthetic data only: the warning every response carries, the seed (null when unknown) and the generator. */
  readonly avertissement?: string;
  readonly graine?: number | null;
  readonly versionGenerateur?: string;
}

export interface DonneesAnnee {
  readonly annee: number;
  readonly source: SourceAnnee;
  readonly communes: Communes;
  readonly resultatsPrecedents?: ResultatsNMoins1;
  /** The engine run on the data as they are (law of the year, no reform). */
  readonly base: Simulation;
  /** Row of each code INSEE. */
  readonly index: ReadonlyMap<string, number>;
}

export interface OptionsDonnees {
  /** Seed and year of the synthetic France generated when no year has data (defaults: 1, the last year of law, as the site). */
  readonly graine?: number;
  readonly anneeSynthetique?: number;
  /** Progress messages (stderr in the CLI). */
  readonly journal?: (message: string) => void;
}

export const sourceSynthetique = (graine: number | null, description: string): SourceAnnee => ({
  type: "synthetique",
  description,
  avertissement: AVERTISSEMENT_SYNTHETIQUE,
  graine,
  versionGenerateur: VERSION_GENERATEUR,
});

/** Runs the baseline and indexes the communes of one year. */
export function preparerAnnee(annee: number, source: SourceAnnee, communes: Communes, resultatsPrecedents?: ResultatsNMoins1): DonneesAnnee {
  // Every variable: a commune's response lists them all, and explanations read them.
  const base = simuler({ annee, communes, resultatsPrecedents, variables: "toutes" });
  const index = new Map(communes.code_insee.map((c, i) => [c, i]));
  return { annee, source, communes, resultatsPrecedents, base, index };
}

async function chargerAnnee(annee: AnneeDgcl): Promise<DonneesAnnee | undefined> {
  if (existsSync(cheminTable(`entrees-${annee}`))) {
    const { chargerEntrees } = await import("../../data/normalisation/charger.ts");
    const e = await chargerEntrees(annee);
    const description = `tables normalisées (${cheminTable(`entrees-${annee}`)})`;
    return preparerAnnee(annee, e.synthetique ? sourceSynthetique(null, `France synthétique, ${description}`) : { type: "tables", description }, e.communes, e.resultatsPrecedents);
  }
  const { sourceCriteres, normaliserAnnee } = await import("../../data/normalisation/construire.ts");
  const s = sourceCriteres(annee);
  if (!s) return undefined;
  const e = await normaliserAnnee(annee, { n: s.chemin });
  const description = `fichier de critères DGCL ${s.chemin}`;
  return preparerAnnee(annee, s.synthetique ? sourceSynthetique(null, `France synthétique, ${description}`) : { type: "dgcl", description }, e.communes, e.resultatsPrecedents);
}

/** Loads every year that has data, baseline computed; the synthetic France in memory when none has. */
export async function chargerDonnees(o: OptionsDonnees = {}): Promise<Map<number, DonneesAnnee>> {
  const journal = o.journal ?? (() => {});
  const annees = new Map<number, DonneesAnnee>();
  for (const annee of ANNEES_DGCL) {
    const t0 = performance.now();
    const d = await chargerAnnee(annee);
    if (!d) continue;
    annees.set(annee, d);
    journal(`${annee} : ${d.communes.code_insee.length} communes, ${d.source.description} (${Math.round(performance.now() - t0)} ms).`);
  }
  if (annees.size) return annees;
  const graine = o.graine ?? 1;
  const annee = o.anneeSynthetique ?? ANNEES_DGCL[ANNEES_DGCL.length - 1];
  journal(`Aucune donnée trouvée (tables normalisées ou fichiers DGCL) : génération de la France synthétique ${annee} (graine ${graine})…`);
  const t0 = performance.now();
  const { franceSynthetique } = await import("../../data/synthetique/france.ts");
  const f = franceSynthetique({ annee, graine });
  annees.set(annee, preparerAnnee(annee, sourceSynthetique(graine, "France synthétique générée en mémoire"), f.n.communes, f.n.resultatsPrecedents));
  journal(`${annee} : ${f.n.communes.code_insee.length} communes synthétiques (${Math.round(performance.now() - t0)} ms). ${AVERTISSEMENT_SYNTHETIQUE}.`);
  return annees;
}
