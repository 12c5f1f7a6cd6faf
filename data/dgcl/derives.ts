// Validated DGCL columns → the engine's `Communes` (engine/entrees.ts), computing the derived inputs of spec §5.1.
// Every input the file of that year does not give takes the default of engine/entrees.ts.

import { ENTREES, type Communes, type NomEntree } from "../../engine/entrees.ts";
import { estOutreMer } from "../referentiel/departements.ts";
import { partCantonEnPourcentage } from "./colonnes.ts";
import type { CriteresDgcl } from "./lire.ts";

/** Communes whose published canton share is a DGCL rounding artefact at the 15 % threshold (spec §5.1). */
const PART_CANTON_A_CORRIGER = new Set(["57163", "87116"]);
const SEUIL_PART_CANTON = 0.15;

export interface Derivation {
  readonly communes: Communes;
  /** Indices of the communes whose `revenu_total` was imputed from the published DSR cible index. */
  readonly revenusImputes: readonly number[];
}

function colonneVide(nom: NomEntree, n: number): Float64Array | Uint8Array | Int32Array {
  const def = ENTREES[nom];
  if (def.type === "booleen") return new Uint8Array(n).fill(def.defaut);
  if (def.type === "date") return new Int32Array(n).fill(def.defaut);
  return new Float64Array(n).fill(def.defaut);
}

/** Strata of spec §3.1 from the DGF population (used when the file gives no published strate). */
export function strateDemographique(population: number): number {
  const seuils = [500, 1000, 2000, 3500, 5000, 7500, 10000, 15000, 20000, 35000, 50000, 75000, 100000, 200000];
  let s = 1;
  for (const seuil of seuils) if (population >= seuil) s++;
  return s;
}

export function deriverEntrees(c: CriteresDgcl): Derivation {
  const n = c.nb;
  const sortie: Record<string, Float64Array | Uint8Array | Int32Array> = {};
  for (const nom of Object.keys(ENTREES) as NomEntree[]) {
    const lue = c.colonnes[nom as keyof typeof c.colonnes];
    if (lue) sortie[nom] = ENTREES[nom].type === "booleen" ? Uint8Array.from(lue) : Float64Array.from(lue);
    else sortie[nom] = colonneVide(nom, n);
  }
  const pop = sortie.population_dgf as Float64Array;

  // outre_mer from the département code.
  const om = sortie.outre_mer as Uint8Array;
  for (let i = 0; i < n; i++) om[i] = estOutreMer(c.code_departement[i]) ? 1 : 0;

  // Chef-lieu de canton and its population (left join on the chef-lieu code; 0 when not found).
  const indice = new Map<string, number>();
  c.code_insee.forEach((code, i) => indice.set(code, i));
  const clc = sortie.chef_lieu_de_canton as Uint8Array;
  const popClc = sortie.population_dgf_chef_lieu_de_canton as Float64Array;
  for (let i = 0; i < n; i++) {
    const code = c.code_commune_chef_lieu_canton[i];
    clc[i] = code !== "" && code === c.code_insee[i] ? 1 : 0;
    const k = code === "" ? undefined : indice.get(code);
    popClc[i] = k === undefined ? 0 : pop[k];
  }

  // Largest commune of the agglomeration: agglomerations are rebuilt by grouping on their total population.
  const aggl = sortie.population_dgf_agglomeration as Float64Array;
  const maxParAggl = new Map<number, number>();
  for (let i = 0; i < n; i++) if (aggl[i] > 0) maxParAggl.set(aggl[i], Math.max(maxParAggl.get(aggl[i]) ?? 0, pop[i]));
  const maxAggl = sortie.population_dgf_maximum_commune_agglomeration as Float64Array;
  for (let i = 0; i < n; i++) maxAggl[i] = aggl[i] > 0 ? maxParAggl.get(aggl[i])! : 0;

  // Canton share: a percentage from 2023 on; two known rounding artefacts nudged below the 15 % threshold.
  const part = sortie.part_population_canton as Float64Array;
  const diviseur = partCantonEnPourcentage(c.annee) ? 100 : 1;
  for (let i = 0; i < n; i++) {
    part[i] /= diviseur;
    if (PART_CANTON_A_CORRIGER.has(c.code_insee[i]) && part[i] >= SEUIL_PART_CANTON) part[i] -= 0.0001;
  }

  // Published strate: if absent, computed from the DGF population.
  const strate = sortie.strate_demographique as Float64Array;
  for (let i = 0; i < n; i++) if (Number.isNaN(strate[i])) strate[i] = strateDemographique(pop[i]);

  const revenusImputes = imputerRevenus(c, sortie as unknown as Communes);
  return { communes: { code_insee: c.code_insee, nom: c.nom, ...sortie } as unknown as Communes, revenusImputes };
}

/**
 * Spec §5.1: when `revenu_total` is 0 while the DGCL cible index is > 0 and the INSEE population > 0, the revenue is
 * recovered by inverting the published index
 *   indice = 0.7 × PF_strate / pfi_hab + 0.3 × R_strate / (revenu / pop_insee)
 * ⇒ revenu = pop_insee × 0.3 × R_strate / (indice − 0.7 × PF_strate / pfi_hab),
 * R_strate and PF_strate being the métropole means of the strate (quotients of sums, spec §3.2 items 5 and 8).
 */
function imputerRevenus(c: CriteresDgcl, e: Communes): number[] {
  const indiceCible = c.colonnes.indice_synthetique_dsr_cible;
  if (!indiceCible) return [];
  const n = c.nb;
  const pf = new Float64Array(16), popDgf = new Float64Array(16), rev = new Float64Array(16), popInsee = new Float64Array(16);
  for (let i = 0; i < n; i++) {
    if (e.outre_mer[i]) continue;
    const s = e.strate_demographique[i];
    pf[s] += e.potentiel_financier[i];
    popDgf[s] += e.population_dgf[i];
    rev[s] += e.revenu_total[i];
    popInsee[s] += e.population_insee[i];
  }
  const imputes: number[] = [];
  const revenu = e.revenu_total as Float64Array;
  for (let i = 0; i < n; i++) {
    const idx = indiceCible[i];
    const pi = e.population_insee[i];
    const pfiHab = e.potentiel_financier_par_habitant[i];
    if (revenu[i] !== 0 || !(idx > 0) || !(pi > 0) || e.outre_mer[i] || !(pfiHab > 0)) continue;
    const s = e.strate_demographique[i];
    const pfStrate = popDgf[s] > 0.01 ? pf[s] / popDgf[s] : 0;
    const rStrate = popInsee[s] > 0 ? rev[s] / popInsee[s] : 0;
    const reste = idx - (0.7 * pfStrate) / pfiHab;
    if (reste <= 0 || rStrate <= 0) continue;
    revenu[i] = (pi * 0.3 * rStrate) / reste;
    imputes.push(i);
  }
  return imputes;
}
