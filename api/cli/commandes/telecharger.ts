import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { estAnneeDgcl } from "../../../data/dgcl/colonnes.ts";
import { trouverSource } from "../../../data/acquisition/chemins.ts";
import { nomsLocaux } from "../../../data/acquisition/registre.ts";
import { cheminTable } from "../../../data/normalisation/charger.ts";
import { ErreurDonnees } from "../../../data/lecture/probleme.ts";
import { anneeOption, sortie, type Commande } from "../commande.ts";

export const commande: Commande = {
  resume: "télécharge les fichiers officiels d'une année dans le cache (data/sources/)",
  usage: [
    "Usage : dotations donnees telecharger --annee AAAA [--forcer] [--ofgl]",
    "",
    "Télécharge le fichier des critères de répartition des communes de l'année (DGCL, via data.gouv.fr) et",
    "l'historique des communes de l'INSEE (v_mvt_commune_AAAA.csv du Code officiel géographique : dates de création",
    "des communes nouvelles) dans data/sources/, avec une barre de progression. Le dossier DOTATIONS_DONNEES est",
    "consulté d'abord : un fichier déjà présent n'est pas téléchargé à nouveau.",
    "  --forcer   télécharge même si une copie locale existe",
    "  --ofgl     télécharge aussi les montants notifiés de toutes les communes (API de l'OFGL)",
  ].join("\n"),
  async executer(args) {
    const { values } = parseArgs({ args, options: { annee: { type: "string" }, forcer: { type: "boolean" }, ofgl: { type: "boolean" } } });
    const a = anneeOption(values.annee);
    if (typeof a === "string" || a === undefined) return sortie.erreur(a ?? ""), 2;
    if (!estAnneeDgcl(a)) return sortie.erreur(`année ${a} non prise en charge (2019 à 2026)`), 2;
    // Each file on its own: one that cannot be fetched does not keep the others from being tried, and every manual
    // instruction is given at once.
    let echecs = 0;
    const essayer = async (telecharger: () => Promise<void>) => {
      try {
        await telecharger();
      } catch (e) {
        if (!(e instanceof ErreurDonnees)) throw e;
        sortie.erreur(e.message);
        echecs++;
      }
    };
    await essayer(async () => {
      const existant = trouverSource(...nomsLocaux(a));
      if (existant && !values.forcer) return sortie.info(`Critères ${a} : déjà présents (${existant}).`);
      const { telechargerCriteres } = await import("../../../data/acquisition/telecharger.ts");
      const r = await telechargerCriteres(a);
      sortie.info(`Critères ${a} : ${r.chemin}\n  source ${r.url}\n  sha256 ${r.sha256}`);
    });
    await essayer(async () => {
      const { trouverHistoriqueInsee } = await import("../../../data/insee/historique.ts");
      const historique = trouverHistoriqueInsee(a);
      if (historique && !values.forcer) return sortie.info(`Historique des communes INSEE : déjà présent (${historique}).`);
      const { telechargerHistoriqueInsee } = await import("../../../data/acquisition/telecharger.ts");
      const r = await telechargerHistoriqueInsee(a);
      sortie.info(`Historique des communes INSEE : ${r.chemin}\n  source ${r.url}\n  sha256 ${r.sha256}`);
      if (existsSync(cheminTable(`entrees-${a}`))) sortie.info(`Tables ${a} déjà construites : elles seront reconstruites avec cet historique à leur prochain chargement.`);
    });
    if (values.ofgl) {
      await essayer(async () => {
        const { telechargerMontantsOfgl } = await import("../../../data/ofgl/api.ts");
        const { colonnesMontants } = await import("../../../data/ofgl/montants.ts");
        const { ecrireTableArrow } = await import("../../../data/normalisation/arrow.ts");
        const m = await telechargerMontantsOfgl(undefined, (annee) => sortie.erreur(`OFGL : montants ${annee}…`));
        await ecrireTableArrow(cheminTable("montants-ofgl"), colonnesMontants(m), { maj: m.maj, annees: m.annees.join(",") });
        sortie.info(`Montants OFGL : ${m.code_insee.length} communes, ${m.annees[0]}–${m.annees.at(-1)} → ${cheminTable("montants-ofgl")}`);
      });
    }
    if (echecs) return 1;
    return 0;
  },
};
