// Regressions of the engine clean-up, on the real engine (simuler with overrides): a part whose scores do
// not add up to a positive total distributes nothing; notified amounts never come out as −0.
import { describe, expect, it } from 'vitest';
import { simulerSur } from '../core/outils.ts';

const PARTS = ['potentiel_financier_par_habitant', 'longueur_voirie', 'enfants', 'potentiel_financier_par_hectare'];

describe('parts DSR : total des scores non positif', () => {
  for (const fraction of ['perequation', 'cible']) {
    it(`${fraction} : des scores de somme négative ou dénormale ne donnent aucune valeur de point`, () => {
      for (const scores of [[-1, 0, 0], [5e-324, 0, 0]]) {
        const surcharges: Record<string, number[]> = {};
        for (const part of PARTS) surcharges[`dsr_score_attribution_${fraction}_part_${part}`] = scores;
        const s = simulerSur(2025, { population_dgf: [1000, 2000, 3000] }, { surcharges });
        for (const part of PARTS) {
          expect(s.national[`dsr_valeur_point_fraction_${fraction}_part_${part}`]).toBe(0);
          expect(Array.from(s.communes[`dsr_fraction_${fraction}_part_${part}`]).every((x) => x === 0)).toBe(true);
        }
        if (fraction === 'perequation') expect(s.national.dsr_coefficient_stabilite_fraction_perequation).toBe(0);
      }
    });
  }
});

describe('montants notifiés : jamais −0', () => {
  it('a negative amount under half a euro rounds to +0 (DSU and the three DSR fractions)', () => {
    const gcn = [-1, 0];
    const s = simulerSur(2025, {
      population_dgf: [1000, 2000],
      dsr_garantie_commune_nouvelle_fraction_bourg_centre: gcn,
      dsr_garantie_commune_nouvelle_fraction_perequation: gcn,
      dsr_garantie_commune_nouvelle_fraction_cible: gcn,
    }, {
      surcharges: {
        dsu_montant_eligible: [-0.4, 0],
        dsr_montant_eligible_fraction_bourg_centre: [-0.4, 0],
        dsr_montant_eligible_fraction_perequation: [-0.4, 0],
        dsr_montant_hors_garanties_fraction_cible: [-0.4, 0],
        dsr_montant_garantie_non_eligible_fraction_bourg_centre: [-1, 0],
        dsr_montant_garantie_non_eligible_fraction_cible: [-1, 0],
      },
    });
    for (const nom of ['dsu_montant', 'dsr_fraction_bourg_centre', 'dsr_fraction_perequation', 'dsr_fraction_cible']) expect(Object.is(s.communes[nom][0], 0), nom).toBe(true);
  });
});
