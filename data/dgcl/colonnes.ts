// Single source of truth: the headers of the DGCL "critères de répartition" commune file of each year
// (2019–2026) and what they mean for the engine (engine/entrees.ts) and for comparison (notified amounts).
//
// Sources of the header names: spec §5 (2024 = 2025 names, 2020–2021 names) and the public mapping tables of
// the LexImpact / ANCT back-ends for 2020, 2021, 2022 and 2024 (names only). 2019 follows the 2019 file of the
// LexImpact server (same families as 2020). 2023 is taken equal to 2022 except the canton percentage, which is a
// percentage from 2023 on (spec §5.1), and the "unité urbaine" wording, accepted as an alias. 2026 is assumed equal
// to 2025 (no 2026 header list was found; see docs/donnees.md). Headers are matched after normalisation
// (NFC, trimmed, spaces collapsed, case-insensitive, typographic apostrophes): the first header of each list is
// the one written by our tools (synthetic France), the others are accepted variants seen in published files.

import type { NomEntree } from "../../engine/entrees.ts";

export const ANNEES_DGCL = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026] as const;
export type AnneeDgcl = (typeof ANNEES_DGCL)[number];

/** How a cell is read. `code` = text identifier kept as written (INSEE code, département, chef-lieu code). */
export type TypeColonneDgcl = "texte" | "code" | "nombre" | "entier" | "booleen";

/**
 * - `identifiant`: identifies the commune (code INSEE, name, département).
 * - `entree`: read into the engine input of the same name (engine/entrees.ts).
 * - `source`: raw material of a derived input (spec §5.1), not an engine input itself.
 * - `resultat`: an amount or intermediate published by the DGCL (N-1 inputs, comparison).
 */
export type RoleColonneDgcl = "identifiant" | "entree" | "source" | "resultat";

/** Logical names of the non-input columns. Result columns use the spec's variable names. */
export type CleIdentifiant = "code_insee" | "nom" | "code_departement";
export type CleSource = "code_commune_chef_lieu_canton";
export type CleResultat =
  | "dotation_forfaitaire"
  | "df_evolution_part_dynamique"
  | "df_montant_ecretement"
  | "dsr_montant_eligible_fraction_bourg_centre"
  | "dsr_fraction_bourg_centre"
  | "dsr_fraction_perequation_part_potentiel_financier_par_habitant"
  | "dsr_fraction_perequation_part_longueur_voirie"
  | "dsr_fraction_perequation_part_enfants"
  | "dsr_fraction_perequation_part_potentiel_financier_par_hectare"
  | "dsr_fraction_perequation"
  | "indice_synthetique_dsr_cible"
  | "rang_indice_synthetique_dsr_cible"
  | "dsr_fraction_cible_part_potentiel_financier_par_habitant"
  | "dsr_fraction_cible_part_longueur_voirie"
  | "dsr_fraction_cible_part_enfants"
  | "dsr_fraction_cible_part_potentiel_financier_par_hectare"
  | "dsr_fraction_cible"
  | "dotation_solidarite_rurale"
  | "indice_synthetique_dsu"
  | "rang_indice_synthetique_dsu_seuil_haut"
  | "rang_indice_synthetique_dsu_seuil_bas"
  | "dsu_montant_garantie_non_eligible"
  | "dsu_part_spontanee"
  | "dsu_part_augmentation"
  | "dsu_montant"
  | "dotation_communes_nouvelles";

/** Engine inputs that come straight from a DGCL column (the others are derived, spec §5.1, or not published). */
export type EntreeLue = Extract<
  NomEntree,
  | "population_dgf"
  | "population_insee"
  | "strate_demographique"
  | "superficie"
  | "potentiel_financier"
  | "potentiel_financier_par_habitant"
  | "potentiel_fiscal"
  | "effort_fiscal"
  | "population_dgf_majoree"
  | "recettes_reelles_fonctionnement"
  | "part_population_canton"
  | "population_dgf_agglomeration"
  | "population_dgf_departement_agglomeration"
  | "chef_lieu_departement_dans_agglomeration"
  | "bureau_centralisateur"
  | "chef_lieu_arrondissement"
  | "zrr"
  | "zone_de_montagne"
  | "insulaire"
  | "population_enfants"
  | "longueur_voirie"
  | "revenu_total"
  | "nombre_logements"
  | "nombre_logements_sociaux"
  | "nombre_beneficiaires_aides_au_logement"
  | "population_qpv"
  | "population_zfu"
  | "dotation_nationale_perequation"
  | "dotation_globale_fonctionnement_reference_communes"
>;

export type CleColonneDgcl = CleIdentifiant | CleSource | CleResultat | EntreeLue;

export interface ColonneDgcl {
  readonly cle: CleColonneDgcl;
  readonly role: RoleColonneDgcl;
  readonly type: TypeColonneDgcl;
  /** Headers of that year: the first is canonical, the others are accepted variants. */
  readonly entetes: readonly string[];
  /** A file of that year without this column is refused. Result columns are optional (needed only as N-1). */
  readonly requise: boolean;
  /** Values must be ≥ 0 (populations, lengths, amounts, ratios). */
  readonly positif: boolean;
}

type Epoque = "2019" | "2020-2021" | "2022-2023" | "2024-2026";

function epoque(annee: AnneeDgcl): Epoque {
  if (annee === 2019) return "2019";
  if (annee <= 2021) return "2020-2021";
  if (annee <= 2023) return "2022-2023";
  return "2024-2026";
}

const IG = "Informations générales - ";
const PFF = "Potentiel fiscal et financier des communes - ";
const EF = "Effort fiscal - ";
const DF = "Dotation forfaitaire - ";
const DNP = "Dotation nationale de péréquation - ";
const DCN = "Dotation en faveur des communes nouvelles - ";
const DSR = "Dotation de solidarité rurale - ";

const ANCIEN = { bc: "Dotation de solidarité rurale Bourg-centre - ", pq: DSR + "Péréquation - ", ci: DSR + "Cible - ", dsu: "Dotation de solidarité urbaine - " };
const RECENT = { bc: DSR + "Fraction bourg-centre - ", pq: DSR + "Fraction péréquation - ", ci: DSR + "Fraction cible - ", dsu: "Dotation de solidarité urbaine et de cohésion sociale - " };

/** One row of the table: key, role, type, then per-epoch headers (string = one header; array = canonical + variants; null = absent). */
type Ligne = readonly [CleColonneDgcl, RoleColonneDgcl, TypeColonneDgcl, (e: Epoque) => string | readonly string[] | null];

const ancien = (e: Epoque) => e === "2019" || e === "2020-2021";
const P = (e: Epoque) => (ancien(e) ? ANCIEN : RECENT);
/** Suffix of the DSR part columns "before the commune-nouvelle guarantee" (2019–2023). */
const avantGarantie = (e: Epoque) => (e === "2024-2026" ? "" : " (avant garantie CN)");

// Order = order of the columns in the official file (families: IG, PFF, EF, DF, DSR BC, DSR PQ, DSR cible, DSR, DSU, DNP, DCN).
const LIGNES: readonly Ligne[] = [
  ["code_insee", "identifiant", "code", () => IG + "Code INSEE de la commune"],
  ["nom", "identifiant", "texte", () => IG + "Nom de la commune"],
  ["code_departement", "identifiant", "code", () => IG + "Code département de la commune"],
  ["population_dgf", "entree", "entier", (e) =>
    ancien(e)
      ? [IG + "Population DGF Année N'", IG + "Population DGF de l'année N'", IG + "Population DGF de l'année N"]
      : [IG + "Population DGF de l'année N", IG + "Population DGF Année N'"]],
  ["population_insee", "entree", "entier", (e) =>
    ancien(e)
      ? [IG + "Population INSEE Année N", IG + "Population INSEE de l'année N"]
      : [IG + "Population INSEE de l'année N", IG + "Population INSEE Année N"]],
  ["strate_demographique", "entree", "entier", (e) =>
    ancien(e)
      ? [IG + "Strate démographique Année N", IG + "Strate démographique de l'année N"]
      : [IG + "Strate démographique de l'année N", IG + "Strate démographique Année N"]],
  ["superficie", "entree", "nombre", (e) =>
    ancien(e)
      ? [IG + "Superficie 2019", IG + "Superficie année N", IG + "Superficie de l'année N"]
      : [IG + "Superficie de l'année N", IG + "Superficie année N"]],
  ["potentiel_financier", "entree", "nombre", (e) => (ancien(e) ? PFF + "Potentiel financier" : PFF + "Potentiel financier final")],
  ["potentiel_financier_par_habitant", "entree", "nombre", (e) =>
    ancien(e) ? PFF + "Potentiel financier par habitant" : PFF + "Potentiel financier par habitant final"],
  ["potentiel_fiscal", "entree", "nombre", (e) => (ancien(e) ? PFF + "Potentiel fiscal 4 taxes" : PFF + "Potentiel fiscal 4 taxes final")],
  ["effort_fiscal", "entree", "nombre", (e) => (ancien(e) ? EF + "Effort fiscal" : EF + "Effort fiscal final")],
  ["population_dgf_majoree", "entree", "nombre", (e) =>
    ancien(e)
      ? [DF + "Population DGF majorée", DF + "Population DGF majorée de l'année N"]
      : [DF + "Population DGF majorée de l'année N", DF + "Population DGF majorée"]],
  ["recettes_reelles_fonctionnement", "entree", "nombre", (e) =>
    ancien(e)
      ? [DF + "Recettes réelles de fonctionnement des communes N-2 pour Année N", DF + "Recettes réelles de fonctionnement des communes N-2 pour l'année N"]
      : [DF + "Recettes réelles de fonctionnement des communes N-2 pour N", DF + "Recettes réelles de fonctionnement des communes N-2 pour l'année N"]],
  ["dotation_forfaitaire", "resultat", "nombre", () => DF + "Dotation forfaitaire notifiée N"],
  ["df_evolution_part_dynamique", "resultat", "nombre", () => DF + "Part dynamique de la population des communes"],
  ["df_montant_ecretement", "resultat", "nombre", () => DF + "Montant de l'écrêtement"],

  ["part_population_canton", "entree", "nombre", (e) =>
    ancien(e)
      ? [P(e).bc + "Pourcentage de la population communale dans le canton", P(e).bc + "Pourcentage de la population communale dans le canton d'appartenance en 2014"]
      : [P(e).bc + "Pourcentage de la population communale dans le canton d'appartenance en 2014"]],
  ["population_dgf_agglomeration", "entree", "entier", (e) =>
    e === "2024-2026"
      ? [P(e).bc + "Population DGF des communes de l'unité urbaine", P(e).bc + "Population DGF des communes de l'agglomération"]
      : [P(e).bc + "Population DGF des communes de l'agglomération", P(e).bc + "Population DGF des communes de l'unité urbaine"]],
  ["population_dgf_departement_agglomeration", "entree", "entier", (e) =>
    e === "2024-2026"
      ? [P(e).bc + "Population départementale de référence de l'unité urbaine", P(e).bc + "Population départementale de référence de l'agglomération"]
      : [P(e).bc + "Population départementale de référence de l'agglomération", P(e).bc + "Population départementale de référence de l'unité urbaine"]],
  ["chef_lieu_departement_dans_agglomeration", "entree", "booleen", (e) =>
    e === "2024-2026"
      ? [P(e).bc + "La commune appartient à une UU avec un CL de département ?", P(e).bc + "Chef-lieu de département agglo"]
      : [P(e).bc + "Chef-lieu de département agglo", P(e).bc + "Appartenance à une agglomération avec le chef-lieu de département", P(e).bc + "La commune appartient à une UU avec un CL de département ?"]],
  ["bureau_centralisateur", "entree", "booleen", (e) => P(e).bc + "Bureaux centralisateurs"],
  ["chef_lieu_arrondissement", "entree", "booleen", (e) => P(e).bc + "Chef-lieu d'arrondissement au 31 décembre 2014"],
  ["code_commune_chef_lieu_canton", "source", "code", (e) => P(e).bc + "Code commune chef-lieu de canton au 1er janvier 2014"],
  ["zrr", "entree", "booleen", (e) => (ancien(e) ? DSR + "Bourg-centre - Commune située en ZRR" : P(e).bc + "Commune située en ZRR")],
  ["dsr_montant_eligible_fraction_bourg_centre", "resultat", "nombre", (e) => P(e).bc + "Montant de la commune éligible"],
  ["dsr_fraction_bourg_centre", "resultat", "nombre", (e) => P(e).bc + "Montant global réparti"],

  ["zone_de_montagne", "entree", "booleen", (e) => P(e).pq + "Commune située en zone de montagne"],
  ["insulaire", "entree", "booleen", (e) => P(e).pq + "Commune insulaire"],
  ["population_enfants", "entree", "entier", (e) => P(e).pq + "Population 3 à 16 ans"],
  ["longueur_voirie", "entree", "entier", (e) => P(e).pq + "Longueur de voirie en mètres"],
  ["dsr_fraction_perequation_part_potentiel_financier_par_habitant", "resultat", "nombre", (e) => P(e).pq + "Part Pfi" + avantGarantie(e)],
  ["dsr_fraction_perequation_part_longueur_voirie", "resultat", "nombre", (e) => P(e).pq + "Part VOIRIE" + avantGarantie(e)],
  ["dsr_fraction_perequation_part_enfants", "resultat", "nombre", (e) => P(e).pq + "Part ENFANTS" + avantGarantie(e)],
  ["dsr_fraction_perequation_part_potentiel_financier_par_hectare", "resultat", "nombre", (e) => P(e).pq + "Part Pfi/hectare" + avantGarantie(e)],
  ["dsr_fraction_perequation", "resultat", "nombre", (e) =>
    e === "2024-2026"
      ? [P(e).pq + "Montant global réparti", P(e).pq + "Montant global réparti (après garantie CN)"]
      : [P(e).pq + "Montant global réparti (après garantie CN)", P(e).pq + "Montant global réparti"]],

  ["indice_synthetique_dsr_cible", "resultat", "nombre", (e) =>
    ancien(e)
      ? [P(e).ci + "Indice synthétique", P(e).ci + "IS DSR Cible", P(e).ci + "Indice synthétique DSR Cible"]
      : [P(e).ci + "Indice synthétique DSR Cible", P(e).ci + "Indice synthétique"]],
  ["rang_indice_synthetique_dsr_cible", "resultat", "entier", (e) => P(e).ci + "Rang DSR Cible"],
  ["dsr_fraction_cible_part_potentiel_financier_par_habitant", "resultat", "nombre", (e) => P(e).ci + "Part Pfi" + avantGarantie(e)],
  ["dsr_fraction_cible_part_longueur_voirie", "resultat", "nombre", (e) => P(e).ci + "Part VOIRIE" + avantGarantie(e)],
  ["dsr_fraction_cible_part_enfants", "resultat", "nombre", (e) => P(e).ci + "Part ENFANTS" + avantGarantie(e)],
  ["dsr_fraction_cible_part_potentiel_financier_par_hectare", "resultat", "nombre", (e) => P(e).ci + "Part Pfi/hectare (Pfis)" + avantGarantie(e)],
  ["dsr_fraction_cible", "resultat", "nombre", (e) => P(e).ci + "Montant global réparti"],
  ["dotation_solidarite_rurale", "resultat", "nombre", () => DSR + "Montant total réparti"],

  ["revenu_total", "entree", "nombre", (e) => P(e).dsu + "Revenu imposable des habitants de la commune"],
  ["nombre_logements", "entree", "entier", (e) => P(e).dsu + "Nombre de logements TH de la commune"],
  ["nombre_logements_sociaux", "entree", "entier", (e) => P(e).dsu + "Nombre de logements sociaux de la commune"],
  ["nombre_beneficiaires_aides_au_logement", "entree", "entier", (e) => P(e).dsu + "Nombre de bénéficiaires des aides au logement de la commune"],
  ["population_qpv", "entree", "entier", (e) => P(e).dsu + "Population QPV"],
  ["population_zfu", "entree", "entier", (e) => P(e).dsu + "Population ZFU"],
  ["indice_synthetique_dsu", "resultat", "nombre", (e) => P(e).dsu + "Valeur de l'indice synthétique de classement de la commune à la DSU"],
  ["rang_indice_synthetique_dsu_seuil_haut", "resultat", "entier", (e) => P(e).dsu + "Rang de classement à la DSU des communes mét de plus de 10000 habitants"],
  ["rang_indice_synthetique_dsu_seuil_bas", "resultat", "entier", (e) => P(e).dsu + "Rang de classement à la DSU des communes mét de 5000 à 9999 habitants"],
  ["dsu_montant_garantie_non_eligible", "resultat", "nombre", (e) => P(e).dsu + "Montant de la garantie effectivement appliquée à la commune"],
  ["dsu_part_spontanee", "resultat", "nombre", (e) => P(e).dsu + "Montant attribution spontanée DSU"],
  ["dsu_part_augmentation", "resultat", "nombre", (e) => P(e).dsu + "Montant progression de la DSU"],
  ["dsu_montant", "resultat", "nombre", (e) => P(e).dsu + "Montant total réparti"],

  ["dotation_nationale_perequation", "entree", "nombre", () => DNP + "DNP totale"],
  ["dotation_globale_fonctionnement_reference_communes", "entree", "nombre", (e) =>
    e === "2024-2026" ? DCN + "DGF de référence de la commune nouvelle" : null],
  ["dotation_communes_nouvelles", "resultat", "nombre", (e) => (e === "2024-2026" ? DCN + "Montant total réparti" : null)],
];

/** Columns whose values may be negative (none of the inputs; the écrêtement is published as a positive amount). */
const PEUT_ETRE_NEGATIF = new Set<CleColonneDgcl>(["df_evolution_part_dynamique"]);

const CACHE = new Map<AnneeDgcl, readonly ColonneDgcl[]>();

/** The mapped columns of the official file of `annee`, in the order of the file. */
export function colonnesDgcl(annee: AnneeDgcl): readonly ColonneDgcl[] {
  let colonnes = CACHE.get(annee);
  if (!colonnes) {
    const e = epoque(annee);
    colonnes = LIGNES.flatMap(([cle, role, type, f]) => {
      const h = f(e);
      if (h === null) return [];
      const entetes = typeof h === "string" ? [h] : h;
      return [{ cle, role, type, entetes, requise: role !== "resultat", positif: type !== "texte" && type !== "code" && !PEUT_ETRE_NEGATIF.has(cle) }];
    });
    CACHE.set(annee, colonnes);
  }
  return colonnes;
}

/** Canonical header of `cle` in the file of `annee`, or undefined when that year has no such column. */
export function enteteDgcl(annee: AnneeDgcl, cle: CleColonneDgcl): string | undefined {
  return colonnesDgcl(annee).find((c) => c.cle === cle)?.entetes[0];
}

/** Ordered canonical headers of the official file of `annee` (the mapped columns; the real file has more). */
export function entetesOfficiels(annee: AnneeDgcl): string[] {
  return colonnesDgcl(annee).map((c) => c.entetes[0]);
}

/** Engine inputs read directly from the file of `annee`, with their column. */
export function colonnesEntrees(annee: AnneeDgcl): readonly (ColonneDgcl & { cle: EntreeLue })[] {
  return colonnesDgcl(annee).filter((c): c is ColonneDgcl & { cle: EntreeLue } => c.role === "entree");
}

/** Result (notified amount / intermediate) columns of `annee`. */
export function colonnesResultats(annee: AnneeDgcl): readonly (ColonneDgcl & { cle: CleResultat })[] {
  return colonnesDgcl(annee).filter((c): c is ColonneDgcl & { cle: CleResultat } => c.role === "resultat");
}

/** From 2023 on the DGCL publishes the canton share as a percentage (15 = 15 %); before, as a fraction. */
export function partCantonEnPourcentage(annee: AnneeDgcl): boolean {
  return annee >= 2023;
}

/** Normalised form of a header for matching: NFC, typographic apostrophes, collapsed spaces, lower case. */
export function normaliserEntete(entete: string): string {
  return entete
    .normalize("NFC")
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

export function estAnneeDgcl(annee: number): annee is AnneeDgcl {
  return (ANNEES_DGCL as readonly number[]).includes(annee);
}

/**
 * How the file of `annee` writes booleans (spec §5.1): "OUI"/"NON" before 2024, 1/0 from 2024
 * (a commune code also means true; "non disponible"/"non communiqué" mean false when reading).
 */
export function booleensDgcl(annee: AnneeDgcl): { readonly vrai: string; readonly faux: string } {
  return annee < 2024 ? { vrai: "OUI", faux: "NON" } : { vrai: "1", faux: "0" };
}
