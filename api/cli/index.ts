// The `dotations` command line. Each subcommand lives in its own module, loaded only when called (fast start-up);
// registering a subcommand is one line in COMMANDES.

import { ErreurDonnees } from "../../data/lecture/probleme.ts";
import { sortie, type Commande } from "./commande.ts";

const COMMANDES: Record<string, () => Promise<{ commande: Commande }>> = {
  "donnees telecharger": () => import("./commandes/telecharger.ts"),
  "donnees verifier": () => import("./commandes/verifier.ts"),
  "donnees normaliser": () => import("./commandes/normaliser.ts"),
  simuler: () => import("./commandes/simuler.ts"),
  serveur: () => import("./commandes/serveur.ts"),
  "donnees synthetique": () => import("../../data/synthetique/cli.ts"),
};

async function aide(): Promise<void> {
  sortie.info("Usage : dotations <commande> [options]\n\nCommandes :");
  for (const [nom, charger] of Object.entries(COMMANDES)) {
    // A subcommand that cannot load is listed as unavailable instead of breaking the help of the others.
    const resume = await charger().then((m) => m.commande.resume, (e: Error) => `(indisponible : ${e.message.split("\n")[0]})`);
    sortie.info(`  ${nom.padEnd(22)} ${resume}`);
  }
  sortie.info("\n« dotations <commande> --aide » détaille les options d'une commande.");
}

export async function principal(argv: string[]): Promise<number> {
  const nom = [argv.slice(0, 2).join(" "), argv[0]].find((n) => n && n in COMMANDES);
  if (!nom) {
    if (argv.length && argv[0] !== "--aide" && argv[0] !== "-h" && argv[0] !== "--help") sortie.erreur(`Commande inconnue : « ${argv.slice(0, 2).join(" ")} ».`);
    await aide();
    return argv.length && !["--aide", "-h", "--help"].includes(argv[0]) ? 2 : 0;
  }
  const { commande } = await COMMANDES[nom]();
  const args = argv.slice(nom.split(" ").length);
  if (args.includes("--aide") || args.includes("-h") || args.includes("--help")) {
    sortie.info(commande.usage);
    return 0;
  }
  try {
    return await commande.executer(args);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (e instanceof ErreurDonnees) sortie.erreur(e.message);
    else if (err.code === "ENOENT") sortie.erreur(`Fichier ou dossier introuvable : ${err.path ?? ""}`);
    else if (err.code === "EACCES") sortie.erreur(`Accès refusé : ${err.path ?? ""}`);
    else if ((e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) sortie.erreur(`${(e as Error).message}\n\n${commande.usage}`);
    else sortie.erreur(`Erreur : ${(e as Error).message}`);
    return 1;
  }
}
