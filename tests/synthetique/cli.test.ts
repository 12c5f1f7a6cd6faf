import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sortie } from "../../api/cli/commande.ts";
import { principal } from "../../api/cli/index.ts";

let infos: string[] = [];
let erreurs: string[] = [];
const origine = { ...sortie };

beforeEach(() => {
  infos = [];
  erreurs = [];
  sortie.info = (t) => (infos.push(t), true);
  sortie.erreur = (t) => (erreurs.push(t), true);
});
afterEach(() => Object.assign(sortie, origine));

describe("dotations donnees synthetique", () => {
  it("est enregistrée et décrit ses options en français", async () => {
    expect(await principal(["donnees", "synthetique", "--aide"])).toBe(0);
    expect(infos.join("\n")).toContain("--graine");
    expect(infos.join("\n")).toContain("Données synthétiques — ne pas utiliser pour une décision");
  });

  it("refuse une graine invalide ou l'absence de --sortie/--rapport (code 2)", async () => {
    expect(await principal(["donnees", "synthetique", "--graine", "abc", "--sortie", "x"])).toBe(2);
    expect(erreurs.join("\n")).toMatch(/--graine : entier positif attendu, reçu « abc »/);
    expect(await principal(["donnees", "synthetique"])).toBe(2);
    expect(erreurs.join("\n")).toMatch(/--sortie DOSSIER ou --rapport/);
  });

  it("écrit le dossier et annonce des données synthétiques, graine et version", async () => {
    const dossier = await mkdtemp(join(tmpdir(), "synthetique-cli-"));
    expect(await principal(["donnees", "synthetique", "--annee", "2026", "--graine", "1", "--sortie", dossier])).toBe(0);
    expect(infos[0]).toMatch(/^Données synthétiques — ne pas utiliser pour une décision — graine 1, générateur \d+\.\d+\.\d+/);
    expect((await readdir(dossier)).sort()).toEqual(["LISEZMOI.md", "criteres-repartition-communes-2025.csv", "criteres-repartition-communes-2026.csv", "ecarts-injectes-2026.csv", "synthetique.json", "v_mvt_commune_2026.csv"]);
  }, 60000);
});
