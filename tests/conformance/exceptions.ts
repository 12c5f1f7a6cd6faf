// The named exceptions of the conformance suite: cases whose 2021 expectation encodes a rule the law
// (and the 4.x model) no longer applies. Read from ../shared/conformance/ADAPTATIONS.md in place.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parametresAnnee } from '../../engine/parametres.ts';
import { DOSSIER_CONFORMITE, type Cas } from './cas.ts';

export interface Adaptation {
  fichier: string;
  periode: number;
  sens: 'accroissement' | 'decroissement';
  attendu2021: number;
  valeurActuelle: number;
}

const nombre = (s: string) => Number(s.replace(/[\s  ]/g, ''));

/** Rows of the ADAPTATIONS.md table ("same" repeats the file of the previous row). */
export function lireAdaptations(dossier = DOSSIER_CONFORMITE): Adaptation[] {
  const lignes = readFileSync(join(dossier, 'ADAPTATIONS.md'), 'utf8').split('\n');
  const adaptations: Adaptation[] = [];
  let fichier = '';
  for (const ligne of lignes) {
    const m = /^\|\s*(`[^`]+`|same)\s*\|\s*total (grows|decreases) normally \((\d{4})\)\s*\|\s*([\d\s.  ]+)\|\s*([\d\s.  ]+)\|/.exec(ligne);
    if (!m) continue;
    if (m[1] !== 'same') fichier = m[1].slice(1, -1).normalize('NFC');
    adaptations.push({
      fichier,
      periode: Number(m[3]),
      sens: m[2] === 'grows' ? 'accroissement' : 'decroissement',
      attendu2021: nombre(m[4]),
      valeurActuelle: nombre(m[5]),
    });
  }
  return adaptations;
}

/** The adaptation that applies to a case, if any (matched on file, period and the case's wording). */
export function adaptationDuCas(cas: Cas, adaptations: Adaptation[]): Adaptation | undefined {
  const sens = /accro[iî]t normalement/i.test(cas.nom) ? 'accroissement' : /d[ée]cro[iî]t normalement/i.test(cas.nom) ? 'decroissement' : null;
  return adaptations.find((a) => a.fichier === cas.fichier && a.periode === cas.periode && a.sens === sens);
}

/** Envelope whose growth a case tests, with the parameter path of its yearly métropole amount. */
export function enveloppeDuCas(cas: Cas): { variable: string; parametre: (p: ReturnType<typeof parametresAnnee>) => number; augmentation: (p: ReturnType<typeof parametresAnnee>) => number } {
  const [variable] = [...cas.sorties.keys()];
  const dsr = (p: ReturnType<typeof parametresAnnee>) => p.dotation_solidarite_rurale.augmentation_montant;
  switch (variable) {
    case 'dsr_montant_total_fraction_bourg_centre':
      return { variable, parametre: (p) => p.dotation_solidarite_rurale.bourg_centre.montant, augmentation: dsr };
    case 'dsr_montant_total_fraction_perequation':
      return { variable, parametre: (p) => p.dotation_solidarite_rurale.perequation.montant, augmentation: dsr };
    case 'dsr_montant_total_fraction_cible':
      return { variable, parametre: (p) => p.dotation_solidarite_rurale.cible.montant, augmentation: dsr };
    case 'dsu_montant_total':
      return { variable, parametre: (p) => p.dotation_solidarite_urbaine.montant.metropole, augmentation: (p) => p.dotation_solidarite_urbaine.augmentation_montant };
    default:
      throw new Error(`${cas.fichier} « ${cas.nom} » : enveloppe inconnue « ${variable} »`);
  }
}

/**
 * DSU ranking with ties (spec §7.2): the 2021 expectation assumes ties kept in input order, which NumPy's
 * unstable argsort does not guarantee. Our documented rule (ties broken by input order ascending) gives
 * exactly that order, so the case is asserted as written, against our rule.
 */
export const CAS_ORDRE_EX_AEQUO = { fichier: 'dotation_solidarité_urbaine/indice_synthetique.yaml', nom: 'Classement indice synthétique' };

/**
 * Deliberate differences of the engine from the Python model (docs/ecarts-modele-python.md, section « Socle »)
 * that change a 2021 expectation: the case is asserted against the engine's rule, with the value computed by hand.
 */
export interface EcartDelibere {
  fichier: string;
  nom: string;
  raison: string;
  attendus: () => Record<string, number[]>;
}

export const ECARTS_DELIBERES: EcartDelibere[] = [
  {
    fichier: 'dotation_forfaitaire/dotation_forfaitaire.yaml',
    nom: 'part dynamique de la population',
    raison: 'part dynamique non tronquée à l’entier (le modèle stocke un int32 : 64,46 → 64)',
    // Δ = +1 inhabitant each; 500 inhabitants → minimum amount per inhabitant, 200 000 → maximum.
    attendus: () => {
      const df = parametresAnnee(2020).dotation_forfaitaire;
      return { df_evolution_part_dynamique: [1 * df.montant_minimum_par_habitant, 1 * df.montant_maximum_par_habitant] };
    },
  },
  {
    fichier: 'dotation_forfaitaire/dotation_forfaitaire.yaml',
    nom: 'Montant écrêtement - variations',
    raison: 'écrêtement retenu par les plafonds reporté sur les autres communes (L. 2334-7-1 finance un montant fixé)',
    // Total 80, scores [1, 4, 1, 1, 1], caps min(1 % RRF, DF N-1 + part dynamique) = [10, 50, 6, 7, 0]: the sum of
    // the caps (73) is below 80, so the point value rises until every commune reaches its cap (7 € stay unfinanced).
    // The model stops at point value 10: norvos 40 instead of 50.
    attendus: () => ({ df_montant_ecretement: [10, 50, 6, 7, 0] }),
  },
];

export function ecartDelibereDuCas(cas: Cas): EcartDelibere | undefined {
  return ECARTS_DELIBERES.find((e) => e.fichier === cas.fichier && e.nom === cas.nom);
}
