import { describe, expect, it } from 'vitest';
import { contexteTest, liste } from '../dsr/outils.ts';

describe('DSU : garanties de sortie (L.2334-18-4)', () => {
  it('annual 50 % of N-1, best of annual and pluriannual for non-eligibles, envelope net of them', () => {
    const c = contexteTest({
      n: 4,
      communes: { dsu_eligible: [1, 0, 0, 0], dsu_montant_garantie_pluriannuelle: [0, 0, 700, 0], outre_mer: [0, 0, 0, 1] },
      national: { dsu_montant_total: 10000 },
      precedent: { dsu_montant_eligible: [1000, 1000, 1000, 1000] },
    });
    expect(liste(c.valeur('dsu_montant_garantie_annuelle'))).toEqual([500, 500, 500, 0]);
    expect(liste(c.valeur('dsu_montant_garantie_non_eligible'))).toEqual([0, 500, 700, 0]);
    expect(c.national('dsu_montant_total_eligibles')).toBe(8800);
  });
});
