// Browser test: builds the site offline once, serves dist/ locally and loads every page in headless Chromium.
// Every page: no request to another origin, no console error or uncaught exception, the data banner. Then per page:
// the home page's totals and DuckDB cell, the commune page's explanation (engine run in the browser, checked against
// the engine run by the loader in Node), the reform page's live recomputation and French validation errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Server } from 'node:http';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { tableFromIPC, type Table } from 'apache-arrow';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AVERTISSEMENT_SYNTHETIQUE } from '../../data/synthetique/index.ts';
import { construireSite } from '../site/construire.ts';
import { servirDossier } from '../site/serveur.ts';

const RACINE = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = join(RACINE, 'dist');
const CAPTURES = process.env.DOTATIONS_CAPTURES ?? join(tmpdir(), 'dotations-captures');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const DOTATIONS = ['dotation_forfaitaire', 'dotation_solidarite_rurale', 'dsu_montant', 'dotation_nationale_perequation', 'dotation_communes_nouvelles'];

/** A member of the built site's data archive (Arrow stream) with its `meta` schema metadata. */
function fichierConstruit(nom: string): { table: Table; meta: Record<string, unknown> } {
  const dossier = join(DIST, '_file', 'data', 'site');
  const fichier = readdirSync(dossier).find((f) => new RegExp(`^${nom}\\.[0-9a-f]+\\.arrow$`).test(f));
  if (!fichier) throw new Error(`${nom}.arrow absent de ${dossier}`);
  const table = tableFromIPC(readFileSync(join(dossier, fichier)));
  return { table, meta: JSON.parse(table.schema.metadata.get('meta') ?? '{}') };
}

const somme = (c: ArrayLike<number>) => Array.from(c).reduce((s, x) => s + x, 0);
const chiffres = (t: string) => t.replace(/\D/g, '');

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

  /** Opens a page, runs `verifier`, takes a screenshot, then checks foreign requests and errors. */
  async function visiter(chemin: string, verifier: (page: Page) => Promise<void>): Promise<void> {
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
    page.on('requestfailed', (r) => { if (new URL(r.url()).origin === origine) erreurs.push(`échec : ${r.url()} (${r.failure()?.errorText})`); });
    try {
      const reponse = await page.goto(origine + chemin, { waitUntil: 'load' });
      expect(reponse?.status()).toBe(200);
      // The data banner: origin of the data, and for the synthetic France the warning, seed and generator version.
      const { meta } = fichierConstruit(chemin === '/' ? 'resultats' : 'france');
      const bandeau = page.locator('#bandeau-donnees');
      await expect.poll(() => bandeau.count(), { timeout: 60_000 }).toBe(1);
      const texte = await bandeau.innerText();
      if (meta.synthetique) {
        expect(texte).toContain(AVERTISSEMENT_SYNTHETIQUE);
        expect(texte).toContain(`graine ${meta.graine}`);
        expect(texte).toContain(`version ${meta.versionGenerateur}`);
      } else expect(texte).toContain('Données officielles');
      await verifier(page);
      await page.screenshot({ path: join(CAPTURES, `${chemin === '/' ? 'accueil' : chemin.slice(1).replace(/\//g, '-')}.png`), fullPage: true });
    } finally {
      await page.close();
    }
    expect(etrangeres, 'requêtes vers une autre origine').toEqual([]);
    expect(erreurs, 'erreurs dans la console ou exceptions').toEqual([]);
  }

  it('le site a ses trois pages', () => {
    expect(pages(DIST)).toEqual(['/', '/commune', '/reforme']);
  });

  it('accueil : totaux nationaux de la simulation, filtre, graphique et cellule DuckDB', async () => {
    const { table } = fichierConstruit('resultats');
    const colonne = (nom: string) => table.getChild(nom)!.toArray() as Float64Array;
    await visiter('/', async (page) => {
      // DuckDB-wasm ran the SQL over the Arrow file produced by the loader: one row per strate, strate 1 first.
      const lignes = page.locator('#resultat-sql table tbody tr');
      await expect.poll(() => lignes.count(), { timeout: 60_000 }).toBeGreaterThan(3);
      expect((await lignes.first().locator('td').allInnerTexts()).join(' ')).toMatch(/^\s*1\s/);
      // Card of each dotation = the national sum of its column; the total = the sum of all of them.
      const cartes = await page.locator('#cartes-dotations').innerText();
      for (const d of DOTATIONS) expect(chiffres(cartes)).toContain(String(Math.round(somme(colonne(d)))));
      const total = Math.round(DOTATIONS.reduce((s, d) => s + somme(colonne(d)), 0));
      await expect.poll(async () => chiffres(await page.locator('#total-dotations').innerText()), { timeout: 30_000 }).toBe(String(total));
      expect(await page.locator('#total-dotations').innerText()).toMatch(/^\d{1,3}(\u202f\d{3})+\u00a0€$/);
      expect(await page.locator('figure svg, svg[class^="plot"]').count()).toBeGreaterThan(0);
      // The Input filters the number: unticking every dotation brings the total to 0 €.
      const avant = await page.locator('#total-dotations').innerText();
      const cases = page.locator('form input[type=checkbox]');
      for (let i = 0; i < (await cases.count()); i++) await cases.nth(i).uncheck();
      await expect.poll(() => page.locator('#total-dotations').innerText()).toMatch(/^0\s€$/);
      for (let i = 0; i < (await cases.count()); i++) await cases.nth(i).check();
      await expect.poll(() => page.locator('#total-dotations').innerText()).toBe(avant);
    });
  }, 180_000);

  it('commune : montants et étapes du calcul d’une commune connue, calculés dans le navigateur', async () => {
    const { table } = fichierConstruit('resultats');
    const codes = table.getChild('code_insee')!.toArray() as string[];
    const noms = table.getChild('nom')!.toArray() as string[];
    const cible = table.getChild('dsr_fraction_cible')!.toArray() as Float64Array;
    const dgf = table.getChild('dotation_globale_fonctionnement_communes')!.toArray() as Float64Array;
    // A commune that receives the DSR cible, so that its explanation has DSR steps.
    const i = cible.findIndex((x) => x > 0);
    expect(i).toBeGreaterThanOrEqual(0);
    await visiter('/commune', async (page) => {
      const saisie = page.locator('input[type=text]').first();
      await expect.poll(() => page.locator('#etapes tr.etape').count(), { timeout: 60_000 }).toBeGreaterThan(20);
      await saisie.fill(`${noms[i]} (${codes[i]})`);
      await expect.poll(() => page.locator('#commune-choisie').innerText(), { timeout: 30_000 }).toContain(`(${codes[i]})`);
      // The engine bundled for the browser gives the amount the engine computed in Node for the loader.
      expect(chiffres(await page.locator('#dgf-commune').innerText())).toBe(String(Math.round(dgf[i])));
      const etapes = await page.locator('#etapes').innerText();
      expect(etapes).toContain('Strate démographique');
      expect(etapes).toContain('Dotation de solidarité rurale');
      expect(etapes).toMatch(/CGCT art\. L\.2334\u201122\u20111/); // non-breaking hyphens
      expect(await page.locator('#distances tbody tr').count()).toBeGreaterThan(0);
      // By code INSEE alone, then an unknown text: a French message.
      await saisie.fill(codes[0]);
      await expect.poll(() => page.locator('#commune-choisie').innerText()).toContain(`(${codes[0]})`);
      await saisie.fill('Commune qui n’existe pas');
      await expect.poll(() => page.locator('#commune-introuvable').count()).toBe(1);
      expect(await page.locator('#commune-introuvable').innerText()).toContain('Aucune commune ne correspond');
      await saisie.fill(`${noms[i]} (${codes[i]})`);
      await expect.poll(() => page.locator('#commune-choisie').count()).toBe(1);
      expect(new URL(page.url()).hash).toBe(`#${codes[i]}`);
      // The address names the commune: reloading shows it again.
      await page.reload({ waitUntil: 'load' });
      await expect.poll(() => page.locator('#commune-choisie').innerText(), { timeout: 60_000 }).toContain(`(${codes[i]})`);
    });
  }, 180_000);

  it('réforme : le droit en vigueur ne change rien, un paramètre modifié change les montants, une erreur est expliquée', async () => {
    const { table } = fichierConstruit('resultats');
    await visiter('/reforme', async (page) => {
      await expect.poll(() => page.locator('#gagnantes').count(), { timeout: 60_000 }).toBe(1);
      // The engine in the browser, fed from france.arrow, gives for every dotation the national total the engine gave
      // in Node for resultats.arrow (every commune counts).
      const enVigueur = await page.locator('#nationaux-reforme tbody tr').evaluateAll((lignes) => lignes.map((l) => (l as HTMLElement).innerText.split('\t')));
      const libelles = ['Dotation forfaitaire', 'Dotation de solidarité rurale', 'Dotation de solidarité urbaine', 'Dotation nationale de péréquation', 'Dotation des communes nouvelles'];
      libelles.forEach((libelle, k) => {
        const ligne = enVigueur.find((l) => l[0] === libelle);
        expect(ligne, libelle).toBeDefined();
        expect(chiffres(ligne![1]), libelle).toBe(String(Math.round(somme(table.getChild(DOTATIONS[k])!.toArray() as Float64Array))));
      });
      expect(await page.locator('#gagnantes').innerText()).toBe('0');
      expect(await page.locator('#perdantes').innerText()).toBe('0');
      expect(await page.locator('#sans-variation').count()).toBe(1);
      expect(await page.locator('#duree-reforme').innerText()).toMatch(/en [\d\u202f]+\u00a0ms/);
      // DSR cible reserved to the first 5,000 communes of the index instead of 10,000: communes lose it.
      await page.locator('.reglages input[type=number]').first().fill('5000');
      await expect.poll(async () => Number(chiffres(await page.locator('#perdantes').innerText())), { timeout: 30_000 }).toBeGreaterThan(0);
      const cibleLigne = await page.locator('#nationaux-reforme tr', { hasText: 'dont DSR cible' }).locator('td').allInnerTexts();
      const [avant, apres] = [Number(chiffres(cibleLigne[4])), Number(chiffres(cibleLigne[5]))];
      expect(apres).toBeLessThan(avant);
      // +100 M€ on the DSR envelopes: the DSR distributed grows by 100 M€ (within 0.1 %: the N-1 → N growth rate).
      await page.locator('.reglages input[type=number]').nth(1).fill('100');
      const ecartDsr = async () => (await page.locator('#nationaux-reforme tr', { hasText: 'Dotation de solidarité rurale' }).locator('td').allInnerTexts())[3];
      // Polled on the figure itself: the previous reform (cible at 5,000) may already show a small positive écart.
      await expect.poll(async () => Math.abs(Number(chiffres(await ecartDsr())) - 100_000_000), { timeout: 30_000 }).toBeLessThan(100_000);
      expect(await ecartDsr()).toMatch(/^\+/);
      expect(await page.locator('figure svg, svg[class^="plot"]').count()).toBeGreaterThan(0);
      // Validation by the engine (validerReforme): French message naming the parameter.
      const libre = page.locator('textarea');
      await libre.fill('{"dotation_solidarite_urbaine.eligibilite.part_eligible_seuil_bas": 3}');
      await page.getByRole('button', { name: 'Appliquer' }).click();
      await expect.poll(() => page.locator('#erreur-reforme').count(), { timeout: 30_000 }).toBe(1);
      expect(await page.locator('#erreur-reforme').innerText()).toMatch(/part_eligible_seuil_bas.*une part comprise entre 0 et 1/);
      await libre.fill('{pas du json');
      await page.getByRole('button', { name: 'Appliquer' }).click();
      await expect.poll(() => page.locator('#erreur-reforme').innerText()).toMatch(/JSON invalide/);
      await libre.fill('');
      await page.getByRole('button', { name: 'Appliquer' }).click();
      await expect.poll(() => page.locator('#perdantes').count()).toBe(1);
    });
  }, 180_000);
});
