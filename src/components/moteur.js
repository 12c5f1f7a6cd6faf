// The engine (@dotations/engine, bundled from the workspace source) fed from the data/site/france.arrow member of the site.tar loader.
import {ENTREES, ENTREES_N_MOINS_1, simuler} from "npm:@dotations/engine";

/** Engine inputs from the Arrow table: typed columns as the contract wants them (absent column: its default). */
export function entreesDepuisArrow(table) {
  const colonne = (nom) => table.getChild(nom);
  const communes = {code_insee: colonne("code_insee").toArray(), nom: colonne("nom").toArray()};
  for (const [nom, def] of Object.entries(ENTREES)) {
    const c = colonne(nom);
    if (!c) continue;
    const valeurs = c.toArray();
    communes[nom] = def.type === "booleen" ? Uint8Array.from(valeurs) : def.type === "date" ? Int32Array.from(valeurs) : Float64Array.from(valeurs);
  }
  let resultatsPrecedents;
  for (const nom of Object.keys(ENTREES_N_MOINS_1)) {
    const c = colonne(`${nom}@N-1`);
    if (!c) continue;
    (resultatsPrecedents ??= {})[nom] = Float64Array.from(c.toArray());
  }
  return {communes, resultatsPrecedents};
}

/** Runs the engine and measures it (ms). */
export function simulerChrono(options) {
  const debut = performance.now();
  const simulation = simuler(options);
  return {simulation, duree: performance.now() - debut};
}
