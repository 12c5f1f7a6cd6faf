// Catalogue of the DSR variables for explanations (engine/explication/): French label, unit, formula in words
// and legal reference, one entry per variable of FORMULES_DSR.
export interface EntreeCatalogue {
  readonly libelle: string;
  readonly unite: '€' | '€/hab' | '€/ha' | 'points' | 'rang' | 'booléen' | 'ratio' | 'coefficient' | 'communes';
  readonly formule: string;
  readonly reference: string;
}

const L21 = 'CGCT art. L.2334-21';
const L22 = 'CGCT art. L.2334-22';
const L221 = 'CGCT art. L.2334-22-1';

const PARTS = {
  potentiel_financier_par_habitant: { nom: 'potentiel financier par habitant', poids: '30 %', alinea: '1°' },
  longueur_voirie: { nom: 'longueur de voirie', poids: '30 %', alinea: '2°' },
  enfants: { nom: 'enfants de 3 à 16 ans', poids: '30 %', alinea: '3°' },
  potentiel_financier_par_hectare: { nom: 'potentiel financier par hectare', poids: '10 %', alinea: '4°' },
} as const;

const SCORES: Record<keyof typeof PARTS, (fraction: string) => string> = {
  potentiel_financier_par_habitant: (f) =>
    `Population DGF × max(0 ; 2 − potentiel financier par habitant ÷ potentiel financier moyen de la strate) × min(1,2 ; effort fiscal), si la commune est éligible à la fraction ${f}${f === 'cible' ? ' (0 si la moyenne de la strate est nulle)' : ' (facteur 2 si la moyenne de la strate est nulle)'}`,
  longueur_voirie: (f) => `Longueur de la voirie communale, doublée en zone de montagne et pour les communes insulaires, si la commune est éligible à la fraction ${f}`,
  enfants: (f) => `Nombre d'enfants de 3 à 16 ans, si la commune est éligible à la fraction ${f}`,
  potentiel_financier_par_hectare: (f) =>
    `Population DGF × max(0 ; (2 × m − potentiel financier par hectare) ÷ m), m = potentiel financier par hectare moyen des communes de moins de 10 000 habitants, si la commune est éligible à la fraction ${f}`,
};

function parts(fraction: 'perequation' | 'cible', libelle: string, reference: string): Record<string, EntreeCatalogue> {
  const r: Record<string, EntreeCatalogue> = {};
  for (const [part, d] of Object.entries(PARTS) as [keyof typeof PARTS, (typeof PARTS)[keyof typeof PARTS]][]) {
    const ref = `${reference}${fraction === 'perequation' ? ` ${d.alinea}` : ` (renvoi à L.2334-22 ${d.alinea})`}`;
    r[`dsr_score_attribution_${fraction}_part_${part}`] = { libelle: `Score ${libelle}, part ${d.nom}`, unite: 'points', formule: SCORES[part](libelle), reference: ref };
    r[`dsr_montant_total_eligibles_fraction_${fraction}_part_${part}`] = {
      libelle: `Enveloppe ${libelle}, part ${d.nom}`, unite: '€', formule: `${d.poids} de l'enveloppe des communes éligibles à la fraction ${libelle}`, reference: ref,
    };
    r[`dsr_valeur_point_fraction_${fraction}_part_${part}`] = {
      libelle: `Valeur de point ${libelle}, part ${d.nom}`, unite: '€',
      formule: fraction === 'perequation'
        ? `Enveloppe de la part ÷ somme des scores de la part, × coefficient de stabilité de la fraction`
        : `Enveloppe de la part ÷ somme des scores de la part`,
      reference: ref,
    };
    r[`dsr_fraction_${fraction}_part_${part}`] = { libelle: `Fraction ${libelle}, part ${d.nom}`, unite: '€', formule: 'Score de la part × valeur de point de la part', reference: ref };
  }
  return r;
}

export const CATALOGUE_DSR: Record<string, EntreeCatalogue> = {
  dsr_potentiel_financier_par_habitant_moyen_moins_10000: {
    libelle: 'Potentiel financier moyen par habitant des communes de moins de 10 000 habitants', unite: '€/hab',
    formule: 'Somme des potentiels financiers ÷ somme des populations DGF des communes de métropole de moins de 10 000 habitants (0 s\'il n\'y en a pas)', reference: L21,
  },
  dsr_potentiel_financier_par_hectare_moyen_moins_10000: {
    libelle: 'Potentiel financier moyen par hectare des communes de moins de 10 000 habitants', unite: '€/ha',
    formule: 'Somme des potentiels financiers ÷ somme des superficies des communes de métropole de moins de 10 000 habitants (0 si la superficie totale est nulle)', reference: `${L22} 4°`,
  },
  dsr_exclue_fraction_bourg_centre_agglomeration: {
    libelle: 'Exclusion bourg-centre : unité urbaine', unite: 'booléen',
    formule: "Unité urbaine représentant au moins 10 % de la population du département, ou d'au moins 250 000 habitants, ou comptant une commune d'au moins 100 000 habitants ou le chef-lieu du département", reference: `${L21} 1°`,
  },
  dsr_exclue_fraction_bourg_centre_canton: {
    libelle: 'Exclusion bourg-centre : canton', unite: 'booléen',
    formule: "Chef-lieu du canton d'au moins 10 000 habitants, sauf pour une commune siège d'un bureau centralisateur", reference: `${L21} 2°`,
  },
  dsr_exclue_fraction_bourg_centre_pfi: {
    libelle: 'Exclusion bourg-centre : potentiel financier', unite: 'booléen',
    formule: 'Potentiel financier par habitant ≥ 2 × potentiel financier moyen par habitant des communes de moins de 10 000 habitants', reference: `${L21} 4°`,
  },
  dsr_exclue_fraction_bourg_centre_type_1: { libelle: 'Exclusion bourg-centre (bourgs-centres)', unite: 'booléen', formule: 'Exclusion unité urbaine, canton ou potentiel financier', reference: L21 },
  dsr_exclue_fraction_bourg_centre_type_2: { libelle: "Exclusion bourg-centre (chefs-lieux d'arrondissement)", unite: 'booléen', formule: 'Exclusion unité urbaine ou potentiel financier', reference: L21 },
  dsr_eligible_fraction_bourg_centre_type_1: {
    libelle: 'Éligible bourg-centre : bourg-centre', unite: 'booléen',
    formule: "Commune de métropole de moins de 10 000 habitants (population DGF plafonnée), représentant au moins 15 % de la population du canton, ou siège d'un bureau centralisateur, ou chef-lieu de canton, et non exclue", reference: `${L21} al. 1`,
  },
  dsr_eligible_fraction_bourg_centre_type_2: {
    libelle: "Éligible bourg-centre : chef-lieu d'arrondissement", unite: 'booléen',
    formule: "Chef-lieu d'arrondissement de métropole de 10 000 à 20 000 habitants (population DGF plafonnée), non exclu au titre de l'unité urbaine ni du potentiel financier", reference: L21,
  },
  dsr_eligible_fraction_bourg_centre: { libelle: 'Éligible à la fraction bourg-centre', unite: 'booléen', formule: "Éligible comme bourg-centre ou comme chef-lieu d'arrondissement", reference: L21 },
  dsr_score_attribution_fraction_bourg_centre: {
    libelle: 'Score bourg-centre', unite: 'points',
    formule: 'min(population DGF plafonnée ; 10 000) × max(0 ; 2 − potentiel financier par habitant ÷ moyenne des moins de 10 000 habitants) × min(1,2 ; effort fiscal) × 1,3 en zone de revitalisation rurale', reference: `${L21} a) à d)`,
  },
  dsr_montant_garantie_non_eligible_fraction_bourg_centre: {
    libelle: 'Garantie de sortie bourg-centre', unite: '€', formule: "50 % du montant bourg-centre perçu en N-1 par une commune qui n'est plus éligible", reference: `${L21}, avant-dernier alinéa`,
  },
  dsr_montant_total_eligibles_fraction_bourg_centre: {
    libelle: 'Enveloppe bourg-centre des communes éligibles', unite: '€',
    formule: 'Enveloppe de la fraction − somme, sur les communes non éligibles, du maximum de la garantie de sortie et de la garantie commune nouvelle', reference: L21,
  },
  dsr_valeur_point_fraction_bourg_centre: {
    libelle: 'Valeur de point bourg-centre', unite: '€',
    formule: 'Valeur telle que la somme des montants des communes éligibles, chacun maintenu entre 90 % et 120 % de son montant N-1, égale l\'enveloppe des éligibles (= enveloppe ÷ somme des scores si aucune borne ne joue)', reference: L21,
  },
  dsr_montant_hors_garanties_fraction_bourg_centre: { libelle: 'Bourg-centre avant encadrement', unite: '€', formule: 'Score × valeur de point', reference: L21 },
  dsr_montant_eligible_fraction_bourg_centre: {
    libelle: 'Bourg-centre de la commune éligible', unite: '€', formule: 'Montant avant encadrement, ramené entre 90 % et 120 % du montant N-1 quand les deux sont positifs', reference: `${L21}, dernier alinéa`,
  },
  dsr_fraction_bourg_centre: {
    libelle: 'DSR fraction bourg-centre', unite: '€', formule: 'Maximum du montant de la commune éligible, de la garantie de sortie et de la garantie commune nouvelle, arrondi à l\'euro', reference: `${L21} ; CGCT art. L.2113-22`,
  },
  dsr_eligible_fraction_perequation: {
    libelle: 'Éligible à la fraction péréquation', unite: 'booléen',
    formule: 'Commune de métropole de moins de 10 000 habitants (population DGF) dont le potentiel financier par habitant ≤ 2 × le potentiel financier moyen par habitant de sa strate', reference: `${L22} al. 1`,
  },
  dsr_montant_total_eligibles_fraction_perequation: {
    libelle: 'Enveloppe péréquation des communes éligibles', unite: '€', formule: 'Enveloppe de la fraction − garanties communes nouvelles des communes non éligibles', reference: L22,
  },
  dsr_coefficient_stabilite_fraction_perequation: {
    libelle: 'Coefficient de stabilité péréquation', unite: 'coefficient',
    formule: 'Coefficient appliqué aux quatre valeurs de point pour que la somme des montants, chacun maintenu entre 90 % et 120 % du montant N-1, égale l\'enveloppe des éligibles (1 si aucune borne ne joue)', reference: L22,
  },
  ...parts('perequation', 'péréquation', L22),
  dsr_montant_hors_garanties_fraction_perequation: { libelle: 'Péréquation avant encadrement', unite: '€', formule: 'Somme des quatre parts', reference: L22 },
  dsr_montant_eligible_fraction_perequation: {
    libelle: 'Péréquation de la commune éligible', unite: '€', formule: 'Montant avant encadrement, ramené entre 90 % et 120 % du montant N-1 quand les deux sont positifs', reference: L22,
  },
  dsr_fraction_perequation: {
    libelle: 'DSR fraction péréquation', unite: '€', formule: "Maximum du montant de la commune éligible et de la garantie commune nouvelle, arrondi à l'euro", reference: `${L22} ; CGCT art. L.2113-22`,
  },
  indice_synthetique_dsr_cible: {
    libelle: 'Indice synthétique DSR cible', unite: 'ratio',
    formule: '0,7 × potentiel financier moyen de la strate ÷ potentiel financier par habitant + 0,3 × revenu moyen de la strate ÷ revenu par habitant, pour une commune de moins de 10 000 habitants éligible au bourg-centre ou à la péréquation (0 sinon)', reference: `${L221} al. 1`,
  },
  rang_indice_synthetique_dsr_cible: {
    libelle: 'Rang DSR cible', unite: 'rang', formule: "Rang de l'indice synthétique par ordre décroissant parmi toutes les communes (à égalité, l'ordre du fichier)", reference: L221,
  },
  dsr_eligible_fraction_cible: {
    libelle: 'Éligible à la fraction cible', unite: 'booléen', formule: 'Commune de moins de 10 000 habitants éligible au bourg-centre ou à la péréquation, classée parmi les 10 000 premières', reference: L221,
  },
  dsr_montant_garantie_non_eligible_fraction_cible: {
    libelle: 'Garantie de sortie cible', unite: '€', formule: "50 % du montant cible hors garanties de N-1 d'une commune qui n'est plus éligible", reference: `${L221}, alinéas ajoutés par la loi de finances pour 2019`,
  },
  dsr_montant_total_eligibles_fraction_cible: {
    libelle: 'Enveloppe cible des communes éligibles', unite: '€',
    formule: 'Enveloppe de la fraction − somme, sur les communes non éligibles, du maximum de la garantie de sortie et de la garantie commune nouvelle', reference: L221,
  },
  ...parts('cible', 'cible', L221),
  dsr_montant_hors_garanties_fraction_cible: { libelle: 'Cible hors garanties', unite: '€', formule: 'Somme des quatre parts', reference: L221 },
  dsr_fraction_cible: {
    libelle: 'DSR fraction cible', unite: '€', formule: "Maximum du montant hors garanties, de la garantie de sortie et de la garantie commune nouvelle, arrondi à l'euro", reference: `${L221} ; CGCT art. L.2113-22`,
  },
  dotation_solidarite_rurale: { libelle: 'Dotation de solidarité rurale', unite: '€', formule: 'Somme des fractions bourg-centre, péréquation et cible', reference: 'CGCT art. L.2334-20' },
};
