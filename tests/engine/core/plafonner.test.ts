import { describe, expect, it } from 'vitest';
import { repartitionPlafonnee } from '../../../engine/mecanismes/plafonner.ts';

const montants = (total: number, score: number[], plafond: number[]) => {
  const r = repartitionPlafonnee(total, Float64Array.from(score), Float64Array.from(plafond));
  return { ...r, montants: score.map((s, i) => (s > 0 ? Math.min(r.valeurDePoint * s, plafond[i]) : 0)) };
};

describe('répartition plafonnée (écrêtement)', () => {
  it('sans plafond atteint : valeur de point = total ÷ Σ scores', () => {
    const r = montants(100, [1, 3, 0], [1000, 1000, 1000]);
    expect(r.valeurDePoint).toBe(25);
    expect(r.montants).toEqual([25, 75, 0]);
  });
  it('ce qu’un plafond épargne est reporté sur les autres', () => {
    // spontaneous vp = 100 / 4 = 25 → commune 1 (score 3) would pay 75 > 30: capped at 30;
    // the 70 left are borne by commune 0 alone (score 1): vp = 70.
    const r = montants(100, [1, 3], [1000, 30]);
    expect(r.valeurDePoint).toBe(70);
    expect(r.montants).toEqual([70, 30]);
    expect(r.nonReparti).toBe(0);
  });
  it('plafonds en cascade', () => {
    // caps 5, 10, 1000 for scores 1, 1, 1 and total 60: vp = 45 after capping 5 and 10.
    const r = montants(60, [1, 1, 1], [5, 10, 1000]);
    expect(r.valeurDePoint).toBe(45);
    expect(r.montants.reduce((a, b) => a + b)).toBe(60);
  });
  it('total hors d’atteinte : chacun à son plafond, le reste non réparti', () => {
    const r = montants(100, [1, 2], [10, 20]);
    expect(r.montants).toEqual([10, 20]);
    expect(r.nonReparti).toBe(70);
  });
  it('aucun score : rien de réparti, jamais NaN', () => {
    const r = montants(100, [0, 0], [10, 10]);
    expect(r.valeurDePoint).toBe(0);
    expect(r.nonReparti).toBe(100);
  });
});
