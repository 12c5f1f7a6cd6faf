// Numbers written as ASCII bytes into a buffer, exactly as String(x) writes them (the shortest decimal that reads back
// as the same float64), without making a string: the CSV output of `simuler` writes ≈ 3 million numbers.
//
// Non-integers: the exact product x·10^s (s chosen so that it has 17 integer digits) is obtained error-free as a sum
// of two floats (Dekker's product), rounded to 17 digits; then 15 and 16 digits are tried, each kept when it reads
// back as x (a correctly rounded division by an exact power of ten, the same rounding as parsing). The shortest
// decimal is the correctly rounded one of that length whenever it has 15 digits or more, and a shorter one shows as
// trailing zeros of the 15-digit one, so the digits are those of String(x), which picks the closest.

/** 10^0 … 10^22: the powers of ten that are exact floats. */
const P10 = Array.from({ length: 23 }, (_, k) => 10 ** k);
/** Veltkamp split 2^27 + 1: a float into two halves of 26 bits whose products are exact. */
const SCISSION = 134217729;
const P10_HAUT = P10.map((p) => SCISSION * p - (SCISSION * p - p));
const P10_BAS = P10.map((p, k) => p - P10_HAUT[k]);

/** Scratch digits of a decimal, most significant first. */
const CHIFFRES = new Uint8Array(32);
/** "00" … "99" as character codes: two digits per division. */
const PAIRES = Uint8Array.from({ length: 200 }, (_, k) => 48 + (k & 1 ? (k >> 1) % 10 : ((k >> 1) / 10) | 0));

/** Writes the `w` digits of the integer 0 ≤ x < 10^w ≤ 2^31 (zero-padded) into `t` at [k, k + w). */
function fixe(t: Uint8Array, x: number, k: number, w: number): void {
  let j = k + w;
  while (j - k >= 2) {
    const q = (x / 100) | 0;
    const r = (x - q * 100) << 1;
    t[--j] = PAIRES[r + 1];
    t[--j] = PAIRES[r];
    x = q;
  }
  if (j > k) t[k] = 48 + x;
}

/** Number of digits of the integer 0 ≤ x < 2^31. */
function nbChiffres(x: number): number {
  let n = 1;
  while (x >= P10[n]) n++;
  return n;
}

/** Writes the integer 0 ≤ x < 2^53 at `pos`; returns the new end. */
function ecrireEntier(t: Uint8Array, pos: number, x: number): number {
  if (x < 2147483648) {
    const n = nbChiffres(x);
    fixe(t, x | 0, pos, n);
    return pos + n;
  }
  const haut = Math.floor(x / 1e9); // two parts below 2^31
  pos = ecrireEntier(t, pos, haut);
  fixe(t, x - haut * 1e9, pos, 9);
  return pos + 9;
}

/**
 * Writes the decimal (h·10^w + bas)·10^-echelle at `pos` (h < 10^8 of 8 digits, or h = 10^8 after a carry), in fixed
 * notation without trailing zeros; returns the new end.
 */
function poser(t: Uint8Array, pos: number, h: number, bas: number, w: number, echelle: number): number {
  const entiers = 8 + w - echelle;
  if (h < 1e8 && entiers > 0 && echelle > 0) {
    // Usual case (x ≥ 1): the digits straight into `t`, those of the fraction one place further, the point between.
    const point = pos + entiers;
    fixe(t, h | 0, pos, 8);
    fixe(t, bas | 0, pos + 8, w);
    let fin = pos + 8 + w;
    for (let k = fin; k > point; k--) t[k] = t[k - 1];
    t[point] = 46;
    fin++;
    while (t[fin - 1] === 48) fin--; // trailing zeros of the fraction (the point stops it)
    return t[fin - 1] === 46 ? fin - 1 : fin;
  }
  let n: number;
  if (h >= 1e8) {
    CHIFFRES[0] = 49; // 10^(8+w): a single digit
    n = 1;
    echelle -= 8 + w;
  } else {
    fixe(CHIFFRES, h | 0, 0, 8); // int32 (Smi) arguments, as the optimised code expects
    fixe(CHIFFRES, bas | 0, 8, w);
    n = 8 + w;
  }
  const avant = n - echelle; // digits before the point (≤ 0: "0.000…")
  while (n > avant && n > 0 && CHIFFRES[n - 1] === 48) n--;
  let k = 0;
  if (avant <= 0) {
    t[pos++] = 48;
    t[pos++] = 46;
    for (let z = avant; z < 0; z++) t[pos++] = 48;
  } else {
    for (; k < avant; k++) t[pos++] = k < n ? CHIFFRES[k] : 48;
    if (n > avant) t[pos++] = 46;
  }
  for (; k < n; k++) t[pos++] = CHIFFRES[k];
  return pos;
}

/**
 * Whether the exact value q + (reste + fraction)/unite, with integers 0 ≤ q < 2^31 and 0 ≤ reste < unite and
 * 0 ≤ fraction < 1, rounds up to q + 1 (half to even, as String(x) picks the even one of two closest decimals).
 */
const monte = (q: number, reste: number, fraction: number, unite: number) => 2 * reste + fraction > unite || (2 * reste === unite && fraction === 0 && (q & 1) === 1);

/**
 * The number being written, passed through this slot rather than as an argument: a float argument of a call that
 * is not inlined is boxed on the heap, ≈ 50 MB of garbage (and its collections) for the 2.8 million cells of a CSV.
 */
const VALEUR = new Float64Array(1);

/** VALEUR > 0, not an integer below 2^53, in [10^-6, 2^53): the shortest round-trip decimal, or -1 out of that range. */
function ecrireDecimal(t: Uint8Array, pos: number): number {
  const x = VALEUR[0];
  let e = 0; // decimal exponent: 10^e ≤ x < 10^(e+1), corrected below when the float powers mislead
  if (x >= 1) while (e < 22 && x >= P10[e + 1]) e++;
  else {
    e = -1;
    while (e > -8 && x * P10[-e] < 1) e--;
  }
  const xh = SCISSION * x - (SCISSION * x - x);
  const xl = x - xh;
  for (;;) {
    const s = 16 - e;
    if (s < 0 || s > 22) return -1;
    // x·10^s = p + err exactly (Dekker), p ≈ 10^16 … 10^17 is an integer (its ulp is ≥ 2).
    const p = x * P10[s];
    const err = xh * P10_HAUT[s] - p + xh * P10_BAS[s] + xl * P10_HAUT[s] + xl * P10_BAS[s];
    // x·10^s = h·10^9 + n + φ: h·10^9 is exact (h < 2^27), p − h·10^9 too (Sterbenz), φ = err − ⌊err⌋ ∈ [0, 1).
    let h = Math.floor(p / 1e9);
    const f = Math.floor(err);
    let n = p - h * 1e9 + f;
    while (n < 0) (n += 1e9), h--;
    while (n >= 1e9) (n -= 1e9), h++;
    if (h < 1e7 || h >= 1e8) {
      e += h < 1e7 ? -1 : 1;
      continue;
    }
    const phi = err > f ? 1 : 0; // only whether φ > 0 matters below 17 digits
    // 15 digits, then 16, each correctly rounded from the exact value, kept when it reads back as x.
    const q15 = Math.floor(n / 100);
    const a15 = monte(q15, n - q15 * 100, phi, 100) ? q15 + 1 : q15;
    // Whether m·10^-k reads back as x (m < 2^53, k ≤ 22: both exact, so one correctly rounded operation, as parsing).
    if ((s >= 2 ? (h * 1e7 + a15) / P10[s - 2] : (h * 1e7 + a15) * P10[2 - s]) === x) return a15 === 1e7 ? poser(t, pos, h + 1, 0, 7, s - 2) : poser(t, pos, h, a15, 7, s - 2);
    const q16 = Math.floor(n / 10);
    const a16 = monte(q16, n - q16 * 10, phi, 10) ? q16 + 1 : q16;
    // From 2^53 on, x·10^(s−1) has an ulp above 1 (2 at 2^53 … 10^16): its 16 correctly rounded digits read back.
    if (h * 1e8 + a16 >= 9007199254740992 || (s >= 1 ? (h * 1e8 + a16) / P10[s - 1] : (h * 1e8 + a16) * P10[1 - s]) === x) return a16 === 1e8 ? poser(t, pos, h + 1, 0, 8, s - 1) : poser(t, pos, h, a16, 8, s - 1);
    const r = err > f + 0.5 || (err === f + 0.5 && (n & 1) === 1) ? n + 1 : n; // f + 0.5 is exact
    return r === 1e9 ? poser(t, pos, h + 1, 0, 9, s) : poser(t, pos, h, r, 9, s);
  }
}

/** Writes `x` at `pos` as String(x) would (NaN = nothing); returns the new end. */
export function ecrireNombre(t: Uint8Array, pos: number, x: number): number {
  VALEUR[0] = x;
  return ecrireValeur(t, pos);
}

function ecrireValeur(t: Uint8Array, pos: number): number {
  let x = VALEUR[0];
  if (x === 0) {
    t[pos] = 48;
    return pos + 1;
  }
  if (x !== x) return pos;
  if (x < 0) {
    t[pos++] = 45;
    VALEUR[0] = x = -x;
  }
  if (x < 9007199254740992) {
    if (Math.floor(x) === x) return ecrireEntier(t, pos, x);
    if (x >= 1e-6) {
      const fin = ecrireDecimal(t, pos);
      if (fin >= 0) return fin;
    }
  }
  const s = String(x); // exponent notation, infinities
  for (let k = 0; k < s.length; k++) t[pos++] = s.charCodeAt(k);
  return pos;
}

/** Longest output of ecrireNombre in bytes ("-1.2345678901234567e-100"). */
export const LONGUEUR_MAX_NOMBRE = 25;

