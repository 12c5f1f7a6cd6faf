import { describe, expect, it } from 'vitest';
import { contexteTest, liste } from './outils.ts';

describe('score bourg-centre (L.2334-21 a–d)', () => {
  it('population capped at 10 000, PF factor, effort capped at 1.2, ZRR × 1.3', () => {
    const c = contexteTest({
      n: 4,
      national: { dsr_potentiel_financier_par_habitant_moyen_moins_10000: 500 },
      communes: {
        dsr_eligible_fraction_bourg_centre: [1, 1, 0, 1],
        population_dgf_plafonnee: [12000, 2000, 2000, 0],
        potentiel_financier_par_habitant: [250, 0, 0, 100],
        effort_fiscal: [1.5, 0.8, 1, 1],
        zrr: [1, 0, 0, 0],
      },
    });
    // 10 000 × (2 − 250/500) × 1.2 × 1.3 = 23 400 ; 2000 × 2 × 0.8 = 3200 ; not eligible 0 ; population 0 → 0
    expect(liste(c.valeur('dsr_score_attribution_fraction_bourg_centre'))).toEqual([expect.closeTo(23400, 9), 3200, 0, 0]);
  });

  it('M10 = 0: score 0, not NaN', () => {
    const c = contexteTest({
      n: 1,
      national: { dsr_potentiel_financier_par_habitant_moyen_moins_10000: 0 },
      communes: { dsr_eligible_fraction_bourg_centre: [1], population_dgf_plafonnee: [1000], effort_fiscal: [1] },
    });
    expect(liste(c.valeur('dsr_score_attribution_fraction_bourg_centre'))).toEqual([0]);
  });
});
