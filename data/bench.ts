// Benchmark figures of the data layer, called by scripts/bench.ts (npm run bench):
// Each figure is the median of several runs (not the best one: the figure a user should expect).
//   parse_ms        read + validate + normalise a 35,000-row DGCL CSV in the official format (~200 columns)
//   cli_simuler_ms  `dotations simuler` end to end (process start → CSV written) from the normalised tables
// parse_ms reads a deterministic filler file as wide as the official one (~200 columns: the synthetic France writes
// only the ~60 the engine reads); cli_simuler_ms runs on the synthetic France (real communes, realistic criteria).
// Both are cached in the temp directory.

import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { deriverEntrees } from "./dgcl/derives.ts";
import { ecrireCsvDgcl } from "./dgcl/ecrire.ts";
import { fabriquerTableDgcl } from "./dgcl/fabrique.ts";
import { lireCriteres } from "./dgcl/lire.ts";
import { racineDepot } from "./acquisition/chemins.ts";

const ANNEE = 2025;
const DOSSIER = join(tmpdir(), "dotations-bench");

/** A 35,000-row CSV in the official format of ANNEE with ~200 columns, like the DGCL's file (generated once). */
async function fichierLarge(): Promise<string> {
  const chemin = join(DOSSIER, `criteres-larges-${ANNEE}.csv`);
  if (!existsSync(chemin)) {
    await mkdir(DOSSIER, { recursive: true });
    await writeFile(chemin, ecrireCsvDgcl(ANNEE, fabriquerTableDgcl(ANNEE, 35000, 140, ANNEE)));
  }
  return chemin;
}

/**
 * The 35,000-row CSV of the benchmark: the synthetic France's criteria files (real communes, official format of the
 * year), from data/sources/synthetique/ when built there, else generated once into the temp directory (graine 1).
 */
async function fichierSynthetique(annee: 2024 | 2025 = ANNEE): Promise<string> {
  const nom = `criteres-repartition-communes-${annee}.csv`;
  const synth = join(racineDepot(), "data", "sources", "synthetique", nom);
  if (existsSync(synth)) return synth;
  const dossier = join(DOSSIER, "synthetique");
  if (!existsSync(join(dossier, nom))) {
    const { genererFranceSynthetique, ecrireDossierSynthetique } = await import("./synthetique/index.ts");
    await ecrireDossierSynthetique(dossier, await genererFranceSynthetique({ annee: ANNEE, graine: 1 }));
  }
  return join(dossier, nom);
}

/** The median of `mesures` (the middle one, or the mean of the two middle ones), rounded to the millisecond. */
function mediane(mesures: readonly number[]): number {
  const t = [...mesures].sort((a, b) => a - b);
  const m = t.length >> 1;
  return Math.round(t.length % 2 ? t[m] : (t[m - 1] + t[m]) / 2);
}

/** parse_ms: bytes on disk → validated, derived engine inputs (median of `essais`). */
export async function mesurerParse(essais = 5): Promise<number> {
  const chemin = await fichierLarge();
  const mesures: number[] = [];
  for (let k = 0; k < essais; k++) {
    const t0 = performance.now();
    const octets = new Uint8Array(await readFile(chemin));
    const r = await lireCriteres(octets, "bench.csv", { annee: ANNEE });
    if (!r.criteres || r.problemes.nbErreurs) throw new Error(`fichier de bench invalide :\n${r.problemes.lignes().slice(0, 5).join("\n")}`);
    deriverEntrees(r.criteres);
    mesures.push(performance.now() - t0);
  }
  return mediane(mesures);
}

/**
 * cli_simuler_ms: builds the normalised tables once (outside the measure), bundles the CLI, then times the child
 * process `node api/bin/dotations.js simuler --annee 2025 --sortie …csv [options]` from spawn to exit (median of
 * `essais`); `options`: more arguments (`--toutes`).
 */
export async function mesurerCliSimuler(essais = 7, options: readonly string[] = []): Promise<number> {
  const racine = racineDepot();
  const tables = join(DOSSIER, "tables-synthetiques");
  const env = { ...process.env, DOTATIONS_TABLES: tables };
  const executer = promisify(execFile);
  await executer("node", [join(racine, "api", "paquet.mjs")]);
  if (!existsSync(join(tables, `entrees-${ANNEE}.arrow`))) {
    const n = await fichierSynthetique(ANNEE);
    const nMoins1 = await fichierSynthetique(ANNEE - 1 as 2024);
    await executer("node", [join(racine, "api/bin/dotations.js"), "donnees", "normaliser", "--annee", String(ANNEE), "--criteres", n, "--precedents", nMoins1], { env, maxBuffer: 1 << 26 });
  }
  const mesures: number[] = [];
  for (let k = 0; k < essais; k++) {
    const t0 = performance.now();
    await executer("node", [join(racine, "api/bin/dotations.js"), "simuler", "--annee", String(ANNEE), "--sortie", join(DOSSIER, "resultats.csv"), ...options], { env, maxBuffer: 1 << 26 });
    mesures.push(performance.now() - t0);
  }
  return mediane(mesures);
}
