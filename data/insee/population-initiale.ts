// `population_insee_initiale` of the communes nouvelles (spec §3.11 item 77): the INSEE population of the year
// following the creation year Y, i.e. the `population_insee` column of the DGCL criteria file of year Y + 1.
// Year N's own file serves when Y + 1 = N; an earlier year needs its file; a commune created on 1 January N has no
// such population yet (Y + 1 = N + 1). Unknown → NaN, which the engine reads as "not eligible".

/** Years (< annee) whose criteria file holds an initial population needed by `dates`, in increasing order. */
export function anneesPopulationInitiale(annee: number, dates: Int32Array): number[] {
  const annees = new Set<number>();
  for (let i = 0; i < dates.length; i++) {
    if (dates[i] === 0) continue;
    const suivante = Math.floor(dates[i] / 10000) + 1;
    if (suivante < annee) annees.add(suivante);
  }
  return [...annees].sort((a, b) => a - b);
}

/**
 * Initial population of each commune with a creation date (`dates` ≠ 0); NaN for the others.
 * `populationN` is the `population_insee` of year `annee` (aligned on `codes`); `populationsAnterieures` gives, for
 * each earlier year whose file was found, its population by commune code.
 */
export function populationsInitiales(
  annee: number,
  codes: readonly string[],
  dates: Int32Array,
  populationN: Float64Array,
  populationsAnterieures: ReadonlyMap<number, ReadonlyMap<string, number>>,
): Float64Array {
  const valeurs = new Float64Array(codes.length).fill(NaN);
  for (let i = 0; i < codes.length; i++) {
    if (dates[i] === 0) continue;
    const suivante = Math.floor(dates[i] / 10000) + 1;
    const v = suivante === annee ? populationN[i] : populationsAnterieures.get(suivante)?.get(codes[i]);
    if (v !== undefined) valeurs[i] = v;
  }
  return valeurs;
}
