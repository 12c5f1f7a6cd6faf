// DSU — notified amount and its split (spec §3.9, 71–72): dsu_montant = amount of the eligible commune +
// exit guarantee, rounded to the euro; part spontanée = N-1 amount for a commune eligible both years
// (else its whole amount), part augmentation = the rest.
import { commune, type Formules } from '../simulation/variables.ts';
import { arrondiEuro } from '../mecanismes/arrondi.ts';
import { colonneNombres } from '../simulation/memoire.ts';

export const formulesMontant: Formules = {
  dsu_montant: commune((c) => {
    const eligible = c.nombres('dsu_montant_eligible');
    const garantie = c.nombres('dsu_montant_garantie_non_eligible');
    const r = colonneNombres(c.n);
    for (let i = 0; i < c.n; i++) r[i] = arrondiEuro(eligible[i] + garantie[i]);
    return r;
  }),
  dsu_part_spontanee: commune((c) => {
    const deuxAnnees = c.booleens('dsu_eligible_deux_annees');
    const prev = c.precedent('dsu_montant_eligible');
    const montant = c.nombres('dsu_montant_eligible');
    const r = colonneNombres(c.n);
    for (let i = 0; i < c.n; i++) r[i] = deuxAnnees[i] ? prev[i] : montant[i];
    return r;
  }),
  dsu_part_augmentation: commune((c) => {
    const montant = c.nombres('dsu_montant_eligible');
    const spontanee = c.nombres('dsu_part_spontanee');
    const r = colonneNombres(c.n);
    for (let i = 0; i < c.n; i++) r[i] = montant[i] - spontanee[i];
    return r;
  }),
};
