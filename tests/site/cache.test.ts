// Loader cache correctness: changing an engine parameter (a module the loaders import, not a loader itself) must
// change what the site is built from: the loader outputs and the engine bundled for the pages. Works on a copy of the
// repository so the real checkout is left alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { construireSite } from './construire.ts';
import { empreinteSources, invaliderCacheChargeurs } from '../../scripts/cache-chargeurs.ts';

const RACINE = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const EXCLUS = new Set(['node_modules', 'dist', '.git', 'sources', 'tables', 'api']);
const SEUIL_CIBLE = ['dotation_solidarite_rurale', 'cible', 'eligibilite', 'seuil_classement'];

/** The built member `nom` of the site's data archive in the copy (bytes). */
function sortieConstruite(copie: string, nom: string): Buffer {
  const dossier = join(copie, 'dist', '_file', 'data', 'site');
  const fichier = readdirSync(dossier).find((f) => new RegExp(`^${nom}\\.[0-9a-f]+\\.arrow$`).test(f));
  if (!fichier) throw new Error(`${nom}.arrow absent de ${dossier}`);
  return readFileSync(join(dossier, fichier));
}

/** Member `nom` of a ustar archive (name at 0, octal size at 124, data after each 512-byte header). */
function membreTar(archive: Buffer, nom: string): Buffer {
  for (let position = 0; position + 512 <= archive.length && archive[position] !== 0; ) {
    const nomMembre = archive.subarray(position, position + 100).toString('utf-8').replace(/\0.*$/s, '');
    const taille = parseInt(archive.subarray(position + 124, position + 136).toString('ascii'), 8);
    if (nomMembre === nom) return archive.subarray(position + 512, position + 512 + taille);
    position += 512 + Math.ceil(taille / 512) * 512;
  }
  throw new Error(`${nom} absent de l'archive`);
}

/** DSR cible ranking limit of 2026 according to the engine bundled for the pages of the copy. */
async function seuilCibleDuPaquet(copie: string): Promise<number> {
  const dossier = join(copie, 'dist', '_npm', '@dotations', 'engine@0.1.0');
  const fichiers = readdirSync(dossier).filter((f) => f.endsWith('.js'));
  expect(fichiers).toHaveLength(1);
  const moteur = await import(`${pathToFileURL(join(dossier, fichiers[0])).href}?${Date.now()}`);
  return moteur.parametresAnnee(2026).dotation_solidarite_rurale.cible.eligibilite.seuil_classement;
}

describe('cache des chargeurs de données', () => {
  let copie: string;
  const parametres = () => join(copie, 'engine', 'parameters', 'parametres.generated.json');

  beforeAll(() => {
    copie = mkdtempSync(join(tmpdir(), 'dotations-cache-'));
    cpSync(RACINE, copie, {
      recursive: true,
      // Keep the npm bundle cache (keyed by version) to save time; drop everything else that is generated.
      filter: (source) => {
        const r = relative(RACINE, source);
        if (r.startsWith(join('src', '.observablehq'))) return r === join('src', '.observablehq') || r.startsWith(join('src', '.observablehq', 'cache', '_npm')) || r === join('src', '.observablehq', 'cache');
        return !r.split('/').some((p) => EXCLUS.has(p));
      },
    });
    // node_modules: links to the installed packages, but the workspace package @dotations/engine must point to the
    // copy's engine/, as `npm install` would make it.
    mkdirSync(join(copie, 'node_modules', '@dotations'), { recursive: true });
    for (const nom of readdirSync(join(RACINE, 'node_modules'))) {
      if (nom !== '@dotations') symlinkSync(join(RACINE, 'node_modules', nom), join(copie, 'node_modules', nom));
    }
    symlinkSync(join('..', '..', 'engine'), join(copie, 'node_modules', '@dotations', 'engine'));
  }, 120_000);

  afterAll(() => {
    if (copie && existsSync(copie)) rmSync(copie, { recursive: true, force: true });
  });

  it('l’empreinte suit le contenu du moteur, des données et des chargeurs (build réutilise une sortie périmée)', () => {
    const avant = empreinteSources(copie);
    expect(empreinteSources(copie)).toBe(avant);
    for (const chemin of [['engine', 'index.ts'], ['src', 'data', 'commun', 'donnees.ts'], ['src', 'data', 'commun', 'france.ts'], ['src', 'data', 'site.tar.ts']]) {
      const fichier = join(copie, ...chemin);
      const source = readFileSync(fichier, 'utf-8');
      writeFileSync(fichier, `${source}\n// modifié\n`);
      expect(empreinteSources(copie)).not.toBe(avant);
      writeFileSync(fichier, source);
      expect(empreinteSources(copie)).toBe(avant);
    }
    // A page is not a loader input: no invalidation.
    const page = join(copie, 'src', 'index.md');
    writeFileSync(page, `${readFileSync(page, 'utf-8')}\n`);
    expect(empreinteSources(copie)).toBe(avant);
  });

  it('un paramètre du moteur modifié change les sorties des chargeurs et le moteur des pages', async () => {
    construireSite(copie);
    const avant = sortieConstruite(copie, 'resultats');
    expect(await seuilCibleDuPaquet(copie)).toBe(10_000);
    const arbre = JSON.parse(readFileSync(parametres(), 'utf-8'));
    const feuille = SEUIL_CIBLE.reduce((n, k) => n[k], arbre);
    expect(feuille.valeurs).toEqual({ '2011-01-01': 10_000 });
    feuille.valeurs['2011-01-01'] = 9_000;
    writeFileSync(parametres(), JSON.stringify(arbre));
    construireSite(copie);
    // The pages' engine is rebundled from the modified source…
    expect(await seuilCibleDuPaquet(copie)).toBe(9_000);
    // …and the loader output is recomputed: different from before, identical to a fresh run of the loader.
    const apres = sortieConstruite(copie, 'resultats');
    expect(apres.equals(avant)).toBe(false);
    const frais = membreTar(execFileSync(join(RACINE, 'node_modules', '.bin', 'tsx'), ['src/data/site.tar.ts'], { cwd: copie, maxBuffer: 1 << 28 }), 'resultats.arrow');
    expect(apres.equals(frais)).toBe(true);
    // Unchanged sources: the cache is kept.
    expect(invaliderCacheChargeurs(copie, join(copie, 'src', '.observablehq', 'cache'))).toBe(false);
  }, 400_000);
});
