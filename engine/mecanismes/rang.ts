// Rank by decreasing score (1 = highest) over all communes, every commune a distinct rank. Ties are broken
// deterministically by input order (lower index first), so equal scores keep the order of the commune file.
export function rang(score: Float64Array): Float64Array {
  const n = score.length;
  const ordre = new Uint32Array(n);
  for (let i = 0; i < n; i++) ordre[i] = i;
  ordre.sort((a, b) => score[b] - score[a] || a - b);
  const r = new Float64Array(n);
  for (let k = 0; k < n; k++) r[ordre[k]] = k + 1;
  return r;
}
