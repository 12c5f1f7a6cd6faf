// Part dynamique de la population (CGCT L.2334-7 I 1°, spec §3.3 items 11–12): the DF follows the change of
// the majorée population at 64.46 to 128.93 €/inhabitant, rising with the logarithm of the population.
import { commune, type Contexte, type Formules } from '../simulation/variables.ts';
import { colonneNombres } from '../simulation/memoire.ts';

/** Column of k × log10(population / minimum), k = 1 / log10(maximum / minimum), clamped to [0, 1]. */
export function progressionLogarithmique(c: Contexte, population: Float64Array): Float64Array {
  const { population_minimum: min, population_maximum: max } = c.p.dotation_forfaitaire.coefficient_logarithmique;
  const r = colonneNombres(population.length);
  if (!(max > min) || !(min > 0)) return r;
  const k = 1 / Math.log10(max / min);
  for (let i = 0; i < population.length; i++) {
    // Below the minimum population the progression is 0: no logarithm needed (most communes).
    if (population[i] > min) r[i] = Math.min(1, Math.log10(population[i] / min) * k);
  }
  return r;
}

export const formulesPartDynamique: Formules = {
  df_coefficient_logarithmique: commune((c) => {
    const r = progressionLogarithmique(c, c.nombres('population_dgf'));
    for (let i = 0; i < c.n; i++) r[i] += 1;
    return r;
  }),
  df_evolution_part_dynamique: commune((c) => {
    const { montant_minimum_par_habitant: bas, montant_maximum_par_habitant: haut } = c.p.dotation_forfaitaire;
    const majoree = c.nombres('population_dgf_majoree');
    const majoreePrecedente = c.precedent('population_dgf_majoree');
    const r = progressionLogarithmique(c, majoree);
    for (let i = 0; i < c.n; i++) r[i] = (majoree[i] - majoreePrecedente[i]) * (bas + (haut - bas) * r[i]);
    return r;
  }),
  /** DF N-1 plus the part dynamique, floored at 0: the DF before écrêtement. */
  df_hors_ecretement: commune((c) => {
    const precedente = c.precedent('dotation_forfaitaire');
    const evolution = c.nombres('df_evolution_part_dynamique');
    const r = colonneNombres(c.n);
    for (let i = 0; i < c.n; i++) r[i] = Math.max(0, precedente[i] + evolution[i]);
    return r;
  }),
};
