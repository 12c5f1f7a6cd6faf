// expliquer(): why one commune gets its amounts — the ordered steps of its calculation (value, French label,
// unit, formula in words, legal reference) and how far it stands from each threshold that decides an
// eligibility. Reads only the simulation's columns and national values, and the catalogue.
import type { ParametresAnnee } from '../parametres.ts';
import { simulationComplete, type Simulation } from '../simulation/simuler.ts';
import { CATALOGUE, type UniteExplication } from './catalogue.ts';

export interface Etape {
  readonly variable: string;
  readonly libelle: string;
  readonly valeur: number;
  readonly unite: UniteExplication;
  readonly formule: string;
  readonly reference: string;
  /** National value (the same for every commune: envelope, valeur de point, mean…). */
  readonly nationale: boolean;
}

export interface Distance {
  readonly libelle: string;
  readonly valeur: number;
  readonly seuil: number;
  /** valeur − seuil, in the unit of the threshold (ranks: positive = beyond the last eligible rank). */
  readonly ecart: number;
  /** true when the commune is on the eligible side of the threshold. */
  readonly franchi: boolean;
  readonly reference: string;
}

export interface Explication {
  readonly code: string;
  readonly nom?: string;
  readonly annee: number;
  readonly etapes: Etape[];
  readonly distances: Distance[];
}

function distances(s: Simulation, i: number, p: ParametresAnnee): Distance[] {
  const col = (nom: string) => s.communes[nom]?.[i];
  const r: Distance[] = [];
  const ajouter = (libelle: string, valeur: number | undefined, seuil: number | undefined, franchi: (v: number, s: number) => boolean, reference: string) => {
    if (valeur === undefined || seuil === undefined || !Number.isFinite(seuil)) return;
    r.push({ libelle, valeur, seuil, ecart: valeur - seuil, franchi: franchi(valeur, seuil), reference });
  };
  const outreMer = col('outre_mer') === 1;
  const pfHab = col('potentiel_financier_par_habitant');
  const moyenne = col('potentiel_financier_par_habitant_moyen');
  if (!outreMer && moyenne !== undefined)
    ajouter('Potentiel financier par habitant face à 2 × la moyenne de la strate (DSR péréquation)', pfHab, 2 * moyenne, (v, t) => v <= t, 'CGCT art. L.2334-22');
  const m10 = s.national.dsr_potentiel_financier_par_habitant_moyen_moins_10000;
  if (!outreMer && m10 !== undefined)
    ajouter('Potentiel financier par habitant face à 2 × la moyenne des communes de moins de 10 000 habitants (DSR bourg-centre)', pfHab, 2 * m10, (v, t) => v < t, 'CGCT art. L.2334-21');
  const seuilCible = p.dotation_solidarite_rurale.cible.eligibilite.seuil_classement;
  ajouter('Rang à l’indice synthétique de la DSR cible face au dernier rang éligible', col('rang_indice_synthetique_dsr_cible'), seuilCible, (v, t) => v <= t, 'CGCT art. L.2334-22-1');
  const pop = col('population_dgf') ?? 0;
  const { seuil_bas_nombre_habitants: bas, seuil_haut_nombre_habitants: haut } = p.dotation_solidarite_urbaine.eligibilite;
  const groupe = outreMer ? undefined : pop >= haut ? 'seuil_haut' : pop >= bas ? 'seuil_bas' : undefined;
  if (groupe)
    ajouter(
      `Rang à l’indice synthétique de la DSU face au dernier rang éligible (${groupe === 'seuil_haut' ? '10 000 habitants et plus' : '5 000 à 9 999 habitants'})`,
      col(`rang_indice_synthetique_dsu_${groupe}`),
      s.national[`dsu_nombre_communes_eligibles_${groupe}`],
      (v, t) => v <= t,
      'CGCT art. L.2334-16',
    );
  ajouter('Potentiel fiscal par habitant pondéré face au seuil d’écrêtement de la dotation forfaitaire', col('df_potentiel_fiscal_par_habitant_logarithmique'), s.national.df_seuil_ecretement, (v, t) => v >= t, 'CGCT art. L.2334-7');
  return r;
}

/**
 * The explanation of commune `code` in simulation `s` (French error when the code is not in it). A simulation that
 * kept only the published variables is completed first (once: the complete one is remembered with it).
 */
export function expliquer(code: string, simulation: Simulation): Explication {
  const s = simulationComplete(simulation);
  const i = s.codeInsee.indexOf(code);
  if (i < 0) throw new Error(`Commune introuvable dans la simulation ${s.annee} : code INSEE « ${code} ».`);
  const etapes: Etape[] = [];
  for (const [variable, e] of Object.entries(CATALOGUE)) {
    const colonne = s.communes[variable];
    const valeur = colonne ? colonne[i] : s.national[variable];
    if (valeur === undefined) continue;
    etapes.push({ variable, libelle: e.libelle, valeur, unite: e.unite, formule: e.formule, reference: e.reference, nationale: !colonne });
  }
  return { code, nom: s.nom?.[i], annee: s.annee, etapes, distances: distances(s, i, s.parametres) };
}
