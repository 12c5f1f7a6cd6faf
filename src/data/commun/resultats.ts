// site/resultats.arrow: the engine's simulation of the site's year for every commune, only the columns the home page
// and its SQL cell use (spec names): code_insee, nom, strate_demographique, population_dgf, the amount of each dotation
// and the DGF. National values (envelopes, eligible counts) and the data's origin go in the schema metadata `meta`.
import { simuler } from '@dotations/engine';
import { arrowAvecMeta, type ColonneSortie } from './arrow.ts';
import type { DonneesSite } from './donnees.ts';

const COLONNES = [
  'strate_demographique',
  'population_dgf',
  'dotation_forfaitaire',
  'dsr_fraction_bourg_centre',
  'dsr_fraction_perequation',
  'dsr_fraction_cible',
  'dotation_solidarite_rurale',
  'dsu_montant',
  'dotation_nationale_perequation',
  'dotation_communes_nouvelles',
  'dotation_globale_fonctionnement_communes',
] as const;

export function tableResultats({ communes, resultatsPrecedents, meta }: DonneesSite): Uint8Array {
  const s = simuler({ annee: meta.annee, communes, resultatsPrecedents });
  const colonnes: Record<string, ColonneSortie> = { code_insee: communes.code_insee, nom: communes.nom ?? communes.code_insee };
  for (const nom of COLONNES) {
    const c = s.communes[nom];
    if (!c) throw new Error(`resultats.arrow : la simulation ${meta.annee} ne contient pas la colonne « ${nom} ».`);
    colonnes[nom] = nom === 'strate_demographique' ? Int32Array.from(c) : c;
  }
  return arrowAvecMeta(colonnes, { ...meta, national: s.national });
}
