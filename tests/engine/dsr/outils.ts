// Test context for the DSR/DSU formulas, on the real engine: the engine's own lazy context (every formula of
// engine/simulation/formules.ts, population, PF and revenu variables included) over a few communes given by
// some columns. Any variable can be given as an input (inputs override formulas, spec §2.2): a column of
// `communes` that is not an engine input, or a number of `national`, overrides the variable's formula.
// N-1 national envelopes not given are 0 (no growth rate), as in a first year of distribution.
import type { Valeur } from '../../../engine/simulation/variables.ts';
import { creerContexte, type ContexteMoteur } from '../../../engine/simulation/contexte.ts';
import { FORMULES } from '../../../engine/simulation/formules.ts';
import { DEFAUTS_PRECEDENTS } from '../../../engine/enveloppes/index.ts';
import { ENTREES } from '../../../engine/entrees.ts';
import { parametresAnnee, type Reforme } from '../../../engine/parametres.ts';

export interface Donnees {
  n: number;
  annee?: number;
  reforme?: Reforme;
  communes?: Record<string, ArrayLike<number>>;
  national?: Record<string, number>;
  precedent?: Record<string, ArrayLike<number>>;
  nationalPrecedent?: Record<string, number>;
}

export type ContexteTest = ContexteMoteur;

const SANS_PRECEDENT = Object.fromEntries(Object.keys(DEFAUTS_PRECEDENTS).map((nom) => [nom, 0]));

export function contexteTest(d: Donnees): ContexteTest {
  const annee = d.annee ?? 2024;
  const entrees: Record<string, ArrayLike<number>> = {};
  const surcharges: Record<string, ArrayLike<number> | number> = { ...d.national };
  for (const [nom, v] of Object.entries(d.communes ?? {})) {
    if (nom in FORMULES) surcharges[nom] = v;
    else if (nom in ENTREES) entrees[nom] = v;
    else throw new Error(`contexteTest : « ${nom} » n'est ni une entrée ni une variable du moteur`);
  }
  return creerContexte({
    annee,
    n: d.n,
    p: parametresAnnee(annee, d.reforme),
    pPrecedent: parametresAnnee(annee - 1),
    formules: FORMULES,
    entrees,
    precedents: d.precedent,
    nationauxPrecedents: { ...SANS_PRECEDENT, ...d.nationalPrecedent },
    defautsPrecedents: DEFAUTS_PRECEDENTS,
    surcharges,
  });
}

/** Plain array of a column, for readable expectations. */
export const liste = (v: Valeur): number[] => (typeof v === 'number' ? [v] : Array.from(v));
