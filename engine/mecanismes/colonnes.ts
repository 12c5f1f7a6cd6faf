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
