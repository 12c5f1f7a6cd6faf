// DSR total of a commune = Σ of its three notified fractions (CGCT L.2334-20; spec §3.8, 59).
import { commune, type Formules } from '../simulation/variables.ts';
import { colonneNombres } from '../simulation/memoire.ts';

export const formulesTotal: Formules = {
  dotation_solidarite_rurale: commune((c) => {
    const bc = c.nombres('dsr_fraction_bourg_centre');
    const pq = c.nombres('dsr_fraction_perequation');
    const cible = c.nombres('dsr_fraction_cible');
    const r = colonneNombres(c.n);
    for (let i = 0; i < c.n; i++) r[i] = bc[i] + pq[i] + cible[i];
    return r;
  }),
};
