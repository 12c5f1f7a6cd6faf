// Deterministic counter-based pseudo-random numbers (no Math.random): every draw is a pure function of
// (seed, stream, commune index, draw number), so a commune's values do not depend on generation order
// and the same seed always gives the same France.

/** 32-bit finaliser of splitmix/murmur3 type: a bijection on 32-bit integers with good avalanche. */
function melanger(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Hash of a short string (stream names), FNV-1a 32 bits. */
export function empreinte(texte: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < texte.length; i++) h = Math.imul(h ^ texte.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A named stream of draws for one seed: `uniforme(i, k)` is the k-th draw of commune i. */
export class Flux {
  private readonly base: number;

  constructor(graine: number, nom: string) {
    if (!Number.isInteger(graine) || graine < 0 || graine > 0xffffffff) {
      throw new Error(`Graine invalide : ${graine} (attendu un entier entre 0 et 4294967295).`);
    }
    this.base = melanger(melanger(graine ^ 0x9e3779b9) ^ empreinte(nom));
  }

  /** Uniform in [0, 1), 32 bits of resolution. */
  uniforme(i: number, k = 0): number {
    const h = melanger(melanger(this.base ^ Math.imul(i + 1, 0x9e3779b1)) ^ Math.imul(k + 1, 0x85ebca77));
    return h / 4294967296;
  }

  /** Standard normal (Box-Muller on two uniforms of the same counter). */
  normale(i: number, k = 0): number {
    const u1 = this.uniforme(i, 2 * k) || 2.3283064365386963e-10;
    const u2 = this.uniforme(i, 2 * k + 1);
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  /** True with probability p. */
  bernoulli(i: number, p: number, k = 0): boolean {
    return this.uniforme(i, k) < p;
  }
}
