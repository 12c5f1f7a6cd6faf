// Reader of the INSEE "Évènements sur les communes" file of the Code officiel géographique (v_mvt_commune_AAAA.csv):
// one row per (event, commune before, commune after), columns MOD (event type), DATE_EFF (AAAA-MM-JJ), TYPECOM_AV,
// COM_AV, TNCC_AV, NCC_AV, NCCENR_AV, LIBELLE_AV, then the same six for after the event (_AP). Quoted fields, comma
// separator, UTF-8 (the reader also accepts a BOM, CRLF and Windows-1252). Only the columns the history needs are
// read; each of them is validated on every row, and every problem is reported as `fichier:ligne:colonne: message`.

import { lireCsv } from "../lecture/csv.ts";
import type { Problemes } from "../lecture/probleme.ts";
import { analyserDateIso } from "../lecture/date.ts";

/** Kinds of commune of the COG (TYPECOM), stored as 1-based indices of this list (0 = another kind). */
export const TYPES_COMMUNE = ["COM", "COMA", "COMD", "ARM"] as const;
export const TYPE_COM = 1;

const COLONNES = ["MOD", "DATE_EFF", "TYPECOM_AV", "COM_AV", "TYPECOM_AP", "COM_AP"] as const;
const CODE_COMMUNE = /^(\d{5}|2[AB]\d{3})$/;
const TYPE_COMMUNE = /^[A-Z]{1,4}$/;

export interface MouvementsCommunes {
  readonly fichier: string;
  readonly nb: number;
  /** Event type (MOD): 32 = création de commune nouvelle, 41 and 50 = changes of code, … */
  readonly mod: Int32Array;
  /** Effective date as AAAAMMJJ. */
  readonly dateEffet: Int32Array;
  /** TYPECOM before / after the event, as 1-based indices into TYPES_COMMUNE (1 = COM, 0 = another kind). */
  readonly typeAvant: Uint8Array;
  readonly typeApres: Uint8Array;
  readonly codeAvant: string[];
  readonly codeApres: string[];
  /** Source line of each row, for messages. */
  readonly lignes: Int32Array;
}

/** Reads and validates the bytes of a v_mvt_commune file; null when it cannot be used (problems say why). */
export function lireMouvementsCommunes(octets: Uint8Array, fichier: string, problemes: Problemes): MouvementsCommunes | null {
  const erreursAvant = problemes.nbErreurs;
  const t = lireCsv(octets, fichier, problemes);
  const entetes = t.entetes.map((e) => e.trim().toUpperCase());
  const index = COLONNES.map((c) => entetes.indexOf(c));
  COLONNES.forEach((c, k) => {
    if (index[k] < 0) problemes.erreur(fichier, 1, 0, `colonne « ${c} » absente : ce n'est pas le fichier des évènements sur les communes de l'INSEE (en-têtes attendus : ${COLONNES.join(", ")}, …)`);
  });
  if (index.some((j) => j < 0) || t.nbLignes === 0) return null;
  const [jMod, jDate, jTypeAv, jComAv, jTypeAp, jComAp] = index;

  const n = t.nbLignes;
  const mod = new Int32Array(n);
  const dateEffet = new Int32Array(n);
  const typeAvant = new Uint8Array(n);
  const typeApres = new Uint8Array(n);
  const codeAvant: string[] = new Array(n);
  const codeApres: string[] = new Array(n);
  const lignes = new Int32Array(n);
  // TYPECOM: the documented kinds are COM, COMA, COMD and ARM; any other short code is kept as "other" (0), since
  // only COM matters here. A commune code is checked wherever its kind is COM.
  const type = (i: number, j: number, ligne: number): number => {
    const v = t.texte(i, j);
    if (!TYPE_COMMUNE.test(v)) problemes.erreur(fichier, ligne, j + 1, `type de commune « ${v} » invalide (${nomColonne(j, index)} : COM, COMA, COMD ou ARM attendu)`);
    return TYPES_COMMUNE.indexOf(v as (typeof TYPES_COMMUNE)[number]) + 1;
  };
  const code = (i: number, j: number, ligne: number, genre: number): string => {
    const v = t.texte(i, j);
    if (genre === TYPE_COM && !CODE_COMMUNE.test(v)) problemes.erreur(fichier, ligne, j + 1, `code commune « ${v} » invalide (${nomColonne(j, index)} : 5 caractères, chiffres ou 2A/2B, attendus)`);
    return v;
  };
  for (let i = 0; i < n; i++) {
    const ligne = t.ligneSource(i);
    lignes[i] = ligne;
    if (t.ligneInvalide(i)) continue;
    const m = t.texte(i, jMod);
    if (!/^\d{1,3}$/.test(m)) problemes.erreur(fichier, ligne, jMod + 1, `type d'évènement « ${m} » invalide (MOD : nombre entier attendu, 32 = création de commune nouvelle)`);
    mod[i] = Number(m);
    const d = t.texte(i, jDate);
    dateEffet[i] = analyserDateIso(d);
    if (dateEffet[i] === 0) problemes.erreur(fichier, ligne, jDate + 1, `date d'effet « ${d} » invalide (DATE_EFF : date AAAA-MM-JJ attendue)`);
    typeAvant[i] = type(i, jTypeAv, ligne);
    codeAvant[i] = code(i, jComAv, ligne, typeAvant[i]);
    typeApres[i] = type(i, jTypeAp, ligne);
    codeApres[i] = code(i, jComAp, ligne, typeApres[i]);
  }
  if (problemes.nbErreurs > erreursAvant) return null;
  return { fichier, nb: n, mod, dateEffet, typeAvant, typeApres, codeAvant, codeApres, lignes };
}

function nomColonne(j: number, index: readonly number[]): string {
  return COLONNES[index.indexOf(j)];
}
