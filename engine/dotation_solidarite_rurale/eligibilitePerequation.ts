// DSR péréquation (2nd fraction) — eligibility, CGCT L.2334-22 (spec §3.7, 43): métropole, fewer than
// 10 000 inhabitants (DGF population) and PF/hab ≤ 2 × PF/hab moyen de la strate (≤: with both at 0 the
// commune is eligible).
import { drapeau, type Formules } from '../simulation/variables.ts';
import { parametresDsr } from './commun.ts';
import { colonneDrapeaux } from '../simulation/memoire.ts';

export const formulesEligibilitePerequation: Formules = {
  dsr_eligible_fraction_perequation: drapeau((c) => {
    const p = parametresDsr(c);
    const om = c.booleens('outre_mer');
    const pop = c.nombres('population_dgf');
    const pfi = c.nombres('potentiel_financier_par_habitant');
    const moyen = c.nombres('potentiel_financier_par_habitant_moyen');
    const r = colonneDrapeaux(c.n);
    for (let i = 0; i < c.n; i++) {
      r[i] = +(!om[i] && pop[i] < p.seuil_nombre_habitants && pfi[i] <= p.perequation.seuil_rapport_potentiel_financier * moyen[i]);
    }
    return r;
  }),
};
