// Interchange CSV of the Python model's tools (`dotations simuler --entrees`): one row per commune, columns named
// after the spec's input variables (engine/entrees.ts) plus `code_insee` (and optionally `nom`); values of the
// previous year as `variable@N-1` or `variable@AAAA` (AAAA = N-1) for the variables of ENTREES_N_MOINS_1;
// booleans 1/0/true/false/oui/non; dates YYYY-MM-DD; empty cell = the variable's default; unknown column = error.

import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { ENTREES, ENTREES_N_MOINS_1, type Communes, type NomEntree, type NomEntreeNMoins1, type ResultatsNMoins1, type TypeEntree } from "../../engine/entrees.ts";
import { lireCsv } from "../lecture/csv.ts";
import { analyserDateIso } from "../lecture/date.ts";
import { Problemes } from "../lecture/probleme.ts";
import { etatNombre, NOMBRE_OK, NOMBRE_VIDE, type TableBrute } from "../lecture/table.ts";

export interface EntreesEchange {
  readonly communes: Communes;
  /** Present when at least one `@N-1` column is given (missing ones take their default). */
  readonly resultatsPrecedents?: ResultatsNMoins1;
}

type Cible = { nom: NomEntree; nMoins1: false } | { nom: NomEntreeNMoins1; nMoins1: true };

/** Resolves a header to an input of N or N-1; a string is the French reason why it is refused. */
function resoudre(entete: string, annee: number): Cible | string {
  const [nom, suffixe] = entete.split("@");
  if (suffixe === undefined) return nom in ENTREES ? { nom: nom as NomEntree, nMoins1: false } : `colonne inconnue « ${entete} » : ce n'est pas une variable d'entrée de la spécification`;
  if (suffixe !== "N-1" && suffixe !== String(annee - 1)) return `colonne « ${entete} » : seules les valeurs de l'année précédente (@N-1 ou @${annee - 1}) sont lues`;
  return nom in ENTREES_N_MOINS_1 ? { nom: nom as NomEntreeNMoins1, nMoins1: true } : `colonne « ${entete} » : « ${nom} » n'est pas une valeur N-1 lue par le modèle (${Object.keys(ENTREES_N_MOINS_1).join(", ")})`;
}

function lireBooleen(t: string): number {
  const v = t.toLowerCase();
  if (v === "1" || v === "true" || v === "oui") return 1;
  if (v === "0" || v === "false" || v === "non") return 0;
  return -1;
}

function colonne(type: TypeEntree, n: number, defaut: number): Float64Array | Uint8Array | Int32Array {
  if (type === "booleen") return new Uint8Array(n).fill(defaut);
  if (type === "date") return new Int32Array(n).fill(defaut);
  return new Float64Array(n).fill(defaut);
}

export function validerEchange(table: TableBrute, annee: number, problemes: Problemes): EntreesEchange | null {
  const f = table.fichier;
  const n = table.nbLignes;
  let jCode = -1, jNom = -1;
  const cibles: { j: number; cible: Cible }[] = [];
  const vus = new Set<string>();
  table.entetes.forEach((e, j) => {
    if (vus.has(e)) return problemes.erreur(f, 1, j + 1, `colonne « ${e} » en double`);
    vus.add(e);
    if (e === "code_insee") jCode = j;
    else if (e === "nom") jNom = j;
    else {
      const c = resoudre(e, annee);
      if (typeof c === "string") problemes.erreur(f, 1, j + 1, c);
      else cibles.push({ j, cible: c });
    }
  });
  if (jCode < 0) problemes.erreur(f, 1, 0, "colonne « code_insee » manquante");
  if (problemes.nbErreurs) return null;

  const code_insee: string[] = new Array(n);
  const indices = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const c = table.texte(i, jCode);
    code_insee[i] = c;
    if (!/^(\d{5}|2[AB]\d{3})$/.test(c)) problemes.erreur(f, table.ligneSource(i), jCode + 1, `code INSEE « ${c} » invalide : 5 caractères attendus`);
    else if (indices.has(c)) problemes.erreur(f, table.ligneSource(i), jCode + 1, `code INSEE ${c} en double (déjà ligne ${table.ligneSource(indices.get(c)!)})`);
    else indices.set(c, i);
  }
  const entrees: Record<string, Float64Array | Uint8Array | Int32Array> = {};
  for (const nom of Object.keys(ENTREES) as NomEntree[]) entrees[nom] = colonne(ENTREES[nom].type, n, ENTREES[nom].defaut);
  const precedents: Record<string, Float64Array> = {};
  const avecNMoins1 = cibles.some((c) => c.cible.nMoins1);
  if (avecNMoins1) for (const nom of Object.keys(ENTREES_N_MOINS_1) as NomEntreeNMoins1[]) precedents[nom] = new Float64Array(n).fill(ENTREES_N_MOINS_1[nom].defaut);

  for (const { j, cible } of cibles) {
    const def = cible.nMoins1 ? ENTREES_N_MOINS_1[cible.nom] : ENTREES[cible.nom];
    const v = cible.nMoins1 ? precedents[cible.nom] : entrees[cible.nom];
    const entete = table.entetes[j];
    for (let i = 0; i < n; i++) {
      if (table.ligneInvalide(i)) continue;
      const t = table.texte(i, j);
      if (t === "") continue; // default
      const ligne = table.ligneSource(i);
      if (def.type === "booleen") {
        const b = lireBooleen(t);
        if (b < 0) problemes.erreur(f, ligne, j + 1, `« ${t} » n'est pas un booléen (1/0/true/false/oui/non) pour « ${entete} »`);
        else v[i] = b;
      } else if (def.type === "date") {
        const d = analyserDateIso(t);
        if (d === 0) problemes.erreur(f, ligne, j + 1, `« ${t} » n'est pas une date AAAA-MM-JJ pour « ${entete} »`);
        else v[i] = d;
      } else {
        const x = table.nombre(i, j);
        if (etatNombre.code !== NOMBRE_OK && etatNombre.code !== NOMBRE_VIDE) problemes.erreur(f, ligne, j + 1, `« ${t} » n'est pas un nombre pour « ${entete} »`);
        else if (def.type === "entier" && !Number.isInteger(x)) problemes.erreur(f, ligne, j + 1, `nombre entier attendu pour « ${entete} », trouvé ${x}`);
        else if (x < 0 && def.unite !== "€") problemes.erreur(f, ligne, j + 1, `valeur négative ${x} interdite pour « ${entete} »`);
        else v[i] = x;
      }
    }
  }
  if (problemes.nbErreurs) return null;
  const nom = jNom >= 0 ? Array.from({ length: n }, (_, i) => table.texte(i, jNom)) : undefined;
  return {
    communes: { code_insee, ...(nom ? { nom } : {}), ...entrees } as unknown as Communes,
    resultatsPrecedents: avecNMoins1 ? (precedents as unknown as ResultatsNMoins1) : undefined,
  };
}

export async function lireFichierEchange(chemin: string, annee: number, problemes: Problemes): Promise<EntreesEchange | null> {
  const table = lireCsv(new Uint8Array(await readFile(chemin)), basename(chemin), problemes);
  if (problemes.nbErreurs || table.nbLignes === 0) return null;
  return validerEchange(table, annee, problemes);
}
