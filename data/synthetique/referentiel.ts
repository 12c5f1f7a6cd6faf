// The real communes of the COG year, read from @etalab/decoupage-administratif (6.0.0 = COG 2026):
// the skeleton on which the synthetic criteria are drawn. Columnar, one index per commune, sorted by code.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

interface CommuneCog {
  code: string;
  nom: string;
  type: string;
  zone: "metro" | "drom" | "com";
  departement: string;
  arrondissement?: string;
  population?: number;
  anciensCodes?: string[];
}
interface EpciCog {
  code: string;
  type: string;
  membres: { code: string }[];
}
interface ChefLieu {
  code: string;
  chefLieu: string;
  departement?: string;
}

/** EPCI nature, from the most rural to the most urban. */
export const NATURES_EPCI = ["aucun", "CC", "CA", "CU", "METRO"] as const;

export interface Referentiel {
  /** Version of the package = COG year it describes. */
  readonly versionCog: string;
  readonly code: readonly string[];
  readonly nom: readonly string[];
  readonly departement: readonly string[];
  /** SIREN of the EPCI à fiscalité propre ("" when none). */
  readonly epci: readonly string[];
  /** Index in NATURES_EPCI. */
  readonly natureEpci: Uint8Array;
  /** Legal population (INSEE) of the COG year. */
  readonly population: Float64Array;
  readonly outreMer: Uint8Array;
  readonly chefLieuArrondissement: Uint8Array;
  readonly chefLieuDepartement: Uint8Array;
  /** Number of former communes merged into this one (0 = not a commune nouvelle). */
  readonly nombreAnciennesCommunes: Uint16Array;
}

/** Collectivities whose "communes" are not in the DGCL files (TAAF, Clipperton, Wallis-et-Futuna). */
const HORS_DGF = new Set(["984", "986", "989"]);

let cache: Referentiel | undefined;

/** Loads (once) the communes of the COG of the installed package. */
export function chargerReferentiel(): Referentiel {
  if (cache) return cache;
  const racine = "@etalab/decoupage-administratif";
  const version = (require(`${racine}/package.json`) as { version: string }).version;
  const toutes = require(`${racine}/data/communes.json`) as CommuneCog[];
  const epcis = require(`${racine}/data/epci.json`) as EpciCog[];
  const arrondissements = require(`${racine}/data/arrondissements.json`) as ChefLieu[];
  const departements = require(`${racine}/data/departements.json`) as ChefLieu[];

  const communes = toutes
    .filter((c) => c.type === "commune-actuelle" && !HORS_DGF.has(c.departement) && (c.population ?? 0) > 0)
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const n = communes.length;

  const epciDe = new Map<string, { code: string; nature: number }>();
  for (const e of epcis) {
    const nature = e.type.startsWith("MET") ? 4 : Math.max(0, NATURES_EPCI.indexOf(e.type as (typeof NATURES_EPCI)[number]));
    for (const m of e.membres) epciDe.set(m.code, { code: e.code, nature });
  }
  const chefsLieuxArr = new Set(arrondissements.map((a) => a.chefLieu));
  const chefsLieuxDep = new Set(departements.map((d) => d.chefLieu));

  const natureEpci = new Uint8Array(n);
  const population = new Float64Array(n);
  const outreMer = new Uint8Array(n);
  const chefLieuArrondissement = new Uint8Array(n);
  const chefLieuDepartement = new Uint8Array(n);
  const nombreAnciennesCommunes = new Uint16Array(n);
  const epci: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const c = communes[i];
    const e = epciDe.get(c.code);
    epci[i] = e?.code ?? "";
    natureEpci[i] = e?.nature ?? 0;
    population[i] = c.population ?? 0;
    outreMer[i] = c.zone === "metro" ? 0 : 1;
    chefLieuArrondissement[i] = chefsLieuxArr.has(c.code) ? 1 : 0;
    chefLieuDepartement[i] = chefsLieuxDep.has(c.code) ? 1 : 0;
    nombreAnciennesCommunes[i] = c.anciensCodes?.length ?? 0;
  }
  cache = {
    versionCog: version,
    code: communes.map((c) => c.code),
    nom: communes.map((c) => c.nom),
    departement: communes.map((c) => c.departement),
    epci,
    natureEpci,
    population,
    outreMer,
    chefLieuArrondissement,
    chefLieuDepartement,
    nombreAnciennesCommunes,
  };
  return cache;
}
