// Runs the Observable Framework CLI (`build`, `preview`, …) offline and with a correct loader cache:
//   tsx scripts/observable.ts build
// 1. Stale loader outputs are dropped when engine/ or data/ change (scripts/cache-chargeurs.ts).
// 2. CDN and registry requests are answered from node_modules (scripts/cdn-local.ts).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { invaliderCacheChargeurs } from './cache-chargeurs.ts';
import { installerCdnLocal } from './cdn-local.ts';

const RACINE = dirname(dirname(fileURLToPath(import.meta.url)));
const CACHE = join(RACINE, 'src', '.observablehq', 'cache');

if (invaliderCacheChargeurs(RACINE, CACHE)) console.log('Moteur ou données modifiés : sorties des chargeurs de données recalculées.');
// Framework's anonymous usage telemetry would be a request to a foreign host.
process.env.OBSERVABLE_TELEMETRY_DISABLE ??= 'true';
installerCdnLocal(RACINE);
process.chdir(RACINE);
// The CLI module has no type declarations; it parses process.argv itself.
const CLI = '@observablehq/framework/dist/bin/observable.js';
await import(CLI);
