import { describe, expect, it } from 'vitest';
import { simulerSur } from './outils.ts';

const nationales = ['dnp_montant_outre_mer', 'dsr_montant_outre_mer', 'dsu_montant_outre_mer', 'dnp_montant_metropole', 'dsr_montant_metropole', 'dsu_montant_metropole'];

describe('quote-part outre-mer (DACOM) et enveloppes de métropole', () => {
  it('2024 : avec la DACOM officielle, les quotes-parts de la DGCL à l’euro (arrondi au pair)', () => {
    const s = simulerSur(2024, { population_insee: [1] }, { surcharges: { dacom_montant_total: 388_891_982 }, variables: nationales });
    expect(s.national.dnp_montant_outre_mer).toBe(52_993_953);
    expect(s.national.dsr_montant_outre_mer).toBe(148_648_588);
    expect(s.national.dsu_montant_outre_mer).toBe(187_249_441);
    expect(s.national.dnp_montant_metropole).toBe(741_065_464);
    expect(s.national.dsr_montant_metropole).toBe(2_078_696_315);
    expect(s.national.dsu_montant_metropole).toBe(2_618_489_209);
  });
  it('ratio démographique : (1 + 63 %) × population INSEE d’outre-mer ÷ population totale ; DACOM arrondie à l’euro supérieur', () => {
    const s = simulerSur(2024, { population_insee: [900, 100], outre_mer: [0, 1] }, { variables: ['dacom_montant_total'] });
    expect(s.national.ratio_demographique_outre_mer).toBeCloseTo(0.163, 12);
    // 0.163 × 5 827 142 970 = 949 824 304.11 → 949 824 305
    expect(s.national.dacom_montant_total).toBe(949_824_305);
  });
  it('avant 2023, pas de quote-part démographique ; sans population, ratio 0', () => {
    expect(simulerSur(2022, { population_insee: [10], outre_mer: [1] }, { variables: ['ratio_demographique_outre_mer'] }).national.ratio_demographique_outre_mer).toBe(0);
    expect(simulerSur(2024, { population_insee: [0], outre_mer: [1] }, { variables: ['dacom_montant_total'] }).national.dacom_montant_total).toBe(0);
  });
});

describe('enveloppes des fractions de la DSR et de la DSU (croissance depuis N-1)', () => {
  const variables = ['dsr_montant_total_fraction_bourg_centre', 'dsr_montant_total_fraction_perequation', 'dsr_montant_total_fraction_cible', 'dsu_montant_total'];
  it('sans enveloppe N-1 : les paramètres de l’année (2025)', () => {
    const s = simulerSur(2025, { population_dgf: [1] }, { variables });
    expect(s.national.dsr_montant_total_fraction_bourg_centre).toBeCloseTo(793_036_723, 4);
    expect(s.national.dsr_montant_total_fraction_perequation).toBeCloseTo(945_796_129, 4);
    expect(s.national.dsr_montant_total_fraction_cible).toBeCloseTo(479_438_624, 4);
    expect(s.national.dsu_montant_total).toBeCloseTo(2_757_963_613, 4);
  });
  it('avec une enveloppe N-1 : × (1 + taux de progression du paramètre) — 2020 bourg-centre depuis 100 M€', () => {
    const s = simulerSur(2020, { population_dgf: [1] }, { variables, enveloppesPrecedentes: { dsr_montant_total_fraction_bourg_centre: 100_000_000 } });
    // 100 000 000 × 581 804 312 / 545 248 129 = 106 704 504.07
    expect(s.national.dsr_montant_total_fraction_bourg_centre).toBeCloseTo(106_704_504.07, 1);
  });
});
