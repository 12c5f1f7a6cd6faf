// DSR bourg-centre — guarantees, envelope of the eligible communes, valeur de point, amounts
// (CGCT L.2334-21; spec §3.6, 37–42).
import { commune, nationale, type Contexte, type Formules } from '../simulation/variables.ts';
import { arrondiEuro } from '../mecanismes/arrondi.ts';
import { valeurDePointSpontanee } from '../mecanismes/repartitionParValeurDePoint.ts';
import { multiplier, somme } from '../mecanismes/colonnes.ts';
import { parametresDsr } from './commun.ts';
import { garantieSortie, sommeGarantiesNonEligibles } from '../mecanismes/garantieDeSortie.ts';
import { appliquerStabilite, coefficientStabilite, type Bande } from '../mecanismes/encadrementN1.ts';
import { colonneNombres } from '../simulation/memoire.ts';

const PREC = 'dsr_montant_eligible_fraction_bourg_centre';

function bande(c: Contexte): Bande {
  const a = parametresDsr(c).bourg_centre.attribution;
  return { precedent: c.precedent(PREC), ratioPlancher: a.plancher_ratio_progression, ratioPlafond: a.plafond_ratio_progression };
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
    const spontanee = valeurDePointSpontanee(enveloppe, somme(score));
    if (spontanee === 0) return 0;
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
    const r = colonneNombres(c.n);
    for (let i = 0; i < c.n; i++) r[i] = arrondiEuro(Math.max(eligible[i], sortie[i], cn[i]));
    return r;
  }),
};
