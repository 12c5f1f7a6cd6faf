// A raw table read from a CSV or XLSX file: header texts and cells read on demand, column by column,
// without one object per row. Cells are read either as text or as a number (French or English decimal mark).

export interface TableBrute {
  readonly fichier: string;
  readonly format: "csv" | "xlsx";
  readonly entetes: readonly string[];
  readonly nbLignes: number;
  /** Line number of data row `i` in the source file (1-based, header included), for messages. */
  ligneSource(i: number): number;
  /** Data row `i` is malformed (wrong field count); its cells must not be validated again. */
  ligneInvalide(i: number): boolean;
  /** Cell text, trimmed. */
  texte(i: number, j: number): string;
  /** Cell as a number; see `etatNombre` for empty / invalid cells (then the result is NaN). */
  nombre(i: number, j: number): number;
}

export const NOMBRE_OK = 0;
export const NOMBRE_VIDE = 1;
export const NOMBRE_INVALIDE = 2;
/** Status of the last `nombre` / `analyserNombre` call (a shared scratch slot, to avoid allocating per cell). */
export const etatNombre = { code: NOMBRE_OK };

const PUISSANCES_10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

function estEspace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f;
}

/**
 * Parses s[debut, fin) as a decimal number: optional sign, digits, at most one decimal mark (',' or '.'),
 * optional exponent. Surrounding spaces are ignored; anything else (e.g. "12,3,4", "1 234", "n.d.") is invalid.
 */
export function analyserNombre(s: string, debut: number, fin: number): number {
  while (debut < fin && estEspace(s.charCodeAt(debut))) debut++;
  while (fin > debut && estEspace(s.charCodeAt(fin - 1))) fin--;
  if (debut === fin) {
    etatNombre.code = NOMBRE_VIDE;
    return NaN;
  }
  let i = debut;
  let signe = 1;
  const c0 = s.charCodeAt(i);
  if (c0 === 45 /* - */ || c0 === 43 /* + */) {
    if (c0 === 45) signe = -1;
    i++;
  }
  let mantisse = 0;
  let chiffres = 0;
  let decimales = 0;
  let marque = false;
  let exposant = false;
  for (; i < fin; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantisse = mantisse * 10 + (c - 48);
      chiffres++;
      if (marque) decimales++;
    } else if ((c === 44 || c === 46) && !marque) {
      marque = true;
    } else if ((c === 101 || c === 69) && chiffres > 0) {
      exposant = true;
      break;
    } else {
      etatNombre.code = NOMBRE_INVALIDE;
      return NaN;
    }
  }
  if (chiffres === 0) {
    etatNombre.code = NOMBRE_INVALIDE;
    return NaN;
  }
  if (exposant || chiffres > 15 || decimales > 22) {
    // Slow, exact path for long mantissas and exponents.
    const v = Number(s.slice(debut, fin).replace(",", "."));
    etatNombre.code = Number.isFinite(v) ? NOMBRE_OK : NOMBRE_INVALIDE;
    return Number.isFinite(v) ? v : NaN;
  }
  etatNombre.code = NOMBRE_OK;
  // Both operands are exact doubles, so one division gives the correctly rounded value.
  return (signe * mantisse) / PUISSANCES_10[decimales];
}
