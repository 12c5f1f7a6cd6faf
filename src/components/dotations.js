// The dotations the pages show, by output column of the engine (spec names), and per-strate aggregates (pure).
import {formatNombre} from "./format.js";

export const DOTATIONS = [
  {colonne: "dotation_forfaitaire", sigle: "DF", libelle: "Dotation forfaitaire"},
  {colonne: "dotation_solidarite_rurale", sigle: "DSR", libelle: "Dotation de solidarité rurale"},
  {colonne: "dsu_montant", sigle: "DSU", libelle: "Dotation de solidarité urbaine"},
  {colonne: "dotation_nationale_perequation", sigle: "DNP", libelle: "Dotation nationale de péréquation"},
  {colonne: "dotation_communes_nouvelles", sigle: "DCN", libelle: "Dotation des communes nouvelles"}
];

export const FRACTIONS_DSR = [
  {colonne: "dsr_fraction_bourg_centre", libelle: "bourg-centre"},
  {colonne: "dsr_fraction_perequation", libelle: "péréquation"},
  {colonne: "dsr_fraction_cible", libelle: "cible"}
];

/** Sum of a column and number of communes with a positive amount. */
export function totalColonne(valeurs) {
  let somme = 0, beneficiaires = 0;
  for (let i = 0; i < valeurs.length; i++) {
    somme += valeurs[i];
    if (valeurs[i] > 0) beneficiaires++;
  }
  return {somme, beneficiaires};
}

/**
 * Per strate: communes, population, total of the given amount columns, amount per inhabitant and the population range
 * seen in the data (label "Strate 3 (500 à 999 hab.)").
 */
export function parStrate(strates, population, colonnes) {
  const groupes = new Map();
  for (let i = 0; i < strates.length; i++) {
    let g = groupes.get(strates[i]);
    if (!g) groupes.set(strates[i], (g = {strate: strates[i], communes: 0, population: 0, montant: 0, popMin: Infinity, popMax: -Infinity}));
    g.communes++;
    g.population += population[i];
    g.popMin = Math.min(g.popMin, population[i]);
    g.popMax = Math.max(g.popMax, population[i]);
    for (const c of colonnes) g.montant += c[i];
  }
  return [...groupes.values()]
    .sort((a, b) => a.strate - b.strate)
    .map((g) => ({...g, parHabitant: g.population > 0 ? g.montant / g.population : 0, libelle: `${g.strate} (${formatNombre(g.popMin)} à ${formatNombre(g.popMax)} hab.)`}));
}
