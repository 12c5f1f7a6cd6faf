import { describe, expect, it } from 'vitest';
import { expliquer } from '../../../engine/index.ts';
import { simulerSur } from './outils.ts';

describe('expliquer', () => {
  // Three communes of strate 2 (500–999 hab.): PF/hab 500, 1000, 3000 → strate mean 1500.
  const s = simulerSur(2024, {
    population_dgf: [600, 600, 600],
    population_insee: [600, 600, 600],
    potentiel_financier: [300_000, 600_000, 1_800_000],
    revenu_total: [6_000_000, 7_000_000, 9_000_000],
    effort_fiscal: [1, 1, 1],
  });
  const e = expliquer('10003', s);

  it('étapes ordonnées comme le calcul, chacune avec sa valeur, son libellé, son unité, sa formule et sa référence', () => {
    const noms = e.etapes.map((x) => x.variable);
    const position = (v: string) => noms.indexOf(v);
    expect(position('strate_demographique')).toBeGreaterThanOrEqual(0);
    expect(position('strate_demographique')).toBeLessThan(position('potentiel_financier_par_habitant_moyen'));
    expect(position('potentiel_financier_par_habitant_moyen')).toBeLessThan(position('dotation_forfaitaire'));
    expect(position('dotation_forfaitaire')).toBeLessThan(position('dotation_globale_fonctionnement_communes'));
    const pf = e.etapes.find((x) => x.variable === 'potentiel_financier_par_habitant')!;
    expect(pf).toMatchObject({ valeur: 3000, unite: '€/hab', libelle: 'Potentiel financier par habitant', reference: 'CGCT art. L.2334-4', nationale: false });
    expect(e.etapes.find((x) => x.variable === 'dsr_montant_total_fraction_cible')?.nationale ?? true).toBe(true);
  });

  it('distance au seuil de la DSR péréquation : PF/hab face à 2 × la moyenne de la strate', () => {
    const d = e.distances.find((x) => x.libelle.startsWith('Potentiel financier par habitant face à 2 × la moyenne de la strate'))!;
    expect(d).toMatchObject({ valeur: 3000, seuil: 3000, ecart: 0, franchi: true });
  });

  it('distance au dernier rang éligible de la DSR cible (10 000)', () => {
    const d = e.distances.find((x) => x.libelle.includes('DSR cible'))!;
    expect(d.seuil).toBe(10_000);
    expect(d.franchi).toBe(d.valeur <= 10_000);
  });

  it('commune absente : erreur en français', () => {
    expect(() => expliquer('99999', s)).toThrow(/Commune introuvable dans la simulation 2024 : code INSEE « 99999 »/);
  });
});
