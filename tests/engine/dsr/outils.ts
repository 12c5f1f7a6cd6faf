// Test context for the DSR/DSU formulas: lazy, computes each variable once, any variable can be given as an
// input (inputs override formulas, spec §2.2). The population/PF/revenu variables and the envelopes belong to
// CORE; BASE gives test-only stand-ins of spec §3.1–3.2 so that these tests run on their own.
import type { Contexte, Formules, Valeur } from '../../../engine/simulation/variables.ts';
import { commune, nationale } from '../../../engine/simulation/variables.ts';
import { FORMULES_DSR } from '../../../engine/dotation_solidarite_rurale/index.ts';
import { FORMULES_DSU } from '../../../engine/dotation_solidarite_urbaine/index.ts';
import { parametresAnnee, type Reforme } from '../../../engine/parametres.ts';

const BOOLEENS = new Set(['outre_mer', 'zrr', 'zone_de_montagne', 'insulaire', 'chef_lieu_de_canton', 'bureau_centralisateur', 'chef_lieu_arrondissement', 'chef_lieu_departement_dans_agglomeration']);

const parStrate = (c: Contexte, num: string, den: string) => {
  const strate = c.nombres('strate_demographique');
  const om = c.booleens('outre_mer');
  const a = c.nombres(num);
  const b = c.nombres(den);
  const sa = new Float64Array(16);
  const sb = new Float64Array(16);
  for (let i = 0; i < c.n; i++) if (!om[i]) { sa[strate[i]] += a[i]; sb[strate[i]] += b[i]; }
  return strate.map((s, i) => (om[i] || !(sb[s] > 0.01) ? 0 : sa[s] / sb[s]));
};

/** Test-only stand-ins for CORE's variables (spec §3.1, §3.2) and the envelopes (parameters of the year). */
export const BASE: Formules = {
  strate_demographique: commune((c) => c.nombres('population_dgf').map((p) => {
    const seuils = [0, 500, 1000, 2000, 3500, 5000, 7500, 10000, 15000, 20000, 35000, 50000, 75000, 100000, 200000];
    let s = 0;
    for (let k = 0; k < seuils.length; k++) if (p >= seuils[k]) s = k + 1;
    return s;
  })),
  population_dgf_plafonnee: commune((c) => {
    const insee = c.nombres('population_insee');
    return c.nombres('population_dgf').map((p, i) => Math.min(p, insee[i] < 100 ? 500 : insee[i] < 500 ? 1000 : insee[i] < 1500 ? 2250 : Infinity));
  }),
  potentiel_financier_par_habitant: commune((c) => {
    const pop = c.nombres('population_dgf');
    return c.nombres('potentiel_financier').map((pf, i) => (pop[i] > 0 ? pf / pop[i] : 0));
  }),
  potentiel_financier_par_habitant_moyen: commune((c) => parStrate(c, 'potentiel_financier', 'population_dgf')),
  potentiel_financier_par_hectare: commune((c) => {
    const s = c.nombres('superficie');
    return c.nombres('potentiel_financier').map((pf, i) => (s[i] > 0 ? pf / s[i] : 0));
  }),
  revenu_par_habitant: commune((c) => {
    const pop = c.nombres('population_insee');
    return c.nombres('revenu_total').map((r, i) => (pop[i] !== 0 ? r / pop[i] : 0));
  }),
  revenu_par_habitant_moyen: commune((c) => parStrate(c, 'revenu_total', 'population_insee')),
  part_population_agglomeration_departement: commune((c) => {
    const d = c.nombres('population_dgf_departement_agglomeration');
    return c.nombres('population_dgf_agglomeration').map((a, i) => (d[i] !== 0 ? a / d[i] : 0));
  }),
  dsr_montant_total_fraction_bourg_centre: nationale((c) => c.p.dotation_solidarite_rurale.bourg_centre.montant),
  dsr_montant_total_fraction_perequation: nationale((c) => c.p.dotation_solidarite_rurale.perequation.montant),
  dsr_montant_total_fraction_cible: nationale((c) => c.p.dotation_solidarite_rurale.cible.montant),
  dsu_montant_total: nationale((c) => c.p.dotation_solidarite_urbaine.montant.metropole),
};

export const TOUTES: Formules = { ...BASE, ...FORMULES_DSR, ...FORMULES_DSU };

export interface Donnees {
  n: number;
  annee?: number;
  reforme?: Reforme;
  communes?: Record<string, ArrayLike<number>>;
  national?: Record<string, number>;
  precedent?: Record<string, ArrayLike<number>>;
  nationalPrecedent?: Record<string, number>;
}

export interface ContexteTest extends Contexte {
  valeur(nom: string): Valeur;
}

/** A lazy context over `formules`; unknown variables without input are 0 columns (the input defaults). */
export function contexteTest(d: Donnees, formules: Formules = TOUTES): ContexteTest {
  const cache = new Map<string, Valeur>();
  const enCours = new Set<string>();
  for (const [nom, v] of Object.entries(d.communes ?? {})) cache.set(nom, formules[nom]?.type === 'booleen' || BOOLEENS.has(nom) ? Uint8Array.from(v) : Float64Array.from(v));
  for (const [nom, v] of Object.entries(d.national ?? {})) cache.set(nom, v);
  const c: ContexteTest = {
    n: d.n,
    p: parametresAnnee(d.annee ?? 2024, d.reforme),
    valeur(nom) {
      const connue = cache.get(nom);
      if (connue !== undefined) return connue;
      const f = formules[nom];
      if (!f) return BOOLEENS.has(nom) ? new Uint8Array(d.n) : new Float64Array(d.n);
      if (enCours.has(nom)) throw new Error(`cycle sur ${nom}`);
      enCours.add(nom);
      const v = f.formule(c);
      enCours.delete(nom);
      cache.set(nom, v);
      return v;
    },
    nombres: (nom) => {
      const v = c.valeur(nom);
      if (typeof v === 'number') throw new Error(`${nom} est nationale`);
      return v instanceof Float64Array ? v : Float64Array.from(v);
    },
    booleens: (nom) => {
      const v = c.valeur(nom);
      if (typeof v === 'number') throw new Error(`${nom} est nationale`);
      return v instanceof Uint8Array ? v : Uint8Array.from(v, (x) => +(x !== 0));
    },
    national: (nom) => {
      const v = c.valeur(nom);
      if (typeof v !== 'number') throw new Error(`${nom} n'est pas nationale`);
      return v;
    },
    precedent: (nom) => {
      const v = d.precedent?.[nom];
      return v instanceof Float64Array ? v : Float64Array.from(v ?? new Float64Array(d.n));
    },
    nationalPrecedent: (nom) => d.nationalPrecedent?.[nom] ?? 0,
  };
  return c;
}

/** Plain array of a column, for readable expectations. */
export const liste = (v: Valeur): number[] => (typeof v === 'number' ? [v] : Array.from(v));
