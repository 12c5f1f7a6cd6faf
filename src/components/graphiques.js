// Charts of the pages (Observable Plot).
import * as Plot from "npm:@observablehq/plot";

/** Bar chart of an amount per inhabitant by strate. */
export function graphiqueParStrate(lignes, {width, label = "Montant par habitant (€)", format} = {}) {
  return Plot.plot({
    width,
    height: 340,
    marginLeft: 70,
    marginBottom: 40,
    x: {label: "Strate démographique", type: "band", tickFormat: (s) => String(s)},
    y: {label, grid: true, tickFormat: (v) => v.toLocaleString("fr-FR").replace("-", "−")},
    marks: [
      Plot.barY(lignes, {x: "strate", y: "parHabitant", fill: "var(--theme-foreground-focus)", tip: {format: {x: false, y: false}, channels: {Strate: "libelle", Valeur: (d) => (format ? format(d.parHabitant) : d.parHabitant.toLocaleString("fr-FR")), Communes: "communes"}}}),
      Plot.ruleY([0])
    ]
  });
}
