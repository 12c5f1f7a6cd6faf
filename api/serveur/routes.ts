// The routes of the API: method, path template (OpenAPI syntax, also used to match) and handler. The OpenAPI
// document (openapi.ts) describes exactly these routes (checked by tests/api).

import { expliquer } from "@dotations/engine";
import { agregats, commune, entete, ligneCommune, lireDemande, simulerReforme } from "./calculs.ts";
import type { DonneesAnnee } from "./donnees.ts";
import { ErreurHttp } from "./http.ts";
import { DOCUMENT_OPENAPI } from "./openapi.ts";

export type Methode = "GET" | "POST";

export interface Contexte {
  readonly donnees: ReadonlyMap<number, DonneesAnnee>;
  readonly parametres: Readonly<Record<string, string>>;
  /** The parsed JSON body (POST routes only). */
  readonly corps?: unknown;
}

export interface Route {
  readonly methode: Methode;
  readonly chemin: string;
  /** Whether the handler reads a JSON body. */
  readonly corps?: boolean;
  gerer(c: Contexte): unknown;
}

function annee(c: Contexte): DonneesAnnee {
  const texte = c.parametres.annee;
  const d = /^\d{4}$/.test(texte) ? c.donnees.get(Number(texte)) : undefined;
  if (!d) throw new ErreurHttp(404, `Année « ${texte} » non disponible (années disponibles : ${[...c.donnees.keys()].join(", ") || "aucune"}).`);
  return d;
}

export const ROUTES: readonly Route[] = [
  {
    methode: "GET",
    chemin: "/api/annees",
    gerer: (c) => ({
      annees: [...c.donnees.values()].map((d) => ({ annee: d.annee, communes: d.communes.code_insee.length, source: d.source })),
    }),
  },
  {
    methode: "GET",
    chemin: "/api/{annee}/communes/{code}",
    gerer: (c) => {
      const d = annee(c);
      return { ...entete(d), annee: d.annee, ...commune(d, ligneCommune(d, c.parametres.code)) };
    },
  },
  {
    methode: "GET",
    chemin: "/api/{annee}/communes/{code}/explication",
    gerer: (c) => {
      const d = annee(c);
      ligneCommune(d, c.parametres.code);
      return { ...entete(d), ...expliquer(c.parametres.code, d.base) };
    },
  },
  {
    methode: "GET",
    chemin: "/api/{annee}/national",
    gerer: (c) => {
      const d = annee(c);
      return { ...entete(d), annee: d.annee, communes: d.communes.code_insee.length, ...agregats(d.base) };
    },
  },
  {
    methode: "POST",
    chemin: "/api/{annee}/simulation",
    corps: true,
    gerer: (c) => {
      const d = annee(c);
      return { ...entete(d), ...simulerReforme(d, lireDemande(c.corps)) };
    },
  },
  { methode: "GET", chemin: "/api/openapi.json", gerer: () => DOCUMENT_OPENAPI },
];

const segments = (chemin: string) => chemin.split("/").filter(Boolean);

function decoder(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new ErreurHttp(400, `Chemin mal encodé : « ${segment} ».`);
  }
}

/** The routes of `chemin` (any method) with the path parameters they read. */
export function trouverRoutes(chemin: string): { route: Route; parametres: Record<string, string> }[] {
  const s = segments(chemin);
  const r: { route: Route; parametres: Record<string, string> }[] = [];
  for (const route of ROUTES) {
    const m = segments(route.chemin);
    if (m.length !== s.length) continue;
    const parametres: Record<string, string> = {};
    let ok = true;
    for (let k = 0; k < m.length && ok; k++) {
      if (m[k].startsWith("{")) parametres[m[k].slice(1, -1)] = decoder(s[k]);
      else ok = m[k] === s[k];
    }
    if (ok) r.push({ route, parametres });
  }
  return r;
}
