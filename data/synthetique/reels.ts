// Real 2026 notified amounts (OFGL republication of the DGCL notifications), read through the data layer
// (data/ofgl/lire.ts): they shape the synthetic criteria of the sample communes and are the reference of the
// calibration report. Looked up in DOTATIONS_DONNEES, then in ../shared/dgcl beside the repository root.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Problemes } from "../lecture/probleme.ts";
import { lireDossierOfgl } from "../ofgl/lire.ts";
import { COMPOSANTES, type Composante } from "../ofgl/montants.ts";
import { dossierDonnees, racineDepot } from "../acquisition/chemins.ts";

export interface MontantsReels {
  /** Year of the components (the files give the breakdown of the last year only). */
  readonly annee: number;
  /** code INSEE → the components of that year in COMPOSANTES order (whole euros). */
  readonly parCommune: ReadonlyMap<string, Float64Array>;
  readonly departements: readonly string[];
}

const SOUS_DOSSIER = join("raw", "rouages.fr-ofgl-dotations");

/** The folder of the OFGL sample files, or undefined when neither location has it. */
export function dossierOfgl(): string | undefined {
  const candidats = [dossierDonnees(), join(racineDepot(), "..", "shared", "dgcl")].filter((d): d is string => d !== undefined);
  for (const d of candidats) if (existsSync(join(d, SOUS_DOSSIER))) return join(d, SOUS_DOSSIER);
  return undefined;
}

/** Index of a component in the per-commune arrays. */
export const composante = (c: Composante): number => COMPOSANTES.indexOf(c);

/** Reads the sample; undefined when absent. Throws a French error listing the problems of unreadable files. */
export async function chargerMontantsReels(dossier = dossierOfgl()): Promise<MontantsReels | undefined> {
  if (!dossier) return undefined;
  const problemes = new Problemes(20);
  const m = await lireDossierOfgl(dossier, problemes);
  if (!m || problemes.nbErreurs > 0) throw new Error(`Montants notifiés illisibles dans ${dossier} : ${problemes.lignes().join(" ; ")}`);
  const parCommune = new Map<string, Float64Array>();
  for (let i = 0; i < m.code_insee.length; i++) {
    parCommune.set(m.code_insee[i], Float64Array.from(COMPOSANTES, (c) => m.composantes[c][i]));
  }
  const departements = [...new Set(m.code_insee.map((c) => (c.startsWith("97") ? c.slice(0, 3) : c.slice(0, 2))))].sort();
  return { annee: m.annees[m.annees.length - 1], parCommune, departements };
}
