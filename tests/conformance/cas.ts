// Reads the OpenFisca YAML test cases of ../shared/conformance in place and normalises them:
// one column per variable and per year, communes in a fixed order, expectations evaluated to numbers.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const RACINE_DEPOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DOSSIER_CONFORMITE = resolve(RACINE_DEPOT, '..', 'shared', 'conformance');

/** A value of the YAML: one per commune (array) or one for all (scalar). */
export type Brut = number | boolean | string | null | Brut[];

/** Values of one variable by year; `null` = no year given (the case's period, or every year for constants). */
export type ParAnnee = Map<number | null, Brut>;

export interface Cas {
  fichier: string; // relative to the conformance folder
  index: number; // position in the file, from 0
  nom: string;
  periode: number | null;
  marge: number | null; // absolute_error_margin
  /** Commune names in order when the case names them (etats/communes groups), otherwise generated. */
  communes: string[];
  /** Per-commune inputs (arrays of length n, holes as null) by variable and year. */
  entrees: Map<string, ParAnnee>;
  /** Inputs given at the Etat level (national scalars) by variable and year. */
  entreesNationales: Map<string, ParAnnee>;
  /** Expected values by variable and year: arrays of length n or scalars. */
  sorties: Map<string, ParAnnee>;
}

function fichiersYaml(dossier: string): string[] {
  return readdirSync(dossier, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? fichiersYaml(join(dossier, e.name)) : e.name.endsWith('.yaml') ? [join(dossier, e.name)] : []))
    .sort();
}

const estAnnee = (k: string) => /^\d{4}$/.test(k);
const estObjet = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `{2019: x, 2020: y}` → by year; anything else → the single value for the period. */
function parAnnee(valeur: unknown): ParAnnee {
  if (estObjet(valeur) && Object.keys(valeur).length > 0 && Object.keys(valeur).every(estAnnee))
    return new Map(Object.entries(valeur).map(([a, v]) => [Number(a), v as Brut]));
  return new Map([[null, valeur as Brut]]);
}

function longueur(v: Brut): number {
  return Array.isArray(v) ? v.length : 1;
}

/** Places one commune's value into a per-variable column. */
function poser(cible: Map<string, ParAnnee>, variable: string, valeur: unknown, i: number, n: number) {
  const colonnes = (cible.get(variable) ?? cible.set(variable, new Map()).get(variable)!) as ParAnnee;
  for (const [annee, v] of parAnnee(valeur)) {
    const col = (colonnes.get(annee) as Brut[] | undefined) ?? Array<Brut>(n).fill(null);
    col[i] = v;
    colonnes.set(annee, col);
  }
}

/** Normalises one YAML case. Throws a French error naming the file and the case on unknown shapes. */
export function normaliserCas(fichier: string, index: number, brut: Record<string, unknown>): Cas {
  const ou = `${fichier}, cas n° ${index + 1} (« ${String(brut.name)} »)`;
  const connus = new Set(['name', 'period', 'input', 'output', 'absolute_error_margin']);
  for (const k of Object.keys(brut)) if (!connus.has(k)) throw new Error(`${ou} : clé inconnue « ${k} »`);
  const input = (brut.input ?? {}) as Record<string, unknown>;
  const output = (brut.output ?? {}) as Record<string, unknown>;
  const cas: Cas = {
    fichier,
    index,
    nom: String(brut.name).replace(/\s*\\\s*/g, ' ').replace(/\s+/g, ' ').trim(),
    periode: brut.period === undefined ? null : Number(brut.period),
    marge: brut.absolute_error_margin === undefined ? null : Number(brut.absolute_error_margin),
    communes: [],
    entrees: new Map(),
    entreesNationales: new Map(),
    sorties: new Map(),
  };

  const groupes = estObjet(input.communes) || estObjet(input.etats);
  if (groupes) {
    // Explicit entities: communes named in the etats (in order), then any others of the communes block.
    const etats = (input.etats ?? {}) as Record<string, Record<string, unknown>>;
    for (const etat of Object.values(etats)) for (const c of (etat.communes as string[]) ?? []) if (!cas.communes.includes(c)) cas.communes.push(c);
    for (const c of Object.keys((input.communes ?? {}) as object)) if (!cas.communes.includes(c)) cas.communes.push(c);
    const n = cas.communes.length;
    for (const etat of Object.values(etats))
      for (const [variable, v] of Object.entries(etat)) if (variable !== 'communes') cas.entreesNationales.set(variable, parAnnee(v));
    for (const [nomCommune, vars] of Object.entries((input.communes ?? {}) as Record<string, Record<string, unknown>>))
      for (const [variable, v] of Object.entries(vars ?? {})) poser(cas.entrees, variable, v, cas.communes.indexOf(nomCommune), n);
    for (const k of Object.keys(input)) if (k !== 'etats' && k !== 'communes') throw new Error(`${ou} : entrée « ${k} » hors des groupes etats/communes`);
  } else {
    for (const [variable, v] of Object.entries(input)) cas.entrees.set(variable, parAnnee(v));
  }

  if (estObjet(output.communes)) {
    if (!groupes) throw new Error(`${ou} : sortie par commune sans communes nommées en entrée`);
    for (const [nomCommune, vars] of Object.entries(output.communes as Record<string, Record<string, unknown>>)) {
      const i = cas.communes.indexOf(nomCommune);
      if (i < 0) throw new Error(`${ou} : commune « ${nomCommune} » attendue en sortie mais absente des entrées`);
      for (const [variable, v] of Object.entries(vars)) poser(cas.sorties, variable, v, i, cas.communes.length);
    }
  }
  for (const [variable, v] of Object.entries(output)) if (variable !== 'communes') cas.sorties.set(variable, parAnnee(v));

  if (!groupes) {
    const n = Math.max(1, ...[...cas.entrees.values(), ...cas.sorties.values()].flatMap((m) => [...m.values()].map(longueur)));
    cas.communes = Array.from({ length: n }, (_, i) => `c${i + 1}`);
  }
  return cas;
}

/** Every case of every YAML file of the conformance folder, in file order. */
export function lireCasConformite(dossier = DOSSIER_CONFORMITE): Cas[] {
  return fichiersYaml(dossier).flatMap((chemin) => {
    const fichier = relative(dossier, chemin).normalize('NFC');
    // YAML 1.1 like PyYAML: 545_248_126 is a number, True/False are booleans.
    const liste = parse(readFileSync(chemin, 'utf8'), { version: '1.1' }) as Record<string, unknown>[];
    if (!Array.isArray(liste)) throw new Error(`${fichier} : une liste de cas est attendue`);
    return liste.map((brut, i) => normaliserCas(fichier, i, brut));
  });
}

/**
 * Evaluates an expectation: numbers, booleans (→ 1/0) and the arithmetic strings of the OpenFisca
 * test format ("0.7 * (20 / 10) + 0.3 * (30 / 15)"), with + − × ÷ and parentheses only.
 */
export function valeurAttendue(v: Brut): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') return evaluerExpression(v);
  throw new Error(`valeur attendue non numérique : ${JSON.stringify(v)}`);
}

export function evaluerExpression(texte: string): number {
  const jetons = texte.replace(/_/g, '').match(/\d+(?:\.\d+)?(?:e[+-]?\d+)?|[-+*/()]|\S/gi) ?? [];
  let i = 0;
  const lire = () => jetons[i++];
  const voir = () => jetons[i];
  const facteur = (): number => {
    const t = lire();
    if (t === '-') return -facteur();
    if (t === '+') return facteur();
    if (t === '(') {
      const v = somme();
      if (lire() !== ')') throw new Error(`expression « ${texte} » : parenthèse fermante attendue`);
      return v;
    }
    const x = Number(t);
    if (t === undefined || Number.isNaN(x)) throw new Error(`expression « ${texte} » : nombre attendu, reçu « ${t ?? 'fin'} »`);
    return x;
  };
  const produit = (): number => {
    let v = facteur();
    while (voir() === '*' || voir() === '/') v = lire() === '*' ? v * facteur() : v / facteur();
    return v;
  };
  const somme = (): number => {
    let v = produit();
    while (voir() === '+' || voir() === '-') v = lire() === '+' ? v + produit() : v - produit();
    return v;
  };
  const v = somme();
  if (i !== jetons.length) throw new Error(`expression « ${texte} » : « ${jetons[i]} » inattendu`);
  return v;
}
