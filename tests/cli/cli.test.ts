import { execFile } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { principal } from "../../api/cli/index.ts";
import { sortie } from "../../api/cli/commande.ts";
import { executerSimulation, type FonctionSimuler } from "../../api/cli/commandes/simuler.ts";
import { ecrireSortie, type TableSortie } from "../../api/cli/sortie.ts";
import { chainesDe } from "../../data/normalisation/arrow.ts";
import { validerEchange } from "../../data/entrees/echange.ts";
import { lireCsv } from "../../data/lecture/csv.ts";
import { Problemes } from "../../data/lecture/probleme.ts";
import { racineDepot } from "../../data/acquisition/chemins.ts";
import { csvDgcl, enc, remplacerCellule } from "../data/outils.ts";

let messages: string[] = [];
const { info, erreur } = sortie;
beforeEach(() => {
  messages = [];
  sortie.info = (t) => messages.push(t) > 0;
  sortie.erreur = (t) => messages.push(t) > 0;
});
afterEach(() => Object.assign(sortie, { info, erreur }));

const dossierTmp = () => mkdtemp(join(tmpdir(), "dotations-cli-"));

describe("dotations donnees verifier", () => {
  it("code 0 pour un fichier valide, 1 avec la liste des problèmes sinon", async () => {
    const d = await dossierTmp();
    const ok = join(d, "ok.csv"), ko = join(d, "ko.csv");
    await writeFile(ok, csvDgcl(2025));
    await writeFile(ko, remplacerCellule(remplacerCellule(csvDgcl(2025), 0, "Informations générales - Population DGF de l'année N", "-1"), 1, "Informations générales - Code INSEE de la commune", "01001"));
    expect(await principal(["donnees", "verifier", ok, "--annee", "2025"])).toBe(0);
    expect(messages.at(-1)).toBe(`${ok} : valide, 4 communes.`);
    messages = [];
    expect(await principal(["donnees", "verifier", ko])).toBe(1);
    expect(messages.filter((m) => m.startsWith("ko.csv:")).length).toBe(3); // duplicate, negative, département warning
    expect(messages.at(-1)).toMatch(/NON valide, 2 erreur\(s\) et 1 avertissement\(s\) \(année déduite des en-têtes : 202[456]\)\.$/);
  });
  it("commande inconnue et options manquantes : message en français, code 2", async () => {
    expect(await principal(["calculer"])).toBe(2);
    expect(messages[0]).toBe("Commande inconnue : « calculer ».");
    expect(await principal(["simuler", "--annee", "2025"])).toBe(2);
    expect(messages.join("\n")).toContain("option --sortie FICHIER obligatoire");
    expect(await principal(["donnees", "verifier", "f.csv", "--annee", "1999"])).toBe(2);
  });
});

describe("format d'échange --entrees", () => {
  const lire = (texte: string, annee = 2025) => {
    const p = new Problemes();
    const r = validerEchange(lireCsv(enc(texte), "entrees.csv", p), annee, p);
    return { r, p };
  };
  it("lit variables, booléens, dates, valeurs N-1 et défauts", () => {
    const { r, p } = lire(
      "code_insee,population_dgf,zrr,outre_mer,date_creation_commune,effort_fiscal,dotation_forfaitaire@N-1,dsu_montant_eligible@2024\n" +
        '01001,1200,oui,0,2019-01-01,"1,05",1000,\n' +
        "01002,,NON,true,,0.9,,250\n",
    );
    expect(p.lignes()).toEqual([]);
    const c = r!.communes;
    expect([...c.population_dgf]).toEqual([1200, 0]);
    expect([...c.zrr]).toEqual([1, 0]);
    expect([...c.outre_mer]).toEqual([0, 1]);
    expect([...c.date_creation_commune]).toEqual([20190101, 0]);
    expect([...c.effort_fiscal]).toEqual([1.05, 0.9]);
    expect(Number.isNaN(c.strate_demographique[0])).toBe(true);
    expect([...r!.resultatsPrecedents!.dotation_forfaitaire]).toEqual([1000, 0]);
    expect([...r!.resultatsPrecedents!.dsu_montant_eligible]).toEqual([0, 250]);
  });
  it("refuse colonne inconnue, mauvaise année, booléen, date et code invalides", () => {
    const { r, p } = lire("code_insee,population,zrr,date_creation_commune,dotation_forfaitaire@2023,superficie@N-1\n1001,1,peut-être,2019-02-30,1,2\n");
    expect(r).toBeNull();
    expect(p.lignes()).toEqual([
      "entrees.csv:1:2: colonne inconnue « population » : ce n'est pas une variable d'entrée de la spécification",
      "entrees.csv:1:5: colonne « dotation_forfaitaire@2023 » : seules les valeurs de l'année précédente (@N-1 ou @2024) sont lues",
      "entrees.csv:1:6: colonne « superficie@N-1 » : « superficie » n'est pas une valeur N-1 lue par le modèle (dotation_forfaitaire, population_dgf_majoree, dsr_montant_eligible_fraction_bourg_centre, dsr_montant_eligible_fraction_perequation, dsr_montant_hors_garanties_fraction_cible, dsu_montant_eligible)",
    ]);
    const b = lire("code_insee,zrr,date_creation_commune,population_dgf\n1001,peut-être,2019-02-30,-3\n");
    expect(b.p.lignes()).toEqual([
      "entrees.csv:2:1: code INSEE « 1001 » invalide : 5 caractères attendus",
      "entrees.csv:2:2: « peut-être » n'est pas un booléen (1/0/true/false/oui/non) pour « zrr »",
      "entrees.csv:2:3: « 2019-02-30 » n'est pas une date AAAA-MM-JJ pour « date_creation_commune »",
      "entrees.csv:2:4: valeur négative -3 interdite pour « population_dgf »",
    ]);
  });
});

describe("dotations simuler (autour du moteur)", () => {
  // A deterministic stand-in for the engine's simuler(), to test reading, alignment and writing around it.
  const simuler: FonctionSimuler = ({ communes, resultatsPrecedents }) => ({
    communes: {
      dotation_forfaitaire: Float64Array.from(communes.population_dgf, (p, i) => p * 2 + (resultatsPrecedents?.dotation_forfaitaire[i] ?? 0)),
      dsr_eligible_fraction_cible: Uint8Array.from(communes.zrr),
    },
    national: { dsr_montant_total_fraction_cible: 123.5 },
  });
  it("écrit une ligne par commune (code INSEE d'abord) en CSV, JSON et Parquet, et imprime le résumé", async () => {
    const d = await dossierTmp();
    const entrees = join(d, "entrees.csv");
    await writeFile(entrees, "code_insee,nom,population_dgf,zrr,dotation_forfaitaire@N-1\n01001,Ambérieu,10,1,5\n2A004,\"Ajaccio, ville\",20,0,0\n");
    await executerSimulation({ annee: 2025, entrees, sortie: join(d, "r.csv") }, simuler);
    expect(await readFile(join(d, "r.csv"), "utf8")).toBe('code_insee,nom,dotation_forfaitaire,dsr_eligible_fraction_cible\n01001,Ambérieu,25,1\n2A004,"Ajaccio, ville",40,0\n');
    expect(messages).toContain("Simulation 2025 : 2 communes, 2 colonnes → " + join(d, "r.csv"));
    expect(messages.some((m) => /dsr_montant_total_fraction_cible\s+123,5/.test(m))).toBe(true);
    expect(messages.some((m) => /Σ dotation_forfaitaire\s+65 €/.test(m))).toBe(true);
    await executerSimulation({ annee: 2025, entrees, sortie: join(d, "r.json") }, simuler);
    expect(JSON.parse(await readFile(join(d, "r.json"), "utf8"))[1]).toEqual({ code_insee: "2A004", nom: "Ajaccio, ville", dotation_forfaitaire: 40, dsr_eligible_fraction_cible: 0 });
    await executerSimulation({ annee: 2025, entrees, sortie: join(d, "r.parquet") }, simuler);
    const { parquetReadObjects } = await import("hyparquet");
    const buf = await readFile(join(d, "r.parquet"));
    const lignes = await parquetReadObjects({ file: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) });
    expect(lignes.map((l) => [l.code_insee, l.dotation_forfaitaire])).toEqual([["01001", 25], ["2A004", 40]]);
  });
  it("lit un dossier de critères N et N-1 et aligne les montants N-1", async () => {
    const d = await dossierTmp();
    await writeFile(join(d, "criteres-repartition-communes-2025.csv"), csvDgcl(2025));
    await writeFile(join(d, "criteres-repartition-communes-2024.csv"), csvDgcl(2024));
    let vu: number[] = [];
    await executerSimulation({ annee: 2025, criteres: d, sortie: join(d, "r.csv") }, (e) => {
      vu = [...e.resultatsPrecedents!.dotation_forfaitaire];
      return simuler(e);
    });
    const df2024 = (await import("../../data/dgcl/lire.ts")).lireFichierCriteres(join(d, "criteres-repartition-communes-2024.csv"), { annee: 2024 });
    expect(vu).toEqual([...(await df2024).criteres!.colonnes.dotation_forfaitaire!]);
    expect((await readFile(join(d, "r.csv"), "utf8")).split("\n").length).toBe(6);
  });
  it("refuse un fichier de réforme qui n'est pas un objet JSON", async () => {
    const d = await dossierTmp();
    const entrees = join(d, "entrees.csv");
    await writeFile(entrees, "code_insee,population_dgf\n01001,10\n");
    for (const [contenu, detail] of [["[1, 2]", /attendu\.$/], ["{ pas du json", /attendu \(.+\)\.$/]] as const) {
      await writeFile(join(d, "reforme.json"), contenu);
      await expect(executerSimulation({ annee: 2025, entrees, reforme: join(d, "reforme.json"), sortie: join(d, "r.csv") }, simuler)).rejects.toThrow(detail);
    }
  });
  it("refuse une extension de sortie inconnue", async () => {
    await expect(executerSimulation({ annee: 2025, entrees: "x.csv", sortie: "r.xlsx" }, simuler)).rejects.toThrow(/extension \.csv, \.parquet, \.json attendue/);
  });
});

describe("exécutable npx dotations", () => {
  it("répond depuis le dépôt, avec le code de sortie de la commande", async () => {
    const d = await dossierTmp();
    await writeFile(join(d, "vide.csv"), "");
    const r = await promisify(execFile)("node", [join(racineDepot(), "api/bin/dotations.js"), "donnees", "verifier", join(d, "vide.csv"), "--annee", "2025"]).catch((e) => e);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("vide.csv:1:0: fichier vide : aucune ligne d'en-têtes");
  }, 20000);
});

/** The CSV that `ecrireSortie` (the writer of `dotations simuler`) writes for `t`. */
async function csvEcrit(t: TableSortie): Promise<string> {
  const chemin = join(await dossierTmp(), "r.csv");
  await ecrireSortie(chemin, t);
  return readFile(chemin, "utf8");
}
const colonneC = (v: ArrayLike<number>): TableSortie => ({ code_insee: Array.from(v, () => "x"), colonnes: new Map([["c", v]]) });
/** What String() writes, the text the CSV must hold (NaN: empty cell). */
const attenduCsv = (v: ArrayLike<number>) => ["code_insee,c", ...Array.from(v, (x) => `x,${Number.isNaN(x) ? "" : String(x)}`)].join("\n") + "\n";

describe("écriture CSV des résultats", () => {
  it("écrit chaque nombre comme String() : décimale la plus courte qui relit exactement le même float64", async () => {
    const v = [0, -0, -3.25, 2218271476, 0.000123456789, 123456.796875, 0.1, 0.3, 2 / 3, 1e-6, 9.5e-7, 1e-12, 1e21, 2 ** 53, 2 ** 53 + 2, 9007199254740991, 4503599627370495.5, 999999999999999.9, 9.999999999999999, 1.0000000000000002, 5e-324, Infinity, -Infinity, NaN];
    const csv = await csvEcrit(colonneC(v));
    expect(csv).toBe(attenduCsv(v));
    expect(csv.split("\n").slice(1, 8)).toEqual(["x,0", "x,0", "x,-3.25", "x,2218271476", "x,0.000123456789", "x,123456.796875", "x,0.1"]);
    const fc = (await import("fast-check")).default;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.double(), fc.double({ min: 1e-6, max: 2 ** 53 }), fc.integer().map((k) => k / 1000)), { minLength: 1, maxLength: 60 }), async (v) => {
        const lignes = (await csvEcrit(colonneC(v))).split("\n");
        expect(lignes.join("\n")).toBe(attenduCsv(v));
        v.forEach((x, i) => Number.isFinite(x) && expect(Number(lignes[i + 1].slice(2))).toBe(x === 0 ? 0 : x));
      }),
      { numRuns: 60 },
    );
  });
  it("entiers : mêmes chiffres que String() de 0 à 2^53, booléens en 0/1", async () => {
    const fc = (await import("fast-check")).default;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.maxSafeNat(), { minLength: 1, maxLength: 20 }), async (v) => {
        expect(await csvEcrit(colonneC(v))).toBe(attenduCsv(v));
      }),
      { numRuns: 40 },
    );
    expect(await csvEcrit(colonneC(Uint8Array.of(1, 0, 1)))).toBe("code_insee,c\nx,1\nx,0\nx,1\n");
  });
});

describe("écriture CSV par morceaux", () => {
  it("les morceaux mis bout à bout donnent le CSV écrit, noms accentués et guillemets compris, quelle que soit leur taille", async () => {
    const { morceauxLignes, enteteCsv } = await import("../../api/cli/csv.ts");
    const t = {
      code_insee: ["01001", "2A004", "97101", "75056"],
      nom: ["Ambérieu", 'Ajaccio, "ville"', "Les Abymes", "Paris 𝔸"],
      colonnes: new Map<string, ArrayLike<number>>([["a", new Float64Array([0, -1.5, 123456789, NaN])], ["b", Uint8Array.of(1, 0, 1, 0)], ["c", [99, 100, 2147483648, 0.25]]]),
    };
    const attendu =
      "code_insee,nom,a,b,c\n01001,Ambérieu,0,1,99\n2A004,\"Ajaccio, \"\"ville\"\"\",-1.5,0,100\n97101,Les Abymes,123456789,1,2147483648\n75056,Paris 𝔸,,0,0.25\n";
    expect(await csvEcrit(t)).toBe(attendu);
    const lignes = { code_insee: t.code_insee, nom: t.nom, colonnes: [...t.colonnes.values()].map((c) => (c instanceof Uint8Array ? c : Float64Array.from(c))) };
    for (const taille of [1, 40, 100]) {
      const morceaux: Uint8Array[] = [];
      for (const m of morceauxLignes(lignes, enteteCsv([...t.colonnes.keys()], true), taille)) morceaux.push(m.slice());
      expect(morceaux.length).toBeGreaterThan(1);
      expect(new TextDecoder().decode(Buffer.concat(morceaux))).toBe(attendu);
    }
  });
});

describe("noms des communes copiés depuis la table sans être décodés", () => {
  it("même CSV qu'avec les noms en chaînes : accents, hors BMP, virgules, guillemets, sauts de ligne, vides", async () => {
    const { ecrireTableArrow, lireTableArrow } = await import("../../data/normalisation/arrow.ts");
    const d = await dossierTmp();
    const fc = (await import("fast-check")).default;
    const nom = fc.oneof(fc.string({ unit: "grapheme" }), fc.constantFrom("Ajaccio, \"ville\"", "L'Haÿ-les-Roses", "a\nb", "\r", "", "𝔸,"));
    await fc.assert(
      fc.asyncProperty(fc.array(nom, { minLength: 1, maxLength: 30 }), async (noms) => {
        const chemin = join(d, "t.arrow");
        await ecrireTableArrow(chemin, { nom: noms });
        const brut = (await lireTableArrow(chemin, () => false)).textes.get("nom")!;
        expect(chainesDe(brut)).toEqual(noms);
        const t = (n: TableSortie["nom"]): TableSortie => ({ code_insee: noms.map(() => "x"), nom: n, colonnes: new Map([["c", new Float64Array(noms.length)]]) });
        expect(await csvEcrit(t(brut))).toBe(await csvEcrit(t(noms)));
      }),
      { numRuns: 40 },
    );
  });
});

describe("résumé national en français", () => {
  it("même texte qu'Intl.NumberFormat fr-FR (2 décimales au plus), sans charger Intl", async () => {
    const { formaterNombre } = await import("../../api/cli/francais.ts");
    expect([1234567.891, -0.5, 1.005, 999.995, 0, 12, 1e-7, -0].map(formaterNombre)).toEqual(["1\u202f234\u202f567,89", "-0,5", "1,01", "1\u202f000", "0", "12", "0", "-0"]);
    const intl = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });
    const fc = (await import("fast-check")).default;
    fc.assert(fc.property(fc.oneof(fc.double({ min: -1e22, max: 1e22 }), fc.integer().map((k) => k / 200)), (x) => {
      expect(formaterNombre(x)).toBe(intl.format(x));
    }), { numRuns: 2000 });
  });
});

describe("dotations simuler avec le moteur réel", () => {
  it("écrit, ligne par ligne, exactement ce que simuler() calcule pour les mêmes entrées", async () => {
    const { simuler } = await import("../../engine/index.ts");
    const d = await dossierTmp();
    await writeFile(join(d, "criteres-repartition-communes-2025.csv"), csvDgcl(2025, 12));
    await writeFile(join(d, "criteres-repartition-communes-2024.csv"), csvDgcl(2024, 12));
    let entrees: Parameters<FonctionSimuler>[0] | undefined;
    await executerSimulation({ annee: 2025, criteres: d, sortie: join(d, "r.csv") }, (e) => ((entrees = e), simuler(e as never)));
    const attendu = simuler(entrees as never);
    const p = new Problemes();
    const t = lireCsv(new Uint8Array(await readFile(join(d, "r.csv"))), "r.csv", p);
    expect(p.nbErreurs).toBe(0);
    expect(t.entetes.slice(0, 2)).toEqual(["code_insee", "nom"]);
    expect(t.entetes).not.toContain("population_dgf"); // inputs are not echoed back
    expect(t.nbLignes).toBe(12);
    for (const nom of ["dotation_forfaitaire", "dsr_fraction_perequation", "dsu_montant", "dotation_globale_fonctionnement_communes"]) {
      const j = t.entetes.indexOf(nom);
      expect(j, nom).toBeGreaterThan(1);
      const v = attendu.communes[nom];
      for (let i = 0; i < t.nbLignes; i++) {
        expect(t.texte(i, 0)).toBe(attendu.codeInsee[i]);
        expect(Math.abs(t.nombre(i, j) - v[i])).toBeLessThanOrEqual(Math.abs(v[i]) * 5e-9);
      }
    }
    expect(messages.some((m) => m.includes("dsu_montant_total"))).toBe(true);
    // By default the published variables; --toutes adds the intermediates, same values for the others.
    expect(t.entetes).toContain("rang_indice_synthetique_dsr_cible");
    expect(t.entetes).not.toContain("dsr_score_attribution_fraction_bourg_centre");
    await executerSimulation({ annee: 2025, criteres: d, sortie: join(d, "toutes.csv"), toutes: true }, simuler as never);
    const toutes = lireCsv(new Uint8Array(await readFile(join(d, "toutes.csv"))), "toutes.csv", p);
    expect(toutes.entetes).toContain("dsr_score_attribution_fraction_bourg_centre");
    for (const nom of t.entetes) {
      const j = toutes.entetes.indexOf(nom);
      expect(j, nom).toBeGreaterThanOrEqual(0);
      for (let i = 0; i < t.nbLignes; i++) expect(toutes.texte(i, j)).toBe(t.texte(i, t.entetes.indexOf(nom)));
    }
  }, 30000);
});

describe("chargement des tables normalisées (simuler sans --criteres)", () => {
  const tablesAvant = process.env.DOTATIONS_TABLES;
  afterEach(() => (tablesAvant === undefined ? delete process.env.DOTATIONS_TABLES : (process.env.DOTATIONS_TABLES = tablesAvant)));
  async function tables(codesAvant: string[]) {
    const { ENTREES, ENTREES_N_MOINS_1 } = await import("../../engine/entrees.ts");
    const { ecrireTableArrow } = await import("../../data/normalisation/arrow.ts");
    const d = await dossierTmp();
    const codes = ["01001", "2A004", "97411"];
    const entrees = Object.fromEntries(Object.entries(ENTREES).map(([k, def]) => [k, (def.type as string) === "booleen" ? new Uint8Array(3) : (def.type as string) === "date" ? new Int32Array(3) : Float64Array.of(1, 2, 3)]));
    await ecrireTableArrow(join(d, "entrees-2025.arrow"), { code_insee: codes, nom: ["Ambérieu", "Ajaccio", "Saint-Pierre"], ...entrees });
    const avant = Object.fromEntries(Object.keys(ENTREES_N_MOINS_1).map((k, j) => [k, Float64Array.of(10 * j, 10 * j + 1, 10 * j + 2)]));
    await ecrireTableArrow(join(d, "n-moins-1-2025.arrow"), { code_insee: codesAvant, ...avant });
    process.env.DOTATIONS_TABLES = d;
    return d;
  }
  it("lit N et N-1 alignées : colonnes N-1 sans les codes, comparés octet à octet", async () => {
    const d = await tables(["01001", "2A004", "97411"]);
    const { chargerEntrees } = await import("../../data/normalisation/charger.ts");
    const e = await chargerEntrees(2025);
    expect(e.communes.code_insee).toEqual(["01001", "2A004", "97411"]);
    expect(e.communes.nom).toEqual(["Ambérieu", "Ajaccio", "Saint-Pierre"]);
    const sansNoms = await chargerEntrees(2025, { nomsEnOctets: true });
    expect(sansNoms.communes.nom).toBeUndefined();
    expect(chainesDe(sansNoms.nomsBruts!)).toEqual(["Ambérieu", "Ajaccio", "Saint-Pierre"]);
    expect([...e.resultatsPrecedents!.dsr_montant_eligible_fraction_perequation]).toEqual([30, 31, 32]);
    const { lireTableArrow } = await import("../../data/normalisation/arrow.ts");
    const r = await lireTableArrow(join(d, "n-moins-1-2025.arrow"), (c) => c === "dotation_forfaitaire");
    expect(Object.keys(r.colonnes)).toEqual(["dotation_forfaitaire"]);
    const { offsets, octets } = r.textes.get("code_insee")!;
    expect([...offsets]).toEqual([0, 5, 10, 15]);
    expect(new TextDecoder().decode(octets.subarray(0, 15))).toBe("010012A00497411");
  });
  it("refuse des tables N et N-1 dont les codes diffèrent, même d'un octet ou d'une longueur", async () => {
    const { chargerEntrees } = await import("../../data/normalisation/charger.ts");
    for (const codesAvant of [["01001", "2A004", "97412"], ["01001", "2A0049", "7411"], ["01001", "2A004"]]) {
      await tables(codesAvant);
      await expect(chargerEntrees(2025)).rejects.toThrow(/non alignées : reconstruisez-les/);
    }
  });
});

describe("remplacement du fichier de sortie", () => {
  it("remplace un résultat précédent en entier, et le laisse intact si l'écriture échoue", async () => {
    const d = await dossierTmp();
    const chemin = join(d, "r.csv");
    await writeFile(chemin, "ancien résultat, plus long que le nouveau\n".repeat(100));
    await ecrireSortie(chemin, colonneC([1.5, 2]));
    expect(await readFile(chemin, "utf8")).toBe("code_insee,c\nx,1.5\nx,2\n");
    const { readdir } = await import("node:fs/promises");
    const casse: TableSortie = { code_insee: ["x"], colonnes: new Map([["c", { length: 1, get 0(): number { throw new Error("colonne illisible"); } } as ArrayLike<number>]]) };
    await expect(ecrireSortie(chemin, casse)).rejects.toThrow("colonne illisible");
    expect(await readFile(chemin, "utf8")).toBe("code_insee,c\nx,1.5\nx,2\n");
    expect(await readdir(d)).toEqual(["r.csv"]); // no temporary file left
  });
});
