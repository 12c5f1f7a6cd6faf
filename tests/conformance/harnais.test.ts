// Tests of the conformance harness itself: case normalisation, expression evaluation, mapping onto simuler.
import { describe, expect, it } from 'vitest';
import { evaluerExpression, normaliserCas, valeurAttendue } from './cas.ts';
import { egal, entreeSimuler, estNational, executerCas, type EntreeSimuler, type Simuler } from './executer.ts';

describe('evaluerExpression', () => {
  it.each([
    ['0.7 * (20 / 10) + 0.3 * (30 / 15)', 2],
    ['545_248_126', 545248126],
    ['-2 * -(3 + 1)', 8],
    ['10 - 4 - 3', 3],
    ['12 / 4 / 3', 1],
  ])('%s = %d', (texte, attendu) => expect(evaluerExpression(texte)).toBeCloseTo(attendu, 12));

  it.each(['2 +', '(1 + 2', 'abc', '1 2', 'Math.max(1)'])('rejects « %s »', (texte) => {
    expect(() => evaluerExpression(texte)).toThrow(/expression/);
  });

  it('booleans become 1/0', () => {
    expect(valeurAttendue(true)).toBe(1);
    expect(valeurAttendue(false)).toBe(0);
  });
});

describe('normaliserCas', () => {
  it('lists, scalars and {year: value} inputs', () => {
    const cas = normaliserCas('f.yaml', 0, {
      name: 'a \\\n  b',
      period: 2020,
      input: { population_dgf_majoree: { 2019: [1, 2], 2020: [3, 4] }, outre_mer: false },
      output: { df_evolution_part_dynamique: [5, 6] },
    });
    expect(cas.nom).toBe('a b');
    expect(cas.communes).toEqual(['c1', 'c2']);
    expect([...cas.entrees.get('population_dgf_majoree')!]).toEqual([
      [2019, [1, 2]],
      [2020, [3, 4]],
    ]);
    expect(cas.entrees.get('outre_mer')!.get(null)).toBe(false);
  });

  it('etats/communes groups: order of the etat, national inputs, per-commune outputs', () => {
    const cas = normaliserCas('f.yaml', 3, {
      name: 'groupes',
      period: 2020,
      input: {
        etats: { e: { communes: ['b', 'a'], df_montant_total_ecretement: 80 } },
        communes: { a: { potentiel_fiscal: 1, dotation_forfaitaire: { 2019: 10 } }, b: { potentiel_fiscal: 2 } },
      },
      output: { communes: { a: { df_eligible_ecretement: true } } },
    });
    expect(cas.communes).toEqual(['b', 'a']);
    expect(cas.entrees.get('potentiel_fiscal')!.get(null)).toEqual([2, 1]);
    expect(cas.entrees.get('dotation_forfaitaire')!.get(2019)).toEqual([null, 10]);
    expect(cas.entreesNationales.get('df_montant_total_ecretement')!.get(null)).toBe(80);
    expect(cas.sorties.get('df_eligible_ecretement')!.get(null)).toEqual([null, true]);
  });

  it('rejects an unknown key, naming the file and the case', () => {
    expect(() => normaliserCas('x.yaml', 1, { name: 'n', perod: 2020 })).toThrow(/x\.yaml, cas n° 2 \(« n »\) : clé inconnue « perod »/);
  });
});

describe('entreeSimuler', () => {
  const cas = normaliserCas('f.yaml', 0, {
    name: 'mapping',
    period: 2020,
    input: {
      population_dgf: [10, 20],
      dotation_forfaitaire: { 2019: [100, 50] },
      dsr_montant_total_fraction_cible: { 2019: 1000 },
      dsr_eligible_fraction_cible: [true, false],
      dsr_valeur_point_fraction_bourg_centre: 10,
      potentiel_fiscal_moyen_national: 800,
    },
    output: { dotation_forfaitaire: [1, 2] },
  });
  const e = entreeSimuler(cas, 2020);

  it('year-N inputs of the contract go to communes, with defaults elsewhere', () => {
    expect(Array.from(e.communes.population_dgf)).toEqual([10, 20]);
    expect(e.communes.outre_mer).toBeInstanceOf(Uint8Array);
    expect(Array.from(e.communes.superficie)).toEqual([0, 0]);
  });
  it('N-1 per-commune values go to resultatsPrecedents, N-1 national ones to enveloppesPrecedentes', () => {
    expect(Array.from(e.resultatsPrecedents!.dotation_forfaitaire)).toEqual([100, 50]);
    expect(e.enveloppesPrecedentes).toEqual({ dsr_montant_total_fraction_cible: 1000 });
  });
  it('computed variables become overrides (columns or national scalars); model literals become reforms', () => {
    expect(e.surcharges!.dsr_eligible_fraction_cible).toEqual(new Uint8Array([1, 0]));
    expect(e.surcharges!.dsr_valeur_point_fraction_bourg_centre).toBe(10);
    expect(e.reforme).toEqual({ 'dotation_forfaitaire.ecretement.potentiel_fiscal_moyen_national': 800 });
    expect(e.variables).toEqual(['dotation_forfaitaire']);
  });
  it('rejects a year that is neither N nor N-1', () => {
    const c = normaliserCas('f.yaml', 0, { name: 'x', period: 2014, input: { population_dgf: { 2015: 1 } }, output: {} });
    expect(() => entreeSimuler(c, 2014)).toThrow(/année 2015 ni N \(2014\) ni N-1/);
  });
  it('knows national quantities', () => {
    expect(estNational('dsu_nombre_communes_eligibles_seuil_bas')).toBe(true);
    expect(estNational('dsr_montant_total_eligibles_fraction_cible_part_enfants')).toBe(true);
    expect(estNational('dsr_fraction_cible_part_enfants')).toBe(false);
  });
});

describe('executerCas', () => {
  const cas = normaliserCas('f.yaml', 0, {
    name: 'comparaison',
    period: 2020,
    input: { population_dgf: [1, 2] },
    output: { strate_demographique: [1, 2], dsu_nombre_communes_eligibles_seuil_bas: [3, 3] },
  });
  const faux =
    (strates: number[], nombre: number): Simuler =>
    (_e: EntreeSimuler) => ({ communes: { strate_demographique: new Float64Array(strates) }, national: { dsu_nombre_communes_eligibles_seuil_bas: nombre } });

  it('passes within the relative tolerance, national values compared to per-commune lists', () => {
    expect(executerCas(faux([1, 2 * (1 + 5e-7)], 3), cas)).toEqual([]);
  });
  it('reports each mismatch', () => {
    expect(executerCas(faux([1, 2.1], 4), cas)).toEqual([
      '2020 strate_demographique[c2] : attendu 2, obtenu 2.1',
      '2020 dsu_nombre_communes_eligibles_seuil_bas[c1] : attendu 3, obtenu 4',
      '2020 dsu_nombre_communes_eligibles_seuil_bas[c2] : attendu 3, obtenu 4',
    ]);
  });
  it('NaN never matches', () => {
    expect(egal(Number.NaN, 0, 1)).toBe(false);
    expect(egal(0, 0, null)).toBe(true);
  });
});
