// DSU — ranks in each group, number of eligible communes, eligibility (CGCT L.2334-16; spec §3.9, 62–64):
// the first two thirds of the communes ≥ 10 000 and the first tenth of the communes of 5 000–9 999
// inhabitants, ranked by decreasing indice. Counts: ⌊n × part + 0.99⌋ as the model (part haut 0.666667).
import { rang } from '../mecanismes/rang.ts';
import { commune, drapeau, nationale, type Formules } from '../simulation/variables.ts';
import { GROUPES, communesDuGroupe, type Groupe } from './groupes.ts';
import { colonneDrapeaux, colonneNombres } from '../simulation/memoire.ts';

function part(c: Parameters<typeof communesDuGroupe>[0], groupe: Groupe): number {
  const e = c.p.dotation_solidarite_urbaine.eligibilite;
  return groupe === 'seuil_haut' ? e.part_eligible_seuil_haut : e.part_eligible_seuil_bas;
}

export const formulesEligibilite: Formules = {};
for (const groupe of GROUPES) {
  /** Rank over all communes of indice × (commune in the group): 1 = highest (ties: engine/mecanismes/rang.ts). */
  formulesEligibilite[`rang_indice_synthetique_dsu_${groupe}`] = commune((c) => {
    const indice = c.nombres('indice_synthetique_dsu');
    const communes = communesDuGroupe(c, groupe);
    const cle = colonneNombres(c.n);
    for (let k = 0; k < communes.length; k++) cle[communes[k]] = indice[communes[k]];
    return rang(cle);
  });
  formulesEligibilite[`dsu_nombre_communes_eligibles_${groupe}`] = nationale((c) =>
    Math.floor(c.national(`dsu_nombre_communes_${groupe}`) * part(c, groupe) + 0.99));
}
/**
 * Eligible: indice > 0 and rank within the commune's own group ≤ the group's number of eligibles. (The model
 * also accepts a rank in the other group, which zero-indice ties can give on small sets: spec §8.5.)
 */
formulesEligibilite.dsu_eligible = drapeau((c) => {
  const indice = c.nombres('indice_synthetique_dsu');
  const r = colonneDrapeaux(c.n);
  for (const groupe of GROUPES) {
    const communes = communesDuGroupe(c, groupe);
    const rg = c.nombres(`rang_indice_synthetique_dsu_${groupe}`);
    const n = c.national(`dsu_nombre_communes_eligibles_${groupe}`);
    for (let k = 0; k < communes.length; k++) {
      const i = communes[k];
      if (indice[i] > 0 && rg[i] <= n) r[i] = 1;
    }
  }
  return r;
});
