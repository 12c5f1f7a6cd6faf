import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cheminsParametres, parametreInfo, parametresAnnee, validerReforme, valeurBareme } from '../../engine/parametres.ts';
import { compilerParametres, FICHIER_GENERE, lireParametre, texteGenere } from '../../scripts/parametres.ts';

describe('parametres.generated.json', () => {
  it('is in sync with engine/parameters/**/*.yaml (run `npm run parametres` otherwise)', () => {
    expect(readFileSync(FICHIER_GENERE, 'utf8')).toBe(texteGenere(compilerParametres()));
  });

  it('holds the 76 parameters of the spec plus the 6 literals turned into parameters', () => {
    const chemins = cheminsParametres();
    expect(chemins).toHaveLength(82);
    for (const c of [
      'dotation_forfaitaire.ecretement.potentiel_fiscal_moyen_national',
      'dotation_forfaitaire.coefficient_logarithmique.population_minimum',
      'dotation_forfaitaire.coefficient_logarithmique.population_maximum',
      'dotation_solidarite_rurale.bourg_centre.attribution.ratio_garantie',
      'dotation_solidarite_urbaine.attribution.ratio_garantie_annuelle',
      'dotation_solidarite_rurale.attribution.coefficient_voirie_montagne_insulaire',
    ])
      expect(chemins).toContain(c);
  });

  it('every parameter has a label, a unit and a legal reference', () => {
    for (const c of cheminsParametres()) {
      const info = parametreInfo(c);
      expect(info.libelle.length, c).toBeGreaterThan(10);
      expect(info.reference.length, c).toBeGreaterThan(0);
      expect(info.libelle, c).toBe(info.libelle.normalize('NFC'));
    }
  });
});

describe('parametresAnnee', () => {
  it('returns the value in force at 1 January of the year', () => {
    const p2021 = parametresAnnee(2021);
    expect(p2021.dotation_forfaitaire.ecretement.seuil_rapport_potentiel_fiscal).toBe(0.75);
    expect(parametresAnnee(2022).dotation_forfaitaire.ecretement.seuil_rapport_potentiel_fiscal).toBe(0.85);
    expect(p2021.dotation_solidarite_urbaine.montant.metropole).toBe(2_320_959_120);
    expect(parametresAnnee(2025).dotation_solidarite_rurale.cible.montant).toBe(479_438_624);
    expect(parametresAnnee(2023).dgf_part_ecretement_attribue_df).toBe(0);
    expect(parametresAnnee(2024).dgf_part_ecretement_attribue_df).toBe(0.6);
    // a value holds until the next date: DNP total since 2015
    expect(parametresAnnee(2024).dotation_nationale_perequation.montant.total).toBe(794_059_417);
  });

  it('keeps the decimals of the national potentiel fiscal average (2023 carries 2022 forward)', () => {
    expect(parametresAnnee(2019).dotation_forfaitaire.ecretement.potentiel_fiscal_moyen_national).toBe(631.5677);
    expect(parametresAnnee(2023).dotation_forfaitaire.ecretement.potentiel_fiscal_moyen_national).toBe(662.030926);
    expect(parametresAnnee(2025).dotation_forfaitaire.ecretement.potentiel_fiscal_moyen_national).toBe(744.504275);
  });

  it('2026: increases of the PLF 2026 (= 2025), envelopes carried forward from 2025 with a note', () => {
    const p = parametresAnnee(2026);
    expect(p.dotation_solidarite_rurale.augmentation_montant).toBe(150_000_000);
    expect(p.dotation_solidarite_urbaine.augmentation_montant).toBe(140_000_000);
    expect(p.dotation_solidarite_urbaine.majoration_montant).toBe(10_000_000);
    expect(p.dotation_solidarite_urbaine.montant.metropole).toBe(2_757_963_613);
    expect(parametreInfo('dotation_solidarite_urbaine.montant.metropole').note).toMatch(/\[2026-01-01\].*valeur 2025 reste en vigueur/s);
  });

  it('gives undefined before the first date of a parameter', () => {
    const p = parametresAnnee(2023);
    expect(p.dotation_amenagement_communes_outre_mer.montant).toBeUndefined();
    expect(p.dotation_communes_nouvelles.amorcage.montant_attribution).toBeUndefined();
    expect(parametresAnnee(2019).dotation_solidarite_rurale.majoration_montant).toBeUndefined();
    expect(parametresAnnee(2024).dotation_communes_nouvelles.amorcage.montant_attribution).toBe(15);
  });

  it('returns the scales as {seuils, valeurs}', () => {
    const p = parametresAnnee(2024);
    expect(p.population.plafond_dgf).toEqual({ seuils: [0, 100, 500, 1500], valeurs: [500, 1000, 2250, 999_999_999] });
    const g = p.population.groupes_demographiques;
    expect(g.seuils).toEqual([0, 500, 1000, 2000, 3500, 5000, 7500, 10000, 15000, 20000, 35000, 50000, 75000, 100000, 200000]);
    expect(g.valeurs).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(valeurBareme(g, -1)).toBe(0);
    expect(valeurBareme(g, Number.NaN)).toBe(0);
    expect(valeurBareme(g, 0)).toBe(1);
    expect(valeurBareme(g, 499)).toBe(1);
    expect(valeurBareme(g, 500)).toBe(2);
    expect(valeurBareme(g, 9999)).toBe(7);
    expect(valeurBareme(g, 10000)).toBe(8);
    expect(valeurBareme(g, 2_000_000)).toBe(15);
    expect(parametresAnnee(2017).population.plafond_dgf).toBeUndefined();
  });

  it('returns a fresh object: mutating it does not leak into the next call', () => {
    const p = parametresAnnee(2025);
    p.population.groupes_demographiques.seuils[1] = 1;
    p.dotation_solidarite_rurale.cible.eligibilite.seuil_classement = 1;
    const q = parametresAnnee(2025);
    expect(q.population.groupes_demographiques.seuils[1]).toBe(500);
    expect(q.dotation_solidarite_rurale.cible.eligibilite.seuil_classement).toBe(10_000);
  });

  it('rejects an invalid year', () => {
    expect(() => parametresAnnee(2025.5)).toThrow(/Année invalide/);
  });
});

describe('réformes', () => {
  it('applies a valid reform on top of the year values', () => {
    const p = parametresAnnee(2025, {
      'dotation_solidarite_rurale.cible.eligibilite.seuil_classement': 12000,
      'dotation_solidarite_urbaine.eligibilite.part_eligible_seuil_haut': 0.7,
      'population.plafond_dgf': { seuils: [0, 1000], valeurs: [100, 200] },
    });
    expect(p.dotation_solidarite_rurale.cible.eligibilite.seuil_classement).toBe(12000);
    expect(p.dotation_solidarite_urbaine.eligibilite.part_eligible_seuil_haut).toBe(0.7);
    expect(p.population.plafond_dgf).toEqual({ seuils: [0, 1000], valeurs: [100, 200] });
    // untouched parameters keep their value
    expect(p.dotation_solidarite_rurale.cible.montant).toBe(479_438_624);
    // the reform sets a value even where the year has none yet
    expect(parametresAnnee(2020, { 'dotation_amenagement_communes_outre_mer.montant': 1e8 }).dotation_amenagement_communes_outre_mer.montant).toBe(1e8);
  });

  it.each([
    [{ 'dotation_solidarite_rurale.cible.seuil_classement': 12000 }, /paramètre inconnu « dotation_solidarite_rurale\.cible\.seuil_classement ».*cible\.eligibilite\.seuil_classement/],
    [{ dotation_solidarite_rurale: 1 }, /paramètre inconnu « dotation_solidarite_rurale »/],
    [{ 'dotation_solidarite_rurale.cible.eligibilite.seuil_classement': '12000' }, /« dotation_solidarite_rurale\.cible\.eligibilite\.seuil_classement » attend un nombre entier de communes.*reçu "12000" \(string\)/],
    [{ 'dotation_solidarite_rurale.cible.eligibilite.seuil_classement': 12000.5 }, /nombre entier de communes.*hors des bornes/],
    [{ 'dotation_solidarite_rurale.cible.eligibilite.seuil_classement': -1 }, /hors des bornes/],
    [{ 'dotation_solidarite_urbaine.eligibilite.part_eligible_seuil_bas': 1.5 }, /part comprise entre 0 et 1.*reçu 1\.5/],
    [{ 'dgf_part_ecretement_attribue_df': -0.1 }, /part comprise entre 0 et 1/],
    [{ 'dotation_forfaitaire.montant_minimum_par_habitant': Number.NaN }, /montant par habitant.*reçu NaN/],
    [{ 'dotation_solidarite_rurale.montant.total': Infinity }, /montant en euros.*reçu Infinity/],
    [{ 'dotation_solidarite_rurale.montant.total': null }, /montant en euros/],
    [{ 'population.plafond_dgf': 3 }, /« population\.plafond_dgf » attend un barème/],
    [{ 'population.plafond_dgf': { seuils: [0, 10], valeurs: [1] } }, /attend un barème/],
    [{ 'population.plafond_dgf': { seuils: [10, 0], valeurs: [1, 2] } }, /strictement croissants/],
    [{ 'population.groupes_demographiques': { seuils: [0, 10], valeurs: [1, 2.5] } }, /valeurs\[1\].*numéro entier/],
  ])('rejects %j', (reforme, message) => {
    expect(() => parametresAnnee(2025, reforme)).toThrow(message);
  });

  it('accepts any in-range value of a part and rejects any value outside [0, 1]', () => {
    const chemin = 'dotation_solidarite_urbaine.eligibilite.part_eligible_seuil_bas';
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (x) => {
        const ok = x >= 0 && x <= 1;
        if (ok) expect(validerReforme({ [chemin]: x })[chemin]).toBe(x);
        else expect(() => validerReforme({ [chemin]: x })).toThrow(/part comprise entre 0 et 1/);
      }),
    );
  });

  it('parametreInfo names an unknown path in French', () => {
    expect(() => parametreInfo('inconnu.chemin')).toThrow(/Paramètre inconnu « inconnu\.chemin »/);
    const info = parametreInfo('dotation_solidarite_rurale.cible.eligibilite.seuil_classement');
    expect(info).toMatchObject({ unite: 'communes', valeurs: [{ date: '2011-01-01', valeur: 10000 }] });
    expect(info.reference.join(' ')).toMatch(/L\.?\s?2334-22-1/);
  });
});

describe('parameter file validation (compiler)', () => {
  const ok = 'libelle: Un paramètre de test\nunite: part\nreference: CGCT\nvaleurs:\n  2020-01-01: 0.5\n';
  it('accepts a well-formed file', () => {
    expect(lireParametre('x.yaml', ok)).toEqual({ libelle: 'Un paramètre de test', unite: 'part', reference: ['CGCT'], valeurs: { '2020-01-01': 0.5 } });
  });
  it.each([
    [ok.replace('unite: part', 'unite: pourcent'), /x\.yaml : « unite » doit être l'une des unités/],
    [ok.replace('2020-01-01', '2020-1-1'), /date attendue au format AAAA-MM-JJ/],
    [ok.replace('0.5', 'abc'), /« valeurs\.2020-01-01 » doit être un nombre fini/],
    [ok.replace('reference: CGCT\n', ''), /« reference »/],
    [ok + 'autre: 1\n', /champ inconnu « autre »/],
  ])('rejects a malformed file (%#)', (texte, message) => {
    expect(() => lireParametre('x.yaml', texte)).toThrow(message);
  });
});

describe('values carried over from the specification (§4.2, effective value at 1 January 2019–2026)', () => {
  // Read in place from ../shared/spec/model-spec.md; the only 2026 differences are our researched increases.
  const spec = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'spec', 'model-spec.md'), 'utf8');
  const section = spec.slice(spec.indexOf('### 4.2'), spec.indexOf('### 4.3'));
  const lignes = section.split('\n').filter((l) => /^\| `[a-z_.]+` \|/.test(l));
  const RECHERCHES_2026 = new Set(['dotation_solidarite_rurale.augmentation_montant', 'dotation_solidarite_urbaine.augmentation_montant']);

  // 75 rows: the table of §4.2 omits bourg_centre.eligibilite.exclusion.seuil_rapport_pfi_10000 (§4.1: 2 since 1996).
  it('reads the table', () => expect(lignes.length).toBe(75));
  it('seuil_rapport_pfi_10000, absent from §4.2, is 2 (§4.1)', () => {
    for (let a = 2019; a <= 2026; a++) expect(parametresAnnee(a).dotation_solidarite_rurale.bourg_centre.eligibilite.exclusion.seuil_rapport_pfi_10000).toBe(2);
  });

  it('every plain parameter has the value of the spec each year (undefined for « — »)', () => {
    const annees = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
    const parAnnee = new Map(annees.map((a) => [a, parametresAnnee(a)]));
    let compares = 0;
    for (const ligne of lignes) {
      const [chemin, ...cellules] = ligne.split('|').slice(1, -1).map((c) => c.trim());
      const nom = chemin.slice(1, -1);
      if (cellules[0].startsWith('(scale')) continue;
      annees.forEach((a, k) => {
        if (a === 2026 && RECHERCHES_2026.has(nom)) return;
        const attendu = cellules[k] === '—' ? undefined : Number(cellules[k].replace(/_/g, ''));
        const valeur = nom.split('.').reduce<unknown>((o, cle) => (o as Record<string, unknown>)[cle], parAnnee.get(a));
        expect(valeur, `${nom} ${a}`).toBe(attendu);
        compares++;
      });
    }
    expect(compares).toBe(73 * 8 - 2);
  });
});
