// Helpers of the CORE tests: a small population of communes given by a few columns, the others at their
// default (engine/entrees.ts), and the engine run on it, every variable kept (the tests read the intermediates).
import { simuler, type OptionsSimulation } from '../../../engine/index.ts';

export function communes(n: number, colonnes: Record<string, number[]> = {}) {
  const c: Record<string, unknown> = { code_insee: Array.from({ length: n }, (_, i) => String(10001 + i)) };
  for (const [nom, v] of Object.entries(colonnes)) {
    if (v.length !== n) throw new Error(`${nom} : ${v.length} valeurs pour ${n} communes`);
    c[nom] = Float64Array.from(v);
  }
  return c as unknown as OptionsSimulation['communes'];
}

export function simulerSur(annee: number, colonnes: Record<string, number[]>, autres: Partial<OptionsSimulation> = {}) {
  const n = Object.values(colonnes)[0]?.length ?? 1;
  return simuler({ annee, communes: communes(n, colonnes), variables: 'toutes', ...autres });
}

export const liste = (v: ArrayLike<number>) => Array.from(v);
