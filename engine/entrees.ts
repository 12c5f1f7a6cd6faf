// The engine's input contract: every per-commune input column, its storage, default and meaning.
// Column names are the specification's variable names (spec §3.0, §3.13), so that the DGCL mapping,
// the interchange CSV of the Python model's tools and the engine all speak the same words.
// Storage: numbers in Float64Array (integers included), booleans in Uint8Array (0/1),
// dates in Int32Array as YYYYMMDD (0 = unknown).

export type TypeEntree = "nombre" | "entier" | "booleen" | "date";

export interface DefinitionEntree {
  readonly type: TypeEntree;
  readonly libelle: string;
  readonly unite: "€" | "habitants" | "ha" | "m" | "ratio" | "logements" | "booléen" | "date" | "rang";
  /** Value used when the source leaves the cell empty. NaN = "not given: the engine computes it". */
  readonly defaut: number;
}

/** Inputs of year N, one value per commune. */
export const ENTREES = {
  population_dgf: { type: "entier", libelle: "Population DGF", unite: "habitants", defaut: 0 },
  population_insee: { type: "entier", libelle: "Population INSEE", unite: "habitants", defaut: 0 },
  population_dgf_majoree: { type: "nombre", libelle: "Population DGF majorée", unite: "habitants", defaut: 0 },
  population_enfants: { type: "entier", libelle: "Population de 3 à 16 ans", unite: "habitants", defaut: 0 },
  population_qpv: { type: "entier", libelle: "Population en quartiers prioritaires de la ville", unite: "habitants", defaut: 0 },
  population_zfu: { type: "entier", libelle: "Population en zone franche urbaine", unite: "habitants", defaut: 0 },
  date_creation_commune: { type: "date", libelle: "Date de création de la commune", unite: "date", defaut: 0 },
  /** INSEE population of the year following the creation year (DCN); NaN when unknown. */
  population_insee_initiale: { type: "entier", libelle: "Population INSEE l'année suivant la création", unite: "habitants", defaut: NaN },

  outre_mer: { type: "booleen", libelle: "Commune d'outre-mer", unite: "booléen", defaut: 0 },
  zrr: { type: "booleen", libelle: "Commune située en zone de revitalisation rurale", unite: "booléen", defaut: 0 },
  zone_de_montagne: { type: "booleen", libelle: "Commune située en zone de montagne", unite: "booléen", defaut: 0 },
  insulaire: { type: "booleen", libelle: "Commune insulaire", unite: "booléen", defaut: 0 },
  chef_lieu_de_canton: { type: "booleen", libelle: "Chef-lieu de canton (au 1er janvier 2014)", unite: "booléen", defaut: 0 },
  bureau_centralisateur: { type: "booleen", libelle: "Bureau centralisateur", unite: "booléen", defaut: 0 },
  chef_lieu_arrondissement: { type: "booleen", libelle: "Chef-lieu d'arrondissement (au 31 décembre 2014)", unite: "booléen", defaut: 0 },
  chef_lieu_departement_dans_agglomeration: { type: "booleen", libelle: "Unité urbaine comprenant un chef-lieu de département", unite: "booléen", defaut: 0 },

  superficie: { type: "nombre", libelle: "Superficie", unite: "ha", defaut: 0 },
  longueur_voirie: { type: "entier", libelle: "Longueur de voirie", unite: "m", defaut: 0 },
  population_dgf_agglomeration: { type: "entier", libelle: "Population DGF de l'unité urbaine", unite: "habitants", defaut: 0 },
  population_dgf_departement_agglomeration: { type: "entier", libelle: "Population départementale de référence de l'unité urbaine", unite: "habitants", defaut: 0 },
  population_dgf_maximum_commune_agglomeration: { type: "entier", libelle: "Population DGF de la plus grande commune de l'unité urbaine", unite: "habitants", defaut: 0 },
  population_dgf_chef_lieu_de_canton: { type: "entier", libelle: "Population DGF du chef-lieu de canton", unite: "habitants", defaut: 0 },
  /** A fraction (0.15 = 15 %), not a percentage: the data layer divides the DGCL percentage by 100. */
  part_population_canton: { type: "nombre", libelle: "Part de la population communale dans le canton", unite: "ratio", defaut: 0 },

  potentiel_financier: { type: "nombre", libelle: "Potentiel financier", unite: "€", defaut: 0 },
  potentiel_fiscal: { type: "nombre", libelle: "Potentiel fiscal", unite: "€", defaut: 0 },
  effort_fiscal: { type: "nombre", libelle: "Effort fiscal", unite: "ratio", defaut: 0 },
  revenu_total: { type: "nombre", libelle: "Revenu imposable des habitants", unite: "€", defaut: 0 },
  recettes_reelles_fonctionnement: { type: "nombre", libelle: "Recettes réelles de fonctionnement", unite: "€", defaut: 0 },
  nombre_logements: { type: "entier", libelle: "Nombre de logements (TH)", unite: "logements", defaut: 0 },
  nombre_logements_sociaux: { type: "entier", libelle: "Nombre de logements sociaux", unite: "logements", defaut: 0 },
  nombre_beneficiaires_aides_au_logement: { type: "entier", libelle: "Nombre de bénéficiaires des aides au logement", unite: "logements", defaut: 0 },

  dsr_garantie_commune_nouvelle_fraction_bourg_centre: { type: "nombre", libelle: "Garantie commune nouvelle, DSR bourg-centre", unite: "€", defaut: 0 },
  dsr_garantie_commune_nouvelle_fraction_perequation: { type: "nombre", libelle: "Garantie commune nouvelle, DSR péréquation", unite: "€", defaut: 0 },
  dsr_garantie_commune_nouvelle_fraction_cible: { type: "nombre", libelle: "Garantie commune nouvelle, DSR cible", unite: "€", defaut: 0 },
  dsu_montant_garantie_pluriannuelle: { type: "nombre", libelle: "Garantie pluriannuelle de DSU", unite: "€", defaut: 0 },
  dotation_nationale_perequation: { type: "nombre", libelle: "Dotation nationale de péréquation", unite: "€", defaut: 0 },
  dotation_globale_fonctionnement_reference_communes: { type: "nombre", libelle: "DGF de référence de la commune nouvelle", unite: "€", defaut: 0 },

  // Values the DGCL publishes and the engine would otherwise compute (inputs override formulas, spec §2.2).
  strate_demographique: { type: "entier", libelle: "Strate démographique (publiée)", unite: "rang", defaut: NaN },
  potentiel_financier_par_habitant: { type: "nombre", libelle: "Potentiel financier par habitant (publié)", unite: "€", defaut: NaN },
} as const satisfies Record<string, DefinitionEntree>;

/** Per-commune results of year N-1 that year N reads (spec §3.13), aligned on the communes of year N. */
export const ENTREES_N_MOINS_1 = {
  dotation_forfaitaire: { type: "nombre", libelle: "Dotation forfaitaire notifiée N-1", unite: "€", defaut: 0 },
  population_dgf_majoree: { type: "nombre", libelle: "Population DGF majorée N-1", unite: "habitants", defaut: 0 },
  dsr_montant_eligible_fraction_bourg_centre: { type: "nombre", libelle: "DSR bourg-centre N-1, montant de la commune éligible", unite: "€", defaut: 0 },
  dsr_montant_eligible_fraction_perequation: { type: "nombre", libelle: "DSR péréquation N-1, montant de la commune éligible", unite: "€", defaut: 0 },
  dsr_montant_hors_garanties_fraction_cible: { type: "nombre", libelle: "DSR cible N-1, montant hors garanties", unite: "€", defaut: 0 },
  dsu_montant_eligible: { type: "nombre", libelle: "DSU N-1, montant de la commune éligible", unite: "€", defaut: 0 },
} as const satisfies Record<string, DefinitionEntree>;

export type NomEntree = keyof typeof ENTREES;
export type NomEntreeNMoins1 = keyof typeof ENTREES_N_MOINS_1;

type Colonne<T extends TypeEntree> = T extends "booleen" ? Uint8Array : T extends "date" ? Int32Array : Float64Array;

/** All communes of a simulation, one typed array per input, all of the same length. */
export type Communes = {
  readonly code_insee: readonly string[];
  readonly nom?: readonly string[];
} & { readonly [K in NomEntree]: Colonne<(typeof ENTREES)[K]["type"]> };

/** Year N-1 per-commune results, aligned on `Communes` (same index = same commune). */
export type ResultatsNMoins1 = { readonly [K in NomEntreeNMoins1]: Float64Array };
