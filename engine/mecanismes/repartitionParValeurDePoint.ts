// Distribution of an envelope by valeur de point: each commune receives score × (envelope ÷ Σ scores).

/**
 * The spontaneous valeur de point montant ÷ Σ scores; 0 unless the total is positive and the quotient finite
 * (a zero, negative or NaN total distributes nothing, and so does a denormal one, whose quotient is ∞).
 */
export function valeurDePointSpontanee(montant: number, totalScores: number): number {
  if (!(totalScores > 0)) return 0;
  const vp = montant / totalScores;
  return Number.isFinite(vp) ? vp : 0;
}
