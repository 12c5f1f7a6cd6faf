// Column helpers shared by the dotation formulas (arithmetic, not legal mechanisms).

// With a `selection` (increasing indices: `c.nonNuls(nom)`, engine/simulation/variables.ts), only those cells are
// read; x being 0 elsewhere, the results are the same, to the bit, as over all cells.

/** Σ of a column. */
export function somme(x: Float64Array, selection?: Uint32Array): number {
  let s = 0;
  if (selection) for (let k = 0; k < selection.length; k++) s += x[selection[k]];
  else for (let i = 0; i < x.length; i++) s += x[i];
  return s;
}

/** x × k, element-wise. */
export function multiplier(x: Float64Array, k: number, selection?: Uint32Array): Float64Array {
  const r = new Float64Array(x.length);
  if (selection) for (let j = 0; j < selection.length; j++) r[selection[j]] = x[selection[j]] * k;
  else for (let i = 0; i < x.length; i++) r[i] = x[i] * k;
  return r;
}
