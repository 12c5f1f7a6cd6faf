import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { empreinte, Flux } from "../../data/synthetique/alea.ts";

describe("Flux pseudo-aléatoire", () => {
  it("est une fonction pure de (graine, flux, commune, tirage)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.string(), fc.nat(100000), fc.nat(50), (g, nom, i, k) => {
        expect(new Flux(g, nom).uniforme(i, k)).toBe(new Flux(g, nom).uniforme(i, k));
        const u = new Flux(g, nom).uniforme(i, k);
        expect(u).toBeGreaterThanOrEqual(0);
        expect(u).toBeLessThan(1);
      }),
    );
  });

  it("donne des suites différentes pour des graines, des flux ou des communes différents", () => {
    const a = new Flux(1, "a");
    expect(a.uniforme(0)).not.toBe(new Flux(2, "a").uniforme(0));
    expect(a.uniforme(0)).not.toBe(new Flux(1, "b").uniforme(0));
    expect(a.uniforme(0)).not.toBe(a.uniforme(1));
    expect(a.uniforme(0, 0)).not.toBe(a.uniforme(0, 1));
  });

  it("a les moments attendus (uniforme, normale, bernoulli) sur 200 000 tirages", () => {
    const f = new Flux(42, "moments");
    const n = 200000;
    let su = 0, sn = 0, sn2 = 0, sb = 0;
    for (let i = 0; i < n; i++) {
      su += f.uniforme(i);
      const z = f.normale(i, 3);
      sn += z;
      sn2 += z * z;
      if (f.bernoulli(i, 0.2, 9)) sb++;
    }
    expect(su / n).toBeCloseTo(0.5, 2);
    expect(sn / n).toBeCloseTo(0, 1);
    expect(sn2 / n).toBeCloseTo(1, 1);
    expect(sb / n).toBeCloseTo(0.2, 2);
  });

  it("refuse une graine qui n'est pas un entier 32 bits, avec un message en français", () => {
    expect(() => new Flux(-1, "x")).toThrow(/Graine invalide/);
    expect(() => new Flux(1.5, "x")).toThrow(/entier/);
    expect(() => new Flux(2 ** 32, "x")).toThrow(/4294967295/);
  });

  it("hache les noms de flux (FNV-1a, valeur de référence)", () => {
    expect(empreinte("")).toBe(0x811c9dc5);
    expect(empreinte("a")).toBe(0xe40c292c);
  });
});
