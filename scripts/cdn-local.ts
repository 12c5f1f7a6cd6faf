// Offline CDN: answers the requests Observable Framework 1.13 makes to cdn.jsdelivr.net and
// registry.npmjs.org from the packages installed in node_modules (versions from package-lock.json).
// - `https://registry.npmjs.org/NAME[/TAG]` → the installed version(s) of NAME;
// - `https://cdn.jsdelivr.net/npm/NAME@VERSION/+esm` (or `/SUB/+esm`) → an ES module bundled by esbuild
//   from that installed copy, its dependencies left as `/npm/DEP@VERSION/+esm` imports as jsDelivr does;
// - `https://cdn.jsdelivr.net/npm/NAME@VERSION/FILE` → the file itself (wasm, workers, css, package.json).
// Workspace packages (@dotations/engine, TypeScript source) are answered the same way: esbuild bundles their source.
// Any other non-local request fails with a French message: the build must never depend on a foreign host.
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, extname, join } from 'node:path';
import * as esbuild from 'esbuild';

interface CopieInstallee {
  version: string;
  dossier: string;
}

function versionEspaceDeTravail(dossier: string): string | undefined {
  const pj = join(dossier, 'package.json');
  return existsSync(pj) ? (JSON.parse(readFileSync(pj, 'utf-8')) as { version?: string }).version : undefined;
}

/** Every installed copy of every package, from package-lock.json (`packages` map, lockfile v2/v3). */
export function lireCopiesInstallees(racine: string): Map<string, CopieInstallee[]> {
  const verrou = JSON.parse(readFileSync(join(racine, 'package-lock.json'), 'utf-8')) as {
    packages?: Record<string, { version?: string; link?: boolean; resolved?: string }>;
  };
  if (!verrou.packages) throw new Error('package-lock.json : section « packages » absente (lockfileVersion 2 ou 3 attendue).');
  const copies = new Map<string, CopieInstallee[]>();
  for (const [chemin, info] of Object.entries(verrou.packages)) {
    const i = chemin.lastIndexOf('node_modules/');
    // Workspace package (`link: true`, e.g. @dotations/engine → engine/): its version is in its own package.json,
    // its folder is the link in node_modules, so that it resolves like any installed package.
    const version = info.link && info.resolved ? versionEspaceDeTravail(join(racine, info.resolved)) : info.version;
    if (i < 0 || !version) continue;
    const nom = chemin.slice(i + 'node_modules/'.length);
    const liste = copies.get(nom) ?? [];
    // Top-level copies first: they answer "latest" and version ranges.
    const copie = { version, dossier: join(racine, chemin) };
    if (i === 0) liste.unshift(copie);
    else liste.push(copie);
    copies.set(nom, liste);
  }
  return copies;
}

/** Splits `@scope/name@1.2.3/sub/path` into name, version and sub-path. */
export function analyserSpecificateur(spec: string): { nom: string; version: string | undefined; chemin: string } {
  const parties = spec.split('/');
  const nomVersion = spec.startsWith('@') ? `${parties.shift()}/${parties.shift()}` : parties.shift()!;
  const a = nomVersion.indexOf('@', 1);
  return {
    nom: a > 0 ? nomVersion.slice(0, a) : nomVersion,
    version: a > 0 ? nomVersion.slice(a + 1) : undefined,
    chemin: parties.join('/'),
  };
}

const TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.cjs': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
};

/** Name of the package a bare import designates (`@a/b/c` → `@a/b`, `d3-array/x` → `d3-array`). */
function nomDuPaquet(spec: string): string {
  const p = spec.split('/');
  return spec.startsWith('@') ? `${p[0]}/${p[1]}` : p[0];
}

/** Version of DEP as Node would resolve it from `dossier` (nearest node_modules/DEP upwards). */
function versionVisibleDepuis(dossier: string, dep: string): string | undefined {
  for (let d = dossier; ; d = dirname(d)) {
    const pj = join(d, 'node_modules', dep, 'package.json');
    if (existsSync(pj)) return (JSON.parse(readFileSync(pj, 'utf-8')) as { version: string }).version;
    if (dirname(d) === d) return undefined;
  }
}

/** Bundles `NAME[/SUB]` from the installed copy in `dossier` into one ES module, dependencies external. */
export async function empaqueter(nom: string, chemin: string, dossier: string): Promise<string> {
  const entree = chemin ? `${nom}/${chemin}` : nom;
  // Resolve from the node_modules directory that holds this copy, so nested copies resolve to themselves.
  const base = nom.startsWith('@') ? dirname(dirname(dossier)) : dirname(dossier);
  const resultat = await esbuild.build({
    entryPoints: ['entree-cdn-local'],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
    absWorkingDir: base,
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [
      {
        name: 'cdn-local',
        setup(build) {
          build.onResolve({ filter: /^entree-cdn-local$/ }, async () => {
            const r = await build.resolve(entree, { kind: 'import-statement', resolveDir: base });
            if (r.errors.length > 0) throw new Error(`Impossible de résoudre ${entree} dans ${base}.`);
            return { path: r.path };
          });
          build.onResolve({ filter: /^[^./]/ }, (args) => {
            // CommonJS `require()` of a dependency cannot become an ES import: bundle that dependency inline.
            if (args.kind === 'entry-point' || args.kind === 'require-call') return undefined;
            const dep = nomDuPaquet(args.path.replace(/^node:/, ''));
            if (dep === nom) return undefined; // self-reference: bundle it
            if (builtinModules.includes(dep)) return { path: dep, namespace: 'vide' };
            const version = versionVisibleDepuis(args.resolveDir, dep);
            if (!version) throw new Error(`${nom} importe ${dep}, absent de node_modules.`);
            const sous = args.path.slice(dep.length);
            return { path: `/npm/${dep}@${version}${sous}/+esm`, external: true };
          });
          build.onLoad({ filter: /.*/, namespace: 'vide' }, () => ({ contents: 'export default {};' }));
        },
      },
    ],
  });
  return resultat.outputFiles[0].text;
}

/** Version given to a package Framework names but the project does not install. */
export const VERSION_ABSENTE = '0.0.0-non-installe';

function reponse(corps: string | Uint8Array<ArrayBuffer>, type: string, statut = 200): Response {
  return new Response(corps, { status: statut, headers: { 'content-type': type } });
}

function refus(url: string, raison: string): Response {
  console.error(`[cdn-local] ${url} : ${raison}`);
  return reponse(raison, 'text/plain; charset=utf-8', 404);
}

/** Replaces globalThis.fetch so that CDN and registry requests are answered from node_modules. */
export function installerCdnLocal(racine: string): void {
  const copies = lireCopiesInstallees(racine);
  const fetchOrigine = globalThis.fetch;
  const cache = new Map<string, Promise<string>>();

  async function jsdelivr(url: string, spec: string): Promise<Response> {
    const { nom, version, chemin } = analyserSpecificateur(spec);
    const copie = (copies.get(nom) ?? []).find((c) => c.version === version);
    if (!copie) return refus(url, `${nom}@${version} n'est pas installé (package-lock.json) : ajoutez-le aux dépendances.`);
    if (chemin === '+esm' || chemin.endsWith('/+esm')) {
      const sous = chemin.slice(0, -'+esm'.length).replace(/\/$/, '');
      const cle = `${copie.dossier}|${sous}`;
      let code = cache.get(cle);
      if (!code) cache.set(cle, (code = empaqueter(nom, sous, copie.dossier)));
      return reponse(await code, TYPES['.js']);
    }
    const fichier = join(copie.dossier, chemin);
    if (!chemin || !existsSync(fichier)) return refus(url, `fichier ${chemin} absent de ${copie.dossier}.`);
    return reponse(Uint8Array.from(readFileSync(fichier)), TYPES[extname(fichier)] ?? 'application/octet-stream');
  }

  function registre(url: string, spec: string): Response {
    const { nom, chemin: etiquette } = analyserSpecificateur(decodeURIComponent(spec));
    const liste = copies.get(nom);
    // Framework resolves the version of libraries its client only loads on demand (react-dom for JSX, …) while
    // bundling: answer a placeholder so the build goes on; fetching the module itself still fails loudly.
    if (!liste && etiquette) return reponse(JSON.stringify({ name: nom, version: VERSION_ABSENTE }), TYPES['.json']);
    if (!liste) return refus(url, `${nom} n'est pas installé (package-lock.json) : ajoutez-le aux dépendances.`);
    if (etiquette) return reponse(JSON.stringify({ name: nom, version: liste[0].version }), TYPES['.json']);
    const versions = Object.fromEntries(liste.map((c) => [c.version, { name: nom, version: c.version }]));
    return reponse(JSON.stringify({ name: nom, 'dist-tags': { latest: liste[0].version }, versions }), TYPES['.json']);
  }

  globalThis.fetch = async (entree: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = typeof entree === 'string' ? entree : entree instanceof URL ? entree.href : entree.url;
    const u = new URL(url);
    if (u.hostname === 'cdn.jsdelivr.net' && u.pathname.startsWith('/npm/')) return jsdelivr(url, decodeURIComponent(u.pathname.slice(5)));
    if (u.hostname === 'registry.npmjs.org') return registre(url, u.pathname.slice(1));
    if (u.hostname === '127.0.0.1' || u.hostname === 'localhost') return fetchOrigine(entree, init);
    return refus(url, 'hôte externe interdit : le site se construit hors ligne (voir docs/decisions.md).');
  };
}
