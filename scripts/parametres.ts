// Compiles engine/parameters/**/*.yaml into engine/parameters/parametres.generated.json,
// the nested tree that engine/parametres.ts imports (the engine itself never reads files).
//   npm run parametres            → writes the JSON
//   npm run parametres -- --check → exits 1 if the committed JSON is out of date
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

import { UNITES, type ParametreCompile, type Unite } from '../engine/parameters/format.ts';
export type Arbre = { [nom: string]: Arbre | ParametreCompile };

const racineDepot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DOSSIER_PARAMETRES = join(racineDepot, 'engine', 'parameters');
export const FICHIER_GENERE = join(DOSSIER_PARAMETRES, 'parametres.generated.json');

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const NOM = /^[a-z][a-z0-9_]*$/;

function fichiersYaml(dossier: string): string[] {
  return readdirSync(dossier, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? fichiersYaml(join(dossier, e.name)) : e.name.endsWith('.yaml') ? [join(dossier, e.name)] : []))
    .sort();
}

function erreur(fichier: string, message: string): never {
  throw new Error(`${relative(racineDepot, fichier)} : ${message}`);
}

function nombre(fichier: string, champ: string, x: unknown): number {
  if (typeof x !== 'number' || !Number.isFinite(x)) erreur(fichier, `« ${champ} » doit être un nombre fini, reçu ${JSON.stringify(x)}`);
  return x;
}

function date(fichier: string, champ: string, d: unknown): string {
  const s = String(d);
  if (!DATE.test(s)) erreur(fichier, `« ${champ} » : date attendue au format AAAA-MM-JJ, reçu « ${s} »`);
  return s;
}

function unite(fichier: string, champ: string, u: unknown): Unite {
  if (!UNITES.includes(u as Unite)) erreur(fichier, `« ${champ} » doit être l'une des unités ${UNITES.join(', ')}, reçu ${JSON.stringify(u)}`);
  return u as Unite;
}

/** Parses and validates one parameter file. */
export function lireParametre(fichier: string, texte: string): ParametreCompile {
  const doc = parse(texte) as Record<string, unknown> | null;
  if (!doc || typeof doc !== 'object') erreur(fichier, 'le fichier doit contenir un objet YAML');
  const connus = new Set(['libelle', 'unite', 'unite_seuil', 'reference', 'note', 'valeurs', 'bareme']);
  for (const cle of Object.keys(doc)) if (!connus.has(cle)) erreur(fichier, `champ inconnu « ${cle} » (attendus : ${[...connus].join(', ')})`);
  if (typeof doc.libelle !== 'string' || !doc.libelle.trim()) erreur(fichier, '« libelle » (texte non vide) est obligatoire');
  const reference = typeof doc.reference === 'string' ? [doc.reference] : doc.reference;
  if (!Array.isArray(reference) || reference.length === 0 || reference.some((r) => typeof r !== 'string'))
    erreur(fichier, '« reference » doit être un texte ou une liste de textes non vide');
  const p: ParametreCompile = {
    libelle: doc.libelle.normalize('NFC'),
    unite: unite(fichier, 'unite', doc.unite),
    reference: (reference as string[]).map((r) => r.normalize('NFC')),
  };
  if (doc.note !== undefined) {
    if (typeof doc.note !== 'string') erreur(fichier, '« note » doit être un texte');
    p.note = doc.note.normalize('NFC').trim();
  }
  if ((doc.valeurs === undefined) === (doc.bareme === undefined)) erreur(fichier, 'il faut exactement l\'un des champs « valeurs » ou « bareme »');
  if (doc.valeurs !== undefined) {
    if (!doc.valeurs || typeof doc.valeurs !== 'object') erreur(fichier, '« valeurs » doit associer des dates à des nombres');
    const entrees = Object.entries(doc.valeurs as Record<string, unknown>).map(([d, v]) => [date(fichier, 'valeurs', d), nombre(fichier, `valeurs.${d}`, v)] as const);
    if (entrees.length === 0) erreur(fichier, '« valeurs » est vide');
    entrees.sort(([a], [b]) => (a < b ? -1 : 1));
    p.valeurs = Object.fromEntries(entrees);
  } else {
    p.unite_seuil = unite(fichier, 'unite_seuil', doc.unite_seuil);
    const bareme = doc.bareme as Record<string, unknown>;
    if (!bareme || typeof bareme !== 'object') erreur(fichier, '« bareme » doit associer des dates à des listes de tranches');
    const entrees = Object.entries(bareme).map(([d, tranches]) => {
      const cle = date(fichier, 'bareme', d);
      if (!Array.isArray(tranches) || tranches.length === 0) erreur(fichier, `« bareme.${cle} » doit être une liste non vide de tranches {seuil, montant}`);
      const seuils = tranches.map((t, i) => nombre(fichier, `bareme.${cle}[${i}].seuil`, (t as Record<string, unknown>)?.seuil));
      const valeurs = tranches.map((t, i) => nombre(fichier, `bareme.${cle}[${i}].montant`, (t as Record<string, unknown>)?.montant));
      for (let i = 1; i < seuils.length; i++)
        if (seuils[i] <= seuils[i - 1]) erreur(fichier, `« bareme.${cle} » : les seuils doivent être strictement croissants`);
      return [cle, { seuils, valeurs }] as const;
    });
    entrees.sort(([a], [b]) => (a < b ? -1 : 1));
    p.bareme = Object.fromEntries(entrees);
  }
  return p;
}

/** Reads every YAML file under `dossier` and builds the nested tree (keys sorted). */
export function compilerParametres(dossier = DOSSIER_PARAMETRES): Arbre {
  const arbre: Arbre = {};
  for (const fichier of fichiersYaml(dossier)) {
    const noms = relative(dossier, fichier).replace(/\.yaml$/, '').split(/[\\/]/);
    for (const nom of noms) if (!NOM.test(nom)) erreur(fichier, `nom « ${nom} » invalide (minuscules, chiffres, _)`);
    let noeud = arbre;
    for (const nom of noms.slice(0, -1)) {
      const suivant = (noeud[nom] ??= {});
      if ('libelle' in suivant) erreur(fichier, `« ${nom} » est à la fois un paramètre et un dossier`);
      noeud = suivant as Arbre;
    }
    noeud[noms[noms.length - 1]] = lireParametre(fichier, readFileSync(fichier, 'utf8'));
  }
  return trier(arbre);
}

function trier(arbre: Arbre): Arbre {
  return Object.fromEntries(
    Object.keys(arbre)
      .sort()
      .map((k) => {
        const v = arbre[k];
        return [k, 'libelle' in v ? v : trier(v as Arbre)];
      }),
  );
}

export function texteGenere(arbre: Arbre): string {
  return JSON.stringify(arbre, null, 1) + '\n';
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const texte = texteGenere(compilerParametres());
  if (process.argv.includes('--check')) {
    let actuel = '';
    try {
      actuel = readFileSync(FICHIER_GENERE, 'utf8');
    } catch {
      /* missing file = out of date */
    }
    if (actuel !== texte) {
      console.error(`${relative(racineDepot, FICHIER_GENERE)} n'est pas à jour : lancez « npm run parametres ».`);
      process.exit(1);
    }
    console.log('Paramètres à jour.');
  } else {
    writeFileSync(FICHIER_GENERE, texte);
    console.log(`${relative(racineDepot, FICHIER_GENERE)} écrit.`);
  }
}
