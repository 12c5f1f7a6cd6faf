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

describe('rang (taille France)', () => {
  it('35 000 scores (zeros, ties, close values) rank as a comparator sort does', () => {
    let graine = 12345;
    const alea = () => ((graine = (graine * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const s = Float64Array.from({ length: 35000 }, (_, i) => (i % 7 === 0 ? 0 : i % 11 === 0 ? 1.5 : 0.5 + alea() * 3 + (i % 13 === 0 ? 2 ** -45 : 0)));
    const ordre = [...s.keys()].sort((a, b) => s[b] - s[a] || a - b);
    const attendu = new Float64Array(s.length);
    ordre.forEach((i, k) => (attendu[i] = k + 1));
    expect(rang(s)).toEqual(attendu);
  });
});
