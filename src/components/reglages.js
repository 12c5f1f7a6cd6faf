// The reform page's controls turned into a reform (parameter path → value) for the engine.
// Envelope increases change the métropole envelopes the engine distributes (DSR: the three fractions, in proportion
// to their amounts in force; DSU: the métropole envelope) and, by the same amount, the increase the DF écrêtement
// finances (CGCT art. L.2334-7-1; a decrease lowers it, not below 0).

export const FRACTIONS = ["bourg_centre", "perequation", "cible"];

/** Values of the controls under the law in force (envelope increases: 0). */
export function reglagesEnVigueur(droit) {
  return {
    seuilCible: droit.dotation_solidarite_rurale.cible.eligibilite.seuil_classement,
    hausseDsr: 0,
    hausseDsu: 0,
    partDsu: droit.dotation_solidarite_urbaine.eligibilite.part_eligible_seuil_haut
  };
}

/** Splits `montant` (whole euros) in proportion to `poids`; the last share takes the rounding remainder. */
export function repartirProportionnellement(montant, poids) {
  const total = poids.reduce((s, p) => s + p, 0);
  const parts = poids.map((p) => (total > 0 ? Math.round((montant * p) / total) : 0));
  if (total > 0) parts[parts.length - 1] += montant - parts.reduce((s, p) => s + p, 0);
  return parts;
}

/** Reform of the controls: `hausseDsr` and `hausseDsu` in millions of euros. */
export function reformeDesReglages(reglages, droit) {
  const dsr = droit.dotation_solidarite_rurale, dsu = droit.dotation_solidarite_urbaine;
  const hausseDsr = Math.round(reglages.hausseDsr * 1e6), hausseDsu = Math.round(reglages.hausseDsu * 1e6);
  const reforme = {
    "dotation_solidarite_rurale.cible.eligibilite.seuil_classement": reglages.seuilCible,
    "dotation_solidarite_urbaine.eligibilite.part_eligible_seuil_haut": reglages.partDsu
  };
  if (hausseDsr !== 0) {
    const parts = repartirProportionnellement(hausseDsr, FRACTIONS.map((f) => dsr[f].montant));
    FRACTIONS.forEach((f, k) => (reforme[`dotation_solidarite_rurale.${f}.montant`] = dsr[f].montant + parts[k]));
    reforme["dotation_solidarite_rurale.augmentation_montant"] = Math.max(0, dsr.augmentation_montant + hausseDsr);
  }
  if (hausseDsu !== 0) {
    reforme["dotation_solidarite_urbaine.montant.metropole"] = dsu.montant.metropole + hausseDsu;
    reforme["dotation_solidarite_urbaine.augmentation_montant"] = Math.max(0, dsu.augmentation_montant + hausseDsu);
  }
  return reforme;
}
