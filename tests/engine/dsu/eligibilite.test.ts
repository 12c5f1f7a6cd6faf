import { describe, expect, it } from 'vitest';
import { contexteTest, liste } from '../dsr/outils.ts';

describe('DSU : rangs, nombre d’éligibles, éligibilité (L.2334-16)', () => {
  it('counts: ⌊n × 0.666667 + 0.99⌋ and ⌊n × 0.1 + 0.99⌋', () => {
    const c = contexteTest({ n: 0, national: { dsu_nombre_communes_seuil_haut: 25, dsu_nombre_communes_seuil_bas: 25 } });
    expect(c.national('dsu_nombre_communes_eligibles_seuil_haut')).toBe(17);
    expect(c.national('dsu_nombre_communes_eligibles_seuil_bas')).toBe(3);
    const d = contexteTest({ n: 0, national: { dsu_nombre_communes_seuil_haut: 3, dsu_nombre_communes_seuil_bas: 0 } });
    expect(d.national('dsu_nombre_communes_eligibles_seuil_haut')).toBe(2); // 2.000001 + 0.99 → 2
    expect(d.national('dsu_nombre_communes_eligibles_seuil_bas')).toBe(0);
  });

  it('the model rounding is the law ceiling ⌈2n/3⌉ and ⌈n/10⌉ for every realistic group size (n ≤ 20 000)', () => {
    for (let n = 0; n <= 20000; n++) {
      const c = contexteTest({ n: 0, national: { dsu_nombre_communes_seuil_haut: n, dsu_nombre_communes_seuil_bas: n } });
      if (c.national('dsu_nombre_communes_eligibles_seuil_haut') !== Math.ceil((2 * n) / 3)) throw new Error(`haut n = ${n}`);
      if (c.national('dsu_nombre_communes_eligibles_seuil_bas') !== Math.ceil(n / 10)) throw new Error(`bas n = ${n}`);
    }
  });

  it('ranks per group over all communes, eligibility by rank', () => {
    const c = contexteTest({
      n: 5,
      communes: { population_dgf: [20000, 30000, 12000, 6000, 7000], indice_synthetique_dsu: [1.2, 0.8, 1.5, 0.9, 1.1] },
      national: { dsu_nombre_communes_eligibles_seuil_haut: 2, dsu_nombre_communes_eligibles_seuil_bas: 1 },
    });
    expect(liste(c.valeur('rang_indice_synthetique_dsu_seuil_haut'))).toEqual([2, 3, 1, 4, 5]);
    expect(liste(c.valeur('rang_indice_synthetique_dsu_seuil_bas'))).toEqual([3, 4, 5, 2, 1]);
    expect(liste(c.valeur('dsu_eligible'))).toEqual([1, 0, 1, 0, 1]);
  });

  it('indice 0 is never eligible', () => {
    const c = contexteTest({ n: 2, communes: { population_dgf: [20000, 20000], indice_synthetique_dsu: [0, 0] }, national: { dsu_nombre_communes_eligibles_seuil_haut: 2 } });
    expect(liste(c.valeur('dsu_eligible'))).toEqual([0, 0]);
  });
});
