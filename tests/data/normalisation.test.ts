import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ENTREES, ENTREES_N_MOINS_1 } from "../../engine/entrees.ts";
import { chargerEntrees, construireTablesAnnee } from "../../data/normalisation/construire.ts";
import { lireTableArrow } from "../../data/normalisation/arrow.ts";
import { csvDgcl, remplacerCellule } from "./outils.ts";

describe("tables normalisées d'une année", () => {
  it("écrit entrées, N-1 et montants DGCL, et les relit à l'identique pour le moteur", async () => {
    const d = await mkdtemp(join(tmpdir(), "dotations-tables-"));
    process.env.DOTATIONS_TABLES = join(d, "tables");
    const n = join(d, "n.csv"), avant = join(d, "avant.csv");
    await writeFile(n, csvDgcl(2025, 5));
    await writeFile(avant, csvDgcl(2024, 5));
    const e = await construireTablesAnnee(2025, { n, nMoins1: avant });
    const relu = await chargerEntrees(2025);
    expect(relu.communes.code_insee).toEqual(e.communes.code_insee);
    for (const nom of Object.keys(ENTREES) as (keyof typeof ENTREES)[]) {
      expect(relu.communes[nom], nom).toEqual(e.communes[nom]);
      expect(relu.communes[nom].constructor).toBe(e.communes[nom].constructor);
    }
    for (const nom of Object.keys(ENTREES_N_MOINS_1) as (keyof typeof ENTREES_N_MOINS_1)[]) expect(relu.resultatsPrecedents![nom]).toEqual(e.resultatsPrecedents![nom]);
    const montants = await lireTableArrow(join(d, "tables", "montants-dgcl-2025.arrow"));
    expect(Object.keys(montants.colonnes)).toContain("dotation_forfaitaire");
    expect(montants.metadonnees.get("annee")).toBe("2025");
    // The DGCL file has no creation dates: the missing INSEE history is said, not left as a silent 0 € of DCN.
    expect(e.problemes.lignes()).toContainEqual(expect.stringMatching(new RegExp(`^${n}:1:0: avertissement : les dates de création des communes .* vaut 0 €`)));
    delete process.env.DOTATIONS_TABLES;
  });
  it("reconnaît un fichier de la France synthétique à son fichier de méta à côté", async () => {
    const d = await mkdtemp(join(tmpdir(), "dotations-tables-"));
    process.env.DOTATIONS_TABLES = join(d, "tables");
    const n = join(d, "n.csv");
    await writeFile(n, csvDgcl(2025, 3));
    expect((await construireTablesAnnee(2025, { n })).synthetique).toBe(false);
    await writeFile(join(d, "synthetique.json"), "{}");
    expect((await construireTablesAnnee(2025, { n })).synthetique).toBe(true);
    expect((await chargerEntrees(2025)).synthetique).toBe(true);
    delete process.env.DOTATIONS_TABLES;
  });
  it("refuse de normaliser un fichier invalide et liste ses problèmes", async () => {
    const d = await mkdtemp(join(tmpdir(), "dotations-tables-"));
    const n = join(d, "n.csv");
    await writeFile(n, remplacerCellule(csvDgcl(2025, 3), 1, "Informations générales - Population DGF de l'année N", "abc"));
    await expect(construireTablesAnnee(2025, { n })).rejects.toThrow(/n\.csv n'est pas valide :\nn\.csv:3:\d+: « abc » n'est pas un nombre/);
  });
});
