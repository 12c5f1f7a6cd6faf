// Typed access to the law's parameters, compiled from engine/parameters/**/*.yaml (npm run parametres).
// Pure: the tree is imported as JSON, so this runs unchanged in Node and in the browser.
import arbre from './parameters/parametres.generated.json';
import type { ParametreCompile, Unite } from './parameters/format.ts';

export type { Unite } from './parameters/format.ts';

type Arbre = typeof arbre;

/** A scale (barème) in force at a date: `valeurs[i]` applies from `seuils[i]` (inclusive) to `seuils[i+1]`. */
export interface Bareme {
  seuils: number[];
  valeurs: number[];
}

/** Value of each parameter at 1 January of a year, following the tree of parameter paths. */
export type ParametresAnnee = ValeursDe<Arbre>;
type ValeursDe<N> = N extends { bareme: unknown }
  ? Bareme
  : N extends { valeurs: unknown }
    ? number // undefined at run time when the parameter has no value yet at that date
    : { [K in keyof N]: ValeursDe<N[K]> };

/** A reform: dotted parameter paths → new values (a number, or a `{seuils, valeurs}` scale). */
export type Reforme = Record<string, unknown>;


export interface InfoParametre {
  chemin: string;
  libelle: string;
  unite: Unite;
  uniteSeuil?: Unite;
  reference: string[];
  note?: string;
  /** Dated values, ascending (plain parameters). */
  valeurs?: { date: string; valeur: number }[];
  /** Dated scales, ascending (barèmes). */
  bareme?: { date: string; seuils: number[]; valeurs: number[] }[];
}


const feuilles = new Map<string, ParametreCompile>();
(function indexer(noeud: Record<string, unknown>, prefixe: string) {
  for (const [nom, enfant] of Object.entries(noeud)) {
    const chemin = prefixe ? `${prefixe}.${nom}` : nom;
    if (enfant && typeof enfant === 'object' && 'libelle' in enfant) feuilles.set(chemin, enfant as ParametreCompile);
    else indexer(enfant as Record<string, unknown>, chemin);
  }
})(arbre as unknown as Record<string, unknown>, '');

/** Every parameter path, sorted. */
export function cheminsParametres(): string[] {
  return [...feuilles.keys()];
}

/** Label, unit, legal reference and dated values of one parameter (for pages, API, explanations). */
export function parametreInfo(chemin: string): InfoParametre {
  const f = feuilles.get(chemin);
  if (!f) throw new Error(messageInconnu(chemin, 'Paramètre inconnu'));
  const info: InfoParametre = { chemin, libelle: f.libelle, unite: f.unite, reference: [...f.reference] };
  if (f.unite_seuil) info.uniteSeuil = f.unite_seuil;
  if (f.note) info.note = f.note;
  if (f.valeurs) info.valeurs = Object.entries(f.valeurs).map(([date, valeur]) => ({ date, valeur }));
  if (f.bareme) info.bareme = Object.entries(f.bareme).map(([date, b]) => ({ date, seuils: [...b.seuils], valeurs: [...b.valeurs] }));
  return info;
}

/** Last value dated on or before `date` (ISO strings compare as dates), or undefined. */
function enVigueur<T>(dates: Record<string, T>, date: string): T | undefined {
  let resultat: T | undefined;
  for (const [d, v] of Object.entries(dates)) if (d <= date) resultat = v;
  return resultat;
}

/**
 * Parameters in force at 1 January of `annee`, with an optional reform applied on top.
 * A fresh object each call: callers may keep it without aliasing the compiled data.
 */
export function parametresAnnee(annee: number, reforme?: Reforme): ParametresAnnee {
  if (!Number.isInteger(annee) || annee < 1900 || annee > 2200) throw new Error(`Année invalide : ${String(annee)} (entier attendu, par exemple 2025).`);
  const date = `${annee}-01-01`;
  const racine: Record<string, unknown> = {};
  const poser = (chemin: string, valeur: unknown) => {
    const noms = chemin.split('.');
    let noeud = racine;
    for (const nom of noms.slice(0, -1)) noeud = (noeud[nom] ??= {}) as Record<string, unknown>;
    noeud[noms[noms.length - 1]] = valeur;
  };
  for (const [chemin, f] of feuilles) {
    if (f.bareme) {
      const b = enVigueur(f.bareme, date);
      poser(chemin, b && { seuils: [...b.seuils], valeurs: [...b.valeurs] });
    } else poser(chemin, enVigueur(f.valeurs!, date));
  }
  if (reforme) for (const [chemin, valeur] of Object.entries(validerReforme(reforme))) poser(chemin, valeur);
  return racine as ParametresAnnee;
}

const BORNES: Record<Unite, { min: number; max: number; entier: boolean; attendu: string }> = {
  '€': { min: 0, max: Infinity, entier: false, attendu: 'un montant en euros positif ou nul' },
  '€/hab': { min: 0, max: Infinity, entier: false, attendu: 'un montant par habitant positif ou nul' },
  part: { min: 0, max: 1, entier: false, attendu: 'une part comprise entre 0 et 1' },
  coefficient: { min: 0, max: Infinity, entier: false, attendu: 'un coefficient positif ou nul' },
  habitants: { min: 0, max: Infinity, entier: true, attendu: "un nombre entier d'habitants positif ou nul" },
  communes: { min: 0, max: Infinity, entier: true, attendu: 'un nombre entier de communes positif ou nul' },
  années: { min: 0, max: Infinity, entier: true, attendu: "un nombre entier d'années positif ou nul" },
  rang: { min: 0, max: Infinity, entier: true, attendu: 'un numéro entier positif ou nul' },
};

function verifierNombre(chemin: string, unite: Unite, x: unknown, ou = ''): number {
  const b = BORNES[unite];
  const attendu = `${b.attendu} (unité : ${unite})`;
  if (typeof x !== 'number') throw new Error(`Réforme : « ${chemin} »${ou} attend ${attendu}, reçu ${JSON.stringify(x) ?? String(x)} (${typeof x}).`);
  if (!Number.isFinite(x)) throw new Error(`Réforme : « ${chemin} »${ou} attend ${attendu}, reçu ${x}.`);
  if (x < b.min || x > b.max || (b.entier && !Number.isInteger(x)))
    throw new Error(`Réforme : « ${chemin} »${ou} attend ${attendu}, reçu ${x} (hors des bornes).`);
  return x;
}

/**
 * Checks a reform against the parameter tree; returns the validated values (scales copied).
 * Throws an Error with a French message naming the path and what is expected.
 */
export function validerReforme(reforme: Reforme): Record<string, number | Bareme> {
  if (!reforme || typeof reforme !== 'object' || Array.isArray(reforme))
    throw new Error('Réforme : un objet associant des chemins de paramètres à des valeurs est attendu.');
  const sortie: Record<string, number | Bareme> = {};
  for (const [chemin, valeur] of Object.entries(reforme)) {
    const f = feuilles.get(chemin);
    if (!f) throw new Error(messageInconnu(chemin, 'Réforme : paramètre inconnu'));
    if (!f.bareme) {
      sortie[chemin] = verifierNombre(chemin, f.unite, valeur);
      continue;
    }
    const v = valeur as Partial<Bareme> | null;
    const forme = `un barème {seuils: number[], valeurs: number[]} de même longueur non nulle`;
    if (!v || typeof v !== 'object' || !Array.isArray(v.seuils) || !Array.isArray(v.valeurs) || v.seuils.length === 0 || v.seuils.length !== v.valeurs.length)
      throw new Error(`Réforme : « ${chemin} » attend ${forme}, reçu ${JSON.stringify(valeur)}.`);
    const seuils = v.seuils.map((s, i) => verifierNombre(chemin, f.unite_seuil!, s, ` (seuils[${i}])`));
    const valeurs = v.valeurs.map((s, i) => verifierNombre(chemin, f.unite, s, ` (valeurs[${i}])`));
    for (let i = 1; i < seuils.length; i++)
      if (seuils[i] <= seuils[i - 1]) throw new Error(`Réforme : « ${chemin} » : les seuils du barème doivent être strictement croissants (seuils[${i}] = ${seuils[i]}).`);
    sortie[chemin] = { seuils, valeurs };
  }
  return sortie;
}

function messageInconnu(chemin: string, debut: string): string {
  const dernier = chemin.split('.').pop() ?? chemin;
  const proches = [...feuilles.keys()].filter((c) => c.endsWith(`.${dernier}`) || c === dernier).slice(0, 5);
  const suggestion = proches.length ? ` Chemins existants se terminant par « ${dernier} » : ${proches.join(', ')}.` : '';
  return `${debut} « ${chemin} » (chemin pointé attendu, par exemple « dotation_solidarite_rurale.cible.eligibilite.seuil_classement »).${suggestion}`;
}

/**
 * Value of a single-amount scale for `x`: the amount of the last bracket whose threshold is ≤ x;
 * 0 below the first threshold (as OpenFisca's single-amount scales, spec §2.4).
 */
export function valeurBareme(b: Bareme, x: number): number {
  if (!(x >= b.seuils[0])) return 0;
  let i = 0;
  while (i + 1 < b.seuils.length && x >= b.seuils[i + 1]) i++;
  return b.valeurs[i];
}
