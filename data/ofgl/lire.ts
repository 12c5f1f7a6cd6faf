// Reads every `*-dotations.json` file of a directory (format: ../shared/dgcl/SOURCES.md, rouages.fr packaging of
// the OFGL data) into one `MontantsOfgl` table, checking the shape of every entry and the two published sums.

import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { Problemes } from "../lecture/probleme.ts";
import { COMPOSANTES, type Composante, type MontantsOfgl } from "./montants.ts";

interface FichierDotations {
  maj: string;
  annees: number[];
  c: Record<string, [(number | null)[], (number | null)[] | null, number[]]>;
}

const num = (x: unknown) => (typeof x === "number" && Number.isFinite(x) ? x : NaN);

export async function lireDossierOfgl(dossier: string, problemes: Problemes): Promise<MontantsOfgl | null> {
  const fichiers = (await readdir(dossier)).filter((f) => f.endsWith("-dotations.json")).sort();
  if (fichiers.length === 0) {
    problemes.erreur(dossier, 0, 0, "aucun fichier « *-dotations.json » dans ce dossier");
    return null;
  }
  const contenus: { nom: string; d: FichierDotations }[] = [];
  for (const nom of fichiers) {
    try {
      const d = JSON.parse(await readFile(join(dossier, nom), "utf8")) as FichierDotations;
      if (!Array.isArray(d.annees) || typeof d.c !== "object" || d.c === null) throw new Error("champs « annees » et « c » attendus");
      contenus.push({ nom, d });
    } catch (e) {
      problemes.erreur(nom, 1, 0, `JSON illisible : ${(e as Error).message}`);
    }
  }
  if (contenus.length === 0) return null;
  const annees = contenus[0].d.annees;
  for (const { nom, d } of contenus) {
    if (d.annees.join() !== annees.join()) problemes.erreur(nom, 1, 0, `années ${d.annees.join(", ")} différentes de celles de ${contenus[0].nom} (${annees.join(", ")})`);
  }
  const nbAnnees = annees.length;
  const code_insee: string[] = [];
  const lignes: [(number | null)[], (number | null)[] | null, number[]][] = [];
  const vus = new Map<string, string>();
  for (const { nom, d } of contenus) {
    if (d.annees.join() !== annees.join()) continue;
    for (const [code, entree] of Object.entries(d.c)) {
      if (!/^(\d{5}|2[AB]\d{3})$/.test(code)) problemes.erreur(nom, 1, 0, `code INSEE « ${code} » invalide`);
      else if (vus.has(code)) problemes.erreur(nom, 1, 0, `commune ${code} déjà présente dans ${vus.get(code)}`);
      else if (!Array.isArray(entree) || !Array.isArray(entree[0]) || entree[0].length !== nbAnnees || (entree[1] !== null && (!Array.isArray(entree[1]) || entree[1].length !== nbAnnees)) || !Array.isArray(entree[2]) || entree[2].length !== COMPOSANTES.length) {
        problemes.erreur(nom, 1, 0, `commune ${code} : entrée mal formée ([${nbAnnees} DGF], [${nbAnnees} DCN] ou null, [${COMPOSANTES.length} composantes] attendus)`);
      } else {
        vus.set(code, nom);
        code_insee.push(code);
        lignes.push(entree);
      }
    }
  }
  const n = code_insee.length;
  const dgf = annees.map(() => new Float64Array(n));
  const dcn = annees.map(() => new Float64Array(n).fill(NaN));
  const composantes = Object.fromEntries(COMPOSANTES.map((c) => [c, new Float64Array(n)])) as Record<Composante, Float64Array>;
  for (let i = 0; i < n; i++) {
    const [g, cn, comp] = lignes[i];
    for (let k = 0; k < nbAnnees; k++) {
      dgf[k][i] = num(g[k]);
      if (cn) dcn[k][i] = num(cn[k]);
    }
    COMPOSANTES.forEach((c, k) => (composantes[c][i] = num(comp[k])));
    // Published sums (1 € rounding tolerated; a few communes show it in the source itself).
    const somme = composantes.dotation_forfaitaire[i] + composantes.dsu_montant[i] + composantes.dotation_solidarite_rurale[i] + composantes.dotation_nationale_perequation[i] + composantes.dotation_amenagement_communes_outre_mer[i];
    if (Math.abs(somme - dgf[nbAnnees - 1][i]) > 1) problemes.avertissement(vus.get(code_insee[i])!, 1, 0, `commune ${code_insee[i]} : DGF ${annees[nbAnnees - 1]} ${dgf[nbAnnees - 1][i]} ≠ somme des dotations ${somme}`);
    const dsr = composantes.dsr_fraction_bourg_centre[i] + composantes.dsr_fraction_perequation[i] + composantes.dsr_fraction_cible[i];
    if (Math.abs(dsr - composantes.dotation_solidarite_rurale[i]) > 1) problemes.avertissement(vus.get(code_insee[i])!, 1, 0, `commune ${code_insee[i]} : DSR ≠ somme de ses fractions`);
  }
  const maj = contenus.map((c) => c.d.maj).sort().at(-1) ?? "";
  return { maj, annees, code_insee, dgf, dcn, composantes };
}
