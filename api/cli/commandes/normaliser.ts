import { parseArgs } from "node:util";
import { estAnneeDgcl } from "../../../data/dgcl/colonnes.ts";
import { construireMontantsOfgl, construireReferentiel, construireTablesAnnee, cheminTable } from "../../../data/normalisation/construire.ts";
import { anneeOption, sortie, type Commande } from "../commande.ts";

export const commande: Commande = {
  resume: "construit les tables normalisées (Arrow) d'une année dans data/tables/",
  usage: [
    "Usage : dotations donnees normaliser --annee AAAA [--criteres FICHIER] [--precedents FICHIER]",
    "",
    "Lit et valide les critères de l'année et de l'année précédente, calcule les entrées dérivées,",
    "rattache les montants N-1 aux communes de l'année et écrit entrees-AAAA.arrow, n-moins-1-AAAA.arrow,",
    "montants-dgcl-AAAA.arrow, montants-ofgl.arrow et referentiel-communes.arrow.",
  ].join("\n"),
  async executer(args) {
    const { values } = parseArgs({ args, options: { annee: { type: "string" }, criteres: { type: "string" }, precedents: { type: "string" } } });
    const a = anneeOption(values.annee);
    if (typeof a === "string" || a === undefined) return sortie.erreur(a ?? ""), 2;
    if (!estAnneeDgcl(a)) return sortie.erreur(`année ${a} non prise en charge (2019 à 2026)`), 2;
    const e = await construireTablesAnnee(a, { n: values.criteres, nMoins1: values.precedents });
    for (const l of e.problemes.lignes()) sortie.erreur(l);
    sortie.info(`${cheminTable(`entrees-${a}`)} : ${e.communes.code_insee.length} communes${e.resultatsPrecedents ? `, montants ${a - 1} rattachés` : `, sans fichier ${a - 1}`}${e.synthetique ? " (France synthétique)" : ""}.`);
    const o = await construireMontantsOfgl();
    if (o) sortie.info(`${cheminTable("montants-ofgl")} : ${o.communes} communes.`);
    sortie.info(`${cheminTable("referentiel-communes")} : ${await construireReferentiel()} communes.`);
    return 0;
  },
};
