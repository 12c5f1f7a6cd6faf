// Year-independent characteristics of each synthetic commune ("latent" traits): drawn once from the seed,
// then turned into the criteria of each year by criteres.ts. Realistic dependencies: size (population),
// territory (département, outre-mer, mountain), urban/rural (nature of the EPCI), urban poverty.
// For the communes of the real sample (OFGL 2026 amounts) the traits that decide eligibility are shaped by
// the real outcome (calage.ts), so that the engine, run on the synthetic criteria, finds similar results.
import { Flux } from "./alea.ts";
import type { Referentiel } from "./referentiel.ts";

export interface Latents {
  /** Yearly population growth rate. */
  readonly croissance: Float64Array;
  /** Secondary residences etc.: population DGF = population INSEE × (1 + supplement). */
  readonly supplementDgf: Float64Array;
  /** Urban character in [0, 1]. */
  readonly urbanite: Float64Array;
  /** Urban poverty (standard normal, higher = poorer): social housing, housing benefits, QPV, revenue. */
  readonly pauvrete: Float64Array;
  /** Potentiel financier per inhabitant relative to the strate (before normalisation, > 0). */
  readonly ratioPotentiel: Float64Array;
  /** Revenue per inhabitant relative to the strate (before normalisation, > 0). */
  readonly ratioRevenu: Float64Array;
  readonly effortFiscal: Float64Array;
  /** 1 = the commune carries centrality charges (bourg-centre profile). */
  readonly centralite: Uint8Array;
  readonly zoneDeMontagne: Uint8Array;
  readonly zrr: Uint8Array;
  readonly insulaire: Uint8Array;
  /** Inhabitants per hectare. */
  readonly densite: Float64Array;
  /** Metres of road per hectare. */
  readonly voirieParHectare: Float64Array;
  /** Share of 3–16 year olds. */
  readonly partEnfants: Float64Array;
  readonly partLogementsSociaux: Float64Array;
  readonly partAidesLogement: Float64Array;
  readonly partQpv: Float64Array;
  readonly partZfu: Float64Array;
  /** Dotation forfaitaire per inhabitant DGF (seed of the DF chain). */
  readonly dfParHabitant: Float64Array;
  /** Multiplier of the RRF per inhabitant. */
  readonly facteurRecettes: Float64Array;
  /** Year of creation of a commune nouvelle (0 = not a commune nouvelle). */
  readonly anneeCreation: Int32Array;
  /** Uniform draws kept for the canton share and the bureau centralisateur choice. */
  readonly tirageCanton: Float64Array;
}

/** Probability of lying in a mountain zone, by département (zone de montagne, loi de 1985; order of magnitude). */
const MONTAGNE: Record<string, number> = {
  "01": 0.35, "03": 0.05, "04": 0.85, "05": 1, "06": 0.6, "07": 0.55, "09": 0.7, "11": 0.3, "12": 0.45, "15": 0.95,
  "19": 0.6, "2A": 0.8, "2B": 0.85, "23": 0.3, "25": 0.5, "26": 0.45, "30": 0.3, "31": 0.2, "34": 0.3, "38": 0.55,
  "39": 0.55, "42": 0.45, "43": 0.9, "46": 0.05, "48": 1, "63": 0.65, "64": 0.35, "65": 0.6, "66": 0.55, "67": 0.15,
  "68": 0.3, "69": 0.25, "70": 0.1, "71": 0.1, "73": 1, "74": 0.95, "81": 0.25, "87": 0.1, "88": 0.45, "90": 0.3,
};

/** Revenue level of the département relative to the nation (log scale). */
const REVENU_DEPARTEMENT: Record<string, number> = {
  "75": 0.45, "92": 0.4, "78": 0.3, "91": 0.15, "94": 0.1, "77": 0.08, "95": 0.05, "93": -0.3, "69": 0.1, "74": 0.25,
  "01": 0.12, "31": 0.08, "67": 0.08, "68": 0.05, "06": 0.08, "13": 0.0, "33": 0.05, "44": 0.05, "38": 0.06, "73": 0.05,
  "59": -0.1, "62": -0.15, "02": -0.12, "08": -0.12, "11": -0.15, "66": -0.15, "23": -0.15, "30": -0.1, "34": -0.05,
  "2A": -0.05, "2B": -0.08, "48": -0.1, "32": -0.06, "43": -0.08, "46": -0.06, "36": -0.08,
};

/** Former communes of metropolitan islands not linked to the mainland (commune insulaire). */
const ILES = new Set(["29155", "29082", "29084", "29150", "22016", "56069", "56009", "56114", "56152", "56241", "56085", "56086", "56087", "56088", "85113", "17004"]);

/** Years of creation of communes nouvelles and their weights (the 2016, 2017 and 2019 waves). */
const VAGUES_CREATION: readonly (readonly [number, number])[] = [
  [2015, 0.05], [2016, 0.2], [2017, 0.22], [2018, 0.06], [2019, 0.28], [2020, 0.03], [2021, 0.03], [2022, 0.03],
  [2023, 0.04], [2024, 0.03], [2025, 0.03],
];

/** Probability of a bourg-centre profile by population (calibrated on the OFGL 2026 sample shares). */
function probabiliteCentralite(population: number): number {
  if (population < 500) return 0.02;
  if (population < 1000) return 0.12;
  if (population < 2000) return 0.26;
  if (population < 3500) return 0.38;
  if (population < 5000) return 0.45;
  if (population < 10000) return 0.5;
  return 0;
}

const borner = (x: number, min: number, max: number) => (x < min ? min : x > max ? max : x);

/** Draws the traits of every commune of the reference for `graine`; `anneeMax` bounds creation years. */
export function tirerLatents(ref: Referentiel, graine: number, anneeMax: number): Latents {
  const n = ref.code.length;
  const f = (nom: string) => new Flux(graine, nom);
  const [fPop, fUrb, fPauv, fPf, fRev, fEff, fTerr, fDens, fDf, fCn, fCant] = [
    f("population"), f("urbanite"), f("pauvrete"), f("potentiel"), f("revenu"), f("effort"), f("territoire"),
    f("densite"), f("forfaitaire"), f("creation"), f("canton"),
  ];
  const L = {
    croissance: new Float64Array(n), supplementDgf: new Float64Array(n), urbanite: new Float64Array(n),
    pauvrete: new Float64Array(n), ratioPotentiel: new Float64Array(n), ratioRevenu: new Float64Array(n),
    effortFiscal: new Float64Array(n), centralite: new Uint8Array(n), zoneDeMontagne: new Uint8Array(n),
    zrr: new Uint8Array(n), insulaire: new Uint8Array(n), densite: new Float64Array(n),
    voirieParHectare: new Float64Array(n), partEnfants: new Float64Array(n), partLogementsSociaux: new Float64Array(n),
    partAidesLogement: new Float64Array(n), partQpv: new Float64Array(n), partZfu: new Float64Array(n),
    dfParHabitant: new Float64Array(n), facteurRecettes: new Float64Array(n), anneeCreation: new Int32Array(n),
    tirageCanton: new Float64Array(n),
  };
  const urbaniteEpci = [0.05, 0.12, 0.45, 0.7, 0.8];
  // Rural départements made of many small communes are sparsely populated: their communes are larger and have
  // more road per inhabitant. Proxy: the mean commune population of the département (national ≈ 1,900).
  const popDep = new Map<string, [number, number]>();
  for (let i = 0; i < n; i++) {
    const a = popDep.get(ref.departement[i]) ?? [0, 0];
    popDep.set(ref.departement[i], [a[0] + ref.population[i], a[1] + 1]);
  }
  for (let i = 0; i < n; i++) {
    const p = Math.max(ref.population[i], 1);
    const dep = ref.departement[i];
    const om = ref.outreMer[i] === 1;
    const logTaille = Math.log10(p / 2000);

    const u = borner(urbaniteEpci[ref.natureEpci[i]] + 0.15 * logTaille + 0.1 * fUrb.normale(i), 0, 1);
    L.urbanite[i] = u;
    L.croissance[i] = 0.004 + 0.008 * fPop.normale(i);
    L.supplementDgf[i] = borner(Math.exp(-3.7 + 1.0 * (1 - u) + 0.7 * fPop.normale(i, 1)), 0.005, 1.5);

    // Urban poverty: only meaningful where there is a town; outre-mer communes are poorer.
    const pauv = fPauv.normale(i) + (dep === "93" ? 1.2 : 0) + (om ? 0.8 : 0) - (REVENU_DEPARTEMENT[dep] ?? 0) * 2;
    L.pauvrete[i] = pauv;

    // Potentiel financier: lognormal around the strate with a fat right tail (industry, tourism).
    const queue = fPf.bernoulli(i, 0.035, 1) ? 1.6 + 2.5 * fPf.uniforme(i, 2) : 1;
    L.ratioPotentiel[i] = Math.exp(0.27 * fPf.normale(i) - 0.05 * pauv * u + 0.15 * (REVENU_DEPARTEMENT[dep] ?? 0)) * queue;
    L.ratioRevenu[i] = Math.exp(0.2 * fRev.normale(i) - 0.09 * pauv * (0.3 + u) + (REVENU_DEPARTEMENT[dep] ?? 0));
    L.effortFiscal[i] = om ? 1.1 * Math.exp(0.15 * fEff.normale(i)) : borner(Math.exp(0.02 + 0.18 * fEff.normale(i) + 0.05 * u), 0.3, 2.5);

    L.centralite[i] = !om && fTerr.bernoulli(i, probabiliteCentralite(p), 0) ? 1 : 0;
    L.zoneDeMontagne[i] = !om && fTerr.bernoulli(i, MONTAGNE[dep] ?? 0, 1) ? 1 : 0;
    L.zrr[i] = !om && fTerr.bernoulli(i, borner(0.75 * (1 - u) - 0.1 + 0.2 * L.zoneDeMontagne[i], 0, 0.9), 2) ? 1 : 0;
    L.insulaire[i] = ILES.has(ref.code[i]) ? 1 : 0;

    const [sommeDep, nombreDep] = popDep.get(dep)!;
    const facteurDep = Math.pow(sommeDep / nombreDep / 1900, 0.3);
    L.densite[i] = borner(facteurDep * Math.exp(Math.log(0.3) + 2.2 * u + 0.35 * Math.log(p / 2000) + 0.6 * fDens.normale(i)), 0.01, 250);
    L.voirieParHectare[i] = borner(9 * Math.exp(0.3 * fDens.normale(i, 1)) * (1 + 1.5 * u), 2, 120);
    L.partEnfants[i] = borner(0.165 * Math.exp(0.12 * fDens.normale(i, 2) - 0.08 * (1 - u) + (om ? 0.2 : 0)), 0.05, 0.3);


    const baseDf = p < 500 ? 125 : p < 2000 ? 95 : p < 10000 ? 88 : p < 100000 ? 100 : 135;
    L.dfParHabitant[i] = baseDf * Math.exp(0.3 * fDf.normale(i) + 0.25 * L.zoneDeMontagne[i] + (om ? 0.1 : 0));
    L.facteurRecettes[i] = Math.exp(0.15 * fDf.normale(i, 1));

    if (ref.nombreAnciennesCommunes[i] > 0) {
      let t = fCn.uniforme(i);
      let annee = VAGUES_CREATION[0][0];
      for (const [a, w] of VAGUES_CREATION) {
        annee = a;
        if ((t -= w) < 0) break;
      }
      L.anneeCreation[i] = Math.min(annee, anneeMax);
    }
    L.tirageCanton[i] = fCant.uniforme(i);
  }
  return L;
}

/**
 * Housing and priority-area traits, which follow urban poverty: drawn after the shaping of the sample
 * (calage.ts moves `pauvrete`), so that they reflect the shaped poverty.
 */
export function tirerTraitsSociaux(ref: Referentiel, L: Latents, graine: number): void {
  const fLog = new Flux(graine, "logement");
  for (let i = 0; i < ref.code.length; i++) {
    const p = ref.population[i];
    const u = L.urbanite[i];
    const pauv = L.pauvrete[i];
    const pz = Math.max(0, pauv);
    (L.partLogementsSociaux as Float64Array)[i] = borner(0.01 + u * (0.14 + 0.07 * pauv) + 0.03 * fLog.normale(i), 0.01 + 0.04 * u, 0.75);
    (L.partAidesLogement as Float64Array)[i] = borner(0.07 + 0.12 * u + 0.07 * pauv * u + 0.03 * fLog.normale(i, 1), 0.01, 0.6);
    const qpvPossible = p >= 5000 && fLog.bernoulli(i, borner(0.15 + 0.35 * pz, 0, 0.95), 2);
    (L.partQpv as Float64Array)[i] = qpvPossible ? borner(0.04 + 0.12 * pz * fLog.uniforme(i, 3) + 0.1 * fLog.uniforme(i, 4), 0, 0.7) : 0;
    const zfuPossible = p >= 10000 && pauv > 0.8 && fLog.bernoulli(i, 0.25, 5);
    (L.partZfu as Float64Array)[i] = zfuPossible ? 0.02 + 0.15 * fLog.uniforme(i, 6) : 0;
  }
}
