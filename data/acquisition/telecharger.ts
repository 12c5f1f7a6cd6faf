// HTTP download into the cache with a progress bar (cli-progress on stderr), SHA-256 of what was received, and a
// French error that says which file to fetch from where and where to put it when anything goes wrong.

import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { ErreurDonnees } from "../lecture/probleme.ts";
import type { AnneeDgcl } from "../dgcl/colonnes.ts";
import { lireHistoriqueInsee } from "../insee/historique.ts";
import { dossierSources } from "./chemins.ts";
import {
  API_DATA_GOUV,
  consigneManuelle,
  consigneManuelleHistoriqueInsee,
  fichierHistoriqueInsee,
  JEU_DATA_GOUV,
  sourceHistoriqueInsee,
  SOURCES_CRITERES,
} from "./registre.ts";

export interface OptionsTelechargement {
  /** Label shown before the progress bar. */
  readonly libelle?: string;
  /** Show a progress bar (default: when stderr is a terminal). */
  readonly barre?: boolean;
  /** Expected SHA-256: a mismatch is an error. */
  readonly sha256?: string;
}

/** Downloads `url` to `destination` (atomically: a partial file never takes the final name). Returns its SHA-256. */
export async function telecharger(url: string, destination: string, options: OptionsTelechargement = {}): Promise<string> {
  const reponse = await fetch(url, { redirect: "follow" });
  if (!reponse.ok || !reponse.body) throw new Error(`le serveur a répondu ${reponse.status} ${reponse.statusText} pour ${url}`);
  const total = Number(reponse.headers.get("content-length") ?? 0);
  const afficher = options.barre ?? Boolean(process.stderr.isTTY);
  let barre: import("cli-progress").SingleBar | undefined;
  if (afficher) {
    const { SingleBar, Presets } = await import("cli-progress");
    barre = new SingleBar({ format: `${options.libelle ?? "Téléchargement"} [{bar}] {percentage} % | {value}/{total} octets`, stream: process.stderr }, Presets.shades_classic);
    barre.start(total || 1, 0);
  }
  await mkdir(dirname(destination), { recursive: true });
  const partiel = destination + ".partiel";
  const hash = createHash("sha256");
  const sortie = createWriteStream(partiel);
  let recus = 0;
  try {
    for await (const morceau of reponse.body as unknown as AsyncIterable<Uint8Array>) {
      hash.update(morceau);
      recus += morceau.length;
      if (!sortie.write(morceau)) await new Promise<void>((r) => sortie.once("drain", () => r()));
      barre?.update(total ? recus : 0);
    }
    await new Promise<void>((ok, ko) => sortie.end((e?: Error | null) => (e ? ko(e) : ok())));
  } catch (e) {
    sortie.destroy();
    await rm(partiel, { force: true });
    throw new Error(`transfert interrompu après ${recus} octets (${(e as Error).message})`);
  } finally {
    barre?.stop();
  }
  if (total && recus !== total) {
    await rm(partiel, { force: true });
    throw new Error(`fichier incomplet : ${recus} octets reçus sur ${total}`);
  }
  const somme = hash.digest("hex");
  if (options.sha256 && somme !== options.sha256) {
    await rm(partiel, { force: true });
    throw new Error(`somme de contrôle inattendue (${somme} au lieu de ${options.sha256})`);
  }
  await rename(partiel, destination);
  return somme;
}

function sansAccents(t: string): string {
  return t.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

interface RessourceDataGouv {
  title: string;
  url: string;
  format?: string;
}

/** URL of the communes criteria file of `annee` among the resources of the data.gouv.fr dataset. */
export async function trouverRessourceCriteres(annee: AnneeDgcl, api = API_DATA_GOUV): Promise<string> {
  const reponse = await fetch(`${api}/datasets/${JEU_DATA_GOUV}/`);
  if (!reponse.ok) throw new Error(`data.gouv.fr a répondu ${reponse.status}`);
  const jeu = (await reponse.json()) as { resources?: RessourceDataGouv[] };
  const candidates = (jeu.resources ?? []).filter((r) => {
    const t = sansAccents(`${r.title} ${r.url}`);
    return t.includes(String(annee)) && t.includes("commune") && !t.includes("intercommun") && !t.includes("departement");
  });
  if (candidates.length === 0) throw new Error(`aucune ressource « communes ${annee} » dans le jeu de données data.gouv.fr`);
  return candidates[0].url;
}

/** Fetches the criteria file of `annee` into the cache; on failure, throws the manual instructions. */
export async function telechargerCriteres(
  annee: AnneeDgcl,
  options: { dossier?: string; api?: string; barre?: boolean } = {},
): Promise<{ chemin: string; sha256: string; url: string }> {
  const source = SOURCES_CRITERES[annee];
  const dossier = options.dossier ?? dossierSources();
  const chemin = join(dossier, source.fichier);
  let url = source.url ?? "";
  try {
    if (!url) url = await trouverRessourceCriteres(annee, options.api);
    const sha256 = await telecharger(url, chemin, { libelle: `Critères ${annee}`, barre: options.barre, sha256: source.sha256 });
    return { chemin, sha256, url };
  } catch (e) {
    throw new ErreurDonnees(consigneManuelle(annee, dossier, `Impossible de télécharger le fichier des critères de répartition ${annee} (${(e as Error).message}).`));
  }
}

/**
 * Fetches the INSEE history of the communes usable for `annee` (v_mvt_commune of the COG of that year, or of the
 * oldest later COG whose URL is known) into the cache, and checks that it reads as one (an error page or a truncated
 * file is deleted); on failure, throws the manual instructions.
 */
export async function telechargerHistoriqueInsee(
  annee: number,
  options: { dossier?: string; barre?: boolean; /** replaces the registry's address (mirror, tests) */ url?: string } = {},
): Promise<{ chemin: string; sha256: string; url: string }> {
  const dossier = options.dossier ?? dossierSources();
  const source = sourceHistoriqueInsee(annee);
  const url = options.url ?? source?.url;
  if (!url) throw new ErreurDonnees(consigneManuelleHistoriqueInsee(annee, dossier, `aucune adresse connue pour le COG ${annee}`));
  const millesime = source?.millesime ?? annee;
  const chemin = join(dossier, fichierHistoriqueInsee(millesime));
  try {
    const sha256 = await telecharger(url, chemin, { libelle: `Historique des communes INSEE (COG ${millesime})`, barre: options.barre });
    try {
      await lireHistoriqueInsee(chemin, 5);
    } catch (e) {
      await rm(chemin, { force: true });
      throw new Error(`le fichier reçu n'est pas l'historique attendu : ${(e as Error).message}`);
    }
    return { chemin, sha256, url };
  } catch (e) {
    throw new ErreurDonnees(consigneManuelleHistoriqueInsee(annee, dossier, (e as Error).message));
  }
}
