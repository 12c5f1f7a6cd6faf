// Column helpers shared by the dotation formulas (arithmetic, not legal mechanisms).
import { colonneNombres } from '../simulation/memoire.ts';

/** Σ of a column. */
export function somme(x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i];
  return s;
}

/** x × k, element-wise. */
export function multiplier(x: Float64Array, k: number): Float64Array {
  const r = colonneNombres(x.length);
  for (let i = 0; i < x.length; i++) r[i] = x[i] * k;
  return r;
}

const boite = new Float64Array(1);
/**
 * `x` unchanged, but seen by V8 as a double. A parameter holding a small integer (a default of 0) mixed with computed
 * doubles in a conditional inside a loop makes V8 box every value in a heap object: measured 3 × slower, with 16 bytes
 * of garbage per commune. Pass such parameters through this function before the loop.
 */
export function enDouble(x: number): number {
  boite[0] = x;
  return boite[0];
}
