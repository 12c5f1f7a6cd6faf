import { describe, expect, it } from 'vitest';
import { appliquerStabilite, coefficientStabilite } from '../../../engine/mecanismes/encadrementN1.ts';
import { garantieSortie, sommeGarantiesNonEligibles } from '../../../engine/mecanismes/garantieDeSortie.ts';

const f = (x: number[]) => Float64Array.from(x);

describe('encadrement N-1 (90 %–120 %)', () => {
  const bande = { precedent: f([100, 100, 100, 0, 100]), ratioPlancher: 0.9, ratioPlafond: 1.2 };
  it('keeps a positive amount between 90 % and 120 % of a positive N-1 amount, else leaves it', () => {
    expect(Array.from(appliquerStabilite(f([100, 50, 0, 200, 130]), bande))).toEqual([100, 90, 0, 200, 120]);
  });
  it('coefficient: hand-checked λ so that the banded amounts use the envelope', () => {
    // clamp(100λ, 90, 120) + 100λ = 300 → λ = 1.8 (first commune at its 120 cap, the second unbanded).
    expect(coefficientStabilite(f([100, 100]), { precedent: f([100, 0]), ratioPlancher: 0.9, ratioPlafond: 1.2 }, 300)).toBeCloseTo(1.8, 12);
    // No N-1 amount: nothing to band, λ = 1; nothing to distribute: 0.
    expect(coefficientStabilite(f([100, 100]), { precedent: f([0, 0]), ratioPlancher: 0.9, ratioPlafond: 1.2 }, 300)).toBe(1);
    expect(coefficientStabilite(f([0, 0]), { precedent: f([100, 0]), ratioPlancher: 0.9, ratioPlafond: 1.2 }, 300)).toBe(0);
  });
});

describe('garantie de sortie', () => {
  it('ratio × N-1 amount for a métropole commune no longer eligible', () => {
    expect(Array.from(garantieSortie(Uint8Array.from([1, 0, 0, 0]), Uint8Array.from([0, 0, 1, 0]), f([100, 100, 100, 0]), 0.5))).toEqual([0, 50, 0, 0]);
  });
  it('Σ over the non-eligible communes of the larger guarantee', () => {
    expect(sommeGarantiesNonEligibles(Uint8Array.from([1, 0, 0]), f([10, 20, 5]), f([0, 50, 1]))).toBe(55);
    expect(sommeGarantiesNonEligibles(Uint8Array.from([1, 0, 0]), f([10, 20, 5]))).toBe(25);
  });
});
