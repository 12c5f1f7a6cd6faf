// Edge cases over the whole DSR + DSU chain (real engine context): population 0,
// PF 0, superficie 0, outre-mer, a commune alone in its strate, equal indices, no eligible commune.
import { describe, expect, it } from 'vitest';
import { FORMULES_DSR } from '../../../engine/dotation_solidarite_rurale/index.ts';
import { FORMULES_DSU } from '../../../engine/dotation_solidarite_urbaine/index.ts';
import { contexteTest, liste, type Donnees } from './outils.ts';

const VARIABLES = [...Object.keys(FORMULES_DSR), ...Object.keys(FORMULES_DSU)];
const ENVELOPPES = { dsr_montant_total_fraction_bourg_centre: 1e6, dsr_montant_total_fraction_perequation: 1e6, dsr_montant_total_fraction_cible: 1e6, dsu_montant_total: 1e6 };

function toutFini(d: Donnees) {
  const c = contexteTest(d);
  for (const nom of VARIABLES) {
    const v = c.valeur(nom);
    expect((typeof v === 'number' ? [v] : Array.from(v)).every(Number.isFinite), nom).toBe(true);
  }
  return c;
}

describe('cas limites DSR et DSU', () => {
  it('population 0, PF 0, superficie 0 everywhere: every variable finite, nothing paid', () => {
    const c = toutFini({ n: 3, national: ENVELOPPES, communes: { population_dgf: [0, 0, 0], bureau_centralisateur: [1, 1, 1] } });
    expect(liste(c.valeur('dotation_solidarite_rurale'))).toEqual([0, 0, 0]);
    expect(liste(c.valeur('dsu_montant'))).toEqual([0, 0, 0]);
  });

  it('no eligible commune (all outre-mer): every variable finite, no guarantee, nothing paid', () => {
    const c = toutFini({
      n: 2, national: ENVELOPPES,
      communes: { outre_mer: [1, 1], population_dgf: [3000, 20000], population_insee: [3000, 20000], potentiel_financier: [1e6, 1e7], bureau_centralisateur: [1, 0], revenu_total: [1e7, 1e8], nombre_logements: [1000, 8000] },
      precedent: { dsr_montant_eligible_fraction_bourg_centre: [1000, 0], dsu_montant_eligible: [0, 5000] },
    });
    expect(liste(c.valeur('dsr_eligible_fraction_perequation'))).toEqual([0, 0]);
    expect(liste(c.valeur('dotation_solidarite_rurale'))).toEqual([0, 0]);
    expect(liste(c.valeur('dsu_montant'))).toEqual([0, 0]);
  });

  it('a commune alone in its strate: PF ratio 1 → péréquation eligible, score = population × 1 × effort', () => {
    const c = toutFini({
      n: 2, national: ENVELOPPES,
      communes: { population_dgf: [800, 4000], population_insee: [800, 4000], potentiel_financier: [800 * 600, 4000 * 500], effort_fiscal: [1, 1], revenu_total: [800 * 12000, 4000 * 15000], superficie: [1000, 1000], longueur_voirie: [5000, 9000], population_enfants: [100, 500] },
    });
    expect(liste(c.valeur('potentiel_financier_par_habitant_moyen'))).toEqual([600, 500]);
    expect(liste(c.valeur('dsr_eligible_fraction_perequation'))).toEqual([1, 1]);
    expect(liste(c.valeur('dsr_score_attribution_perequation_part_potentiel_financier_par_habitant'))).toEqual([800, 4000]);
    // indice cible = 0.7 × 1 + 0.3 × 1 = 1 for both; equal indices → ranks in input order
    expect(liste(c.valeur('indice_synthetique_dsr_cible'))).toEqual([1, 1]);
    expect(liste(c.valeur('rang_indice_synthetique_dsr_cible'))).toEqual([1, 2]);
    // the whole péréquation envelope goes to the two communes
    expect(liste(c.valeur('dsr_fraction_perequation')).reduce((a, b) => a + b, 0)).toBeCloseTo(1e6, -1);
  });

  it('DSU with a single commune per group: it takes the whole share of its group', () => {
    const c = toutFini({
      n: 2, national: { ...ENVELOPPES },
      communes: { population_dgf: [6000, 30000], population_insee: [6000, 30000], potentiel_financier: [6000 * 900, 30000 * 1000], effort_fiscal: [1, 1], revenu_total: [6000 * 10000, 30000 * 12000], nombre_logements: [3000, 15000], nombre_logements_sociaux: [600, 4000], nombre_beneficiaires_aides_au_logement: [500, 3000] },
    });
    expect(liste(c.valeur('dsu_eligible'))).toEqual([1, 1]);
    expect(c.national('dsu_part_seuil_bas')).toBeCloseTo(6 / 36, 12);
    expect(liste(c.valeur('dsu_montant'))).toEqual([Math.round(1e6 / 6), Math.round((1e6 * 5) / 6)]);
  });
});
