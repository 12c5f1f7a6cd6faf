import { describe, expect, it } from 'vitest';
import { rang } from '../../../engine/mecanismes/rang.ts';

describe('rang', () => {
  it('ranks by decreasing score, 1 = highest, ties in input order', () => {
    expect(Array.from(rang(Float64Array.from([3, 5, 5, 0, 1])))).toEqual([3, 1, 2, 5, 4]);
  });
  it('all equal: the input order; empty: empty', () => {
    expect(Array.from(rang(new Float64Array(3)))).toEqual([1, 2, 3]);
    expect(rang(new Float64Array(0))).toHaveLength(0);
  });
});
