// Notified amounts are whole euros (DGCL): half a euro rounds away from zero; −0 becomes +0.
export function arrondiEuro(x: number): number {
  return x >= 0 ? Math.round(x) + 0 : -Math.round(-x) + 0;
}
