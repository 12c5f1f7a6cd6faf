// The synthetic France: criteria of years N-1 and N for every real commune of the COG, plus the N-2 amounts
// that seed the chain of yearly amounts (DF, DSR fractions, DSU). Deterministic for a given seed.
import type { ResultatsNMoins1 } from "../../engine/entrees.ts";
import { parametresAnnee } from "../../engine/parametres.ts";
import { alignerReels, caler, type AmorcesReelles } from "./calage.ts";
import { construireCriteres, type CriteresAnnee } from "./criteres.ts";
import { tirerLatents, tirerTraitsSociaux, type Latents } from "./latents.ts";
import type { MontantsReels } from "./reels.ts";
import { chargerReferentiel, type Referentiel } from "./referentiel.ts";

import { AVERTISSEMENT_SYNTHETIQUE, VERSION_GENERATEUR } from "./avertissement.ts";

/** What every output of the synthetic France carries, so that pages, API and files can say it. */
export interface MetaSynthetique {
  readonly synthetique: true;
  readonly avertissement: string;
  readonly graine: number;
  readonly versionGenerateur: string;
  readonly annee: number;
  /** Version of @etalab/decoupage-administratif (COG) providing the communes. */
  readonly referentiel: string;
  /** Départements of the real sample used to shape the criteria (empty when the files are absent). */
  readonly departementsCales: readonly string[];
}

export interface OptionsFranceSynthetique {
  /** Year N (the criteria of N-1 and N are generated). */
  readonly annee: number;
  readonly graine: number;
  /** Real amounts for the shaping (chargerMontantsReels); none = no shaping. */
  readonly reels?: MontantsReels;
}

export interface CriteresSynthetiques {
  readonly meta: MetaSynthetique;
  readonly referentiel: Referentiel;
  readonly nMoins1: CriteresAnnee;
  readonly n: CriteresAnnee;
  /** N-2 amounts aligned on the communes: the "previous results" of the N-1 run. */
  readonly amorce: ResultatsNMoins1;
  readonly reels: AmorcesReelles;
}

/** Generates the criteria of N-1 and N (no engine run: see montants.ts for the amounts). */
export function genererCriteres(o: OptionsFranceSynthetique): CriteresSynthetiques {
  if (!Number.isInteger(o.annee) || o.annee < 2021 || o.annee > 2100) {
    throw new Error(`Année invalide pour la France synthétique : ${o.annee} (attendu un entier à partir de 2021).`);
  }
  const ref = chargerReferentiel();
  const montantsReels = o.reels;
  const reels = alignerReels(ref, montantsReels);
  const L = tirerLatents(ref, o.graine, o.annee - 1);
  caler(ref, L, reels, o.graine);
  tirerTraitsSociaux(ref, L, o.graine);
  const n = construireCriteres(ref, L, reels, { annee: o.annee, recul: 0, calerCible: true, graine: o.graine });
  const nMoins1 = construireCriteres(ref, L, reels, { annee: o.annee - 1, recul: 1, calerCible: false, graine: o.graine });
  const meta: MetaSynthetique = {
    synthetique: true,
    avertissement: AVERTISSEMENT_SYNTHETIQUE,
    graine: o.graine,
    versionGenerateur: VERSION_GENERATEUR,
    annee: o.annee,
    referentiel: `@etalab/decoupage-administratif ${ref.versionCog}`,
    departementsCales: montantsReels?.departements ?? [],
  };
  return { meta, referentiel: ref, nMoins1, n, amorce: amorcer(ref, L, reels, nMoins1, o.annee - 1), reels };
}

/**
 * N-2 amounts (inputs of the N-1 run): the real 2026 amounts for the sample communes, a size/poverty rule for
 * the others, scaled so that the amounts of each fraction fill most of the N-1 envelope (as the previous
 * year's distribution does).
 */
function amorcer(ref: Referentiel, L: Latents, reels: AmorcesReelles, crit: CriteresAnnee, anneeNMoins1: number): ResultatsNMoins1 {
  const n = ref.code.length;
  const p = parametresAnnee(anneeNMoins1);
  const c = crit.communes;
  const r: { [K in keyof ResultatsNMoins1]: Float64Array } = {
    dotation_forfaitaire: new Float64Array(n),
    population_dgf_majoree: new Float64Array(n),
    dsr_montant_eligible_fraction_bourg_centre: new Float64Array(n),
    dsr_montant_eligible_fraction_perequation: new Float64Array(n),
    dsr_montant_hors_garanties_fraction_cible: new Float64Array(n),
    dsu_montant_eligible: new Float64Array(n),
  };
  // DSU: the poorest 2/3 of the 10,000+ and 10 % of the 5,000–9,999 of the métropole (by the poverty trait).
  const rangDsu = new Float64Array(n);
  for (const [min, max, part] of [[10000, Infinity, 2 / 3], [5000, 10000, 0.1]] as const) {
    const groupe = [...Array(n).keys()].filter((i) => !ref.outreMer[i] && c.population_dgf[i] >= min && c.population_dgf[i] < max);
    groupe.sort((a, b) => L.pauvrete[b] - L.pauvrete[a] || a - b);
    const nombre = Math.ceil(groupe.length * part);
    for (let k = 0; k < nombre; k++) rangDsu[groupe[k]] = 1;
  }
  for (let i = 0; i < n; i++) {
    const pop = c.population_dgf[i];
    r.population_dgf_majoree[i] = Math.round(c.population_dgf_majoree[i] / (1 + L.croissance[i]));
    const dfReel = reels.df[i];
    r.dotation_forfaitaire[i] = Math.round(reels.echantillon[i] ? dfReel * 1.004 : L.dfParHabitant[i] * pop);
    if (ref.outreMer[i]) continue;
    if (reels.echantillon[i]) {
      // Seeds slightly above the real amounts: the 90 % floor of two yearly clamps then keeps N near reality.
      r.dsr_montant_eligible_fraction_bourg_centre[i] = Math.round(reels.bourgCentre[i] * 1.08);
      r.dsr_montant_eligible_fraction_perequation[i] = Math.round(reels.perequation[i] * 1.08);
      r.dsr_montant_hors_garanties_fraction_cible[i] = reels.cible[i];
      r.dsu_montant_eligible[i] = Math.round(reels.dsu[i] / 1.02);
      continue;
    }
    const petite = pop < 10000;
    if (L.centralite[i] || (pop >= 10000 && pop <= 20000 && ref.chefLieuArrondissement[i])) {
      r.dsr_montant_eligible_fraction_bourg_centre[i] = Math.min(pop, 10000) * 90 * (L.zrr[i] ? 1.3 : 1) * Math.min(1.2, L.effortFiscal[i]);
    }
    if (petite && c.potentiel_financier_par_habitant[i] > 0) {
      r.dsr_montant_eligible_fraction_perequation[i] = L.ratioPotentiel[i] <= 2 ? pop * 40 * Math.max(0.2, 2 - L.ratioPotentiel[i]) : 0;
    }
    if (rangDsu[i]) r.dsu_montant_eligible[i] = pop * 50 * Math.exp(0.35 * L.pauvrete[i]);
  }
  const dsr = p.dotation_solidarite_rurale;
  ajusterHorsEchantillon(r.dsr_montant_eligible_fraction_bourg_centre, reels.echantillon, 0.97 * dsr.bourg_centre.montant);
  ajusterHorsEchantillon(r.dsr_montant_eligible_fraction_perequation, reels.echantillon, 0.97 * dsr.perequation.montant);
  ajusterHorsEchantillon(r.dsu_montant_eligible, reels.echantillon, 0.97 * p.dotation_solidarite_urbaine.montant.metropole);
  return r;
}

/** Scales the amounts of the communes outside the sample so that the grand total is `cible`, in whole euros. */
function ajusterHorsEchantillon(montants: Float64Array, echantillon: Uint8Array, cible: number): void {
  let dedans = 0;
  let dehors = 0;
  for (let i = 0; i < montants.length; i++) (echantillon[i] ? (dedans += montants[i]) : (dehors += montants[i]));
  const facteur = dehors > 0 ? Math.max(0, cible - dedans) / dehors : 0;
  for (let i = 0; i < montants.length; i++) if (!echantillon[i]) montants[i] = Math.round(montants[i] * facteur);
}
