// Commune reference from @etalab/decoupage-administratif (the package's COG: names, département, région, EPCI,
// population) and the mapping of the communes merged since 2018 to their current successor.

import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

interface CommuneCog {
  code: string;
  nom: string;
  type: "commune-actuelle" | "commune-deleguee" | "commune-associee" | "arrondissement-municipal";
  departement?: string;
  region?: string;
  population?: number;
  anciensCodes?: string[];
  chefLieu?: string;
}

interface Epci {
  code: string;
  nom: string;
  membres: { code: string }[];
}

export interface ReferentielCommunes {
  readonly code_insee: string[];
  readonly nom: string[];
  readonly code_departement: string[];
  readonly code_region: string[];
  readonly code_epci: string[];
  readonly nom_epci: string[];
  readonly population: Float64Array;
  /** Former code (merged commune, delegated or associated commune) → current commune code. */
  readonly successeurs: ReadonlyMap<string, string>;
}

let cache: ReferentielCommunes | undefined;

export function referentielCommunes(): ReferentielCommunes {
  if (cache) return cache;
  const communes: CommuneCog[] = require("@etalab/decoupage-administratif/data/communes.json");
  const epcis: Epci[] = require("@etalab/decoupage-administratif/data/epci.json");
  const epciDe = new Map<string, Epci>();
  for (const e of epcis) for (const m of e.membres) epciDe.set(m.code, e);
  const actuelles = communes.filter((c) => c.type === "commune-actuelle");
  const successeurs = new Map<string, string>();
  for (const c of actuelles) for (const a of c.anciensCodes ?? []) if (a !== c.code) successeurs.set(a, c.code);
  for (const c of communes) {
    if ((c.type === "commune-deleguee" || c.type === "commune-associee") && c.chefLieu && c.chefLieu !== c.code && !successeurs.has(c.code)) {
      successeurs.set(c.code, c.chefLieu);
    }
  }
  cache = {
    code_insee: actuelles.map((c) => c.code),
    nom: actuelles.map((c) => c.nom),
    code_departement: actuelles.map((c) => c.departement ?? ""),
    code_region: actuelles.map((c) => c.region ?? ""),
    code_epci: actuelles.map((c) => epciDe.get(c.code)?.code ?? ""),
    nom_epci: actuelles.map((c) => epciDe.get(c.code)?.nom ?? ""),
    population: Float64Array.from(actuelles, (c) => c.population ?? 0),
    successeurs,
  };
  return cache;
}

/**
 * Current successor of `code` among `codesCibles` (the communes of the target year): `code` itself when present,
 * else the successor chain followed until a target commune is reached; undefined when none is.
 */
export function successeurDans(code: string, codesCibles: ReadonlyMap<string, number>, successeurs: ReadonlyMap<string, string>): number | undefined {
  let c: string | undefined = code;
  for (let pas = 0; c !== undefined && pas < 10; pas++) {
    const i = codesCibles.get(c);
    if (i !== undefined) return i;
    c = successeurs.get(c);
  }
  return undefined;
}
