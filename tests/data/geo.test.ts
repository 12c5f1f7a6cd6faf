import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { geometrieCommunes, geometrieDepartements } from "../../data/referentiel/geo.ts";
import { referentielCommunes } from "../../data/referentiel/communes.ts";
import { dossierDonnees, racineDepot } from "../../data/acquisition/chemins.ts";

const partage = resolve(racineDepot(), "../shared/dgcl");
process.env.DOTATIONS_DONNEES ??= partage;

describe.runIf(existsSync(resolve(partage, "geo/communes-2018.topojson")))("géométrie (TopoJSON du COG 2018)", () => {
  it("rattache les communes fusionnées à leur successeur et garde leurs codes 2018", async () => {
    expect(dossierDonnees()).toBeDefined();
    const c = await geometrieCommunes();
    const parCode = new Map(c.features.map((f) => [f.properties.code, f]));
    const sd = parCode.get("93066")!;
    expect(sd.properties.codes_2018.sort()).toEqual(["93059", "93066"]);
    expect(sd.properties.nom).toBe("Saint-Denis");
    expect(sd.geometry.type).toBe("MultiPolygon");
    expect(parCode.has("93059")).toBe(false);
    // Every 2018 commune is in exactly one feature; current codes are unique.
    const total = c.features.reduce((s, f) => s + f.properties.codes_2018.length, 0);
    expect(total).toBe(35357);
    expect(parCode.size).toBe(c.features.length);
    const actuelles = new Set(referentielCommunes().code_insee);
    expect(c.features.filter((f) => !actuelles.has(f.properties.code)).length).toBeLessThan(20);
  }, 60000);
  it("lit les 101 départements", async () => {
    const d = await geometrieDepartements();
    expect(d.features.length).toBe(101);
    expect(d.features.some((f) => f.properties.code === "974")).toBe(true);
  });
});
