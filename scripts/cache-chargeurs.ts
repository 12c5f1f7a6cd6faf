// Loader-cache invalidation: Framework reruns a data loader only when the loader file itself is newer than its
// cached output, not when a module it imports changes, and `build` even uses a stale output ("[using stale]") when
// the loader file changed. Cached loader outputs are dropped whenever the fingerprint of the loaders and their
// helpers (src/data/), engine/, data/ and package-lock.json changes (the npm and DuckDB caches, keyed by version, are kept, except the
// bundles of the workspace packages such as @dotations/engine: their source changes without a version change).
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, dirname, join, relative } from 'node:path';

const CACHES_CONSERVES = new Set(['_npm', '_duckdb', 'empreinte-moteur.txt']);
/** Raw downloads are large and only read through the normalised tables, which are fingerprinted. */
const IGNORES = new Set(['node_modules', 'sources']);
const GROS_FICHIER = 1 << 20;

/** Fingerprint of everything a data loader may import or read besides its own file. */
export function empreinteSources(racine: string): string {
  const h = createHash('sha256');
  const parcourir = (dossier: string) => {
    if (!existsSync(dossier)) return;
    for (const entree of readdirSync(dossier, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const chemin = join(dossier, entree.name);
      if (entree.isDirectory()) {
        if (!IGNORES.has(entree.name)) parcourir(chemin);
        continue;
      }
      const s = statSync(chemin);
      h.update(relative(racine, chemin)).update('\0');
      // Large data files: size and mtime suffice and keep the build fast.
      h.update(s.size > GROS_FICHIER ? `${s.size}:${s.mtimeMs}` : readFileSync(chemin)).update('\0');
    }
  };
  parcourir(join(racine, 'src', 'data'));
  parcourir(join(racine, 'engine'));
  parcourir(join(racine, 'data'));
  h.update(readFileSync(join(racine, 'package-lock.json')));
  return h.digest('hex');
}

/** Names of the workspace packages (`link: true` in package-lock.json), e.g. `@dotations/engine`. */
export function paquetsEspaceDeTravail(racine: string): string[] {
  const verrou = JSON.parse(readFileSync(join(racine, 'package-lock.json'), 'utf-8')) as { packages?: Record<string, { link?: boolean }> };
  return Object.entries(verrou.packages ?? {})
    .filter(([chemin, info]) => info.link && chemin.startsWith('node_modules/'))
    .map(([chemin]) => chemin.slice('node_modules/'.length));
}

/** Drops the cached loader outputs when the fingerprint differs from the one stored with them. */
export function invaliderCacheChargeurs(racine: string, cache: string): boolean {
  const empreinte = empreinteSources(racine);
  const fichier = join(cache, 'empreinte-moteur.txt');
  if (existsSync(fichier) && readFileSync(fichier, 'utf-8') === empreinte) return false;
  if (existsSync(cache)) {
    for (const nom of readdirSync(cache)) if (!CACHES_CONSERVES.has(nom)) rmSync(join(cache, nom), { recursive: true, force: true });
    // Framework names the bundle `_npm/NAME@VERSION/…`: drop every version of each workspace package.
    for (const paquet of paquetsEspaceDeTravail(racine)) {
      const dossier = join(cache, '_npm', dirname(paquet));
      if (!existsSync(dossier)) continue;
      for (const nom of readdirSync(dossier)) if (nom.startsWith(`${basename(paquet)}@`)) rmSync(join(dossier, nom), { recursive: true, force: true });
    }
  }
  mkdirSync(cache, { recursive: true });
  writeFileSync(fichier, empreinte);
  return true;
}
