import { describe, expect, it } from "vitest";
import type { AnneeDgcl, CleColonneDgcl } from "../../data/dgcl/colonnes.ts";
import { deriverEntrees, strateDemographique } from "../../data/dgcl/derives.ts";
import type { CriteresDgcl } from "../../data/dgcl/lire.ts";
import { joindreNMoins1 } from "../../data/dgcl/n-moins-1.ts";
import { Problemes } from "../../data/lecture/probleme.ts";
import { referentielCommunes, successeurDans } from "../../data/referentiel/communes.ts";

function criteres(annee: AnneeDgcl, lignes: { code: string; dep: string; clc?: string; [k: string]: number | string | undefined }[]): CriteresDgcl {
  const cles = new Set<string>();
  for (const l of lignes) for (const k of Object.keys(l)) if (!["code", "dep", "clc"].includes(k)) cles.add(k);
  const colonnes: Partial<Record<CleColonneDgcl, Float64Array>> = {};
  for (const k of cles) colonnes[k as CleColonneDgcl] = Float64Array.from(lignes, (l) => Number(l[k] ?? 0));
  return {
    annee, fichier: `criteres-${annee}.csv`, nb: lignes.length,
    code_insee: lignes.map((l) => l.code), nom: lignes.map((l) => `C${l.code}`), code_departement: lignes.map((l) => l.dep),
    code_commune_chef_lieu_canton: lignes.map((l) => l.clc ?? ""), colonnes, lignes: Int32Array.from(lignes, (_, i) => i + 2),
  };
}

describe("entrées dérivées (spec §5.1)", () => {
  const c2025 = criteres(2025, [
    { code: "01001", dep: "01", clc: "01001", population_dgf: 2000, population_dgf_agglomeration: 3000, part_population_canton: 25 },
    { code: "01002", dep: "01", clc: "01001", population_dgf: 1000, population_dgf_agglomeration: 3000, part_population_canton: 15 },
    { code: "57163", dep: "57", clc: "99999", population_dgf: 500, population_dgf_agglomeration: 0, part_population_canton: 15 },
    { code: "97101", dep: "971", population_dgf: 300, population_dgf_agglomeration: 0, part_population_canton: 0 },
  ]);
  const { communes: e } = deriverEntrees(c2025);
  it("outre-mer, chef-lieu de canton et sa population, plus grande commune de l'agglomération", () => {
    expect([...e.outre_mer]).toEqual([0, 0, 0, 1]);
    expect([...e.chef_lieu_de_canton]).toEqual([1, 0, 0, 0]);
    expect([...e.population_dgf_chef_lieu_de_canton]).toEqual([2000, 2000, 0, 0]);
    expect([...e.population_dgf_maximum_commune_agglomeration]).toEqual([2000, 2000, 0, 0]);
  });
  it("part du canton : pourcentage divisé par 100 depuis 2023, artefact de 57163 ramené sous 15 %", () => {
    expect(e.part_population_canton[0]).toBe(0.25);
    expect(e.part_population_canton[1]).toBe(0.15);
    expect(e.part_population_canton[2]).toBeCloseTo(0.1499, 12);
    const c2022 = criteres(2022, [{ code: "01001", dep: "01", part_population_canton: 0.25 }]);
    expect(deriverEntrees(c2022).communes.part_population_canton[0]).toBe(0.25);
  });
  it("défauts du contrat pour les entrées absentes ; strate calculée si non publiée", () => {
    expect(e.date_creation_commune).toBeInstanceOf(Int32Array);
    expect(e.zrr).toBeInstanceOf(Uint8Array);
    expect(Number.isNaN(e.population_insee_initiale[0])).toBe(true);
    expect([...e.strate_demographique]).toEqual([4, 3, 2, 1]);
    expect([499, 500, 4999, 5000, 199999, 200000].map(strateDemographique)).toEqual([1, 2, 5, 6, 14, 15]);
  });
  it("impute le revenu manquant en inversant l'indice cible publié (calcul à la main)", () => {
    // Strate 1, métropole: PF_strate = 120000/300 = 400 €/hab; R_strate = 1 600 000/300 €/hab.
    // C: indice 1.2 = 0.7 × 400/400 + 0.3 × R_strate/(rev/100) ⇒ rev = 100 × 0.3 × 5333.33… / 0.5 = 320 000.
    const c = criteres(2025, [
      { code: "01001", dep: "01", population_dgf: 100, population_insee: 100, potentiel_financier: 50000, potentiel_financier_par_habitant: 500, revenu_total: 1_000_000, strate_demographique: 1, indice_synthetique_dsr_cible: 0 },
      { code: "01002", dep: "01", population_dgf: 100, population_insee: 100, potentiel_financier: 30000, potentiel_financier_par_habitant: 300, revenu_total: 600_000, strate_demographique: 1, indice_synthetique_dsr_cible: 0.9 },
      { code: "01003", dep: "01", population_dgf: 100, population_insee: 100, potentiel_financier: 40000, potentiel_financier_par_habitant: 400, revenu_total: 0, strate_demographique: 1, indice_synthetique_dsr_cible: 1.2 },
    ]);
    const d = deriverEntrees(c);
    expect(d.revenusImputes).toEqual([2]);
    expect(d.communes.revenu_total[2]).toBeCloseTo(320_000, 6);
    expect(d.communes.revenu_total[0]).toBe(1_000_000);
  });
});

describe("jointure N-1", () => {
  const parts = (p: number[], prefixe: "perequation" | "cible") =>
    Object.fromEntries(["potentiel_financier_par_habitant", "longueur_voirie", "enfants", "potentiel_financier_par_hectare"].map((k, j) => [`dsr_fraction_${prefixe}_part_${k}`, p[j]]));
  const ligne = (code: string, dep: string, o: Record<string, number>) => ({
    code, dep, population_dgf: 0, population_dgf_majoree: 0, dotation_forfaitaire: 0, dsr_montant_eligible_fraction_bourg_centre: 0,
    dsr_fraction_perequation: 0, dsu_part_spontanee: 0, dsu_part_augmentation: 0, ...parts([0, 0, 0, 0], "perequation"), ...parts([0, 0, 0, 0], "cible"), ...o,
  });
  const avant = [
    ligne("01001", "01", { population_dgf: 800, dotation_forfaitaire: 40, dsr_fraction_perequation: 77, population_dgf_majoree: 810 }),
    ligne("93066", "93", { population_dgf: 1000, dotation_forfaitaire: 100, dsu_part_spontanee: 10, dsu_part_augmentation: 5, dsr_fraction_perequation: 200, ...parts([1, 1, 0, 0], "perequation"), ...parts([1, 2, 3, 4], "cible"), population_dgf_majoree: 1000.5 }),
    ligne("93059", "93", { population_dgf: 300, dotation_forfaitaire: 50, dsr_montant_eligible_fraction_bourg_centre: 12, population_dgf_majoree: 300.25 }),
  ];
  const { successeurs } = referentielCommunes();
  it("le référentiel rattache Pierrefitte-sur-Seine (93059) à Saint-Denis (93066)", () => {
    expect(successeurs.get("93059")).toBe("93066");
    expect(successeurDans("93059", new Map([["93066", 7]]), successeurs)).toBe(7);
  });
  it("additionne les communes fusionnées dans leur successeur et lit chaque valeur N-1 comme la spec §3.13", () => {
    const p = new Problemes();
    const j = joindreNMoins1(criteres(2024, avant), ["93066", "01001"], successeurs, p, [1300, 800])!;
    expect(p.lignes()).toEqual([]);
    expect(j.fusionnees).toBe(1);
    expect([...j.resultats.dotation_forfaitaire]).toEqual([150, 40]);
    expect([...j.resultats.population_dgf_majoree]).toEqual([1300.75, 810]);
    expect([...j.resultats.dsu_montant_eligible]).toEqual([15, 0]);
    // Péréquation: the published amount counts only when the parts are > 0 (01001's 77 € is a guarantee).
    expect([...j.resultats.dsr_montant_eligible_fraction_perequation]).toEqual([200, 0]);
    expect([...j.resultats.dsr_montant_hors_garanties_fraction_cible]).toEqual([10, 0]);
    expect([...j.resultats.dsr_montant_eligible_fraction_bourg_centre]).toEqual([12, 0]);
  });
  it("refuse de perdre une commune N-1 sans successeur et signale un saut de population", () => {
    const p = new Problemes();
    joindreNMoins1(criteres(2024, [...avant, ligne("01999", "01", {})]), ["93066", "01001"], successeurs, p, [1300, 2000]);
    expect(p.lignes()).toEqual([
      "criteres-2024.csv:5:0: commune 01999 de 2024 absente de 2025 et sans successeur connu : ses montants N-1 ne peuvent pas être rattachés",
      "criteres-2024.csv:0:0: avertissement : commune 01001 : population DGF 800 en 2024, 2000 en 2025 (saut inhabituel)",
    ]);
  });
  it("exige les colonnes de résultats du fichier N-1", () => {
    const p = new Problemes();
    const c = criteres(2024, [{ code: "01001", dep: "01", population_dgf: 1 }]);
    expect(joindreNMoins1(c, ["01001"], successeurs, p)).toBeNull();
    expect(p.lignes()[0]).toBe("criteres-2024.csv:1:0: colonne « dotation_forfaitaire » absente du fichier 2024 : nécessaire pour les montants N-1");
  });
});
