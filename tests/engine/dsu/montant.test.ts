import { describe, expect, it } from 'vitest';
import { contexteTest, liste } from '../dsr/outils.ts';

describe('DSU : montant notifié, part spontanée et augmentation', () => {
  it('dsu_montant = eligible amount + guarantee, rounded to the euro', () => {
    const c = contexteTest({ n: 3, communes: { dsu_montant_eligible: [1000.4, 0, 200.5], dsu_montant_garantie_non_eligible: [0, 179, 0] } });
    expect(liste(c.valeur('dsu_montant'))).toEqual([1000, 179, 201]);
  });
  it('part spontanée = N-1 amount for communes eligible both years', () => {
    const c = contexteTest({ n: 4, communes: { dsu_eligible: [1, 1, 1, 0], dsu_montant_eligible: [1000, 1000, 1000, 0] }, precedent: { dsu_montant_eligible: [1000, 800, 0, 1000] } });
    expect(liste(c.valeur('dsu_part_spontanee'))).toEqual([1000, 800, 1000, 0]);
    expect(liste(c.valeur('dsu_part_augmentation'))).toEqual([0, 200, 0, 0]);
  });
});
