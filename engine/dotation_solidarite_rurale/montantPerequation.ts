// DSR péréquation — envelope of the eligible communes, four parts, 90 %–120 % band, amount
// (CGCT L.2334-22; spec §3.7, 44–50). No exit guarantee for this fraction (the law has none).
import { commune, nationale, type Contexte, type Formules } from '../simulation/variables.ts';
import { arrondiEuro } from '../mecanismes/arrondi.ts';
import { parametresDsr } from './commun.ts';
import { sommeGarantiesNonEligibles } from '../mecanismes/garantieDeSortie.ts';
import { formulesParts, montantSpontane } from './parts.ts';
import { appliquerStabilite, coefficientStabilite, type Bande } from '../mecanismes/encadrementN1.ts';
import { colonneNombres } from '../simulation/memoire.ts';

function bande(c: Contexte): Bande {
  const a = parametresDsr(c).perequation.attribution;
  return { precedent: c.precedent('dsr_montant_eligible_fraction_perequation'), ratioPlancher: a.plancher_ratio_progression, ratioPlafond: a.plafond_ratio_progression };
}

export const formulesMontantPerequation: Formules = {
  dsr_montant_total_eligibles_fraction_perequation: nationale((c) =>
    c.national('dsr_montant_total_fraction_perequation') -
    sommeGarantiesNonEligibles(c.booleens('dsr_eligible_fraction_perequation'), c.nombres('dsr_garantie_commune_nouvelle_fraction_perequation'))),
  /** λ: the four valeurs de point are scaled by λ so that the banded amounts use the whole envelope. */
  dsr_coefficient_stabilite_fraction_perequation: nationale((c) =>
    coefficientStabilite(montantSpontane(c, 'perequation'), bande(c), c.national('dsr_montant_total_eligibles_fraction_perequation'))),
  ...formulesParts('perequation', 'dsr_coefficient_stabilite_fraction_perequation'),
  dsr_montant_eligible_fraction_perequation: commune((c) => appliquerStabilite(c.nombres('dsr_montant_hors_garanties_fraction_perequation'), bande(c))),
  dsr_fraction_perequation: commune((c) => {
    const eligible = c.nombres('dsr_montant_eligible_fraction_perequation');
    const cn = c.nombres('dsr_garantie_commune_nouvelle_fraction_perequation');
    const r = colonneNombres(c.n);
    for (let i = 0; i < c.n; i++) r[i] = arrondiEuro(Math.max(eligible[i], cn[i]));
    return r;
  }),
};
