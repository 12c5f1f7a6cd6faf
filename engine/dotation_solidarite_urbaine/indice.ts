// DSU — indice synthétique de ressources et de charges (CGCT L.2334-17; spec §3.9, 61), for a métropole
// commune of either group whose PF/hab < 2.5 × its group's mean; 0 otherwise:
// 0.30 × PF_g ÷ PF/hab + 0.15 × part LS ÷ LS_g + 0.30 × part AL ÷ AL_g + 0.25 × R_g ÷ revenu/hab
// (each quotient 0 when its denominator is 0).
import { commune, type Formules } from '../simulation/variables.ts';
import { GROUPES, communesDuGroupe } from './groupes.ts';
import { colonneNombres } from '../simulation/memoire.ts';

const q = (a: number, b: number) => (b !== 0 ? a / b : 0);

export const formulesIndice: Formules = {
  indice_synthetique_dsu: commune((c) => {
    const e = c.p.dotation_solidarite_urbaine.eligibilite;
    const w = e.indice_synthetique;
    const pfi = c.nombres('potentiel_financier_par_habitant');
    const logements = c.nombres('nombre_logements');
    const sociaux = c.nombres('nombre_logements_sociaux');
    const aides = c.nombres('nombre_beneficiaires_aides_au_logement');
    const revenu = c.nombres('revenu_par_habitant');
    const r = colonneNombres(c.n);
    for (const groupe of GROUPES) {
      const communes = communesDuGroupe(c, groupe);
      const pf = c.national(`dsu_potentiel_financier_par_habitant_moyen_${groupe}`);
      const ls = c.national(`dsu_part_logements_sociaux_moyenne_${groupe}`);
      const al = c.national(`dsu_part_aides_au_logement_moyenne_${groupe}`);
      const rv = c.national(`dsu_revenu_par_habitant_moyen_${groupe}`);
      for (let k = 0; k < communes.length; k++) {
        const i = communes[k];
        if (!(pfi[i] < e.seuil_rapport_potentiel_financier * pf)) continue;
        r[i] = w.poids_potentiel_financier * q(pf, pfi[i]) + w.poids_logements_sociaux * q(q(sociaux[i], logements[i]), ls) +
          w.poids_aides_au_logement * q(q(aides[i], logements[i]), al) + w.poids_revenu * q(rv, revenu[i]);
      }
    }
    return r;
  }),
};
