// French number format of the CLI summaries, the same text as Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 })
// (narrow no-break space between thousands, decimal comma, hyphen-minus): creating that Intl formatter costs ≈ 20 ms of
// ICU loading, a tenth of the start-up of `dotations simuler`. Like ICU, rounds the shortest decimal of the float
// (String(x)) half away from zero, so 1.005 gives "1,01".

const ESPACE_FINE = "\u202f";

/** Adds one unit to the last digit of a string of digits ("199" → "200", "99" → "100"). */
function plusUn(chiffres: string): string {
  let k = chiffres.length - 1;
  while (k >= 0 && chiffres[k] === "9") k--;
  return (k < 0 ? "1" : chiffres.slice(0, k) + String(Number(chiffres[k]) + 1)) + "0".repeat(chiffres.length - 1 - k);
}

let repli: Intl.NumberFormat | undefined;

export function formaterNombre(x: number): string {
  if (!Number.isFinite(x)) return (repli ??= new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 })).format(x);
  const signe = x < 0 || Object.is(x, -0) ? "-" : "";
  const a = Math.abs(x);
  if (a < 1e-6) return signe + "0"; // String() would use an exponent; rounds to 0 anyway
  if (a >= 1e21) return (repli ??= new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 })).format(x);
  const [ent, frac = ""] = String(a).split(".");
  // Round the decimal digits to two after the point, half away from zero.
  let chiffres = ent + frac.slice(0, 2).padEnd(2, "0");
  if (frac.length > 2 && frac[2] >= "5") chiffres = plusUn(chiffres);
  const entier = chiffres.slice(0, -2).replace(/^0+(?=\d)/, "");
  const decimales = chiffres.slice(-2).replace(/0+$/, "");
  let groupes = "";
  for (let fin = entier.length; fin > 0; fin -= 3) groupes = entier.slice(Math.max(0, fin - 3), fin) + (groupes ? ESPACE_FINE + groupes : "");
  return signe + (groupes || "0") + (decimales ? "," + decimales : "");
}
