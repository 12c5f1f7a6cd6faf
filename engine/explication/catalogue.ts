// Catalogue of the variables computed outside the DSR and DSU folders (population, potentiel financier,
// dotation forfaitaire, envelopes, DGF, communes nouvelles), then the whole catalogue of the engine in the
// order of the calculation (spec §3.12): the order of the steps `expliquer` shows.
import { CATALOGUE_DSR, type EntreeCatalogue } from '../dotation_solidarite_rurale/catalogue.ts';
import { CATALOGUE_DSU } from '../dotation_solidarite_urbaine/catalogue.ts';

export type UniteExplication = EntreeCatalogue['unite'] | 'habitants' | 'années' | 'strate';
export interface EntreeExplication extends Omit<EntreeCatalogue, 'unite'> {
  readonly unite: UniteExplication;
}

const L3 = 'CGCT art. L.2334-3';
const L4 = 'CGCT art. L.2334-4';
const L7 = 'CGCT art. L.2334-7';
const L71 = 'CGCT art. L.2334-7-1';

export const CATALOGUE_POPULATION_PF: Record<string, EntreeExplication> = {
  strate_demographique: { libelle: 'Strate démographique', unite: 'strate', formule: 'Groupe démographique de la population DGF : 1 pour moins de 500 habitants … 15 pour 200 000 habitants et plus (borne basse incluse)', reference: L3 },
  population_dgf_plafonnee: { libelle: 'Population DGF plafonnée', unite: 'habitants', formule: 'Population DGF, plafonnée à 500, 1 000 ou 2 250 habitants quand la population INSEE est inférieure à 100, 500 ou 1 500', reference: 'CGCT art. L.2334-21' },
  potentiel_financier_par_habitant: { libelle: 'Potentiel financier par habitant', unite: '€/hab', formule: 'Potentiel financier ÷ population DGF (0 sans habitant)', reference: L4 },
  potentiel_financier_par_habitant_moyen: { libelle: 'Potentiel financier moyen par habitant de la strate', unite: '€/hab', formule: 'Somme des potentiels financiers ÷ somme des populations DGF des communes de métropole de la même strate (0 pour l’outre-mer)', reference: 'CGCT art. L.2334-4, R.2334-3' },
  potentiel_financier_par_hectare: { libelle: 'Potentiel financier par hectare', unite: '€/ha', formule: 'Potentiel financier ÷ superficie (0 sans superficie)', reference: 'CGCT art. L.2334-22' },
  revenu_par_habitant: { libelle: 'Revenu par habitant', unite: '€/hab', formule: 'Revenu imposable des habitants ÷ population INSEE (0 sans habitant)', reference: 'CGCT art. L.2334-17' },
  revenu_par_habitant_moyen: { libelle: 'Revenu moyen par habitant de la strate', unite: '€/hab', formule: 'Somme des revenus ÷ somme des populations INSEE des communes de métropole de la même strate', reference: 'CGCT art. L.2334-22-1' },
  part_population_agglomeration_departement: { libelle: 'Part de la population de l’unité urbaine dans le département', unite: 'ratio', formule: 'Population DGF de l’unité urbaine ÷ population départementale de référence', reference: 'CGCT art. L.2334-21' },
};

export const CATALOGUE_DF: Record<string, EntreeExplication> = {
  df_coefficient_logarithmique: { libelle: 'Coefficient logarithmique', unite: 'coefficient', formule: '1 + log10(population DGF ÷ 500) ÷ log10(200 000 ÷ 500), entre 1 et 2', reference: L7 },
  df_evolution_part_dynamique: { libelle: 'Part dynamique de la population', unite: '€', formule: 'Variation de la population DGF majorée × montant par habitant de 64,46 € à 128,93 € croissant avec le logarithme de la population', reference: L7 },
  df_hors_ecretement: { libelle: 'Dotation forfaitaire avant écrêtement', unite: '€', formule: 'Dotation forfaitaire N-1 + part dynamique, au moins 0', reference: L7 },
  df_potentiel_fiscal_par_habitant_logarithmique: { libelle: 'Potentiel fiscal par habitant pondéré', unite: '€/hab', formule: 'Potentiel fiscal ÷ (population DGF × coefficient logarithmique)', reference: L7 },
  df_seuil_ecretement: { libelle: 'Seuil d’écrêtement', unite: '€/hab', formule: '0,85 × potentiel fiscal moyen national par habitant (0,75 jusqu’en 2021)', reference: L7 },
  df_eligible_ecretement: { libelle: 'Commune écrêtée', unite: 'booléen', formule: 'Potentiel fiscal par habitant pondéré ≥ seuil d’écrêtement et dotation avant écrêtement positive', reference: L7 },
  df_score_attribution_ecretement: { libelle: 'Score d’écrêtement', unite: 'points', formule: '(PF/hab pondéré − seuil) ÷ seuil × population DGF, si la commune est écrêtée', reference: L7 },
  df_plafond_ecretement: { libelle: 'Plafond de l’écrêtement', unite: '€', formule: 'Le plus petit de 1 % des recettes réelles de fonctionnement et de la dotation avant écrêtement', reference: L7 },
  montant_total_ecretement: { libelle: 'Besoin de financement de la péréquation', unite: '€', formule: 'Hausses de la DSR, de la DSU et de la dotation d’intercommunalité + somme des parts dynamiques', reference: L71 },
  df_montant_total_ecretement: { libelle: 'Montant total de l’écrêtement', unite: '€', formule: 'Part décidée par le CFL (60 %) × besoin de financement', reference: L71 },
  df_valeur_point_ecretement: { libelle: 'Valeur de point de l’écrêtement', unite: '€', formule: 'Valeur telle que la somme des écrêtements, chacun plafonné, égale le montant total', reference: L7 },
  df_montant_ecretement_spontane: { libelle: 'Écrêtement spontané', unite: '€', formule: 'Valeur de point × score d’écrêtement', reference: L7 },
  df_montant_ecretement: { libelle: 'Écrêtement', unite: '€', formule: 'Écrêtement spontané, dans la limite du plafond', reference: L7 },
  dotation_forfaitaire: { libelle: 'Dotation forfaitaire', unite: '€', formule: 'Dotation avant écrêtement − écrêtement, arrondie à l’euro', reference: L7 },
};

export const CATALOGUE_TOTAUX: Record<string, EntreeExplication> = {
  dotation_globale_fonctionnement_communes: { libelle: 'DGF de la commune', unite: '€', formule: 'Dotation forfaitaire + DSR + DSU + DNP', reference: 'CGCT art. L.2334-1' },
  age_commune: { libelle: 'Âge de la commune nouvelle', unite: 'années', formule: 'Année de calcul − année de création', reference: 'CGCT art. L.2113-22-1' },
  dotation_communes_nouvelles_part_amorcage: { libelle: 'DCN, part d’amorçage', unite: '€', formule: '15 € × population DGF de la 1re à la 3e année suivant la création (150 000 habitants au plus)', reference: 'CGCT art. L.2113-22-1' },
  dotation_communes_nouvelles_part_garantie: { libelle: 'DCN, part de garantie', unite: '€', formule: 'DGF de référence − DGF de l’année, si positive', reference: 'CGCT art. L.2113-22-1' },
  dotation_communes_nouvelles: { libelle: 'Dotation en faveur des communes nouvelles', unite: '€', formule: 'Part d’amorçage + part de garantie', reference: 'CGCT art. L.2113-22-1' },
};

/** Every entry, in the order of the calculation. */
export const CATALOGUE: Record<string, EntreeExplication> = {
  ...CATALOGUE_POPULATION_PF,
  ...CATALOGUE_DF,
  ...CATALOGUE_DSR,
  ...CATALOGUE_DSU,
  ...CATALOGUE_TOTAUX,
};
