// Part dynamique de la population (CGCT L.2334-7 I 1°, spec §3.3 items 11–12): the DF follows the change of
// the majorée population at 64.46 to 128.93 €/inhabitant, rising with the logarithm of the population.
import { commune, type Contexte, type Formules } from '../dotation_solidarite_rurale/contexte.ts';

/** k × log10(population / minimum) with k = 1 / log10(maximum / minimum), clamped to [0, 1]. */
export function progressionLogarithmique(c: Contexte, population: number): number {
  const { population_minimum: min, population_maximum: max } = c.p.dotation_forfaitaire.coefficient_logarithmique;
  if (!(population > 0) || !(max > min) || !(min > 0)) return 0;
  return Math.min(1, Math.max(0, Math.log10(population / min) / Math.log10(max / min)));
}

export const formulesPartDynamique: Formules = {
  df_coefficient_logarithmique: commune((c) => {
    const pop = c.nombres('population_dgf');
    const r = new Float64Array(c.n);
    for (let i = 0; i < c.n; i++) r[i] = 1 + progressionLogarithmique(c, pop[i]);
    return r;
  }),
  df_evolution_part_dynamique: commune((c) => {
    const { montant_minimum_par_habitant: bas, montant_maximum_par_habitant: haut } = c.p.dotation_forfaitaire;
    const majoree = c.nombres('population_dgf_majoree');
    const majoreePrecedente = c.precedent('population_dgf_majoree');
    const r = new Float64Array(c.n);
    for (let i = 0; i < c.n; i++) {
      const parHabitant = bas + (haut - bas) * progressionLogarithmique(c, majoree[i]);
      r[i] = (majoree[i] - majoreePrecedente[i]) * parHabitant;
    }
    return r;
  }),
  /** DF N-1 plus the part dynamique, floored at 0: the DF before écrêtement. */
  df_hors_ecretement: commune((c) => {
    const precedente = c.precedent('dotation_forfaitaire');
    const evolution = c.nombres('df_evolution_part_dynamique');
    const r = new Float64Array(c.n);
    for (let i = 0; i < c.n; i++) r[i] = Math.max(0, precedente[i] + evolution[i]);
    return r;
  }),
};
