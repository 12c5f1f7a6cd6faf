// Before/after comparison of two simulations over the dotations the pages show.
import {DOTATIONS, FRACTIONS_DSR, totalColonne} from "./dotations.js";

/** Per-commune change of the sum of the dotations, with winners/losers counts (change beyond ±0.5 €, i.e. 1 € rounded). */
export function variations(avant, apres) {
  const n = avant.codeInsee.length;
  const delta = new Float64Array(n);
  for (const d of DOTATIONS) {
    const a = avant.communes[d.colonne], b = apres.communes[d.colonne];
    for (let i = 0; i < n; i++) delta[i] += b[i] - a[i];
  }
  let gagnantes = 0, perdantes = 0;
  for (let i = 0; i < n; i++) {
    if (delta[i] > 0.5) gagnantes++;
    else if (delta[i] < -0.5) perdantes++;
  }
  return {delta, gagnantes, perdantes, inchangees: n - gagnantes - perdantes};
}

/** National totals before and after, per dotation and DSR fraction, with eligible counts. */
export function nationauxAvantApres(avant, apres) {
  return [...DOTATIONS, ...FRACTIONS_DSR.map((f) => ({...f, libelle: `dont DSR ${f.libelle}`}))].map((d) => {
    const a = totalColonne(avant.communes[d.colonne]), b = totalColonne(apres.communes[d.colonne]);
    return {libelle: d.libelle, avant: a.somme, apres: b.somme, ecart: b.somme - a.somme, beneficiairesAvant: a.beneficiaires, beneficiairesApres: b.beneficiaires};
  });
}
