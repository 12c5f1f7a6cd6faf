// DSU — allocation to the eligible communes (CGCT L.2334-18-2 to L.2334-18-4; spec §3.9, 70).
// Score = indice × population DGF × rank factor (4 for the first, 0.5 for the last eligible of the group)
// × min(effort fiscal, 1.3) × (1 + 2 × part QPV) × (1 + part ZFU). The envelope left after the exit
// guarantees and the N-1 amounts of the communes eligible both years is split between the two groups pro
// rata the population of those communes, then: a commune eligible both years receives its N-1 amount
// plus an increase (points × growth rate of the DSU, capped at 4 M€); a newly eligible commune receives
// its points × valeur de point. The valeur de point of each group is set so that the whole share of the
// group is distributed, amounts cut by the 4 M€ cap included (see docs/ecarts-modele-python.md).
import { valeurDePointEncadree } from '../mecanismes/valeurDePointEncadree.ts';
import { commune, drapeau, nationale, type Contexte, type Formules } from '../simulation/variables.ts';
import { GROUPES, communesDuGroupe, type Groupe } from './groupes.ts';
import { colonneDrapeaux, colonneIndices, colonneNombres } from '../simulation/memoire.ts';

const PREC = 'dsu_montant_eligible';

/** Rank factor in the commune's own group: linear from max (rank 1) to min (last eligible rank), 0 beyond. */
function facteurGroupe(c: Contexte, groupe: Groupe, r: Float64Array) {
  const a = c.p.dotation_solidarite_urbaine.attribution;
  const rg = c.nombres(`rang_indice_synthetique_dsu_${groupe}`);
  const n = c.national(`dsu_nombre_communes_eligibles_${groupe}`);
  const communes = communesDuGroupe(c, groupe);
  for (let k = 0; k < communes.length; k++) {
    const i = communes[k];
    if (!(rg[i] <= n)) continue;
    const t = n > 1 ? (rg[i] - 1) / (n - 1) : 0;
    r[i] += (a.facteur_classement_min - a.facteur_classement_max) * t + a.facteur_classement_max;
  }
}

/**
 * Eligible communes of a group, in input order: their indices, and for each whether it was eligible both years
 * (N-1 amount > 0) or is newly eligible.
 */
function eligiblesDuGroupe(c: Contexte, groupe: Groupe): { indices: Uint32Array; deuxAnnees: Uint8Array } {
  const eligible = c.booleens('dsu_eligible');
  const deuxAnnees = c.booleens('dsu_eligible_deux_annees');
  const communes = communesDuGroupe(c, groupe);
  let m = 0;
  for (let k = 0; k < communes.length; k++) if (eligible[communes[k]]) m++;
  const indices = colonneIndices(m);
  const toujours = colonneDrapeaux(m);
  for (let k = 0, j = 0; k < communes.length; k++) {
    const i = communes[k];
    if (!eligible[i]) continue;
    indices[j] = i;
    toujours[j++] = deuxAnnees[i] ? 1 : 0;
  }
  return { indices, deuxAnnees: toujours };
}

/** Σ population DGF of a group's eligible communes, eligible both years (`deuxAnnees` 1) or newly (0). */
function sommePopulation(pop: Float64Array, e: ReturnType<typeof eligiblesDuGroupe>, deuxAnnees: 0 | 1): number {
  let s = 0;
  for (let k = 0; k < e.indices.length; k++) if (e.deuxAnnees[k] === deuxAnnees) s += pop[e.indices[k]];
  return s;
}

export const formulesAttribution: Formules = {
  dsu_eligible_deux_annees: drapeau((c) => {
    const eligibles = c.selection('dsu_eligible');
    const prev = c.precedent(PREC);
    const r = colonneDrapeaux(c.n);
    for (let k = 0; k < eligibles.length; k++) if (prev[eligibles[k]] > 0) r[eligibles[k]] = 1;
    return r;
  }),
  dsu_facteur_classement: commune((c) => {
    const r = colonneNombres(c.n);
    for (const groupe of GROUPES) facteurGroupe(c, groupe, r);
    return r;
  }),
  dsu_score_attribution: commune((c) => {
    const a = c.p.dotation_solidarite_urbaine.attribution;
    const indice = c.nombres('indice_synthetique_dsu');
    const pop = c.nombres('population_dgf');
    const fc = c.nombres('dsu_facteur_classement');
    const effort = c.nombres('effort_fiscal');
    const insee = c.nombres('population_insee');
    const qpv = c.nombres('population_qpv');
    const zfu = c.nombres('population_zfu');
    const r = colonneNombres(c.n);
    // A commune without rank factor (outside the eligible ranks) has no score.
    const classees = c.nonNuls('dsu_facteur_classement');
    for (let k = 0; k < classees.length; k++) {
      const i = classees[k];
      const partQpv = insee[i] > 0 ? qpv[i] / insee[i] : 0;
      const partZfu = insee[i] > 0 ? zfu[i] / insee[i] : 0;
      r[i] = indice[i] * pop[i] * fc[i] * Math.min(effort[i], a.plafond_effort_fiscal) *
        (1 + a.poids_quartiers_prioritaires_ville * partQpv) * (1 + a.poids_zone_franche_urbaine * partZfu);
    }
    return r;
  }),
  /** Growth rate of the DSU envelope: total N ÷ total N-1 − 1 (0 without an N-1 envelope). */
  dsu_taux_progression: nationale((c) => {
    const precedent = c.nationalPrecedent('dsu_montant_total');
    return precedent > 0 ? c.national('dsu_montant_total') / precedent - 1 : 0;
  }),
  /** Share of the group bas: population of the communes eligible both years (else of all eligibles). */
  dsu_part_seuil_bas: nationale((c) => {
    const pop = c.nombres('population_dgf');
    const bas = eligiblesDuGroupe(c, 'seuil_bas');
    const haut = eligiblesDuGroupe(c, 'seuil_haut');
    let pb = sommePopulation(pop, bas, 1);
    let ph = sommePopulation(pop, haut, 1);
    if (pb + ph === 0) {
      pb += sommePopulation(pop, bas, 0);
      ph += sommePopulation(pop, haut, 0);
    }
    return pb + ph > 0 ? pb / (pb + ph) : 0;
  }),
  /** Envelope left for the spontaneous points: eligibles' envelope − N-1 amounts of those eligible both years. */
  dsu_montant_a_repartir: nationale((c) => {
    const deuxAnnees = c.selection('dsu_eligible_deux_annees');
    const prev = c.precedent(PREC);
    let garanti = 0;
    for (let k = 0; k < deuxAnnees.length; k++) garanti += prev[deuxAnnees[k]];
    return c.national('dsu_montant_total_eligibles') - garanti;
  }),
};

for (const groupe of GROUPES) {
  formulesAttribution[`dsu_valeur_point_${groupe}`] = nationale((c) => {
    const part = groupe === 'seuil_bas' ? c.national('dsu_part_seuil_bas') : 1 - c.national('dsu_part_seuil_bas');
    const enveloppe = c.national('dsu_montant_a_repartir') * part;
    const taux = c.national('dsu_taux_progression');
    const plafond = c.p.dotation_solidarite_urbaine.attribution.augmentation_max;
    const score = c.nombres('dsu_score_attribution');
    // Points and caps of the group's eligible communes only (in input order: same sums as over all communes).
    const { indices, deuxAnnees } = eligiblesDuGroupe(c, groupe);
    const points = colonneNombres(indices.length);
    const plafonds = colonneNombres(indices.length);
    let total = 0;
    for (let k = 0; k < indices.length; k++) {
      const toujours = deuxAnnees[k] === 1;
      points[k] = toujours ? score[indices[k]] * taux : score[indices[k]];
      plafonds[k] = toujours ? plafond : Infinity;
      total += points[k];
    }
    if (total === 0) return 0;
    // The 4 M€ cap can only bind on positive increases of a positive envelope.
    if (!(taux > 0 && enveloppe > 0)) return enveloppe / total;
    return valeurDePointEncadree(points, colonneNombres(indices.length), plafonds, enveloppe);
  });
}

formulesAttribution.dsu_montant_eligible = commune((c) => {
  const prev = c.precedent(PREC);
  const score = c.nombres('dsu_score_attribution');
  const taux = c.national('dsu_taux_progression');
  const plafond = c.p.dotation_solidarite_urbaine.attribution.augmentation_max;
  const r = colonneNombres(c.n);
  for (const groupe of GROUPES) {
    const vp = c.national(`dsu_valeur_point_${groupe}`);
    const { indices, deuxAnnees } = eligiblesDuGroupe(c, groupe);
    for (let k = 0; k < indices.length; k++) {
      const i = indices[k];
      r[i] = deuxAnnees[k] ? prev[i] + Math.min(vp * taux * score[i], plafond) : vp * score[i];
    }
  }
  return r;
});
