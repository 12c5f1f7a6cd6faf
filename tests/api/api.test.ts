// The HTTP API over real HTTP: server on an ephemeral port, called with fetch. Data: 12 communes written in the
// DGCL format, normalised into tables (2025, discovered by chargerDonnees) and read as a synthetic year (2024).
import { mkdtemp, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expliquer, simuler } from "../../engine/index.ts";
import { construireTablesAnnee, normaliserAnnee } from "../../data/normalisation/construire.ts";
import { AVERTISSEMENT_SYNTHETIQUE, VERSION_GENERATEUR } from "../../data/synthetique/avertissement.ts";
import { chargerDonnees, preparerAnnee, sourceSynthetique, type DonneesAnnee } from "../../api/serveur/donnees.ts";
import { creerServeur, ecouter } from "../../api/serveur/serveur.ts";
import { ROUTES } from "../../api/serveur/routes.ts";
import { DOCUMENT_OPENAPI } from "../../api/serveur/openapi.ts";
import { MAX_COMMUNES_SIMULATION } from "../../api/serveur/calculs.ts";
import { csvDgcl } from "../data/outils.ts";

// Potentiel fiscal per inhabitant above 1000 × the national mean: no commune écrêtée any more.
const SANS_ECRETEMENT = { "dotation_forfaitaire.ecretement.seuil_rapport_potentiel_fiscal": 1000 };
let serveur: Server, url: string, donnees: Map<number, DonneesAnnee>, d2025: DonneesAnnee;
const tablesAvant = process.env.DOTATIONS_TABLES;

beforeAll(async () => {
  const d = await mkdtemp(join(tmpdir(), "dotations-api-"));
  process.env.DOTATIONS_TABLES = join(d, "tables");
  const n = join(d, "n.csv"), avant = join(d, "avant.csv");
  await writeFile(n, csvDgcl(2025, 12));
  await writeFile(avant, csvDgcl(2024, 12));
  await construireTablesAnnee(2025, { n, nMoins1: avant });
  const journal: string[] = [];
  donnees = await chargerDonnees({ journal: (m) => journal.push(m) });
  expect(journal.some((m) => m.startsWith("2025 : 12 communes, tables normalisées"))).toBe(true);
  d2025 = donnees.get(2025)!;
  const e2024 = await normaliserAnnee(2024, { n: avant });
  donnees.set(2024, preparerAnnee(2024, sourceSynthetique(7, "France synthétique de test"), e2024.communes, e2024.resultatsPrecedents));
  serveur = creerServeur({ donnees });
  url = await ecouter(serveur, 0, "127.0.0.1");
}, 60000);

afterAll(async () => {
  await new Promise((fin) => serveur.close(fin));
  if (tablesAvant === undefined) delete process.env.DOTATIONS_TABLES;
  else process.env.DOTATIONS_TABLES = tablesAvant;
});

async function appeler(chemin: string, init?: RequestInit): Promise<{ statut: number; corps: any; entetes: Headers }> {
  const r = await fetch(url + chemin, init);
  expect(r.headers.get("content-type")).toBe("application/json; charset=utf-8");
  return { statut: r.status, corps: await r.json(), entetes: r.headers };
}
const poster = (chemin: string, corps: unknown) => appeler(chemin, { method: "POST", body: typeof corps === "string" ? corps : JSON.stringify(corps), headers: { "content-type": "application/json" } });

describe("GET /api/annees", () => {
  it("liste les années, leur nombre de communes et l'origine des données (avertissement pour le synthétique)", async () => {
    const { statut, corps } = await appeler("/api/annees");
    expect(statut).toBe(200);
    const parAnnee = Object.fromEntries(corps.annees.map((a: any) => [a.annee, a]));
    expect(parAnnee[2025]).toEqual({ annee: 2025, communes: 12, source: { type: "tables", description: expect.stringContaining("entrees-2025.arrow") } });
    expect(parAnnee[2024].source).toEqual({ type: "synthetique", description: "France synthétique de test", avertissement: AVERTISSEMENT_SYNTHETIQUE, graine: 7, versionGenerateur: VERSION_GENERATEUR });
  });
});

describe("GET /api/{annee}/communes/{code}", () => {
  it("renvoie les critères bruts et les dotations calculées de la commune (noms de la spécification)", async () => {
    const i = 3, code = d2025.communes.code_insee[i];
    const { statut, corps } = await appeler(`/api/2025/communes/${code}`);
    expect(statut).toBe(200);
    expect(corps.avertissement).toBeUndefined();
    expect(corps.code_insee).toBe(code);
    expect(corps.criteres.population_dgf).toBe(d2025.communes.population_dgf[i]);
    expect(corps.criteres.zrr).toBe(d2025.communes.zrr[i]);
    expect(corps.criteres_n_moins_1.dotation_forfaitaire).toBe(d2025.resultatsPrecedents!.dotation_forfaitaire[i]);
    // Recomputed independently of the server's baseline.
    const s = simuler({ annee: 2025, communes: d2025.communes, resultatsPrecedents: d2025.resultatsPrecedents });
    for (const nom of ["dotation_forfaitaire", "dsr_fraction_cible", "dsu_montant", "dotation_globale_fonctionnement_communes"]) expect(corps.dotations[nom], nom).toBe(s.communes[nom][i]);
    expect(corps.dotations.population_dgf).toBeUndefined(); // inputs are under criteres only
  });
  it("porte l'avertissement, la graine et la version du générateur sur des données synthétiques", async () => {
    const { corps } = await appeler(`/api/2024/communes/${donnees.get(2024)!.communes.code_insee[0]}`);
    expect(corps).toMatchObject({ avertissement: AVERTISSEMENT_SYNTHETIQUE, graine: 7, versionGenerateur: VERSION_GENERATEUR, annee: 2024 });
  });
  it("404 en français pour une commune ou une année inconnue", async () => {
    const c = await appeler("/api/2025/communes/99999");
    expect(c.statut).toBe(404);
    expect(c.corps).toEqual({ statut: 404, erreur: "Commune « 99999 » introuvable en 2025 (code INSEE à 5 caractères attendu, par exemple 01001)." });
    const a = await appeler(`/api/2031/communes/${d2025.communes.code_insee[0]}`);
    expect(a.statut).toBe(404);
    expect(a.corps.erreur).toBe("Année « 2031 » non disponible (années disponibles : 2025, 2024).");
    expect((await appeler("/api/deux-mille/national")).statut).toBe(404);
    expect((await appeler("/api/2025/communes/%E0%A4%A")).statut).toBe(400);
  });
});

describe("GET /api/{annee}/communes/{code}/explication", () => {
  it("renvoie les étapes d'expliquer() pour la commune", async () => {
    const code = d2025.communes.code_insee[5];
    const { statut, corps } = await appeler(`/api/2025/communes/${code}/explication`);
    expect(statut).toBe(200);
    expect(corps).toEqual(JSON.parse(JSON.stringify(expliquer(code, d2025.base))));
    expect(corps.etapes.length).toBeGreaterThan(10);
    expect(corps.etapes.find((e: any) => e.variable === "dotation_forfaitaire").valeur).toBe(d2025.base.communes.dotation_forfaitaire[5]);
  });
});

describe("GET /api/{annee}/national", () => {
  it("renvoie variables nationales, totaux des dotations et nombres d'éligibles", async () => {
    const { statut, corps } = await appeler("/api/2025/national");
    expect(statut).toBe(200);
    expect(corps.communes).toBe(12);
    expect(corps.national).toEqual(d2025.base.national);
    let df = 0, dsu = 0;
    for (let i = 0; i < 12; i++) {
      df += d2025.base.communes.dotation_forfaitaire[i];
      dsu += d2025.base.communes.dsu_eligible[i];
    }
    expect(corps.totaux.dotation_forfaitaire).toBe(df);
    expect(corps.nombres_eligibles.dsu_eligible).toBe(dsu);
    expect(corps.nombres_eligibles.dsu_montant_eligible).toBeUndefined(); // an amount, not an eligibility
  });
});

describe("POST /api/{annee}/simulation", () => {
  it("réforme vide : avant = après partout, écarts nuls", async () => {
    const codes = d2025.communes.code_insee.slice(0, 2);
    const { statut, corps } = await poster("/api/2025/simulation", { reforme: {}, communes: codes });
    expect(statut).toBe(200);
    expect(corps.communes.map((c: any) => c.code_insee)).toEqual(codes);
    for (const groupe of [corps.national, corps.totaux, ...corps.communes.map((c: any) => c.dotations)]) {
      for (const [nom, e] of Object.entries<any>(groupe)) expect(e.ecart, nom).toBe(0);
    }
  });
  it("seuil d'écrêtement de la DF hors d'atteinte : plus aucune commune écrêtée, écarts = après − avant", async () => {
    const ecretees = [...d2025.base.communes.df_eligible_ecretement.keys()].filter((i) => d2025.base.communes.df_eligible_ecretement[i]);
    expect(ecretees.length).toBeGreaterThan(0);
    const codes = ecretees.map((i) => d2025.communes.code_insee[i]);
    const { statut, corps } = await poster("/api/2025/simulation", { reforme: SANS_ECRETEMENT, communes: codes });
    expect(statut).toBe(200);
    expect(corps.nombres_eligibles.df_eligible_ecretement).toEqual({ avant: ecretees.length, apres: 0, ecart: -ecretees.length });
    const attendu = simuler({ annee: 2025, communes: d2025.communes, resultatsPrecedents: d2025.resultatsPrecedents, reforme: SANS_ECRETEMENT });
    ecretees.forEach((i, k) => {
      const avant = d2025.base.communes.dotation_forfaitaire[i], apres = attendu.communes.dotation_forfaitaire[i];
      expect(corps.communes[k].dotations.dotation_forfaitaire).toEqual({ avant, apres, ecart: apres - avant });
      expect(corps.communes[k].dotations.df_montant_ecretement.apres).toBe(0);
    });
    expect(corps.totaux.dotation_forfaitaire.ecart).toBeCloseTo(ecretees.reduce((s, i) => s + attendu.communes.dotation_forfaitaire[i] - d2025.base.communes.dotation_forfaitaire[i], 0), 6);
  });
  it("sans liste de communes : résumé gagnantes / perdantes / inchangées de toutes les communes", async () => {
    const { corps } = await poster("/api/2025/simulation", { reforme: SANS_ECRETEMENT });
    expect(corps.communes).toBeUndefined();
    const r = corps.resume;
    expect(r.gagnantes + r.perdantes + r.inchangees).toBe(12);
    expect(r.gagnantes).toBeGreaterThan(0);
    for (const c of r.plus_fortes_hausses) expect(c.ecart).toBeGreaterThan(0.5);
    for (const c of r.plus_fortes_baisses) expect(c.ecart).toBeLessThan(-0.5);
    expect(r.plus_fortes_hausses.length + r.plus_fortes_baisses.length).toBe(Math.min(r.gagnantes, 10) + Math.min(r.perdantes, 10));
  });
  it("synthétique : la comparaison porte l'avertissement", async () => {
    const { corps } = await poster("/api/2024/simulation", { reforme: {} });
    expect(corps.avertissement).toBe(AVERTISSEMENT_SYNTHETIQUE);
  });
  it("400 en français : JSON invalide, corps vide, champ inconnu, paramètre inconnu, commune inconnue, liste trop longue", async () => {
    const cas: [unknown, string | RegExp][] = [
      ["{reforme", /^Corps de la requête : JSON invalide/],
      ["", "Corps de la requête vide : un objet JSON est attendu."],
      [[1], /^Corps JSON attendu/],
      [{ reforme: {}, commune: ["01001"] }, "Champ inconnu dans le corps : « commune » (attendus : reforme, communes)."],
      [{}, /^Champ « reforme » obligatoire/],
      [{ reforme: { "dsr.inexistant": 3 } }, /^Réforme : paramètre inconnu « dsr\.inexistant »/],
      [{ reforme: {}, communes: ["00000"] }, "Champ « communes » : commune « 00000 » introuvable en 2025."],
      [{ reforme: {}, communes: "01001" }, "Champ « communes » : une liste de codes INSEE (chaînes) est attendue."],
      [{ reforme: {}, communes: Array(MAX_COMMUNES_SIMULATION + 1).fill("01001") }, /^Champ « communes » : au plus 1000 communes \(1001 reçues\)/],
    ];
    for (const [corps, message] of cas) {
      const r = await poster("/api/2025/simulation", corps);
      expect(r.statut, JSON.stringify(corps).slice(0, 40)).toBe(400);
      expect(r.corps.erreur).toMatch(message);
    }
  });
  it("413 pour un corps de plus d'un mégaoctet", async () => {
    const r = await poster("/api/2025/simulation", JSON.stringify({ reforme: {}, x: "a".repeat(1 << 20) }));
    expect(r.statut).toBe(413);
  });
});

describe("routage, méthodes, CORS", () => {
  it("404 pour un chemin inconnu, 405 avec l'en-tête Allow pour une méthode non permise", async () => {
    const inconnu = await appeler("/api/2025/departements");
    expect(inconnu.statut).toBe(404);
    expect(inconnu.corps.erreur).toBe("Chemin inconnu : /api/2025/departements (voir /api/openapi.json).");
    const m = await appeler("/api/2025/simulation");
    expect(m.statut).toBe(405);
    expect(m.entetes.get("allow")).toBe("POST");
    expect(m.corps.erreur).toBe("Méthode GET non permise sur /api/2025/simulation (permises : POST).");
    expect((await appeler("/api/annees", { method: "DELETE" })).statut).toBe(405);
  });
  it("pas d'en-tête CORS par défaut ; avec une origine configurée, en-tête et pré-vol OPTIONS", async () => {
    expect((await fetch(url + "/api/annees")).headers.get("access-control-allow-origin")).toBeNull();
    const s = creerServeur({ donnees, cors: "*" });
    const u = await ecouter(s, 0, "127.0.0.1");
    try {
      expect((await fetch(u + "/api/annees")).headers.get("access-control-allow-origin")).toBe("*");
      const pre = await fetch(u + "/api/2025/simulation", { method: "OPTIONS" });
      expect(pre.status).toBe(204);
      expect(pre.headers.get("access-control-allow-methods")).toBe("POST");
    } finally {
      await new Promise((fin) => s.close(fin));
    }
  });
  it("500 en français (sans détail interne) quand un gestionnaire échoue", async () => {
    const casse = new Map([[2025, { ...d2025, base: undefined } as unknown as DonneesAnnee]]);
    const journal: string[] = [];
    const s = creerServeur({ donnees: casse, journal: (m) => journal.push(m) });
    const u = await ecouter(s, 0, "127.0.0.1");
    try {
      const r = await fetch(u + "/api/2025/national");
      expect(r.status).toBe(500);
      expect(await r.json()).toEqual({ statut: 500, erreur: "Erreur interne du serveur." });
      expect(journal[0]).toMatch(/^Erreur interne sur GET \/api\/2025\/national/);
    } finally {
      await new Promise((fin) => s.close(fin));
    }
  });
});

describe("GET /api/openapi.json", () => {
  it("document OpenAPI 3.1 servi tel quel, qui décrit exactement les routes du routeur", async () => {
    const { statut, corps } = await appeler("/api/openapi.json");
    expect(statut).toBe(200);
    expect(corps).toEqual(JSON.parse(JSON.stringify(DOCUMENT_OPENAPI)));
    expect(corps.openapi).toBe("3.1.0");
    const decrites = Object.entries<Record<string, unknown>>(corps.paths).flatMap(([chemin, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${chemin}`));
    expect(decrites.sort()).toEqual(ROUTES.map((r) => `${r.methode} ${r.chemin}`).sort());
    // Every path parameter of a template is declared, and every declared one is in the template.
    for (const [chemin, ops] of Object.entries<Record<string, { parameters?: { name: string; in: string }[] }>>(corps.paths)) {
      const dansChemin = [...chemin.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const op of Object.values(ops)) expect((op.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name).sort(), chemin).toEqual(dansChemin);
    }
  });
});

describe("dotations serveur", () => {
  it("démarre depuis la ligne de commande sur un port libre, répond, et s'arrête sur SIGTERM", async () => {
    const { spawn } = await import("node:child_process");
    const { racineDepot } = await import("../../data/acquisition/chemins.ts");
    const p = spawn("node", [join(racineDepot(), "api/bin/dotations.js"), "serveur", "--port", "0"], { env: { ...process.env } });
    try {
      const adresse = await new Promise<string>((ok, ko) => {
        let texte = "";
        p.stdout.on("data", (m) => {
          texte += m;
          const r = /API prête : (http:\/\/[^/]+)\/api\/annees/.exec(texte);
          if (r) ok(r[1]);
        });
        p.once("exit", (code) => ko(new Error(`serveur arrêté (code ${code})`)));
      });
      const r = await fetch(adresse + "/api/annees");
      expect((await r.json()).annees.map((a: any) => a.annee)).toContain(2025);
    } finally {
      const fin = new Promise((ok) => p.once("exit", ok));
      p.kill("SIGTERM");
      expect(await fin).toBe(0);
    }
  }, 60000);
  it("option invalide : message en français, code 2", async () => {
    const { principal } = await import("../../api/cli/index.ts");
    const { sortie } = await import("../../api/cli/commande.ts");
    const messages: string[] = [];
    const { erreur } = sortie;
    sortie.erreur = (t) => void messages.push(t);
    try {
      expect(await principal(["serveur", "--port", "99999"])).toBe(2);
    } finally {
      sortie.erreur = erreur;
    }
    expect(messages[0]).toMatch(/^--port « 99999 » invalide : entier de 0 à 65535 attendu/);
  });
});
