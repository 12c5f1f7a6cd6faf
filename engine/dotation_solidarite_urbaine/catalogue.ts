// Catalogue of the DSU variables for explanations (engine/explication/): French label, unit, formula in words
// and legal reference, one entry per variable of FORMULES_DSU.
import type { EntreeCatalogue } from '../dotation_solidarite_rurale/catalogue.ts';

const L16 = 'CGCT art. L.2334-16';
const L17 = 'CGCT art. L.2334-17';
const L182 = 'CGCT art. L.2334-18-2';
const L183 = 'CGCT art. L.2334-18-3';
const L184 = 'CGCT art. L.2334-18-4';

const GROUPES = {
  seuil_bas: 'des communes de 5 000 à 9 999 habitants',
  seuil_haut: 'des communes de 10 000 habitants et plus',
} as const;

const groupes: Record<string, EntreeCatalogue> = {};
for (const [g, libelle] of Object.entries(GROUPES)) {
  groupes[`dsu_groupe_${g}`] = { libelle: `Commune du groupe ${libelle}`, unite: 'booléen', formule: 'Commune de métropole dont la population DGF est dans les bornes du groupe', reference: L16 };
  groupes[`dsu_potentiel_financier_par_habitant_moyen_${g}`] = { libelle: `Potentiel financier moyen par habitant ${libelle}`, unite: '€/hab', formule: 'Somme des potentiels financiers ÷ somme des populations DGF du groupe (métropole)', reference: L17 };
  groupes[`dsu_part_logements_sociaux_moyenne_${g}`] = { libelle: `Part moyenne de logements sociaux ${libelle}`, unite: 'ratio', formule: 'Somme des logements sociaux ÷ somme des logements du groupe (métropole)', reference: L17 };
  groupes[`dsu_part_aides_au_logement_moyenne_${g}`] = { libelle: `Part moyenne de bénéficiaires d'aides au logement ${libelle}`, unite: 'ratio', formule: 'Somme des bénéficiaires des aides au logement ÷ somme des logements du groupe (métropole)', reference: L17 };
  groupes[`dsu_revenu_par_habitant_moyen_${g}`] = { libelle: `Revenu moyen par habitant ${libelle}`, unite: '€/hab', formule: 'Somme des revenus ÷ somme des populations INSEE du groupe (métropole)', reference: L17 };
  groupes[`dsu_nombre_communes_${g}`] = { libelle: `Nombre ${libelle}`, unite: 'communes', formule: 'Communes de métropole du groupe (population DGF)', reference: L16 };
  groupes[`rang_indice_synthetique_dsu_${g}`] = { libelle: `Rang DSU ${libelle}`, unite: 'rang', formule: "Rang de l'indice synthétique (0 hors du groupe) par ordre décroissant parmi toutes les communes (à égalité, l'ordre du fichier)", reference: L16 };
  groupes[`dsu_nombre_communes_eligibles_${g}`] = {
    libelle: `Nombre d'éligibles ${libelle}`, unite: 'communes',
    formule: g === 'seuil_haut' ? 'Partie entière de (nombre de communes du groupe × 0,666667 + 0,99) : les deux premiers tiers' : 'Partie entière de (nombre de communes du groupe × 0,1 + 0,99) : le premier dixième',
    reference: L16,
  };
  groupes[`dsu_valeur_point_${g}`] = {
    libelle: `Valeur de point DSU ${libelle}`, unite: '€',
    formule: "Valeur telle que la part du groupe de l'enveloppe à répartir soit entièrement distribuée : points des nouvelles éligibles + points × taux de progression des communes éligibles deux années de suite, l'augmentation de chacune plafonnée à 4 M€",
    reference: `${L183} ; ${L184}`,
  };
}

export const CATALOGUE_DSU: Record<string, EntreeCatalogue> = {
  ...groupes,
  indice_synthetique_dsu: {
    libelle: 'Indice synthétique DSU', unite: 'ratio',
    formule: "Pour une commune de métropole d'au moins 5 000 habitants dont le potentiel financier par habitant est < 2,5 × celui de son groupe : 30 % × potentiel financier du groupe ÷ celui de la commune + 15 % × part de logements sociaux ÷ celle du groupe + 30 % × part d'aides au logement ÷ celle du groupe + 25 % × revenu du groupe ÷ celui de la commune",
    reference: L17,
  },
  dsu_eligible: { libelle: 'Éligible à la DSU', unite: 'booléen', formule: "Indice positif et rang dans l'un des deux groupes ≤ nombre d'éligibles du groupe", reference: L16 },
  dsu_eligible_deux_annees: { libelle: 'Éligible à la DSU deux années de suite', unite: 'booléen', formule: 'Éligible en N avec un montant DSU de commune éligible en N-1', reference: L184 },
  dsu_montant_garantie_annuelle: { libelle: 'Garantie annuelle DSU', unite: '€', formule: '50 % du montant DSU de la commune éligible en N-1', reference: L184 },
  dsu_montant_garantie_non_eligible: {
    libelle: 'Garantie de sortie DSU', unite: '€', formule: 'Pour une commune non éligible : maximum de la garantie annuelle et de la garantie pluriannuelle', reference: L184,
  },
  dsu_montant_total_eligibles: { libelle: 'Enveloppe DSU des communes éligibles', unite: '€', formule: 'Enveloppe DSU de métropole − somme des garanties de sortie', reference: L182 },
  dsu_facteur_classement: {
    libelle: 'Coefficient de classement DSU', unite: 'coefficient', formule: "De 4 pour la première commune à 0,5 pour la dernière éligible de son groupe, linéairement selon le rang (0 au-delà)", reference: L183,
  },
  dsu_score_attribution: {
    libelle: 'Points DSU', unite: 'points',
    formule: 'Indice synthétique × population DGF × coefficient de classement × min(effort fiscal ; 1,3) × (1 + 2 × part de la population en QPV) × (1 + part de la population en ZFU)', reference: L183,
  },
  dsu_taux_progression: { libelle: "Taux de progression de l'enveloppe DSU", unite: 'ratio', formule: 'Enveloppe N ÷ enveloppe N-1 − 1', reference: L184 },
  dsu_part_seuil_bas: {
    libelle: 'Part du groupe des 5 000 à 9 999 habitants', unite: 'ratio',
    formule: 'Population DGF des éligibles deux années de suite du groupe ÷ celle des deux groupes (à défaut, de toutes les éligibles)', reference: L182,
  },
  dsu_montant_a_repartir: {
    libelle: 'Enveloppe DSU à répartir en points', unite: '€', formule: "Enveloppe des éligibles − montants N-1 des communes éligibles deux années de suite", reference: L184,
  },
  dsu_montant_eligible: {
    libelle: 'DSU de la commune éligible', unite: '€',
    formule: "Éligible deux années de suite : montant N-1 + min(points × taux de progression × valeur de point ; 4 M€) ; nouvellement éligible : points × valeur de point",
    reference: `${L183} ; ${L184}`,
  },
  dsu_montant: { libelle: 'Dotation de solidarité urbaine', unite: '€', formule: "Montant de la commune éligible + garantie de sortie, arrondi à l'euro", reference: 'CGCT art. L.2334-15' },
  dsu_part_spontanee: { libelle: 'DSU, part spontanée', unite: '€', formule: 'Montant N-1 pour une commune éligible deux années de suite, sinon le montant de la commune éligible', reference: L184 },
  dsu_part_augmentation: { libelle: 'DSU, part augmentation', unite: '€', formule: 'Montant de la commune éligible − part spontanée', reference: L184 },
};
