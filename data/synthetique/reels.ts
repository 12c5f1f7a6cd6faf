// Real 2026 notified amounts (OFGL republication of the DGCL notifications) used to shape the synthetic
// criteria of the sample communes and as the reference of the calibration report.
// The files are read in place from ../shared/dgcl/raw/rouages.fr-ofgl-dotations/ (format: shared/dgcl/SOURCES.md).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Order of the 2026 components in the files. */
export const COMPOSANTES_2026 = ["df", "dsu", "dsr", "dnp", "dacom", "bourg_centre", "perequation", "cible"] as const;
export type Composante = (typeof COMPOSANTES_2026)[number];

export interface MontantsReels {
  /** Year of the components (the files give the breakdown for 2026 only). */
  readonly annee: number;
  /** code INSEE → the 8 components in COMPOSANTES_2026 order (integer euros). */
  readonly parCommune: ReadonlyMap<string, Float64Array>;
  readonly departements: readonly string[];
}

/** Default folder: the shared material beside the repository root. */
export function dossierOfglParDefaut(): string {
  const racineDepot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
  return join(racineDepot, "..", "shared", "dgcl", "raw", "rouages.fr-ofgl-dotations");
}

interface FichierOfgl {
  annees: number[];
  c: Record<string, [number[], (number | null)[] | null, number[]]>;
}

/** Reads every `<dep>-dotations.json` of the folder; throws a French error naming the file on bad content. */
export function lireMontantsReels(dossier = dossierOfglParDefaut()): MontantsReels {
  if (!existsSync(dossier)) throw new Error(`Dossier des montants notifiés introuvable : ${dossier}`);
  const parCommune = new Map<string, Float64Array>();
  const departements: string[] = [];
  for (const nom of readdirSync(dossier).filter((f) => f.endsWith("-dotations.json")).sort()) {
    const chemin = join(dossier, nom);
    let contenu: FichierOfgl;
    try {
      contenu = JSON.parse(readFileSync(chemin, "utf8")) as FichierOfgl;
    } catch (e) {
      throw new Error(`${chemin} : JSON illisible (${(e as Error).message}).`);
    }
    if (!contenu.c || typeof contenu.c !== "object") throw new Error(`${chemin} : clé « c » absente (attendu un objet code INSEE → montants).`);
    departements.push(nom.split("-")[0]);
    for (const [code, ligne] of Object.entries(contenu.c)) {
      const comp = ligne?.[2];
      if (!Array.isArray(comp) || comp.length !== COMPOSANTES_2026.length || comp.some((v) => typeof v !== "number")) {
        throw new Error(`${chemin} : commune ${code}, composantes 2026 invalides (attendu ${COMPOSANTES_2026.length} nombres).`);
      }
      parCommune.set(code, Float64Array.from(comp));
    }
  }
  return { annee: 2026, parCommune, departements };
}
