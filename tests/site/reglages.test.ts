// The reform page's controls → reform: hand-checked splits, the law in force gives the parameters unchanged,
// and every reform produced is accepted by the engine's validation.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parametresAnnee, validerReforme } from '@dotations/engine';
// @ts-expect-error plain JavaScript module of the site (no type declarations)
import { reformeDesReglages, reglagesEnVigueur, repartirProportionnellement } from '../../src/components/reglages.js';

const droit = parametresAnnee(2026);

describe('réglages de la page réforme', () => {
  it('répartit au prorata en euros entiers, le reste d’arrondi sur la dernière part', () => {
    expect(repartirProportionnellement(100, [1, 1, 1])).toEqual([33, 33, 34]);
    expect(repartirProportionnellement(1_000_000, [200, 300, 500])).toEqual([200_000, 300_000, 500_000]);
    expect(repartirProportionnellement(-10, [1, 3])).toEqual([-2, -8]);
    expect(repartirProportionnellement(7, [0, 0])).toEqual([0, 0]);
  });

  it('la somme des parts est le montant, chaque part est au plus à un euro de la part exacte (sauf la dernière)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.array(fc.integer({ min: 1, max: 1e9 }), { minLength: 1, maxLength: 5 }), (montant, poids) => {
        const parts = repartirProportionnellement(montant, poids);
        expect(parts.reduce((s: number, p: number) => s + p, 0)).toBe(montant);
        const total = poids.reduce((s, p) => s + p, 0);
        parts.slice(0, -1).forEach((p: number, k: number) => expect(Math.abs(p - (montant * poids[k]) / total)).toBeLessThanOrEqual(0.5));
      }),
    );
  });

  it('au droit en vigueur, la réforme reprend les valeurs en vigueur et ne touche pas aux enveloppes', () => {
    const r = reformeDesReglages(reglagesEnVigueur(droit), droit);
    expect(r).toEqual({
      'dotation_solidarite_rurale.cible.eligibilite.seuil_classement': droit.dotation_solidarite_rurale.cible.eligibilite.seuil_classement,
      'dotation_solidarite_urbaine.eligibilite.part_eligible_seuil_haut': droit.dotation_solidarite_urbaine.eligibilite.part_eligible_seuil_haut,
    });
    expect(parametresAnnee(2026, r)).toEqual(droit);
  });

  it('une hausse de 100 M€ de la DSR : +100 000 000 € sur les trois fractions et sur l’augmentation financée', () => {
    const dsr = droit.dotation_solidarite_rurale;
    const r = reformeDesReglages({ ...reglagesEnVigueur(droit), hausseDsr: 100 }, droit);
    const fractions = ['bourg_centre', 'perequation', 'cible'] as const;
    const hausses = fractions.map((f) => r[`dotation_solidarite_rurale.${f}.montant`] - dsr[f].montant);
    expect(hausses.reduce((s, h) => s + h, 0)).toBe(100_000_000);
    // Prorata of the 2026 amounts in force: bourg-centre 793 036 723 / 2 218 271 476 of 100 M€ = 35 750 210.54 → 35 750 211 €.
    expect(fractions.map((f) => dsr[f].montant)).toEqual([793_036_723, 945_796_129, 479_438_624]);
    expect(hausses[0]).toBe(35_750_211);
    expect(r['dotation_solidarite_rurale.augmentation_montant']).toBe(dsr.augmentation_montant + 100_000_000);
    expect(r['dotation_solidarite_urbaine.montant.metropole']).toBeUndefined();
  });

  it('une baisse de la DSU au-delà de l’augmentation en vigueur laisse l’augmentation à 0', () => {
    const dsu = droit.dotation_solidarite_urbaine;
    const r = reformeDesReglages({ ...reglagesEnVigueur(droit), hausseDsu: -500 }, droit);
    expect(r['dotation_solidarite_urbaine.montant.metropole']).toBe(dsu.montant.metropole - 500_000_000);
    expect(r['dotation_solidarite_urbaine.augmentation_montant']).toBe(Math.max(0, dsu.augmentation_montant - 500_000_000));
  });

  it('toute position des curseurs donne une réforme que le moteur accepte', () => {
    fc.assert(
      fc.property(
        fc.record({
          seuilCible: fc.integer({ min: 0, max: 200 }).map((k) => k * 100),
          hausseDsr: fc.integer({ min: -100, max: 100 }).map((k) => k * 5),
          hausseDsu: fc.integer({ min: -100, max: 100 }).map((k) => k * 5),
          partDsu: fc.integer({ min: 0, max: 1_000_000 }).map((k) => k / 1_000_000),
        }),
        (reglages) => {
          expect(() => validerReforme(reformeDesReglages(reglages, droit))).not.toThrow();
        },
      ),
      { numRuns: 200 },
    );
  });
});
