// Levy of a fixed total spread by valeur de point over scores, each commune capped (DF écrêtement,
// CGCT L.2334-7 III): the valeur de point is raised until the capped levies add up to the total, i.e. what
// one commune's cap spares is borne by the uncapped others (the law fixes the total to finance).

export interface ResultatPlafonne {
  /** Valeur de point finally applied to the uncapped communes. */
  valeurDePoint: number;
  /** Part of the total that no commune can bear (every commune at its cap); 0 in practice. */
  nonReparti: number;
}

/**
 * montant[i] = min(vp × score[i], plafond[i]) with vp such that Σ montant = total (or every commune capped).
 * Iterative: each pass caps the communes whose spontaneous amount exceeds their cap and recomputes vp over
 * the others; at most one pass per distinct cap level, in practice a handful.
 */
export function repartitionPlafonnee(total: number, score: Float64Array, plafond: Float64Array, montant: Float64Array): ResultatPlafonne {
  const n = score.length;
  const plafonne = new Uint8Array(n);
  let vp = 0;
  for (;;) {
    let sommePlafonds = 0;
    let sommeScores = 0;
    for (let i = 0; i < n; i++) {
      if (!(score[i] > 0)) continue;
      if (plafonne[i]) sommePlafonds += plafond[i];
      else sommeScores += score[i];
    }
    const reste = total - sommePlafonds;
    vp = sommeScores > 0 && reste > 0 ? reste / sommeScores : 0;
    let nouveaux = 0;
    for (let i = 0; i < n; i++) {
      if (score[i] > 0 && !plafonne[i] && vp * score[i] > plafond[i]) {
        plafonne[i] = 1;
        nouveaux++;
      }
    }
    if (nouveaux === 0) break;
  }
  let verse = 0;
  for (let i = 0; i < n; i++) {
    montant[i] = score[i] > 0 ? (plafonne[i] ? plafond[i] : vp * score[i]) : 0;
    verse += montant[i];
  }
  return { valeurDePoint: vp, nonReparti: Math.max(0, total - verse) };
}
