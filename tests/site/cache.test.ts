// Loader cache correctness: changing an engine parameter (a module the loader imports, not the loader itself)
// must change the built number. Works on a copy of the repository so the real checkout is left alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tableFromIPC } from 'apache-arrow';
import { construireSite } from './construire.ts';
import { empreinteSources, invaliderCacheChargeurs } from '../../scripts/cache-chargeurs.ts';

const RACINE = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const EXCLUS = new Set(['node_modules', 'dist', '.git', 'sources', 'tables', 'api']);

/** DSR national amount of 2025 in the built Arrow file of the copy. */
function dsr2025(copie: string): number {
  const dossier = join(copie, 'dist', '_file', 'data');
  const fichier = readdirSync(dossier).find((f) => /^enveloppes\.[0-9a-f]+\.arrow$/.test(f));
  if (!fichier) throw new Error(`enveloppes.arrow absent de ${dossier}`);
  const lignes = tableFromIPC(readFileSync(join(dossier, fichier))).toArray().map((r) => r.toJSON());
  const ligne = lignes.find((r) => r.annee === 2025 && r.dotation === 'dsr');
  if (!ligne) throw new Error('ligne DSR 2025 absente');
  return ligne.montant as number;
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

  it('l’empreinte suit le contenu de engine/ et seulement lui', () => {
    const avant = empreinteSources(copie);
    expect(empreinteSources(copie)).toBe(avant);
    const fichier = join(copie, 'engine', 'index.ts');
    const source = readFileSync(fichier, 'utf-8');
    writeFileSync(fichier, `${source}\n// modifié\n`);
    expect(empreinteSources(copie)).not.toBe(avant);
    writeFileSync(fichier, source);
    expect(empreinteSources(copie)).toBe(avant);
  });

  it('un paramètre du moteur modifié change le nombre construit', () => {
    construireSite(copie);
    const avant = dsr2025(copie);
    const arbre = JSON.parse(readFileSync(parametres(), 'utf-8'));
    const valeurs = arbre.dotation_solidarite_rurale.montant.total.valeurs as Record<string, number>;
    expect(valeurs['2025-01-01']).toBe(avant);
    valeurs['2025-01-01'] = avant + 1234;
    writeFileSync(parametres(), JSON.stringify(arbre));
    construireSite(copie);
    expect(dsr2025(copie)).toBe(avant + 1234);
    // Unchanged sources: the cache is kept.
    expect(invaliderCacheChargeurs(copie, join(copie, 'src', '.observablehq', 'cache'))).toBe(false);
  }, 300_000);
});
