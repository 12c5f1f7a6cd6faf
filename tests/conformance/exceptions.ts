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
