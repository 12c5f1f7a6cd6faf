import { parseArgs } from "node:util";
import { sortie, type Commande } from "../commande.ts";

const USAGE = [
  "Usage : dotations serveur [--port 8787] [--hote 127.0.0.1] [--cors ORIGINE] [--graine 1]",
  "",
  "Démarre l'API HTTP (JSON, description OpenAPI sur /api/openapi.json). Les données sont chargées au démarrage :",
  "tables normalisées, sinon fichiers de critères DGCL, sinon France synthétique générée en mémoire (--graine).",
  "",
  "  --port   port d'écoute (0 : un port libre)",
  "  --hote   adresse d'écoute (127.0.0.1 : cette machine seulement)",
  "  --cors   origine autorisée par CORS (par exemple * ou https://exemple.fr) ; sans cette option, pas de CORS",
  "  --graine graine de la France synthétique, quand aucune donnée réelle n'est trouvée",
].join("\n");

function entier(nom: string, v: string | undefined, defaut: number, max: number): number | string {
  if (v === undefined) return defaut;
  const n = Number(v);
  return /^\d+$/.test(v) && n <= max ? n : `--${nom} « ${v} » invalide : entier de 0 à ${max} attendu`;
}

export const commande: Commande = {
  resume: "démarre l'API HTTP (calculs, critères, simulations de réformes)",
  usage: USAGE,
  async executer(args) {
    const { values } = parseArgs({ args, options: { port: { type: "string" }, hote: { type: "string" }, cors: { type: "string" }, graine: { type: "string" } } });
    const port = entier("port", values.port, 8787, 65535);
    const graine = entier("graine", values.graine, 1, 2 ** 31 - 1);
    for (const v of [port, graine]) if (typeof v === "string") return sortie.erreur(`${v}\n\n${USAGE}`), 2;
    const [{ chargerDonnees }, { creerServeur, ecouter }] = await Promise.all([import("../../serveur/donnees.ts"), import("../../serveur/serveur.ts")]);
    sortie.erreur("Chargement des données…");
    const donnees = await chargerDonnees({ graine: graine as number, journal: sortie.erreur });
    const serveur = creerServeur({ donnees, cors: values.cors, journal: sortie.erreur });
    const url = await ecouter(serveur, port as number, values.hote ?? "127.0.0.1");
    sortie.info(`API prête : ${url}/api/annees (description : ${url}/api/openapi.json). Ctrl+C pour arrêter.`);
    await new Promise<void>((fin) => {
      const arreter = () => serveur.close(() => fin());
      process.once("SIGINT", arreter);
      process.once("SIGTERM", arreter);
    });
    return 0;
  },
};
