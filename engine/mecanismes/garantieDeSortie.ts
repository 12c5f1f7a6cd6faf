// Exit guarantee (garantie de sortie) of the DSR bourg-centre (L.2334-21) and cible (L.2334-22-1) fractions: a
// commune that ceases to be eligible receives, once, ratio × its N-1 amount. Outre-mer communes are outside
// the métropole DSR (their N-1 amounts, if any, are not guaranteed).
import { colonneNombres } from '../simulation/memoire.ts';
export function garantieSortie(eligible: Uint8Array, outreMer: Uint8Array, precedent: Float64Array, ratio: number): Float64Array {
  const r = colonneNombres(eligible.length);
  for (let i = 0; i < r.length; i++) if (!eligible[i] && !outreMer[i] && precedent[i] > 0) r[i] = ratio * precedent[i];
  return r;
}

/** Σ over the non-eligible communes of max(commune-nouvelle guarantee, exit guarantee): taken off the envelope. */
export function sommeGarantiesNonEligibles(eligible: Uint8Array, garantieCommuneNouvelle: Float64Array, garantieSortie?: Float64Array): number {
  let s = 0;
  for (let i = 0; i < eligible.length; i++) {
    if (eligible[i]) continue;
    s += Math.max(garantieCommuneNouvelle[i], garantieSortie ? garantieSortie[i] : 0);
  }
  return s;
}
