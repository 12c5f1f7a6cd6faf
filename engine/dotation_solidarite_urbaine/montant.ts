// DSU — notified amount and its split (spec §3.9, 71–72): dsu_montant = amount of the eligible commune +
// exit guarantee, rounded to the euro; part spontanée = N-1 amount for a commune eligible both years
// (else its whole amount), part augmentation = the rest.
import { commune, type Formules } from '../dotation_solidarite_rurale/contexte.ts';
import { arrondiEuro } from '../dotation_solidarite_rurale/commun.ts';

export const formulesMontant: Formules = {
  dsu_montant: commune((c) => {
    const eligible = c.nombres('dsu_montant_eligible');
    const garantie = c.nombres('dsu_montant_garantie_non_eligible');
    return arrondiEuro(eligible.map((x, i) => x + garantie[i]));
  }),
  dsu_part_spontanee: commune((c) => {
    const deuxAnnees = c.booleens('dsu_eligible_deux_annees');
    const prev = c.precedent('dsu_montant_eligible');
    const montant = c.nombres('dsu_montant_eligible');
    return montant.map((x, i) => (deuxAnnees[i] ? prev[i] : x));
  }),
  dsu_part_augmentation: commune((c) => {
    const montant = c.nombres('dsu_montant_eligible');
    const spontanee = c.nombres('dsu_part_spontanee');
    return montant.map((x, i) => x - spontanee[i]);
  }),
};
