// DSU — exit guarantees (CGCT L.2334-18-4; spec §3.9, 67–69): a commune that ceases to be eligible receives
// the better of 50 % of its N-1 amount (annual guarantee) and its pluriannual guarantee (an input);
// the guarantees are taken off the envelope before it is distributed to the eligible communes.
import { commune, nationale, type Formules } from '../simulation/variables.ts';
import { somme } from '../mecanismes/colonnes.ts';
import { colonneNombres } from '../simulation/memoire.ts';

export const formulesGaranties: Formules = {
  dsu_montant_garantie_annuelle: commune((c) => {
    const ratio = c.p.dotation_solidarite_urbaine.attribution.ratio_garantie_annuelle;
    const om = c.booleens('outre_mer');
    const prev = c.precedent('dsu_montant_eligible');
    const r = colonneNombres(c.n);
    for (let i = 0; i < c.n; i++) if (!om[i]) r[i] = ratio * prev[i];
    return r;
  }),
  dsu_montant_garantie_non_eligible: commune((c) => {
    const eligible = c.booleens('dsu_eligible');
    const annuelle = c.nombres('dsu_montant_garantie_annuelle');
    const pluriannuelle = c.nombres('dsu_montant_garantie_pluriannuelle');
    const r = colonneNombres(c.n);
    for (let i = 0; i < c.n; i++) if (!eligible[i]) r[i] = Math.max(annuelle[i], pluriannuelle[i]);
    return r;
  }),
  dsu_montant_total_eligibles: nationale((c) => c.national('dsu_montant_total') - somme(c.nombres('dsu_montant_garantie_non_eligible'))),
};
