// DSR bourg-centre (1st fraction) — exclusions and eligibility, CGCT L.2334-21 (spec §3.6, 29–35).
import { drapeau, type Contexte, type Formules } from '../simulation/variables.ts';
import { parametresDsr } from './commun.ts';
import { colonneDrapeaux } from '../simulation/memoire.ts';

const bc = (c: Contexte) => parametresDsr(c).bourg_centre.eligibilite;

/** Element-wise OR of two or three boolean variables. */
function ou(c: Contexte, a: string, b: string, d?: string): Uint8Array {
  const x = c.booleens(a);
  const y = c.booleens(b);
  const z = d === undefined ? null : c.booleens(d);
  const r = colonneDrapeaux(c.n);
  if (z) for (let i = 0; i < c.n; i++) r[i] = x[i] | y[i] | z[i] ? 1 : 0;
  else for (let i = 0; i < c.n; i++) r[i] = x[i] | y[i] ? 1 : 0;
  return r;
}

export const formulesEligibiliteBourgCentre: Formules = {
  dsr_exclue_fraction_bourg_centre_agglomeration: drapeau((c) => {
    const ex = bc(c).exclusion;
    const part = c.nombres('part_population_agglomeration_departement');
    const agglo = c.nombres('population_dgf_agglomeration');
    const maxi = c.nombres('population_dgf_maximum_commune_agglomeration');
    const chefLieu = c.booleens('chef_lieu_departement_dans_agglomeration');
    const r = colonneDrapeaux(c.n);
    for (let i = 0; i < c.n; i++) {
      r[i] = +(part[i] >= ex.seuil_part_population_dgf_agglomeration_departement || agglo[i] >= ex.seuil_population_dgf_agglomeration ||
        maxi[i] >= ex.seuil_population_dgf_maximum_commune_agglomeration || chefLieu[i] === 1);
    }
    return r;
  }),
  dsr_exclue_fraction_bourg_centre_canton: drapeau((c) => {
    const seuil = bc(c).exclusion.seuil_population_dgf_chef_lieu_de_canton;
    const chefLieu = c.nombres('population_dgf_chef_lieu_de_canton');
    const bureau = c.booleens('bureau_centralisateur');
    const r = colonneDrapeaux(c.n);
    for (let i = 0; i < c.n; i++) r[i] = +(chefLieu[i] >= seuil && !bureau[i]);
    return r;
  }),
  dsr_exclue_fraction_bourg_centre_pfi: drapeau((c) => {
    const limite = bc(c).exclusion.seuil_rapport_pfi_10000 * c.national('dsr_potentiel_financier_par_habitant_moyen_moins_10000');
    const pfi = c.nombres('potentiel_financier_par_habitant');
    const r = colonneDrapeaux(c.n);
    for (let i = 0; i < c.n; i++) r[i] = +(pfi[i] >= limite);
    return r;
  }),
  dsr_exclue_fraction_bourg_centre_type_1: drapeau((c) =>
    ou(c, 'dsr_exclue_fraction_bourg_centre_agglomeration', 'dsr_exclue_fraction_bourg_centre_canton', 'dsr_exclue_fraction_bourg_centre_pfi')),
  dsr_exclue_fraction_bourg_centre_type_2: drapeau((c) =>
    ou(c, 'dsr_exclue_fraction_bourg_centre_agglomeration', 'dsr_exclue_fraction_bourg_centre_pfi')),
  dsr_eligible_fraction_bourg_centre_type_1: drapeau((c) => {
    const seuil = parametresDsr(c).seuil_nombre_habitants;
    const seuilCanton = bc(c).seuil_part_population_canton;
    const om = c.booleens('outre_mer');
    const pop = c.nombres('population_dgf_plafonnee');
    const part = c.nombres('part_population_canton');
    const bureau = c.booleens('bureau_centralisateur');
    const chefLieu = c.booleens('chef_lieu_de_canton');
    const exclue = c.booleens('dsr_exclue_fraction_bourg_centre_type_1');
    const r = colonneDrapeaux(c.n);
    for (let i = 0; i < c.n; i++) {
      r[i] = +(!om[i] && pop[i] < seuil && (part[i] >= seuilCanton || bureau[i] === 1 || chefLieu[i] === 1) && !exclue[i]);
    }
    return r;
  }),
  dsr_eligible_fraction_bourg_centre_type_2: drapeau((c) => {
    const bas = parametresDsr(c).seuil_nombre_habitants;
    const haut = bc(c).seuil_nombre_habitants_chef_lieu;
    const om = c.booleens('outre_mer');
    const pop = c.nombres('population_dgf_plafonnee');
    const arrondissement = c.booleens('chef_lieu_arrondissement');
    const exclue = c.booleens('dsr_exclue_fraction_bourg_centre_type_2');
    const r = colonneDrapeaux(c.n);
    for (let i = 0; i < c.n; i++) r[i] = +(!om[i] && pop[i] >= bas && pop[i] <= haut && arrondissement[i] === 1 && !exclue[i]);
    return r;
  }),
  dsr_eligible_fraction_bourg_centre: drapeau((c) => ou(c, 'dsr_eligible_fraction_bourg_centre_type_1', 'dsr_eligible_fraction_bourg_centre_type_2')),
};
