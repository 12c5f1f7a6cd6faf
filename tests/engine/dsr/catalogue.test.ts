import { describe, expect, it } from 'vitest';
import { CATALOGUE_DSR } from '../../../engine/dotation_solidarite_rurale/catalogue.ts';
import { FORMULES_DSR } from '../../../engine/dotation_solidarite_rurale/index.ts';
import { CATALOGUE_DSU } from '../../../engine/dotation_solidarite_urbaine/catalogue.ts';
import { FORMULES_DSU } from '../../../engine/dotation_solidarite_urbaine/index.ts';

describe('catalogues DSR et DSU', () => {
  it.each([
    ['DSR', FORMULES_DSR, CATALOGUE_DSR, /L\.2334-2[0-2]/],
    ['DSU', FORMULES_DSU, CATALOGUE_DSU, /L\.2334-1[5-8]/],
  ] as const)('%s: one entry per formula, with label, unit, formula in words and a CGCT reference', (_d, formules, catalogue, article) => {
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(formules).sort());
    for (const [nom, e] of Object.entries(catalogue)) {
      expect(e.libelle.length, nom).toBeGreaterThan(5);
      expect(e.formule.length, nom).toBeGreaterThan(10);
      expect(e.reference, nom).toMatch(article);
    }
  });
});
