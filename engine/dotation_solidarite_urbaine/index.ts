// Dotation de solidarité urbaine et de cohésion sociale (CGCT L.2334-15 to L.2334-18-4): every formula,
// by variable name. The envelope `dsu_montant_total` (N and N-1) comes from engine/enveloppes/.
import type { Formules } from '../simulation/variables.ts';
import { formulesAttribution } from './attribution.ts';
import { formulesEligibilite } from './eligibilite.ts';
import { formulesGaranties } from './garanties.ts';
import { formulesGroupes } from './groupes.ts';
import { formulesIndice } from './indice.ts';
import { formulesMontant } from './montant.ts';

export const FORMULES_DSU: Formules = {
  ...formulesGroupes,
  ...formulesIndice,
  ...formulesEligibilite,
  ...formulesGaranties,
  ...formulesAttribution,
  ...formulesMontant,
};
