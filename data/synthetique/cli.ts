// `dotations donnees synthetique`: writes the synthetic France to a folder, or prints the calibration report
// (exit code 1 when a target is missed).
import { parseArgs } from "node:util";
import { sortie, type Commande } from "../../api/cli/commande.ts";
import { AVERTISSEMENT_SYNTHETIQUE, VERSION_GENERATEUR } from "./avertissement.ts";
import { franceSynthetique } from "./france.ts";
import { chargerMontantsReels } from "./reels.ts";
import { formaterRapport, rapportCalibrage } from "./rapport.ts";
import { ecrireDossierSynthetique } from "./sortie.ts";

const USAGE = `Usage : dotations donnees synthetique [--annee 2026] [--graine 1] (--sortie DOSSIER | --rapport)

Génère une France synthétique (communes réelles du COG, critères inventés, déterministe pour une graine) :
  --sortie DOSSIER  écrit les critères de N-1 et N au format officiel de l'année N, les écarts injectés
                    (vérité terrain) et un LISEZMOI ;
  --rapport         compare la France synthétique à la réalité (nombres nationaux, échantillon OFGL 2026) ;
                    code de sortie 1 si une cible est manquée.
${AVERTISSEMENT_SYNTHETIQUE}.`;

function entier(nom: string, v: string | undefined, defaut: number): number | string {
  if (v === undefined) return defaut;
  return /^\d+$/.test(v) ? Number(v) : `option --${nom} : entier positif attendu, reçu « ${v} »`;
}

export const commande: Commande = {
  resume: "France synthétique : critères N-1 et N, écarts injectés, rapport de calage",
  usage: USAGE,
  async executer(args: string[]): Promise<number> {
    const { values } = parseArgs({ args, options: { annee: { type: "string" }, graine: { type: "string" }, sortie: { type: "string" }, rapport: { type: "boolean" } } });
    const annee = entier("annee", values.annee, 2026);
    const graine = entier("graine", values.graine, 1);
    for (const v of [annee, graine]) if (typeof v === "string") return (sortie.erreur(`${v}\n\n${USAGE}`), 2);
    if (!values.sortie && !values.rapport) return (sortie.erreur(`Indiquer --sortie DOSSIER ou --rapport.\n\n${USAGE}`), 2);
    const reels = await chargerMontantsReels();
    const t0 = performance.now();
    const f = franceSynthetique({ annee: annee as number, graine: graine as number, reels });
    const duree = Math.round(performance.now() - t0);
    sortie.info(`${AVERTISSEMENT_SYNTHETIQUE} — graine ${graine}, générateur ${VERSION_GENERATEUR}, ${f.n.communes.code_insee.length} communes, ${duree} ms.`);
    let code = 0;
    if (values.sortie) {
      const chemins = await ecrireDossierSynthetique(values.sortie, f);
      sortie.info(chemins.map((c) => `écrit : ${c}`).join("\n"));
      if (f.colonnesAbsentes.length) sortie.info(`Colonnes de résultats non produites par le moteur (absentes des fichiers) : ${f.colonnesAbsentes.join(", ")}`);
    }
    if (values.rapport) {
      if (!reels) return (sortie.erreur("Rapport impossible : montants notifiés réels (OFGL) introuvables (DOTATIONS_DONNEES ou ../shared/dgcl)."), 1);
      const r = rapportCalibrage(f, reels);
      sortie.info(formaterRapport(r, AVERTISSEMENT_SYNTHETIQUE));
      if (r.echecs > 0) code = 1;
    }
    return code;
  },
};
