// National envelopes (spec §3.4, §3.5, §3.9 items 65–66, §3.3 items 16–17):
// - the outre-mer quote-part (DACOM, CGCT L.2334-23-1) and the outre-mer / métropole split of DNP, DSR, DSU;
// - the métropole envelopes of the three DSR fractions and of the DSU, grown from the N-1 envelope by the
//   year-on-year rate of the parameter (N-1 envelopes default to the N-1 parameters);
// - the total of the DF écrêtement that finances the growth of péréquation (CGCT L.2334-7-1).
import { nationale, type Contexte, type Formules } from '../simulation/variables.ts';
import type { ParametresAnnee } from '../parametres.ts';
import { moteur } from '../simulation/contexte.ts';

const ou0 = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? 0 : x);

/** Round half to even (the outre-mer quotes-parts of the DGCL notes, spec §3.4 item 25). */
export function arrondiPair(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

type Cle = 'bourg_centre' | 'perequation' | 'cible';
const enveloppeFraction = (p: ParametresAnnee, f: Cle) => p.dotation_solidarite_rurale[f].montant;
const enveloppeDsu = (p: ParametresAnnee) => p.dotation_solidarite_urbaine.montant.metropole;

/** N-1 national values when the caller gives none: the N-1 parameters (spec §2.2). */
export const DEFAUTS_PRECEDENTS: Record<string, (p: ParametresAnnee) => number> = {
  dsr_montant_total_fraction_bourg_centre: (p) => ou0(enveloppeFraction(p, 'bourg_centre')),
  dsr_montant_total_fraction_perequation: (p) => ou0(enveloppeFraction(p, 'perequation')),
  dsr_montant_total_fraction_cible: (p) => ou0(enveloppeFraction(p, 'cible')),
  dsu_montant_total: (p) => ou0(enveloppeDsu(p)),
};

/** total(N) = total(N-1) × (1 + accroissement), accroissement = P(N) / P(N-1) − 1 (0 without P(N-1)). */
function accroissement(c: Contexte, parametre: (p: ParametresAnnee) => number): number {
  const courant = ou0(parametre(c.p));
  const precedent = ou0(parametre(moteur(c).pPrecedent));
  return precedent > 0 ? courant / precedent - 1 : 0;
}

const fraction = (f: Cle) => {
  const nom = `dsr_montant_total_fraction_${f}`;
  return {
    [`dsr_accroissement_metropole_fraction_${f}`]: nationale((c) => accroissement(c, (p) => enveloppeFraction(p, f))),
    [nom]: nationale((c) => {
      const precedent = c.nationalPrecedent(nom);
      return precedent > 0 ? precedent * (1 + c.national(`dsr_accroissement_metropole_fraction_${f}`)) : ou0(enveloppeFraction(c.p, f));
    }),
  };
};

/** ENV = DNP + DSR + DSU totals (parameters), the base of the outre-mer quote-part; 0 when one is missing. */
const baseDacom = (p: ParametresAnnee) =>
  ou0(p.dotation_nationale_perequation.montant.total) && ou0(p.dotation_solidarite_rurale.montant.total) && ou0(p.dotation_solidarite_urbaine.montant.total)
    ? p.dotation_nationale_perequation.montant.total + p.dotation_solidarite_rurale.montant.total + p.dotation_solidarite_urbaine.montant.total
    : 0;

const quotePart = (total: (p: ParametresAnnee) => number) =>
  nationale((c) => {
    const env = baseDacom(c.p);
    return env > 0 ? arrondiPair((ou0(total(c.p)) / env) * c.national('dacom_montant_total')) : 0;
  });

export const formulesEnveloppes: Formules = {
  ...fraction('bourg_centre'),
  ...fraction('perequation'),
  ...fraction('cible'),
  dsu_accroissement_metropole: nationale((c) => accroissement(c, enveloppeDsu)),
  dsu_montant_total: nationale((c) => {
    const precedent = c.nationalPrecedent('dsu_montant_total');
    return precedent > 0 ? precedent * (1 + c.national('dsu_accroissement_metropole')) : ou0(enveloppeDsu(c.p));
  }),

  ratio_demographique_outre_mer: nationale((c) => {
    const taux = c.p.dotation_amenagement_communes_outre_mer.taux_majoration_population;
    if (taux === undefined) return 0; // before 2023: no demographic quote-part
    const pop = c.nombres('population_insee');
    const om = c.booleens('outre_mer');
    let total = 0;
    let outreMer = 0;
    for (let i = 0; i < c.n; i++) {
      total += pop[i];
      if (om[i]) outreMer += pop[i];
    }
    return total > 0 ? ((1 + taux) * outreMer) / total : 0;
  }),
  dacom_montant_total: nationale((c) => Math.ceil(c.national('ratio_demographique_outre_mer') * baseDacom(c.p)) + 0),
  dnp_montant_outre_mer: quotePart((p) => p.dotation_nationale_perequation.montant.total),
  dsr_montant_outre_mer: quotePart((p) => p.dotation_solidarite_rurale.montant.total),
  dsu_montant_outre_mer: quotePart((p) => p.dotation_solidarite_urbaine.montant.total),
  dnp_montant_metropole: nationale((c) => ou0(c.p.dotation_nationale_perequation.montant.total) - c.national('dnp_montant_outre_mer')),
  dsr_montant_metropole: nationale((c) => ou0(c.p.dotation_solidarite_rurale.montant.total) - c.national('dsr_montant_outre_mer')),
  dsu_montant_metropole: nationale((c) => ou0(c.p.dotation_solidarite_urbaine.montant.total) - c.national('dsu_montant_outre_mer')),

  /** Not in the parameters: an input of the simulation (surcharge), 0 by default (spec §3.0). */
  df_montant_total_ecretement_hors_dsu_dsr: nationale(() => 0),
  montant_total_ecretement: nationale((c) => {
    const p = c.p;
    const partDynamique = c.nombres('df_evolution_part_dynamique');
    let somme = 0;
    for (let i = 0; i < c.n; i++) somme += partDynamique[i];
    return (
      ou0(p.dotation_solidarite_rurale.augmentation_montant) +
      ou0(p.dotation_solidarite_rurale.majoration_montant) +
      ou0(p.dotation_solidarite_urbaine.augmentation_montant) +
      ou0(p.dotation_solidarite_urbaine.majoration_montant) +
      ou0(p.dotation_intercommunalite.augmentation_montant) +
      c.national('df_montant_total_ecretement_hors_dsu_dsr') +
      somme
    );
  }),
  df_montant_total_ecretement: nationale((c) => Math.max(0, ou0(c.p.dgf_part_ecretement_attribue_df) * c.national('montant_total_ecretement'))),
};
