// From latent traits to the criteria of one year: the engine's input columns (engine/entrees.ts) that the
// DGCL file carries, plus the chef-lieu de canton codes. The inputs the reader derives from the file
// (chef-lieu de canton, population of the chef-lieu, largest commune of the unité urbaine) are left to the
// data layer's derivation (fichiers.ts), so that the programmatic API and the CSV files give the same inputs.
import { ENTREES, type Communes, type NomEntree } from "../../engine/entrees.ts";
import { parametresAnnee, valeurBareme } from "../../engine/parametres.ts";
import { calerCible, type AmorcesReelles } from "./calage.ts";
import type { Latents } from "./latents.ts";
import type { Referentiel } from "./referentiel.ts";

export interface CriteresAnnee {
  readonly annee: number;
  readonly communes: Communes;
  readonly departement: readonly string[];
  /** Code of the chef-lieu de canton (2014) as written in the file; the source of `chef_lieu_de_canton`. */
  readonly codeChefLieuCanton: readonly string[];
}

/** Potentiel financier per inhabitant DGF of each strate 1..15 (€, order of magnitude of the DGCL means). */
const PF_STRATE = [0, 640, 650, 680, 740, 800, 860, 900, 980, 1030, 1100, 1180, 1220, 1260, 1230, 1650];
/** Revenue per inhabitant INSEE, national level (€). */
const REVENU_NATIONAL = 15500;
/** Yearly drift of money criteria (N-1 values are this much lower). */
const DERIVE_PF = 0.02;
const DERIVE_REVENU = 0.025;

const arrondir = (x: number, decimales: number) => Number(x.toFixed(decimales));

/** Empty input columns of the engine, at their defaults. */
function colonnesVides(n: number): Record<NomEntree, Float64Array | Uint8Array | Int32Array> {
  const c = {} as Record<NomEntree, Float64Array | Uint8Array | Int32Array>;
  for (const [nom, def] of Object.entries(ENTREES) as [NomEntree, (typeof ENTREES)[NomEntree]][]) {
    const col = def.type === "booleen" ? new Uint8Array(n) : def.type === "date" ? new Int32Array(n) : new Float64Array(n);
    if (def.defaut !== 0) col.fill(def.defaut);
    c[nom] = col;
  }
  return c;
}

/** Divides `ratio` in place so that its `poids`-weighted mean is 1 within each strate (métropole only). */
function normaliserParStrate(ratio: Float64Array, poids: Float64Array, strate: Float64Array, outreMer: Uint8Array): void {
  const somme = new Float64Array(16);
  const total = new Float64Array(16);
  for (let i = 0; i < ratio.length; i++) {
    if (outreMer[i]) continue;
    somme[strate[i]] += ratio[i] * poids[i];
    total[strate[i]] += poids[i];
  }
  for (let i = 0; i < ratio.length; i++) {
    const s = strate[i];
    if (!outreMer[i] && somme[s] > 0) ratio[i] /= somme[s] / total[s];
  }
}

export interface OptionsCriteres {
  readonly annee: number;
  /** Years back from the year of the real sample shaping (0 = year N, 1 = year N-1). */
  readonly recul: number;
  /** Apply the cible shaping of the sample (done on year N; year N-1 reuses the shaped ratios). */
  readonly calerCible: boolean;
  readonly graine: number;
}

/** Builds the engine inputs of one year. `L` may be mutated by the cible shaping (year N only). */
export function construireCriteres(ref: Referentiel, L: Latents, reels: AmorcesReelles, o: OptionsCriteres): CriteresAnnee {
  const n = ref.code.length;
  const p = parametresAnnee(o.annee);
  const strates = p.population.groupes_demographiques;
  const c = colonnesVides(n);
  const col = (nom: NomEntree) => c[nom] as Float64Array;
  const bool = (nom: NomEntree) => c[nom] as Uint8Array;
  const popInsee = col("population_insee");
  const popDgf = col("population_dgf");
  const strate = col("strate_demographique");

  // Populations.
  const k = 1 / Math.log10(400);
  for (let i = 0; i < n; i++) {
    const pi = Math.max(1, Math.round((ref.population[i] * 1.012) / Math.pow(1 + L.croissance[i], o.recul)));
    popInsee[i] = pi;
    popDgf[i] = Math.round(pi * (1 + L.supplementDgf[i]));
    strate[i] = valeurBareme(strates, popDgf[i]);
    const coef = Math.min(2, Math.max(1, 1 + k * Math.log10(popDgf[i] / 500)));
    col("population_dgf_majoree")[i] = arrondir(popDgf[i] * coef, 2);
  }

  // Potentiel financier and revenue, relative to the strate, normalised so that the strate means are the targets.
  const ratioPf = Float64Array.from(L.ratioPotentiel);
  const ratioRev = Float64Array.from(L.ratioRevenu);
  normaliserParStrate(ratioPf, popDgf, strate, ref.outreMer);
  normaliserParStrate(ratioRev, popInsee, strate, ref.outreMer);
  if (o.calerCible) {
    const candidat = new Uint8Array(n);
    for (let i = 0; i < n; i++) candidat[i] = !ref.outreMer[i] && popDgf[i] < 10000 && (ratioPf[i] <= 2 || L.centralite[i]) ? 1 : 0;
    const avantPf = Float64Array.from(ratioPf);
    calerCible(candidat, ratioPf, ratioRev, reels, p.dotation_solidarite_rurale.cible.eligibilite.seuil_classement, o.graine);
    normaliserParStrate(ratioRev, popInsee, strate, ref.outreMer);
    // Keep the shaped ratios for the other year (revenue relative to the strate means of year N).
    (L.ratioRevenu as Float64Array).set(ratioRev);
    for (let i = 0; i < n; i++) if (ratioPf[i] !== avantPf[i]) (L.ratioPotentiel as Float64Array)[i] *= ratioPf[i] / avantPf[i];
  }
  const derivePf = Math.pow(1 - DERIVE_PF, o.recul);
  const deriveRev = Math.pow(1 - DERIVE_REVENU, o.recul);
  for (let i = 0; i < n; i++) {
    const om = ref.outreMer[i] === 1;
    const pfHab = (om ? 800 : PF_STRATE[strate[i]]) * ratioPf[i] * derivePf;
    const pf = arrondir(pfHab * popDgf[i], 2);
    col("potentiel_financier")[i] = pf;
    col("potentiel_financier_par_habitant")[i] = arrondir(pf / popDgf[i], 6);
    const df = L.dfParHabitant[i] * popDgf[i];
    col("potentiel_fiscal")[i] = arrondir(Math.max(pf - df, 0.5 * pf), 2);
    col("effort_fiscal")[i] = arrondir(L.effortFiscal[i], 6);
    col("revenu_total")[i] = arrondir((om ? 0.62 : 1) * REVENU_NATIONAL * ratioRev[i] * deriveRev * popInsee[i], 2);
    col("recettes_reelles_fonctionnement")[i] = arrondir(popDgf[i] * (0.9 * pfHab + 250) * L.facteurRecettes[i], 2);

    const logements = Math.max(1, Math.round(popInsee[i] * (0.42 + 0.35 * L.supplementDgf[i])));
    col("nombre_logements")[i] = logements;
    col("nombre_logements_sociaux")[i] = Math.round(logements * L.partLogementsSociaux[i]);
    col("nombre_beneficiaires_aides_au_logement")[i] = Math.round(logements * L.partAidesLogement[i]);
    col("population_qpv")[i] = Math.round(popInsee[i] * L.partQpv[i]);
    col("population_zfu")[i] = Math.round(popInsee[i] * L.partZfu[i]);
    col("population_enfants")[i] = Math.round(popInsee[i] * L.partEnfants[i]);
    const superficie = Math.max(20, Math.round(ref.population[i] / L.densite[i]));
    col("superficie")[i] = superficie;
    col("longueur_voirie")[i] = Math.round(superficie * L.voirieParHectare[i] + 1.5 * popInsee[i]);

    // DNP is an input (not modelled per commune): the real amount for the sample, else a PF/effort rule of thumb.
    col("dotation_nationale_perequation")[i] = reels.echantillon[i]
      ? Math.round(reels.dnp[i] * (1 - 0.01 * o.recul))
      : !om && ratioPf[i] < 1.05 && L.effortFiscal[i] >= 0.95
        ? Math.round(popDgf[i] * 12 * (1.2 - ratioPf[i]))
        : 0;
    bool("outre_mer")[i] = ref.outreMer[i];
    bool("zrr")[i] = L.zrr[i];
    bool("zone_de_montagne")[i] = L.zoneDeMontagne[i];
    bool("insulaire")[i] = L.insulaire[i];
    bool("chef_lieu_arrondissement")[i] = ref.chefLieuArrondissement[i];
    if (L.anneeCreation[i] > 0 && L.anneeCreation[i] <= o.annee) {
      (c.date_creation_commune as Int32Array)[i] = L.anneeCreation[i] * 10000 + 101;
      col("population_insee_initiale")[i] = Math.round(ref.population[i] * 1.012 / Math.pow(1 + L.croissance[i], o.annee - o.recul - L.anneeCreation[i] - 1));
    }
  }
  const codeChefLieuCanton = geographie(ref, L, c);
  return { annee: o.annee, communes: { code_insee: ref.code, nom: ref.nom, ...c } as unknown as Communes, departement: ref.departement, codeChefLieuCanton };
}

/**
 * Unités urbaines and cantons (bourg-centre criteria). Urban EPCI cores form one unité urbaine; a town of
 * 2,000+ outside it is its own; the rest is rural (0). A commune with a bourg-centre profile is the chef-lieu
 * of its 2014 canton or its bureau centralisateur and weighs ≥ 15 % of it; the others point to their pole.
 * Returns the chef-lieu codes.
 */
function geographie(ref: Referentiel, L: Latents, c: Record<NomEntree, Float64Array | Uint8Array | Int32Array>): string[] {
  const n = ref.code.length;
  const popDgf = c.population_dgf as Float64Array;
  const popDep = new Map<string, number>();
  for (let i = 0; i < n; i++) popDep.set(ref.departement[i], (popDep.get(ref.departement[i]) ?? 0) + popDgf[i]);

  // Unités urbaines: key = EPCI core, or the commune itself.
  const cle: string[] = new Array(n);
  const popUu = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const central = L.centralite[i] === 1;
    const noyau = !central && ref.natureEpci[i] >= 2 && L.urbanite[i] >= 0.45;
    const seul = popDgf[i] >= 2000 && (!central || popDgf[i] < 0.1 * (popDep.get(ref.departement[i]) ?? 0));
    cle[i] = noyau ? `E${ref.epci[i]}` : seul ? `C${ref.code[i]}` : "";
    if (cle[i]) popUu.set(cle[i], (popUu.get(cle[i]) ?? 0) + popDgf[i]);
  }
  const uuAvecPrefecture = new Set<string>();
  for (let i = 0; i < n; i++) if (ref.chefLieuDepartement[i] && cle[i]) uuAvecPrefecture.add(cle[i]);
  const popAgglo = c.population_dgf_agglomeration as Float64Array;
  for (let i = 0; i < n; i++) {
    popAgglo[i] = cle[i] ? popUu.get(cle[i])! : 0;
    (c.population_dgf_departement_agglomeration as Float64Array)[i] = popAgglo[i] > 0 ? popDep.get(ref.departement[i])! : 0;
    (c.chef_lieu_departement_dans_agglomeration as Uint8Array)[i] = cle[i] && uuAvecPrefecture.has(cle[i]) ? 1 : 0;
  }

  // Poles: the two largest communes of each EPCI (or département when outside any EPCI).
  const premier = new Map<string, number>();
  const second = new Map<string, number>();
  const groupe = (i: number) => ref.epci[i] || `D${ref.departement[i]}`;
  for (let i = 0; i < n; i++) {
    const g = groupe(i);
    const a = premier.get(g);
    if (a === undefined || popDgf[i] > popDgf[a]) {
      if (a !== undefined) second.set(g, a);
      premier.set(g, i);
    } else {
      const b = second.get(g);
      if (b === undefined || popDgf[i] > popDgf[b]) second.set(g, i);
    }
  }
  const codes: string[] = new Array(n);
  const part = c.part_population_canton as Float64Array;
  const bureau = c.bureau_centralisateur as Uint8Array;
  for (let i = 0; i < n; i++) {
    const g = groupe(i);
    const pole = premier.get(g)!;
    const autre = pole !== i ? pole : second.get(g);
    const t = L.tirageCanton[i];
    if (L.centralite[i]) {
      const chefLieu = t < 0.75 || autre === undefined;
      codes[i] = chefLieu ? ref.code[i] : ref.code[autre];
      bureau[i] = chefLieu ? (t < 0.45 ? 1 : 0) : 1;
      part[i] = arrondir(0.15 + 0.5 * ((t * 7) % 1), 4);
    } else {
      codes[i] = autre !== undefined ? ref.code[autre] : ref.code[i] === ref.code[pole] ? "" : ref.code[pole];
      part[i] = arrondir(Math.min(0.1499, (c.population_insee as Float64Array)[i] / (8000 + 10000 * t)), 4);
    }
  }
  return codes;
}
