// National means over the métropole communes of fewer than 10 000 inhabitants (DGF population), used by
// the bourg-centre fraction (PF per inhabitant, L.2334-21) and the péréquation and cible fractions
// (PF per hectare, L.2334-22 4°). Quotient of sums; 0 when the denominator is 0.
import { nationale, type Contexte, type Formules } from '../simulation/variables.ts';
import { parametresDsr } from './commun.ts';

function quotientMoinsDe10000(c: Contexte, denominateur: 'population_dgf' | 'superficie'): number {
  const pf = c.nombres('potentiel_financier');
  const population = c.nombres('population_dgf');
  const den = c.nombres(denominateur);
  const om = c.booleens('outre_mer');
  const seuil = parametresDsr(c).seuil_nombre_habitants;
  let numerateur = 0;
  let denominateurTotal = 0;
  for (let i = 0; i < c.n; i++) {
    if (om[i] || !(population[i] < seuil)) continue;
    numerateur += pf[i];
    denominateurTotal += den[i];
  }
  return denominateurTotal > 0 ? numerateur / denominateurTotal : 0;
}

export const formulesMoyennes: Formules = {
  dsr_potentiel_financier_par_habitant_moyen_moins_10000: nationale((c) => quotientMoinsDe10000(c, 'population_dgf')),
  dsr_potentiel_financier_par_hectare_moyen_moins_10000: nationale((c) => quotientMoinsDe10000(c, 'superficie')),
};
