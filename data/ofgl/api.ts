// Client of the OFGL open-data portal (Opendatasoft Explore API v2.1, dataset `dotations-communes`): one export per
// year of the long table (code_insee, variable, valeur), pivoted into `MontantsOfgl`. Communes of older years are
// summed into their current successor (@etalab/decoupage-administratif), like the sample files of SOURCES.md.

import { lireCsv } from "../lecture/csv.ts";
import { ErreurDonnees, Problemes } from "../lecture/probleme.ts";
import { referentielCommunes } from "../referentiel/communes.ts";
import { COMPOSANTES, type Composante, type MontantsOfgl } from "./montants.ts";

export const API_OFGL = "https://data.ofgl.fr/api/explore/v2.1/catalog/datasets/dotations-communes";

/** OFGL variable names → our columns. */
const VARIABLES: Record<string, Composante | "dgf" | "dcn"> = {
  "Montant Dotation DGF": "dgf",
  "Montant Dotation Commune nouvelle": "dcn",
  "Montant Dotation forfaitaire": "dotation_forfaitaire",
  "Montant Dotation DSU": "dsu_montant",
  "Montant Dotation DSR": "dotation_solidarite_rurale",
  "Montant Dotation DNP": "dotation_nationale_perequation",
  "Montant Dotation DACOM": "dotation_amenagement_communes_outre_mer",
  "Montant global réparti - DSR Bourg-centre": "dsr_fraction_bourg_centre",
  "Montant global réparti - DSR Péréquation": "dsr_fraction_perequation",
  "Montant global réparti - DSR Cible": "dsr_fraction_cible",
};

async function lireJson(url: string): Promise<unknown> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url} : réponse ${r.status}`);
  return r.json();
}

/** Years published in the dataset (from 2018). */
export async function anneesOfgl(base = API_OFGL): Promise<number[]> {
  const g = (await lireJson(`${base}/records?select=exercice&group_by=exercice&limit=100`)) as { results: { exercice: string | number }[] };
  return g.results.map((r) => Number(String(r.exercice).slice(0, 4))).filter((a) => a >= 2018).sort((a, b) => a - b);
}

/** Amounts of one year, by commune code of that year's COG: variable → value. */
export async function montantsAnnee(annee: number, base = API_OFGL): Promise<Map<string, Map<string, number>>> {
  const ou = `exercice>=${annee} and exercice<=${annee} and variable in (${Object.keys(VARIABLES).map((v) => `"${v}"`).join(",")})`;
  const url = `${base}/exports/csv?select=code_insee,variable,valeur&delimiter=%3B&where=${encodeURIComponent(ou)}`;
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url} : réponse ${r.status}`);
  const problemes = new Problemes(20);
  const table = lireCsv(new Uint8Array(await r.arrayBuffer()), `OFGL ${annee}`, problemes);
  if (problemes.nbErreurs) throw new ErreurDonnees(`Export OFGL ${annee} illisible :`, problemes.lignes());
  const col = (nom: string) => table.entetes.findIndex((e) => e.trim() === nom);
  const [jc, jv, jx] = [col("code_insee"), col("variable"), col("valeur")];
  if (jc < 0 || jv < 0 || jx < 0) throw new Error(`export OFGL ${annee} : colonnes code_insee, variable, valeur attendues`);
  const res = new Map<string, Map<string, number>>();
  for (let i = 0; i < table.nbLignes; i++) {
    const code = table.texte(i, jc);
    const x = table.nombre(i, jx);
    if (!Number.isFinite(x)) continue; // an empty amount is "not published"
    let m = res.get(code);
    if (!m) res.set(code, (m = new Map()));
    const v = table.texte(i, jv);
    m.set(v, (m.get(v) ?? 0) + x);
  }
  return res;
}

/** Downloads every published year and builds the table on the current COG. */
export async function telechargerMontantsOfgl(base = API_OFGL, progression: (annee: number) => void = () => {}): Promise<MontantsOfgl> {
  const annees = await anneesOfgl(base);
  if (annees.length === 0) throw new Error("aucune année publiée par l'OFGL");
  const ref = referentielCommunes();
  const actuelles = new Map(ref.code_insee.map((c, i) => [c, i]));
  const index = new Map<string, number>();
  const code_insee: string[] = [];
  const lignes: { dgf: number[]; dcn: number[]; comp: number[] }[] = [];
  const derniere = annees.length - 1;
  for (const [k, annee] of annees.entries()) {
    progression(annee);
    for (const [brut, m] of await montantsAnnee(annee, base)) {
      const code = actuelles.has(brut) ? brut : (ref.successeurs.get(brut) ?? brut);
      let i = index.get(code);
      if (i === undefined) {
        index.set(code, (i = code_insee.length));
        code_insee.push(code);
        lignes.push({ dgf: annees.map(() => NaN), dcn: annees.map(() => NaN), comp: COMPOSANTES.map(() => 0) });
      }
      const l = lignes[i];
      for (const [v, x] of m) {
        const cible = VARIABLES[v];
        if (cible === "dgf") l.dgf[k] = (Number.isNaN(l.dgf[k]) ? 0 : l.dgf[k]) + x;
        else if (cible === "dcn") l.dcn[k] = (Number.isNaN(l.dcn[k]) ? 0 : l.dcn[k]) + x;
        else if (cible && k === derniere) l.comp[COMPOSANTES.indexOf(cible)] += x;
      }
    }
  }
  const n = code_insee.length;
  return {
    maj: new Date().toISOString().slice(0, 10),
    annees,
    code_insee,
    dgf: annees.map((_, k) => Float64Array.from({ length: n }, (_, i) => lignes[i].dgf[k])),
    dcn: annees.map((_, k) => Float64Array.from({ length: n }, (_, i) => lignes[i].dcn[k])),
    composantes: Object.fromEntries(COMPOSANTES.map((c, j) => [c, Float64Array.from({ length: n }, (_, i) => lignes[i].comp[j])])) as Record<Composante, Float64Array>,
  };
}
