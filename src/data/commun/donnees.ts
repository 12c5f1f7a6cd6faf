// Shared by the site's data loaders: the engine inputs of the last year, from the same sources as the CLI
// (normalised tables, then the official DGCL files of DOTATIONS_DONNEES or the download cache), else the synthetic
// France generated for a fixed seed. `meta` says which, so that every page can show the synthetic-data warning.
import { existsSync } from 'node:fs';
import type { Communes, ResultatsNMoins1 } from '@dotations/engine';
import { ANNEES_DGCL, type AnneeDgcl } from '../../../data/dgcl/colonnes.ts';
import { chargerEntrees, cheminTable, sourceCriteres } from '../../../data/normalisation/construire.ts';
import { genererFranceSynthetique } from '../../../data/synthetique/index.ts';

/** The year the site shows: the last year of law with a DGCL file format. */
export const ANNEE: AnneeDgcl = ANNEES_DGCL[ANNEES_DGCL.length - 1];
/** Seed of the synthetic France shown when no official data is available. */
export const GRAINE = 1;

/** What the pages say about the data (stored as JSON in the `meta` schema metadata of every Arrow output). */
export type MetaSite =
  | { readonly annee: number; readonly synthetique: false }
  | { readonly annee: number; readonly synthetique: true; readonly avertissement: string; readonly graine: number; readonly versionGenerateur: string };

export interface DonneesSite {
  readonly communes: Communes;
  readonly resultatsPrecedents?: ResultatsNMoins1;
  readonly meta: MetaSite;
}

export async function donneesSite(): Promise<DonneesSite> {
  const officielle = existsSync(cheminTable(`entrees-${ANNEE}`)) || sourceCriteres(ANNEE)?.synthetique === false;
  if (officielle) {
    const e = await chargerEntrees(ANNEE);
    // Tables built from synthetic files of unknown seed: regenerate instead, so the seed can be shown.
    if (!e.synthetique) return { communes: e.communes, resultatsPrecedents: e.resultatsPrecedents, meta: { annee: ANNEE, synthetique: false } };
  }
  const f = await genererFranceSynthetique({ annee: ANNEE, graine: GRAINE });
  const { avertissement, graine, versionGenerateur } = f.meta;
  return { communes: f.n.communes, resultatsPrecedents: f.n.resultatsPrecedents, meta: { annee: ANNEE, synthetique: true, avertissement, graine, versionGenerateur } };
}
