// XLSX reader (the DGCL "csv" download is in fact an Excel workbook). Reads the first sheet with read-excel-file.
// The DGCL workbook writes its headers over two rows (a family such as "Dotation forfaitaire" in merged cells,
// then the column name): when the caller's scoring says that the combined "family - name" headers match better
// than the first row alone, the two rows are combined.

import { Problemes } from "./probleme.ts";
import { analyserNombre, etatNombre, NOMBRE_INVALIDE, NOMBRE_OK, NOMBRE_VIDE, type TableBrute } from "./table.ts";

type Cellule = string | number | boolean | Date | null;

function texteCellule(v: Cellule): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).trim();
}

/** Headers of a two-row header: the family row is forward-filled (merged cells leave blanks). */
function entetesCombines(famille: readonly Cellule[], nom: readonly Cellule[]): string[] {
  const res: string[] = [];
  let courante = "";
  const n = Math.max(famille.length, nom.length);
  for (let j = 0; j < n; j++) {
    const f = texteCellule(famille[j] ?? null);
    if (f) courante = f;
    const c = texteCellule(nom[j] ?? null);
    res.push(courante && c ? `${courante} - ${c}` : c || courante);
  }
  return res;
}

export async function lireXlsx(
  octets: Uint8Array,
  fichier: string,
  problemes: Problemes,
  scoreEntetes: (entetes: readonly string[]) => number = () => 0,
): Promise<TableBrute> {
  const { readSheet } = await import("read-excel-file/node");
  let lignes: Cellule[][];
  try {
    lignes = (await readSheet(Buffer.from(octets.buffer, octets.byteOffset, octets.byteLength))) as unknown as Cellule[][];
  } catch (e) {
    problemes.erreur(fichier, 1, 0, `classeur XLSX illisible (${(e as Error).message}) : fichier tronqué ou corrompu ?`);
    lignes = [];
  }
  // Trailing fully empty rows are not data.
  while (lignes.length && lignes[lignes.length - 1].every((v) => texteCellule(v) === "")) lignes.pop();
  if (lignes.length === 0) {
    if (problemes.nbErreurs === 0) problemes.erreur(fichier, 1, 0, "classeur vide : aucune ligne d'en-têtes");
    return tableDepuisLignes(fichier, [], [], 1);
  }
  const simples = lignes[0].map(texteCellule);
  let entetes = simples;
  let nbEntete = 1;
  if (lignes.length > 1) {
    const combines = entetesCombines(lignes[0], lignes[1]);
    if (scoreEntetes(combines) > scoreEntetes(simples)) {
      entetes = combines;
      nbEntete = 2;
    }
  }
  const donnees = lignes.slice(nbEntete);
  if (donnees.length === 0) problemes.erreur(fichier, nbEntete + 1, 0, "aucune ligne de données après les en-têtes");
  return tableDepuisLignes(fichier, entetes, donnees, nbEntete);
}

function tableDepuisLignes(fichier: string, entetes: string[], lignes: Cellule[][], nbEntete: number): TableBrute {
  return {
    fichier,
    format: "xlsx",
    entetes,
    nbLignes: lignes.length,
    ligneSource: (i) => i + 1 + nbEntete,
    ligneInvalide: () => false,
    texte: (i, j) => texteCellule(lignes[i][j] ?? null),
    nombre: (i, j) => {
      const v = lignes[i][j] ?? null;
      if (typeof v === "number") {
        etatNombre.code = Number.isFinite(v) ? NOMBRE_OK : NOMBRE_INVALIDE;
        return v;
      }
      if (v === null || v === "") {
        etatNombre.code = NOMBRE_VIDE;
        return NaN;
      }
      if (typeof v === "string") return analyserNombre(v, 0, v.length);
      etatNombre.code = NOMBRE_INVALIDE;
      return NaN;
    },
  };
}
