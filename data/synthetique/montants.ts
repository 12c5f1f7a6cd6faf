// Notified amounts of the synthetic France: the engine's results of N-1 and N on the synthetic criteria,
// rounded as the DGCL publishes them, plus — in year N only — a documented set of injected discrepancies
// (the ground truth of the discrepancy pages and tests).
import type { Communes, ResultatsNMoins1 } from "../../engine/entrees.ts";
import { colonnesResultats, type AnneeDgcl, type CleResultat } from "../dgcl/colonnes.ts";
import { Flux } from "./alea.ts";

/** What the data layer needs from the engine (the contract of `simuler`, docs/architecture.md). */
export type Simulateur = (o: {
  annee: number;
  communes: Communes;
  resultatsPrecedents?: ResultatsNMoins1;
}) => { communes: Record<string, ArrayLike<number>>; national: Record<string, number> };

/** Result columns that are indices or ranks (kept with their decimals), not amounts in euros. */
const NON_MONETAIRES = new Set<CleResultat>([
  "indice_synthetique_dsr_cible",
  "rang_indice_synthetique_dsr_cible",
  "indice_synthetique_dsu",
  "rang_indice_synthetique_dsu_seuil_haut",
  "rang_indice_synthetique_dsu_seuil_bas",
]);

/**
 * The result columns of the file of `format` taken from the engine's per-commune results: amounts rounded to
 * the euro, indices to 6 decimals. Columns the engine does not produce are reported in `absentes`.
 */
export function montantsNotifies(format: AnneeDgcl, resultats: Record<string, ArrayLike<number>>) {
  const colonnes: Partial<Record<CleResultat, Float64Array>> = {};
  const absentes: CleResultat[] = [];
  for (const c of colonnesResultats(format)) {
    const v = resultats[c.cle];
    if (!v) {
      absentes.push(c.cle);
      continue;
    }
    colonnes[c.cle] = Float64Array.from(v, (x) =>
      !Number.isFinite(x) ? 0 : NON_MONETAIRES.has(c.cle) ? Number(x.toFixed(6)) : Math.round(x),
    );
  }
  return { colonnes, absentes };
}

export type NatureEcart = "arrondi" | "garantie_inconnue" | "bascule_eligibilite";

/** One injected discrepancy: the notified value differs from the engine's by design. */
export interface EcartInjecte {
  readonly code_insee: string;
  readonly nom: string;
  readonly colonne: CleResultat;
  readonly nature: NatureEcart;
  readonly montant_moteur: number;
  readonly montant_notifie: number;
  readonly explication: string;
}

export const NOMBRE_ECARTS: Record<NatureEcart, number> = { arrondi: 40, garantie_inconnue: 10, bascule_eligibilite: 6 };

/** `nombre` indices among those satisfying `filtre`, chosen by seed (deterministic, without repetition). */
function choisir(n: number, nombre: number, flux: Flux, filtre: (i: number) => boolean, exclus: Set<number>): number[] {
  const candidats: number[] = [];
  for (let i = 0; i < n; i++) if (filtre(i) && !exclus.has(i)) candidats.push(i);
  candidats.sort((a, b) => flux.uniforme(a) - flux.uniforme(b) || a - b);
  const choisis = candidats.slice(0, nombre);
  for (const i of choisis) exclus.add(i);
  return choisis.sort((a, b) => a - b);
}

/**
 * Injects the discrepancies into the notified columns (mutated) and returns the ground-truth list:
 * - arrondi: DF notified a few euros away from the engine (±1 to ±3 €);
 * - garantie_inconnue: a DSU multi-year guarantee (not in the criteria file) paid to communes the engine finds
 *   ineligible to the DSU, added to the DSU amount and to the guarantee column;
 * - bascule_eligibilite: bourg-centre communes that the engine finds eligible but the notification excludes
 *   (e.g. after a correction of their canton data); their bourg-centre amount is notified as 0.
 * Totals (DSR total) are kept consistent with the modified fractions.
 */
export function injecterEcarts(
  communes: Communes,
  notifies: Partial<Record<CleResultat, Float64Array>>,
  graine: number,
): EcartInjecte[] {
  const n = communes.code_insee.length;
  const flux = new Flux(graine, "ecarts");
  const exclus = new Set<number>();
  const ecarts: EcartInjecte[] = [];
  const noter = (i: number, colonne: CleResultat, nature: NatureEcart, avant: number, apres: number, explication: string) =>
    ecarts.push({ code_insee: communes.code_insee[i], nom: communes.nom?.[i] ?? "", colonne, nature, montant_moteur: avant, montant_notifie: apres, explication });

  const df = notifies.dotation_forfaitaire;
  if (df) {
    for (const i of choisir(n, NOMBRE_ECARTS.arrondi, new Flux(graine, "ecarts-arrondi"), (i) => df[i] > 1000, exclus)) {
      const delta = (flux.uniforme(i, 1) < 0.5 ? -1 : 1) * (1 + Math.floor(3 * flux.uniforme(i, 2)));
      noter(i, "dotation_forfaitaire", "arrondi", df[i], df[i] + delta, `Écart d'arrondi de ${delta} € sur la dotation forfaitaire notifiée.`);
      df[i] += delta;
    }
  }

  const dsu = notifies.dsu_montant;
  const garantie = notifies.dsu_montant_garantie_non_eligible;
  if (dsu && garantie) {
    const filtre = (i: number) => !communes.outre_mer[i] && communes.population_dgf[i] >= 5000 && dsu[i] === 0;
    for (const i of choisir(n, NOMBRE_ECARTS.garantie_inconnue, new Flux(graine, "ecarts-garantie"), filtre, exclus)) {
      const montant = Math.round(communes.population_dgf[i] * (10 + 30 * flux.uniforme(i, 3)));
      noter(i, "dsu_montant", "garantie_inconnue", dsu[i], dsu[i] + montant, `Garantie pluriannuelle de DSU de ${montant} € absente du fichier des critères : le moteur ne peut pas la connaître.`);
      dsu[i] += montant;
      garantie[i] += montant;
    }
  }

  const bcEligible = notifies.dsr_montant_eligible_fraction_bourg_centre;
  const bc = notifies.dsr_fraction_bourg_centre;
  const dsr = notifies.dotation_solidarite_rurale;
  if (bcEligible && bc && dsr) {
    for (const i of choisir(n, NOMBRE_ECARTS.bascule_eligibilite, new Flux(graine, "ecarts-bascule"), (i) => bcEligible[i] > 0, exclus)) {
      noter(i, "dsr_fraction_bourg_centre", "bascule_eligibilite", bc[i], 0, "Commune éligible à la fraction bourg-centre selon le moteur, exclue par la notification (données de canton corrigées après publication).");
      dsr[i] -= bc[i];
      bc[i] = 0;
      bcEligible[i] = 0;
    }
  }
  return ecarts.sort((a, b) => (a.code_insee < b.code_insee ? -1 : a.code_insee > b.code_insee ? 1 : a.colonne < b.colonne ? -1 : 1));
}
