// DSR cible (3rd fraction) — indice synthétique, rank, eligibility, exit guarantee, envelope, parts,
// amount (CGCT L.2334-22-1; spec §3.8, 51–58). No stability band for this fraction.
import { rang } from '../mecanismes/rang.ts';
import { commune, drapeau, nationale, type Formules } from '../simulation/variables.ts';
import { arrondiEuro } from '../mecanismes/arrondi.ts';
import { parametresDsr } from './commun.ts';
import { garantieSortie, sommeGarantiesNonEligibles } from '../mecanismes/garantieDeSortie.ts';
import { formulesParts } from './parts.ts';
import { colonneDrapeaux, colonneNombres } from '../simulation/memoire.ts';

export const formulesCible: Formules = {
  /** 0.7 × PF/hab moyen strate ÷ PF/hab + 0.3 × revenu/hab moyen strate ÷ revenu/hab, for communes < 10 000 eligible to BC or PQ. */
  indice_synthetique_dsr_cible: commune((c) => {
    const p = parametresDsr(c);
    const poids = p.cible.eligibilite.indice_synthetique;
    const pop = c.nombres('population_dgf');
    const bc = c.booleens('dsr_eligible_fraction_bourg_centre');
    const pq = c.booleens('dsr_eligible_fraction_perequation');
    const pfi = c.nombres('potentiel_financier_par_habitant');
    const pfiMoyen = c.nombres('potentiel_financier_par_habitant_moyen');
    const revenu = c.nombres('revenu_par_habitant');
    const revenuMoyen = c.nombres('revenu_par_habitant_moyen');
    const r = colonneNombres(c.n);
    for (let i = 0; i < c.n; i++) {
      if (!(pop[i] < p.seuil_nombre_habitants) || !(bc[i] || pq[i])) continue;
      r[i] = poids.poids_potentiel_financier * (pfi[i] === 0 ? 0 : pfiMoyen[i] / pfi[i]) +
        poids.poids_revenu * (revenu[i] === 0 ? 0 : revenuMoyen[i] / revenu[i]);
    }
    return r;
  }),
  /** Rank over all communes, 1 = highest indice (ties: see engine/mecanismes/rang.ts). */
  rang_indice_synthetique_dsr_cible: commune((c) => rang(c.nombres('indice_synthetique_dsr_cible'))),
  dsr_eligible_fraction_cible: drapeau((c) => {
    const p = parametresDsr(c);
    const pop = c.nombres('population_dgf');
    const bc = c.booleens('dsr_eligible_fraction_bourg_centre');
    const pq = c.booleens('dsr_eligible_fraction_perequation');
    const rg = c.nombres('rang_indice_synthetique_dsr_cible');
    const r = colonneDrapeaux(c.n);
    for (let i = 0; i < c.n; i++) r[i] = +(pop[i] < p.seuil_nombre_habitants && (bc[i] === 1 || pq[i] === 1) && rg[i] <= p.cible.eligibilite.seuil_classement);
    return r;
  }),
  dsr_montant_garantie_non_eligible_fraction_cible: commune((c) =>
    garantieSortie(c.booleens('dsr_eligible_fraction_cible'), c.booleens('outre_mer'), c.precedent('dsr_montant_hors_garanties_fraction_cible'),
      parametresDsr(c).cible.attribution.ratio_garantie)),
  dsr_montant_total_eligibles_fraction_cible: nationale((c) =>
    c.national('dsr_montant_total_fraction_cible') -
    sommeGarantiesNonEligibles(c.booleens('dsr_eligible_fraction_cible'), c.nombres('dsr_garantie_commune_nouvelle_fraction_cible'),
      c.nombres('dsr_montant_garantie_non_eligible_fraction_cible'))),
  ...formulesParts('cible'),
  dsr_fraction_cible: commune((c) => {
    const hors = c.nombres('dsr_montant_hors_garanties_fraction_cible');
    const sortie = c.nombres('dsr_montant_garantie_non_eligible_fraction_cible');
    const cn = c.nombres('dsr_garantie_commune_nouvelle_fraction_cible');
    const r = colonneNombres(c.n);
    for (let i = 0; i < c.n; i++) r[i] = arrondiEuro(Math.max(hors[i], sortie[i], cn[i]));
    return r;
  }),
};
