// Deterministic filler table in the official DGCL format, for the parse benchmark (as wide as the real file) and the
// reader's tests (any size, no generator). Values are plausible in range, not realistic.

import { colonnesDgcl, type AnneeDgcl, type CleColonneDgcl } from "./colonnes.ts";
import type { TableDgcl } from "./ecrire.ts";

function aleatoire(graine: number): () => number {
  let s = graine >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` communes spread over départements 01–95, plus `colonnesEnPlus` filler columns (the real file has ~200). */
export function fabriquerTableDgcl(annee: AnneeDgcl, n: number, colonnesEnPlus = 140, graine = 1): TableDgcl {
  const r = aleatoire(graine);
  const code_insee: string[] = [];
  const nom: string[] = [];
  const code_departement: string[] = [];
  const chefLieu: string[] = [];
  const parDep = Math.ceil(n / 95);
  for (let i = 0; i < n; i++) {
    const dep = String(1 + Math.floor(i / parDep)).padStart(2, "0").replace(/^20$/, "2A");
    const code = dep + String(1 + (i % parDep)).padStart(3, "0");
    code_insee.push(code);
    nom.push(`Commune ${code}, « été »`);
    code_departement.push(dep);
    chefLieu.push(i % 10 === 0 ? code : code_insee[i - (i % 10)]);
  }
  const colonnes: Partial<Record<CleColonneDgcl, Float64Array>> = {};
  for (const c of colonnesDgcl(annee)) {
    if (c.type === "texte" || c.type === "code") continue;
    const v = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      if (c.type === "booleen") v[i] = r() < 0.2 ? 1 : 0;
      else if (c.cle === "strate_demographique") v[i] = 1 + Math.floor(r() * 15);
      else if (c.type === "entier") v[i] = Math.floor(r() * 5000);
      else v[i] = Math.round(r() * 1e8) / 100;
    }
    colonnes[c.cle] = v;
  }
  const autres = Array.from({ length: colonnesEnPlus }, (_, k) => {
    const v = new Float64Array(n);
    for (let i = 0; i < n; i++) v[i] = Math.round(r() * 1e7) / 100;
    return { entete: `Colonne non reprise ${k + 1}`, valeurs: v };
  });
  return { code_insee, nom, code_departement, code_commune_chef_lieu_canton: chefLieu, colonnes, autres };
}
