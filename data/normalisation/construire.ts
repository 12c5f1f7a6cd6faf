// Builds the normalised tables of a year from the sources (DGCL files of N and N-1), and loads them back for the
// engine. Files in data/tables/ (or DOTATIONS_TABLES):
//   entrees-AAAA.arrow     code_insee, nom, every input of engine/entrees.ts (the engine's types)
//   n-moins-1-AAAA.arrow   code_insee, the N-1 values of ENTREES_N_MOINS_1 aligned on the communes of AAAA
//   montants-dgcl-AAAA.arrow  code_insee, the DGCL result columns of AAAA (notified amounts, ranks, indices)
//   montants-ofgl.arrow    code_insee, dgf_AAAA, dcn_AAAA, components of the last year (OFGL)
//   referentiel-communes.arrow  code_insee, nom, code_departement, code_region, code_epci, nom_epci, population

import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { ENTREES, type Communes, type ResultatsNMoins1 } from "../../engine/entrees.ts";
import { estAnneeDgcl, type AnneeDgcl } from "../dgcl/colonnes.ts";
import { deriverEntrees } from "../dgcl/derives.ts";
import { appliquerGaranties } from "../dgcl/garanties.ts";
import { lireFichierCriteres, type CriteresDgcl } from "../dgcl/lire.ts";
import { joindreNMoins1 } from "../dgcl/n-moins-1.ts";
import { ErreurDonnees, Problemes } from "../lecture/probleme.ts";
import { lireDossierOfgl } from "../ofgl/lire.ts";
import { colonnesMontants } from "../ofgl/montants.ts";
import { referentielCommunes } from "../referentiel/communes.ts";
import { dossierDonnees, dossierSources, trouverSource } from "../acquisition/chemins.ts";
import { consigneManuelle, nomsLocaux } from "../acquisition/registre.ts";
import { ecrireTableArrow, type Table } from "./arrow.ts";
import { cheminTable } from "./charger.ts";
import { FICHIER_META_SYNTHETIQUE } from "../synthetique/avertissement.ts";
import { completerHistoriqueInsee } from "../insee/historique.ts";
import { decrireSources, type SourcesTables } from "./sources.ts";

// The loading side (fast path of the CLI and the API) lives in charger.ts, which imports none of the readers above.
export { chargerEntrees, cheminTable } from "./charger.ts";

export const DOSSIER_OFGL = join("raw", "rouages.fr-ofgl-dotations");
/** Where the synthetic France (data/synthetique/) writes its criteria files, used when no official file exists. */
export const DOSSIER_SYNTHETIQUE = "synthetique";


/** The criteria file of `annee`: official (DOTATIONS_DONNEES, then the cache), else the synthetic one. */
export function sourceCriteres(annee: AnneeDgcl): { chemin: string; synthetique: boolean } | undefined {
  const officiel = trouverSource(...nomsLocaux(annee));
  if (officiel) return { chemin: officiel, synthetique: false };
  const synth = trouverSource(...nomsLocaux(annee).map((n) => join(DOSSIER_SYNTHETIQUE, n)));
  return synth ? { chemin: synth, synthetique: true } : undefined;
}

async function lireValide(chemin: string, annee: AnneeDgcl, problemes: Problemes): Promise<CriteresDgcl> {
  const r = await lireFichierCriteres(chemin, { annee, limite: problemes.limite });
  for (const p of r.problemes.liste) (p.gravite === "erreur" ? problemes.erreur : problemes.avertissement).call(problemes, p.fichier, p.ligne, p.colonne, p.message);
  if (!r.criteres || r.problemes.nbErreurs > 0) throw new ErreurDonnees(`Le fichier ${chemin} n'est pas valide :`, r.problemes.lignes());
  return r.criteres;
}

/**
 * The creation date and initial population of the communes nouvelles come from the INSEE history of the communes,
 * not from the DGCL file (spec §5.1). Without that history the engine sees no commune nouvelle: the dotation en faveur
 * des communes nouvelles is 0 € everywhere. Said once, as a warning, rather than left as a silent 0.
 */
function signalerHistoriqueAbsent(annee: AnneeDgcl, communes: Communes, chemin: string, problemes: Problemes): void {
  if (communes.date_creation_commune.some((d) => d !== 0)) return;
  problemes.avertissement(
    chemin,
    1,
    0,
    "les dates de création des communes ne figurent pas dans le fichier de la DGCL et l'historique des communes de l'INSEE " +
      `(fichier v_mvt_commune_AAAA.csv, AAAA ≥ ${annee}) est introuvable : aucune commune n'est reconnue comme commune nouvelle ` +
      `et la dotation en faveur des communes nouvelles vaut 0 € (téléchargez-le avec « dotations donnees telecharger --annee ${annee} » ; ` +
      "voir docs/donnees.md, « Historique des communes (INSEE) »).",
  );
}

export interface EntreesAnnee {
  readonly annee: AnneeDgcl;
  readonly communes: Communes;
  readonly resultatsPrecedents?: ResultatsNMoins1;
  readonly synthetique: boolean;
  readonly problemes: Problemes;
  /** The files read: criteria of N and N-1, INSEE history (recorded in the tables, see sources.ts). */
  readonly sources: SourcesTables;
}

/** Reads, validates and normalises the DGCL files of `annee` and `annee - 1` (when present). */
export async function normaliserAnnee(
  annee: AnneeDgcl,
  chemins: { n?: string; nMoins1?: string; historique?: string } = {},
): Promise<EntreesAnnee & { criteres: CriteresDgcl }> {
  const problemes = new Problemes();
  // A file given by path is synthetic when the generator's meta file lies beside it.
  const source = chemins.n ? { chemin: chemins.n, synthetique: existsSync(join(dirname(chemins.n), FICHIER_META_SYNTHETIQUE)) } : sourceCriteres(annee);
  if (!source) {
    const constat =
      `Aucun fichier des critères de répartition ${annee} : ni tables normalisées, ni copie locale. Récupérez-le avec ` +
      `« dotations donnees telecharger --annee ${annee} », ou, hors ligne, travaillez sur la France synthétique ` +
      `(« dotations donnees synthetique --annee ${annee} --sortie DOSSIER », puis --criteres DOSSIER).`;
    throw new ErreurDonnees(consigneManuelle(annee, dossierSources(), constat));
  }
  const criteres = await lireValide(source.chemin, annee, problemes);
  const { communes } = deriverEntrees(criteres);
  const donnees = dossierDonnees();
  if (donnees) await appliquerGaranties(annee, communes, donnees, problemes);
  let resultatsPrecedents: ResultatsNMoins1 | undefined;
  const lus = new Map<number, CriteresDgcl>([[annee, criteres]]);
  const anneeAvant = annee - 1;
  const cheminAvant = chemins.nMoins1 ?? (estAnneeDgcl(anneeAvant) ? sourceCriteres(anneeAvant)?.chemin : undefined);
  if (cheminAvant && estAnneeDgcl(anneeAvant)) {
    const avant = await lireValide(cheminAvant, anneeAvant, problemes);
    lus.set(anneeAvant, avant);
    const j = joindreNMoins1(avant, criteres.code_insee, referentielCommunes().successeurs, problemes, communes.population_dgf);
    if (!j || problemes.nbErreurs) throw new ErreurDonnees(`Jointure ${anneeAvant} → ${annee} impossible :`, problemes.lignes());
    resultatsPrecedents = j.resultats;
  }
  // INSEE history: beside a file given by path first; earlier criteria files (initial populations) read at most once.
  const historique = await completerHistoriqueInsee(annee, communes, problemes, {
    chemin: chemins.historique,
    dossiers: chemins.n ? [dirname(chemins.n)] : [],
    criteresAnnee: async (a) => {
      if (!lus.has(a) && estAnneeDgcl(a)) {
        const s = sourceCriteres(a);
        if (s) lus.set(a, await lireValide(s.chemin, a, problemes));
      }
      return lus.get(a);
    },
  });
  if (!historique) signalerHistoriqueAbsent(annee, communes, source.chemin, problemes);
  const sources = { criteres: source.chemin, precedents: resultatsPrecedents ? cheminAvant : undefined, historique };
  return { annee, communes, resultatsPrecedents, synthetique: source.synthetique, problemes, sources, criteres };
}

/** Normalises `annee` and writes its Arrow tables. */
export async function construireTablesAnnee(annee: AnneeDgcl, chemins: { n?: string; nMoins1?: string; historique?: string } = {}): Promise<EntreesAnnee> {
  const e = await normaliserAnnee(annee, chemins);
  const meta = { annee: String(annee), synthetique: String(e.synthetique), sources: decrireSources(e.sources) };
  await ecrireTableArrow(cheminTable(`entrees-${annee}`), e.communes as unknown as Table, meta);
  if (e.resultatsPrecedents) {
    await ecrireTableArrow(cheminTable(`n-moins-1-${annee}`), { code_insee: e.communes.code_insee, ...e.resultatsPrecedents }, meta);
  }
  const montants: Table = { code_insee: e.criteres.code_insee };
  for (const [cle, v] of Object.entries(e.criteres.colonnes)) if (!(cle in ENTREES)) montants[cle] = v;
  await ecrireTableArrow(cheminTable(`montants-dgcl-${annee}`), montants, meta);
  return e;
}

/** Builds montants-ofgl.arrow from DOTATIONS_DONNEES/raw/rouages.fr-ofgl-dotations or the cache's copy. */
export async function construireMontantsOfgl(): Promise<{ communes: number; problemes: Problemes } | undefined> {
  const dossier = [dossierDonnees(), dossierSources()].filter((d): d is string => !!d).map((d) => join(d, DOSSIER_OFGL)).find(existsSync);
  if (!dossier) return undefined;
  const problemes = new Problemes();
  const m = await lireDossierOfgl(dossier, problemes);
  if (!m || problemes.nbErreurs) throw new ErreurDonnees("Montants OFGL illisibles :", problemes.lignes());
  await ecrireTableArrow(cheminTable("montants-ofgl"), colonnesMontants(m), { maj: m.maj, annees: m.annees.join(",") });
  return { communes: m.code_insee.length, problemes };
}

export async function construireReferentiel(): Promise<number> {
  const r = referentielCommunes();
  const { successeurs: _, ...colonnes } = r;
  await ecrireTableArrow(cheminTable("referentiel-communes"), colonnes as unknown as Table);
  return r.code_insee.length;
}
