// Calibration against reality, with the real engine: national counts of eligible communes and the real 2026
// amounts of the OFGL sample (shares within 5 points, medians within 15 %), read from ../shared/dgcl or
// DOTATIONS_DONNEES.
import { beforeAll, describe, expect, it } from "vitest";
import { franceSynthetique, type FranceSynthetique } from "../../data/synthetique/france.ts";
import { chargerMontantsReels, type MontantsReels } from "../../data/synthetique/reels.ts";
import { formaterRapport, rapportCalibrage, type Rapport } from "../../data/synthetique/rapport.ts";

describe("France synthétique : calage sur la réalité (moteur réel)", () => {
  let reels: MontantsReels | undefined;
  let f: FranceSynthetique;
  let r: Rapport;
  let duree = 0;

  beforeAll(async () => {
    reels = await chargerMontantsReels();
    const t0 = performance.now();
    f = franceSynthetique({ annee: 2026, graine: 1, reels });
    duree = performance.now() - t0;
    if (reels) r = rapportCalibrage(f, reels);
  }, 120000);

  // CPU time of this process, not wall time: the machine is shared, and other processes must not make it fail.
  it("génère les deux années, montants compris, en moins de 10 s de calcul (moteur chaud)", () => {
    const avant = process.cpuUsage();
    franceSynthetique({ annee: 2026, graine: 2, reels });
    const cpu = process.cpuUsage(avant);
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(10000);
    expect(duree).toBeGreaterThan(0);
  }, 60000);

  it("reproduit les nombres nationaux d'éligibles à 5 % près", () => {
    for (const l of r.national) expect(l.atteint, `${l.libelle} : ${l.synthetique} au lieu de ${l.reel}`).toBe(true);
  });

  it("reproduit l'échantillon réel 2026 par département et par groupe de strates", () => {
    expect(reels, "échantillon OFGL introuvable").toBeDefined();
    const manquees = [...r.parDepartement, ...r.parStrate].flatMap((l) =>
      l.mesures.filter((m) => !m.atteint).map((m) => `${l.cellule} ${m.indicateur} : ${m.synthetique.toFixed(1)} au lieu de ${m.reel.toFixed(1)}`),
    );
    expect(manquees, formaterRapport(r, "")).toEqual([]);
  });

  it("ne produit aucune valeur non finie dans les colonnes notifiées", () => {
    const nonFinies: string[] = [];
    for (const [cle, v] of Object.entries(f.n.table.colonnes)) for (let i = 0; i < v!.length; i++) if (!Number.isFinite(v![i])) nonFinies.push(`${cle}[${i}]`);
    expect(nonFinies.slice(0, 10)).toEqual([]);
  });
});
