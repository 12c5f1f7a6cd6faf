// Potentiel financier and revenu per inhabitant, their strata means (métropole only, quotient of sums:
// CGCT L.2334-4, R.2334-3), PF per hectare and the agglomeration share of the département (spec §3.2).
import { commune, type Contexte, type Formules } from '../simulation/variables.ts';
import { moyenneParGroupe, quotientSiNonNul, quotientSiPositif } from '../mecanismes/moyenneParGroupe.ts';
import { colonneDrapeaux } from '../simulation/memoire.ts';

/** Strata mean of num/den over métropole communes; outre-mer communes get 0. */
function moyenneStrate(c: Contexte, numerateur: string, denominateur: string): Float64Array {
  const strate = c.nombres('strate_demographique');
  const om = c.booleens('outre_mer');
  const metropole = colonneDrapeaux(c.n);
  let nStrates = 1;
  for (let i = 0; i < c.n; i++) {
    metropole[i] = om[i] ? 0 : 1;
    // A strate outside the scale (bad published value) is kept out of every mean.
    if (!(strate[i] >= 0 && strate[i] < 64 && Number.isInteger(strate[i]))) metropole[i] = 0;
    else if (strate[i] + 1 > nStrates) nStrates = strate[i] + 1;
  }
  // The 0.01 floor of the denominator is the model's (spec §3.2 item 5): a strate without inhabitants → 0.
  return moyenneParGroupe(c.nombres(numerateur), c.nombres(denominateur), strate, metropole, nStrates, 0.01);
}

export const formulesPotentielFinancier: Formules = {
  potentiel_financier_par_habitant: commune((c) => quotientSiPositif(c.nombres('potentiel_financier'), c.nombres('population_dgf'))),
  potentiel_financier_par_habitant_moyen: commune((c) => moyenneStrate(c, 'potentiel_financier', 'population_dgf')),
  potentiel_financier_par_hectare: commune((c) => quotientSiPositif(c.nombres('potentiel_financier'), c.nombres('superficie'))),
  revenu_par_habitant: commune((c) => quotientSiNonNul(c.nombres('revenu_total'), c.nombres('population_insee'))),
  revenu_par_habitant_moyen: commune((c) => moyenneStrate(c, 'revenu_total', 'population_insee')),
  part_population_agglomeration_departement: commune((c) =>
    quotientSiNonNul(c.nombres('population_dgf_agglomeration'), c.nombres('population_dgf_departement_agglomeration')),
  ),
};
