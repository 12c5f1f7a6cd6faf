// Real notified amounts per commune as republished by the OFGL (data.ofgl.fr, dataset `dotations-communes`):
// the DGF of every year, the communes-nouvelles dotation (DCN) of every year, and the components of the last year.
// Columnar: one Float64Array per year and per component, NaN = not published.

/** Components of the last year, in the order of the rouages.fr files (../shared/dgcl/SOURCES.md). */
export const COMPOSANTES = [
  "dotation_forfaitaire",
  "dsu_montant",
  "dotation_solidarite_rurale",
  "dotation_nationale_perequation",
  "dotation_amenagement_communes_outre_mer",
  "dsr_fraction_bourg_centre",
  "dsr_fraction_perequation",
  "dsr_fraction_cible",
] as const;
export type Composante = (typeof COMPOSANTES)[number];

export interface MontantsOfgl {
  readonly maj: string;
  readonly annees: readonly number[];
  readonly code_insee: string[];
  /** DGF (DF + DSU + DSR + DNP + DACOM, without the DCN) per year: dgf[k][i] for annees[k]. */
  readonly dgf: Float64Array[];
  /** DCN per year, NaN when the commune never received it. */
  readonly dcn: Float64Array[];
  /** Components of the last year (annees[annees.length - 1]). */
  readonly composantes: Record<Composante, Float64Array>;
}

/** Flat columns for an Arrow table: code_insee, dgf_AAAA, dcn_AAAA, <composante>_AAAA (last year). */
export function colonnesMontants(m: MontantsOfgl): Record<string, Float64Array | string[]> {
  const t: Record<string, Float64Array | string[]> = { code_insee: m.code_insee };
  m.annees.forEach((a, k) => (t[`dgf_${a}`] = m.dgf[k]));
  m.annees.forEach((a, k) => (t[`dcn_${a}`] = m.dcn[k]));
  const derniere = m.annees[m.annees.length - 1];
  for (const c of COMPOSANTES) t[`${c}_${derniere}`] = m.composantes[c];
  return t;
}
