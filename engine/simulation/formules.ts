// Every formula of the engine, by variable name: one registry assembled from each dotation's module.
import type { Formules } from './variables.ts';
import { FORMULES_DSR } from '../dotation_solidarite_rurale/index.ts';
import { FORMULES_DSU } from '../dotation_solidarite_urbaine/index.ts';
import { FORMULES_DCN } from '../dotation_communes_nouvelles/index.ts';
import { FORMULES_DF } from '../dotation_forfaitaire/index.ts';
import { FORMULES_DGF } from '../dgf.ts';
import { formulesEnveloppes } from '../enveloppes/index.ts';
import { formulesPopulation } from '../population/index.ts';
import { formulesPotentielFinancier } from '../potentiel_financier/index.ts';

const MODULES: Formules[] = [
  formulesPopulation,
  formulesPotentielFinancier,
  FORMULES_DF,
  formulesEnveloppes,
  FORMULES_DSR,
  FORMULES_DSU,
  FORMULES_DGF,
  FORMULES_DCN,
];

function assembler(modules: Formules[]): Formules {
  const toutes: Formules = {};
  for (const m of modules)
    for (const [nom, f] of Object.entries(m)) {
      if (nom in toutes) throw new Error(`Variable « ${nom} » définie deux fois.`);
      toutes[nom] = f;
    }
  return toutes;
}

export const FORMULES: Formules = assembler(MODULES);
