import { describe, expect, it } from 'vitest';
import { contexteTest, liste } from './outils.ts';

describe('montants bourg-centre', () => {
  it('guarantees off the envelope, valeur de point, amounts; Σ = envelope', () => {
    const c = contexteTest({
      n: 4,
      national: { dsr_montant_total_fraction_bourg_centre: 1000 },
      communes: {
        dsr_eligible_fraction_bourg_centre: [1, 1, 0, 0],
        dsr_score_attribution_fraction_bourg_centre: [3, 7, 0, 0],
        dsr_garantie_commune_nouvelle_fraction_bourg_centre: [0, 0, 0, 50],
      },
      precedent: { dsr_montant_eligible_fraction_bourg_centre: [0, 0, 400, 0] },
    });
    expect(liste(c.valeur('dsr_montant_garantie_non_eligible_fraction_bourg_centre'))).toEqual([0, 0, 200, 0]);
    expect(c.national('dsr_montant_total_eligibles_fraction_bourg_centre')).toBe(750); // 1000 − 200 − 50
    expect(c.national('dsr_valeur_point_fraction_bourg_centre')).toBe(75);
    expect(liste(c.valeur('dsr_fraction_bourg_centre'))).toEqual([225, 525, 200, 50]);
  });

  it('the amount cut by the 120 % ceiling goes to the other eligible communes (valeur de point 90, not 75)', () => {
    const c = contexteTest({
      n: 2,
      national: { dsr_montant_total_fraction_bourg_centre: 750 },
      communes: { dsr_eligible_fraction_bourg_centre: [1, 1], dsr_score_attribution_fraction_bourg_centre: [3, 7] },
      precedent: { dsr_montant_eligible_fraction_bourg_centre: [0, 400] },
    });
    // 3v + min(7v, 480) = 750 → v = 90 ; the model would pay 225 + 480 = 705
    expect(c.national('dsr_valeur_point_fraction_bourg_centre')).toBeCloseTo(90, 9);
    expect(liste(c.valeur('dsr_montant_eligible_fraction_bourg_centre'))).toEqual([expect.closeTo(270, 9), 480]);
  });

  it('90 % floor: 0.9 × N-1 when the computed amount is lower', () => {
    const c = contexteTest({ n: 4, communes: { dsr_montant_hors_garanties_fraction_bourg_centre: [1000, 1000, 1000, 1000] }, precedent: { dsr_montant_eligible_fraction_bourg_centre: [0, 1000, 600, 2000] } });
    expect(liste(c.valeur('dsr_montant_eligible_fraction_bourg_centre'))).toEqual([1000, 1000, 720, 1800]);
  });

  it('no eligible commune: valeur de point 0, amounts 0 (no NaN)', () => {
    const c = contexteTest({ n: 2, national: { dsr_montant_total_fraction_bourg_centre: 1000 }, communes: { dsr_eligible_fraction_bourg_centre: [0, 0] } });
    expect(c.national('dsr_valeur_point_fraction_bourg_centre')).toBe(0);
    expect(liste(c.valeur('dsr_fraction_bourg_centre'))).toEqual([0, 0]);
  });

  it('outre-mer: no exit guarantee on an N-1 amount; notified amount rounded to the euro', () => {
    const c = contexteTest({
      n: 2,
      communes: { outre_mer: [1, 0], dsr_eligible_fraction_bourg_centre: [0, 0] },
      precedent: { dsr_montant_eligible_fraction_bourg_centre: [1000, 1001] },
    });
    expect(liste(c.valeur('dsr_montant_garantie_non_eligible_fraction_bourg_centre'))).toEqual([0, 500.5]);
    expect(liste(c.valeur('dsr_fraction_bourg_centre'))).toEqual([0, 501]);
  });
});
