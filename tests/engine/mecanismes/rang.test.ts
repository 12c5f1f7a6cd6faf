import fc from 'fast-check';
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

describe('rang (propriété)', () => {
  it('equals a comparator sort (score descending, then index) on any finite scores', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant(0), fc.constant(-0), fc.integer({ min: -3, max: 3 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), { maxLength: 80 }), (xs) => {
        const s = Float64Array.from(xs);
        const ordre = [...s.keys()].sort((a, b) => s[b] - s[a] || a - b);
        const attendu = new Array<number>(s.length);
        ordre.forEach((i, k) => (attendu[i] = k + 1));
        expect(Array.from(rang(s))).toEqual(attendu);
      }),
      { numRuns: 500 },
    );
  });
});

describe('rang (mots hauts égaux)', () => {
  it('scores sharing their high 32 bits (short and long runs) keep the comparator order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 400 }), fc.boolean(), (ks, negatifs) => {
        // 1 + k·2⁻⁴⁰ share their high word; the sign exercises the general path.
        const s = Float64Array.from(ks, (k) => (negatifs && k % 3 === 0 ? -1 : 1) * (1 + k * 2 ** -40));
        const ordre = [...s.keys()].sort((a, b) => s[b] - s[a] || a - b);
        const attendu = new Array<number>(s.length);
        ordre.forEach((i, k) => (attendu[i] = k + 1));
        expect(Array.from(rang(s))).toEqual(attendu);
      }),
      { numRuns: 200 },
    );
  });
});
