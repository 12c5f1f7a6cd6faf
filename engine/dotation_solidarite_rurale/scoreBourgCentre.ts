// DSR bourg-centre — score of an eligible commune, CGCT L.2334-21 a) to d) (spec §3.6, 36):
// min(population plafonnée, 10 000) × max(0, 2 − PF/hab ÷ PF/hab moyen < 10 000) × min(1.2, effort fiscal)
// × (1.3 in ZRR). With no commune below 10 000 inhabitants the mean is 0 and every commune is excluded
// (factor 0 rather than the model's division by zero).
import { commune, type Formules } from '../simulation/variables.ts';
import { parametresDsr } from './commun.ts';
import { colonneNombres } from '../simulation/memoire.ts';

export const formulesScoreBourgCentre: Formules = {
  dsr_score_attribution_fraction_bourg_centre: commune((c) => {
    const p = parametresDsr(c).bourg_centre;
    const rapport = p.eligibilite.exclusion.seuil_rapport_pfi_10000;
    const moyenne = c.national('dsr_potentiel_financier_par_habitant_moyen_moins_10000');
    const eligibles = c.selection('dsr_eligible_fraction_bourg_centre');
    const pop = c.nombres('population_dgf_plafonnee');
    const pfi = c.nombres('potentiel_financier_par_habitant');
    const effort = c.nombres('effort_fiscal');
    const zrr = c.booleens('zrr');
    const r = colonneNombres(c.n);
    for (let k = 0; k < eligibles.length; k++) {
      const i = eligibles[k];
      const facteurPf = moyenne > 0 ? Math.max(0, rapport - pfi[i] / moyenne) : 0;
      r[i] = Math.min(pop[i], p.attribution.plafond_population) * facteurPf *
        Math.min(p.attribution.plafond_effort_fiscal, effort[i]) * (zrr[i] ? p.attribution.coefficient_zrr : 1);
    }
    return r;
  }),
};
