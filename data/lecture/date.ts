// Calendar dates written AAAA-MM-JJ (ISO 8601), as the INSEE files and the interchange format of the Python model's
// tools give them, read as the integer AAAAMMJJ the engine takes.

const DATE_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** AAAA-MM-JJ → AAAAMMJJ, or 0 when the text is not a calendar date (2023-02-29, 2024-1-01, …). */
export function analyserDateIso(t: string): number {
  const m = DATE_ISO.exec(t);
  if (!m) return 0;
  const a = Number(m[1]), mois = Number(m[2]), j = Number(m[3]);
  const d = new Date(Date.UTC(a, mois - 1, j));
  if (d.getUTCFullYear() !== a || d.getUTCMonth() !== mois - 1 || d.getUTCDate() !== j) return 0;
  return a * 10000 + mois * 100 + j;
}
