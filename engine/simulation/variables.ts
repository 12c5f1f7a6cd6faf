// Variables of the engine (engine-contract.md): each per-commune or national quantity is a formula of named
// variables, read through a per-simulation context that computes each variable once, lazily, and lets any of
// them be overridden by an input. Columns are typed arrays over all communes; national values are plain
// numbers. Shared by every dotation module; the context itself is built in ./contexte.ts.
import type { ParametresAnnee } from '../parametres.ts';

export interface Contexte {
  /** Number of communes. */
  readonly n: number;
  /** Parameters of the year of law (after reform). */
  readonly p: ParametresAnnee;
  /** Numeric per-commune variable of year N (input or computed). */
  nombres(nom: string): Float64Array;
  /** Boolean per-commune variable of year N (0/1). */
  booleens(nom: string): Uint8Array;
  /**
   * Indices, increasing, of the communes where the boolean variable is 1 (computed once per simulation): formulas
   * that only concern a subset (a DSU group, the eligible communes) loop over it instead of over all communes.
   */
  selection(nom: string): Uint32Array;
  /**
   * Indices, increasing, of the communes where the numeric variable is not 0 (computed once per simulation): a
   * product or a sum of that variable only needs those cells, whatever gave the variable (formula or input).
   */
  nonNuls(nom: string): Uint32Array;
  /** Σ over the communes of a numeric variable (in commune order), computed once per simulation. */
  somme(nom: string): number;
  /** National variable of year N. */
  national(nom: string): number;
  /** Per-commune result of year N-1, aligned on the communes of N (0 when unknown). */
  precedent(nom: string): Float64Array;
  /** National value of year N-1 (envelope). */
  nationalPrecedent(nom: string): number;
}

export type Valeur = Float64Array | Uint8Array | number;

export interface DefinitionVariable {
  readonly entite: 'commune' | 'national';
  readonly type: 'nombre' | 'booleen';
  readonly formule: (c: Contexte) => Valeur;
}

/** A dotation's formulas, by the specification's variable names. */
export type Formules = Record<string, DefinitionVariable>;

export const commune = (formule: (c: Contexte) => Float64Array): DefinitionVariable => ({ entite: 'commune', type: 'nombre', formule });
export const drapeau = (formule: (c: Contexte) => Uint8Array): DefinitionVariable => ({ entite: 'commune', type: 'booleen', formule });
export const nationale = (formule: (c: Contexte) => number): DefinitionVariable => ({ entite: 'national', type: 'nombre', formule });
