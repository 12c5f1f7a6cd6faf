// Pure modules of the pages (src/components/): aggregates, before/after comparison and French formats,
// on hand-checked examples.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
// @ts-expect-error plain JavaScript modules of the site (no type declarations)
import { DOTATIONS, parStrate, totalColonne } from '../../src/components/dotations.js';
// @ts-expect-error idem
import { nationauxAvantApres, variations } from '../../src/components/reforme.js';
// @ts-expect-error idem
import { formatEcart, formatEcartEuros, formatEuros, formatEurosCentimes, formatUnite } from '../../src/components/format.js';

const NBSP = '\u00a0';
const FINE = '\u202f';

/** A minimal simulation: the dotation columns given, the others 0. */
function simulation(colonnes: Record<string, number[]>, n: number) {
  const communes: Record<string, Float64Array> = {};
  for (const d of DOTATIONS) communes[d.colonne] = new Float64Array(n);
  for (const nom of ['dsr_fraction_bourg_centre', 'dsr_fraction_perequation', 'dsr_fraction_cible']) communes[nom] = new Float64Array(n);
  for (const [nom, v] of Object.entries(colonnes)) communes[nom] = Float64Array.from(v);
  return { codeInsee: Array.from({ length: n }, (_, i) => String(i)), communes };
}

describe('agrégats des pages', () => {
  it('totalColonne : somme et nombre de communes bénéficiaires', () => {
    expect(totalColonne(Float64Array.from([0, 10, 0, 5.5]))).toEqual({ somme: 15.5, beneficiaires: 2 });
    expect(totalColonne(new Float64Array(0))).toEqual({ somme: 0, beneficiaires: 0 });
  });

  it('parStrate : montant par habitant et bornes de population observées, strates triées', () => {
    const strates = Int32Array.from([2, 1, 2, 1]);
    const population = Float64Array.from([600, 100, 900, 300]);
    const df = Float64Array.from([6000, 1000, 3000, 3000]);
    const dsr = Float64Array.from([0, 200, 0, 0]);
    const lignes = parStrate(strates, population, [df, dsr]);
    // Strate 1: (1000 + 200 + 3000) / (100 + 300) = 10.5 €/hab; strate 2: 9000 / 1500 = 6 €/hab.
    expect(lignes.map((l: { strate: number; parHabitant: number; communes: number }) => [l.strate, l.communes, l.parHabitant])).toEqual([[1, 2, 10.5], [2, 2, 6]]);
    expect(lignes[0].libelle).toBe('1 (100 à 300 hab.)');
    expect(lignes[1].libelle).toBe(`2 (600 à 900 hab.)`);
  });

  it('parStrate : la somme des montants par strate est le total national (propriété)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 15 }), fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 1e7 })), { maxLength: 200 }), (lignes) => {
        const r = parStrate(Int32Array.from(lignes.map((l) => l[0])), Float64Array.from(lignes.map((l) => l[1])), [Float64Array.from(lignes.map((l) => l[2]))]);
        expect(r.reduce((s: number, g: { montant: number }) => s + g.montant, 0)).toBe(lignes.reduce((s, l) => s + l[2], 0));
        expect(r.reduce((s: number, g: { communes: number }) => s + g.communes, 0)).toBe(lignes.length);
      }),
    );
  });
});

describe('comparaison avant / après', () => {
  it('gagnantes, perdantes et inchangées au-delà de ±0,5 € sur la somme des dotations', () => {
    const avant = simulation({ dotation_forfaitaire: [100, 100, 100, 100], dsu_montant: [0, 50, 0, 0] }, 4);
    const apres = simulation({ dotation_forfaitaire: [101, 100, 99.6, 90], dsu_montant: [0, 40, 0, 20] }, 4);
    const v = variations(avant, apres);
    expect(Array.from(v.delta)).toEqual([1, -10, expect.closeTo(-0.4, 10), 10]);
    expect([v.gagnantes, v.perdantes, v.inchangees]).toEqual([2, 1, 1]);
  });

  it('totaux nationaux par dotation et fraction, écart et bénéficiaires', () => {
    const avant = simulation({ dotation_solidarite_rurale: [10, 0], dsr_fraction_cible: [10, 0] }, 2);
    const apres = simulation({ dotation_solidarite_rurale: [8, 5], dsr_fraction_cible: [8, 5] }, 2);
    const lignes = nationauxAvantApres(avant, apres);
    expect(lignes).toHaveLength(DOTATIONS.length + 3);
    expect(lignes.find((l: { libelle: string }) => l.libelle === 'Dotation de solidarité rurale')).toMatchObject({ avant: 10, apres: 13, ecart: 3, beneficiairesAvant: 1, beneficiairesApres: 2 });
    expect(lignes.find((l: { libelle: string }) => l.libelle === 'dont DSR cible')).toMatchObject({ ecart: 3 });
  });
});

describe('formats français', () => {
  it('montants en euros : espaces fines insécables, espace insécable avant €, signe moins typographique', () => {
    expect(formatEuros(1234567)).toBe(`1${FINE}234${FINE}567${NBSP}€`);
    expect(formatEurosCentimes(175.2)).toBe(`175,20${NBSP}€`);
    expect(formatEcartEuros(-1192)).toBe(`−1${FINE}192${NBSP}€`);
    expect(formatEcartEuros(1192)).toBe(`+1${FINE}192${NBSP}€`);
    expect(formatEcartEuros(0)).toBe(`0${NBSP}€`);
    expect(formatEcart(-2197.314)).toBe(`−2${FINE}197,31`);
  });

  it('valeurs selon l’unité du catalogue du moteur', () => {
    expect(formatUnite(264074, '€')).toBe(`264${FINE}074${NBSP}€`);
    expect(formatUnite(57.42318, '€')).toBe(`57,4232${NBSP}€`);
    expect(formatUnite(1102.694, '€/hab')).toBe(`1${FINE}102,69${NBSP}€ par habitant`);
    expect(formatUnite(1, 'booléen')).toBe('oui');
    expect(formatUnite(0, 'booléen')).toBe('non');
    expect(formatUnite(15, 'strate')).toBe('strate 15');
    expect(formatUnite(2157097, 'habitants')).toBe(`2${FINE}157${FINE}097${NBSP}hab.`);
    expect(formatUnite(Number.NaN, '€')).toBe('—');
  });
});
