// DGF of a commune (spec §3.10 item 74): DF + DSR + DSU + DNP, each already notified in whole euros.
import { commune, type Formules } from './simulation/variables.ts';
import { colonneNombres } from './simulation/memoire.ts';

export const FORMULES_DGF: Formules = {
  dotation_globale_fonctionnement_communes: commune((c) => {
    const df = c.nombres('dotation_forfaitaire');
    const dsr = c.nombres('dotation_solidarite_rurale');
    const dsu = c.nombres('dsu_montant');
    const dnp = c.nombres('dotation_nationale_perequation');
    const r = colonneNombres(c.n);
    for (let i = 0; i < c.n; i++) r[i] = df[i] + dsr[i] + dsu[i] + dnp[i];
    return r;
  }),
};
