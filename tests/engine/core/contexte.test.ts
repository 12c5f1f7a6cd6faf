import { describe, expect, it } from 'vitest';
import { commune, nationale } from '../../../engine/simulation/variables.ts';
import { creerContexte } from '../../../engine/simulation/contexte.ts';
import { parametresAnnee } from '../../../engine/parametres.ts';
import { liste, simulerSur } from './outils.ts';

const p = parametresAnnee(2024);
const formules = {
  double: commune((c) => c.nombres('population_dgf').map((x) => 2 * x)),
  somme: nationale((c) => c.nombres('double').reduce((s, x) => s + x, 0)),
  a: nationale((c) => c.national('b')),
  b: nationale((c) => c.national('a')),
};
const contexte = (surcharges = {}) =>
  creerContexte({ annee: 2024, n: 3, p, pPrecedent: p, formules, entrees: { population_dgf: [1, 2, 3] }, defautsPrecedents: {}, surcharges });

describe('contexte de simulation', () => {
  it('calcule chaque variable une fois, à la demande', () => {
    const c = contexte();
    expect(c.national('somme')).toBe(12);
    expect(c.nombres('double')).toBe(c.nombres('double'));
  });
  it('une entrée remplace la formule ; ses cellules NaN gardent la valeur calculée', () => {
    const c = contexte({ double: [10, NaN, 30] });
    expect(liste(c.nombres('double'))).toEqual([10, 4, 30]);
    expect(c.national('somme')).toBe(44);
    // Typed columns and other array-likes are searched for gaps as well; a column without gap is used as it is.
    expect(liste(contexte({ double: Float64Array.of(NaN, 20, NaN) }).nombres('double'))).toEqual([2, 20, 6]);
    expect(liste(contexte({ double: { length: 3, 0: 10, 1: 20, 2: NaN } }).nombres('double'))).toEqual([10, 20, 6]);
    const entiere = Float64Array.of(10, 20, 30);
    expect(contexte({ double: entiere }).nombres('double')).toBe(entiere);
  });
  it('une variable nationale se surcharge par un nombre, une colonne par un nombre diffusé', () => {
    expect(contexte({ somme: 7 }).national('somme')).toBe(7);
    expect(liste(contexte({ double: 5 }).nombres('double'))).toEqual([5, 5, 5]);
  });
  it('signale en français les cycles, les variables inconnues et les colonnes de mauvaise longueur', () => {
    expect(() => contexte().national('a')).toThrow(/Dépendance circulaire entre variables : a → b → a/);
    expect(() => contexte().nombres('inconnue')).toThrow(/Variable inconnue : « inconnue »/);
    expect(() => contexte({ double: [1, 2] }).nombres('double')).toThrow(/2 valeurs reçues, 3 attendues/);
    expect(() => contexte().nombres('somme')).toThrow(/variable nationale/);
  });
  it('sélections : indices croissants des drapeaux à 1 et des cellules non nulles (NaN compris), calculés une fois', () => {
    const c = creerContexte({
      annee: 2024, n: 5, p, pPrecedent: p, formules, defautsPrecedents: {},
      entrees: { population_dgf: [0, 3, 0, NaN, -1], zrr: [0, 1, 1, 0, 1] },
    });
    expect(Array.from(c.selection('zrr'))).toEqual([1, 2, 4]);
    expect(c.selection('zrr')).toBe(c.selection('zrr'));
    expect(Array.from(c.nonNuls('population_dgf'))).toEqual([1, 3, 4]);
    expect(Array.from(c.nonNuls('double'))).toEqual([1, 3, 4]);
    expect(c.nonNuls('population_dgf')).toBe(c.nonNuls('population_dgf'));
    expect(() => c.nonNuls('somme')).toThrow(/variable nationale/);
  });
  it('somme d’une colonne, dans l’ordre des communes', () => {
    const c = contexte();
    // population_dgf = [1, 2, 3], double = [2, 4, 6].
    expect(c.somme('double')).toBe(12);
    expect(c.somme('population_dgf')).toBe(6);
    const g = creerContexte({ annee: 2024, n: 3, p, pPrecedent: p, formules, defautsPrecedents: {}, entrees: { population_dgf: [0.1, 0.2, 0.3] } });
    expect(g.somme('population_dgf')).toBe((0.1 + 0.2) + 0.3);
    expect(() => c.somme('somme')).toThrow(/variable nationale/);
  });
  it('les entrées absentes prennent leur défaut, les résultats N-1 absents valent 0', () => {
    const c = contexte();
    expect(liste(c.nombres('superficie'))).toEqual([0, 0, 0]);
    expect(liste(c.precedent('dotation_forfaitaire'))).toEqual([0, 0, 0]);
    expect(() => c.precedent('inconnu')).toThrow(/Résultat N-1 inconnu/);
  });
});

describe('simuler', () => {
  it('rejette une surcharge de variable inconnue', () => {
    expect(() => simulerSur(2024, { population_dgf: [1] }, { surcharges: { pas_une_variable: 1 } })).toThrow(/Surcharge de variable inconnue : « pas_une_variable »/);
  });
  it('une strate publiée (entrée) remplace la strate calculée, cellule par cellule', () => {
    const s = simulerSur(2024, { population_dgf: [100, 600], strate_demographique: [7, NaN] }, { variables: ['strate_demographique'] });
    expect(liste(s.communes.strate_demographique)).toEqual([7, 2]);
  });
  it('une réforme change un paramètre de l’année', () => {
    const s = simulerSur(2024, { population_dgf: [100] }, { reforme: { 'dotation_solidarite_rurale.cible.montant': 1000 }, variables: ['dsr_montant_total_fraction_cible'] });
    expect(s.national.dsr_montant_total_fraction_cible).toBeCloseTo(1000, 6);
  });
});
