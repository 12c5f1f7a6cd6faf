// The whole synthetic France: criteria of N-1 and N in the format of year N, the engine run on each year
// (N-1 seeded by generated N-2 amounts, N reading the N-1 amounts back from the N-1 table as the reader does),
// notified amounts and the injected discrepancies of year N.
import type { Communes, ResultatsNMoins1 } from "../../engine/entrees.ts";
import { simuler as simulerMoteur } from "@dotations/engine";
import { estAnneeDgcl, type AnneeDgcl } from "../dgcl/colonnes.ts";
import type { TableDgcl } from "../dgcl/ecrire.ts";
import { Flux } from "./alea.ts";
import { commeLue, entreesDe, resultatsNMoins1De, tableDgcl } from "./fichiers.ts";
import { ajusterAmorces, ajusterVoirieCible } from "./calage.ts";
import { genererCriteres, type CriteresSynthetiques, type MetaSynthetique, type OptionsFranceSynthetique } from "./generateur.ts";
import { injecterEcarts, montantsNotifies, type EcartInjecte, type Simulateur } from "./montants.ts";

export interface AnneeSynthetique {
  readonly annee: number;
  /** Engine inputs of the year, identical to what the reader derives from the written file. */
  readonly communes: Communes;
  /** Year-before amounts the engine was given for this year. */
  readonly resultatsPrecedents: ResultatsNMoins1;
  /** Per-commune results of the engine (spec variable names). */
  readonly resultats: Record<string, ArrayLike<number>>;
  readonly national: Record<string, number>;
  /** Criteria + notified amounts, ready for `ecrireCsvDgcl(format, table)`. */
  readonly table: TableDgcl;
}

export interface FranceSynthetique {
  readonly meta: MetaSynthetique;
  /** Year whose official format both files follow. */
  readonly format: AnneeDgcl;
  readonly nMoins1: AnneeSynthetique;
  readonly n: AnneeSynthetique;
  /** Ground truth: the discrepancies injected into the notified amounts of year N. */
  readonly ecarts: readonly EcartInjecte[];
  /** Result columns of the official format the engine does not produce (left out of the files). */
  readonly colonnesAbsentes: readonly string[];
}

/** Generates the synthetic France of `annee` for `graine`, amounts included. */
export function franceSynthetique(o: OptionsFranceSynthetique & { simuler?: Simulateur }): FranceSynthetique {
  if (!estAnneeDgcl(o.annee) || !estAnneeDgcl(o.annee - 1)) {
    throw new Error(`Année invalide pour la France synthétique : ${o.annee} (le format officiel est connu de 2020 à 2026).`);
  }
  const format = o.annee;
  const simuler: Simulateur = o.simuler ?? simulerMoteur;
  const g = genererCriteres(o);
  // DGF de référence of the communes nouvelles needs the N-1 amounts: first run without it.
  let chaine = executerChaine(format, g, simuler, o.annee);
  fixerDgfReference(g.n.communes, chaine.simN1.communes, o.annee, o.graine);
  // Engine-in-the-loop shaping of the sample (one pass: cible roads, seeds of the chained amounts), then the final run.
  if (o.reels) {
    const index = new Map(g.n.communes.code_insee.map((c, i) => [c, i]));
    const cible = chaine.simN.communes.dsr_fraction_cible;
    if (cible) ajusterVoirieCible(g.n.communes.code_insee, cible, g.reels, index, [g.n.communes.longueur_voirie as Float64Array, g.nMoins1.communes.longueur_voirie as Float64Array]);
    ajusterAmorces(g.amorce as typeof g.amorce & Record<string, Float64Array>, chaine.simN.communes, g.reels);
  }
  chaine = executerChaine(format, g, simuler, o.annee);
  const { simN1, tableN1, precedents, communesN1, communesN, simN, notN1 } = chaine;
  const notN = montantsNotifies(format, simN.communes);
  const ecarts = injecterEcarts(communesN, notN.colonnes, o.graine);
  const tableN = tableDgcl(format, g.n, notN.colonnes);

  return {
    meta: g.meta,
    format,
    nMoins1: { annee: o.annee - 1, communes: communesN1, resultatsPrecedents: g.amorce, resultats: simN1.communes, national: simN1.national, table: tableN1 },
    n: { annee: o.annee, communes: communesN, resultatsPrecedents: precedents, resultats: simN.communes, national: simN.national, table: tableN },
    ecarts,
    colonnesAbsentes: [...new Set([...notN1.absentes, ...notN.absentes])],
  };
}

/**
 * The two inputs the DGCL file does not carry (they come from the INSEE history of the communes, spec §5.1):
 * creation date and initial population of the communes nouvelles, taken from the generated criteria.
 */
function avecHistorique(derivees: Communes, generees: Communes): Communes {
  return { ...derivees, date_creation_commune: generees.date_creation_commune, population_insee_initiale: generees.population_insee_initiale };
}

/** One run of the N-1 → N chain on the current criteria. */
function executerChaine(format: AnneeDgcl, g: CriteresSynthetiques, simuler: Simulateur, annee: number) {
  const tableN1Criteres = tableDgcl(format, g.nMoins1);
  const communesN1 = avecHistorique(entreesDe(commeLue(format, tableN1Criteres, `criteres-${annee - 1}.csv`)), g.nMoins1.communes);
  const simN1 = simuler({ annee: annee - 1, communes: communesN1, resultatsPrecedents: g.amorce });
  const notN1 = montantsNotifies(format, simN1.communes);
  const tableN1 = tableDgcl(format, g.nMoins1, notN1.colonnes);
  const precedents = resultatsNMoins1De(commeLue(format, tableN1, `criteres-${annee - 1}.csv`));
  const communesN = avecHistorique(entreesDe(commeLue(format, tableDgcl(format, g.n), `criteres-${annee}.csv`)), g.n.communes);
  const simN = simuler({ annee, communes: communesN, resultatsPrecedents: precedents });
  return { simN1, notN1, tableN1, precedents, communesN1, communesN, simN };
}

/**
 * DGF de référence of the communes nouvelles aged 1 to 3 (DCN garantie): the DGF of N-1 of the commune
 * (DF + DSR + DSU + DNP from the N-1 run) raised by 0 to 5 %, in whole euros.
 */
function fixerDgfReference(c: Communes, resultatsN1: Record<string, ArrayLike<number>>, annee: number, graine: number): void {
  const flux = new Flux(graine, "dgf-reference");
  const ref = c.dotation_globale_fonctionnement_reference_communes as Float64Array;
  const v = (nom: string, i: number) => Number(resultatsN1[nom]?.[i] ?? 0) || 0;
  for (let i = 0; i < c.code_insee.length; i++) {
    const creation = Math.floor(c.date_creation_commune[i] / 10000);
    if (creation === 0 || annee - creation < 1 || annee - creation > 3) continue;
    const dgf = v("dotation_forfaitaire", i) + v("dotation_solidarite_rurale", i) + v("dsu_montant", i) + c.dotation_nationale_perequation[i];
    ref[i] = Math.round(dgf * (1 + 0.05 * flux.uniforme(i)));
  }
}
