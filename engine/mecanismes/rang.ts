// Rank by decreasing score (1 = highest) over all communes, every commune a distinct rank. Ties are broken
// deterministically by input order (lower index first), so equal scores keep the order of the commune file.
// Columnar: a stable LSD radix sort of the commune indices on the 64 bits of −score (six 11-bit digits; a
// digit shared by every key is skipped). The keys move with the indices so that every pass reads them in
// sequence.

const BITS = 11;
const SEAUX = 1 << BITS;
const MASQUE = SEAUX - 1;
const CHIFFRES = 6; // 3 digits per 32-bit word: bits 0–10, 11–21, 22–31

export function rang(score: Float64Array): Float64Array {
  // Fast path for non-negative scores (every use in the DGF): only the positive scores need sorting, the
  // zeros follow them in input order.
  let positifs = 0;
  for (let i = 0; i < score.length; i++) {
    if (score[i] > 0) positifs++;
    else if (!(score[i] === 0)) return rangs(ordreDecroissant(score, null), score.length);
  }
  if (positifs === score.length) return rangs(ordreDecroissant(score, null), score.length);
  const indices = new Uint32Array(positifs);
  for (let i = 0, k = 0; i < score.length; i++) if (score[i] > 0) indices[k++] = i;
  const ordre = ordreDecroissant(score, indices);
  const r = new Float64Array(score.length);
  for (let k = 0; k < positifs; k++) r[ordre[k]] = k + 1;
  for (let i = 0, suivant = positifs + 1; i < score.length; i++) if (!(score[i] > 0)) r[i] = suivant++;
  return r;
}

/** Rank column from a full order (ordre[k] = index of the commune ranked k + 1). */
function rangs(ordre: Uint32Array, n: number): Float64Array {
  const r = new Float64Array(n);
  for (let k = 0; k < n; k++) r[ordre[k]] = k + 1;
  return r;
}

/**
 * Indices (all communes, or `indices` in increasing order) sorted by decreasing score, ties in input order.
 * Key of −score: its IEEE-754 bits made order-preserving as unsigned integers (negatives: all bits
 * flipped; positives: sign bit set), −0 taken as +0.
 */
function ordreDecroissant(score: Float64Array, indices: Uint32Array | null): Uint32Array {
  const m = indices ? indices.length : score.length;
  const bits = new Float64Array(1);
  const mots = new Uint32Array(bits.buffer); // little-endian: [0] low word, [1] high word
  let bas = new Uint32Array(m);
  let haut = new Uint32Array(m);
  let ordre = new Uint32Array(m);
  const compte = new Int32Array(CHIFFRES * SEAUX);
  for (let k = 0; k < m; k++) {
    const i = indices ? indices[k] : k;
    bits[0] = -score[i] + 0; // + 0 turns −0 into +0
    let h = mots[1];
    let l = mots[0];
    if (h & 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else h = (h | 0x80000000) >>> 0;
    bas[k] = l;
    haut[k] = h;
    ordre[k] = i;
    compte[l & MASQUE]++;
    compte[SEAUX + ((l >>> BITS) & MASQUE)]++;
    compte[2 * SEAUX + (l >>> (2 * BITS))]++;
    compte[3 * SEAUX + (h & MASQUE)]++;
    compte[4 * SEAUX + ((h >>> BITS) & MASQUE)]++;
    compte[5 * SEAUX + (h >>> (2 * BITS))]++;
  }
  let bas2 = new Uint32Array(m);
  let haut2 = new Uint32Array(m);
  let ordre2 = new Uint32Array(m);
  for (let chiffre = 0; chiffre < CHIFFRES; chiffre++) {
    // Counts → first position of each bucket; a digit that puts every key in one bucket changes nothing.
    const base = chiffre * SEAUX;
    let total = 0;
    let inutile = false;
    for (let d = 0; d < SEAUX; d++) {
      const c = compte[base + d];
      if (c === m) {
        inutile = true;
        break;
      }
      compte[base + d] = total;
      total += c;
    }
    if (inutile) continue;
    const mot = chiffre < 3 ? bas : haut;
    const decalage = (chiffre % 3) * BITS;
    for (let k = 0; k < m; k++) {
      const position = compte[base + ((mot[k] >>> decalage) & MASQUE)]++;
      bas2[position] = bas[k];
      haut2[position] = haut[k];
      ordre2[position] = ordre[k];
    }
    [bas, bas2] = [bas2, bas];
    [haut, haut2] = [haut2, haut];
    [ordre, ordre2] = [ordre2, ordre];
  }
  return ordre;
}
