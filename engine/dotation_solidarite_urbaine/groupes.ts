// DSU — the two demographic groups and their references (CGCT L.2334-16, L.2334-17; spec §3.9, 60):
// bas = 5 000 ≤ population DGF < 10 000, haut = population DGF ≥ 10 000, métropole only. Each reference is a
// quotient of sums over the group (0 when the denominator is 0).
import { drapeau, nationale, type Contexte, type Formules } from '../simulation/variables.ts';
import { colonneDrapeaux } from '../simulation/memoire.ts';

export type Groupe = 'seuil_bas' | 'seuil_haut';
export const GROUPES: readonly Groupe[] = ['seuil_bas', 'seuil_haut'];

/** Indices of the métropole communes of the group (the variable `dsu_groupe_<groupe>`), computed once. */
export const communesDuGroupe = (c: Contexte, groupe: Groupe): Uint32Array => c.selection(`dsu_groupe_${groupe}`);

function groupe(c: Contexte, g: Groupe): Uint8Array {
  const e = c.p.dotation_solidarite_urbaine.eligibilite;
  const pop = c.nombres('population_dgf');
  const om = c.booleens('outre_mer');
  const r = colonneDrapeaux(c.n);
  for (let i = 0; i < c.n; i++) {
    const dansGroupe = g === 'seuil_haut' ? pop[i] >= e.seuil_haut_nombre_habitants : pop[i] >= e.seuil_bas_nombre_habitants && pop[i] < e.seuil_haut_nombre_habitants;
    r[i] = +(dansGroupe && !om[i]);
  }
  return r;
}

function quotient(c: Contexte, groupe: Groupe, numerateur: string, denominateur: string): number {
  const communes = communesDuGroupe(c, groupe);
  const num = c.nombres(numerateur);
  const den = c.nombres(denominateur);
  let a = 0;
  let b = 0;
  for (let k = 0; k < communes.length; k++) {
    a += num[communes[k]];
    b += den[communes[k]];
  }
  return b !== 0 ? a / b : 0;
}

export const REFERENCES = {
  potentiel_financier_par_habitant_moyen: ['potentiel_financier', 'population_dgf'],
  part_logements_sociaux_moyenne: ['nombre_logements_sociaux', 'nombre_logements'],
  part_aides_au_logement_moyenne: ['nombre_beneficiaires_aides_au_logement', 'nombre_logements'],
  revenu_par_habitant_moyen: ['revenu_total', 'population_insee'],
} as const;

export const formulesGroupes: Formules = {};
for (const g of GROUPES) {
  formulesGroupes[`dsu_groupe_${g}`] = drapeau((c) => groupe(c, g));
  for (const [nom, [num, den]] of Object.entries(REFERENCES)) {
    formulesGroupes[`dsu_${nom}_${g}`] = nationale((c) => quotient(c, g, num, den));
  }
  formulesGroupes[`dsu_nombre_communes_${g}`] = nationale((c) => communesDuGroupe(c, g).length);
}
