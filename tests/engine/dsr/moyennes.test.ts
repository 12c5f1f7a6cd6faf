import { describe, expect, it } from 'vitest';
import { contexteTest } from './outils.ts';

describe('moyennes des communes de moins de 10 000 habitants', () => {
  it('quotient of sums over métropole communes < 10 000 (outre-mer and ≥ 10 000 left out)', () => {
    const c = contexteTest({
      n: 4,
      communes: {
        population_dgf: [1000, 3000, 10000, 500],
        potentiel_financier: [500_000, 700_000, 9_000_000, 1_000_000],
        superficie: [1000, 3000, 500, 100],
        outre_mer: [0, 0, 0, 1],
      },
    });
    // (500 000 + 700 000) / (1000 + 3000) = 300 €/hab ; / (1000 + 3000 ha) = 300 €/ha
    expect(c.national('dsr_potentiel_financier_par_habitant_moyen_moins_10000')).toBe(300);
    expect(c.national('dsr_potentiel_financier_par_hectare_moyen_moins_10000')).toBe(300);
  });

  it('no commune below 10 000, population 0 or superficie 0: 0, never NaN', () => {
    const c = contexteTest({ n: 2, communes: { population_dgf: [0, 20000], potentiel_financier: [0, 1e6], superficie: [0, 10] } });
    expect(c.national('dsr_potentiel_financier_par_habitant_moyen_moins_10000')).toBe(0);
    expect(c.national('dsr_potentiel_financier_par_hectare_moyen_moins_10000')).toBe(0);
  });
});
