import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { valeurDePointEncadree } from '../../../engine/mecanismes/valeurDePointEncadree.ts';

const f = (a: number[]) => Float64Array.from(a);
const montants = (s: number[], lo: number[], hi: number[], v: number) => s.map((x, i) => (x > 0 ? Math.min(hi[i], Math.max(lo[i], x * v)) : 0));

describe('valeurDePointEncadree', () => {
  it('without bounds: envelope ÷ Σ scores (100 / (3 + 7) = 10)', () => {
    expect(valeurDePointEncadree(f([3, 7]), f([0, 0]), f([Infinity, Infinity]), 100)).toBe(10);
  });

  it('90–120 % band: v = 650 for scores 1 and N-1 amounts 0 / 1000 / 600 / 2000, envelope 4000', () => {
    // v + clamp(v, 900, 1200) + clamp(v, 540, 720) + clamp(v, 1800, 2400) = 4000 → v + 900 + v + 1800 → v = 650
    const v = valeurDePointEncadree(f([1, 1, 1, 1]), f([0, 900, 540, 1800]), f([Infinity, 1200, 720, 2400]), 4000);
    expect(v).toBeCloseTo(650, 9);
  });

  it('a cap is redistributed: scores 10 and 1, first capped at 50, envelope 100 → v = 50, amounts 50 + 50', () => {
    const v = valeurDePointEncadree(f([10, 1]), f([0, 0]), f([50, Infinity]), 100);
    expect(v).toBeCloseTo(50, 9);
    expect(montants([10, 1], [0, 0], [50, Infinity], v)).toEqual([50, expect.closeTo(50, 9)]);
  });

  it('no score: 0; scores of 0 are ignored', () => {
    expect(valeurDePointEncadree(f([0, 0]), f([0, 0]), f([Infinity, Infinity]), 100)).toBe(0);
    expect(valeurDePointEncadree(f([0, 4]), f([500, 0]), f([600, Infinity]), 100)).toBe(25);
  });

  it('floors above the envelope: every amount at its floor (v → 0⁺), finite', () => {
    const v = valeurDePointEncadree(f([1, 1]), f([100, 100]), f([120, 120]), 150);
    expect(Number.isFinite(v)).toBe(true);
    expect(montants([1, 1], [100, 100], [120, 120], v)).toEqual([100, 100]);
  });

  it('property: when reachable, Σ banded amounts = envelope (1e-9 relative)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ s: fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 1e4, noNaN: true })), prev: fc.double({ min: 0, max: 1e6, noNaN: true }), borne: fc.boolean() }), { minLength: 1, maxLength: 40 }),
        fc.double({ min: 0, max: 1e7, noNaN: true }),
        (communes, e) => {
          const s = communes.map((c) => c.s);
          const lo = communes.map((c) => (c.borne ? 0.9 * c.prev : 0));
          const hi = communes.map((c) => (c.borne ? 1.2 * c.prev : Infinity));
          const v = valeurDePointEncadree(f(s), f(lo), f(hi), e);
          expect(Number.isFinite(v)).toBe(true);
          const actifs = s.map((x, i) => i).filter((i) => s[i] > 0);
          const min = actifs.reduce((a, i) => a + lo[i], 0);
          const max = actifs.reduce((a, i) => a + hi[i], 0);
          if (actifs.length && e >= min && e <= max) {
            const total = montants(s, lo, hi, v).reduce((a, b) => a + b, 0);
            expect(Math.abs(total - e)).toBeLessThanOrEqual(1e-9 * Math.max(1, e));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
