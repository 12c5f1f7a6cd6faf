// Known départements (current COG, @etalab/decoupage-administratif) with their number of current communes.
// Small JSON (10 kB) plus one pass over the communes: loaded once, synchronously.

import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

interface Departement {
  code: string;
  nom: string;
  region: string;
  zone: string;
}

const DEPARTEMENTS: readonly Departement[] = require("@etalab/decoupage-administratif/data/departements.json");

let connus: Map<string, number> | undefined;

/**
 * Département code → number of current communes in the reference (0 for a collectivity without communes there).
 * Loaded on first use (the communes file is 8.6 MB): the CLI's fast path from the tables never pays for it.
 */
export function departementsConnus(): ReadonlyMap<string, number> {
  if (connus) return connus;
  const m = new Map<string, number>(DEPARTEMENTS.map((d) => [d.code, 0]));
  const communes: { type: string; departement?: string }[] = require("@etalab/decoupage-administratif/data/communes.json");
  for (const c of communes) if (c.type === "commune-actuelle" && c.departement) m.set(c.departement, (m.get(c.departement) ?? 0) + 1);
  return (connus = m);
}

/** Spec §5.1: outre-mer ⇔ the département code has more than 2 characters and no "A"/"B" (971, 972 …). */
export function estOutreMer(codeDepartement: string): boolean {
  return codeDepartement.length > 2 && !codeDepartement.includes("A") && !codeDepartement.includes("B");
}
