// Valeur de point that distributes a whole envelope when each commune's amount is held in a band:
// find v ≥ 0 such that Σ_i clamp(s_i × v, plancher_i, plafond_i) = enveloppe (communes with s_i > 0 only).
// Used where the law keeps each amount between bounds yet distributes the whole envelope: the DSR
// 90 %–120 % stability band (L.2334-21, L.2334-22) and the 4 M€ cap on the DSU increase (L.2334-18-4).
// f(v) = Σ clamp(s_i v, …) is continuous, non-decreasing and piecewise linear; we bisect on v until the
// set of communes inside their band is stable, then solve that linear piece exactly.
import { colonneNombres } from '../simulation/memoire.ts';

/**
 * @param scores   s_i ≥ 0 (communes with s_i = 0 receive nothing and are ignored)
 * @param plancher lower bound of each amount (0 = none), ≤ plafond
 * @param plafond  upper bound of each amount (Infinity = none)
 * @returns v; E / Σ s when no bound binds; 0 when Σ s = 0. When the bounds make the envelope unreachable
 *          (Σ planchers > E or Σ plafonds < E) the v closest to it (every amount at its bound).
 */
export function valeurDePointEncadree(scores: Float64Array, plancher: Float64Array, plafond: Float64Array, enveloppe: number): number {
  // Compact the communes with a score: their score and the two breakpoints plancher / s and plafond / s.
  let m = 0;
  for (let i = 0; i < scores.length; i++) if (scores[i] > 0) m++;
  if (m === 0) return 0;
  // Every score positive (callers that compact first): the inputs are used as they are.
  const compacte = m === scores.length;
  const s = compacte ? scores : colonneNombres(m);
  const lo = compacte ? plancher : colonneNombres(m);
  const hi = compacte ? plafond : colonneNombres(m);
  const bp = colonneNombres(m);
  const hp = colonneNombres(m);
  let somme = 0;
  let borne = 0; // largest finite breakpoint
  for (let i = 0, k = 0; i < scores.length; i++) {
    if (!(scores[i] > 0)) continue;
    if (!compacte) {
      s[k] = scores[i];
      lo[k] = plancher[i];
      hi[k] = plafond[i];
    }
    bp[k] = plancher[i] / scores[i];
    hp[k] = plafond[i] / scores[i];
    somme += s[k];
    if (bp[k] > borne) borne = bp[k];
    if (Number.isFinite(hp[k]) && hp[k] > borne) borne = hp[k];
    k++;
  }
  const libre = enveloppe / somme;
  let bas = 0;
  let haut = Math.max(borne, libre) * 2 + 1;
  let v = libre;
  for (let iteration = 0; iteration < 200; iteration++) {
    // Classify every commune at v: constant part C (bounded amounts) and slope S (amounts in their band),
    // with the interval [debut, fin] of v over which this classification holds.
    let constante = 0;
    let pente = 0;
    let debut = 0;
    let fin = Infinity;
    for (let k = 0; k < m; k++) {
      if (v <= bp[k]) {
        constante += lo[k];
        if (bp[k] < fin) fin = bp[k];
      } else if (v >= hp[k]) {
        constante += hi[k];
        if (hp[k] > debut) debut = hp[k];
      } else {
        pente += s[k];
        if (bp[k] > debut) debut = bp[k];
        if (hp[k] < fin) fin = hp[k];
      }
    }
    const solution = pente > 0 ? (enveloppe - constante) / pente : NaN;
    if (solution >= debut && solution <= fin) return solution;
    // The solution lies beyond the current linear piece: narrow the bracket past it, then try the linear
    // solution of this piece (a Newton step, exact once the right piece is reached) or bisect.
    if (constante + pente * v < enveloppe) bas = Math.max(v, Math.min(fin, haut));
    else haut = Math.min(v, Math.max(debut, bas));
    if (haut - bas <= Number.EPSILON * haut) break;
    v = solution > bas && solution < haut ? solution : (bas + haut) / 2;
  }
  // Unreachable envelope: every amount sits at a bound (v → 0⁺ with the floors, or past the last ceiling).
  return (bas + haut) / 2;
}
