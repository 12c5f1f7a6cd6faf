import { describe, expect, it } from "vitest";
import { ENTREES } from "../../engine/entrees.ts";
import { VARIABLES_PUBLIEES } from "../../engine/simulation/publiees.ts";
import { ANNEES_DGCL, colonnesDgcl, colonnesEntrees, colonnesResultats, enteteDgcl, entetesOfficiels, normaliserEntete } from "../../data/dgcl/colonnes.ts";
import { deduireAnnee, lireCriteres } from "../../data/dgcl/lire.ts";
import { classeurXlsx } from "./xlsx-minimal.ts";
import { csvDgcl, enc, latin1, remplacerCellule } from "./outils.ts";

const POP = "Informations générales - Population DGF de l'année N";
const NOM = "Informations générales - Nom de la commune";
const CODE = "Informations générales - Code INSEE de la commune";

const lire = (texte: string | Uint8Array, annee: 2025 | 2022 | 2019 = 2025) =>
  lireCriteres(typeof texte === "string" ? enc(texte) : texte, "criteres.csv", { annee });

describe("colonnes DGCL", () => {
  it("chaque année a des en-têtes distincts et chaque entrée du moteur est lue ou dérivée", () => {
    const derivees = ["outre_mer", "chef_lieu_de_canton", "population_dgf_chef_lieu_de_canton", "population_dgf_maximum_commune_agglomeration", "date_creation_commune", "population_insee_initiale", "dsr_garantie_commune_nouvelle_fraction_bourg_centre", "dsr_garantie_commune_nouvelle_fraction_perequation", "dsr_garantie_commune_nouvelle_fraction_cible", "dsu_montant_garantie_pluriannuelle"];
    for (const a of ANNEES_DGCL) {
      const normes = colonnesDgcl(a).flatMap((c) => c.entetes.map(normaliserEntete));
      const parColonne = colonnesDgcl(a).map((c) => new Set(c.entetes.map(normaliserEntete)));
      // No variant of one column is a header of another column.
      for (const h of new Set(normes)) expect(parColonne.filter((s) => s.has(h)).length).toBe(1);
      const lues = new Set(colonnesEntrees(a).map((c) => c.cle));
      for (const nom of Object.keys(ENTREES)) {
        if (nom === "dotation_globale_fonctionnement_reference_communes" && a < 2024) continue;
        expect(lues.has(nom as never) || derivees.includes(nom), `${a} ${nom}`).toBe(true);
      }
    }
  });
  it("donne les noms de la spécification (§5) pour 2024–2025 et 2020–2021", () => {
    expect(enteteDgcl(2025, "population_dgf")).toBe(POP);
    expect(enteteDgcl(2024, "part_population_canton")).toBe("Dotation de solidarité rurale - Fraction bourg-centre - Pourcentage de la population communale dans le canton d'appartenance en 2014");
    expect(enteteDgcl(2020, "population_dgf")).toBe("Informations générales - Population DGF Année N'");
    expect(enteteDgcl(2021, "population_dgf_agglomeration")).toBe("Dotation de solidarité rurale Bourg-centre - Population DGF des communes de l'agglomération");
    expect(enteteDgcl(2023, "dotation_globale_fonctionnement_reference_communes")).toBeUndefined();
    expect(entetesOfficiels(2026)).toEqual(entetesOfficiels(2025));
  });
  it("chaque montant publié par la DGCL est une variable que simuler rend par défaut", () => {
    for (const annee of ANNEES_DGCL) for (const c of colonnesResultats(annee)) expect(VARIABLES_PUBLIEES, `${annee} ${c.cle}`).toContain(c.cle);
  });
  it("déduit l'époque des en-têtes", () => {
    expect([2019, 2020, 2021]).toContain(deduireAnnee(entetesOfficiels(2019)));
    expect([2022, 2023]).toContain(deduireAnnee(entetesOfficiels(2022)));
    expect([2024, 2025, 2026]).toContain(deduireAnnee(entetesOfficiels(2025)));
  });
});

describe("lecture et validation d'un fichier DGCL", () => {
  it("relit exactement ce que l'écrivain au format officiel écrit", async () => {
    const csv = csvDgcl(2025, 6, 3);
    const { criteres, problemes } = await lire(csv);
    expect(problemes.lignes()).toEqual([]);
    expect(criteres!.nb).toBe(6);
    expect(criteres!.code_insee[1]).toBe("02001");
    expect(criteres!.nom[0]).toBe("Commune 01001, « été »");
    // Hand check of one cell: the written text is read back as the same number.
    const ligne = csv.split("\n")[1];
    expect(ligne.startsWith("01001,")).toBe(true);
  });
  it("liste une colonne manquante sous la forme fichier:ligne:colonne", async () => {
    const csv = csvDgcl(2025).replace(POP, "Population");
    const { criteres, problemes } = await lire(csv);
    expect(criteres).toBeNull();
    expect(problemes.lignes()).toContain(`criteres.csv:1:0: colonne manquante « ${POP} » (attendue dans le fichier 2025)`);
  });
  it("liste tous les problèmes, pas seulement le premier", async () => {
    let csv = csvDgcl(2025);
    csv = remplacerCellule(csv, 1, CODE, "01001"); // duplicate
    csv = remplacerCellule(csv, 2, POP, '"12,3,4"');
    csv = remplacerCellule(csv, 3, POP, "");
    csv = remplacerCellule(csv, 0, POP, "-5");
    const { problemes } = await lire(csv);
    const j = entetesOfficiels(2025).indexOf(POP) + 1;
    expect(problemes.lignes()).toEqual([
      `criteres.csv:3:1: code INSEE 01001 en double (déjà ligne 2)`,
      `criteres.csv:2:${j}: valeur négative -5 interdite (colonne « ${POP} »)`,
      `criteres.csv:4:${j}: « 12,3,4 » n'est pas un nombre (colonne « ${POP} » ; décimale avec une virgule ou un point, sans séparateur de milliers)`,
      `criteres.csv:5:${j}: cellule vide : un nombre est attendu (colonne « ${POP} »)`,
      "criteres.csv:3:0: avertissement : le code INSEE 01001 ne commence pas par le département 02",
    ]);
    expect(problemes.nbErreurs).toBe(4);
  });
  it("refuse un code INSEE mal formé, un département inconnu, un booléen inconnu et un entier à décimales", async () => {
    let csv = csvDgcl(2025);
    csv = remplacerCellule(csv, 0, CODE, "1001");
    csv = remplacerCellule(csv, 1, "Informations générales - Code département de la commune", "99");
    csv = remplacerCellule(csv, 2, "Dotation de solidarité rurale - Fraction péréquation - Commune insulaire", "peut-être");
    csv = remplacerCellule(csv, 3, POP, '"10,5"');
    const l = (await lire(csv)).problemes.lignes().join("\n");
    expect(l).toMatch(/criteres\.csv:2:1: code INSEE « 1001 » invalide/);
    expect(l).toMatch(/criteres\.csv:3:3: département « 99 » inconnu/);
    expect(l).toMatch(/criteres\.csv:4:\d+: « peut-être » n'est pas un booléen/);
    expect(l).toMatch(/criteres\.csv:5:\d+: nombre entier attendu, trouvé 10\.5/);
  });
  it("lit un fichier Windows-1252 avec BOM absent, et un fichier UTF-8 avec BOM et CRLF", async () => {
    const csv = remplacerCellule(csvDgcl(2025), 0, NOM, "Saint-Étienne-lès-Remiremont");
    const a = await lire(latin1(csv));
    expect(a.problemes.nbErreurs).toBe(0);
    expect(a.criteres!.nom[0]).toBe("Saint-Étienne-lès-Remiremont");
    const b = await lire(Uint8Array.from([0xef, 0xbb, 0xbf, ...enc(csv.replaceAll("\n", "\r\n"))]));
    expect(b.problemes.nbErreurs).toBe(0);
    expect(b.criteres!.nom[0]).toBe("Saint-Étienne-lès-Remiremont");
    expect(b.criteres!.colonnes.population_dgf).toEqual(a.criteres!.colonnes.population_dgf);
  });
  it("signale un fichier tronqué et un fichier vide", async () => {
    const csv = csvDgcl(2025);
    const tronque = await lire(csv.slice(0, Math.floor(csv.length * 0.8)));
    expect(tronque.problemes.lignes().join("\n")).toMatch(/le fichier semble tronqué/);
    const vide = await lire("");
    expect(vide.criteres).toBeNull();
    expect(vide.problemes.lignes()).toEqual(["criteres.csv:1:0: fichier vide : aucune ligne d'en-têtes"]);
  });
  it("accepte les conversions documentées : « n.d. » pour la part du canton, « non disponible », OUI/NON avant 2024", async () => {
    let csv = csvDgcl(2022);
    const part = enteteDgcl(2022, "part_population_canton")!;
    const zrr = enteteDgcl(2022, "zrr")!;
    csv = remplacerCellule(csv, 0, part, "n.d.");
    csv = remplacerCellule(csv, 1, zrr, "non disponible");
    csv = remplacerCellule(csv, 2, zrr, "OUI");
    const { criteres, problemes } = await lire(csv, 2022);
    expect(problemes.nbErreurs).toBe(0);
    expect(criteres!.colonnes.part_population_canton![0]).toBe(0);
    expect([criteres!.colonnes.zrr![1], criteres!.colonnes.zrr![2]]).toEqual([0, 1]);
  });
  it("lit un classeur XLSX valide, en-têtes sur une ligne ou sur deux (famille fusionnée puis nom)", async () => {
    const entetes = entetesOfficiels(2025);
    const csvLu = (await lire(csvDgcl(2025, 3))).criteres!;
    const ligne = (i: number) =>
      colonnesDgcl(2025).map((c) => {
        if (c.cle === "code_insee") return i === 0 ? 1001 : csvLu.code_insee[i]; // a numeric code losing its zero
        if (c.cle === "nom") return csvLu.nom[i];
        if (c.cle === "code_departement") return csvLu.code_departement[i];
        if (c.cle === "code_commune_chef_lieu_canton") return csvLu.code_commune_chef_lieu_canton[i];
        const v = csvLu.colonnes[c.cle]![i];
        return c.type === "booleen" ? String(v) : v;
      });
    const simple = await lireCriteres(classeurXlsx([entetes, ligne(0), ligne(1), ligne(2)]), "criteres.xlsx", { annee: 2025 });
    expect(simple.problemes.lignes()).toEqual([]);
    expect(simple.criteres!.code_insee).toEqual(csvLu.code_insee);
    expect(simple.criteres!.colonnes.potentiel_financier).toEqual(csvLu.colonnes.potentiel_financier);
    const familles = entetes.map((h) => h.slice(0, h.lastIndexOf(" - ")));
    const noms = entetes.map((h) => h.slice(h.lastIndexOf(" - ") + 3));
    const fusion = familles.map((f, j) => (j > 0 && familles[j - 1] === f ? null : f));
    const double = await lireCriteres(classeurXlsx([fusion, noms, ligne(0), ligne(1), ligne(2)]), "criteres.xlsx", { annee: 2025 });
    expect(double.problemes.lignes()).toEqual([]);
    expect(double.criteres!.colonnes.population_dgf).toEqual(csvLu.colonnes.population_dgf);
    expect(double.criteres!.lignes[0]).toBe(3);
  });
  it("signale un classeur XLSX tronqué", async () => {
    const x = classeurXlsx([["a"], [1]]);
    const r = await lireCriteres(x.slice(0, x.length - 30), "criteres.xlsx", { annee: 2025 });
    expect(r.criteres).toBeNull();
    expect(r.problemes.lignes()[0]).toMatch(/^criteres\.xlsx:1:0: classeur XLSX illisible/);
  });
});
