// DSR bourg-centre — guarantees, envelope of the eligible communes, valeur de point, amounts
// (CGCT L.2334-21; spec §3.6, 37–42).
import { commune, nationale, type Contexte, type Formules } from './contexte.ts';
import { arrondiEuro, multiplier, parametresDsr, somme } from './commun.ts';
import { garantieSortie, sommeGarantiesNonEligibles } from './garanties.ts';
import { appliquerStabilite, bandeStabilite, coefficientStabilite } from './stabilite.ts';

const PREC = 'dsr_montant_eligible_fraction_bourg_centre';

function bande(c: Contexte) {
  const a = parametresDsr(c).bourg_centre.attribution;
  return bandeStabilite(c.precedent(PREC), a.plancher_ratio_progression, a.plafond_ratio_progression);
}

export const formulesMontantBourgCentre: Formules = {
  dsr_montant_garantie_non_eligible_fraction_bourg_centre: commune((c) =>
    garantieSortie(c.booleens('dsr_eligible_fraction_bourg_centre'), c.booleens('outre_mer'), c.precedent(PREC),
      parametresDsr(c).bourg_centre.attribution.ratio_garantie)),
  dsr_montant_total_eligibles_fraction_bourg_centre: nationale((c) =>
    c.national('dsr_montant_total_fraction_bourg_centre') -
    sommeGarantiesNonEligibles(c.booleens('dsr_eligible_fraction_bourg_centre'), c.nombres('dsr_garantie_commune_nouvelle_fraction_bourg_centre'),
      c.nombres('dsr_montant_garantie_non_eligible_fraction_bourg_centre'))),
  dsr_valeur_point_fraction_bourg_centre: nationale((c) => {
    const score = c.nombres('dsr_score_attribution_fraction_bourg_centre');
    const enveloppe = c.national('dsr_montant_total_eligibles_fraction_bourg_centre');
    const total = somme(score);
    if (total === 0) return 0;
    const spontanee = enveloppe / total;
    const brut = multiplier(score, spontanee);
    return spontanee * coefficientStabilite(brut, bande(c), enveloppe);
  }),
  dsr_montant_hors_garanties_fraction_bourg_centre: commune((c) => {
    const vp = c.national('dsr_valeur_point_fraction_bourg_centre');
    return multiplier(c.nombres('dsr_score_attribution_fraction_bourg_centre'), vp);
  }),
  dsr_montant_eligible_fraction_bourg_centre: commune((c) => appliquerStabilite(c.nombres('dsr_montant_hors_garanties_fraction_bourg_centre'), bande(c))),
  dsr_fraction_bourg_centre: commune((c) => {
    const eligible = c.nombres('dsr_montant_eligible_fraction_bourg_centre');
    const sortie = c.nombres('dsr_montant_garantie_non_eligible_fraction_bourg_centre');
    const cn = c.nombres('dsr_garantie_commune_nouvelle_fraction_bourg_centre');
    const r = new Float64Array(c.n);
    for (let i = 0; i < c.n; i++) r[i] = Math.max(eligible[i], sortie[i], cn[i]);
    return arrondiEuro(r);
  }),
};
