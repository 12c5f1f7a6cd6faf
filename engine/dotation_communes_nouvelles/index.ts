// Dotation en faveur des communes nouvelles (CGCT L.2113-22-1, from 2024; spec §3.11): a part d'amorçage of
// 15 €/inhabitant in the first three years after creation, and a part de garantie that keeps the commune's
// DGF at its reference DGF. Communes whose population the year after creation exceeds 150 000 get nothing.
import { commune, drapeau, type Formules } from '../simulation/variables.ts';
import { arrondiEuro } from '../mecanismes/arrondi.ts';
import { moteur } from '../simulation/contexte.ts';
import { colonneDrapeaux, colonneNombres } from '../simulation/memoire.ts';

const dcn = (c: Parameters<typeof moteur>[0]) => c.p.dotation_communes_nouvelles;

export const FORMULES_DCN: Formules = {
  /** N − year of creation (month and day ignored); −1 when the creation date is unknown. */
  age_commune: commune((c) => {
    const annee = moteur(c).annee;
    const date = c.nombres('date_creation_commune');
    const r = colonneNombres(c.n);
    for (let i = 0; i < c.n; i++) r[i] = date[i] > 0 ? annee - Math.floor(date[i] / 10000) : -1;
    return r;
  }),
  dotation_communes_nouvelles_eligible_part_garantie: drapeau((c) => {
    const plafond = dcn(c).eligibilite.plafond_nombre_habitants;
    const initiale = c.nombres('population_insee_initiale');
    const r = colonneDrapeaux(c.n);
    if (plafond !== undefined) for (let i = 0; i < c.n; i++) r[i] = initiale[i] >= 0 && initiale[i] <= plafond ? 1 : 0;
    return r;
  }),
  dotation_communes_nouvelles_eligible_part_amorcage: drapeau((c) => {
    const { seuil_age_commune: min, plafond_age_commune: max } = dcn(c).amorcage;
    const age = c.nombres('age_commune');
    const eligible = c.booleens('dotation_communes_nouvelles_eligible_part_garantie');
    const r = colonneDrapeaux(c.n);
    if (min !== undefined && max !== undefined) for (let i = 0; i < c.n; i++) r[i] = eligible[i] && age[i] >= min && age[i] <= max ? 1 : 0;
    return r;
  }),
  dotation_communes_nouvelles_part_amorcage: commune((c) => {
    const parHabitant = dcn(c).amorcage.montant_attribution ?? 0;
    const eligibles = c.selection('dotation_communes_nouvelles_eligible_part_amorcage');
    const pop = c.nombres('population_dgf');
    const r = colonneNombres(c.n);
    for (let k = 0; k < eligibles.length; k++) r[eligibles[k]] = arrondiEuro(parHabitant * pop[eligibles[k]]);
    return r;
  }),
  dotation_communes_nouvelles_part_garantie: commune((c) => {
    const eligibles = c.selection('dotation_communes_nouvelles_eligible_part_garantie');
    const reference = c.nombres('dotation_globale_fonctionnement_reference_communes');
    const dgf = c.nombres('dotation_globale_fonctionnement_communes');
    const r = colonneNombres(c.n);
    for (let k = 0; k < eligibles.length; k++) {
      const i = eligibles[k];
      r[i] = arrondiEuro(Math.max(0, reference[i] - dgf[i]));
    }
    return r;
  }),
  dotation_communes_nouvelles: commune((c) => {
    const a = c.nombres('dotation_communes_nouvelles_part_amorcage');
    const g = c.nombres('dotation_communes_nouvelles_part_garantie');
    const r = colonneNombres(c.n);
    for (let i = 0; i < c.n; i++) r[i] = a[i] + g[i];
    return r;
  }),
};
