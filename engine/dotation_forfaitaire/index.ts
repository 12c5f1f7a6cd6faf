// Dotation forfaitaire (CGCT L.2334-7): DF N-1 + part dynamique − écrêtement, floored at 0, notified in euros.
import { commune, type Formules } from '../simulation/variables.ts';
import { arrondiEuro } from '../mecanismes/arrondi.ts';
import { formulesEcretement } from './ecretement.ts';
import { formulesPartDynamique } from './partDynamique.ts';
import { colonneNombres } from '../simulation/memoire.ts';

export const FORMULES_DF: Formules = {
  ...formulesPartDynamique,
  ...formulesEcretement,
  dotation_forfaitaire: commune((c) => {
    const hors = c.nombres('df_hors_ecretement');
    const ecretement = c.nombres('df_montant_ecretement');
    const r = colonneNombres(c.n);
    for (let i = 0; i < c.n; i++) r[i] = arrondiEuro(Math.max(0, hors[i] - ecretement[i]));
    return r;
  }),
};
