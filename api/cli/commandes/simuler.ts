import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { ENTREES, type Communes, type ResultatsNMoins1 } from "../../../engine/entrees.ts";
import type { Reforme } from "../../../engine/parametres.ts";
import type { Simulation } from "../../../engine/simulation/simuler.ts";
import { estAnneeDgcl, type AnneeDgcl } from "../../../data/dgcl/colonnes.ts";
import { ErreurDonnees, Problemes } from "../../../data/lecture/probleme.ts";
import { nomsLocaux } from "../../../data/acquisition/registre.ts";
// Static: the tables are the usual input, their reading starts without waiting for one more module.
import { chargerEntrees } from "../../../data/normalisation/charger.ts";
import type { TexteBrut } from "../../../data/normalisation/arrow.ts";
import { anneeOption, sortie, type Commande } from "../commande.ts";
import { formaterNombre } from "../francais.ts";
import { ecrireSortie, formatSortie } from "../sortie.ts";
import { AVERTISSEMENT_SYNTHETIQUE } from "../../../data/synthetique/avertissement.ts";

/** The engine's `simuler` (given by tests as a stand-in): inputs of N and N-1, an optional reform. */
export type FonctionSimuler = (e: { annee: number; communes: Communes; resultatsPrecedents?: ResultatsNMoins1; reforme?: Reforme; variables?: "toutes" }) => Pick<Simulation, "communes" | "national">;

export interface OptionsSimulation {
  readonly annee: AnneeDgcl;
  readonly sortie: string;
  readonly criteres?: string;
  readonly entrees?: string;
  readonly reforme?: string;
  /** Every variable the engine computes (scores, bands, guarantees…), not only the published ones. */
  readonly toutes?: boolean;
}

/**
 * DOTATIONS_CHRONO=1: milliseconds since process start of each step and the minor page faults so far, on stderr
 * (profiling of the CLI: on the project's virtual machines, first writes to fresh memory weigh as much as computing).
 */
const chrono = process.env.DOTATIONS_CHRONO ? (etape: string) => sortie.erreur(`chrono ${etape} : ${performance.now().toFixed(0)} ms, ${process.resourceUsage().minorPageFault} défauts de page`) : () => {};

/** The first local file of `annee` in `dossier`. */
function dansDossier(dossier: string, annee: number): string | undefined {
  if (!estAnneeDgcl(annee)) return undefined;
  return nomsLocaux(annee).map((n) => join(dossier, n)).find(existsSync);
}

async function chargerEntreesSimulation(o: OptionsSimulation): Promise<{ communes: Communes; resultatsPrecedents?: ResultatsNMoins1; synthetique: boolean; nomsBruts?: TexteBrut }> {
  if (o.entrees) {
    const { lireFichierEchange } = await import("../../../data/entrees/echange.ts");
    const problemes = new Problemes();
    const e = await lireFichierEchange(o.entrees, o.annee, problemes);
    if (!e) throw new ErreurDonnees(`Le fichier d'entrées ${o.entrees} n'est pas valide :`, problemes.lignes());
    return { ...e, synthetique: false };
  }
  if (o.criteres) {
    const { normaliserAnnee } = await import("../../../data/normalisation/construire.ts");
    const dossier = statSync(o.criteres).isDirectory();
    const n = dossier ? dansDossier(o.criteres, o.annee) : o.criteres;
    if (!n) throw new ErreurDonnees(`Aucun fichier de critères ${o.annee} dans ${o.criteres} (noms attendus : ${nomsLocaux(o.annee).join(", ")}).`);
    const nMoins1 = dansDossier(dossier ? o.criteres : dirname(o.criteres), o.annee - 1);
    const e = await normaliserAnnee(o.annee, { n, nMoins1 });
    for (const l of e.problemes.lignes()) sortie.erreur(l);
    return e;
  }
  const e = await chargerEntrees(o.annee, { nomsEnOctets: true }); // names only copied to the output
  if (e.construction) {
    sortie.info(`Tables normalisées ${o.annee} construites (${e.construction.raison}).`);
    for (const l of e.construction.avertissements) sortie.erreur(l);
  }
  return e;
}

async function lireReforme(chemin: string): Promise<Reforme> {
  const attendu = `Fichier de réforme ${chemin} illisible : un objet JSON { "chemin.du.parametre": valeur } est attendu`;
  let reforme: unknown;
  try {
    reforme = JSON.parse(await readFile(chemin, "utf8"));
  } catch (e) {
    throw new ErreurDonnees(`${attendu} (${(e as Error).message}).`);
  }
  if (typeof reforme !== "object" || reforme === null || Array.isArray(reforme)) throw new ErreurDonnees(`${attendu}.`);
  return reforme as Reforme;
}

/** Reads the inputs, runs `simuler` (given, or loaded while the inputs are read), writes the output, prints the summary. */
export async function executerSimulation(o: OptionsSimulation, moteur: FonctionSimuler | Promise<FonctionSimuler>): Promise<void> {
  formatSortie(o.sortie); // a wrong extension fails before the work
  chrono("début");
  const [{ communes, resultatsPrecedents, synthetique, nomsBruts }, simuler] = await Promise.all([chargerEntreesSimulation(o), moteur]);
  chrono("entrées et moteur chargés");
  const reforme = o.reforme ? await lireReforme(o.reforme) : undefined;
  // The published variables (what the DGCL publishes per commune, eligibilities, DGF); --toutes: the intermediates too.
  const resultat = simuler({ annee: o.annee, communes, resultatsPrecedents, reforme, variables: o.toutes ? "toutes" : undefined });
  chrono("simulation");
  const n = communes.code_insee.length;
  // The output holds what the engine computed; the inputs it echoes back are the user's own data.
  const colonnes = new Map(Object.entries(resultat.communes).filter(([nom]) => !(nom in ENTREES)));
  const nationaux = Object.entries(resultat.national);
  await ecrireSortie(o.sortie, { code_insee: communes.code_insee, nom: communes.nom ?? nomsBruts, colonnes });
  chrono("sortie écrite");
  if (synthetique) sortie.info(`${AVERTISSEMENT_SYNTHETIQUE} : France synthétique, pas les données officielles.`);
  sortie.info(`Simulation ${o.annee} : ${n} communes, ${colonnes.size} colonnes → ${o.sortie}`);
  if (!resultatsPrecedents) sortie.info(`Sans montants ${o.annee - 1} par commune : les valeurs N-1 prennent leur défaut.`);
  // National values and sums in one write (≈ 120 lines).
  const lignes = nationaux.map(([k, v]) => `  ${k.padEnd(48)} ${formaterNombre(v)}`);
  for (const k of ["dotation_forfaitaire", "dotation_solidarite_rurale", "dsu_montant", "dotation_nationale_perequation", "dotation_communes_nouvelles", "dotation_globale_fonctionnement_communes"]) {
    const c = colonnes.get(k);
    if (!c || k in resultat.national) continue;
    let s = 0;
    for (let i = 0; i < n; i++) s += Number(c[i]) || 0;
    lignes.push(`  Σ ${k.padEnd(46)} ${formaterNombre(s)} €`);
  }
  if (lignes.length) sortie.info(lignes.join("\n"));
  chrono("résumé imprimé");
}

export const commande: Commande = {
  resume: "calcule les dotations de toutes les communes et écrit un fichier de résultats",
  usage: [
    "Usage : dotations simuler --annee AAAA --sortie resultats.csv|.parquet|.json",
    "                         [--criteres FICHIER|DOSSIER | --entrees ENTREES.csv] [--reforme reforme.json] [--toutes]",
    "",
    "  --criteres   fichier DGCL de l'année (le fichier N-1 est cherché dans le même dossier) ou dossier",
    "               contenant les deux ; sans cette option, les tables normalisées ou les sources configurées",
    "  --entrees    format d'échange des outils du modèle Python : une ligne par commune, colonnes nommées",
    "               d'après les variables d'entrée (code_insee, population_dgf, …, variable@N-1)",
    "  --reforme    fichier JSON de paramètres modifiés",
    "  --sortie     une ligne par commune, code INSEE en premier, variables de la spécification en colonnes :",
    "               montants, éligibilités, indices et rangs (ce que la DGCL publie), DGF",
    "  --toutes     toutes les variables calculées, intermédiaires compris (scores, bandes, garanties…)",
  ].join("\n"),
  async executer(args) {
    const { values } = parseArgs({ args, options: { annee: { type: "string" }, criteres: { type: "string" }, entrees: { type: "string" }, reforme: { type: "string" }, sortie: { type: "string" }, toutes: { type: "boolean" } } });
    const a = anneeOption(values.annee);
    if (typeof a === "string" || a === undefined) return sortie.erreur(a ?? ""), 2;
    if (!estAnneeDgcl(a)) return sortie.erreur(`année ${a} non prise en charge (2019 à 2026)`), 2;
    if (!values.sortie) return sortie.erreur("option --sortie FICHIER obligatoire\n\n" + this.usage), 2;
    if (values.criteres && values.entrees) return sortie.erreur("--criteres et --entrees sont exclusives"), 2;
    const moteur = import("@dotations/engine").then((m): FonctionSimuler => m.simuler);
    await executerSimulation({ annee: a, sortie: values.sortie, criteres: values.criteres, entrees: values.entrees, reforme: values.reforme, toutes: values.toutes }, moteur);
    return 0;
  },
};
