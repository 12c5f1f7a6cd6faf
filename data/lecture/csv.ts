// Columnar CSV reader. One pass over the decoded text records the start/end offset of every field in typed
// arrays; cells are parsed later, column by column, straight from the text (no per-cell strings for numbers).
// Handles: ',' or ';' separator, quoted fields with the separator, a decimal comma, doubled quotes and line breaks
// inside, LF or CRLF, UTF-8 / Windows-1252, BOM. Malformed rows are reported, never silently fixed.

import { decoderTexte, type Encodage } from "./decodage.ts";
import { Problemes } from "./probleme.ts";
import { analyserNombre, type TableBrute } from "./table.ts";

export interface TableCsv extends TableBrute {
  readonly encodage: Encodage;
  readonly separateur: string;
}

const GUILLEMET = 34;
const LF = 10;
const CR = 13;

function compterLignes(s: string): number {
  let n = 0;
  let i = -1;
  while ((i = s.indexOf("\n", i + 1)) !== -1) n++;
  return n + 1;
}

/** Picks ';' when the header line has ';' and no ','; otherwise ','. */
function detecterSeparateur(s: string): number {
  const fin = s.indexOf("\n");
  const entete = fin === -1 ? s : s.slice(0, fin);
  return entete.includes(";") && !entete.includes(",") ? 59 : 44;
}

/** Reads CSV bytes. Structural problems (field counts, unclosed quotes, empty file) go to `problemes`. */
export function lireCsv(octets: Uint8Array, fichier: string, problemes: Problemes): TableCsv {
  const { texte: s, encodage } = decoderTexte(octets);
  const sep = detecterSeparateur(s);
  const n = s.length;
  const capaciteLignes = compterLignes(s) + 1;

  // Header first, to know the field count.
  const entetes: string[] = [];
  let pos = 0;
  let ligne = 1;
  let nbChamps = 0;
  let debuts = new Int32Array(0);
  let fins = new Int32Array(0);
  let echappes = new Uint8Array(0);
  const lignesSource = new Int32Array(capaciteLignes);
  const invalides = new Uint8Array(capaciteLignes);
  let nbLignes = 0;

  // Scratch for the fields of the current record (grows when a row is too long).
  let tmpDebuts = new Int32Array(64);
  let tmpFins = new Int32Array(64);
  let tmpEch = new Uint8Array(64);

  /** Scans one record from `pos`; returns the field count, fills tmp*, advances pos and ligne. */
  const lireEnregistrement = (): number => {
    let k = 0;
    for (;;) {
      if (k === tmpDebuts.length) {
        const a = new Int32Array(k * 2), b = new Int32Array(k * 2), c = new Uint8Array(k * 2);
        a.set(tmpDebuts), b.set(tmpFins), c.set(tmpEch);
        tmpDebuts = a, tmpFins = b, tmpEch = c;
      }
      let debut = pos;
      let fin: number;
      let ech = 0;
      if (pos < n && s.charCodeAt(pos) === GUILLEMET) {
        const ligneOuverture = ligne;
        debut = ++pos;
        for (;;) {
          const q = s.indexOf('"', pos);
          if (q === -1) {
            problemes.erreur(fichier, ligneOuverture, k + 1, "guillemet ouvrant jamais refermé : le fichier semble tronqué");
            // Count the remaining line breaks so later messages keep consistent numbers.
            for (let i = pos; i < n; i++) if (s.charCodeAt(i) === LF) ligne++;
            pos = n;
            fin = n;
            break;
          }
          for (let i = pos; i < q; i++) if (s.charCodeAt(i) === LF) ligne++;
          if (q + 1 < n && s.charCodeAt(q + 1) === GUILLEMET) {
            ech = 1;
            pos = q + 2;
            continue;
          }
          fin = q;
          pos = q + 1;
          break;
        }
        // Only the separator or the end of the record may follow a closing quote.
        const c = pos < n ? s.charCodeAt(pos) : LF;
        if (c !== sep && c !== LF && c !== CR) {
          problemes.erreur(fichier, ligne, k + 1, "caractère inattendu après un guillemet fermant (guillemet non doublé dans un champ ?)");
          while (pos < n && s.charCodeAt(pos) !== sep && s.charCodeAt(pos) !== LF) pos++;
        }
        ech |= 2; // quoted
      } else {
        while (pos < n) {
          const c = s.charCodeAt(pos);
          if (c === sep || c === LF) break;
          pos++;
        }
        fin = pos;
        if (fin > debut && s.charCodeAt(fin - 1) === CR) fin--;
      }
      tmpDebuts[k] = debut;
      tmpFins[k] = fin!;
      tmpEch[k] = ech;
      k++;
      if (pos >= n) return k;
      const c = s.charCodeAt(pos);
      if (c === sep) {
        pos++;
        continue;
      }
      if (c === CR) pos++;
      if (pos < n && s.charCodeAt(pos) === LF) pos++;
      ligne++;
      return k;
    }
  };

  const champ = (d: number, f: number, e: number): string => {
    const t = s.slice(d, f);
    return (e & 1 ? t.replaceAll('""', '"') : t).trim();
  };

  if (n === 0 || s.trim() === "") {
    problemes.erreur(fichier, 1, 0, "fichier vide : aucune ligne d'en-têtes");
  } else {
    nbChamps = lireEnregistrement();
    for (let j = 0; j < nbChamps; j++) entetes.push(champ(tmpDebuts[j], tmpFins[j], tmpEch[j]));
    debuts = new Int32Array(capaciteLignes * nbChamps);
    fins = new Int32Array(capaciteLignes * nbChamps);
    echappes = new Uint8Array(capaciteLignes * nbChamps);
    while (pos < n) {
      const ligneDebut = ligne;
      // A blank line: tolerated at the very end only.
      const c = s.charCodeAt(pos);
      if (c === LF || (c === CR && s.charCodeAt(pos + 1) === LF)) {
        pos += c === CR ? 2 : 1;
        ligne++;
        if (s.slice(pos).trim() !== "") problemes.erreur(fichier, ligneDebut, 0, "ligne vide au milieu des données");
        continue;
      }
      const k = lireEnregistrement();
      const base = nbLignes * nbChamps;
      const m = Math.min(k, nbChamps);
      debuts.set(tmpDebuts.subarray(0, m), base);
      fins.set(tmpFins.subarray(0, m), base);
      echappes.set(tmpEch.subarray(0, m), base);
      lignesSource[nbLignes] = ligneDebut;
      if (k !== nbChamps) {
        invalides[nbLignes] = 1;
        const tronque = pos >= n && k < nbChamps ? " : le fichier semble tronqué" : "";
        problemes.erreur(fichier, ligneDebut, Math.min(k, nbChamps) + 1, `${k} champ(s) au lieu de ${nbChamps}${tronque}`);
      }
      nbLignes++;
    }
    if (nbLignes === 0) problemes.erreur(fichier, 2, 0, "aucune ligne de données après les en-têtes");
  }

  return {
    fichier,
    format: "csv",
    encodage,
    separateur: String.fromCharCode(sep),
    entetes,
    nbLignes,
    ligneSource: (i) => lignesSource[i],
    ligneInvalide: (i) => invalides[i] === 1,
    texte: (i, j) => {
      const x = i * nbChamps + j;
      return champ(debuts[x], fins[x], echappes[x]);
    },
    nombre: (i, j) => {
      const x = i * nbChamps + j;
      return analyserNombre(s, debuts[x], fins[x]);
    },
  };
}
