// Loader outputs (Arrow with a JSON `meta` in the schema metadata) and the banner every page shows about them.
import {tableFromIPC} from "npm:apache-arrow";
import {html} from "npm:htl";

/** Arrow table of a FileAttachment and its metadata (origin of the data, year, national values). */
export async function lireTable(fichier) {
  // Whole file first: FileAttachment.arrow() reads the response as a stream and cancels it after the end-of-stream
  // marker, which the browser reports as an aborted request.
  const table = tableFromIPC(new Uint8Array(await fichier.arrayBuffer()));
  const meta = JSON.parse(table.schema.metadata.get("meta") ?? "{}");
  return {table, meta};
}

/** Banner: the synthetic-data warning with seed and generator version, or the origin of the official data. */
export function bandeau(meta) {
  if (meta.synthetique) {
    return html`<div class="bandeau-synthetique" role="alert" id="bandeau-donnees">
      <strong>${meta.avertissement}</strong>
      <span>France synthétique ${meta.annee}, graine ${meta.graine}, générateur version ${meta.versionGenerateur}.</span>
    </div>`;
  }
  return html`<div class="bandeau-officiel" id="bandeau-donnees">Données officielles de la DGCL (critères de répartition ${meta.annee}).</div>`;
}
