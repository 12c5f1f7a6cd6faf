// The normalised tables of a year are a cache of their source files: the criteria of N and N-1 and the INSEE history
// of the communes. The tables record those files with their size and modification time (Arrow metadata `sources`);
// on load, tables whose source changed since, or built before an INSEE history was available (it is downloaded
// separately), are out of date and get rebuilt.

import { statSync } from "node:fs";
import { dirname } from "node:path";
import { trouverHistoriqueInsee } from "../insee/historique.ts";

/** The files a year's tables are built from. */
export interface SourcesTables {
  readonly criteres: string;
  readonly precedents?: string;
  readonly historique?: string;
}

interface Empreinte {
  readonly chemin: string;
  readonly taille: number;
  readonly modifie: number;
}

const ROLES = ["criteres", "precedents", "historique"] as const;

function empreinte(chemin: string): Empreinte {
  const s = statSync(chemin);
  return { chemin, taille: s.size, modifie: s.mtimeMs };
}

/** The metadata value recording the sources (JSON). */
export function decrireSources(s: SourcesTables): string {
  const r: Record<string, Empreinte> = {};
  for (const role of ROLES) {
    const chemin = s[role];
    if (chemin) r[role] = empreinte(chemin);
  }
  return JSON.stringify(r);
}

/**
 * Why tables of `annee` recorded with `meta` are out of date (French), and the sources to rebuild them from; undefined
 * when they are up to date, or when they record no sources (tables of an earlier version are kept as they are). A
 * source deleted since is no reason: the tables are then the only copy of its data.
 */
export function tablesPerimees(annee: number, meta: string | undefined): { raison: string; sources: SourcesTables } | undefined {
  if (!meta) return undefined;
  const d = JSON.parse(meta) as Partial<Record<(typeof ROLES)[number], Empreinte>>;
  if (!d.criteres) return undefined;
  const sources = { criteres: d.criteres.chemin, precedents: d.precedents?.chemin };
  for (const role of ROLES) {
    const e = d[role];
    const s = e && statSync(e.chemin, { throwIfNoEntry: false });
    if (s && (s.size !== e.taille || s.mtimeMs !== e.modifie)) return { raison: `${e.chemin} a changé depuis leur construction`, sources };
  }
  const historique = trouverHistoriqueInsee(annee, [dirname(d.criteres.chemin)]);
  if (historique && historique !== d.historique?.chemin) {
    const avant = d.historique ? `construites avec ${d.historique.chemin}` : "construites sans historique : dotation des communes nouvelles à 0 €";
    return { raison: `historique des communes de l'INSEE ${historique} disponible (${avant})`, sources };
  }
  return undefined;
}
