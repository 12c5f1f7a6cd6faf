// Chart of the national envelopes by year, one bar segment per dotation.
import * as Plot from "npm:@observablehq/plot";

export function graphiqueEnveloppes(lignes, {width} = {}) {
  return Plot.plot({
    width,
    height: 320,
    marginLeft: 60,
    x: {label: "Année", tickFormat: "d", type: "band"},
    y: {label: "Montant (Md€)", grid: true, transform: (m) => m / 1e9},
    color: {legend: true, label: "Dotation"},
    marks: [
      Plot.barY(lignes, {x: "annee", y: "montant", fill: "libelle", tip: {format: {y: (m) => `${(m).toFixed(3)} Md€`}}}),
      Plot.ruleY([0])
    ]
  });
}
