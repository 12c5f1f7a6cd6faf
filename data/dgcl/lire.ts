// Reads and validates a DGCL "critères de répartition" file (CSV or XLSX) of a given year into typed columns.
// Every problem is collected (up to a limit) as `fichier:ligne:colonne: message`; nothing is coerced silently:
// the only conversions are the documented ones (spec §5.1: "n.d." canton share → 0, "non disponible" boolean →
// false, a commune code in a boolean column → true, numeric INSEE codes of an Excel sheet zero-padded).

import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { estClasseurXlsx } from "../lecture/decodage.ts";
import { lireCsv } from "../lecture/csv.ts";
import { lireXlsx } from "../lecture/xlsx.ts";
import { Problemes } from "../lecture/probleme.ts";
import { etatNombre, NOMBRE_OK, NOMBRE_VIDE, type TableBrute } from "../lecture/table.ts";
import {
  ANNEES_DGCL,
  colonnesDgcl,
  normaliserEntete,
  type AnneeDgcl,
  type CleColonneDgcl,
  type ColonneDgcl,
} from "./colonnes.ts";
import { departementsConnus } from "../referentiel/departements.ts";

export interface CriteresDgcl {
  readonly annee: AnneeDgcl;
  readonly fichier: string;
  readonly nb: number;
  readonly code_insee: string[];
  readonly nom: string[];
  readonly code_departement: string[];
  /** Zero-padded code of the chef-lieu de canton (2014), "" when the cell is empty. */
  readonly code_commune_chef_lieu_canton: string[];
  /** Numeric and boolean columns (booleans as 0/1), by key; result columns absent from the file are missing. */
  readonly colonnes: Partial<Record<CleColonneDgcl, Float64Array>>;
  /** Source line of each commune, for later messages (N-1 join, plausibility). */
  readonly lignes: Int32Array;
}

export interface ResultatLecture {
  readonly criteres: CriteresDgcl | null;
  readonly problemes: Problemes;
}

const CODE_INSEE = /^(\d{5}|2[AB]\d{3})$/;
const NON_DISPONIBLE = /^(n\.?\s?d\.?|nd|nc|n\.c\.|non disponible|non communiqu[ée])$/i;

/** Index of every mapped column of `annee` in the headers (−1 when absent). */
function indexer(entetes: readonly string[], colonnes: readonly ColonneDgcl[]): number[] {
  const position = new Map<string, number>();
  entetes.forEach((e, j) => {
    const k = normaliserEntete(e);
    if (!position.has(k)) position.set(k, j);
  });
  return colonnes.map((c) => {
    for (const e of c.entetes) {
      const j = position.get(normaliserEntete(e));
      if (j !== undefined) return j;
    }
    return -1;
  });
}

/** How many required headers of `annee` are present. */
function score(entetes: readonly string[], annee: AnneeDgcl): number {
  const colonnes = colonnesDgcl(annee);
  const idx = indexer(entetes, colonnes);
  let s = 0;
  colonnes.forEach((c, k) => {
    if (idx[k] >= 0) s += c.requise ? 2 : 1;
  });
  return s;
}

/** The year whose headers match best (the latest on ties: 2024–2026 share their headers). */
export function deduireAnnee(entetes: readonly string[]): AnneeDgcl {
  let meilleure: AnneeDgcl = ANNEES_DGCL[ANNEES_DGCL.length - 1];
  let max = -1;
  for (const a of ANNEES_DGCL) {
    const s = score(entetes, a);
    if (s >= max) {
      max = s;
      meilleure = a;
    }
  }
  return meilleure;
}

function lireBooleen(t: string): number {
  const v = t.toLowerCase();
  if (v === "oui" || v === "1" || v === "true" || v === "vrai") return 1;
  if (v === "non" || v === "0" || v === "false" || v === "faux" || NON_DISPONIBLE.test(v)) return 0;
  if (CODE_INSEE.test(t)) return 1; // from 2024 a commune code means "yes"
  return -1;
}

function ajusterCode(t: string, table: TableBrute, longueur: number): string {
  // An Excel sheet may store codes as numbers, losing their leading zeros.
  return table.format === "xlsx" && /^\d+$/.test(t) && t.length < longueur ? t.padStart(longueur, "0") : t;
}

/** Reads a DGCL file from bytes; `annee` is deduced from the headers when not given. */
export async function lireCriteres(
  octets: Uint8Array,
  fichier: string,
  options: { annee?: AnneeDgcl; limite?: number } = {},
): Promise<ResultatLecture & { annee: AnneeDgcl }> {
  const problemes = new Problemes(options.limite ?? 200);
  const table = estClasseurXlsx(octets)
    ? await lireXlsx(octets, fichier, problemes, (e) => (options.annee ? score(e, options.annee) : Math.max(...ANNEES_DGCL.map((a) => score(e, a)))))
    : lireCsv(octets, fichier, problemes);
  const annee = options.annee ?? deduireAnnee(table.entetes);
  if (table.entetes.length === 0 || table.nbLignes === 0) return { criteres: null, problemes, annee };
  return { criteres: validerCriteres(table, annee, problemes), problemes, annee };
}

export async function lireFichierCriteres(chemin: string, options: { annee?: AnneeDgcl; limite?: number } = {}) {
  return lireCriteres(new Uint8Array(await readFile(chemin)), basename(chemin), options);
}

/** Validates a raw table against the columns of `annee` and converts it to typed columns. */
export function validerCriteres(table: TableBrute, annee: AnneeDgcl, problemes: Problemes): CriteresDgcl | null {
  const f = table.fichier;
  const colonnes = colonnesDgcl(annee);
  const idx = indexer(table.entetes, colonnes);

  // Headers: duplicates, then missing required columns.
  const vus = new Map<string, number>();
  table.entetes.forEach((e, j) => {
    const k = normaliserEntete(e);
    const avant = vus.get(k);
    if (avant !== undefined && k !== "") problemes.erreur(f, 1, j + 1, `en-tête en double « ${e} » (déjà en colonne ${avant + 1})`);
    else vus.set(k, j);
  });
  colonnes.forEach((c, k) => {
    if (idx[k] < 0 && c.requise) problemes.erreur(f, 1, 0, `colonne manquante « ${c.entetes[0]} » (attendue dans le fichier ${annee})`);
  });
  if (problemes.nbErreurs > 0 && colonnes.some((c, k) => c.requise && idx[k] < 0)) return null;

  const n = table.nbLignes;
  const code_insee = new Array<string>(n);
  const nom = new Array<string>(n);
  const code_departement = new Array<string>(n);
  const code_commune_chef_lieu_canton = new Array<string>(n);
  const lignes = new Int32Array(n);
  const valeurs: Partial<Record<CleColonneDgcl, Float64Array>> = {};
  const premiereLigne = new Map<string, number>();

  for (let k = 0; k < colonnes.length; k++) {
    const c = colonnes[k];
    const j = idx[k];
    if (j < 0) continue;
    const entete = table.entetes[j];
    const col = j + 1;
    if (c.type === "texte" || c.type === "code") {
      for (let i = 0; i < n; i++) {
        if (table.ligneInvalide(i)) continue;
        const ligne = table.ligneSource(i);
        let t = table.texte(i, j);
        if (c.cle === "nom") {
          nom[i] = t;
          if (!t) problemes.erreur(f, ligne, col, `nom de commune vide (colonne « ${entete} »)`);
        } else if (c.cle === "code_insee") {
          t = ajusterCode(t, table, 5);
          code_insee[i] = t;
          lignes[i] = ligne;
          if (!CODE_INSEE.test(t)) problemes.erreur(f, ligne, col, `code INSEE « ${t} » invalide : 5 caractères attendus (chiffres, ou 2A/2B pour la Corse)`);
          else {
            const avant = premiereLigne.get(t);
            if (avant !== undefined) problemes.erreur(f, ligne, col, `code INSEE ${t} en double (déjà ligne ${avant})`);
            else premiereLigne.set(t, ligne);
          }
        } else if (c.cle === "code_departement") {
          if (/^\d$/.test(t)) t = "0" + t;
          code_departement[i] = t;
          if (!departementsConnus().has(t)) problemes.erreur(f, ligne, col, `département « ${t} » inconnu`);
        } else {
          // Chef-lieu de canton code: the DGCL stores it as a number in places; spec §5.1 zero-pads it.
          code_commune_chef_lieu_canton[i] = /^\d{1,4}$/.test(t) ? t.padStart(5, "0") : t;
        }
      }
      continue;
    }
    const v = new Float64Array(n);
    valeurs[c.cle] = v;
    const obligatoire = c.role !== "resultat";
    for (let i = 0; i < n; i++) {
      if (table.ligneInvalide(i)) continue;
      if (c.type === "booleen") {
        const t = table.texte(i, j);
        const b = lireBooleen(t);
        if (b < 0) {
          problemes.erreur(f, table.ligneSource(i), col, t === "" ? `cellule vide : OUI/NON ou 1/0 attendu (colonne « ${entete} »)` : `« ${t} » n'est pas un booléen : OUI/NON ou 1/0 attendu (colonne « ${entete} »)`);
          v[i] = NaN;
        } else v[i] = b;
        continue;
      }
      let x = table.nombre(i, j);
      if (etatNombre.code !== NOMBRE_OK) {
        const t = table.texte(i, j);
        if (c.cle === "part_population_canton" && NON_DISPONIBLE.test(t)) x = 0;
        else if (etatNombre.code === NOMBRE_VIDE) {
          if (obligatoire) problemes.erreur(f, table.ligneSource(i), col, `cellule vide : un nombre est attendu (colonne « ${entete} »)`);
          v[i] = NaN;
          continue;
        } else {
          problemes.erreur(f, table.ligneSource(i), col, `« ${t} » n'est pas un nombre (colonne « ${entete} » ; décimale avec une virgule ou un point, sans séparateur de milliers)`);
          v[i] = NaN;
          continue;
        }
      }
      if (c.positif && x < 0) problemes.erreur(f, table.ligneSource(i), col, `valeur négative ${x} interdite (colonne « ${entete} »)`);
      else if (c.type === "entier" && !Number.isInteger(x)) problemes.erreur(f, table.ligneSource(i), col, `nombre entier attendu, trouvé ${x} (colonne « ${entete} »)`);
      else if (c.cle === "strate_demographique" && (x < 1 || x > 15)) problemes.erreur(f, table.ligneSource(i), col, `strate démographique ${x} hors de 1 à 15`);
      v[i] = x;
    }
  }
  if (idx[colonnes.findIndex((c) => c.cle === "code_commune_chef_lieu_canton")] < 0) code_commune_chef_lieu_canton.fill("");

  // Consistency between the INSEE code and the département.
  for (let i = 0; i < n; i++) {
    const code = code_insee[i], dep = code_departement[i];
    if (!code || !dep || table.ligneInvalide(i)) continue;
    if (!code.startsWith(dep) && !(dep.length === 2 && code.startsWith(dep.replace(/^0/, "")))) {
      problemes.avertissement(f, table.ligneSource(i), 0, `le code INSEE ${code} ne commence pas par le département ${dep}`);
    }
  }
  verifierPlausibilite(code_departement, f, problemes);
  return { annee, fichier: f, nb: n, code_insee, nom, code_departement, code_commune_chef_lieu_canton, colonnes: valeurs, lignes };
}

/**
 * Plausibility of a complete file (≥ 30,000 communes): the number of communes of each département must be close to
 * the reference (the current COG of @etalab/decoupage-administratif); a gap is a warning, not an error.
 */
function verifierPlausibilite(code_departement: readonly string[], f: string, problemes: Problemes): void {
  if (code_departement.length < 30000) return;
  const compte = new Map<string, number>();
  for (const d of code_departement) if (d) compte.set(d, (compte.get(d) ?? 0) + 1);
  for (const [dep, attendu] of departementsConnus()) {
    if (attendu === 0) continue;
    const vu = compte.get(dep) ?? 0;
    if (Math.abs(vu - attendu) > Math.max(5, 0.1 * attendu)) {
      problemes.avertissement(f, 0, 0, `département ${dep} : ${vu} communes dans le fichier, ${attendu} dans le référentiel (écart inhabituel)`);
    }
  }
}
