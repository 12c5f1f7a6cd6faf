// Rendering of the engine's explanation of one commune: ordered steps and distances to the thresholds.
import {html} from "npm:htl";
import {formatEcart, formatUnite} from "./format.js";

const decimal = new Intl.NumberFormat("fr-FR", {maximumFractionDigits: 2});
/** Legal references do not break at their hyphens ("L.2334-22-1"): non-breaking hyphens (U+2011). */
const reference = (r) => r.replaceAll("-", "\u2011");

/** Part of the calculation a step belongs to, from its variable name (spec prefixes); undefined: same as before. */
function partie(variable) {
  if (/^(dsr_|dotation_solidarite_rurale)/.test(variable)) return "Dotation de solidarité rurale";
  if (/^dsu_/.test(variable)) return "Dotation de solidarité urbaine";
  if (/^(df_|dotation_forfaitaire)/.test(variable)) return "Dotation forfaitaire";
  if (/^(dnp_|dotation_nationale_perequation)/.test(variable)) return "Dotation nationale de péréquation";
  if (/^dotation_communes_nouvelles/.test(variable)) return "Dotation des communes nouvelles";
  if (/^dotation_globale_fonctionnement/.test(variable)) return "Dotation globale de fonctionnement";
  return undefined;
}

/** The steps in their order, a heading row each time the part of the calculation changes. */
export function tableauEtapes(etapes) {
  const lignes = [];
  let precedente;
  etapes.forEach((e, k) => {
    const p = partie(e.variable) ?? precedente ?? "Population, potentiel financier et revenu";
    if (p !== precedente) lignes.push(html`<tr class="partie"><th colspan="5">${(precedente = p)}</th></tr>`);
    lignes.push(ligneEtape(e, k));
  });
  return html`<table class="etapes" id="etapes">
    <colgroup><col style="width: 3em"><col style="width: 24%"><col style="width: 17%"><col><col style="width: 15%"></colgroup>
    <thead><tr><th>n°</th><th>Étape</th><th class="nombre">Valeur</th><th>Formule</th><th>Référence</th></tr></thead>
    <tbody>${lignes}</tbody>
  </table>`;
}

function ligneEtape(e, k) {
  return html`<tr class=${e.nationale ? "etape nationale" : "etape"}>
      <td>${k + 1}</td>
      <td>${e.libelle}${e.nationale ? html` <span class="etiquette">national</span>` : ""}</td>
      <td class="nombre">${formatUnite(e.valeur, e.unite)}</td>
      <td>${e.formule}</td>
      <td class="reference">${reference(e.reference)}</td>
    </tr>`;
}

export function tableauDistances(distances) {
  if (distances.length === 0) return html`<p>Aucun seuil d’éligibilité ne s’applique à cette commune.</p>`;
  return html`<table class="etapes" id="distances">
    <colgroup><col style="width: 34%"><col style="width: 10%"><col style="width: 10%"><col style="width: 10%"><col style="width: 15%"><col></colgroup>
    <thead><tr><th>Critère</th><th class="nombre">Valeur</th><th class="nombre">Seuil</th><th class="nombre">Écart</th><th>Situation</th><th>Référence</th></tr></thead>
    <tbody>${distances.map((d) => html`<tr>
      <td>${d.libelle}</td>
      <td class="nombre">${decimal.format(d.valeur)}</td>
      <td class="nombre">${decimal.format(d.seuil)}</td>
      <td class="nombre">${formatEcart(d.ecart)}</td>
      <td>${d.franchi ? "du côté éligible" : "du côté non éligible"}</td>
      <td class="reference">${reference(d.reference)}</td>
    </tr>`)}</tbody>
  </table>`;
}
