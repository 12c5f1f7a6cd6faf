// The JSON bodies of the API, built from a year's data: a commune's criteria and dotations, national aggregates,
// and the comparison of a reform with the baseline. Column names are the specification's.

import { ENTREES, ENTREES_N_MOINS_1, simuler, validerReforme, type Reforme, type Simulation } from "@dotations/engine";
import type { DonneesAnnee } from "./donnees.ts";
import { ErreurHttp } from "./http.ts";

/** The amounts a summary is about, from the DGF of the commune down to each dotation and DSR fraction. */
export const DOTATIONS_PRINCIPALES = [
  "dotation_globale_fonctionnement_communes",
  "dotation_forfaitaire",
  "dotation_solidarite_rurale",
  "dsr_fraction_bourg_centre",
  "dsr_fraction_perequation",
  "dsr_fraction_cible",
  "dsu_montant",
  "dotation_nationale_perequation",
  "dotation_communes_nouvelles",
] as const;

/** Largest number of communes a simulation lists one by one. */
export const MAX_COMMUNES_SIMULATION = 1000;

/** A JSON number: NaN and infinities (never expected from the engine) become null. */
const nombre = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** The synthetic-data fields every response built on such data carries (nothing for real data). */
export function entete(d: DonneesAnnee): Record<string, unknown> {
  const s = d.source;
  return s.avertissement ? { avertissement: s.avertissement, graine: s.graine, versionGenerateur: s.versionGenerateur } : {};
}

export function ligneCommune(d: DonneesAnnee, code: string): number {
  const i = d.index.get(code);
  if (i === undefined) throw new ErreurHttp(404, `Commune « ${code} » introuvable en ${d.annee} (code INSEE à 5 caractères attendu, par exemple 01001).`);
  return i;
}

/** Raw inputs (N and N-1) and computed per-commune variables of row `i`. */
export function commune(d: DonneesAnnee, i: number): Record<string, unknown> {
  const criteres: Record<string, number | null> = {};
  for (const nom of Object.keys(ENTREES)) {
    const c = (d.communes as unknown as Record<string, ArrayLike<number> | undefined>)[nom];
    if (c && typeof c[i] === "number") criteres[nom] = nombre(c[i]);
  }
  const precedents: Record<string, number | null> = {};
  for (const nom of Object.keys(ENTREES_N_MOINS_1)) {
    const c = (d.resultatsPrecedents as Record<string, ArrayLike<number> | undefined> | undefined)?.[nom];
    if (c) precedents[nom] = nombre(c[i]);
  }
  const dotations: Record<string, number | null> = {};
  for (const [nom, c] of Object.entries(d.base.communes)) if (!(nom in ENTREES)) dotations[nom] = nombre(c[i]);
  return { code_insee: d.communes.code_insee[i], nom: d.communes.nom?.[i] ?? null, criteres, criteres_n_moins_1: precedents, dotations };
}

/** National variables, sums of the main dotations and counts of eligible communes of a simulation. */
export function agregats(s: Simulation): { national: Record<string, number | null>; totaux: Record<string, number>; nombres_eligibles: Record<string, number> } {
  const national: Record<string, number | null> = {};
  for (const [nom, v] of Object.entries(s.national)) national[nom] = nombre(v);
  const totaux: Record<string, number> = {};
  for (const nom of DOTATIONS_PRINCIPALES) {
    const c = s.communes[nom];
    if (!c) continue;
    let t = 0;
    for (let i = 0; i < c.length; i++) t += c[i];
    totaux[nom] = t;
  }
  const nombres_eligibles: Record<string, number> = {};
  for (const [nom, c] of Object.entries(s.communes)) {
    if (!(c instanceof Uint8Array) || !/(^|_)eligible(_|$)/.test(nom)) continue;
    let k = 0;
    for (let i = 0; i < c.length; i++) k += c[i];
    nombres_eligibles[nom] = k;
  }
  return { national, totaux, nombres_eligibles };
}

type Ecart = { avant: number | null; apres: number | null; ecart: number | null };
const ecart = (avant: number, apres: number): Ecart => ({ avant: nombre(avant), apres: nombre(apres), ecart: nombre(apres - avant) });

function comparerNombres(avant: Record<string, number | null>, apres: Record<string, number | null>): Record<string, Ecart> {
  const r: Record<string, Ecart> = {};
  for (const nom of new Set([...Object.keys(avant), ...Object.keys(apres)])) r[nom] = ecart(avant[nom] ?? NaN, apres[nom] ?? NaN);
  return r;
}

export interface DemandeSimulation {
  readonly reforme: Reforme;
  readonly communes?: readonly string[];
}

/** Checks the body of POST /simulation; a French 400 otherwise. */
export function lireDemande(corps: unknown): DemandeSimulation {
  if (!corps || typeof corps !== "object" || Array.isArray(corps)) throw new ErreurHttp(400, 'Corps JSON attendu : { "reforme": { "chemin.du.parametre": valeur }, "communes"?: ["01001", …] }.');
  const { reforme, communes, ...autres } = corps as Record<string, unknown>;
  const inconnus = Object.keys(autres);
  if (inconnus.length) throw new ErreurHttp(400, `Champ inconnu dans le corps : ${inconnus.map((k) => `« ${k} »`).join(", ")} (attendus : reforme, communes).`);
  if (reforme === undefined) throw new ErreurHttp(400, 'Champ « reforme » obligatoire : un objet { "chemin.du.parametre": valeur } (vide pour la loi en vigueur).');
  try {
    validerReforme(reforme as Reforme);
  } catch (e) {
    throw new ErreurHttp(400, (e as Error).message);
  }
  if (communes !== undefined) {
    if (!Array.isArray(communes) || communes.some((c) => typeof c !== "string")) throw new ErreurHttp(400, "Champ « communes » : une liste de codes INSEE (chaînes) est attendue.");
    if (communes.length > MAX_COMMUNES_SIMULATION) throw new ErreurHttp(400, `Champ « communes » : au plus ${MAX_COMMUNES_SIMULATION} communes (${communes.length} reçues) ; sans ce champ, la réponse résume toutes les communes.`);
  }
  return { reforme: reforme as Reforme, communes: communes as string[] | undefined };
}

/** How many communes gain, lose or keep their DGF, and the largest changes, under the reform. */
function resume(d: DonneesAnnee, s: Simulation): Record<string, unknown> {
  const nom = "dotation_globale_fonctionnement_communes";
  const avant = d.base.communes[nom], apres = s.communes[nom];
  if (!avant || !apres) return {};
  let gagnantes = 0, perdantes = 0;
  const ordre: number[] = [];
  for (let i = 0; i < avant.length; i++) {
    const e = apres[i] - avant[i];
    if (e > 0.5) gagnantes++;
    else if (e < -0.5) perdantes++;
    if (e > 0.5 || e < -0.5) ordre.push(i);
  }
  ordre.sort((a, b) => apres[b] - avant[b] - (apres[a] - avant[a]));
  const ligne = (i: number) => ({ code_insee: d.communes.code_insee[i], nom: d.communes.nom?.[i] ?? null, ...ecart(avant[i], apres[i]) });
  return {
    variable: nom,
    communes: avant.length,
    gagnantes,
    perdantes,
    inchangees: avant.length - gagnantes - perdantes,
    plus_fortes_hausses: ordre.slice(0, 10).map(ligne),
    plus_fortes_baisses: ordre.slice(-10).reverse().filter((i) => apres[i] < avant[i]).map(ligne),
  };
}

/** Runs the reform on the year's data and compares it with the baseline (national, then per commune or summary). */
export function simulerReforme(d: DonneesAnnee, demande: DemandeSimulation): Record<string, unknown> {
  const lignes = (demande.communes ?? []).map((code) => {
    const i = d.index.get(code);
    if (i === undefined) throw new ErreurHttp(400, `Champ « communes » : commune « ${code} » introuvable en ${d.annee}.`);
    return i;
  });
  // The reform was validated by lireDemande: an error here is the server's (500).
  const s = simuler({ annee: d.annee, communes: d.communes, resultatsPrecedents: d.resultatsPrecedents, reforme: demande.reforme, variables: "toutes" });
  const a = agregats(d.base), b = agregats(s);
  const national = { national: comparerNombres(a.national, b.national), totaux: comparerNombres(a.totaux, b.totaux), nombres_eligibles: comparerNombres(a.nombres_eligibles, b.nombres_eligibles) };
  if (!demande.communes) return { annee: d.annee, reforme: demande.reforme, ...national, resume: resume(d, s) };
  const communes = lignes.map((i) => {
    const dotations: Record<string, Ecart> = {};
    for (const [nom, c] of Object.entries(s.communes)) if (!(nom in ENTREES)) dotations[nom] = ecart(d.base.communes[nom]?.[i] ?? NaN, c[i]);
    return { code_insee: d.communes.code_insee[i], nom: d.communes.nom?.[i] ?? null, dotations };
  });
  return { annee: d.annee, reforme: demande.reforme, ...national, communes };
}
