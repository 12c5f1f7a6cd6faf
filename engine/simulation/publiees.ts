// The per-commune variables a simulation returns by default: what the DGCL publishes for each commune (notified
// amounts, the DSR parts, indices and ranks, the DSU parts; data/dgcl/colonnes.ts checks it reads nothing else),
// the eligibility to each dotation, the DGF total, and the N-1 quantities the next year of law reads
// (ENTREES_N_MOINS_1), so that years can be chained. The other per-commune variables (scores, bands, guarantees…)
// are still computed but kept only on request (`variables: 'toutes'`, which `expliquer` and the exports use):
// not keeping them is what makes a simulation cheap (engine/simulation/memoire.ts).
import { ENTREES_N_MOINS_1 } from '../entrees.ts';
import { PARTS } from '../dotation_solidarite_rurale/parts.ts';

export const VARIABLES_PUBLIEES: readonly string[] = [
  ...new Set([
    'strate_demographique',
    'potentiel_financier_par_habitant',
    'df_evolution_part_dynamique',
    'df_montant_ecretement',
    'dotation_forfaitaire',
    'dsr_eligible_fraction_bourg_centre',
    'dsr_fraction_bourg_centre',
    'dsr_eligible_fraction_perequation',
    ...PARTS.map((part) => `dsr_fraction_perequation_part_${part}`),
    'dsr_fraction_perequation',
    'indice_synthetique_dsr_cible',
    'rang_indice_synthetique_dsr_cible',
    'dsr_eligible_fraction_cible',
    ...PARTS.map((part) => `dsr_fraction_cible_part_${part}`),
    'dsr_fraction_cible',
    'dotation_solidarite_rurale',
    'indice_synthetique_dsu',
    'rang_indice_synthetique_dsu_seuil_haut',
    'rang_indice_synthetique_dsu_seuil_bas',
    'dsu_eligible',
    'dsu_montant_garantie_non_eligible',
    'dsu_part_spontanee',
    'dsu_part_augmentation',
    'dsu_montant',
    'dotation_communes_nouvelles',
    'dotation_globale_fonctionnement_communes',
    ...Object.keys(ENTREES_N_MOINS_1),
  ]),
];
