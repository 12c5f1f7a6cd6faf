// Encadrement N-1: the 90 %–120 % stability band of the DSR bourg-centre and péréquation fractions
// (L.2334-21, L.2334-22): an eligible commune that received an amount in N-1 gets between 90 % and 120 % of
// it. The valeur de point is then set so that the banded amounts use the whole envelope (valeurDePointEncadree).
import { valeurDePointEncadree } from './valeurDePointEncadree.ts';
import { colonneNombres } from '../simulation/memoire.ts';

/** The band of each commune: [ratioPlancher × precedent, ratioPlafond × precedent] when precedent > 0. */
export interface Bande {
  readonly precedent: Float64Array;
  readonly ratioPlancher: number;
  readonly ratioPlafond: number;
}

/** Amount after the band (applies only when both the computed amount and the floor are positive). */
export function appliquerStabilite(horsGaranties: Float64Array, bande: Bande): Float64Array {
  const { precedent, ratioPlancher, ratioPlafond } = bande;
  const r = colonneNombres(horsGaranties.length);
  for (let i = 0; i < r.length; i++) {
    const h = horsGaranties[i];
    const plancher = ratioPlancher * precedent[i];
    r[i] = h > 0 && plancher > 0 ? Math.min(ratioPlafond * precedent[i], Math.max(plancher, h)) : h;
  }
  return r;
}

/**
 * Multiplier λ of the spontaneous valeur de point such that Σ band(λ × brut) = enveloppe; exactly 1 when
 * no commune with an amount has an N-1 amount (nothing to band).
 */
export function coefficientStabilite(brut: Float64Array, bande: Bande, enveloppe: number): number {
  const { precedent, ratioPlancher, ratioPlafond } = bande;
  let borne = false;
  let total = 0;
  let m = 0;
  for (let i = 0; i < brut.length; i++) {
    if (brut[i] > 0) {
      total += brut[i];
      m++;
      if (ratioPlancher * precedent[i] > 0) borne = true;
    }
  }
  if (!(total > 0)) return 0;
  if (!borne) return 1;
  // The communes with an amount, in input order, with the bounds of their amount: the band when
  // precedent > 0, else [0, ∞).
  const montants = colonneNombres(m);
  const plancher = colonneNombres(m);
  const plafond = colonneNombres(m);
  for (let i = 0, k = 0; i < brut.length; i++) {
    if (!(brut[i] > 0)) continue;
    const avecPrecedent = precedent[i] > 0;
    montants[k] = brut[i];
    plancher[k] = avecPrecedent ? ratioPlancher * precedent[i] : 0;
    plafond[k++] = avecPrecedent ? ratioPlafond * precedent[i] : Infinity;
  }
  return valeurDePointEncadree(montants, plancher, plafond, enveloppe);
}
