import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arrondiEuro } from '../../../engine/mecanismes/arrondi.ts';

describe('arrondiEuro', () => {
  it('half a euro rounds away from zero; −0 and small negatives give +0', () => {
    expect([2.5, 3.5, -2.5, -3.5, 2.49, -2.49, 1e9 + 0.5].map(arrondiEuro)).toEqual([3, 4, -3, -4, 2, -2, 1e9 + 1]);
    expect(Object.is(arrondiEuro(-0), 0)).toBe(true);
    expect(Object.is(arrondiEuro(-0.4), 0)).toBe(true);
    expect(Number.isNaN(arrondiEuro(NaN))).toBe(true);
  });
  it('is odd-symmetric, an integer within half a euro (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (x) => {
        const r = arrondiEuro(x);
        expect(Number.isInteger(r)).toBe(true);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.5);
        expect(arrondiEuro(-x)).toBe(-r + 0);
      }),
    );
  });
});
