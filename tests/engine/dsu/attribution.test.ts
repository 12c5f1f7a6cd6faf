import { describe, expect, it } from 'vitest';
import { contexteTest, liste } from '../dsr/outils.ts';

const deuxCommunes = {
  population_dgf: [7000, 7000],
  population_insee: [7000, 7000],
  effort_fiscal: [1, 1],
  indice_synthetique_dsu: [1, 1],
  dsu_eligible: [1, 1],
  rang_indice_synthetique_dsu_seuil_bas: [1, 2],
};

describe('DSU : attribution (L.2334-18-2 à L.2334-18-4)', () => {
  it('rank factor 4 → 0.5 and score with effort cap 1.3, QPV × 2 and ZFU', () => {
    const c = contexteTest({
      n: 3,
      communes: {
        population_dgf: [7000, 7000, 7000], population_insee: [7000, 7000, 0], effort_fiscal: [2, 1, 1], indice_synthetique_dsu: [1, 1, 1],
        population_qpv: [700, 0, 500], population_zfu: [0, 1400, 0], rang_indice_synthetique_dsu_seuil_bas: [1, 3, 2],
      },
      national: { dsu_nombre_communes_eligibles_seuil_bas: 3 },
    });
    expect(liste(c.valeur('dsu_facteur_classement'))).toEqual([4, 0.5, 2.25]);
    // 7000 × 4 × 1.3 × (1 + 2 × 0.1) = 43 680 ; 7000 × 0.5 × 1 × 1 × 1.2 = 4200 ; population INSEE 0 → no QPV term
    expect(liste(c.valeur('dsu_score_attribution'))).toEqual([expect.closeTo(43680, 9), expect.closeTo(4200, 9), 15750]);
  });

  it('newly eligible communes: the whole envelope by points (400 / 50)', () => {
    const c = contexteTest({ n: 2, communes: deuxCommunes, national: { dsu_montant_total_eligibles: 450, dsu_nombre_communes_eligibles_seuil_bas: 2 } });
    expect(liste(c.valeur('dsu_montant_eligible'))).toEqual([expect.closeTo(400, 9), expect.closeTo(50, 9)]);
  });

  it('eligible both years: N-1 + points × growth × valeur de point (900 / 550)', () => {
    const c = contexteTest({
      n: 2, communes: deuxCommunes, national: { dsu_montant_total: 1450, dsu_nombre_communes_eligibles_seuil_bas: 2 },
      nationalPrecedent: { dsu_montant_total: 1000 }, precedent: { dsu_montant_eligible: [500, 500] },
    });
    expect(c.national('dsu_taux_progression')).toBeCloseTo(0.45, 12);
    expect(liste(c.valeur('dsu_montant_eligible'))).toEqual([expect.closeTo(900, 9), expect.closeTo(550, 9)]);
    expect(liste(c.valeur('dsu_part_augmentation'))).toEqual([expect.closeTo(400, 9), expect.closeTo(50, 9)]);
  });

  it('the increase capped (reform: 300 €) is redistributed within the group (800 / 650)', () => {
    const c = contexteTest({
      n: 2, communes: deuxCommunes, national: { dsu_montant_total: 1450, dsu_nombre_communes_eligibles_seuil_bas: 2 },
      nationalPrecedent: { dsu_montant_total: 1000 }, precedent: { dsu_montant_eligible: [500, 500] },
      reforme: { 'dotation_solidarite_urbaine.attribution.augmentation_max': 300 },
    });
    expect(liste(c.valeur('dsu_montant_eligible'))).toEqual([800, expect.closeTo(650, 9)]);
  });

  it('split between groups pro rata the population of communes eligible both years', () => {
    const c = contexteTest({
      n: 3,
      communes: {
        population_dgf: [7000, 30000, 20000], population_insee: [7000, 30000, 20000], effort_fiscal: [1, 1, 1], indice_synthetique_dsu: [1, 1, 1], dsu_eligible: [1, 1, 1],
        rang_indice_synthetique_dsu_seuil_bas: [1, 2, 3], rang_indice_synthetique_dsu_seuil_haut: [3, 1, 2],
      },
      national: { dsu_montant_total: 2000, dsu_nombre_communes_eligibles_seuil_bas: 1, dsu_nombre_communes_eligibles_seuil_haut: 2 },
      nationalPrecedent: { dsu_montant_total: 1000 }, precedent: { dsu_montant_eligible: [100, 300, 0] },
    });
    // population eligible both years: bas 7000, haut 30 000 → part bas 7/37 of 2000 − 400 = 1600
    expect(c.national('dsu_part_seuil_bas')).toBeCloseTo(7 / 37, 12);
    const m = liste(c.valeur('dsu_montant_eligible'));
    expect(m[0]).toBeCloseTo(100 + (1600 * 7) / 37, 6);
    expect(m[0] + m[1] + m[2]).toBeCloseTo(2000, 6);
  });

  it('no eligible commune: valeurs de point 0, amounts 0', () => {
    const c = contexteTest({ n: 2, communes: { population_dgf: [7000, 20000], dsu_eligible: [0, 0] }, national: { dsu_montant_total: 1000 } });
    expect(c.national('dsu_part_seuil_bas')).toBe(0);
    expect(c.national('dsu_valeur_point_seuil_bas')).toBe(0);
    expect(liste(c.valeur('dsu_montant'))).toEqual([0, 0]);
  });
});
