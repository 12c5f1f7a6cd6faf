import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ErreurDonnees, Problemes } from "../../data/lecture/probleme.ts";
import { ecrireTableArrow, lireTableArrow } from "../../data/normalisation/arrow.ts";
import { telechargerMontantsOfgl } from "../../data/ofgl/api.ts";
import { lireDossierOfgl } from "../../data/ofgl/lire.ts";
import { racineDepot } from "../../data/acquisition/chemins.ts";
import { PAGE_DGCL } from "../../data/acquisition/registre.ts";
import { telecharger, telechargerCriteres } from "../../data/acquisition/telecharger.ts";

const CONTENU = Buffer.from("Informations générales - Code INSEE de la commune\n01001\n".repeat(2000));
let serveur: Server;
let base: string;
const routes = new Map<string, (url: URL) => { statut?: number; type?: string; corps: string | Buffer }>();

beforeAll(async () => {
  serveur = createServer((req, res) => {
    const url = new URL(req.url!, "http://127.0.0.1");
    const route = routes.get(url.pathname);
    if (!route) return res.writeHead(404).end("introuvable");
    const r = route(url);
    const corps = typeof r.corps === "string" ? Buffer.from(r.corps) : r.corps;
    res.writeHead(r.statut ?? 200, { "content-type": r.type ?? "application/octet-stream", "content-length": corps.length }).end(corps);
  });
  await new Promise<void>((ok) => serveur.listen(0, "127.0.0.1", ok));
  base = `http://127.0.0.1:${(serveur.address() as AddressInfo).port}`;
  routes.set("/criteres-2025.xlsx", () => ({ corps: CONTENU }));
  routes.set("/api/1/datasets/criteres-de-repartition-des-dotations-versees-par-letat-aux-collectivites-territoriales/", () => ({
    type: "application/json",
    corps: JSON.stringify({ resources: [
      { title: "Critères 2025 des départements", url: `${base}/dep.csv` },
      { title: "Critères de répartition 2025 - Communes", url: `${base}/criteres-2025.xlsx` },
      { title: "Critères de répartition 2024 - Communes", url: `${base}/absent.xlsx` },
    ] }),
  }));
});
afterAll(() => serveur.close());

describe("téléchargement (serveur local 127.0.0.1)", () => {
  it("écrit le fichier, rend sa somme SHA-256 et ne laisse pas de fichier partiel", async () => {
    const dossier = await mkdtemp(join(tmpdir(), "dotations-"));
    const somme = await telecharger(`${base}/criteres-2025.xlsx`, join(dossier, "f.xlsx"), { barre: false });
    expect(somme).toBe(createHash("sha256").update(CONTENU).digest("hex"));
    expect(await readFile(join(dossier, "f.xlsx"))).toEqual(CONTENU);
    expect(await readdir(dossier)).toEqual(["f.xlsx"]);
    await expect(telecharger(`${base}/criteres-2025.xlsx`, join(dossier, "g.xlsx"), { barre: false, sha256: "0".repeat(64) })).rejects.toThrow(/somme de contrôle inattendue/);
    expect(await readdir(dossier)).toEqual(["f.xlsx"]);
  });
  it("trouve la ressource de l'année sur data.gouv.fr et la met en cache", async () => {
    const dossier = await mkdtemp(join(tmpdir(), "dotations-"));
    const r = await telechargerCriteres(2025, { dossier, api: `${base}/api/1`, barre: false });
    expect(r.url).toBe(`${base}/criteres-2025.xlsx`);
    expect(r.chemin).toBe(join(dossier, "criteres-repartition-communes-2025.xlsx"));
  });
  it("en cas d'échec, dit quel fichier chercher, où, et où le poser", async () => {
    const dossier = await mkdtemp(join(tmpdir(), "dotations-"));
    const e = await telechargerCriteres(2024, { dossier, api: `${base}/api/1`, barre: false }).catch((x) => x);
    expect(e).toBeInstanceOf(ErreurDonnees);
    expect(e.message).toContain("Impossible de télécharger le fichier des critères de répartition 2024 (le serveur a répondu 404");
    expect(e.message).toContain(PAGE_DGCL);
    expect(e.message).toContain(`« criteres-repartition-communes-2024.xlsx » dans ${dossier}`);
    expect(e.message).toContain("DOTATIONS_DONNEES");
  });
});

describe("montants notifiés OFGL", () => {
  const dossier = resolve(racineDepot(), "../shared/dgcl/raw/rouages.fr-ofgl-dotations");
  it.runIf(existsSync(dossier))("lit tous les fichiers *-dotations.json présents", async () => {
    const p = new Problemes();
    const m = (await lireDossierOfgl(dossier, p))!;
    expect(p.nbErreurs).toBe(0);
    const fichiers = (await readdir(dossier)).filter((f) => f.endsWith("-dotations.json"));
    const attendu = fichiers.reduce((s, f) => s + Object.keys(JSON.parse(readFileSync(join(dossier, f), "utf8")).c).length, 0);
    expect(m.code_insee.length).toBe(attendu);
    expect(m.annees).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    const i = m.code_insee.indexOf("93001");
    expect(m.dgf[0][i]).toBe(25733123); // Aubervilliers, DGF 2018 (SOURCES.md excerpt)
    expect(m.composantes.dotation_forfaitaire[i]).toBe(8621871);
    expect(Number.isNaN(m.dcn[8][i])).toBe(true);
    const sd = m.code_insee.indexOf("93066");
    expect(m.dcn[7][sd]).toBeGreaterThan(0); // Saint-Denis, commune nouvelle in 2025
  });
  it("client de l'API OFGL : années publiées, export par année, communes fusionnées additionnées", async () => {
    routes.set("/ofgl/records", () => ({ type: "application/json", corps: JSON.stringify({ results: [{ exercice: "2025" }, { exercice: "2017" }, { exercice: "2024" }] }) }));
    routes.set("/ofgl/exports/csv", (url) => {
      const an = /exercice>=(\d{4})/.exec(url.searchParams.get("where")!)![1];
      const lignes = an === "2024"
        ? ["93066;Montant Dotation DGF;1000", "93059;Montant Dotation DGF;500", "01001;Montant Dotation DGF;10"]
        : ["93066;Montant Dotation DGF;1600", "93066;Montant Dotation forfaitaire;900", "93066;Montant Dotation DSR;700", "93066;Montant global réparti - DSR Cible;700", "93066;Montant Dotation Commune nouvelle;42", "01001;Montant Dotation DGF;11", "01001;Montant Dotation DNP;"];
      return { type: "text/csv", corps: ["code_insee;variable;valeur", ...lignes].join("\n") };
    });
    const m = await telechargerMontantsOfgl(`${base}/ofgl`);
    expect(m.annees).toEqual([2024, 2025]);
    const sd = m.code_insee.indexOf("93066");
    expect([m.dgf[0][sd], m.dgf[1][sd]]).toEqual([1500, 1600]);
    expect([Number.isNaN(m.dcn[0][sd]), m.dcn[1][sd]]).toEqual([true, 42]);
    expect(m.composantes.dotation_forfaitaire[sd]).toBe(900);
    expect(m.composantes.dsr_fraction_cible[sd]).toBe(700);
    expect(m.dgf[1][m.code_insee.indexOf("01001")]).toBe(11);
    expect(m.code_insee).not.toContain("93059");
  });
});

describe("tables Arrow", () => {
  it("relit les colonnes avec leur type et les métadonnées", async () => {
    const chemin = join(await mkdtemp(join(tmpdir(), "dotations-")), "t.arrow");
    await ecrireTableArrow(chemin, { code_insee: ["01001", "2A004"], x: new Float64Array([1.5, NaN]), b: new Uint8Array([1, 0]), d: new Int32Array([20240101, 0]) }, { annee: "2025" });
    const t = await lireTableArrow(chemin);
    expect(t.nbLignes).toBe(2);
    expect(t.colonnes.code_insee).toEqual(["01001", "2A004"]);
    expect(t.colonnes.x).toBeInstanceOf(Float64Array);
    expect(Number.isNaN((t.colonnes.x as Float64Array)[1])).toBe(true);
    expect(t.colonnes.b).toEqual(new Uint8Array([1, 0]));
    expect(t.colonnes.d).toEqual(new Int32Array([20240101, 0]));
    expect(t.metadonnees.get("annee")).toBe("2025");
  });
  it("relit les chaînes ASCII et multi-octets (accents, caractères hors BMP, chaînes vides)", async () => {
    const chemin = join(await mkdtemp(join(tmpdir(), "dotations-")), "s.arrow");
    const noms = ["Saint-Étienne", "", "𝄞 clé", "Ajaccio", "Œuf-en-Ternois"];
    await ecrireTableArrow(chemin, { ascii: ["01001", "2A004", "", "97411", "x"], noms });
    const t = await lireTableArrow(chemin);
    expect(t.colonnes.ascii).toEqual(["01001", "2A004", "", "97411", "x"]);
    expect(t.colonnes.noms).toEqual(noms);
  });
});
