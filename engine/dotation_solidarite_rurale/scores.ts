// Scores of the four parts of the péréquation and cible fractions (L.2334-22 1° to 4°, L.2334-22-1;
// spec §3.7 46, §3.8 56), each × the fraction's eligibility.
import { commune, type Contexte, type Formules } from '../simulation/variables.ts';
import { parametresDsr } from './commun.ts';
import type { Fraction } from './parts.ts';
import { colonneNombres } from '../simulation/memoire.ts';
import { enDouble } from '../mecanismes/colonnes.ts';

/**
 * 1°: population × max(0, 2 − PF/hab ÷ PF/hab moyen de la strate) × min(1.2, effort fiscal). When the
 * strate mean is 0 the ratio defaults to 0 for péréquation (factor 2) and to 2 for cible (factor 0),
 * as in the model (spec §8.6).
 */
function scorePotentielFinancier(c: Contexte, eligibles: Uint32Array, rapportParDefaut: number): Float64Array {
  const p = parametresDsr(c);
  const deux = p.perequation.seuil_rapport_potentiel_financier;
  const pop = c.nombres('population_dgf');
  const pfi = c.nombres('potentiel_financier_par_habitant');
  const moyen = c.nombres('potentiel_financier_par_habitant_moyen');
  const effort = c.nombres('effort_fiscal');
  const defaut = enDouble(rapportParDefaut);
  const r = colonneNombres(c.n);
  for (let k = 0; k < eligibles.length; k++) {
    const i = eligibles[k];
    const rapport = moyen[i] === 0 ? defaut : pfi[i] / moyen[i];
    r[i] = pop[i] * Math.max(0, deux - rapport) * Math.min(p.attribution.plafond_effort_fiscal, effort[i]);
  }
  return r;
}

/** 2°: length of roads, doubled in mountain areas and for island communes. */
function scoreVoirie(c: Contexte, eligibles: Uint32Array): Float64Array {
  const coefficient = parametresDsr(c).attribution.coefficient_voirie_montagne_insulaire;
  const longueur = c.nombres('longueur_voirie');
  const montagne = c.booleens('zone_de_montagne');
  const insulaire = c.booleens('insulaire');
  const r = colonneNombres(c.n);
  for (let k = 0; k < eligibles.length; k++) {
    const i = eligibles[k];
    r[i] = longueur[i] * (montagne[i] || insulaire[i] ? coefficient : 1);
  }
  return r;
}

/** 3°: children aged 3 to 16. */
function scoreEnfants(c: Contexte, eligibles: Uint32Array): Float64Array {
  const enfants = c.nombres('population_enfants');
  const r = colonneNombres(c.n);
  for (let k = 0; k < eligibles.length; k++) r[eligibles[k]] = enfants[eligibles[k]];
  return r;
}

/** 4°: population × max(0, (2m − PF/ha) ÷ m), m = PF/ha moyen des communes < 10 000 (0 when m = 0). */
function scorePotentielFinancierHectare(c: Contexte, eligibles: Uint32Array): Float64Array {
  const m = c.national('dsr_potentiel_financier_par_hectare_moyen_moins_10000');
  const pop = c.nombres('population_dgf');
  const pfha = c.nombres('potentiel_financier_par_hectare');
  const r = colonneNombres(c.n);
  if (!(m > 0)) return r;
  for (let k = 0; k < eligibles.length; k++) {
    const i = eligibles[k];
    r[i] = pop[i] * Math.max(0, (2 * m - pfha[i]) / m);
  }
  return r;
}

export function formulesScores(fraction: Fraction): Formules {
  const eligibilite = `dsr_eligible_fraction_${fraction}`;
  const defaut = fraction === 'perequation' ? 0 : 2;
  return {
    [`dsr_score_attribution_${fraction}_part_potentiel_financier_par_habitant`]: commune((c) => scorePotentielFinancier(c, c.selection(eligibilite), defaut)),
    [`dsr_score_attribution_${fraction}_part_longueur_voirie`]: commune((c) => scoreVoirie(c, c.selection(eligibilite))),
    [`dsr_score_attribution_${fraction}_part_enfants`]: commune((c) => scoreEnfants(c, c.selection(eligibilite))),
    [`dsr_score_attribution_${fraction}_part_potentiel_financier_par_hectare`]: commune((c) => scorePotentielFinancierHectare(c, c.selection(eligibilite))),
  };
}
