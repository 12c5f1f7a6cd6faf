// The 90 %–120 % stability band of the bourg-centre and péréquation fractions (L.2334-21, L.2334-22):
// an eligible commune that received an amount in N-1 gets between 90 % and 120 % of it. The valeur de
// point is then set so that the banded amounts use the whole envelope (see valeurDePointEncadree).
import { valeurDePointEncadree } from '../mecanismes/valeurDePointEncadree.ts';

export interface Bande {
  plancher: Float64Array;
  plafond: Float64Array;
}

/** Bounds of each commune's amount: [plancher × prev, plafond × prev] when prev > 0, else [0, ∞). */
export function bandeStabilite(precedent: Float64Array, ratioPlancher: number, ratioPlafond: number): Bande {
  const n = precedent.length;
  const plancher = new Float64Array(n);
  const plafond = new Float64Array(n).fill(Infinity);
  for (let i = 0; i < n; i++) {
    if (precedent[i] > 0) {
      plancher[i] = ratioPlancher * precedent[i];
      plafond[i] = ratioPlafond * precedent[i];
    }
  }
  return { plancher, plafond };
}

/** Amount after the band (applies only when both the computed amount and prev are positive). */
export function appliquerStabilite(horsGaranties: Float64Array, bande: Bande): Float64Array {
  const r = new Float64Array(horsGaranties.length);
  for (let i = 0; i < r.length; i++) {
    const h = horsGaranties[i];
    r[i] = h > 0 && bande.plancher[i] > 0 ? Math.min(bande.plafond[i], Math.max(bande.plancher[i], h)) : h;
  }
  return r;
}

/**
 * Multiplier λ of the spontaneous valeur de point such that Σ band(λ × brut) = enveloppe; exactly 1 when
 * no commune has an N-1 amount (nothing to band).
 */
export function coefficientStabilite(brut: Float64Array, bande: Bande, enveloppe: number): number {
  let borne = false;
  let total = 0;
  for (let i = 0; i < brut.length; i++) {
    if (brut[i] > 0) {
      total += brut[i];
      if (bande.plancher[i] > 0) borne = true;
    }
  }
  if (total === 0) return 0;
  if (!borne) return 1;
  return valeurDePointEncadree(brut, bande.plancher, bande.plafond, enveloppe);
}
