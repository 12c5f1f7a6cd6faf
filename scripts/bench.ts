// npm run bench: times `simuler` (one year, every dotation, all communes) warm, on the synthetic France
// (data/synthetique/, criteria of N-1 and N), N-1 results from a first engine run on the N-1 criteria.
// Prints the figures, then as its LAST line one JSON object {communes, engine_ms, peak_rss_mb, ...}.
// The inputs are prepared in a child process and handed over as typed columns: the generator keeps its
// référentiel (~16 Mo of JS objects) in module caches, which every full garbage collection of the measuring
// process would otherwise have to mark — a cost of the bench setup, not of the engine.
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { ENTREES_N_MOINS_1, simuler, type NomEntreeNMoins1, type OptionsSimulation } from "../engine/index.ts";

const ANNEE = 2025;
const ECHAUFFEMENT = 20;
const MESURES = 60;

let pic = process.memoryUsage().rss;
const noterMemoire = () => {
  pic = Math.max(pic, process.memoryUsage().rss);
};

/** Inputs of year N and the N-1 results (in the child process). */
async function preparer(): Promise<OptionsSimulation> {
  const { genererCriteres } = await import("../data/synthetique/index.ts");
  const criteres = genererCriteres({ annee: ANNEE, graine: 1 });
  // Year N-1 run (its own N-1 = the generator's N-2 amounts), then its results feed year N.
  const precedente = simuler({ annee: ANNEE - 1, communes: criteres.nMoins1.communes, resultatsPrecedents: criteres.amorce });
  const resultatsPrecedents = Object.fromEntries(
    (Object.keys(ENTREES_N_MOINS_1) as NomEntreeNMoins1[]).map((nom) => [nom, (nom === "population_dgf_majoree" ? criteres.nMoins1.communes.population_dgf_majoree : precedente.communes[nom]).slice()]),
  ) as Record<NomEntreeNMoins1, Float64Array>;
  const enveloppesPrecedentes = {
    dsr_montant_total_fraction_bourg_centre: precedente.national.dsr_montant_total_fraction_bourg_centre,
    dsr_montant_total_fraction_perequation: precedente.national.dsr_montant_total_fraction_perequation,
    dsr_montant_total_fraction_cible: precedente.national.dsr_montant_total_fraction_cible,
    dsu_montant_total: precedente.national.dsu_montant_total,
  };
  return { annee: ANNEE, communes: criteres.n.communes, resultatsPrecedents, enveloppesPrecedentes };
}

const PREPARER = "--preparer";

/** Runs `preparer` in a child process (same loader flags); the columns come back by structured clone. */
function preparerAilleurs(): Promise<OptionsSimulation> {
  return new Promise((resolve, reject) => {
    const enfant = fork(fileURLToPath(import.meta.url), [PREPARER], { serialization: "advanced" });
    enfant.once("message", (m) => {
      const { entree, rss } = m as { entree: OptionsSimulation; rss: number };
      // The peak counts the child's resident memory too: it is part of what the bench needs.
      pic = Math.max(pic, rss);
      noterMemoire();
      enfant.kill();
      resolve(entree);
    });
    enfant.once("error", reject);
    enfant.once("exit", (code) => { if (code) reject(new Error(`Préparation de la France synthétique interrompue (code ${code}).`)); });
  });
}

/**
 * Times `simuler` warm on the prepared inputs; returns the median, min and 90th percentile (ms) and the last result.
 * By default `simuler` keeps the published variables; `variables: 'toutes'` (exports, explanations) is timed too.
 */
function mesurer(entree: OptionsSimulation) {
  const durees: number[] = [];
  let resultat = simuler(entree);
  for (let k = 0; k < ECHAUFFEMENT; k++) resultat = simuler(entree);
  for (let k = 0; k < MESURES; k++) {
    const t0 = performance.now();
    resultat = simuler(entree);
    durees.push(performance.now() - t0);
    noterMemoire();
  }
  durees.sort((a, b) => a - b);
  const centile = (q: number) => durees[Math.min(durees.length - 1, Math.floor(q * durees.length))];
  return { mediane: centile(0.5), min: durees[0], p90: centile(0.9), resultat };
}

if (process.argv.includes(PREPARER)) {
  const entree = await preparer();
  noterMemoire();
  process.send!({ entree, rss: pic });
} else {
  const entree = await preparerAilleurs();
  const n = entree.communes.code_insee.length;
  const { mediane, min, p90, resultat } = mesurer(entree);
  const toutes = mesurer({ ...entree, variables: "toutes" });

  const somme = (nom: string) => (resultat.communes[nom] as Float64Array).reduce((s, x) => s + x, 0);
  const fmt = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });
  console.log(`France synthétique ${ANNEE} : ${n} communes, ${Object.keys(resultat.communes).length} colonnes, ${Object.keys(resultat.national).length} valeurs nationales`);
  for (const nom of ["dotation_forfaitaire", "df_montant_ecretement", "dsr_fraction_bourg_centre", "dsr_fraction_perequation", "dsr_fraction_cible", "dsu_montant", "dotation_communes_nouvelles", "dotation_globale_fonctionnement_communes"])
    console.log(`  Σ ${nom.padEnd(42)} ${fmt.format(somme(nom))} €`);
  console.log(`simuler (tiède, ${MESURES} mesures) : médiane ${fmt.format(mediane)} ms, min ${fmt.format(min)} ms, 90e centile ${fmt.format(p90)} ms`);
  console.log(`simuler gardant toutes les variables (${Object.keys(toutes.resultat.communes).length} colonnes) : médiane ${fmt.format(toutes.mediane)} ms`);
  console.log(`pic de mémoire résidente : ${fmt.format(pic / 2 ** 20)} Mo`);
  const picMoteur = pic;

  // Data layer and synthetic France, measured after the engine (their memory does not count in peak_rss_mb).
  const { mesurerParse, mesurerCliSimuler } = await import("../data/bench.ts");
  const { mesurerSynthetique } = await import("../data/synthetique/index.ts");
  const parse_ms = await mesurerParse();
  console.log(`lecture, validation et normalisation d'un CSV DGCL de 35 000 lignes : médiane ${fmt.format(parse_ms)} ms`);
  const cli_simuler_ms = await mesurerCliSimuler();
  console.log(`dotations simuler de bout en bout (tables normalisées → CSV) : médiane ${fmt.format(cli_simuler_ms)} ms`);
  const cli_simuler_toutes_ms = await mesurerCliSimuler(7, ["--toutes"]);
  console.log(`dotations simuler --toutes (intermédiaires compris) : médiane ${fmt.format(cli_simuler_toutes_ms)} ms`);
  const { synthetic_ms } = await mesurerSynthetique();
  console.log(`France synthétique, deux années, toutes les communes : médiane ${fmt.format(synthetic_ms)} ms`);

  // Last line: one JSON object.
  const arrondi = (x: number) => Math.round(x * 100) / 100;
  const mesures = {
    communes: n,
    engine_ms: arrondi(mediane),
    engine_min_ms: arrondi(min),
    engine_p90_ms: arrondi(p90),
    engine_toutes_ms: arrondi(toutes.mediane),
    peak_rss_mb: Math.round(picMoteur / 2 ** 20),
    parse_ms,
    cli_simuler_ms,
    cli_simuler_toutes_ms,
    synthetic_ms,
  };
  console.log(JSON.stringify(mesures));
}
