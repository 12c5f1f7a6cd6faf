// Writes a synthetic France to a folder: the criteria files of N-1 and N in the official format of year N,
// the ground truth of the injected discrepancies, and a README + metadata saying the data is synthetic.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ecrireCsvDgcl } from "../dgcl/ecrire.ts";
import type { FranceSynthetique } from "./france.ts";
import type { EcartInjecte } from "./montants.ts";
import { FICHIER_META_SYNTHETIQUE } from "./avertissement.ts";
import { fichierHistoriqueInsee } from "../acquisition/registre.ts";
import { csvMouvements, type Mouvement } from "../insee/ecrire.ts";

/** File names written in the output folder. */
export function nomsFichiers(annee: number) {
  return {
    criteresNMoins1: `criteres-repartition-communes-${annee - 1}.csv`,
    criteresN: `criteres-repartition-communes-${annee}.csv`,
    ecarts: `ecarts-injectes-${annee}.csv`,
    historique: fichierHistoriqueInsee(annee),
    meta: FICHIER_META_SYNTHETIQUE,
    lisezmoi: "LISEZMOI.md",
  };
}

function champ(t: string): string {
  return /[",\n\r]/.test(t) ? `"${t.replaceAll('"', '""')}"` : t;
}

/** The ground-truth list as CSV (dot decimals: a technical file, not a DGCL one). */
export function csvEcarts(ecarts: readonly EcartInjecte[]): string {
  const lignes = ["code_insee,nom,colonne,nature,montant_moteur,montant_notifie,ecart,explication"];
  for (const e of ecarts) {
    lignes.push([e.code_insee, champ(e.nom), e.colonne, e.nature, e.montant_moteur, e.montant_notifie, e.montant_notifie - e.montant_moteur, champ(e.explication)].join(","));
  }
  return lignes.join("\n") + "\n";
}

/**
 * The communes nouvelles of year N as the INSEE history file gives them (v_mvt_commune_AAAA.csv): one « création de
 * commune nouvelle » (MOD 32) per commune, at its synthetic creation date. The DGCL files carry no creation date: this
 * file is what lets a reader of the folder find the communes nouvelles again, as with the official files.
 */
export function csvHistorique(f: FranceSynthetique): string {
  const { code_insee, nom, date_creation_commune: dates } = f.n.communes;
  const creations: Mouvement[] = [];
  for (let i = 0; i < code_insee.length; i++) {
    if (!dates[i]) continue;
    const d = String(dates[i]);
    const n = nom?.[i] ?? code_insee[i];
    creations.push([32, `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`, "COM", code_insee[i], n, "COM", code_insee[i], n]);
  }
  return csvMouvements(creations);
}

function lisezmoi(f: FranceSynthetique): string {
  const noms = nomsFichiers(f.meta.annee);
  const m = f.meta;
  return `# ${m.avertissement}

Ce dossier contient une **France synthétique** : les communes réelles du COG (${m.referentiel}) avec des critères
de répartition **inventés**, générés de façon déterministe.

- Graine : ${m.graine}
- Version du générateur : ${m.versionGenerateur}
- Année N : ${m.annee} (les deux fichiers suivent le format officiel de ${f.format})
- Départements dont les critères ont été calés sur les montants réels 2026 (OFGL) : ${m.departementsCales.join(", ") || "aucun"}

| fichier | contenu |
|---|---|
| \`${noms.criteresNMoins1}\` | critères et montants « notifiés » de ${m.annee - 1} (résultats du moteur) |
| \`${noms.criteresN}\` | critères et montants « notifiés » de ${m.annee} (résultats du moteur + écarts injectés) |
| \`${noms.ecarts}\` | vérité terrain : les ${f.ecarts.length} écarts injectés dans les montants notifiés de ${m.annee} |
| \`${noms.historique}\` | historique des communes au format de l'INSEE : la création (inventée) de chaque commune nouvelle |
| \`${noms.meta}\` | mêmes informations, lisibles par une machine |

Ces chiffres ne décrivent aucune commune réelle. Ils servent aux tests, aux démonstrations et au travail hors ligne.
`;
}

/** Writes the folder; returns the paths written. */
export async function ecrireDossierSynthetique(dossier: string, f: FranceSynthetique): Promise<string[]> {
  await mkdir(dossier, { recursive: true });
  const noms = nomsFichiers(f.meta.annee);
  const fichiers: [string, string][] = [
    [noms.criteresNMoins1, ecrireCsvDgcl(f.format, f.nMoins1.table)],
    [noms.criteresN, ecrireCsvDgcl(f.format, f.n.table)],
    [noms.ecarts, csvEcarts(f.ecarts)],
    [noms.historique, csvHistorique(f)],
    [noms.meta, JSON.stringify({ ...f.meta, format: f.format, fichiers: noms, ecarts: f.ecarts.length, colonnesAbsentes: f.colonnesAbsentes }, null, 2) + "\n"],
    [noms.lisezmoi, lisezmoi(f)],
  ];
  const chemins: string[] = [];
  for (const [nom, contenu] of fichiers) {
    const chemin = join(dossier, nom);
    await writeFile(chemin, contenu, "utf8");
    chemins.push(chemin);
  }
  return chemins;
}
