// Notified amounts are whole euros (DGCL): half a euro rounds away from zero.
export function arrondiEuro(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x)) + 0;
}
