// Rank by decreasing score (1 = highest) over all communes, every commune a distinct rank. Ties are broken
// deterministically by input order (lower index first), so equal scores keep the order of the commune file.
// Columnar: a stable LSD radix sort of the commune indices on the bits of −score (11-bit digits; a digit
// shared by every key is skipped). The keys move with the indices so that every pass reads them in sequence.

const BITS = 11;
const SEAUX = 1 << BITS;
const MASQUE = SEAUX - 1;

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
 * flipped; positives: sign bit set), −0 taken as +0. The high words are sorted first; equal high words
 * (rare) are then ordered by their low word in short runs, or, when a run is long, by sorting the low
 * words first (the full 64-bit LSD sort).
 */
function ordreDecroissant(score: Float64Array, indices: Uint32Array | null): Uint32Array {
  const m = indices ? indices.length : score.length;
  const cles: Cles = { bas: new Uint32Array(m), haut: new Uint32Array(m), ordre: new Uint32Array(m) };
  const tampon: Cles = { bas: new Uint32Array(m), haut: new Uint32Array(m), ordre: new Uint32Array(m) };
  remplirCles(score, indices, cles);
  const trie = trierParMot(cles, tampon, 'haut');
  if (departagerParMotBas(trie)) return trie.ordre;
  // A long run of equal high words: from fresh keys, sort by the low word, then (stably) by the high word.
  remplirCles(score, indices, cles);
  const parBas = trierParMot(cles, tampon, 'bas');
  return trierParMot(parBas, parBas === cles ? tampon : cles, 'haut').ordre;
}

/** Keys of the communes (all, or `indices`), in input order. */
function remplirCles(score: Float64Array, indices: Uint32Array | null, c: Cles): void {
  const bits = new Float64Array(1);
  const mots = new Uint32Array(bits.buffer); // little-endian: [0] low word, [1] high word
  for (let k = 0; k < c.ordre.length; k++) {
    const i = indices ? indices[k] : k;
    bits[0] = -score[i] + 0; // + 0 turns −0 into +0
    let h = mots[1];
    let l = mots[0];
    if (h & 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else h = (h | 0x80000000) >>> 0;
    c.bas[k] = l;
    c.haut[k] = h;
    c.ordre[k] = i;
  }
}

interface Cles {
  bas: Uint32Array;
  haut: Uint32Array;
  ordre: Uint32Array;
}

/** Stable LSD radix sort of the keys on one 32-bit word (three 11-bit digits, a digit shared by all skipped). */
function trierParMot(source: Cles, tampon: Cles, mot: 'bas' | 'haut'): Cles {
  const m = source.ordre.length;
  const compte = new Int32Array(3 * SEAUX);
  const w = source[mot];
  for (let k = 0; k < m; k++) {
    const x = w[k];
    compte[x & MASQUE]++;
    compte[SEAUX + ((x >>> BITS) & MASQUE)]++;
    compte[2 * SEAUX + (x >>> (2 * BITS))]++;
  }
  let de = source;
  let vers = tampon;
  for (let chiffre = 0; chiffre < 3; chiffre++) {
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
    const cle = de[mot];
    const decalage = chiffre * BITS;
    for (let k = 0; k < m; k++) {
      const position = compte[base + ((cle[k] >>> decalage) & MASQUE)]++;
      vers.bas[position] = de.bas[k];
      vers.haut[position] = de.haut[k];
      vers.ordre[position] = de.ordre[k];
    }
    [de, vers] = [vers, de];
  }
  return de;
}

const RUN_MAXIMAL = 32;

/**
 * Keys sorted by high word (stably): orders each run of equal high words by low word with a stable insertion
 * sort. Returns false, leaving the keys as they are, when a run is longer than RUN_MAXIMAL.
 */
function departagerParMotBas(c: Cles): boolean {
  const m = c.ordre.length;
  for (let debut = 0; debut < m; ) {
    let fin = debut + 1;
    while (fin < m && c.haut[fin] === c.haut[debut]) fin++;
    if (fin - debut > RUN_MAXIMAL) return false;
    debut = fin;
  }
  for (let debut = 0; debut < m; ) {
    let fin = debut + 1;
    while (fin < m && c.haut[fin] === c.haut[debut]) fin++;
    for (let k = debut + 1; k < fin; k++) {
      const bas = c.bas[k];
      const ordre = c.ordre[k];
      let j = k - 1;
      while (j >= debut && c.bas[j] > bas) {
        c.bas[j + 1] = c.bas[j];
        c.ordre[j + 1] = c.ordre[j];
        j--;
      }
      c.bas[j + 1] = bas;
      c.ordre[j + 1] = ordre;
    }
    debut = fin;
  }
  return true;
}
