import { describe, expect, it } from 'vitest';
import { liste, simulerSur } from './outils.ts';

// 2024: s × PF moyen national = 0.85 × 690.836979 = 587.21143215 €/hab.
const S = 0.85 * 690.836979;

describe('part dynamique de la population (L.2334-7 I)', () => {
  const s = simulerSur(
    2024,
    { population_dgf_majoree: [500, 200_000, 5000, 0], population_dgf: [500, 200_000, 5000, 0] },
    { resultatsPrecedents: { population_dgf_majoree: [400, 199_000, 5100, 10] }, variables: ['df_evolution_part_dynamique', 'df_coefficient_logarithmique'] },
  );
  it('64,46 € par habitant gagné à 500 habitants, 128,93 € à 200 000, logarithmique entre les deux', () => {
    const r = liste(s.communes.df_evolution_part_dynamique);
    expect(r[0]).toBeCloseTo(6446, 9);
    expect(r[1]).toBeCloseTo(128_930, 9);
    // 5000 hab: 64.46 + 64.47 × log10(10)/log10(400) = 89.236 → −100 hab × 89.236 = −8923.65
    expect(r[2]).toBeCloseTo(-8923.65, 1);
    // population 0: a loss of 10 inhabitants at the minimum rate
    expect(r[3]).toBeCloseTo(-644.6, 9);
  });
  it('coefficient logarithmique entre 1 et 2 (population 0 → 1)', () => {
    const r = liste(s.communes.df_coefficient_logarithmique);
    expect(r[0]).toBe(1);
    expect(r[1]).toBe(2);
    expect(r[2]).toBeCloseTo(1.3843109, 6);
    expect(r[3]).toBe(1);
  });
});

describe('écrêtement (L.2334-7 III) et dotation forfaitaire', () => {
  // D: pop 500, PF/hab = 2 s → score 500; E: PF/hab = 3 s → score 1000, capped at 1 % of 40 000 = 400;
  // F: just under the threshold; G: eligible by PF but its DF N-1 is 0 (nothing to cut).
  const s = simulerSur(
    2024,
    {
      population_dgf: [500, 500, 500, 500],
      population_dgf_majoree: [500, 500, 500, 500],
      potentiel_fiscal: [2 * S * 500, 3 * S * 500, 0.999 * S * 500, 3 * S * 500],
      recettes_reelles_fonctionnement: [1_000_000, 40_000, 1_000_000, 1_000_000],
    },
    {
      resultatsPrecedents: { population_dgf_majoree: [500, 500, 500, 500], dotation_forfaitaire: [100_000, 100_000, 100_000, 0] },
      surcharges: { df_montant_total_ecretement: 1000 },
    },
  );
  it('éligibilité : PF/hab pondéré ≥ 0,85 × PF moyen national et DF disponible', () => {
    expect(liste(s.communes.df_eligible_ecretement)).toEqual([1, 1, 0, 0]);
    const score = liste(s.communes.df_score_attribution_ecretement);
    expect(score[0]).toBeCloseTo(500, 9);
    expect(score[1]).toBeCloseTo(1000, 9);
  });
  it('le plafond de 1 % des RRF de E est reporté sur D : Σ écrêtements = total', () => {
    const e = liste(s.communes.df_montant_ecretement);
    expect(e[0]).toBeCloseTo(600, 9);
    expect(e[1]).toBeCloseTo(400, 9);
    expect(e[2]).toBe(0);
    expect(s.national.df_valeur_point_ecretement).toBeCloseTo(1.2, 12);
    expect(s.national.df_montant_ecretement_non_reparti).toBeCloseTo(0, 9);
  });
  it('DF = DF N-1 + part dynamique − écrêtement, à l’euro', () => {
    expect(liste(s.communes.dotation_forfaitaire)).toEqual([99_400, 99_600, 100_000, 0]);
  });
  it('DF jamais négative', () => {
    const t = simulerSur(2024, { population_dgf_majoree: [0] }, { resultatsPrecedents: { population_dgf_majoree: [1000], dotation_forfaitaire: [10_000] } });
    expect(liste(t.communes.dotation_forfaitaire)).toEqual([0]);
  });
  it('total de l’écrêtement : hausses DSR, DSU, DI + Σ part dynamique, × 60 % (2024)', () => {
    // 2024: DSR +150 M, DSU +140 M + 10 M (majoration), DI +90 M; part dynamique: +1 hab at 64.46 €.
    const t = simulerSur(2024, { population_dgf_majoree: [1] }, { resultatsPrecedents: { population_dgf_majoree: [0] }, variables: ['df_montant_total_ecretement'] });
    expect(t.national.montant_total_ecretement).toBeCloseTo(390_000_064.46, 4);
    expect(t.national.df_montant_total_ecretement).toBeCloseTo(0.6 * 390_000_064.46, 4);
  });
});
