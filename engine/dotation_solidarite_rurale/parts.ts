// The four parts of the péréquation and cible fractions (L.2334-22 1° to 4°, L.2334-22-1):
// sub-envelope = weight × envelope of the eligible communes (0.3 / 0.3 / 0.3 / 0.1), valeur de point =
// sub-envelope ÷ Σ scores (times the fraction's stability coefficient), part = score × valeur de point,
// amount before guarantees = Σ of the four parts.
import { commune, nationale, type Contexte, type Formules } from '../simulation/variables.ts';
import { valeurDePointSpontanee } from '../mecanismes/repartitionParValeurDePoint.ts';
import { multiplier } from '../mecanismes/colonnes.ts';
import { parametresDsr } from './commun.ts';
import { colonneNombres } from '../simulation/memoire.ts';

export const PARTS = ['potentiel_financier_par_habitant', 'longueur_voirie', 'enfants', 'potentiel_financier_par_hectare'] as const;
export type Part = (typeof PARTS)[number];
export type Fraction = 'perequation' | 'cible';

export function poidsPart(c: Contexte, part: Part): number {
  const a = parametresDsr(c).attribution;
  switch (part) {
    case 'potentiel_financier_par_habitant':
      return a.poids_potentiel_financier_par_habitant;
    case 'longueur_voirie':
      return a.poids_longueur_voirie;
    case 'enfants':
      return a.poids_enfants;
    case 'potentiel_financier_par_hectare':
      return a.poids_potentiel_financier_par_hectare;
  }
}

/** Spontaneous amount Σ_k score_k × sub-envelope_k ÷ Σ score_k (before any stability coefficient). */
export function montantSpontane(c: Contexte, fraction: Fraction): Float64Array {
  const r = colonneNombres(c.n);
  for (const part of PARTS) {
    const nom = `dsr_score_attribution_${fraction}_part_${part}`;
    const vp = valeurDePointSpontanee(c.national(`dsr_montant_total_eligibles_fraction_${fraction}_part_${part}`), c.somme(nom));
    const score = c.nombres(nom);
    if (vp === 0) continue;
    for (let i = 0; i < c.n; i++) r[i] += score[i] * vp;
  }
  return r;
}

/** Formulas of the four parts of a fraction; `coefficient` names the national stability coefficient, if any. */
export function formulesParts(fraction: Fraction, coefficient?: string): Formules {
  const f: Formules = {};
  for (const part of PARTS) {
    f[`dsr_montant_total_eligibles_fraction_${fraction}_part_${part}`] = nationale((c) =>
      poidsPart(c, part) * c.national(`dsr_montant_total_eligibles_fraction_${fraction}`));
    f[`dsr_valeur_point_fraction_${fraction}_part_${part}`] = nationale((c) => {
      const total = c.somme(`dsr_score_attribution_${fraction}_part_${part}`);
      if (!(total > 0)) return 0;
      const lambda = coefficient ? c.national(coefficient) : 1;
      return valeurDePointSpontanee(lambda * c.national(`dsr_montant_total_eligibles_fraction_${fraction}_part_${part}`), total);
    });
    f[`dsr_fraction_${fraction}_part_${part}`] = commune((c) => {
      const vp = c.national(`dsr_valeur_point_fraction_${fraction}_part_${part}`);
      return multiplier(c.nombres(`dsr_score_attribution_${fraction}_part_${part}`), vp);
    });
  }
  const horsGaranties = fraction === 'perequation' ? 'dsr_montant_hors_garanties_fraction_perequation' : 'dsr_montant_hors_garanties_fraction_cible';
  f[horsGaranties] = commune((c) => {
    const [a, b, d, e] = PARTS.map((part) => c.nombres(`dsr_fraction_${fraction}_part_${part}`));
    const r = colonneNombres(c.n);
    // One pass; the same additions, in the same order, as adding the parts one after the other to 0.
    for (let i = 0; i < c.n; i++) r[i] = 0 + a[i] + b[i] + d[i] + e[i];
    return r;
  });
  return f;
}
