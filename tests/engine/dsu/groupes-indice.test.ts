import { describe, expect, it } from 'vitest';
import { contexteTest, liste } from '../dsr/outils.ts';

describe('DSU : groupes et indice synthétique (L.2334-16, L.2334-17)', () => {
  it('group references are quotients of sums over métropole communes of the group', () => {
    const c = contexteTest({
      n: 5,
      communes: {
        population_dgf: [4999, 5000, 9999, 10000, 20000],
        population_insee: [4999, 5000, 9999, 10000, 20000],
        outre_mer: [0, 0, 0, 0, 1],
        potentiel_financier: [1, 5000 * 800, 9999 * 1000, 10000 * 900, 1],
        nombre_logements: [1, 2000, 3000, 4000, 1],
        nombre_logements_sociaux: [1, 200, 700, 1000, 1],
      },
    });
    expect(c.national('dsu_nombre_communes_seuil_bas')).toBe(2);
    expect(c.national('dsu_nombre_communes_seuil_haut')).toBe(1); // outre-mer left out
    expect(c.national('dsu_potentiel_financier_par_habitant_moyen_seuil_bas')).toBeCloseTo((5000 * 800 + 9999 * 1000) / 14999, 9);
    expect(c.national('dsu_part_logements_sociaux_moyenne_seuil_bas')).toBeCloseTo(900 / 5000, 12);
    expect(c.national('dsu_potentiel_financier_par_habitant_moyen_seuil_haut')).toBe(900);
  });

  it('indice = 0.30 PF + 0.15 LS + 0.30 AL + 0.25 revenu; 0 under 5 000, outre-mer or PF ≥ 2.5 × mean', () => {
    const c = contexteTest({
      n: 4,
      communes: { population_dgf: [20000, 20000, 4000, 20000], outre_mer: [0, 0, 0, 1], potentiel_financier_par_habitant: [500, 2000, 500, 500], nombre_logements: [100, 100, 100, 100], nombre_logements_sociaux: [30, 10, 10, 10], nombre_beneficiaires_aides_au_logement: [20, 20, 20, 20], revenu_par_habitant: [8000, 12000, 10000, 10000] },
      national: {
        dsu_potentiel_financier_par_habitant_moyen_seuil_haut: 1000, dsu_part_logements_sociaux_moyenne_seuil_haut: 0.2,
        dsu_part_aides_au_logement_moyenne_seuil_haut: 0.2, dsu_revenu_par_habitant_moyen_seuil_haut: 10000,
      },
    });
    // 0.3 × 2 + 0.15 × 1.5 + 0.3 × 1 + 0.25 × 1.25 = 1.4375 ; commune 2: PF 2000 < 2500 → 0.15 + 0.075 + 0.3 + 0.2083…
    expect(liste(c.valeur('indice_synthetique_dsu'))).toEqual([expect.closeTo(1.4375, 12), expect.closeTo(0.15 + 0.075 + 0.3 + 0.25 / 1.2, 12), 0, 0]);
  });

  it('PF 0, logements 0, revenu 0: finite indice (quotients with a zero denominator are 0)', () => {
    const c = contexteTest({ n: 1, communes: { population_dgf: [6000], potentiel_financier_par_habitant: [0], revenu_par_habitant: [0] } });
    const v = liste(c.valeur('indice_synthetique_dsu'));
    expect(v).toEqual([0]);
  });
});
