// The offline CDN answers Framework's jsDelivr and registry requests from node_modules, and nothing else.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VERSION_ABSENTE, analyserSpecificateur, installerCdnLocal } from '../../scripts/cdn-local.ts';

const RACINE = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const version = (nom: string) => (JSON.parse(readFileSync(join(RACINE, 'node_modules', nom, 'package.json'), 'utf-8')) as { version: string }).version;

describe('analyserSpecificateur', () => {
  it('sépare nom, version et chemin, paquets à portée compris', () => {
    expect(analyserSpecificateur('@duckdb/duckdb-wasm@1.29.0/dist/duckdb-mvp.wasm')).toEqual({ nom: '@duckdb/duckdb-wasm', version: '1.29.0', chemin: 'dist/duckdb-mvp.wasm' });
    expect(analyserSpecificateur('d3@7.9.0/+esm')).toEqual({ nom: 'd3', version: '7.9.0', chemin: '+esm' });
    expect(analyserSpecificateur('htl')).toEqual({ nom: 'htl', version: undefined, chemin: '' });
  });
});

describe('CDN local', () => {
  const fetchOrigine = globalThis.fetch;
  beforeAll(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    installerCdnLocal(RACINE);
  });
  afterAll(() => {
    globalThis.fetch = fetchOrigine;
    vi.restoreAllMocks();
  });

  it('registre : la version installée (package-lock.json) pour « latest » et pour une plage', async () => {
    const r = await fetch('https://registry.npmjs.org/apache-arrow/latest');
    expect(await r.json()).toMatchObject({ version: '17.0.0' });
    const plage = await (await fetch('https://registry.npmjs.org/d3')).json();
    expect(Object.keys(plage.versions)).toContain(version('d3'));
  });

  it('registre : version fictive pour un paquet nommé par Framework mais non installé', async () => {
    expect(await (await fetch('https://registry.npmjs.org/react-dom/latest')).json()).toMatchObject({ version: VERSION_ABSENTE });
    expect((await fetch('https://registry.npmjs.org/react-dom')).status).toBe(404);
  });

  it('+esm : module ES empaqueté, dépendances en imports /npm/… versionnés', async () => {
    const r = await fetch(`https://cdn.jsdelivr.net/npm/d3@${version('d3')}/+esm`);
    expect(r.headers.get('content-type')).toMatch(/^application\/javascript/);
    const code = await r.text();
    expect(code).toContain(`/npm/d3-array@${version('d3-array')}/+esm`);
    expect(code).not.toMatch(/from\s*["'](d3-|\.\/)/);
  }, 30_000);

  it('paquet de l’espace de travail : @dotations/engine, version de engine/package.json, source TypeScript empaquetée', async () => {
    const versionMoteur = (JSON.parse(readFileSync(join(RACINE, 'engine', 'package.json'), 'utf-8')) as { version: string }).version;
    expect(await (await fetch('https://registry.npmjs.org/@dotations%2fengine/latest')).json()).toMatchObject({ version: versionMoteur });
    const code = await (await fetch(`https://cdn.jsdelivr.net/npm/@dotations/engine@${versionMoteur}/+esm`)).text();
    // One self-contained module (no import left), exporting the engine's public interface, parameters included.
    expect(code).not.toMatch(/\bimport\s*[{"'*]|from\s*["']/);
    const moteur = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
    for (const nom of ['simuler', 'expliquer', 'parametresAnnee', 'validerReforme']) expect(typeof moteur[nom]).toBe('function');
    expect(moteur.parametresAnnee(2026).dotation_solidarite_rurale.cible.eligibilite.seuil_classement).toBe(10_000);
    expect(() => moteur.validerReforme({ 'dotation_solidarite_urbaine.eligibilite.part_eligible_seuil_haut': 2 })).toThrow(/une part comprise entre 0 et 1/);
  }, 30_000);

  it('fichier brut : le wasm de DuckDB tel qu’installé', async () => {
    const r = await fetch('https://cdn.jsdelivr.net/npm/@duckdb/duckdb-wasm@1.29.0/dist/duckdb-mvp.wasm');
    expect(r.headers.get('content-type')).toBe('application/wasm');
    expect((await r.arrayBuffer()).byteLength).toBe(statSync(join(RACINE, 'node_modules/@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm')).size);
  });

  it('refuse une version non installée et tout hôte étranger', async () => {
    expect((await fetch('https://cdn.jsdelivr.net/npm/d3@6.0.0/+esm')).status).toBe(404);
    expect((await fetch('https://fonts.googleapis.com/css2?family=Source+Serif+4')).status).toBe(404);
    expect((await fetch('https://extensions.duckdb.org/v1.1.1/wasm_eh/json.duckdb_extension.wasm')).status).toBe(404);
  });
});
