import { describe, expect, it } from 'vitest';
import { contexteTest, liste } from './outils.ts';

describe('dotation_solidarite_rurale', () => {
  it('sum of the three notified fractions', () => {
    const c = contexteTest({ n: 2, communes: { dsr_fraction_bourg_centre: [100, 0], dsr_fraction_perequation: [20, 5], dsr_fraction_cible: [3, 0] } });
    expect(liste(c.valeur('dotation_solidarite_rurale'))).toEqual([123, 5]);
  });
});
