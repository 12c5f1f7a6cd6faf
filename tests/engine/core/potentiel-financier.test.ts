import { describe, expect, it } from 'vitest';
import { liste, simulerSur } from './outils.ts';

const variables = ['potentiel_financier_par_habitant', 'potentiel_financier_par_habitant_moyen', 'potentiel_financier_par_hectare', 'revenu_par_habitant', 'revenu_par_habitant_moyen', 'part_population_agglomeration_departement'];

describe('potentiel financier et revenu', () => {
  // Strate 1: communes 0 and 1 (métropole) and 2 (outre-mer); strate 2: commune 3 alone; commune 4 has no inhabitant.
  const s = simulerSur(
    2024,
    {
      population_dgf: [100, 300, 200, 600, 0],
      population_insee: [90, 310, 200, 580, 0],
      outre_mer: [0, 0, 1, 0, 0],
      potentiel_financier: [100_000, 500_000, 900_000, 1_200_000, 50_000],
      superficie: [1000, 0, 500, 2000, 10],
      revenu_total: [900_000, 3_100_000, 1_000_000, 5_800_000, 0],
      population_dgf_agglomeration: [5000, 0, 0, 20_000, 100],
      population_dgf_departement_agglomeration: [100_000, 0, 0, 80_000, 0],
    },
    { variables },
  );
  it('par habitant (population DGF), 0 sans habitant', () => {
    expect(liste(s.communes.potentiel_financier_par_habitant)).toEqual([1000, 500000 / 300, 4500, 2000, 0]);
  });
  it('moyenne de strate = quotient des sommes, métropole seule, outre-mer à 0', () => {
    // strate 1 métropole: (100 000 + 500 000 + 50 000) / (100 + 300 + 0) = 1625
    const m = liste(s.communes.potentiel_financier_par_habitant_moyen);
    expect(m[0]).toBeCloseTo(1625, 9);
    expect(m[1]).toBeCloseTo(1625, 9);
    expect(m[2]).toBe(0);
    expect(m[3]).toBe(2000); // alone in its strate: its own value
    expect(m[4]).toBeCloseTo(1625, 9);
  });
  it('par hectare, 0 sans superficie', () => {
    expect(liste(s.communes.potentiel_financier_par_hectare)).toEqual([100, 0, 1800, 600, 5000]);
  });
  it('revenu par habitant INSEE et moyenne de strate (strates par population DGF)', () => {
    expect(liste(s.communes.revenu_par_habitant)).toEqual([10_000, 10_000, 5000, 10_000, 0]);
    // strate 1 métropole: (900 000 + 3 100 000 + 0) / (90 + 310 + 0) = 10 000
    expect(s.communes.revenu_par_habitant_moyen[0]).toBeCloseTo(10_000, 9);
    expect(s.communes.revenu_par_habitant_moyen[2]).toBe(0);
  });
  it('part de la population de l’unité urbaine dans le département, 0 sans dénominateur', () => {
    expect(liste(s.communes.part_population_agglomeration_departement)).toEqual([0.05, 0, 0, 0.25, 0]);
  });
});
