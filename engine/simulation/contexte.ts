// The per-simulation context (engine-contract.md): every variable is computed once, lazily, in dependency
// order, from its formula — unless an input gives it (inputs override formulas, spec §2.2). A per-commune
// override may leave cells NaN: those cells keep the formula's value (the DGCL publishes some computable
// variables, such as the strate, with gaps).
import type { Contexte, Formules, Valeur } from './variables.ts';
import { ENTREES, ENTREES_N_MOINS_1 } from '../entrees.ts';
import type { ParametresAnnee } from '../parametres.ts';
import { colonneDrapeaux, colonneIndices, colonneNombres } from './memoire.ts';
import { somme } from '../mecanismes/colonnes.ts';

export type { Contexte, Formules, Valeur };

/** A per-commune column or a national value given in place of a formula (a number broadcasts to a column). */
export type Surcharge = ArrayLike<number> | number;

export interface DonneesContexte {
  readonly annee: number;
  readonly n: number;
  readonly p: ParametresAnnee;
  /** Parameters of N-1 (year-on-year envelope growth, default N-1 envelopes). */
  readonly pPrecedent: ParametresAnnee;
  readonly formules: Formules;
  /** Input columns of year N (engine/entrees.ts names); missing ones take their default. */
  readonly entrees: Readonly<Record<string, ArrayLike<number> | undefined>>;
  readonly precedents?: Readonly<Record<string, ArrayLike<number> | undefined>>;
  /** National values of N-1 by name; missing ones come from `defautsPrecedents`. */
  readonly nationauxPrecedents?: Readonly<Record<string, number | undefined>>;
  readonly defautsPrecedents: Readonly<Record<string, (p: ParametresAnnee) => number>>;
  readonly surcharges?: Readonly<Record<string, Surcharge | undefined>>;
}

/** The context the CORE formulas read: the shared `Contexte` plus the year and the N-1 parameters. */
export interface ContexteMoteur extends Contexte {
  readonly annee: number;
  readonly pPrecedent: ParametresAnnee;
  /** Every value computed or read so far, by name. */
  readonly valeurs: ReadonlyMap<string, Valeur>;
  valeur(nom: string): Valeur;
}

/** Narrows the shared context to the engine's (every context `creerContexte` builds is one). */
export const moteur = (c: Contexte): ContexteMoteur => c as ContexteMoteur;

const estBooleen = (nom: string, formules: Formules) =>
  formules[nom]?.type === 'booleen' || (nom in ENTREES && ENTREES[nom as keyof typeof ENTREES].type === 'booleen');

function colonne(nom: string, v: ArrayLike<number>, n: number, booleen: boolean): Float64Array | Uint8Array {
  if (v.length !== n) throw new Error(`Variable « ${nom} » : ${v.length} valeurs reçues, ${n} attendues (une par commune).`);
  if (booleen) return v instanceof Uint8Array ? v : versDrapeaux(v);
  return v instanceof Float64Array ? v : versNombres(v);
}

/** 0/1 column of the cells that are truthy (not 0, not NaN). */
function versDrapeaux(v: ArrayLike<number>): Uint8Array {
  const r = colonneDrapeaux(v.length);
  for (let i = 0; i < v.length; i++) r[i] = v[i] ? 1 : 0;
  return r;
}

/** Copy into a Float64Array by a plain loop (Float64Array.from goes through the iterator protocol). */
function versNombres(v: ArrayLike<number>): Float64Array {
  const r = colonneNombres(v.length);
  for (let i = 0; i < v.length; i++) r[i] = v[i];
  return r;
}

/**
 * Whether a column holds a NaN. Arrays and typed arrays through their own `includes` (NaN-aware, and native: fast
 * on the first simulation of a process, where a JavaScript loop over 35,000 cells still runs in the interpreter).
 */
function aDesLacunes(v: ArrayLike<number>): boolean {
  if (Array.isArray(v) || ArrayBuffer.isView(v)) return (v as Float64Array).includes(NaN);
  for (let i = 0; i < v.length; i++) if (Number.isNaN(v[i])) return true;
  return false;
}

/** Increasing indices of the non-zero cells (NaN included: it is not 0). */
function indicesNonNuls(v: Float64Array | Uint8Array): Uint32Array {
  const r = colonneIndices(v.length);
  let m = 0;
  // Every index is written, the count moves on only past a non-zero cell: no unpredictable branch.
  for (let i = 0; i < v.length; i++) {
    r[m] = i;
    m += v[i] !== 0 ? 1 : 0;
  }
  return r.subarray(0, m);
}

export function creerContexte(d: DonneesContexte): ContexteMoteur {
  const { n, formules } = d;
  const cache = new Map<string, Valeur>();
  const enCours: string[] = [];
  const precedents = new Map<string, Float64Array>();
  // Boolean columns read as numbers: converted once per simulation.
  const enNombres = new Map<string, Float64Array>();
  const selections = new Map<string, Uint32Array>();
  const sommes = new Map<string, number>();

  const surcharge = (nom: string): Surcharge | undefined => {
    const s = d.surcharges?.[nom];
    if (s !== undefined) return s;
    // Inputs with a NaN default (published values of computable variables) are overrides too.
    if (nom in formules && nom in ENTREES) return d.entrees[nom];
    return undefined;
  };

  const calculer = (nom: string): Valeur => {
    const f = formules[nom];
    const s = surcharge(nom);
    if (!f) {
      if (s !== undefined) return typeof s === 'number' ? colonneNombres(n).fill(s) : colonne(nom, s, n, estBooleen(nom, formules));
      if (nom in ENTREES) {
        const def = ENTREES[nom as keyof typeof ENTREES];
        const v = d.entrees[nom];
        if (v !== undefined) return def.type === 'date' ? colonne(nom, versNombres(v), n, false) : colonne(nom, v, n, def.type === 'booleen');
        return def.type === 'booleen' ? colonneDrapeaux(n) : colonneNombres(n).fill(def.defaut);
      }
      throw new Error(`Variable inconnue : « ${nom} » (ni entrée du moteur ni variable calculée).`);
    }
    if (f.entite === 'national') {
      if (typeof s === 'number') return s;
      if (s !== undefined) throw new Error(`Variable nationale « ${nom} » : un nombre est attendu, pas une colonne.`);
      const v = f.formule(c);
      if (typeof v !== 'number') throw new Error(`Formule de « ${nom} » : un nombre était attendu.`);
      return v;
    }
    if (typeof s === 'number') return f.type === 'booleen' ? colonneDrapeaux(n).fill(s ? 1 : 0) : colonneNombres(n).fill(s);
    if (s !== undefined) {
      if (!aDesLacunes(s)) return colonne(nom, s, n, f.type === 'booleen');
      const calcule = f.formule(c) as Float64Array | Uint8Array;
      const r = f.type === 'booleen' ? colonneDrapeaux(n) : colonneNombres(n);
      for (let i = 0; i < n; i++) r[i] = Number.isNaN(s[i]) ? calcule[i] : f.type === 'booleen' ? (s[i] ? 1 : 0) : s[i];
      return r;
    }
    const v = f.formule(c);
    if (typeof v === 'number' || v.length !== n) throw new Error(`Formule de « ${nom} » : une colonne de ${n} valeurs était attendue.`);
    return v;
  };

  const c: ContexteMoteur = {
    n,
    p: d.p,
    annee: d.annee,
    pPrecedent: d.pPrecedent,
    valeurs: cache,
    valeur(nom) {
      const connue = cache.get(nom);
      if (connue !== undefined) return connue;
      if (enCours.includes(nom)) throw new Error(`Dépendance circulaire entre variables : ${[...enCours, nom].join(' → ')}.`);
      enCours.push(nom);
      try {
        const v = calculer(nom);
        cache.set(nom, v);
        return v;
      } finally {
        enCours.pop();
      }
    },
    nombres(nom) {
      const v = c.valeur(nom);
      if (typeof v === 'number') throw new Error(`« ${nom} » est une variable nationale, pas une colonne par commune.`);
      if (v instanceof Float64Array) return v;
      let r = enNombres.get(nom);
      if (!r) enNombres.set(nom, (r = versNombres(v)));
      return r;
    },
    booleens(nom) {
      const v = c.valeur(nom);
      if (typeof v === 'number') throw new Error(`« ${nom} » est une variable nationale, pas une colonne par commune.`);
      return v instanceof Uint8Array ? v : versDrapeaux(v);
    },
    selection(nom) {
      const cle = `selection:${nom}`;
      let r = selections.get(cle);
      if (!r) selections.set(cle, (r = indicesNonNuls(c.booleens(nom))));
      return r;
    },
    nonNuls(nom) {
      const cle = `nonNuls:${nom}`;
      let r = selections.get(cle);
      if (!r) selections.set(cle, (r = indicesNonNuls(c.nombres(nom))));
      return r;
    },
    somme(nom) {
      let s = sommes.get(nom);
      if (s === undefined) sommes.set(nom, (s = somme(c.nombres(nom))));
      return s;
    },
    national(nom) {
      const v = c.valeur(nom);
      if (typeof v !== 'number') throw new Error(`« ${nom} » est une colonne par commune, pas une variable nationale.`);
      return v;
    },
    precedent(nom) {
      let v = precedents.get(nom);
      if (v) return v;
      if (!(nom in ENTREES_N_MOINS_1)) throw new Error(`Résultat N-1 inconnu : « ${nom} ».`);
      const donne = d.precedents?.[nom];
      v = donne ? (colonne(`${nom} (N-1)`, donne, n, false) as Float64Array) : colonneNombres(n);
      precedents.set(nom, v);
      return v;
    },
    nationalPrecedent(nom) {
      const donne = d.nationauxPrecedents?.[nom];
      if (donne !== undefined) return donne;
      const defaut = d.defautsPrecedents[nom];
      if (!defaut) throw new Error(`Valeur nationale N-1 inconnue : « ${nom} ».`);
      return defaut(d.pPrecedent) ?? 0;
    },
  };
  return c;
}
