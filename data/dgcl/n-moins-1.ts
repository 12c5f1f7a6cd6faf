// Year N-1 amounts read from the N-1 DGCL file (spec §3.13), aligned on the communes of year N. Communes merged
// between N-1 and N are summed into their successor (mapping of @etalab/decoupage-administratif).

import { ENTREES_N_MOINS_1, type NomEntreeNMoins1, type ResultatsNMoins1 } from "../../engine/entrees.ts";
import { Problemes } from "../lecture/probleme.ts";
import { successeurDans } from "../referentiel/communes.ts";
import type { CleColonneDgcl } from "./colonnes.ts";
import type { CriteresDgcl } from "./lire.ts";

const PARTS_PEREQUATION: CleColonneDgcl[] = [
  "dsr_fraction_perequation_part_potentiel_financier_par_habitant",
  "dsr_fraction_perequation_part_longueur_voirie",
  "dsr_fraction_perequation_part_enfants",
  "dsr_fraction_perequation_part_potentiel_financier_par_hectare",
];
const PARTS_CIBLE: CleColonneDgcl[] = [
  "dsr_fraction_cible_part_potentiel_financier_par_habitant",
  "dsr_fraction_cible_part_longueur_voirie",
  "dsr_fraction_cible_part_enfants",
  "dsr_fraction_cible_part_potentiel_financier_par_hectare",
];

/** DGCL columns each N-1 value is computed from. */
const SOURCES: Record<NomEntreeNMoins1, CleColonneDgcl[]> = {
  dotation_forfaitaire: ["dotation_forfaitaire"],
  population_dgf_majoree: ["population_dgf_majoree"],
  dsr_montant_eligible_fraction_bourg_centre: ["dsr_montant_eligible_fraction_bourg_centre"],
  dsr_montant_eligible_fraction_perequation: [...PARTS_PEREQUATION, "dsr_fraction_perequation"],
  dsr_montant_hors_garanties_fraction_cible: PARTS_CIBLE,
  dsu_montant_eligible: ["dsu_part_spontanee", "dsu_part_augmentation"],
};

const v = (x: number) => (Number.isNaN(x) ? 0 : x);

/** The N-1 value of commune `i` of the N-1 file (spec §3.13, LexImpact's reading of the N-1 file). */
function valeurNMoins1(nom: NomEntreeNMoins1, c: CriteresDgcl, i: number): number {
  const col = (k: CleColonneDgcl) => v(c.colonnes[k]![i]);
  switch (nom) {
    case "dsr_montant_eligible_fraction_perequation": {
      const parts = PARTS_PEREQUATION.reduce((s, k) => s + col(k), 0);
      return parts > 0 ? col("dsr_fraction_perequation") : 0;
    }
    case "dsr_montant_hors_garanties_fraction_cible":
      return PARTS_CIBLE.reduce((s, k) => s + col(k), 0);
    case "dsu_montant_eligible":
      return col("dsu_part_spontanee") + col("dsu_part_augmentation");
    default:
      return col(SOURCES[nom][0]);
  }
}

export interface JointureNMoins1 {
  readonly resultats: ResultatsNMoins1;
  /** N-1 communes with no successor among the communes of N (their amounts are dropped, and reported). */
  readonly sansSuccesseur: readonly string[];
  /** Communes of N built from several N-1 communes. */
  readonly fusionnees: number;
}

/**
 * Aligns the N-1 file on the communes of N. Missing source columns are errors; N-1 communes without a successor
 * are errors too (nothing dropped silently); large year-to-year population jumps are warnings.
 */
export function joindreNMoins1(
  nMoins1: CriteresDgcl,
  codesN: readonly string[],
  successeurs: ReadonlyMap<string, string>,
  problemes: Problemes,
  populationN?: ArrayLike<number>,
): JointureNMoins1 | null {
  const manquantes = [...new Set(Object.values(SOURCES).flat())].filter((k) => !nMoins1.colonnes[k]);
  for (const k of manquantes) problemes.erreur(nMoins1.fichier, 1, 0, `colonne « ${k} » absente du fichier ${nMoins1.annee} : nécessaire pour les montants N-1`);
  if (manquantes.length) return null;

  const n = codesN.length;
  const indexN = new Map<string, number>();
  codesN.forEach((code, i) => indexN.set(code, i));
  const noms = Object.keys(ENTREES_N_MOINS_1) as NomEntreeNMoins1[];
  const resultats = Object.fromEntries(noms.map((k) => [k, new Float64Array(n)])) as Record<NomEntreeNMoins1, Float64Array>;
  const sources = new Uint16Array(n);
  const sansSuccesseur: string[] = [];
  const popNMoins1 = new Float64Array(n);
  const popDgf = nMoins1.colonnes.population_dgf;

  for (let i = 0; i < nMoins1.nb; i++) {
    const code = nMoins1.code_insee[i];
    const cible = successeurDans(code, indexN, successeurs);
    if (cible === undefined) {
      sansSuccesseur.push(code);
      problemes.erreur(nMoins1.fichier, nMoins1.lignes[i], 0, `commune ${code} de ${nMoins1.annee} absente de ${nMoins1.annee + 1} et sans successeur connu : ses montants N-1 ne peuvent pas être rattachés`);
      continue;
    }
    sources[cible]++;
    for (const nom of noms) resultats[nom][cible] += valeurNMoins1(nom, nMoins1, i);
    if (popDgf) popNMoins1[cible] += v(popDgf[i]);
  }

  let fusionnees = 0;
  for (let i = 0; i < n; i++) {
    if (sources[i] > 1) fusionnees++;
    if (populationN && sources[i] > 0) {
      const avant = popNMoins1[i], apres = populationN[i];
      if (Math.abs(apres - avant) > 500 && Math.abs(apres - avant) > 0.5 * Math.max(avant, 1)) {
        problemes.avertissement(nMoins1.fichier, 0, 0, `commune ${codesN[i]} : population DGF ${avant} en ${nMoins1.annee}, ${apres} en ${nMoins1.annee + 1} (saut inhabituel)`);
      }
    }
  }
  return { resultats, sansSuccesseur, fusionnees };
}
