// French number formats: 1 234 567 €, 12,5 %, 1 234 hab.
const euros0 = new Intl.NumberFormat("fr-FR", {style: "currency", currency: "EUR", maximumFractionDigits: 0});
const eurosPrecis = new Intl.NumberFormat("fr-FR", {style: "currency", currency: "EUR", minimumFractionDigits: 0, maximumFractionDigits: 4});
const euros2 = new Intl.NumberFormat("fr-FR", {style: "currency", currency: "EUR", minimumFractionDigits: 2, maximumFractionDigits: 2});
const nombre = new Intl.NumberFormat("fr-FR", {maximumFractionDigits: 0});
const decimal = new Intl.NumberFormat("fr-FR", {maximumFractionDigits: 4});
const pourcent = new Intl.NumberFormat("fr-FR", {style: "percent", maximumFractionDigits: 2});
const decimalSigne = new Intl.NumberFormat("fr-FR", {maximumFractionDigits: 2, signDisplay: "exceptZero"});
const signe = new Intl.NumberFormat("fr-FR", {style: "currency", currency: "EUR", maximumFractionDigits: 0, signDisplay: "exceptZero"});

export const formatEuros = (x) => euros0.format(x);
export const formatEurosCentimes = (x) => euros2.format(x);
// Typographic minus sign (U+2212) rather than the hyphen Intl gives for fr-FR.
export const formatEcartEuros = (x) => signe.format(x).replace("-", "−");
export const formatNombre = (x) => nombre.format(x);
export const formatEcart = (x) => decimalSigne.format(x).replace("-", "−");

/** A value in the unit the engine's catalogue gives it ("€", "€/hab", "habitants", "booléen", "rang", …). */
export function formatUnite(valeur, unite) {
  if (!Number.isFinite(valeur)) return "—";
  switch (unite) {
    // Amounts are whole euros; a point value or an amount before rounding keeps its decimals.
    case "€": return (Number.isInteger(valeur) ? euros0 : eurosPrecis).format(valeur);
    case "€/hab": return `${euros2.format(valeur)} par habitant`;
    case "€/ha": return `${euros2.format(valeur)} par hectare`;
    case "communes": return `${nombre.format(valeur)} communes`;
    case "années": return `${nombre.format(valeur)} ans`;
    case "strate": return `strate ${nombre.format(valeur)}`;
    case "booléen": return valeur ? "oui" : "non";
    case "part": return pourcent.format(valeur);
    case "habitants": return `${nombre.format(valeur)}\u00a0hab.`;
    default: return Number.isInteger(valeur) ? nombre.format(valeur) : decimal.format(valeur);
  }
}
