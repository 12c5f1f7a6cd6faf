import { mkdtemp, readFile, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { lireFichierCriteres } from "../../data/dgcl/lire.ts";
import { deriverEntrees } from "../../data/dgcl/derives.ts";
import { franceSynthetique, type FranceSynthetique } from "../../data/synthetique/france.ts";
import { ecrireDossierSynthetique, nomsFichiers } from "../../data/synthetique/sortie.ts";
import { normaliserAnnee } from "../../data/normalisation/construire.ts";
import { NOMBRE_ECARTS } from "../../data/synthetique/montants.ts";
import { resultatsNMoins1De, commeLue } from "../../data/synthetique/fichiers.ts";
import { chargerMontantsReels, type MontantsReels } from "../../data/synthetique/reels.ts";
import { ciblesNationales, rapportCalibrage, RAPPORT_POPULATION_DGF } from "../../data/synthetique/rapport.ts";
import { chargerReferentiel } from "../../data/synthetique/referentiel.ts";
import { simulerFactice } from "./moteur-factice.ts";

let reels: MontantsReels | undefined;
let f: FranceSynthetique;
let dossier: string;

beforeAll(async () => {
  reels = await chargerMontantsReels();
  f = franceSynthetique({ annee: 2026, graine: 3, reels, simuler: simulerFactice });
  dossier = await mkdtemp(join(tmpdir(), "synthetique-"));
  await ecrireDossierSynthetique(dossier, f);
}, 60000);

describe("France synthétique : chaîne N-1 → N, montants notifiés, fichiers", () => {
  it("l'année N lit les montants N-1 dans la table N-1, comme le lecteur", () => {
    const dfN1 = f.nMoins1.resultats.dotation_forfaitaire;
    const i = f.n.communes.code_insee.indexOf("01001");
    expect(f.n.resultatsPrecedents.dotation_forfaitaire[i]).toBe(Math.round(Number(dfN1[i])));
    expect(f.n.resultatsPrecedents.dsr_montant_eligible_fraction_perequation[i]).toBe(Math.round(Number(f.nMoins1.resultats.dsr_fraction_perequation[i])));
    // N-1 was seeded with the generated N-2 amounts.
    expect(f.nMoins1.resultatsPrecedents.dotation_forfaitaire[i]).toBeGreaterThan(0);
    expect(f.nMoins1.annee).toBe(2025);
    expect(f.format).toBe(2026);
  });

  it("les montants notifiés N = résultats du moteur arrondis, sauf les écarts injectés, tous listés", () => {
    const par = new Map(f.ecarts.map((e) => [`${e.code_insee}|${e.colonne}`, e]));
    for (const nature of Object.keys(NOMBRE_ECARTS) as (keyof typeof NOMBRE_ECARTS)[]) {
      expect(f.ecarts.filter((e) => e.nature === nature)).toHaveLength(NOMBRE_ECARTS[nature]);
    }
    const t = f.n.table.colonnes;
    const r = f.n.resultats;
    const c = f.n.communes;
    const touchees = new Set(f.ecarts.map((e) => e.code_insee));
    for (let i = 0; i < c.code_insee.length; i++) {
      for (const cle of ["dotation_forfaitaire", "dsu_montant", "dsr_fraction_bourg_centre"] as const) {
        const e = par.get(`${c.code_insee[i]}|${cle}`);
        const moteur = Math.round(Number(r[cle][i]));
        if (e) {
          expect(e.montant_moteur).toBe(moteur);
          expect(t[cle]![i]).toBe(e.montant_notifie);
          expect(e.montant_notifie).not.toBe(moteur);
        } else expect(t[cle]![i]).toBe(moteur);
      }
      if (!touchees.has(c.code_insee[i])) expect(t.dotation_solidarite_rurale![i]).toBe(Math.round(Number(r.dotation_solidarite_rurale[i])));
    }
    for (const e of f.ecarts.filter((x) => x.nature === "arrondi")) expect(Math.abs(e.montant_notifie - e.montant_moteur)).toBeLessThanOrEqual(3);
    for (const e of f.ecarts.filter((x) => x.nature === "bascule_eligibilite")) expect(e.montant_notifie).toBe(0);
    // The notified DSR total stays the sum of its notified fractions.
    const i = c.code_insee.indexOf(f.ecarts.find((x) => x.nature === "bascule_eligibilite")!.code_insee);
    expect(t.dotation_solidarite_rurale![i]).toBe(t.dsr_fraction_bourg_centre![i] + t.dsr_fraction_perequation![i] + t.dsr_fraction_cible![i]);
  });

  it("le lecteur DGCL relit les fichiers écrits exactement comme les entrées de l'API", async () => {
    const noms = nomsFichiers(2026);
    const lu = await lireFichierCriteres(join(dossier, noms.criteresN), { annee: 2026 });
    expect(lu.problemes.nbErreurs).toBe(0);
    const depuisFichier = deriverEntrees(lu.criteres!).communes as unknown as Record<string, ArrayLike<number>>;
    const api = f.n.communes as unknown as Record<string, ArrayLike<number> | readonly string[]>;
    let differences = 0;
    // Creation date and initial population come from the INSEE history, not from the DGCL file (spec §5.1).
    const horsFichier = new Set(["date_creation_commune", "population_insee_initiale"]);
    for (const [cle, v] of Object.entries(api)) {
      if (horsFichier.has(cle)) continue;
      if (typeof v[0] === "string") {
        expect(depuisFichier[cle] ?? (lu.criteres as unknown as Record<string, unknown>)[cle]).toEqual(v);
        continue;
      }
      for (let i = 0; i < v.length; i++) if (!Object.is(v[i], depuisFichier[cle][i])) differences++;
    }
    expect(differences).toBe(0);
    const k = f.n.communes.code_insee.indexOf("01015"); // commune nouvelle: its history reaches the API
    expect(f.n.communes.date_creation_commune[k]).toBeGreaterThan(20150000);
    const luN1 = await lireFichierCriteres(join(dossier, noms.criteresNMoins1), { annee: 2026 });
    expect(luN1.problemes.nbErreurs).toBe(0);
    const n1 = resultatsNMoins1De(luN1.criteres!);
    expect(Array.from(n1.dsu_montant_eligible)).toEqual(Array.from(f.n.resultatsPrecedents.dsu_montant_eligible));
    expect(Array.from(resultatsNMoins1De(commeLue(2026, f.nMoins1.table, "x")).dotation_forfaitaire)).toEqual(Array.from(n1.dotation_forfaitaire));
  });

  it("l'historique INSEE écrit à côté rend aux communes nouvelles leur date de création, comme dans l'API", async () => {
    const noms = nomsFichiers(2026);
    const { communes } = await normaliserAnnee(2026, { n: join(dossier, noms.criteresN), nMoins1: join(dossier, noms.criteresNMoins1) });
    expect(Array.from(communes.date_creation_commune)).toEqual(Array.from(f.n.communes.date_creation_commune));
    // One « création de commune nouvelle » (MOD 32) row per commune nouvelle, after the header.
    const lignes = (await readFile(join(dossier, noms.historique), "utf8")).trim().split("\n");
    expect(lignes).toHaveLength(1 + Array.from(f.n.communes.date_creation_commune).filter((d) => d > 0).length);
    expect(lignes[1]).toMatch(/^"32","\d{4}-01-01","COM","\w{5}",/);
  }, 60000);

  it("même graine : fichiers identiques octet pour octet ; autre graine : fichiers différents", async () => {
    const bis = await mkdtemp(join(tmpdir(), "synthetique-"));
    await ecrireDossierSynthetique(bis, franceSynthetique({ annee: 2026, graine: 3, reels, simuler: simulerFactice }));
    const autre = await mkdtemp(join(tmpdir(), "synthetique-"));
    await ecrireDossierSynthetique(autre, franceSynthetique({ annee: 2026, graine: 4, reels, simuler: simulerFactice }));
    const fichiers = (await readdir(dossier)).sort();
    expect(fichiers).toEqual(Object.values(nomsFichiers(2026)).sort());
    for (const nom of fichiers) expect((await readFile(join(bis, nom))).equals(await readFile(join(dossier, nom)))).toBe(true);
    const n = nomsFichiers(2026).criteresN;
    expect((await readFile(join(autre, n))).equals(await readFile(join(dossier, n)))).toBe(false);
  }, 60000);

  it("le dossier dit qu'il est synthétique (LISEZMOI, métadonnées), avec graine et version", async () => {
    const noms = nomsFichiers(2026);
    const lisezmoi = await readFile(join(dossier, noms.lisezmoi), "utf8");
    expect(lisezmoi).toContain("Données synthétiques — ne pas utiliser pour une décision");
    expect(lisezmoi).toContain("Graine : 3");
    expect(lisezmoi).toContain(`Version du générateur : ${f.meta.versionGenerateur}`);
    const meta = JSON.parse(await readFile(join(dossier, noms.meta), "utf8"));
    expect(meta).toMatchObject({ synthetique: true, graine: 3, annee: 2026, format: 2026, ecarts: f.ecarts.length });
    const verite = (await readFile(join(dossier, noms.ecarts), "utf8")).trim().split("\n");
    expect(verite[0]).toBe("code_insee,nom,colonne,nature,montant_moteur,montant_notifie,ecart,explication");
    expect(verite).toHaveLength(f.ecarts.length + 1);
  });

  it("refuse une année sans format officiel connu, en français", () => {
    expect(() => franceSynthetique({ annee: 2019, graine: 1, simuler: simulerFactice })).toThrow(/Année invalide/);
  });

  it("le rapport compare aux chiffres réels : parts et médianes recalculées à la main", () => {
    if (!reels) return;
    const r = rapportCalibrage(f, reels);
    const ssd = r.parDepartement.find((l) => l.cellule === "93")!;
    expect(ssd.communes).toBe(39);
    // 35 of the 39 communes of Seine-Saint-Denis receive the DSU in 2026 (OFGL).
    expect(ssd.mesures.find((m) => m.indicateur === "part DSU (%)")!.reel).toBeCloseTo((100 * 35) / 39, 10);
    // The test double pays the DSU of N-1 back: same share as the seeds (the real amounts).
    expect(ssd.mesures.find((m) => m.indicateur === "part DSU (%)")!.synthetique).toBeCloseTo((100 * 35) / 39, 10);
    expect(r.parStrate.reduce((s, l) => s + l.communes, 0)).toBe(reels.parCommune.size);
  });

  it("fixe les cibles DSU par la loi sur les populations réelles du COG", () => {
    const ref = chargerReferentiel();
    let haut = 0;
    for (let i = 0; i < ref.code.length; i++) if (!ref.outreMer[i] && ref.population[i] * RAPPORT_POPULATION_DGF >= 10000) haut++;
    const cibles = ciblesNationales();
    expect(cibles.find((c) => c.cle === "dsu_haut")!.valeur).toBe(Math.floor(haut * 0.666667 + 0.99));
    expect(cibles.find((c) => c.cle === "cible")!.valeur).toBe(10000);
  });
});
