// Test double of the engine for the plumbing tests of the synthetic France (N-1 → N chain, notified columns,
// injected discrepancies, files). Simple closed formulas, NOT the law: the real engine is tested elsewhere and
// the calibration test uses the real one.
import type { Communes, ResultatsNMoins1 } from "../../engine/entrees.ts";

export function simulerFactice(o: { annee: number; communes: Communes; resultatsPrecedents?: ResultatsNMoins1 }) {
  const c = o.communes;
  const p = o.resultatsPrecedents!;
  const n = c.code_insee.length;
  const col = (f: (i: number) => number) => Float64Array.from({ length: n }, (_, i) => f(i));
  const bc = col((i) => (c.chef_lieu_de_canton[i] && !c.outre_mer[i] && c.population_dgf[i] < 10000 ? c.population_dgf[i] * 10.25 : 0));
  const pq = col((i) => (!c.outre_mer[i] && c.population_dgf[i] < 10000 ? c.population_dgf[i] * 1.5 + 0.4 : 0));
  const zero = new Float64Array(n);
  const dsu = col((i) => p.dsu_montant_eligible[i]);
  return {
    communes: {
      dotation_forfaitaire: col((i) => p.dotation_forfaitaire[i] + 1.6),
      df_evolution_part_dynamique: zero,
      df_montant_ecretement: zero,
      dsr_montant_eligible_fraction_bourg_centre: bc,
      dsr_fraction_bourg_centre: bc,
      dsr_fraction_perequation_part_potentiel_financier_par_habitant: pq,
      dsr_fraction_perequation_part_longueur_voirie: zero,
      dsr_fraction_perequation_part_enfants: zero,
      dsr_fraction_perequation_part_potentiel_financier_par_hectare: zero,
      dsr_fraction_perequation: pq,
      dsr_fraction_cible: zero,
      dsr_fraction_cible_part_potentiel_financier_par_habitant: zero,
      dsr_fraction_cible_part_longueur_voirie: zero,
      dsr_fraction_cible_part_enfants: zero,
      dsr_fraction_cible_part_potentiel_financier_par_hectare: zero,
      dotation_solidarite_rurale: col((i) => bc[i] + pq[i]),
      dsu_montant: dsu,
      dsu_part_spontanee: dsu,
      dsu_part_augmentation: zero,
      dsu_montant_garantie_non_eligible: zero,
      dsu_eligible: Uint8Array.from(dsu, (x) => (x > 0 ? 1 : 0)),
      dsr_eligible_fraction_bourg_centre: Uint8Array.from(bc, (x) => (x > 0 ? 1 : 0)),
      dsr_eligible_fraction_perequation: Uint8Array.from(pq, (x) => (x > 0 ? 1 : 0)),
      dsr_eligible_fraction_cible: new Uint8Array(n),
    },
    national: { communes: n },
  };
}
