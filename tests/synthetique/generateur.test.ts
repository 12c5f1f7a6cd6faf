import { beforeAll, describe, expect, it } from "vitest";
import { parametresAnnee, valeurBareme } from "../../engine/parametres.ts";
import { genererCriteres, type CriteresSynthetiques } from "../../data/synthetique/generateur.ts";
import { chargerMontantsReels, composante, type MontantsReels } from "../../data/synthetique/reels.ts";
import { chargerReferentiel } from "../../data/synthetique/referentiel.ts";

let g: CriteresSynthetiques;
let reels: MontantsReels | undefined;

beforeAll(async () => {
  reels = await chargerMontantsReels();
  g = genererCriteres({ annee: 2026, graine: 1, reels });
});

const mediane = (v: number[]) => v.sort((a, b) => a - b)[v.length >> 1];

describe("France synthétique : critères", () => {
  it("reprend les communes réelles du COG (codes, noms, départements, outre-mer)", () => {
    const ref = chargerReferentiel();
    const c = g.n.communes;
    expect(ref.versionCog).toBe("6.0.0");
    expect(c.code_insee.length).toBeGreaterThan(34800);
    expect(c.code_insee.length).toBeLessThan(35100);
    expect(new Set(c.code_insee).size).toBe(c.code_insee.length);
    const i = c.code_insee.indexOf("75056");
    expect(c.nom![i]).toBe("Paris");
    expect(c.population_insee[i]).toBe(Math.round(ref.population[i] * 1.012));
    const j = c.code_insee.indexOf("97411");
    expect(c.nom![j]).toBe("Saint-Denis");
    expect(c.outre_mer[j]).toBe(1);
    expect(c.outre_mer[i]).toBe(0);
    // Communes nouvelles of the reference get a creation date, at the latest in N-1.
    const k = c.code_insee.indexOf("01015"); // Arboys en Bugey, commune nouvelle
    expect(Math.floor(c.date_creation_commune[k] / 10000)).toBeGreaterThanOrEqual(2015);
    expect(Math.floor(c.date_creation_commune[k] / 10000)).toBeLessThanOrEqual(2025);
  });

  it("est déterministe : même graine, mêmes colonnes ; autre graine, autres valeurs", () => {
    const bis = genererCriteres({ annee: 2026, graine: 1, reels });
    const autre = genererCriteres({ annee: 2026, graine: 2, reels });
    for (const nom of ["potentiel_financier", "revenu_total", "population_dgf", "longueur_voirie", "part_population_canton"] as const) {
      expect(Array.from(bis.n.communes[nom])).toEqual(Array.from(g.n.communes[nom]));
      expect(Array.from(bis.nMoins1.communes[nom])).toEqual(Array.from(g.nMoins1.communes[nom]));
      expect(Array.from(autre.n.communes[nom])).not.toEqual(Array.from(g.n.communes[nom]));
    }
    expect(Array.from(bis.amorce.dotation_forfaitaire)).toEqual(Array.from(g.amorce.dotation_forfaitaire));
  });

  it("respecte les invariants des critères", () => {
    const c = g.n.communes;
    const strates = parametresAnnee(2026).population.groupes_demographiques;
    for (let i = 0; i < c.code_insee.length; i++) {
      expect(c.population_dgf[i]).toBeGreaterThanOrEqual(c.population_insee[i]);
      expect(c.strate_demographique[i]).toBe(valeurBareme(strates, c.population_dgf[i]));
      expect(c.nombre_logements_sociaux[i]).toBeLessThanOrEqual(c.nombre_logements[i]);
      expect(c.nombre_beneficiaires_aides_au_logement[i]).toBeLessThanOrEqual(c.nombre_logements[i]);
      expect(c.population_qpv[i]).toBeLessThanOrEqual(c.population_insee[i]);
      expect(c.population_enfants[i]).toBeLessThan(c.population_insee[i] * 0.31);
      expect(Math.abs(c.potentiel_financier_par_habitant[i] - c.potentiel_financier[i] / c.population_dgf[i])).toBeLessThan(1e-6);
      expect(c.potentiel_fiscal[i]).toBeLessThanOrEqual(c.potentiel_financier[i]);
      expect(c.part_population_canton[i]).toBeGreaterThanOrEqual(0);
      expect(c.part_population_canton[i]).toBeLessThan(1);
      expect(c.effort_fiscal[i]).toBeGreaterThan(0);
      if (c.outre_mer[i]) expect(c.zrr[i] + c.zone_de_montagne[i]).toBe(0);
    }
  });

  it("garde N-1 et N cohérents (mêmes communes, populations et ressources voisines)", () => {
    const a = g.nMoins1.communes, b = g.n.communes;
    expect(a.code_insee).toEqual(b.code_insee);
    let grands = 0;
    for (let i = 0; i < b.code_insee.length; i++) {
      if (Math.abs(b.population_insee[i] / a.population_insee[i] - 1) > 0.05 && b.population_insee[i] > 200) grands++;
      expect(a.zone_de_montagne[i]).toBe(b.zone_de_montagne[i]);
      expect(a.chef_lieu_arrondissement[i]).toBe(b.chef_lieu_arrondissement[i]);
    }
    expect(grands / b.code_insee.length).toBeLessThan(0.01);
    const pf = (c: typeof a) => c.potentiel_financier.reduce((s, x) => s + x, 0);
    expect(pf(b) / pf(a)).toBeGreaterThan(1.01);
    expect(pf(b) / pf(a)).toBeLessThan(1.04);
  });

  it("a des dépendances réalistes à la taille, au territoire et au caractère urbain", () => {
    const c = g.n.communes;
    const ref = chargerReferentiel();
    const pfHab = (min: number, max: number) =>
      mediane([...c.potentiel_financier_par_habitant].filter((_, i) => !c.outre_mer[i] && c.population_dgf[i] >= min && c.population_dgf[i] < max));
    expect(pfHab(0, 500)).toBeLessThan(pfHab(10000, 50000));
    expect(pfHab(2000, 3500)).toBeLessThan(pfHab(10000, 50000));
    expect(pfHab(2000, 3500)).toBeGreaterThan(pfHab(0, 500));
    const part = (filtre: (i: number) => boolean, x: ArrayLike<number>) => {
      let k = 0, n = 0;
      for (let i = 0; i < c.code_insee.length; i++) if (filtre(i)) (n++, (k += x[i]));
      return k / n;
    };
    const montagne = (dep: string) => part((i) => ref.departement[i] === dep, c.zone_de_montagne);
    expect(montagne("73")).toBeGreaterThan(0.9);
    expect(montagne("33")).toBe(0);
    const social = (urbain: boolean) => {
      let ls = 0, l = 0;
      for (let i = 0; i < c.code_insee.length; i++) if (!c.outre_mer[i] && (ref.natureEpci[i] >= 3) === urbain) (ls += c.nombre_logements_sociaux[i], (l += c.nombre_logements[i]));
      return ls / l;
    };
    expect(social(true)).toBeGreaterThan(2 * social(false));
    const revenu = (dep: string) => mediane([...c.code_insee.keys()].filter((i) => ref.departement[i] === dep).map((i) => c.revenu_total[i] / c.population_insee[i]));
    expect(revenu("93")).toBeLessThan(revenu("92"));
    expect(part((i) => c.population_dgf[i] < 500, c.zrr)).toBeGreaterThan(part((i) => c.population_dgf[i] >= 10000, c.zrr));
  });

  it("cale les communes de l'échantillon réel : sans péréquation réelle, PF/hab au-dessus du double de la strate", () => {
    if (!reels) return expect(g.meta.departementsCales).toEqual([]);
    const c = g.n.communes;
    const somme = new Float64Array(16), pop = new Float64Array(16);
    for (let i = 0; i < c.code_insee.length; i++) if (!c.outre_mer[i]) (somme[c.strate_demographique[i]] += c.potentiel_financier[i], (pop[c.strate_demographique[i]] += c.population_dgf[i]));
    let verifiees = 0;
    for (let i = 0; i < c.code_insee.length; i++) {
      const r = reels.parCommune.get(c.code_insee[i]);
      if (!r || c.outre_mer[i] || c.population_dgf[i] >= 9000 || r[composante("dsr_fraction_bourg_centre")] > 0) continue;
      const moyenne = somme[c.strate_demographique[i]] / pop[c.strate_demographique[i]];
      if (r[composante("dsr_fraction_perequation")] === 0) {
        expect(c.potentiel_financier_par_habitant[i]).toBeGreaterThan(2 * moyenne);
        verifiees++;
      } else expect(c.potentiel_financier_par_habitant[i]).toBeLessThanOrEqual(2 * moyenne);
    }
    expect(verifiees).toBeGreaterThan(50);
    expect(g.meta.departementsCales).toContain("93");
  });

  it("génère les deux années de toutes les communes en moins de 10 s", () => {
    const t0 = performance.now();
    genererCriteres({ annee: 2026, graine: 7, reels });
    expect(performance.now() - t0).toBeLessThan(10000);
  });

  it("annonce partout qu'il s'agit de données synthétiques", () => {
    expect(g.meta).toMatchObject({ synthetique: true, avertissement: "Données synthétiques — ne pas utiliser pour une décision", graine: 1, annee: 2026 });
    expect(g.meta.versionGenerateur).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
