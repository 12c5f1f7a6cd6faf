// Rank by decreasing score (1 = highest) over all communes, every commune a distinct rank. Ties are broken
// deterministically by input order (lower index first), so equal scores keep the order of the commune file.
// Columnar: a stable LSD radix sort (three 11-bit digits: small bucket counts, kept in cache) of the key positions on
// the high 32 bits of an order-preserving key of −score; the rare runs of equal high words are then ordered by the
// low 32 bits.
import { colonneIndices, colonneNombres } from '../simulation/memoire.ts';

const BITS = 11;
const SEAUX = 1 << BITS;
const MASQUE = SEAUX - 1;
const RUN_COURT = 32;

export function rang(score: Float64Array): Float64Array {
  // Fast path for non-negative scores (every use in the DGF): only the positive scores need sorting, the
  // zeros follow them in input order.
  const n = score.length;
  let positifs = 0;
  let negatif = false;
  for (let i = 0; i < n; i++) {
    if (score[i] > 0) positifs++;
    else if (!(score[i] === 0)) negatif = true;
  }
  const tous = negatif || positifs === n;
  const m = tous ? n : positifs;
  const indices = colonneIndices(m);
  if (tous) for (let i = 0; i < n; i++) indices[i] = i;
  else for (let i = 0, k = 0; i < n; i++) if (score[i] > 0) indices[k++] = i;
  const ordre = ordreDecroissant(score, indices);
  const r = colonneNombres(n);
  for (let k = 0; k < m; k++) r[indices[ordre[k]]] = k + 1;
  if (!tous) for (let i = 0, suivant = m + 1; i < n; i++) if (!(score[i] > 0)) r[i] = suivant++;
  return r;
}

/**
 * Positions k of `indices` sorted by decreasing score[indices[k]], ties by increasing k (input order).
 * Key of −score: its IEEE-754 bits made order-preserving as unsigned integers (negatives: all bits
 * flipped; positives: sign bit set), −0 taken as +0.
 */
function ordreDecroissant(score: Float64Array, indices: Uint32Array): Uint32Array {
  const m = indices.length;
  const haut = colonneIndices(m);
  const bas = colonneIndices(m);
  const bits = new Float64Array(1);
  const mots = new Uint32Array(bits.buffer); // little-endian: [0] low word, [1] high word
  const compte = new Int32Array(3 * SEAUX);
  for (let k = 0; k < m; k++) {
    bits[0] = -score[indices[k]] + 0; // + 0 turns −0 into +0
    let h = mots[1];
    let l = mots[0];
    if (h & 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else h = (h | 0x80000000) >>> 0;
    haut[k] = h;
    bas[k] = l;
    compte[h & MASQUE]++;
    compte[SEAUX + ((h >>> BITS) & MASQUE)]++;
    compte[2 * SEAUX + (h >>> (2 * BITS))]++;
  }
  // Lowest digit first; a digit that puts every key in one bucket is skipped.
  let ordre = colonneIndices(m);
  for (let k = 0; k < m; k++) ordre[k] = k;
  let tampon = colonneIndices(m);
  for (let chiffre = 0; chiffre < 3; chiffre++) {
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
    const decalage = chiffre * BITS;
    for (let j = 0; j < m; j++) {
      const k = ordre[j];
      tampon[compte[base + ((haut[k] >>> decalage) & MASQUE)]++] = k;
    }
    const t = ordre;
    ordre = tampon;
    tampon = t;
  }
  departagerParMotBas(ordre, haut, bas);
  return ordre;
}

/** Orders each run of equal high words by low word, stably (positions k increase within equal keys). */
function departagerParMotBas(ordre: Uint32Array, haut: Uint32Array, bas: Uint32Array): void {
  const m = ordre.length;
  for (let debut = 0; debut < m; ) {
    const h = haut[ordre[debut]];
    let fin = debut + 1;
    while (fin < m && haut[ordre[fin]] === h) fin++;
    if (fin - debut > RUN_COURT) {
      // A long run (many scores within 2^-20 of each other): a stable library sort of that run only.
      const run = Array.from(ordre.subarray(debut, fin)).sort((a, b) => bas[a] - bas[b]);
      ordre.set(run, debut);
    } else {
      for (let j = debut + 1; j < fin; j++) {
        const k = ordre[j];
        const b = bas[k];
        let i = j - 1;
        while (i >= debut && bas[ordre[i]] > b) {
          ordre[i + 1] = ordre[i];
          i--;
        }
        ordre[i + 1] = k;
      }
    }
    debut = fin;
  }
}
