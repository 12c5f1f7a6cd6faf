// Guarantee amounts the DGCL criteria file does not carry (spec §5.1), from the tables published alongside
// (../shared/dgcl/SOURCES.md): DSR commune-nouvelle guarantees per fraction (2019, 2020, 2022) and the DSU guarantee
// (2019–2022). Applied onto the engine inputs of the year; communes absent from the table keep 0.

import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import type { Communes } from "../../engine/entrees.ts";
import { lireCsv } from "../lecture/csv.ts";
import { Problemes } from "../lecture/probleme.ts";
import { etatNombre, NOMBRE_OK } from "../lecture/table.ts";

const FRACTIONS = ["dsr_garantie_commune_nouvelle_fraction_cible", "dsr_garantie_commune_nouvelle_fraction_perequation", "dsr_garantie_commune_nouvelle_fraction_bourg_centre"] as const;

/** Candidate files, most recent source first. */
const FICHIERS_CN: Record<number, string> = {
  2019: "raw/leximpact-server/garanties_cn_dsr_2019.csv",
  2020: "raw/leximpact-server/garanties_cn_dsr_2020.csv",
  2022: "raw/dotations-locales-back-1.3.6/garanties_cn_dsr_2022.csv",
};
const FICHIERS_DSU = ["raw/sandcha-dotations-locales/garanties_dsu.csv", "raw/leximpact-server/garanties_dsu.csv"];

export interface GarantiesAppliquees {
  readonly fichiers: string[];
  readonly communes: number;
}

async function table(chemin: string, problemes: Problemes) {
  const t = lireCsv(new Uint8Array(await readFile(chemin)), basename(chemin), problemes);
  const jCode = t.entetes.indexOf("Informations générales - Code INSEE de la commune");
  if (jCode < 0) problemes.erreur(t.fichier, 1, 0, "colonne « Informations générales - Code INSEE de la commune » manquante");
  return { t, jCode };
}

/** Fills the guarantee inputs of `communes` (year `annee`) from the tables found in `dossier`. */
export async function appliquerGaranties(annee: number, communes: Communes, dossier: string, problemes: Problemes): Promise<GarantiesAppliquees> {
  const index = new Map(communes.code_insee.map((c, i) => [c, i]));
  const fichiers: string[] = [];
  const touchees = new Set<number>();
  const lire = async (relatif: string, colonnes: readonly { entete: string; cible: Float64Array }[]) => {
    const chemin = join(dossier, relatif);
    const { t, jCode } = await table(chemin, problemes);
    const js = colonnes.map((c) => t.entetes.indexOf(c.entete));
    if (jCode < 0 || js.some((j) => j < 0)) return;
    fichiers.push(chemin);
    for (let i = 0; i < t.nbLignes; i++) {
      const k = index.get(t.texte(i, jCode));
      if (k === undefined) continue; // merged or not in this year's file
      colonnes.forEach((c, m) => {
        const x = t.nombre(i, js[m]);
        if (etatNombre.code !== NOMBRE_OK || x < 0) problemes.erreur(t.fichier, t.ligneSource(i), js[m] + 1, `« ${t.texte(i, js[m])} » : montant positif attendu`);
        else if (x > 0) (c.cible[k] = x), touchees.add(k);
      });
    }
  };
  const cn = FICHIERS_CN[annee];
  if (cn && existsSync(join(dossier, cn))) await lire(cn, FRACTIONS.map((f) => ({ entete: f, cible: communes[f] as Float64Array })));
  const dsu = FICHIERS_DSU.find((f) => existsSync(join(dossier, f)));
  if (dsu) {
    const { t } = await table(join(dossier, dsu), new Problemes());
    if (t.entetes.includes(String(annee))) await lire(dsu, [{ entete: String(annee), cible: communes.dsu_montant_garantie_pluriannuelle as Float64Array }]);
  }
  return { fichiers, communes: touchees.size };
}
