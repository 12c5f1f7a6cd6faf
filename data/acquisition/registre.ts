// Registry of the official sources: for each year, where the DGCL "critères de répartition" commune file is
// published, its expected format, its local file name in the cache and its SHA-256 once known.
// The DGCL publishes the files on its dotations site and on data.gouv.fr; the direct link of each file changes
// with every publication, so the downloader asks data.gouv.fr's API (v1, `datasets/{slug}/`) for the resource
// of the year and falls back to the manual instructions below.

import { ANNEES_DGCL, type AnneeDgcl } from "../dgcl/colonnes.ts";

export const PAGE_DGCL = "http://www.dotations-dgcl.interieur.gouv.fr/consultation/criteres_repartition.php";
export const JEU_DATA_GOUV = "criteres-de-repartition-des-dotations-versees-par-letat-aux-collectivites-territoriales";
export const API_DATA_GOUV = "https://www.data.gouv.fr/api/1";
export const PAGE_DATA_GOUV = `https://www.data.gouv.fr/fr/datasets/${JEU_DATA_GOUV}/`;

export interface SourceCriteres {
  readonly annee: AnneeDgcl;
  /** Format of the file as downloaded (the DGCL "csv" export is an XLSX workbook). */
  readonly format: "csv" | "xlsx";
  /** Name of the file in data/sources/ (or in DOTATIONS_DONNEES). */
  readonly fichier: string;
  /** Direct URL when known and stable; otherwise found through data.gouv.fr's API. */
  readonly url?: string;
  /** SHA-256 of the official file, once a copy has been checked. */
  readonly sha256?: string;
}

/**
 * No official file could be retrieved for this project (see ../shared/dgcl/SOURCES.md), so no checksum is known yet:
 * the downloader reports the checksum of what it fetched, to be recorded here.
 */
export const SOURCES_CRITERES: Readonly<Record<AnneeDgcl, SourceCriteres>> = Object.fromEntries(
  ANNEES_DGCL.map((annee) => [
    annee,
    { annee, format: annee <= 2021 ? "csv" : "xlsx", fichier: `criteres-repartition-communes-${annee}.${annee <= 2021 ? "csv" : "xlsx"}` },
  ]),
) as Record<AnneeDgcl, SourceCriteres>;

/** Accepted local names of the criteria file of `annee` (the cache name first). */
export function nomsLocaux(annee: AnneeDgcl): string[] {
  return [
    SOURCES_CRITERES[annee].fichier,
    `criteres-repartition-communes-${annee}.csv`,
    `criteres-repartition-communes-${annee}.xlsx`,
    `${annee}-communes-criteres-repartition.csv`,
    `dgcl/criteres-repartition-communes-${annee}.csv`,
  ];
}

/** French instructions when the criteria file of `annee` cannot be fetched automatically. */
/** Where and how to fetch the criteria file of `annee` by hand, after `constat` (what went wrong, one sentence). */
export function consigneManuelle(annee: AnneeDgcl, dossier: string, constat: string): string {
  return [
    constat,
    `Téléchargez-le à la main :`,
    `  - sur le site de la DGCL : ${PAGE_DGCL} (« Critères de répartition », année ${annee}, communes) ;`,
    `  - ou sur data.gouv.fr : ${PAGE_DATA_GOUV}`,
    `puis enregistrez-le sous le nom « ${SOURCES_CRITERES[annee].fichier} » dans ${dossier}`,
    `(ou dans le dossier désigné par la variable d'environnement DOTATIONS_DONNEES).`,
  ].join("\n");
}

// --- INSEE: history of the communes (Code officiel géographique, « Évènements sur les communes ») ---
// Each yearly COG publishes v_mvt_commune_AAAA.csv, every event on the communes since 1943 up to 1 January AAAA.
// The file of any millésime ≥ N therefore gives the communes nouvelles of year N. Only the URLs found in
// documentation are recorded; the other millésimes go through the manual instructions.

export const PAGE_COG_INSEE = "https://www.insee.fr/fr/information/2560452";

export interface SourceHistoriqueInsee {
  readonly millesime: number;
  readonly url: string;
}

export const SOURCES_HISTORIQUE_INSEE: readonly SourceHistoriqueInsee[] = [
  { millesime: 2024, url: "https://www.insee.fr/fr/statistiques/fichier/7766585/v_mvt_commune_2024.csv" },
  { millesime: 2025, url: "https://www.insee.fr/fr/statistiques/fichier/8377162/v_mvt_commune_2025.csv" },
  { millesime: 2026, url: "https://www.insee.fr/fr/statistiques/fichier/8740222/v_mvt_commune_2026.csv" },
];

export function fichierHistoriqueInsee(millesime: number): string {
  return `v_mvt_commune_${millesime}.csv`;
}

/** The file to download for year `annee`: the COG of that year, else the oldest known later one (it holds all events). */
export function sourceHistoriqueInsee(annee: number): SourceHistoriqueInsee | undefined {
  return SOURCES_HISTORIQUE_INSEE.find((s) => s.millesime >= annee);
}

/**
 * Accepted local names of an INSEE history usable for `annee` (any millésime ≥ annee, the newest first, flat or in an
 * `insee/` folder). Millésimes are searched up to next year: a COG is published once a year, in the spring.
 */
export function nomsLocauxHistoriqueInsee(annee: number, aujourdhui = new Date()): string[] {
  const noms: string[] = [];
  for (let m = Math.max(annee, aujourdhui.getFullYear() + 1); m >= annee; m--) noms.push(fichierHistoriqueInsee(m), `insee/${fichierHistoriqueInsee(m)}`);
  return noms;
}

/** French instructions when the INSEE history for `annee` cannot be fetched automatically. */
export function consigneManuelleHistoriqueInsee(annee: number, dossier: string, raison: string): string {
  const millesime = sourceHistoriqueInsee(annee)?.millesime ?? annee;
  return [
    `Impossible de télécharger l'historique des communes de l'INSEE pour ${annee} (${raison}).`,
    `Téléchargez-le à la main : sur ${PAGE_COG_INSEE} (« Code officiel géographique »), choisissez le COG au`,
    `1er janvier ${millesime} (ou un plus récent), rubrique « Téléchargement des fichiers », fichier « Évènements sur les`,
    `communes » au format csv, puis enregistrez-le sous le nom « ${fichierHistoriqueInsee(millesime)} » (AAAA = millésime du COG,`,
    `${annee} ou après) dans ${dossier} (ou dans le dossier désigné par la variable d'environnement DOTATIONS_DONNEES).`,
  ].join("\n");
}
