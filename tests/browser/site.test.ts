// Browser test: builds the site offline, serves dist/ locally and loads every page in headless Chromium.
// Fails on any request to another origin, any console error or uncaught exception; checks the DuckDB cell.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import type { Server } from 'node:http';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { tableFromIPC } from 'apache-arrow';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { construireSite } from '../site/construire.ts';
import { servirDossier } from '../site/serveur.ts';

const RACINE = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = join(RACINE, 'dist');
const CAPTURES = join(tmpdir(), 'dotations-captures');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Sum of the envelopes of the last year in the built Arrow file: the number the home page must show. */
function totalDerniereAnnee(dist: string): number {
  const dossier = join(dist, '_file', 'data');
  const fichier = readdirSync(dossier).find((f) => /^enveloppes\.[0-9a-f]+\.arrow$/.test(f));
  if (!fichier) throw new Error(`enveloppes.arrow absent de ${dossier}`);
  const lignes = tableFromIPC(readFileSync(join(dossier, fichier))).toArray().map((r) => r.toJSON() as { annee: number; montant: number });
  const derniere = Math.max(...lignes.map((r) => r.annee));
  return lignes.filter((r) => r.annee === derniere).reduce((s, r) => s + r.montant, 0);
}

/** Every page of the built site, as URL paths (index.html → /, foo/bar.html → /foo/bar). */
function pages(dossier: string): string[] {
  const liste: string[] = [];
  const parcourir = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory() && !e.name.startsWith('_')) parcourir(join(d, e.name));
      else if (e.isFile() && e.name.endsWith('.html') && e.name !== '404.html') {
        liste.push(`/${relative(dossier, join(d, e.name)).replace(/\.html$/, '').replace(/(^|\/)index$/, '$1')}`);
      }
    }
  };
  parcourir(dossier);
  return liste.sort();
}

describe('site construit hors ligne, dans Chromium', () => {
  let navigateur: Browser;
  let serveur: Server;
  let origine: string;

  beforeAll(async () => {
    construireSite(RACINE);
    ({ serveur, origine } = await servirDossier(DIST));
    navigateur = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
    mkdirSync(CAPTURES, { recursive: true });
  }, 300_000);

  afterAll(async () => {
    await navigateur?.close();
    serveur?.close();
  });

  it('le site a une page d’accueil', () => {
    expect(pages(DIST)).toContain('/');
  });

  for (const chemin of ['/']) {
    it(`page ${chemin} : aucune requête étrangère, aucune erreur, cellule DuckDB calculée`, async () => {
      const page = await navigateur.newPage({ viewport: { width: 1280, height: 1100 } });
      const etrangeres: string[] = [];
      const erreurs: string[] = [];
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (new URL(url).origin === origine || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
        etrangeres.push(url);
        return route.abort();
      });
      page.on('console', (m) => { if (m.type() === 'error') erreurs.push(`console : ${m.text()}`); });
      page.on('pageerror', (e) => erreurs.push(`exception : ${e.message}`));
      page.on('requestfailed', (r) => { if (new URL(r.url()).origin === origine) erreurs.push(`échec : ${r.url()}`); });
      const reponse = await page.goto(origine + chemin, { waitUntil: 'load' });
      expect(reponse?.status()).toBe(200);

      // DuckDB-wasm ran the SQL over the Arrow file produced by the loader: one row per year.
      const lignes = page.locator('#resultat-sql table tbody tr');
      await expect.poll(() => lignes.count(), { timeout: 60_000 }).toBeGreaterThan(3);
      const premiere = await lignes.first().locator('td').allInnerTexts();
      expect(premiere.join(' ')).toMatch(/2019/);
      // The number computed from the engine's parameters, and the Plot chart.
      const attendu = totalDerniereAnnee(DIST);
      await expect.poll(async () => (await page.locator('#total-enveloppes').innerText()).replace(/\D/g, ''), { timeout: 30_000 }).toBe(String(attendu));
      expect(await page.locator('figure svg, svg[class^="plot"]').count()).toBeGreaterThan(0);

      // The Input filters the number: unticking every dotation brings the total to 0 €.
      const avant = await page.locator('#total-enveloppes').innerText();
      const cases = page.locator('form input[type=checkbox]');
      for (let i = 0; i < (await cases.count()); i++) await cases.nth(i).uncheck();
      await expect.poll(() => page.locator('#total-enveloppes').innerText()).toMatch(/^0\s€$/);
      for (let i = 0; i < (await cases.count()); i++) await cases.nth(i).check();
      await expect.poll(() => page.locator('#total-enveloppes').innerText()).toBe(avant);

      await page.screenshot({ path: join(CAPTURES, `${chemin === '/' ? 'accueil' : chemin.slice(1).replace(/\//g, '-')}.png`), fullPage: true });
      await page.close();
      expect(etrangeres, 'requêtes vers une autre origine').toEqual([]);
      expect(erreurs, 'erreurs dans la console ou exceptions').toEqual([]);
    }, 120_000);
  }
});
