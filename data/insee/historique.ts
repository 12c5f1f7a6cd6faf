// The INSEE history of the communes in the normalisation of a year: finds the v_mvt_commune file (beside the criteria
// file, in DOTATIONS_DONNEES, then in the cache), reads it and fills `date_creation_commune` and
// `population_insee_initiale` of the communes where the criteria file left them unknown.

import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Communes } from "../../engine/entrees.ts";
import { trouverSource } from "../acquisition/chemins.ts";
import { nomsLocauxHistoriqueInsee } from "../acquisition/registre.ts";
import type { CriteresDgcl } from "../dgcl/lire.ts";
import { ErreurDonnees, Problemes } from "../lecture/probleme.ts";
import { datesCreationCommunes } from "./creation.ts";
import { lireMouvementsCommunes, type MouvementsCommunes } from "./mouvements.ts";
import { anneesPopulationInitiale, populationsInitiales } from "./population-initiale.ts";

/** Path of an INSEE history usable for `annee`: first in `dossiers`, then DOTATIONS_DONNEES, then the cache. */
export function trouverHistoriqueInsee(annee: number, dossiers: readonly string[] = []): string | undefined {
  const noms = nomsLocauxHistoriqueInsee(annee);
  for (const d of dossiers) for (const n of noms) if (existsSync(join(d, n))) return join(d, n);
  return trouverSource(...noms);
}

/** Reads and validates a v_mvt_commune file; throws the list of its problems when it is not usable. */
export async function lireHistoriqueInsee(chemin: string, limite?: number): Promise<MouvementsCommunes> {
  const problemes = new Problemes(limite);
  const m = lireMouvementsCommunes(await readFile(chemin), chemin, problemes);
  if (!m) throw new ErreurDonnees(`L'historique des communes de l'INSEE ${chemin} n'est pas valide :`, problemes.lignes());
  return m;
}

export interface OptionsHistorique {
  /** The history file; found with `trouverHistoriqueInsee(annee, dossiers)` when absent. */
  readonly chemin?: string;
  readonly dossiers?: readonly string[];
  /** The criteria of an earlier year, for the initial populations; undefined when its file is not available. */
  readonly criteresAnnee: (annee: number) => Promise<CriteresDgcl | undefined>;
}

function populationParCode(c: CriteresDgcl): Map<string, number> {
  const pop = c.colonnes.population_insee;
  const r = new Map<string, number>();
  if (pop) c.code_insee.forEach((code, i) => r.set(code, pop[i]));
  return r;
}

/**
 * Fills the creation dates and initial populations of year `annee` from the INSEE history (values already given are
 * kept). Returns the path of the history used, or undefined when none was found (nothing is changed then).
 */
export async function completerHistoriqueInsee(
  annee: number,
  communes: Communes,
  problemes: Problemes,
  options: OptionsHistorique,
): Promise<string | undefined> {
  const chemin = options.chemin ?? trouverHistoriqueInsee(annee, options.dossiers);
  if (!chemin) return undefined;
  const m = await lireHistoriqueInsee(chemin, problemes.limite);
  const codes = communes.code_insee;
  const dates = communes.date_creation_commune;
  const trouvees = datesCreationCommunes(m, annee, codes);
  for (let i = 0; i < dates.length; i++) if (dates[i] === 0) dates[i] = trouvees[i];

  const anterieures = new Map<number, Map<string, number>>();
  const absents: number[] = [];
  for (const a of anneesPopulationInitiale(annee, dates)) {
    const c = await options.criteresAnnee(a);
    if (c) anterieures.set(a, populationParCode(c));
    else absents.push(a);
  }
  const trouveesInitiales = populationsInitiales(annee, codes, dates, communes.population_insee, anterieures);
  const initiale = communes.population_insee_initiale;
  const sans: number[] = [];
  const estimees: number[] = [];
  for (let i = 0; i < dates.length; i++) {
    if (dates[i] === 0 || !Number.isNaN(initiale[i])) continue;
    initiale[i] = trouveesInitiales[i];
    // No criteria file of Y + 1 (none exists before 2019): the population of N stands in for it. It only decides the
    // 150 000-inhabitant limit of the dotation, far above almost every commune nouvelle; said by a warning.
    if (Number.isNaN(initiale[i]) && absents.includes(Math.floor(dates[i] / 10000) + 1) && !Number.isNaN(communes.population_insee[i])) {
      initiale[i] = communes.population_insee[i];
      estimees.push(i);
    }
    if (Number.isNaN(initiale[i])) sans.push(i);
  }
  if (estimees.length) signalerEstimees(annee, chemin, codes, dates, estimees, absents, problemes);
  if (sans.length) signalerSansPopulation(annee, chemin, codes, dates, sans, problemes);
  return chemin;
}

/** "01001 créée en 2016, …" for the first five communes of `indices`. */
function exemples(codes: readonly string[], dates: Int32Array, indices: readonly number[]): string {
  const liste = indices.slice(0, 5).map((i) => `${codes[i]} créée en ${Math.floor(dates[i] / 10000)}`).join(", ");
  return indices.length > 5 ? `${liste}, …` : liste;
}

function signalerEstimees(
  annee: number,
  chemin: string,
  codes: readonly string[],
  dates: Int32Array,
  estimees: readonly number[],
  absents: readonly number[],
  problemes: Problemes,
): void {
  problemes.avertissement(
    chemin,
    1,
    0,
    `${estimees.length} commune(s) nouvelle(s) dont la population INSEE de l'année suivant la création est estimée par celle de ${annee} ` +
      `(${exemples(codes, dates, estimees)} ; fichiers des critères absents : ${absents.join(", ")}) : ` +
      `elle ne décide que du plafond de 150 000 habitants de la dotation en faveur des communes nouvelles.`,
  );
}

function signalerSansPopulation(
  annee: number,
  chemin: string,
  codes: readonly string[],
  dates: Int32Array,
  sans: readonly number[],
  problemes: Problemes,
): void {
  problemes.avertissement(
    chemin,
    1,
    0,
    `${sans.length} commune(s) nouvelle(s) sans population INSEE de l'année suivant leur création (${exemples(codes, dates, sans)}) : ` +
      `cette population vient du fichier des critères de l'année suivant la création (celui de ${annee} pour une commune créée en ${annee - 1}) ; ` +
      `sans elle, ces communes n'ont ni part d'amorçage ni part de garantie de la dotation en faveur des communes nouvelles.`,
  );
}
