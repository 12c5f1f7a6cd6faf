// Levy of a fixed total spread by valeur de point over scores, each commune capped (DF écrêtement,
// CGCT L.2334-7 III): the valeur de point is raised until the capped levies add up to the total, i.e. what
// one commune's cap spares is borne by the uncapped others (the law fixes the total to finance).
import { rang } from './rang.ts';
import { colonneNombres } from '../simulation/memoire.ts';

export interface ResultatPlafonne {
  /** Valeur de point applied to the uncapped communes: montant[i] = min(vp × score[i], plafond[i]). */
  valeurDePoint: number;
  /** Part of the total that no commune can bear (every commune at its cap); 0 in practice. */
  nonReparti: number;
}

/**
 * The vp such that Σ min(vp × score[i], plafond[i]) = total over the communes with score > 0 (or, when the
 * caps cannot bear the total, the vp that reaches every cap). Communes sorted once by the vp at which they
 * reach their cap (t = plafond / score); with the j smallest capped, vp = (total − Σ caps) / Σ other scores,
 * valid when it lies between the j-th and (j+1)-th t.
 */
export function repartitionPlafonnee(total: number, score: Float64Array, plafond: Float64Array): ResultatPlafonne {
  let m = 0;
  for (let i = 0; i < score.length; i++) if (score[i] > 0) m++;
  if (m === 0 || !(total > 0)) return { valeurDePoint: 0, nonReparti: Math.max(0, total) || 0 };
  const seuil = colonneNombres(m);
  const poids = colonneNombres(m);
  for (let i = 0, k = 0; i < score.length; i++)
    if (score[i] > 0) {
      poids[k] = score[i];
      seuil[k++] = Math.max(0, plafond[i]) / score[i];
    }
  // rang: 1 = largest threshold; position m − rang ascending.
  const r = rang(seuil);
  const t = colonneNombres(m);
  const s = colonneNombres(m);
  let sommeScores = 0;
  for (let k = 0; k < m; k++) {
    t[m - r[k]] = seuil[k];
    s[m - r[k]] = poids[k];
    sommeScores += poids[k];
  }
  let sommePlafonds = 0;
  for (let j = 0; j < m; j++) {
    const vp = (total - sommePlafonds) / sommeScores;
    if (vp <= t[j]) return { valeurDePoint: vp, nonReparti: 0 };
    sommePlafonds += t[j] * s[j];
    sommeScores -= s[j];
  }
  return { valeurDePoint: t[m - 1], nonReparti: Math.max(0, total - sommePlafonds) };
}
