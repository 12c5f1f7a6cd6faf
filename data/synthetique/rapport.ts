// Calibration report: the synthetic France against reality.
// 1. National counts of eligible communes (engine on the synthetic criteria) against the DGCL figures.
// 2. For the communes of the real OFGL sample: share receiving DSU, DSR bourg-centre, péréquation, cible and
//    median amount per inhabitant of DF, DSU, DSR, by département and by strate group, synthetic vs real.
import type { FranceSynthetique } from "./france.ts";
import { composante, type MontantsReels } from "./reels.ts";
import { chargerReferentiel } from "./referentiel.ts";

/** Average ratio population DGF / population municipale (population totale ≈ +1.2 %, résidences secondaires ≈ +5 %). */
export const RAPPORT_POPULATION_DGF = 1.065;

export interface CibleNationale {
  readonly cle: "dsu_haut" | "dsu_bas" | "bourg_centre" | "perequation" | "cible";
  readonly libelle: string;
  readonly valeur: number;
  readonly source: string;
}

/**
 * National targets (counts of eligible communes, métropole) and their sources. The DSU counts are fixed by law
 * as shares of the two population groups: the groups are counted on the real populations of the COG
 * (municipale × RAPPORT_POPULATION_DGF), not on the synthetic ones.
 */
export function ciblesNationales(): CibleNationale[] {
  const ref = chargerReferentiel();
  let haut = 0;
  let bas = 0;
  for (let i = 0; i < ref.code.length; i++) {
    if (ref.outreMer[i]) continue;
    const p = ref.population[i] * RAPPORT_POPULATION_DGF;
    if (p >= 10000) haut++;
    else if (p >= 5000) bas++;
  }
  return [
    {
      cle: "dsu_haut", libelle: "DSU, communes de 10 000 habitants et plus", valeur: Math.floor(haut * 0.666667 + 0.99),
      source: `loi : 2/3 des ${haut} communes de 10 000 habitants et plus (L. 2334-16 CGCT, population DGF estimée = municipale × ${RAPPORT_POPULATION_DGF}) ; 692 en 2002 (Sénat)`,
    },
    {
      cle: "dsu_bas", libelle: "DSU, communes de 5 000 à 9 999 habitants", valeur: Math.floor(bas * 0.1 + 0.99),
      source: `loi : 10 % des ${bas} communes de 5 000 à 9 999 habitants (même estimation) ; 104 en 2002 (Sénat)`,
    },
    { cle: "bourg_centre", libelle: "DSR, fraction bourg-centre", valeur: 4100, source: "bilans DGCL/CFL : 4 036 (2002), 4 097 (2010), 4 069 (2012)" },
    {
      cle: "perequation", libelle: "DSR, fraction péréquation", valeur: 33000,
      source: "bilans DGCL/CFL : 33 718 (2002), 34 369 (2010) ; 33 165 communes reçoivent la DSR en 2023 (La Gazette, données DGCL)",
    },
    { cle: "cible", libelle: "DSR, fraction cible", valeur: 10000, source: "loi : les 10 000 premières communes classées (L. 2334-22-1 CGCT)" },
  ];
}

export const TOLERANCE_NATIONALE = 0.05;
export const TOLERANCE_PART = 5; // points
export const TOLERANCE_MEDIANE = 0.15;
/** Cells smaller than this are shown but not assessed. */
export const EFFECTIF_MINIMUM = 20;

const GROUPES = [
  { libelle: "moins de 500", max: 500 },
  { libelle: "500 à 1 999", max: 2000 },
  { libelle: "2 000 à 9 999", max: 10000 },
  { libelle: "10 000 et plus", max: Infinity },
] as const;

export interface LigneNationale {
  readonly libelle: string;
  readonly synthetique: number;
  readonly reel: number;
  readonly source: string;
  readonly atteint: boolean;
}

export interface LigneEchantillon {
  readonly cellule: string;
  readonly communes: number;
  /** [indicator, synthetic, real, assessed, reached] */
  readonly mesures: readonly { indicateur: string; synthetique: number; reel: number; evalue: boolean; atteint: boolean }[];
}

export interface Rapport {
  readonly national: readonly LigneNationale[];
  readonly parDepartement: readonly LigneEchantillon[];
  readonly parStrate: readonly LigneEchantillon[];
  readonly echecs: number;
}

function compter(f: FranceSynthetique, nom: string, repli: string, filtre: (i: number) => boolean): number {
  const r = f.n.resultats;
  const col = r[nom] ?? r[repli];
  if (!col) throw new Error(`Rapport : le moteur ne fournit ni « ${nom} » ni « ${repli} ».`);
  let k = 0;
  for (let i = 0; i < col.length; i++) if (Number(col[i]) > 0 && filtre(i)) k++;
  return k;
}

function mediane(valeurs: number[]): number {
  if (valeurs.length === 0) return NaN;
  valeurs.sort((a, b) => a - b);
  const m = valeurs.length >> 1;
  return valeurs.length % 2 ? valeurs[m] : (valeurs[m - 1] + valeurs[m]) / 2;
}

/** Builds both comparison tables. */
export function rapportCalibrage(f: FranceSynthetique, reels: MontantsReels): Rapport {
  const c = f.n.communes;
  const pop = c.population_dgf;
  const metro = (i: number) => !c.outre_mer[i];
  const national: LigneNationale[] = ciblesNationales().map((cible) => {
    const synthetique =
      cible.cle === "dsu_haut" ? compter(f, "dsu_eligible", "dsu_montant_eligible", (i) => metro(i) && pop[i] >= 10000)
      : cible.cle === "dsu_bas" ? compter(f, "dsu_eligible", "dsu_montant_eligible", (i) => metro(i) && pop[i] >= 5000 && pop[i] < 10000)
      : cible.cle === "bourg_centre" ? compter(f, "dsr_eligible_fraction_bourg_centre", "dsr_montant_eligible_fraction_bourg_centre", metro)
      : cible.cle === "perequation" ? compter(f, "dsr_eligible_fraction_perequation", "dsr_montant_eligible_fraction_perequation", metro)
      : compter(f, "dsr_eligible_fraction_cible", "dsr_montant_hors_garanties_fraction_cible", metro);
    return { libelle: cible.libelle, synthetique, reel: cible.valeur, source: cible.source, atteint: Math.abs(synthetique - cible.valeur) <= TOLERANCE_NATIONALE * cible.valeur };
  });

  // Sample communes: synthetic engine amounts vs real 2026 amounts.
  const r = f.n.resultats;
  const montant = (nom: string, i: number) => Number(r[nom]?.[i] ?? 0) || 0;
  const indicateursPart = [
    ["DSU", "dsu_montant", "dsu_montant"],
    ["DSR bourg-centre", "dsr_fraction_bourg_centre", "dsr_fraction_bourg_centre"],
    ["DSR péréquation", "dsr_fraction_perequation", "dsr_fraction_perequation"],
    ["DSR cible", "dsr_fraction_cible", "dsr_fraction_cible"],
  ] as const;
  const indicateursMediane = [
    ["DF €/hab", "dotation_forfaitaire", "dotation_forfaitaire"],
    ["DSU €/hab", "dsu_montant", "dsu_montant"],
    ["DSR €/hab", "dotation_solidarite_rurale", "dotation_solidarite_rurale"],
  ] as const;
  const cellules = new Map<string, number[]>();
  const strates = new Map<string, number[]>();
  for (let i = 0; i < c.code_insee.length; i++) {
    if (!reels.parCommune.has(c.code_insee[i])) continue;
    const code = c.code_insee[i];
    const dep = code.startsWith("97") ? code.slice(0, 3) : code.slice(0, 2);
    (cellules.get(dep) ?? cellules.set(dep, []).get(dep)!).push(i);
    const g = GROUPES.find((x) => pop[i] < x.max)!.libelle;
    (strates.get(g) ?? strates.set(g, []).get(g)!).push(i);
  }
  const ligne = (cellule: string, indices: number[]): LigneEchantillon => {
    const mesures: LigneEchantillon["mesures"][number][] = [];
    const n = indices.length;
    for (const [libelle, nomMoteur, nomReel] of indicateursPart) {
      const synth = (100 * indices.filter((i) => montant(nomMoteur, i) > 0).length) / n;
      const reel = (100 * indices.filter((i) => reels.parCommune.get(c.code_insee[i])![composante(nomReel)] > 0).length) / n;
      const evalue = n >= EFFECTIF_MINIMUM;
      mesures.push({ indicateur: `part ${libelle} (%)`, synthetique: synth, reel, evalue, atteint: !evalue || Math.abs(synth - reel) <= TOLERANCE_PART });
    }
    for (const [libelle, nomMoteur, nomReel] of indicateursMediane) {
      const synth = mediane(indices.filter((i) => montant(nomMoteur, i) > 0).map((i) => montant(nomMoteur, i) / pop[i]));
      const recus = indices.filter((i) => reels.parCommune.get(c.code_insee[i])![composante(nomReel)] > 0);
      const reel = mediane(recus.map((i) => reels.parCommune.get(c.code_insee[i])![composante(nomReel)] / pop[i]));
      const evalue = recus.length >= EFFECTIF_MINIMUM;
      const atteint = !evalue || (Number.isFinite(synth) && Math.abs(synth / reel - 1) <= TOLERANCE_MEDIANE);
      mesures.push({ indicateur: `médiane ${libelle}`, synthetique: synth, reel, evalue, atteint });
    }
    return { cellule, communes: n, mesures };
  };
  const parDepartement = [...cellules.keys()].sort().map((k) => ligne(k, cellules.get(k)!));
  const parStrate = GROUPES.filter((g) => strates.has(g.libelle)).map((g) => ligne(g.libelle, strates.get(g.libelle)!));
  const echecs =
    national.filter((l) => !l.atteint).length +
    [...parDepartement, ...parStrate].reduce((s, l) => s + l.mesures.filter((m) => !m.atteint).length, 0);
  return { national, parDepartement, parStrate, echecs };
}

const fmt = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d).replace(".", ",") : "—");

/** The report as French text tables (CLI output). */
export function formaterRapport(r: Rapport, avertissement: string): string {
  const l: string[] = [`${avertissement}`, "", "1. Nombres nationaux de communes éligibles (moteur sur les critères synthétiques)", ""];
  l.push("indicateur | synthétique | réel | écart | atteint | source");
  for (const x of r.national) {
    l.push(`${x.libelle} | ${x.synthetique} | ${x.reel} | ${fmt((100 * (x.synthetique - x.reel)) / x.reel)} % | ${x.atteint ? "oui" : "NON"} | ${x.source}`);
  }
  const table = (titre: string, lignes: readonly LigneEchantillon[]) => {
    l.push("", titre, "");
    const indicateurs = lignes[0]?.mesures.map((m) => m.indicateur) ?? [];
    l.push(["cellule", "communes", ...indicateurs.map((i) => `${i} synth./réel`)].join(" | "));
    for (const x of lignes) {
      const cases = x.mesures.map((m) => `${fmt(m.synthetique)} / ${fmt(m.reel)}${!m.evalue ? " (n.é.)" : m.atteint ? "" : " ✗"}`);
      l.push([x.cellule, String(x.communes), ...cases].join(" | "));
    }
  };
  table("2a. Échantillon réel 2026 (OFGL) par département : parts (points) et médianes (€/hab, population DGF)", r.parDepartement);
  table("2b. Même échantillon par groupe de strates", r.parStrate);
  l.push("", `Tolérances : nombres nationaux ±${TOLERANCE_NATIONALE * 100} %, parts ±${TOLERANCE_PART} points, médianes ±${TOLERANCE_MEDIANE * 100} % ; n.é. = non évalué (moins de ${EFFECTIF_MINIMUM} communes).`);
  l.push(r.echecs === 0 ? "Toutes les cibles sont atteintes." : `${r.echecs} cible(s) manquée(s) (✗ ou NON).`);
  return l.join("\n");
}
