// Maps one normalised OpenFisca case onto the engine's `simuler` (inputs, N-1 results, N-1 envelopes,
// overrides of computed variables, parameters set by the case) and compares the outputs.
import { ENTREES, ENTREES_N_MOINS_1, type DefinitionEntree } from '../../engine/entrees.ts';
import { valeurAttendue, type Brut, type Cas, type ParAnnee } from './cas.ts';

type Colonne = Float64Array | Uint8Array | Int32Array;

/** The slice of the engine contract the harness uses (engine-contract.md). */
export interface EntreeSimuler {
  annee: number;
  communes: Record<string, Colonne>;
  resultatsPrecedents?: Record<string, Float64Array>;
  enveloppesPrecedentes?: Record<string, number>;
  surcharges?: Record<string, Colonne | number>;
  reforme?: Record<string, unknown>;
  variables?: string[];
}
export interface ResultatSimuler {
  communes: Record<string, ArrayLike<number>>;
  national: Record<string, number>;
}
export type Simuler = (entree: EntreeSimuler) => ResultatSimuler;

/**
 * Quantities that are national (one value) in our engine, although OpenFisca sometimes declares them on the
 * Commune entity with the same value for every commune (spec §2.1).
 */
const NATIONAL =
  /^(montant_total_ecretement|df_montant_total_ecretement(_hors_dsu_dsr)?|df_valeur_point_ecretement|potentiel_fiscal_moyen_national|dsr_montant_total_(eligibles_)?fraction_\w+|dsr_valeur_point_\w+|dsu_montant_total(_eligibles)?|dsu_nombre_communes_eligibles_seuil_(bas|haut)|dsu_valeur_point\w*|ratio_demographique_outre_mer|dacom_montant_total|(dnp|dsr|dsu)_montant_(outre_mer|metropole))$/;
export const estNational = (variable: string) => NATIONAL.test(variable);

/** Variables of the Python model that are parameters in ours: the case's value becomes a reform. */
const PARAMETRES: Record<string, string> = {
  potentiel_fiscal_moyen_national: 'dotation_forfaitaire.ecretement.potentiel_fiscal_moyen_national',
};

const ENTREES_N = ENTREES as Record<string, DefinitionEntree>;
const ENTREES_N1 = ENTREES_N_MOINS_1 as Record<string, DefinitionEntree>;

function colonneVide(def: DefinitionEntree | undefined, n: number, booleen: boolean): Colonne {
  if (def?.type === 'booleen' || (!def && booleen)) return new Uint8Array(n).fill(def?.defaut ?? 0);
  if (def?.type === 'date') return new Int32Array(n).fill(def.defaut);
  return new Float64Array(n).fill(def?.defaut ?? 0);
}

const estBooleen = (v: Brut): boolean => (Array.isArray(v) ? v.some(estBooleen) : typeof v === 'boolean');

/** Column of n values from a YAML value (scalar broadcast; null holes keep the default). */
function remplir(col: Colonne, v: Brut, ou: string): Colonne {
  const n = col.length;
  if (Array.isArray(v)) {
    if (v.length !== n) throw new Error(`${ou} : ${v.length} valeurs pour ${n} communes`);
    v.forEach((x, i) => {
      if (x !== null) col[i] = valeurAttendue(x);
    });
  } else if (v !== null) col.fill(valeurAttendue(v));
  return col;
}

function scalaire(v: Brut, ou: string): number {
  if (!Array.isArray(v)) return valeurAttendue(v);
  const valeurs = [...new Set(v.filter((x) => x !== null).map((x) => valeurAttendue(x)))];
  if (valeurs.length !== 1) throw new Error(`${ou} : valeur nationale attendue, reçu ${JSON.stringify(v)}`);
  return valeurs[0];
}

/** Years the case computes: its period, or the years of its expectations when it has none. */
export function anneesDuCas(cas: Cas): number[] {
  if (cas.periode !== null) return [cas.periode];
  const annees = new Set<number>();
  for (const m of cas.sorties.values()) for (const a of m.keys()) if (a !== null) annees.add(a);
  return [...annees].sort();
}

/** Builds the `simuler` input of a case for one year. */
export function entreeSimuler(cas: Cas, annee: number): EntreeSimuler {
  const n = cas.communes.length;
  const ou = `${cas.fichier} « ${cas.nom} »`;
  const communes: Record<string, Colonne> = {};
  for (const [nom, def] of Object.entries(ENTREES_N)) communes[nom] = colonneVide(def, n, false);
  const resultatsPrecedents: Record<string, Float64Array> = {};
  const enveloppesPrecedentes: Record<string, number> = {};
  const surcharges: Record<string, Colonne | number> = {};
  const reforme: Record<string, unknown> = {};

  const placer = (variable: string, parAnnee: ParAnnee, nationalDeclare: boolean) => {
    for (const [a, v] of parAnnee) {
      const lieu = `${ou}, ${variable}${a === null ? '' : ` (${a})`}`;
      const national = nationalDeclare || estNational(variable);
      if (a === null || a === annee) {
        if (PARAMETRES[variable]) reforme[PARAMETRES[variable]] = scalaire(v, lieu);
        else if (national) surcharges[variable] = scalaire(v, lieu);
        else if (ENTREES_N[variable]) remplir(communes[variable], v, lieu);
        else surcharges[variable] = remplir(colonneVide(undefined, n, estBooleen(v)), v, lieu);
      } else if (a === annee - 1) {
        if (national) enveloppesPrecedentes[variable] = scalaire(v, lieu);
        else if (ENTREES_N1[variable]) resultatsPrecedents[variable] = remplir(new Float64Array(n), v, lieu) as Float64Array;
        else throw new Error(`${lieu} : variable N-1 non prévue par le contrat du moteur (ENTREES_N_MOINS_1)`);
      } else throw new Error(`${lieu} : année ${a} ni N (${annee}) ni N-1`);
    }
  };
  for (const [variable, parAnnee] of cas.entrees) placer(variable, parAnnee, false);
  for (const [variable, parAnnee] of cas.entreesNationales) placer(variable, parAnnee, true);

  const entree: EntreeSimuler = { annee, communes, variables: [...cas.sorties.keys()] };
  if (Object.keys(resultatsPrecedents).length) entree.resultatsPrecedents = resultatsPrecedents;
  if (Object.keys(enveloppesPrecedentes).length) entree.enveloppesPrecedentes = enveloppesPrecedentes;
  if (Object.keys(surcharges).length) entree.surcharges = surcharges;
  if (Object.keys(reforme).length) entree.reforme = reforme;
  return entree;
}

export const TOLERANCE_RELATIVE = 1e-6;

/** |actual − expected| within max(absolute margin of the case, 1e-6 × |expected|, 1e-9). */
export function egal(actuel: number, attendu: number, marge: number | null): boolean {
  if (Number.isNaN(actuel) || !Number.isFinite(actuel)) return false;
  return Math.abs(actuel - attendu) <= Math.max(marge ?? 0, TOLERANCE_RELATIVE * Math.abs(attendu), 1e-9);
}

/** Runs a case (one simulation per year) and returns every mismatch, in French; [] when it passes. */
export function executerCas(simuler: Simuler, cas: Cas, attendusRemplaces?: Map<string, number | number[]>): string[] {
  const ecarts: string[] = [];
  const n = cas.communes.length;
  for (const annee of anneesDuCas(cas)) {
    const entree = entreeSimuler(cas, annee);
    // simuler also takes the INSEE codes: the case's commune names stand for them (ties are broken by input order).
    const resultat = simuler({ ...entree, communes: { ...entree.communes, code_insee: cas.communes } } as unknown as EntreeSimuler);
    for (const [variable, parAnnee] of cas.sorties) {
      const brut = parAnnee.get(annee) ?? (cas.periode !== null ? parAnnee.get(null) : undefined);
      if (brut === undefined) continue;
      const remplace = attendusRemplaces?.get(variable);
      const attendus: (number | null)[] =
        remplace !== undefined
          ? Array.isArray(remplace)
            ? remplace
            : Array(n).fill(remplace)
          : Array.isArray(brut)
            ? brut.map((x) => (x === null ? null : valeurAttendue(x)))
            : Array(n).fill(valeurAttendue(brut));
      const colonne = resultat.communes[variable];
      const national = resultat.national[variable];
      if (colonne === undefined && national === undefined) {
        ecarts.push(`${annee} ${variable} : absente du résultat de simuler`);
        continue;
      }
      const actuels = colonne !== undefined ? Array.from(colonne) : Array(n).fill(national);
      if (colonne === undefined && !Array.isArray(brut)) attendus.splice(1); // one national value, compare once
      attendus.forEach((e, i) => {
        if (e !== null && !egal(actuels[i], e, cas.marge))
          ecarts.push(`${annee} ${variable}[${cas.communes[i]}] : attendu ${e}, obtenu ${actuels[i]}`);
      });
    }
  }
  return ecarts;
}
