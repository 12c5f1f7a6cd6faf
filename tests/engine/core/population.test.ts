import { describe, expect, it } from 'vitest';
import { liste, simulerSur } from './outils.ts';

describe('population', () => {
  it('strate démographique : bornes basses incluses (L.2334-3)', () => {
    const s = simulerSur(2024, { population_dgf: [0, 499, 500, 4000, 9999, 10000, 199999, 200000] }, { variables: ['strate_demographique'] });
    expect(liste(s.communes.strate_demographique)).toEqual([1, 1, 2, 5, 7, 8, 14, 15]);
  });
  it('population DGF plafonnée par la population INSEE', () => {
    const s = simulerSur(
      2024,
      { population_dgf: [800, 800, 1500, 3000, 3000, 0], population_insee: [99, 100, 499, 500, 1500, 0] },
      { variables: ['population_dgf_plafonnee'] },
    );
    expect(liste(s.communes.population_dgf_plafonnee)).toEqual([500, 800, 1000, 2250, 3000, 0]);
  });
});
