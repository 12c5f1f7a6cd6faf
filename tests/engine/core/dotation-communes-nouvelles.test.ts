import { describe, expect, it } from 'vitest';
import { liste, simulerSur } from './outils.ts';

describe('dotation en faveur des communes nouvelles (L.2113-22-1)', () => {
  // created 2023 (age 1), 2020 (age 4), 2022 with 160 000 inhabitants, unknown date and population, 2024 (age 0)
  const s = simulerSur(2024, {
    date_creation_commune: [20230101, 20200101, 20220101, 0, 20240101],
    population_insee_initiale: [1200, 3000, 160_000, NaN, 800],
    population_dgf: [1250, 3100, 170_000, 500, 820],
    dotation_globale_fonctionnement_reference_communes: [500_000, 10_000, 9_000_000, 1000, 0],
  });
  it('amorçage : 15 € par habitant DGF de la 1re à la 3e année, 150 000 habitants au plus', () => {
    expect(liste(s.communes.age_commune)).toEqual([1, 4, 2, -1, 0]);
    expect(liste(s.communes.dotation_communes_nouvelles_part_amorcage)).toEqual([18_750, 0, 0, 0, 0]);
  });
  it('garantie : DGF de référence − DGF de l’année, si positive', () => {
    const dgf = liste(s.communes.dotation_globale_fonctionnement_communes);
    const g = liste(s.communes.dotation_communes_nouvelles_part_garantie);
    expect(g[0]).toBe(Math.round(Math.max(0, 500_000 - dgf[0])));
    expect(g[2]).toBe(0); // above 150 000 inhabitants
    expect(g[3]).toBe(0); // population initiale unknown
    expect(liste(s.communes.dotation_communes_nouvelles)).toEqual(g.map((x, i) => x + liste(s.communes.dotation_communes_nouvelles_part_amorcage)[i]));
  });
  it('rien avant 2024', () => {
    const t = simulerSur(2023, { date_creation_commune: [20220101], population_insee_initiale: [1000], population_dgf: [1000] });
    expect(liste(t.communes.dotation_communes_nouvelles)).toEqual([0]);
  });
});
