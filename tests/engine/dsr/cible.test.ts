import { describe, expect, it } from 'vitest';
import { contexteTest, liste } from './outils.ts';

describe('fraction cible (L.2334-22-1)', () => {
  const base = {
    population_dgf: [1000, 1000, 1000, 10000, 1000],
    dsr_eligible_fraction_bourg_centre: [1, 0, 0, 1, 1],
    dsr_eligible_fraction_perequation: [0, 1, 0, 0, 0],
    potentiel_financier_par_habitant: [100, 100, 100, 100, 0],
    potentiel_financier_par_habitant_moyen: [200, 250, 200, 200, 200],
    revenu_par_habitant: [10, 10, 10, 10, 10],
    revenu_par_habitant_moyen: [15, 10, 15, 15, 15],
  };

  it('indice: 0.7 × PF moyen/PF + 0.3 × revenu moyen/revenu, for < 10 000 eligible to BC or PQ', () => {
    const c = contexteTest({ n: 5, communes: base });
    // 0.7 × 2 + 0.3 × 1.5 = 1.85 ; 0.7 × 2.5 + 0.3 = 2.05 ; not BC/PQ 0 ; ≥ 10 000 0 ; PF 0 → 0 + 0.45
    expect(liste(c.valeur('indice_synthetique_dsr_cible'))).toEqual([expect.closeTo(1.85, 12), expect.closeTo(2.05, 12), 0, 0, expect.closeTo(0.45, 12)]);
    expect(liste(c.valeur('rang_indice_synthetique_dsr_cible'))).toEqual([2, 1, 4, 5, 3]);
  });

  it('eligibility: rank ≤ seuil_classement (reform to 2)', () => {
    const c = contexteTest({ n: 5, communes: base, reforme: { 'dotation_solidarite_rurale.cible.eligibilite.seuil_classement': 2 } });
    expect(liste(c.valeur('dsr_eligible_fraction_cible'))).toEqual([1, 1, 0, 0, 0]);
  });

  it('equal indices: ranks in input order', () => {
    const c = contexteTest({ n: 3, communes: { indice_synthetique_dsr_cible: [1, 2, 1] } });
    expect(liste(c.valeur('rang_indice_synthetique_dsr_cible'))).toEqual([2, 1, 3]);
  });

  it('exit guarantee on the N-1 amount before guarantees; envelope net of guarantees; a part without any score stays undistributed', () => {
    const c = contexteTest({
      n: 3,
      national: { dsr_montant_total_fraction_cible: 1300 },
      communes: {
        dsr_eligible_fraction_cible: [1, 1, 0],
        dsr_score_attribution_cible_part_potentiel_financier_par_habitant: [1, 3, 0],
        dsr_score_attribution_cible_part_longueur_voirie: [1, 1, 0],
        dsr_score_attribution_cible_part_enfants: [1, 1, 0],
        dsr_score_attribution_cible_part_potentiel_financier_par_hectare: [0, 0, 0],
      },
      precedent: { dsr_montant_hors_garanties_fraction_cible: [0, 0, 600] },
    });
    expect(liste(c.valeur('dsr_montant_garantie_non_eligible_fraction_cible'))).toEqual([0, 0, 300]);
    expect(c.national('dsr_montant_total_eligibles_fraction_cible')).toBe(1000);
    // PF part 300: 75 / 225 ; voirie 300: 150 / 150 ; enfants 300: 150 / 150 ; PF/ha part: no score → undistributed 100
    expect(liste(c.valeur('dsr_fraction_cible'))).toEqual([375, 525, 300]);
  });

  it('cible PF factor is 0 when the strate mean is 0 (péréquation: 2)', () => {
    const c = contexteTest({
      n: 1,
      communes: { dsr_eligible_fraction_cible: [1], dsr_eligible_fraction_perequation: [1], population_dgf: [100], potentiel_financier_par_habitant: [10], potentiel_financier_par_habitant_moyen: [0], effort_fiscal: [1] },
    });
    expect(liste(c.valeur('dsr_score_attribution_cible_part_potentiel_financier_par_habitant'))).toEqual([0]);
    expect(liste(c.valeur('dsr_score_attribution_perequation_part_potentiel_financier_par_habitant'))).toEqual([200]);
  });
});
