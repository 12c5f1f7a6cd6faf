import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { deriverEntrees } from "../../data/dgcl/derives.ts";
import { appliquerGaranties } from "../../data/dgcl/garanties.ts";
import type { CriteresDgcl } from "../../data/dgcl/lire.ts";
import { Problemes } from "../../data/lecture/probleme.ts";
import { racineDepot } from "../../data/acquisition/chemins.ts";

const partage = resolve(racineDepot(), "../shared/dgcl");

function communes(annee: 2020 | 2022, codes: string[]) {
  const c: CriteresDgcl = {
    annee, fichier: "f.csv", nb: codes.length, code_insee: codes, nom: codes, code_departement: codes.map((x) => x.slice(0, 2)),
    code_commune_chef_lieu_canton: codes.map(() => ""), colonnes: {}, lignes: new Int32Array(codes.length),
  };
  return deriverEntrees(c).communes;
}

describe.runIf(existsSync(resolve(partage, "raw")))("garanties publiées à part (spec §5.1)", () => {
  it("2020 : garanties communes nouvelles de la DSR et garantie de DSU, lues dans les tables publiées", async () => {
    const c = communes(2020, ["01025", "02361", "01001"]);
    const p = new Problemes();
    const r = await appliquerGaranties(2020, c, partage, p);
    expect(p.nbErreurs).toBe(0);
    expect(r.fichiers.length).toBe(2);
    expect([c.dsr_garantie_commune_nouvelle_fraction_perequation[0], c.dsr_garantie_commune_nouvelle_fraction_bourg_centre[0], c.dsr_garantie_commune_nouvelle_fraction_cible[0]]).toEqual([87650, 102761, 0]);
    expect([...c.dsu_montant_garantie_pluriannuelle]).toEqual([0, 157350, 0]); // GUISE, 2020
    expect(r.communes).toBe(2);
  });
  it("2022 : la table de 2022 remet la garantie bourg-centre de 01025 à 0", async () => {
    const c = communes(2022, ["01025"]);
    await appliquerGaranties(2022, c, partage, new Problemes());
    expect([c.dsr_garantie_commune_nouvelle_fraction_perequation[0], c.dsr_garantie_commune_nouvelle_fraction_bourg_centre[0]]).toEqual([87650, 0]);
  });
});
