// Data loader: national envelopes of the communes' dotations by year, read from the engine's parameters
// (package @dotations/engine), written in the Arrow IPC stream format, which DuckDB-wasm ingests natively (Framework
// calls insertArrowFromIPCStream: no extension to download) and apache-arrow's tableFromIPC reads too.
// Columns (spec names): annee, dotation, libelle, montant (€).
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { parametresAnnee, type ParametresAnnee } from '@dotations/engine';

const PREMIERE_ANNEE = 2019;
const DERNIERE_ANNEE = 2026;

/** Dotation code → label and accessor of its national amount in the year's parameters. */
const DOTATIONS = {
  dsr: { libelle: 'Dotation de solidarité rurale', montant: (p: ParametresAnnee) => p.dotation_solidarite_rurale.montant.total },
  dsu: { libelle: 'Dotation de solidarité urbaine', montant: (p: ParametresAnnee) => p.dotation_solidarite_urbaine.montant.total },
  dnp: { libelle: 'Dotation nationale de péréquation', montant: (p: ParametresAnnee) => p.dotation_nationale_perequation.montant.total },
  dacom: { libelle: 'Dotation d’aménagement des communes d’outre-mer', montant: (p: ParametresAnnee) => p.dotation_amenagement_communes_outre_mer.montant },
  dcn: { libelle: 'Dotation des communes nouvelles', montant: (p: ParametresAnnee) => p.dotation_communes_nouvelles.montant },
} as const;

const annee: number[] = [];
const dotation: string[] = [];
const libelle: string[] = [];
const montant: number[] = [];
for (let a = PREMIERE_ANNEE; a <= DERNIERE_ANNEE; a++) {
  const p = parametresAnnee(a);
  for (const [code, d] of Object.entries(DOTATIONS)) {
    const m = d.montant(p);
    // A parameter with no value yet at that date is undefined: the row is left out, never shown as 0.
    if (typeof m !== 'number' || !Number.isFinite(m)) continue;
    annee.push(a);
    dotation.push(code);
    libelle.push(d.libelle);
    montant.push(m);
  }
}
if (montant.length === 0) throw new Error('enveloppes.arrow : aucun montant national trouvé dans engine/parameters.');

const table = tableFromArrays({ annee: Int32Array.from(annee), dotation, libelle, montant: Float64Array.from(montant) });
process.stdout.write(tableToIPC(table, 'stream'));
