// Rank by decreasing score (1 = highest) over all communes, every commune a distinct rank. Ties are broken
// deterministically by input order (lower index first), so equal scores keep the order of the commune file.
// Columnar: a stable LSD radix sort of the commune indices on the bits of −score (four 16-bit passes).

const CHIFFRE = 1 << 16;

export function rang(score: Float64Array): Float64Array {
  // Fast path for non-negative scores (every use in the DGF): only the positive scores need sorting, the
  // zeros follow them in input order.
  let positifs = 0;
  for (let i = 0; i < score.length; i++) {
    if (score[i] > 0) positifs++;
    else if (!(score[i] === 0)) return rangTrie(score);
  }
  if (positifs === score.length) return rangTrie(score);
  const indices = new Uint32Array(positifs);
  const valeurs = new Float64Array(positifs);
  for (let i = 0, k = 0; i < score.length; i++) if (score[i] > 0) { indices[k] = i; valeurs[k++] = score[i]; }
  const rangsPositifs = rangTrie(valeurs);
  const r = new Float64Array(score.length);
  for (let k = 0; k < positifs; k++) r[indices[k]] = rangsPositifs[k];
  for (let i = 0, suivant = positifs + 1; i < score.length; i++) if (!(score[i] > 0)) r[i] = suivant++;
  return r;
}

function rangTrie(score: Float64Array): Float64Array {
  const n = score.length;
  // Order-preserving unsigned keys of −score: flip all bits of negatives, the sign bit of positives.
  const cles = new Float64Array(n);
  for (let i = 0; i < n; i++) cles[i] = -score[i] + 0; // + 0 turns −0 into +0
  const mots = new Uint32Array(cles.buffer); // little-endian: [2i] low word, [2i + 1] high word
  for (let i = 0; i < n; i++) {
    const haut = mots[2 * i + 1];
    if (haut & 0x80000000) {
      mots[2 * i + 1] = ~haut;
      mots[2 * i] = ~mots[2 * i];
    } else mots[2 * i + 1] = haut | 0x80000000;
  }
  let ordre = new Uint32Array(n);
  let tampon = new Uint32Array(n);
  for (let i = 0; i < n; i++) ordre[i] = i;
  const compte = new Int32Array(CHIFFRE);
  for (let passe = 0; passe < 4; passe++) {
    const mot = passe < 2 ? 0 : 1;
    const decalage = passe % 2 === 0 ? 0 : 16;
    compte.fill(0);
    for (let i = 0; i < n; i++) compte[(mots[2 * i + mot] >>> decalage) & 0xffff]++;
    let total = 0;
    for (let d = 0; d < CHIFFRE; d++) {
      const c = compte[d];
      compte[d] = total;
      total += c;
    }
    for (let k = 0; k < n; k++) {
      const i = ordre[k];
      tampon[compte[(mots[2 * i + mot] >>> decalage) & 0xffff]++] = i;
    }
    [ordre, tampon] = [tampon, ordre];
  }
  const r = new Float64Array(n);
  for (let k = 0; k < n; k++) r[ordre[k]] = k + 1;
  return r;
}
