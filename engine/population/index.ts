// Population (spec §3.1): strate démographique (CGCT L.2334-3) and DGF population capped by the INSEE
// population (CGCT L.2334-21, for the bourg-centre fraction).
import { commune, type Formules } from '../simulation/variables.ts';
import { valeurBareme } from '../parametres.ts';
import { colonneNombres } from '../simulation/memoire.ts';

export const formulesPopulation: Formules = {
  strate_demographique: commune((c) => {
    const bareme = c.p.population.groupes_demographiques;
    const pop = c.nombres('population_dgf');
    const r = colonneNombres(c.n);
    for (let i = 0; i < c.n; i++) r[i] = valeurBareme(bareme, pop[i]);
    return r;
  }),
  population_dgf_plafonnee: commune((c) => {
    const bareme = c.p.population.plafond_dgf;
    const pop = c.nombres('population_dgf');
    const insee = c.nombres('population_insee');
    const r = colonneNombres(c.n);
    for (let i = 0; i < c.n; i++) r[i] = Math.min(valeurBareme(bareme, insee[i]), pop[i]);
    return r;
  }),
};
