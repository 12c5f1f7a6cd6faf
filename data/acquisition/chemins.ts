// Where the data lives: the repository root (found from this file, whatever the cwd), the directory given by
// DOTATIONS_DONNEES (looked up first; a relative path is taken from the repository root), the download cache
// data/sources/ and the normalised tables data/tables/ (DOTATIONS_TABLES overrides it, e.g. for tests).

import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

let racine: string | undefined;

/** The repository root: the nearest parent directory holding the workspace's package.json and `data/`. */
export function racineDepot(): string {
  if (racine) return racine;
  let d = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(d, "package.json")) && existsSync(join(d, "engine")) && existsSync(join(d, "data"))) return (racine = d);
    const parent = dirname(d);
    if (parent === d) return (racine = process.cwd());
    d = parent;
  }
}

function depuisRacine(p: string): string {
  return isAbsolute(p) ? p : resolve(racineDepot(), p);
}

/** The DOTATIONS_DONNEES directory, when set and present. */
export function dossierDonnees(): string | undefined {
  const v = process.env.DOTATIONS_DONNEES;
  if (!v) return undefined;
  const d = depuisRacine(v);
  return existsSync(d) ? d : undefined;
}

export function dossierSources(): string {
  return join(racineDepot(), "data", "sources");
}

export function dossierTables(): string {
  const v = process.env.DOTATIONS_TABLES;
  return v ? depuisRacine(v) : join(racineDepot(), "data", "tables");
}

/** First existing path of `relatif` in DOTATIONS_DONNEES then in the cache; undefined when neither has it. */
export function trouverSource(...relatifs: string[]): string | undefined {
  const dossiers = [dossierDonnees(), dossierSources()].filter((d): d is string => d !== undefined);
  for (const d of dossiers) for (const r of relatifs) if (existsSync(join(d, r))) return join(d, r);
  return undefined;
}
