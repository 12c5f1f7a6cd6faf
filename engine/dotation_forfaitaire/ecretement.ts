// Écrêtement of the DF (CGCT L.2334-7 III, spec §3.3 items 14–20): communes whose potentiel fiscal per
// (log-weighted) inhabitant reaches s × the national mean bear, by valeur de point on their relative gap ×
// population, the national total decided by the CFL; each levy is capped at 1 % of the recettes réelles de
// fonctionnement and at the DF available. What a cap spares is borne by the others (mecanismes/plafonner.ts).
import { commune, drapeau, nationale, type Formules } from '../simulation/variables.ts';
import { repartitionPlafonnee } from '../mecanismes/plafonner.ts';
import { colonneDrapeaux, colonneNombres } from '../simulation/memoire.ts';

/** s × potentiel fiscal moyen national (€/hab); 0 when the national mean is not known for the year. */
const seuil = (p: { seuil_rapport_potentiel_fiscal: number; potentiel_fiscal_moyen_national: number }) =>
  (p.seuil_rapport_potentiel_fiscal ?? 0) * (p.potentiel_fiscal_moyen_national ?? 0);

export const formulesEcretement: Formules = {
  df_potentiel_fiscal_par_habitant_logarithmique: commune((c) => {
    const pop = c.nombres('population_dgf');
    const coef = c.nombres('df_coefficient_logarithmique');
    const pf = c.nombres('potentiel_fiscal');
    const r = colonneNombres(c.n);
    for (let i = 0; i < c.n; i++) {
      const popLog = pop[i] * coef[i];
      r[i] = popLog > 0 ? pf[i] / popLog : 0;
    }
    return r;
  }),
  df_seuil_ecretement: nationale((c) => seuil(c.p.dotation_forfaitaire.ecretement)),
  df_eligible_ecretement: drapeau((c) => {
    const s = c.national('df_seuil_ecretement');
    const pfLog = c.nombres('df_potentiel_fiscal_par_habitant_logarithmique');
    const hors = c.nombres('df_hors_ecretement');
    const r = colonneDrapeaux(c.n);
    if (s > 0) for (let i = 0; i < c.n; i++) r[i] = pfLog[i] >= s && hors[i] > 0 ? 1 : 0;
    return r;
  }),
  df_score_attribution_ecretement: commune((c) => {
    const s = c.national('df_seuil_ecretement');
    const pfLog = c.nombres('df_potentiel_fiscal_par_habitant_logarithmique');
    const eligible = c.booleens('df_eligible_ecretement');
    const pop = c.nombres('population_dgf');
    const r = colonneNombres(c.n);
    for (let i = 0; i < c.n; i++) if (eligible[i]) r[i] = ((pfLog[i] - s) / s) * pop[i];
    return r;
  }),
  df_plafond_ecretement: commune((c) => {
    const taux = c.p.dotation_forfaitaire.ecretement.plafond_pourcentage_recettes_max;
    const rrf = c.nombres('recettes_reelles_fonctionnement');
    const hors = c.nombres('df_hors_ecretement');
    const r = colonneNombres(c.n);
    for (let i = 0; i < c.n; i++) r[i] = Math.max(0, Math.min(hors[i], taux * rrf[i]));
    return r;
  }),
  df_valeur_point_ecretement: nationale((c) => {
    return repartitionPlafonnee(c.national('df_montant_total_ecretement'), c.nombres('df_score_attribution_ecretement'), c.nombres('df_plafond_ecretement')).valeurDePoint;
  }),
  df_montant_ecretement_spontane: commune((c) => {
    const vp = c.national('df_valeur_point_ecretement');
    const score = c.nombres('df_score_attribution_ecretement');
    const r = colonneNombres(c.n);
    for (let i = 0; i < c.n; i++) r[i] = vp * score[i];
    return r;
  }),
  df_montant_ecretement: commune((c) => {
    const spontane = c.nombres('df_montant_ecretement_spontane');
    const plafond = c.nombres('df_plafond_ecretement');
    const r = colonneNombres(c.n);
    for (let i = 0; i < c.n; i++) r[i] = Math.min(spontane[i], plafond[i]);
    return r;
  }),
  /** What no commune could bear, all being at their cap (0 unless the total exceeds every cap). */
  df_montant_ecretement_non_reparti: nationale((c) => {
    const m = c.nombres('df_montant_ecretement');
    let s = 0;
    for (let i = 0; i < c.n; i++) s += m[i];
    return Math.max(0, c.national('df_montant_total_ecretement') - s);
  }),
};
