import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lireCsv } from "../../data/lecture/csv.ts";
import { Problemes } from "../../data/lecture/probleme.ts";
import { analyserNombre, etatNombre, NOMBRE_INVALIDE, NOMBRE_OK, NOMBRE_VIDE } from "../../data/lecture/table.ts";
import { enc, latin1 } from "./outils.ts";

const nombre = (t: string) => {
  const x = analyserNombre(t, 0, t.length);
  return { x, code: etatNombre.code };
};

describe("analyserNombre", () => {
  it("lit la virgule et le point décimaux, le signe, les espaces autour", () => {
    expect(nombre("12,5")).toEqual({ x: 12.5, code: NOMBRE_OK });
    expect(nombre("-3.25")).toEqual({ x: -3.25, code: NOMBRE_OK });
    expect(nombre("  7 ")).toEqual({ x: 7, code: NOMBRE_OK });
    expect(nombre("0,1")).toEqual({ x: 0.1, code: NOMBRE_OK });
    expect(nombre("1e3").x).toBe(1000);
    expect(nombre("1234567890123456789").x).toBe(1234567890123456789);
  });
  it("refuse « 12,3,4 », les séparateurs de milliers et le texte ; distingue la cellule vide", () => {
    expect(nombre("12,3,4").code).toBe(NOMBRE_INVALIDE);
    expect(nombre("1 234").code).toBe(NOMBRE_INVALIDE);
    expect(nombre("n.d.").code).toBe(NOMBRE_INVALIDE);
    expect(nombre("-").code).toBe(NOMBRE_INVALIDE);
    expect(nombre("   ").code).toBe(NOMBRE_VIDE);
  });
  it("rend exactement la valeur de Number() pour tout décimal écrit avec une virgule", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 6 }), (m, d) => {
        const t = (m / 10 ** d).toFixed(d);
        expect(nombre(t.replace(".", ",")).x).toBe(Number(t));
      }),
    );
  });
});

describe("lireCsv", () => {
  const lire = (octets: Uint8Array) => {
    const p = new Problemes();
    return { t: lireCsv(octets, "f.csv", p), p };
  };
  it("lit les champs entre guillemets avec virgule décimale, guillemets doublés et retour à la ligne", () => {
    const { t, p } = lire(enc('a,b,c\n"12,5","dit ""oui""","deux\nlignes"\n3,x,y\n'));
    expect(p.nbErreurs).toBe(0);
    expect(t.nbLignes).toBe(2);
    expect(t.nombre(0, 0)).toBe(12.5);
    expect(t.texte(0, 1)).toBe('dit "oui"');
    expect(t.texte(0, 2)).toBe("deux\nlignes");
    expect(t.ligneSource(1)).toBe(4);
  });
  it("accepte BOM et CRLF", () => {
    const { t, p } = lire(Uint8Array.from([0xef, 0xbb, 0xbf, ...enc('code,v\r\n01001,"1,5"\r\n01002,2\r\n')]));
    expect(p.nbErreurs).toBe(0);
    expect(t.entetes).toEqual(["code", "v"]);
    expect([t.texte(1, 0), t.nombre(0, 1), t.nombre(1, 1)]).toEqual(["01002", 1.5, 2]);
    expect(t.encodage).toBe("utf-8");
  });
  it("décode le Windows-1252 (accents Latin-1)", () => {
    const { t, p } = lire(latin1("nom,v\nÉpinal-lès-Grès,1\n"));
    expect(p.nbErreurs).toBe(0);
    expect(t.encodage).toBe("windows-1252");
    expect(t.texte(0, 0)).toBe("Épinal-lès-Grès");
  });
  it("lit le séparateur point-virgule", () => {
    const { t } = lire(enc("a;b\n1,5;2\n"));
    expect(t.separateur).toBe(";");
    expect(t.nombre(0, 0)).toBe(1.5);
  });
  it("signale un fichier tronqué : guillemet non refermé, dernière ligne incomplète", () => {
    expect(lire(enc('a,b\n1,"2\n')).p.lignes()[0]).toMatch(/^f\.csv:2:2: guillemet ouvrant jamais refermé : le fichier semble tronqué$/);
    const { t, p } = lire(enc("a,b,c\n1,2,3\n4,5"));
    expect(p.lignes()).toEqual(["f.csv:3:3: 2 champ(s) au lieu de 3 : le fichier semble tronqué"]);
    expect(t.ligneInvalide(1)).toBe(true);
  });
  it("signale le fichier vide, l'absence de données, la ligne vide au milieu et la ligne trop longue", () => {
    expect(lire(enc("")).p.lignes()).toEqual(["f.csv:1:0: fichier vide : aucune ligne d'en-têtes"]);
    expect(lire(enc("a,b\n")).p.lignes()).toEqual(["f.csv:2:0: aucune ligne de données après les en-têtes"]);
    expect(lire(enc("a\n1\n\n2\n")).p.lignes()).toEqual(["f.csv:3:0: ligne vide au milieu des données"]);
    expect(lire(enc("a,b\n1,2,3\n")).p.lignes()).toEqual(["f.csv:2:3: 3 champ(s) au lieu de 2"]);
  });
});

describe("lireCsv (propriété)", () => {
  it("relit à l'identique toute table écrite selon la RFC 4180 (virgules, guillemets, retours à la ligne, CRLF)", () => {
    const cellule = fc.stringMatching(/^[a-zé,"\n 0-9]{0,8}$/).map((t) => t.trim());
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 6 }), fc.boolean(), (nc, nl, crlf) => {
        const gen = fc.sample(cellule, nc * (nl + 1));
        const lignes = Array.from({ length: nl + 1 }, (_, i) => gen.slice(i * nc, (i + 1) * nc).map((c, j) => (i === 0 ? `h${j}` : c)));
        const echapper = (c: string) => (/[",\n]/.test(c) || c === "" ? `"${c.replaceAll('"', '""')}"` : c);
        const texte = lignes.map((l) => l.map(echapper).join(",")).join(crlf ? "\r\n" : "\n");
        const p = new Problemes();
        const t = lireCsv(enc(texte), "p.csv", p);
        expect(p.nbErreurs).toBe(0);
        expect(t.nbLignes).toBe(nl);
        for (let i = 0; i < nl; i++) for (let j = 0; j < nc; j++) expect(t.texte(i, j)).toBe(lignes[i + 1][j]);
      }),
    );
  });
});
