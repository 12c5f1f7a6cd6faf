// A subcommand of `dotations`: its one-line summary, its usage text and what it does. Exit code returned.

export interface Commande {
  readonly resume: string;
  readonly usage: string;
  executer(args: string[]): Promise<number>;
}

/** Output channels, replaceable in tests. */
export const sortie: { info: (t: string) => void; erreur: (t: string) => void } = {
  info: (t) => void process.stdout.write(t + "\n"),
  erreur: (t) => void process.stderr.write(t + "\n"),
};

/** Parses `--annee`; a string is the French error. */
export function anneeOption(v: string | undefined, obligatoire = true): number | string | undefined {
  if (v === undefined) return obligatoire ? "option --annee AAAA obligatoire" : undefined;
  const a = Number(v);
  return Number.isInteger(a) && /^\d{4}$/.test(v) ? a : `année « ${v} » invalide : AAAA attendu`;
}
