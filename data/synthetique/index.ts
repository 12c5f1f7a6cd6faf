// Public API of the synthetic France (used by the CLI, the bench, the site loaders and the tests).
import { franceSynthetique, type FranceSynthetique } from "./france.ts";
import type { OptionsFranceSynthetique } from "./generateur.ts";
import type { Simulateur } from "./montants.ts";
import { chargerMontantsReels, type MontantsReels } from "./reels.ts";

export { AVERTISSEMENT_SYNTHETIQUE, VERSION_GENERATEUR } from "./avertissement.ts";
export { genererCriteres, type CriteresSynthetiques, type MetaSynthetique } from "./generateur.ts";
export { franceSynthetique, type AnneeSynthetique, type FranceSynthetique } from "./france.ts";
export { chargerMontantsReels, type MontantsReels } from "./reels.ts";
export { ecrireDossierSynthetique, nomsFichiers } from "./sortie.ts";
export type { EcartInjecte, Simulateur } from "./montants.ts";

/**
 * Generates the synthetic France of `annee` for `graine`: engine inputs of N-1 and N (`communes`), N-1 results,
 * engine results, notified tables, injected discrepancies and `meta` (synthetic warning, seed, version).
 * `reels`: real amounts for the shaping — default: the OFGL sample when present; `null`: no shaping.
 */
export async function genererFranceSynthetique(
  o: Omit<OptionsFranceSynthetique, "reels"> & { reels?: MontantsReels | null; simuler?: Simulateur },
): Promise<FranceSynthetique> {
  const reels = o.reels === null ? undefined : (o.reels ?? (await chargerMontantsReels()));
  return franceSynthetique({ ...o, reels });
}

/**
 * For `npm run bench`: time (ms) to generate the criteria of both years for all communes, amounts included
 * (engine runs of N-1 and N), real sample loaded beforehand. Returns the median of `repetitions` runs.
 */
export async function mesurerSynthetique(repetitions = 3, annee = 2026, graine = 1): Promise<{ synthetic_ms: number; communes: number }> {
  const reels = await chargerMontantsReels();
  const durees: number[] = [];
  let communes = 0;
  for (let k = 0; k < repetitions; k++) {
    const t0 = performance.now();
    const f = franceSynthetique({ annee, graine, reels });
    durees.push(performance.now() - t0);
    communes = f.n.communes.code_insee.length;
  }
  durees.sort((a, b) => a - b);
  return { synthetic_ms: Math.round(durees[Math.floor(durees.length / 2)]), communes };
}

