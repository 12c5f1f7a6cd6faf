// Minimal static server for the built site (dist/), with Framework's clean URLs (/page → page.html).
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.arrow': 'application/vnd.apache.arrow.file',
  '.parquet': 'application/vnd.apache.parquet',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Serves `dossier` on 127.0.0.1 (random port); resolves with the server and its origin. */
export async function servirDossier(dossier: string): Promise<{ serveur: Server; origine: string }> {
  const serveur = createServer((req, res) => {
    const chemin = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const candidats = [join(dossier, chemin), join(dossier, `${chemin}.html`), join(dossier, chemin, 'index.html')];
    const fichier = candidats.find((f) => f.startsWith(dossier) && existsSync(f) && statSync(f).isFile());
    if (!fichier) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('introuvable');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(fichier)] ?? 'application/octet-stream' }).end(readFileSync(fichier));
  });
  await new Promise<void>((ok) => serveur.listen(0, '127.0.0.1', ok));
  return { serveur, origine: `http://127.0.0.1:${(serveur.address() as AddressInfo).port}` };
}
