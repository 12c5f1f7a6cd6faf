import { describe, expect, it } from 'vitest';
import { contexteTest, liste } from './outils.ts';

describe('fraction péréquation (L.2334-22)', () => {
  it('eligibility: métropole, < 10 000, PF/hab ≤ 2 × strate mean (both 0 → eligible)', () => {
    const c = contexteTest({
      n: 5,
      communes: {
        population_dgf: [9999, 10000, 500, 500, 500],
        outre_mer: [0, 0, 1, 0, 0],
        potentiel_financier_par_habitant: [400, 100, 100, 400.01, 0],
        potentiel_financier_par_habitant_moyen: [200, 200, 200, 200, 0],
      },
    });
    expect(liste(c.valeur('dsr_eligible_fraction_perequation'))).toEqual([1, 0, 0, 0, 1]);
  });

  it('the four scores, by hand', () => {
    const c = contexteTest({
      n: 3,
      national: { dsr_potentiel_financier_par_hectare_moyen_moins_10000: 100 },
      communes: {
        dsr_eligible_fraction_perequation: [1, 1, 0],
        population_dgf: [1000, 1000, 1000],
        potentiel_financier_par_habitant: [300, 50, 50],
        potentiel_financier_par_habitant_moyen: [200, 0, 200],
        effort_fiscal: [1, 1.5, 1],
        longueur_voirie: [1000, 1000, 1000],
        zone_de_montagne: [1, 0, 0],
        insulaire: [0, 1, 0],
        population_enfants: [150, 10, 10],
        potentiel_financier_par_hectare: [50, 250, 0],
      },
    });
    // 1000 × (2 − 1.5) × 1 = 500 ; strate mean 0 → factor 2: 1000 × 2 × 1.2 = 2400 ; not eligible 0
    expect(liste(c.valeur('dsr_score_attribution_perequation_part_potentiel_financier_par_habitant'))).toEqual([500, 2400, 0]);
    expect(liste(c.valeur('dsr_score_attribution_perequation_part_longueur_voirie'))).toEqual([2000, 2000, 0]);
    expect(liste(c.valeur('dsr_score_attribution_perequation_part_enfants'))).toEqual([150, 10, 0]);
    // 1000 × (200 − 50) / 100 = 1500 ; 250 > 2 × 100 → 0
    expect(liste(c.valeur('dsr_score_attribution_perequation_part_potentiel_financier_par_hectare'))).toEqual([1500, 0, 0]);
  });

  it('sub-envelopes 30/30/30/10, valeurs de point, parts; Σ = envelope', () => {
    const c = contexteTest({
      n: 3,
      national: { dsr_montant_total_fraction_perequation: 1060 },
      communes: {
        dsr_eligible_fraction_perequation: [1, 1, 0],
        dsr_garantie_commune_nouvelle_fraction_perequation: [0, 0, 60],
        dsr_score_attribution_perequation_part_potentiel_financier_par_habitant: [1, 1, 0],
        dsr_score_attribution_perequation_part_longueur_voirie: [1, 3, 0],
        dsr_score_attribution_perequation_part_enfants: [2, 2, 0],
        dsr_score_attribution_perequation_part_potentiel_financier_par_hectare: [1, 0, 0],
      },
    });
    expect(c.national('dsr_montant_total_eligibles_fraction_perequation')).toBe(1000);
    expect(c.national('dsr_montant_total_eligibles_fraction_perequation_part_longueur_voirie')).toBe(300);
    expect(c.national('dsr_montant_total_eligibles_fraction_perequation_part_potentiel_financier_par_hectare')).toBe(100);
    expect(c.national('dsr_valeur_point_fraction_perequation_part_longueur_voirie')).toBe(75);
    expect(c.national('dsr_coefficient_stabilite_fraction_perequation')).toBe(1);
    // 150 + 75 + 150 + 100 = 475 ; 150 + 225 + 150 + 0 = 525
    expect(liste(c.valeur('dsr_montant_hors_garanties_fraction_perequation'))).toEqual([475, 525, 0]);
    expect(liste(c.valeur('dsr_fraction_perequation'))).toEqual([475, 525, 60]);
  });

  it('120 % ceiling redistributed through the stability coefficient λ', () => {
    const c = contexteTest({
      n: 2,
      national: { dsr_montant_total_fraction_perequation: 1000 },
      communes: {
        dsr_eligible_fraction_perequation: [1, 1],
        dsr_score_attribution_perequation_part_potentiel_financier_par_habitant: [1, 1],
        dsr_score_attribution_perequation_part_longueur_voirie: [1, 3],
        dsr_score_attribution_perequation_part_enfants: [2, 2],
        dsr_score_attribution_perequation_part_potentiel_financier_par_hectare: [1, 0],
      },
      precedent: { dsr_montant_eligible_fraction_perequation: [0, 400] },
    });
    // 475 λ + min(525 λ, 480) = 1000 → λ = 520 / 475
    const lambda = 520 / 475;
    expect(c.national('dsr_coefficient_stabilite_fraction_perequation')).toBeCloseTo(lambda, 12);
    expect(c.national('dsr_valeur_point_fraction_perequation_part_enfants')).toBeCloseTo(75 * lambda, 9);
    expect(liste(c.valeur('dsr_montant_eligible_fraction_perequation'))).toEqual([expect.closeTo(520, 9), 480]);
  });

  it('PF/ha mean 0 (superficie 0 everywhere): score 0, no NaN', () => {
    const c = contexteTest({
      n: 1,
      communes: { population_dgf: [800], superficie: [0], potentiel_financier: [1000], dsr_eligible_fraction_perequation: [1] },
    });
    expect(liste(c.valeur('dsr_score_attribution_perequation_part_potentiel_financier_par_hectare'))).toEqual([0]);
  });
});
