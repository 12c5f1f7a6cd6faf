import { describe, expect, it } from 'vitest';
import { contexteTest, liste } from './outils.ts';

// M10 = 500 €/hab given; each commune tests one condition.
const communes = {
  //                                         0      1      2      3      4      5      6      7      8      9      10
  population_dgf_plafonnee: /*          */ [3000, 3000, 3000, 3000, 3000, 15000, 20000, 20001, 3000, 3000, 9999],
  outre_mer: /*                         */ [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  part_population_canton: /*            */ [0.15, 0.2, 0.149, 0, 0, 0, 0, 0, 0.5, 0.5, 0.5],
  bureau_centralisateur: /*             */ [0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0],
  chef_lieu_de_canton: /*               */ [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0],
  population_dgf_chef_lieu_de_canton: /**/ [0, 0, 0, 12000, 12000, 0, 0, 0, 0, 0, 0],
  chef_lieu_arrondissement: /*          */ [0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0],
  part_population_agglomeration_departement: [0, 0, 0, 0, 0, 0, 0, 0, 0.1, 0, 0],
  potentiel_financier_par_habitant: /*  */ [100, 100, 100, 100, 100, 100, 100, 100, 100, 1000, 999.99],
};

describe('éligibilité bourg-centre (L.2334-21)', () => {
  const c = contexteTest({ n: 11, communes, national: { dsr_potentiel_financier_par_habitant_moyen_moins_10000: 500 } });
  it('exclusions: canton (chef-lieu ≥ 10 000 unless bureau centralisateur), unité urbaine ≥ 10 %, PF ≥ 2 × M10', () => {
    expect(liste(c.valeur('dsr_exclue_fraction_bourg_centre_canton'))).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
    expect(liste(c.valeur('dsr_exclue_fraction_bourg_centre_agglomeration'))).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0]);
    expect(liste(c.valeur('dsr_exclue_fraction_bourg_centre_pfi'))).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0]);
  });
  it('type 1: < 10 000, métropole, canton share ≥ 15 % or bureau or chef-lieu, not excluded', () => {
    expect(liste(c.valeur('dsr_eligible_fraction_bourg_centre_type_1'))).toEqual([1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1]);
  });
  it("type 2: chef-lieu d'arrondissement of 10 000 to 20 000 inclusive", () => {
    expect(liste(c.valeur('dsr_eligible_fraction_bourg_centre_type_2'))).toEqual([0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0]);
    expect(liste(c.valeur('dsr_eligible_fraction_bourg_centre'))).toEqual([1, 0, 0, 1, 0, 1, 1, 0, 0, 0, 1]);
  });
  it('agglomeration thresholds ≥ 250 000 and ≥ 100 000, chef-lieu de département', () => {
    const d = contexteTest({
      n: 4,
      communes: {
        population_dgf_agglomeration: [249999, 250000, 0, 0],
        population_dgf_maximum_commune_agglomeration: [0, 0, 100000, 0],
        chef_lieu_departement_dans_agglomeration: [0, 0, 0, 1],
      },
    });
    expect(liste(d.valeur('dsr_exclue_fraction_bourg_centre_agglomeration'))).toEqual([0, 1, 1, 1]);
  });
  it('an input overrides the formula (eligibility set directly)', () => {
    const d = contexteTest({ n: 2, communes: { dsr_eligible_fraction_bourg_centre_type_1: [0, 1], dsr_eligible_fraction_bourg_centre_type_2: [1, 0] } });
    expect(liste(d.valeur('dsr_eligible_fraction_bourg_centre'))).toEqual([1, 1]);
  });
});
