// Column memory of the simulations. A simulation computes ~140 columns of one value per commune but returns only
// some of them; allocating every column afresh at each call costs more than computing most of them (zeroing,
// page faults, then the garbage collector driven by that external memory). So the columns a simulation does not
// return go to a reserve that the next simulation draws from. Formulas and mechanisms allocate through the
// functions below; outside a simulation (a mechanism called on its own) they are plain allocations.
//
// Safety: a buffer is reused only when nothing returned by its simulation refers to it (checked by ArrayBuffer
// identity, so a returned view of a reserved buffer keeps it out), and inputs are never reserved (not allocated
// here). Simulations are synchronous, so no two share the reserve at once.

/** Buffers free for reuse, by size in bytes (those the last simulation did not return). */
let reserve = new Map<number, ArrayBuffer[]>();
/** Buffers handed out during the simulation in progress (null outside a simulation). */
let distribues: ArrayBuffer[] | null = null;

/** A zeroed buffer of `octets` bytes, from the reserve when one of that size is free. */
function tampon(octets: number): ArrayBuffer {
  if (distribues === null) return new ArrayBuffer(octets);
  const reutilise = reserve.get(octets)?.pop();
  const b = reutilise ?? new ArrayBuffer(octets);
  if (reutilise) new Uint8Array(b).fill(0);
  distribues.push(b);
  return b;
}

/** A numeric column of `n` zeros. */
export const colonneNombres = (n: number): Float64Array => new Float64Array(tampon(8 * n));
/** A 0/1 column of `n` zeros. */
export const colonneDrapeaux = (n: number): Uint8Array => new Uint8Array(tampon(n));
/** `n` zero indices. */
export const colonneIndices = (n: number): Uint32Array => new Uint32Array(tampon(4 * n));

/**
 * Runs one simulation `calcul`; afterwards, every buffer it allocated through this module and that none of the views
 * `rendues(resultat)` lists refers to becomes the reserve of the next simulation (the previous reserve's unused
 * buffers are dropped, so the reserve never outgrows one simulation). Nested calls share the outer simulation's
 * memory. On an error nothing is reserved.
 */
export function avecReserve<T>(calcul: () => T, rendues: (resultat: T) => Iterable<ArrayBufferView>): T {
  if (distribues !== null) return calcul();
  distribues = [];
  try {
    const resultat = calcul();
    const gardes = new Set<ArrayBufferLike>();
    for (const v of rendues(resultat)) gardes.add(v.buffer);
    const suivante = new Map<number, ArrayBuffer[]>();
    for (const b of distribues) {
      if (gardes.has(b)) continue;
      const libres = suivante.get(b.byteLength);
      if (libres) libres.push(b);
      else suivante.set(b.byteLength, [b]);
    }
    reserve = suivante;
    return resultat;
  } finally {
    distribues = null;
  }
}
