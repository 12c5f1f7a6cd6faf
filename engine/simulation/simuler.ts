// simuler(): every dotation of the DGF des communes for one year of law, over all communes at once.
import { type Communes, type NomEntreeNMoins1 } from '../entrees.ts';
import { DEFAUTS_PRECEDENTS } from '../enveloppes/index.ts';
import { parametresAnnee, type ParametresAnnee, type Reforme } from '../parametres.ts';
import { creerContexte, type Surcharge } from './contexte.ts';
import { FORMULES } from './formules.ts';
import { avecReserve } from './memoire.ts';
import { VARIABLES_PUBLIEES } from './publiees.ts';

export interface OptionsSimulation {
  readonly annee: number;
  /** Input columns of year N; columns left out take their default (engine/entrees.ts). */
  readonly communes: Partial<Communes> & { readonly code_insee: readonly string[] };
  /** Year N-1 per-commune results aligned on `communes` (missing columns: 0). */
  readonly resultatsPrecedents?: Partial<Record<NomEntreeNMoins1, ArrayLike<number>>>;
  /** N-1 national envelopes (`dsr_montant_total_fraction_*`, `dsu_montant_total`); default: N-1 parameters. */
  readonly enveloppesPrecedentes?: Readonly<Record<string, number>>;
  /** Any variable given in place of its formula: a column (NaN cells keep the formula) or a national number. */
  readonly surcharges?: Readonly<Record<string, Surcharge>>;
  /** Parameter changes for year N, by dotted path (validated, French errors). */
  readonly reforme?: Reforme;
  /**
   * Per-commune variables to return. Default: every formula is computed, and the published ones are returned
   * (VARIABLES_PUBLIEES: amounts, eligibilities, criteria, N-1 quantities of the next year). `'toutes'`: every
   * variable, intermediates included (explanations, exports). A list: those variables, computed with their
   * dependencies only. Input columns read and national values computed are always returned.
   */
  readonly variables?: readonly string[] | 'toutes';
  /** Parameters of N and N-1 given directly (tests); default: `parametresAnnee`. */
  readonly parametres?: { readonly annee: ParametresAnnee; readonly precedente: ParametresAnnee };
}

export interface Simulation {
  readonly annee: number;
  readonly codeInsee: readonly string[];
  readonly nom?: readonly string[];
  /** The per-commune variables returned (see `variables`) and the input columns read, by specification name. */
  readonly communes: Record<string, Float64Array | Uint8Array>;
  /** Every national variable computed, by specification name. */
  readonly national: Record<string, number>;
  /** Parameters of the year, reform included (explanations read thresholds from them). */
  readonly parametres: ParametresAnnee;
  /** true when every variable was kept (`variables: 'toutes'`): an explanation can read all its steps. */
  readonly complete: boolean;
}

/** The options each simulation was made from, to complete it on demand. */
const optionsDe = new WeakMap<Simulation, OptionsSimulation>();
const completees = new WeakMap<Simulation, Simulation>();

/** `s` itself when it kept every variable, else the same simulation with every variable (computed once, then kept). */
export function simulationComplete(s: Simulation): Simulation {
  if (s.complete) return s;
  let r = completees.get(s);
  const o = optionsDe.get(s);
  if (!r && o) completees.set(s, (r = simuler({ ...o, variables: 'toutes' })));
  if (!r) throw new Error(`Simulation ${s.annee} incomplète et sans ses options : relancez simuler avec variables: 'toutes'.`);
  return r;
}

export function simuler(o: OptionsSimulation): Simulation {
  const n = o.communes.code_insee.length;
  const p = o.parametres?.annee ?? parametresAnnee(o.annee, o.reforme);
  const pPrecedent = o.parametres?.precedente ?? parametresAnnee(o.annee - 1);
  const inconnues = Object.keys(o.surcharges ?? {}).filter((nom) => !(nom in FORMULES) && !(nom in o.communes));
  if (inconnues.length) throw new Error(`Surcharge de variable inconnue : ${inconnues.map((x) => `« ${x} »`).join(', ')}.`);
  const c = creerContexte({
    annee: o.annee,
    n,
    p,
    pPrecedent,
    formules: FORMULES,
    entrees: o.communes as unknown as Record<string, ArrayLike<number>>,
    precedents: o.resultatsPrecedents,
    nationauxPrecedents: o.enveloppesPrecedentes,
    defautsPrecedents: DEFAUTS_PRECEDENTS,
    surcharges: o.surcharges,
  });
  const liste = Array.isArray(o.variables) ? o.variables : undefined;
  const complete = o.variables === 'toutes';
  // Per-commune variables kept besides the inputs read (null: all of them).
  const gardees = complete ? null : new Set(liste ?? VARIABLES_PUBLIEES);
  const s = avecReserve(
    (): Simulation => {
      for (const nom of liste ?? Object.keys(FORMULES)) c.valeur(nom);
      const communes: Record<string, Float64Array | Uint8Array> = {};
      const national: Record<string, number> = {};
      for (const [nom, v] of c.valeurs) {
        if (typeof v === 'number') national[nom] = v;
        else if (gardees === null || gardees.has(nom) || !(nom in FORMULES)) communes[nom] = v;
      }
      return { annee: o.annee, codeInsee: o.communes.code_insee, nom: o.communes.nom, communes, national, parametres: p, complete };
    },
    (r) => Object.values(r.communes),
  );
  optionsDe.set(s, o);
  return s;
}
