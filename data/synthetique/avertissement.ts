// What every output built on the synthetic France says (pages, API, CLI, files). Kept free of imports so that
// the CLI's fast path can use it without loading the generator.
export const VERSION_GENERATEUR = "1.0.0";
export const AVERTISSEMENT_SYNTHETIQUE = "Données synthétiques — ne pas utiliser pour une décision";
/** The meta file (warning, seed, version) written beside the synthetic criteria files. */
export const FICHIER_META_SYNTHETIQUE = "synthetique.json";
