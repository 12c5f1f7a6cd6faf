import { parseArgs } from "node:util";
import { estAnneeDgcl } from "../../../data/dgcl/colonnes.ts";
import { lireFichierCriteres } from "../../../data/dgcl/lire.ts";
import { anneeOption, sortie, type Commande } from "../commande.ts";

export const commande: Commande = {
  resume: "vérifie un fichier de critères DGCL (CSV ou XLSX)",
  usage: [
    "Usage : dotations donnees verifier FICHIER [--annee AAAA] [--limite N]",
    "",
    "Lit le fichier des critères de répartition, vérifie colonnes, types, plages et plausibilité,",
    "et liste chaque problème sous la forme fichier:ligne:colonne: message.",
    "Code de sortie : 0 si le fichier est valide, 1 sinon.",
    "  --annee AAAA   année du fichier (déduite des en-têtes si absente)",
    "  --limite N     nombre maximal de problèmes listés (200 par défaut)",
  ].join("\n"),
  async executer(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { annee: { type: "string" }, limite: { type: "string" } } });
    if (positionals.length !== 1) {
      sortie.erreur(this.usage);
      return 2;
    }
    const a = anneeOption(values.annee, false);
    if (typeof a === "string") return sortie.erreur(a), 2;
    if (a !== undefined && !estAnneeDgcl(a)) return sortie.erreur(`année ${a} non prise en charge (2019 à 2026)`), 2;
    const limite = values.limite ? Number(values.limite) : 200;
    const r = await lireFichierCriteres(positionals[0], { annee: a, limite });
    for (const l of r.problemes.lignes()) sortie.erreur(l);
    const { nbErreurs, nbAvertissements } = r.problemes;
    const deduite = a === undefined ? ` (année déduite des en-têtes : ${r.annee})` : "";
    if (nbErreurs === 0 && r.criteres) {
      sortie.info(`${positionals[0]} : valide, ${r.criteres.nb} communes${deduite}${nbAvertissements ? `, ${nbAvertissements} avertissement(s)` : ""}.`);
      return 0;
    }
    sortie.info(`${positionals[0]} : NON valide, ${nbErreurs} erreur(s)${nbAvertissements ? ` et ${nbAvertissements} avertissement(s)` : ""}${deduite}.`);
    return 1;
  },
};
