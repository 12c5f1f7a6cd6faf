// Problems found while reading a file, reported as `fichier:ligne:colonne: message` (French, for the user).
// Line and column are 1-based; column 0 means "the whole line" (e.g. a missing header).

export type Gravite = "erreur" | "avertissement";

export interface Probleme {
  readonly fichier: string;
  readonly ligne: number;
  readonly colonne: number;
  readonly message: string;
  readonly gravite: Gravite;
}

export function formaterProbleme(p: Probleme): string {
  const prefixe = p.gravite === "avertissement" ? "avertissement : " : "";
  return `${p.fichier}:${p.ligne}:${p.colonne}: ${prefixe}${p.message}`;
}

/** Collects problems up to a limit; counts the ones beyond it so that the report says how many were left out. */
export class Problemes {
  readonly liste: Probleme[] = [];
  nbErreurs = 0;
  nbAvertissements = 0;
  constructor(readonly limite = 200) {}

  erreur(fichier: string, ligne: number, colonne: number, message: string): void {
    this.nbErreurs++;
    if (this.liste.length < this.limite) this.liste.push({ fichier, ligne, colonne, message, gravite: "erreur" });
  }

  avertissement(fichier: string, ligne: number, colonne: number, message: string): void {
    this.nbAvertissements++;
    if (this.liste.length < this.limite) this.liste.push({ fichier, ligne, colonne, message, gravite: "avertissement" });
  }

  get complet(): boolean {
    return this.liste.length >= this.limite;
  }

  /** All problems as lines, plus a closing line saying how many were not listed. */
  lignes(): string[] {
    const lignes = this.liste.map(formaterProbleme);
    const total = this.nbErreurs + this.nbAvertissements;
    if (total > this.liste.length) lignes.push(`… et ${total - this.liste.length} autre(s) problème(s) non listé(s) (limite ${this.limite}).`);
    return lignes;
  }
}

/** Error carrying the problem list, thrown when a file cannot be used. */
export class ErreurDonnees extends Error {
  constructor(
    message: string,
    readonly problemes: readonly string[] = [],
  ) {
    super(problemes.length ? `${message}\n${problemes.join("\n")}` : message);
    this.name = "ErreurDonnees";
  }
}
