import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Problemes } from "../../data/lecture/probleme.ts";
import { lireMouvementsCommunes, type MouvementsCommunes } from "../../data/insee/mouvements.ts";
import { analyserDateIso } from "../../data/lecture/date.ts";
import { datesCreationCommunes } from "../../data/insee/creation.ts";
import { anneesPopulationInitiale, populationsInitiales } from "../../data/insee/population-initiale.ts";
import { lireHistoriqueInsee, trouverHistoriqueInsee } from "../../data/insee/historique.ts";
import {
  consigneManuelleHistoriqueInsee,
  nomsLocauxHistoriqueInsee,
  PAGE_COG_INSEE,
  sourceHistoriqueInsee,
} from "../../data/acquisition/registre.ts";
import { telechargerHistoriqueInsee } from "../../data/acquisition/telecharger.ts";
import { commande as telechargerCommande } from "../../api/cli/commandes/telecharger.ts";
import { sortie } from "../../api/cli/commande.ts";
import { csvDgcl, enc, latin1 } from "./outils.ts";
import { csvMouvements, ENTETES_MOUVEMENTS, ligneMouvement, type Mouvement } from "../../data/insee/ecrire.ts";
import { HISTORIQUE } from "./insee-outils.ts";

const CODES = ["01001", "01002", "02001", "03001", "04001", "05001", "05002", "06001"];

function lire(octets: Uint8Array, fichier = "v_mvt_commune_2025.csv"): { m: MouvementsCommunes | null; p: Problemes } {
  const p = new Problemes();
  return { m: lireMouvementsCommunes(octets, fichier, p), p };
}

function dates(m: MouvementsCommunes, annee: number): Record<string, number> {
  const d = datesCreationCommunes(m, annee, CODES);
  return Object.fromEntries(CODES.map((c, i) => [c, d[i]]));
}

describe("fichier des évènements sur les communes (INSEE)", () => {
  it("lit les colonnes utiles : type d'évènement, date AAAAMMJJ, types et codes avant/après", () => {
    const { m, p } = lire(enc(csvMouvements(HISTORIQUE)));
    expect(p.lignes()).toEqual([]);
    expect(m!.nb).toBe(HISTORIQUE.length);
    expect(m!.mod[0]).toBe(32);
    expect(m!.dateEffet[0]).toBe(20240101);
    expect(m!.typeApres[1]).toBe(3); // COMD
    expect(m!.codeAvant[2]).toBe("01002");
    expect(m!.codeApres[2]).toBe("01001");
    expect(m!.lignes[2]).toBe(4);
  });

  it("date de création pour 2025 : création (MOD 32), dernière création avant le 1er janvier, le 1er janvier inclus, changement de code", () => {
    const { m } = lire(enc(csvMouvements(HISTORIQUE)));
    expect(dates(m!, 2025)).toEqual({
      "01001": 20240101, // the commune nouvelle
      "01002": 0, // became a commune déléguée: the COMD row does not make it a commune nouvelle
      "02001": 20230101, // created twice before 2025: the latest wins; the 2026 creation is ignored
      "03001": 0, // created on 1 March 2025, after 1 January 2025
      "04001": 20250101, // created on 1 January 2025
      "05001": 20220101, // created as 05002 in 2022, code 05001 since 2024
      "05002": 0, // the old code no longer carries the date
      "06001": 0, // renamed only
    });
    expect(dates(m!, 2026)).toMatchObject({ "02001": 20260101, "03001": 20250301 });
    expect(dates(m!, 2023)).toMatchObject({ "01001": 0, "02001": 20230101, "05001": 0, "05002": 20220101 });
  });

  it("propriété : sans changement de code, la date est la plus récente création de commune nouvelle (COM après) ≤ 1er janvier N", () => {
    const codes = ["01001", "01002", "01003"];
    const mouvement = fc.record({
      mod: fc.constantFrom(10, 31, 32, 33),
      date: fc.integer({ min: 0, max: 3000 }).map((j) => new Date(Date.UTC(2015, 0, 1) + j * 86_400_000).toISOString().slice(0, 10)),
      typeAp: fc.constantFrom("COM", "COMD", "COMA"),
      av: fc.constantFrom(...codes),
      ap: fc.constantFrom(...codes),
    });
    fc.assert(
      fc.property(fc.array(mouvement, { maxLength: 30 }), fc.integer({ min: 2015, max: 2024 }), (ms, annee) => {
        const lignes: Mouvement[] = ms.map((x) => [x.mod, x.date, "COM", x.av, "Avant", x.typeAp, x.ap, "Après"]);
        const p = new Problemes();
        const m = lireMouvementsCommunes(enc(csvMouvements(lignes)), "f.csv", p);
        if (lignes.length === 0) {
          expect(m).toBeNull();
          return;
        }
        const obtenues = datesCreationCommunes(m!, annee, codes);
        codes.forEach((c, k) => {
          const attendue = ms
            .filter((x) => x.mod === 32 && x.typeAp === "COM" && x.ap === c)
            .map((x) => Number(x.date.replaceAll("-", "")))
            .filter((d) => d <= annee * 10000 + 101)
            .reduce((a, b) => Math.max(a, b), 0);
          expect(obtenues[k]).toBe(attendue);
        });
      }),
      { numRuns: 200 },
    );
  });

  it("lit à l'identique UTF-8 avec BOM et CRLF, et Windows-1252 (Latin-1)", () => {
    const texte = csvMouvements(HISTORIQUE);
    const reference = lire(enc(texte)).m!;
    const avecBom = new Uint8Array([0xef, 0xbb, 0xbf, ...enc(csvMouvements(HISTORIQUE, "\r\n"))]);
    for (const octets of [avecBom, latin1(texte)]) {
      const { m, p } = lire(octets);
      expect(p.lignes()).toEqual([]);
      expect(m).toEqual(reference);
    }
    expect(latin1(texte).length).toBeLessThan(enc(texte).length); // really single-byte accents
  });

  it("colonne absente : erreur nommant le fichier, la ligne d'en-têtes et la colonne attendue", () => {
    const sansComAp = csvMouvements(HISTORIQUE)
      .split("\n")
      .map((l) => l.split(",").filter((_, j) => ENTETES_MOUVEMENTS[j] !== "COM_AP").join(","))
      .join("\n");
    const { m, p } = lire(enc(sansComAp), "mvt.csv");
    expect(m).toBeNull();
    expect(p.lignes()).toEqual([
      "mvt.csv:1:0: colonne « COM_AP » absente : ce n'est pas le fichier des évènements sur les communes de l'INSEE (en-têtes attendus : MOD, DATE_EFF, TYPECOM_AV, COM_AV, TYPECOM_AP, COM_AP, …)",
    ]);
  });

  it("valeurs invalides : date, type d'évènement, type et code de commune, chacune à sa ligne et sa colonne", () => {
    const lignes = [
      ligneMouvement([32, "2024-02-30", "COM", "01001", "A", "COM", "01001", "B"]),
      ligneMouvement([32, "01/01/2024", "COM", "01001", "A", "COM", "01001", "B"]),
      ligneMouvement([32, "2024-01-01", "CO1", "1001", "A", "COM", "01001", "B"]).replace('"32"', '"3x"'),
      ligneMouvement([32, "2024-01-01", "COM", "1001", "A", "SRM", "", "B"]), // another kind: its code is not checked
    ];
    const { m, p } = lire(enc([ENTETES_MOUVEMENTS.map((e) => `"${e}"`).join(","), ...lignes].join("\n")), "mvt.csv");
    expect(m).toBeNull();
    expect(p.lignes()).toEqual([
      "mvt.csv:2:2: date d'effet « 2024-02-30 » invalide (DATE_EFF : date AAAA-MM-JJ attendue)",
      "mvt.csv:3:2: date d'effet « 01/01/2024 » invalide (DATE_EFF : date AAAA-MM-JJ attendue)",
      "mvt.csv:4:1: type d'évènement « 3x » invalide (MOD : nombre entier attendu, 32 = création de commune nouvelle)",
      "mvt.csv:4:3: type de commune « CO1 » invalide (TYPECOM_AV : COM, COMA, COMD ou ARM attendu)",
      "mvt.csv:5:4: code commune « 1001 » invalide (COM_AV : 5 caractères, chiffres ou 2A/2B, attendus)",
    ]);
  });

  it("fichier tronqué : erreur du lecteur CSV, rien n'est gardé", async () => {
    const texte = csvMouvements(HISTORIQUE);
    const d = await mkdtemp(join(tmpdir(), "insee-"));
    const f = join(d, "v_mvt_commune_2025.csv");
    await writeFile(f, texte.slice(0, texte.length - 40));
    const l = HISTORIQUE.length + 1;
    await expect(lireHistoriqueInsee(f)).rejects.toThrow(
      new RegExp(`n'est pas valide :\\n${f}:${l}:\\d+: guillemet ouvrant jamais refermé : le fichier semble tronqué\\n${f}:${l}:\\d+: 12 champ\\(s\\) au lieu de 14 : le fichier semble tronqué$`),
    );
  });

  it("analyse des dates AAAA-MM-JJ (calendrier réel)", () => {
    expect(analyserDateIso("2024-02-29")).toBe(20240229);
    expect(analyserDateIso("2023-02-29")).toBe(0);
    expect(analyserDateIso("2024-1-01")).toBe(0);
    expect(analyserDateIso("")).toBe(0);
  });
});

describe("population INSEE initiale", () => {
  const codes = ["A", "B", "C", "D", "E"];
  const dates = Int32Array.from([20240101, 20230101, 20250101, 0, 20160101]);
  it("années des fichiers nécessaires : l'année suivant la création, avant N", () => {
    expect(anneesPopulationInitiale(2025, dates)).toEqual([2017, 2024]);
  });
  it("population de N si créée en N-1, du fichier de Y+1 sinon, NaN si inconnue ou créée le 1er janvier N", () => {
    const popN = Float64Array.from([1200, 5000, 800, 90, 300]);
    const p = populationsInitiales(2025, codes, dates, popN, new Map([[2024, new Map([["B", 4321]])]]));
    // C: created on 2025-01-01 (population of 2026 unknown); D: not a commune nouvelle; E: no 2017 file.
    expect([...p]).toEqual([1200, 4321, NaN, NaN, NaN]);
  });
});

describe("registre et téléchargement de l'historique INSEE", () => {
  it("millésime à télécharger : celui de l'année, sinon le plus ancien connu après (il contient tout l'historique)", () => {
    expect(sourceHistoriqueInsee(2019)!.millesime).toBe(2024);
    expect(sourceHistoriqueInsee(2025)!.url).toMatch(/^https:\/\/www\.insee\.fr\/fr\/statistiques\/fichier\/\d+\/v_mvt_commune_2025\.csv$/);
    expect(sourceHistoriqueInsee(2027)).toBeUndefined();
    expect(nomsLocauxHistoriqueInsee(2025, new Date("2026-05-01"))).toEqual([
      "v_mvt_commune_2027.csv", "insee/v_mvt_commune_2027.csv",
      "v_mvt_commune_2026.csv", "insee/v_mvt_commune_2026.csv",
      "v_mvt_commune_2025.csv", "insee/v_mvt_commune_2025.csv",
    ]);
    const consigne = consigneManuelleHistoriqueInsee(2027, "/cache", "hors ligne");
    expect(consigne).toContain(PAGE_COG_INSEE);
    expect(consigne).toContain("« v_mvt_commune_2027.csv »");
    expect(consigne).toContain("/cache");
  });

  it("trouve un historique d'un millésime ≥ N dans un dossier donné, pas un plus ancien", async () => {
    const d = await mkdtemp(join(tmpdir(), "insee-"));
    await writeFile(join(d, "v_mvt_commune_2024.csv"), csvMouvements(HISTORIQUE));
    expect(trouverHistoriqueInsee(2025, [d])).toBeUndefined();
    expect(trouverHistoriqueInsee(2024, [d])).toBe(join(d, "v_mvt_commune_2024.csv"));
  });

  it("télécharge et vérifie le fichier ; une page d'erreur est supprimée et la consigne manuelle donnée", async () => {
    const reponses: Record<string, string> = { "/v_mvt_commune_2025.csv": csvMouvements(HISTORIQUE), "/erreur": "<html>Maintenance</html>\n" };
    const serveur = createServer((req, res) => {
      const corps = reponses[req.url ?? ""];
      res.writeHead(corps ? 200 : 404, { "content-type": "text/csv" }).end(corps ?? "");
    });
    await new Promise<void>((ok) => serveur.listen(0, "127.0.0.1", ok));
    const base = `http://127.0.0.1:${(serveur.address() as AddressInfo).port}`;
    try {
      const dossier = await mkdtemp(join(tmpdir(), "insee-"));
      const r = await telechargerHistoriqueInsee(2025, { dossier, barre: false, url: `${base}/v_mvt_commune_2025.csv` });
      expect(r.chemin).toBe(join(dossier, "v_mvt_commune_2025.csv"));
      expect(await readFile(r.chemin, "utf8")).toBe(csvMouvements(HISTORIQUE));
      expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
      const autre = await mkdtemp(join(tmpdir(), "insee-"));
      const e = await telechargerHistoriqueInsee(2025, { dossier: autre, barre: false, url: `${base}/erreur` }).catch((x: Error) => x);
      expect((e as Error).message).toMatch(/^Impossible de télécharger l'historique des communes de l'INSEE pour 2025 \(le fichier reçu n'est pas l'historique attendu : /);
      expect((e as Error).message).toContain("colonne « MOD » absente");
      expect((e as Error).message).toContain(`dans ${autre}`);
      expect(existsSync(join(autre, "v_mvt_commune_2025.csv"))).toBe(false);
    } finally {
      serveur.close();
    }
  });

  it("dotations donnees telecharger : un fichier impossible à télécharger n'empêche pas les autres, code de sortie 1", async () => {
    const d = await mkdtemp(join(tmpdir(), "insee-"));
    await writeFile(join(d, "v_mvt_commune_2025.csv"), csvMouvements(HISTORIQUE));
    const avant = { env: process.env.DOTATIONS_DONNEES, info: sortie.info, erreur: sortie.erreur, fetch: globalThis.fetch };
    const infos: string[] = [];
    const erreurs: string[] = [];
    process.env.DOTATIONS_DONNEES = d;
    sortie.info = (t) => void infos.push(t);
    sortie.erreur = (t) => void erreurs.push(t);
    // No network: every request fails as fetch does offline.
    globalThis.fetch = async () => {
      throw new TypeError("fetch failed");
    };
    try {
      expect(await telechargerCommande.executer(["--annee", "2025"])).toBe(1);
    } finally {
      if (avant.env === undefined) delete process.env.DOTATIONS_DONNEES;
      else process.env.DOTATIONS_DONNEES = avant.env;
      Object.assign(sortie, { info: avant.info, erreur: avant.erreur });
      globalThis.fetch = avant.fetch;
    }
    expect(erreurs).toEqual([expect.stringMatching(/^Impossible de télécharger le fichier des critères de répartition 2025 \(fetch failed\)\.\nTéléchargez-le à la main/)]);
    expect(infos).toEqual([`Historique des communes INSEE : déjà présent (${join(d, "v_mvt_commune_2025.csv")}).`]);
  });

  it("dotations donnees telecharger : historique déjà présent dans DOTATIONS_DONNEES/insee/ → rien n'est téléchargé", async () => {
    const d = await mkdtemp(join(tmpdir(), "insee-"));
    const { mkdir } = await import("node:fs/promises");
    await mkdir(join(d, "insee"));
    await writeFile(join(d, "criteres-repartition-communes-2025.csv"), csvDgcl(2025, 2));
    await writeFile(join(d, "insee", "v_mvt_commune_2026.csv"), csvMouvements(HISTORIQUE));
    const avant = { env: process.env.DOTATIONS_DONNEES, info: sortie.info };
    const messages: string[] = [];
    process.env.DOTATIONS_DONNEES = d;
    sortie.info = (t) => void messages.push(t);
    try {
      expect(await telechargerCommande.executer(["--annee", "2025"])).toBe(0);
    } finally {
      if (avant.env === undefined) delete process.env.DOTATIONS_DONNEES;
      else process.env.DOTATIONS_DONNEES = avant.env;
      sortie.info = avant.info;
    }
    expect(messages).toEqual([
      `Critères 2025 : déjà présents (${join(d, "criteres-repartition-communes-2025.csv")}).`,
      `Historique des communes INSEE : déjà présent (${join(d, "insee", "v_mvt_commune_2026.csv")}).`,
    ]);
  });
});
