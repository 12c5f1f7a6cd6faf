// Group means as a quotient of sums (Σ numerator ÷ Σ denominator over the group), the construction of the
// strata means (CGCT L.2334-3) and of the DSU group references: not a mean of per-commune quotients.
import { colonneNombres } from '../simulation/memoire.ts';
import { enDouble } from './colonnes.ts';

/**
 * For each commune, the quotient of sums of its group (`groupe[i]`, an integer in [0, nGroupes)) over the
 * communes where `retenue[i]` is 1; 0 for communes not retained and for groups whose denominator does not
 * exceed `seuilDenominateur` (never NaN or Infinity).
 */
export function moyenneParGroupe(
  numerateur: Float64Array,
  denominateur: Float64Array,
  groupe: Float64Array,
  retenue: Uint8Array,
  nGroupes: number,
  seuilDenominateur = 0,
): Float64Array {
  const num = new Float64Array(nGroupes);
  const den = new Float64Array(nGroupes);
  const n = numerateur.length;
  for (let i = 0; i < n; i++) {
    if (retenue[i]) {
      const g = groupe[i];
      num[g] += numerateur[i];
      den[g] += denominateur[i];
    }
  }
  const moyenne = new Float64Array(nGroupes);
  for (let g = 0; g < nGroupes; g++) moyenne[g] = den[g] > seuilDenominateur ? num[g] / den[g] : 0;
  const r = colonneNombres(n);
  for (let i = 0; i < n; i++) if (retenue[i]) r[i] = moyenne[groupe[i]];
  return r;
}

/** Element-wise a ÷ b where b > 0, else `defaut` (the `where(b > 0, a / b, d)` convention). */
export function quotientSiPositif(a: Float64Array, b: Float64Array, defaut = 0): Float64Array {
  const d = enDouble(defaut);
  const r = colonneNombres(a.length);
  for (let i = 0; i < a.length; i++) r[i] = b[i] > 0 ? a[i] / b[i] : d;
  return r;
}

/** Element-wise a ÷ b where b ≠ 0, else `defaut` (the `safe_divide` convention). */
export function quotientSiNonNul(a: Float64Array, b: Float64Array, defaut = 0): Float64Array {
  const d = enDouble(defaut);
  const r = colonneNombres(a.length);
  for (let i = 0; i < a.length; i++) {
    const x = b[i];
    r[i] = x === 0 ? d : a[i] / x;
  }
  return r;
}
