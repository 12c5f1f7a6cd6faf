// Shaping of the sample communes on reality: for each commune of the OFGL 2026 files, the traits that
// decide its eligibilities are moved towards what it really received (BC, péréquation, cible, DSU) and the
// seeds of its amount chains (DF, DSR fractions, DSU, DNP) are set near its real amounts. Eligibility itself
// is never written: it comes out of the engine run on the resulting criteria.
import { Flux } from "./alea.ts";
import type { Latents } from "./latents.ts";
import { composante, type MontantsReels } from "./reels.ts";
import type { Referentiel } from "./referentiel.ts";

/** Real 2026 amounts aligned on the reference (NaN = commune outside the sample). */
export interface AmorcesReelles {
  readonly df: Float64Array;
  readonly dsu: Float64Array;
  readonly dnp: Float64Array;
  readonly bourgCentre: Float64Array;
  readonly perequation: Float64Array;
  readonly cible: Float64Array;
  /** 1 = commune of the real sample. */
  readonly echantillon: Uint8Array;
}

export function alignerReels(ref: Referentiel, reels: MontantsReels | undefined): AmorcesReelles {
  const n = ref.code.length;
  const a = {
    df: new Float64Array(n).fill(NaN), dsu: new Float64Array(n).fill(NaN), dnp: new Float64Array(n).fill(NaN),
    bourgCentre: new Float64Array(n).fill(NaN), perequation: new Float64Array(n).fill(NaN), cible: new Float64Array(n).fill(NaN),
    echantillon: new Uint8Array(n),
  };
  if (!reels) return a;
  for (let i = 0; i < n; i++) {
    const c = reels.parCommune.get(ref.code[i]);
    if (!c) continue;
    a.echantillon[i] = 1;
    a.df[i] = c[composante("dotation_forfaitaire")];
    a.dsu[i] = c[composante("dsu_montant")];
    a.dnp[i] = c[composante("dotation_nationale_perequation")];
    a.bourgCentre[i] = c[composante("dsr_fraction_bourg_centre")];
    a.perequation[i] = c[composante("dsr_fraction_perequation")];
    a.cible[i] = c[composante("dsr_fraction_cible")];
  }
  return a;
}

/**
 * Moves the eligibility traits of the sample communes towards their real 2026 outcome
 * (mutates the latent arrays of the sample communes only).
 */
export function caler(ref: Referentiel, L: Latents, reels: AmorcesReelles, graine: number): void {
  const f = new Flux(graine, "calage");
  for (let i = 0; i < ref.code.length; i++) {
    if (!reels.echantillon[i] || ref.outreMer[i]) continue;
    const p = ref.population[i];
    const bc = reels.bourgCentre[i] > 0;
    const pq = reels.perequation[i] > 0;
    (L.centralite as Uint8Array)[i] = bc ? 1 : 0;
    const r = L.ratioPotentiel as Float64Array;
    if (p < 9000) {
      if (pq) r[i] = Math.min(r[i], 1.75 - 0.4 * f.uniforme(i, 0));
      else r[i] = bc ? 1.95 : 2.4 + 1.2 * f.uniforme(i, 0);
    } else if (p >= 10000 && ref.chefLieuArrondissement[i] && !bc) {
      r[i] = Math.max(r[i], 2.2); // a chef-lieu d'arrondissement that does not receive BC is excluded by its PF
    }
    if (bc) r[i] = Math.min(r[i], p < 9000 && !pq ? 1.95 : 1.5);
    // Road length: about 30 % of the péréquation fraction is shared by (weighted) road metres, at roughly
    // 0.36 €/m nationally: the real amount tells the order of magnitude of the commune's roads. Blend it
    // half and half with the generated density of roads.
    if (pq) {
      const superficie = Math.max(20, Math.round(p / L.densite[i]));
      const poids = L.zoneDeMontagne[i] || L.insulaire[i] ? 2 : 1;
      const voirieReelle = (1.1 * reels.perequation[i]) / poids - 1.5 * p * 1.012;
      const v = L.voirieParHectare as Float64Array;
      if (voirieReelle > 0) v[i] = Math.min(120, Math.max(2, 0.5 * v[i] + (0.5 * voirieReelle) / superficie));
    }
    // Rural fractions go only to communes under 10,000 (DGF population): keep their DGF population below.
    if ((pq || reels.cible[i] > 0 || (bc && !ref.chefLieuArrondissement[i])) && p * 1.012 < 9990) {
      const s = L.supplementDgf as Float64Array;
      s[i] = Math.min(s[i], 9990 / (p * 1.012) - 1);
    }
    if (p >= 4000) {
      const dsu = reels.dsu[i] > 0;
      const pauv = L.pauvrete as Float64Array;
      const rev = L.ratioRevenu as Float64Array;
      const haut = p >= 10000;
      if (dsu) {
        pauv[i] = Math.max(pauv[i], (haut ? 0.6 : 2.0) + 0.8 * f.uniforme(i, 1));
        rev[i] = Math.min(rev[i], 0.85);
        r[i] = Math.min(r[i], 1);
      } else {
        pauv[i] = Math.min(pauv[i], (haut ? -1.2 : -0.5) - 0.5 * f.uniforme(i, 1));
        rev[i] = Math.max(rev[i], 1.3 + 0.4 * f.uniforme(i, 2));
        r[i] = Math.max(r[i], 1.2);
      }
    }
  }
}

/**
 * Cible shaping on the normalised ratios of year N: the cible index of a candidate commune is
 * 0.7 / ratio PF + 0.3 / ratio revenu (ratios to the strate means, spec §3.8); the 10,000 best are eligible.
 * Sample communes that really receive the cible fraction get an index clearly above the national threshold,
 * the others clearly below, by moving their revenue ratio (and, when that is not enough, their PF ratio).
 */
export function calerCible(
  candidat: Uint8Array,
  ratioPf: Float64Array,
  ratioRevenu: Float64Array,
  reels: AmorcesReelles,
  nombreEligibles: number,
  graine: number,
): void {
  const f = new Flux(graine, "calage-cible");
  const indices: number[] = [];
  for (let i = 0; i < candidat.length; i++) if (candidat[i]) indices.push(0.7 / ratioPf[i] + 0.3 / ratioRevenu[i]);
  if (indices.length <= nombreEligibles) return;
  indices.sort((a, b) => b - a);
  const seuil = indices[nombreEligibles - 1];
  for (let i = 0; i < candidat.length; i++) {
    if (!reels.echantillon[i] || !candidat[i] || !(reels.cible[i] >= 0)) continue;
    const indice = 0.7 / ratioPf[i] + 0.3 / ratioRevenu[i];
    const u = f.uniforme(i);
    if (reels.cible[i] > 0 && indice < seuil * 1.1) {
      const vise = seuil * (1.15 + 0.4 * u);
      ratioRevenu[i] = 0.3 / Math.max(vise - 0.7 / ratioPf[i], 0.05);
    } else if (reels.cible[i] === 0 && indice > seuil * 0.9) {
      const vise = seuil * (0.65 + 0.2 * u);
      // Richer inhabitants first; if the PF term alone is above the aim, a higher PF too (still ≤ 1.75 × the
      // strate mean, so the commune keeps its péréquation eligibility).
      if (0.7 / ratioPf[i] > vise - 0.1) ratioPf[i] = Math.min(Math.max(ratioPf[i], 0.7 / (vise - 0.1)), 1.75);
      const reste = vise - 0.7 / ratioPf[i];
      ratioRevenu[i] = reste > 0.086 ? 0.3 / reste : 3.5;
    }
  }
}

/**
 * Second-pass shaping with the engine in the loop: the cible fraction has no year-to-year clamp, so its amount
 * follows the commune's score. For each sample commune that receives the cible fraction both in reality and in
 * the synthetic run, its road length (a third of the cible score) is scaled by (real / synthetic)^1.5, bounded
 * to [0.5, 2]; `voiries` are the road columns of the years to adjust (mutated). Returns the number of communes moved.
 */
export function ajusterVoirieCible(
  code: readonly string[],
  cibleSynthetique: ArrayLike<number>,
  reels: AmorcesReelles,
  indexParCode: ReadonlyMap<string, number>,
  voiries: readonly Float64Array[],
): number {
  let deplacees = 0;
  for (let k = 0; k < code.length; k++) {
    const i = indexParCode.get(code[k]);
    if (i === undefined || !reels.echantillon[i]) continue;
    const reel = reels.cible[i];
    const synth = Number(cibleSynthetique[k]);
    if (!(reel > 0) || !(synth > 0)) continue;
    const facteur = Math.min(2, Math.max(0.5, Math.pow(reel / synth, 1.5)));
    if (Math.abs(facteur - 1) < 0.02) continue;
    for (const v of voiries) v[k] = Math.round(v[k] * facteur);
    deplacees++;
  }
  return deplacees;
}

/**
 * Second-pass shaping of the seeds of the amount chains (N-2 amounts of the sample communes): the engine's year-N
 * amount of each chained dotation (DF, DSU, DSR bourg-centre, péréquation) follows its seed closely (DF: + part
 * dynamique − écrêtement; DSR: 90–120 % band; DSU: previous amount + increase), so each seed is scaled by
 * real / synthetic, bounded to [2/3, 3/2], where both are positive (mutates `amorce`).
 */
export function ajusterAmorces(
  amorce: { [K in "dotation_forfaitaire" | "dsu_montant_eligible" | "dsr_montant_eligible_fraction_bourg_centre" | "dsr_montant_eligible_fraction_perequation"]: Float64Array },
  resultatsN: Record<string, ArrayLike<number>>,
  reels: AmorcesReelles,
): void {
  const couples = [
    [amorce.dotation_forfaitaire, "dotation_forfaitaire", reels.df],
    [amorce.dsu_montant_eligible, "dsu_montant", reels.dsu],
    [amorce.dsr_montant_eligible_fraction_bourg_centre, "dsr_fraction_bourg_centre", reels.bourgCentre],
    [amorce.dsr_montant_eligible_fraction_perequation, "dsr_fraction_perequation", reels.perequation],
  ] as const;
  for (const [graine, nom, reel] of couples) {
    const synth = resultatsN[nom];
    if (!synth) continue;
    for (let i = 0; i < graine.length; i++) {
      if (!reels.echantillon[i] || !(reel[i] > 0) || !(Number(synth[i]) > 0) || !(graine[i] > 0)) continue;
      graine[i] = Math.round(graine[i] * Math.min(1.5, Math.max(2 / 3, reel[i] / Number(synth[i]))));
    }
  }
}
