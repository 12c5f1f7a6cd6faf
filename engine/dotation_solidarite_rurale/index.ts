// Dotation de solidarité rurale (CGCT L.2334-20 to L.2334-22-1): every formula, by variable name.
// The national fraction envelopes (`dsr_montant_total_fraction_*`) and the per-commune population, PF and
// revenu variables come from the other modules of the engine.
import type { Formules } from '../simulation/variables.ts';
import { formulesCible } from './cible.ts';
import { formulesEligibiliteBourgCentre } from './eligibiliteBourgCentre.ts';
import { formulesEligibilitePerequation } from './eligibilitePerequation.ts';
import { formulesMontantBourgCentre } from './montantBourgCentre.ts';
import { formulesMontantPerequation } from './montantPerequation.ts';
import { formulesMoyennes } from './moyennes.ts';
import { formulesScores } from './scores.ts';
import { formulesScoreBourgCentre } from './scoreBourgCentre.ts';
import { formulesTotal } from './total.ts';

export const FORMULES_DSR: Formules = {
  ...formulesMoyennes,
  ...formulesEligibiliteBourgCentre,
  ...formulesScoreBourgCentre,
  ...formulesMontantBourgCentre,
  ...formulesEligibilitePerequation,
  ...formulesScores('perequation'),
  ...formulesMontantPerequation,
  ...formulesCible,
  ...formulesScores('cible'),
  ...formulesTotal,
};
