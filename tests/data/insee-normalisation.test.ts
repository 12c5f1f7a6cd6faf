// End to end: small DGCL criteria files of 2023, 2024 and 2025 + the INSEE history beside the 2025 file →
// normaliserAnnee fills date_creation_commune and population_insee_initiale → the engine pays the DCN amorçage.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { simuler } from "../../engine/index.ts";
import { chargerEntrees, construireTablesAnnee, normaliserAnnee } from "../../data/normalisation/construire.ts";
import { csvDgcl, remplacerCellule } from "./outils.ts";
import { csvMouvements } from "../../data/insee/ecrire.ts";
import { HISTORIQUE } from "./insee-outils.ts";

const POP_DGF = "Informations générales - Population DGF de l'année N";
const POP_INSEE = "Informations générales - Population INSEE de l'année N";
// csvDgcl(annee, 5) has the communes 01001, 02001, 03001, 04001, 05001, in this order.
const LIGNE = { "01001": 0, "02001": 1, "03001": 2, "04001": 3, "05001": 4 } as const;

function fixer(csv: string, valeurs: Partial<Record<keyof typeof LIGNE, [entete: string, valeur: string][]>>): string {
  for (const [code, cellules] of Object.entries(valeurs)) for (const [e, v] of cellules!) csv = remplacerCellule(csv, LIGNE[code as keyof typeof LIGNE], e, v);
  return csv;
}

const avantEnv = { DOTATIONS_DONNEES: process.env.DOTATIONS_DONNEES, DOTATIONS_TABLES: process.env.DOTATIONS_TABLES };
afterEach(() => {
  for (const [k, v] of Object.entries(avantEnv)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

async function dossierAnnee2025(avecCriteres2023: boolean): Promise<{ n: string; nMoins1: string; historique: string }> {
  const d = await mkdtemp(join(tmpdir(), "insee-normalisation-"));
  const n = join(d, "n.csv"), nMoins1 = join(d, "avant.csv"), historique = join(d, "v_mvt_commune_2025.csv");
  await writeFile(n, fixer(csvDgcl(2025, 5), { "01001": [[POP_DGF, "1234"], [POP_INSEE, "1200"]], "02001": [[POP_DGF, "4000"], [POP_INSEE, "3900"]], "05001": [[POP_DGF, "500"], [POP_INSEE, "520"]] }));
  await writeFile(nMoins1, fixer(csvDgcl(2024, 5), { "02001": [[POP_INSEE, "3210"]] }));
  await writeFile(historique, csvMouvements(HISTORIQUE, "\r\n"));
  // The 2023 file (initial population of 05001, created in 2022) is found like any criteria file: DOTATIONS_DONNEES.
  const donnees = join(d, "donnees");
  process.env.DOTATIONS_DONNEES = donnees;
  if (avecCriteres2023) {
    const { mkdir } = await import("node:fs/promises");
    await mkdir(donnees);
    await writeFile(join(donnees, "criteres-repartition-communes-2023.csv"), fixer(csvDgcl(2023, 5), { "05001": [[POP_INSEE, "777"]] }));
  }
  return { n, nMoins1, historique };
}

describe("historique INSEE dans la normalisation d'une année", () => {
  it("une commune nouvelle reçoit sa date et sa population initiale, l'avertissement disparaît, le moteur verse l'amorçage", async () => {
    const { n, nMoins1 } = await dossierAnnee2025(true);
    const e = await normaliserAnnee(2025, { n, nMoins1 });
    const c = e.communes;
    expect(c.code_insee).toEqual(["01001", "02001", "03001", "04001", "05001"]);
    expect([...c.date_creation_commune]).toEqual([20240101, 20230101, 0, 20250101, 20220101]);
    // 01001: created 2024 → population INSEE of 2025 (this file); 02001: created 2023 → 2024 file (N-1);
    // 05001: created 2022 → 2023 file (DOTATIONS_DONNEES); 04001: created on 1 January 2025 → 2026, unknown.
    expect([...c.population_insee_initiale]).toEqual([1200, 3210, NaN, NaN, 777]);
    const lignes = e.problemes.lignes();
    expect(lignes.filter((l) => l.includes("les dates de création des communes"))).toEqual([]);
    expect(lignes.filter((l) => l.includes("v_mvt_commune"))).toEqual([
      expect.stringMatching(/v_mvt_commune_2025\.csv:1:0: avertissement : 1 commune\(s\) nouvelle\(s\) sans population INSEE de l'année suivant leur création \(04001 créée en 2025\) : /),
    ]);

    const s = simuler({ annee: 2025, communes: c, resultatsPrecedents: e.resultatsPrecedents, variables: "toutes" });
    const amorcage = s.communes.dotation_communes_nouvelles_part_amorcage;
    // CGCT L.2113-22-1: 15 € per inhabitant (population DGF) in the 1st to 3rd year after creation.
    expect(amorcage[0]).toBe(18_510); // 01001: age 1, 15 × 1 234
    expect(amorcage[1]).toBe(60_000); // 02001: age 2, 15 × 4 000
    expect(amorcage[2]).toBe(0); // 03001: not a commune nouvelle in 2025
    expect(amorcage[3]).toBe(0); // 04001: age 0, no initial population
    expect(amorcage[4]).toBe(7_500); // 05001: age 3 (last year), 15 × 500
    expect([...s.communes.dotation_communes_nouvelles_eligible_part_garantie]).toEqual([1, 1, 0, 0, 1]);
  });

  it("sans le fichier des critères de l'année suivant la création : population initiale estimée par celle de N, dite par un avertissement", async () => {
    const { n, nMoins1 } = await dossierAnnee2025(false);
    const e = await normaliserAnnee(2025, { n, nMoins1 });
    // 05001 (created 2022, no 2023 file): its 2025 INSEE population, 520; 04001 (created 1 January 2025): unknown.
    expect([...e.communes.population_insee_initiale]).toEqual([1200, 3210, NaN, NaN, 520]);
    expect(simuler({ annee: 2025, communes: e.communes, variables: ["dotation_communes_nouvelles_part_amorcage"] }).communes.dotation_communes_nouvelles_part_amorcage[4]).toBe(7_500);
    const lignes = e.problemes.lignes();
    expect(lignes).toContainEqual(
      expect.stringMatching(/avertissement : 1 commune\(s\) nouvelle\(s\) dont la population INSEE de l'année suivant la création est estimée par celle de 2025 \(05001 créée en 2022 ; fichiers des critères absents : 2023\)/),
    );
    expect(lignes).toContainEqual(expect.stringMatching(/avertissement : 1 commune\(s\) nouvelle\(s\) sans population INSEE .*\(04001 créée en 2025\)/));
  });

  it("historique absent : l'avertissement « dotation des communes nouvelles à 0 € » reste, avec la commande pour l'obtenir", async () => {
    const d = await mkdtemp(join(tmpdir(), "insee-normalisation-"));
    const n = join(d, "n.csv");
    await writeFile(n, csvDgcl(2025, 3));
    process.env.DOTATIONS_DONNEES = join(d, "absent");
    const e = await normaliserAnnee(2025, { n });
    expect([...e.communes.date_creation_commune]).toEqual([0, 0, 0]);
    expect(e.problemes.lignes()).toContainEqual(expect.stringMatching(new RegExp(`^${n}:1:0: avertissement : les dates de création des communes .* vaut 0 € \\(téléchargez-le avec « dotations donnees telecharger --annee 2025 »`)));
  });

  it("historique invalide : la normalisation s'arrête et liste ses problèmes", async () => {
    const { n, nMoins1, historique } = await dossierAnnee2025(false);
    await writeFile(historique, csvMouvements(HISTORIQUE).replace('"2024-01-01"', '"2024-13-01"'));
    await expect(normaliserAnnee(2025, { n, nMoins1 })).rejects.toThrow(`${historique}:2:2: date d'effet « 2024-13-01 » invalide (DATE_EFF : date AAAA-MM-JJ attendue)`);
  });

  it("tables normalisées reconstruites au chargement quand l'historique INSEE arrive après elles, ou qu'une source change", async () => {
    const { n, nMoins1, historique } = await dossierAnnee2025(true);
    process.env.DOTATIONS_TABLES = await mkdtemp(join(tmpdir(), "insee-tables-"));
    const contenuHistorique = csvMouvements(HISTORIQUE);
    await rm(historique);
    await construireTablesAnnee(2025, { n, nMoins1 });
    const sans = await chargerEntrees(2025);
    expect(sans.construction).toBeUndefined();
    expect([...sans.communes.date_creation_commune]).toEqual([0, 0, 0, 0, 0]);

    // The history downloaded afterwards, beside the criteria: the next load rebuilds the tables with it, once.
    await writeFile(historique, contenuHistorique);
    const avec = await chargerEntrees(2025);
    expect(avec.construction?.raison).toBe(`tables périmées : historique des communes de l'INSEE ${historique} disponible (construites sans historique : dotation des communes nouvelles à 0 €)`);
    expect([...avec.communes.date_creation_commune].map((d) => d > 0)).toEqual([true, true, false, true, true]);
    const ensuite = await chargerEntrees(2025);
    expect(ensuite.construction).toBeUndefined();
    expect([...ensuite.communes.date_creation_commune]).toEqual([...avec.communes.date_creation_commune]);

    // A criteria file replaced (a corrected publication): rebuilt from it.
    await writeFile(n, fixer(csvDgcl(2025, 5), { "01001": [[POP_DGF, "12345"], [POP_INSEE, "1200"]] }));
    const corrige = await chargerEntrees(2025);
    expect(corrige.construction?.raison).toBe(`tables périmées : ${n} a changé depuis leur construction`);
    expect(corrige.communes.population_dgf[0]).toBe(12_345);
  });
});
