// Conformance: every case of ../shared/conformance/**/*.yaml (the Python model's OpenFisca tests), read in
// place and run through the engine's `simuler`, relative tolerance 1e-6. Named exceptions:
//  - the 8 envelope-growth cases of ADAPTATIONS.md (pre-4.0 rule): the four of period 2020 are asserted
//    against the current rule's value; the four of period 2014 lie before the first year of law of the engine
//    (the fraction envelopes start in 2019), so their current value is checked against our parameters only;
//  - the DSU ranking with ties (spec §7.2): asserted against our documented tie rule (input order);
//  - two DF cases whose expectation encodes a model accident the engine deliberately does not reproduce
//    (int32 truncation of the part dynamique; écrêtement caps without redistribution): asserted against the
//    engine's rule, hand-computed in exceptions.ts (ECARTS_DELIBERES).
import { describe, expect, it } from 'vitest';
import { simuler as simulerMoteur, type OptionsSimulation } from '../../engine/index.ts';
import { parametresAnnee } from '../../engine/parametres.ts';
import { lireCasConformite, type Cas } from './cas.ts';
import { adaptationDuCas, CAS_ORDRE_EX_AEQUO, ecartDelibereDuCas, ECARTS_DELIBERES, enveloppeDuCas, lireAdaptations } from './exceptions.ts';
import { anneesDuCas, egal, entreeSimuler, executerCas, type Simuler } from './executer.ts';

const tousLesCas = lireCasConformite();
const adaptations = lireAdaptations();
// The harness builds the contract's input shape; the engine's own type is stricter on column names.
const simuler: Simuler = (entree) => simulerMoteur(entree as unknown as OptionsSimulation);

describe('cas de conformité : lecture', () => {
  it('reads the 111 cases of the 12 files', () => {
    expect(tousLesCas).toHaveLength(111);
    expect(new Set(tousLesCas.map((c) => c.fichier)).size).toBe(12);
  });

  it('maps every case (but the four of 2014) onto an input of simuler', () => {
    for (const cas of tousLesCas) {
      if (adaptationDuCas(cas, adaptations)?.periode === 2014) continue;
      expect(anneesDuCas(cas).length, cas.nom).toBeGreaterThan(0);
      for (const annee of anneesDuCas(cas)) expect(() => entreeSimuler(cas, annee), `${cas.fichier} « ${cas.nom} »`).not.toThrow();
    }
  });

  it('matches each deliberate difference to exactly one case', () => {
    for (const e of ECARTS_DELIBERES) expect(tousLesCas.filter((c) => ecartDelibereDuCas(c) === e), e.nom).toHaveLength(1);
  });

  it('matches each of the 8 ADAPTATIONS.md rows to exactly one case', () => {
    expect(adaptations).toHaveLength(8);
    for (const a of adaptations) expect(tousLesCas.filter((c) => adaptationDuCas(c, [a])).map((c) => c.nom), JSON.stringify(a)).toHaveLength(1);
  });

  it('the current values of ADAPTATIONS.md follow from our parameters (growth = relative change of the envelope)', () => {
    const p2019 = parametresAnnee(2019);
    const p2020 = parametresAnnee(2020);
    const p2015 = parametresAnnee(2015);
    for (const a of adaptations) {
      const cas = tousLesCas.find((c) => adaptationDuCas(c, [a]))!;
      const { parametre, augmentation, variable } = enveloppeDuCas(cas);
      const accroissement2020 = parametre(p2020) / parametre(p2019) - 1;
      const entree = [...cas.entrees.get(variable)!.values()][0] as number;
      const attendu =
        a.sens === 'accroissement'
          ? entree * (1 + accroissement2020)
          : // 4.10.0 legacy backward formula: bourg-centre has no growth before 2019 (0); the others reuse 2020's
            variable === 'dsr_montant_total_fraction_bourg_centre'
            ? entree
            : entree - augmentation(p2015) * accroissement2020;
      expect(egal(attendu, a.valeurActuelle, 0.01), `${a.fichier} ${a.periode}: ${attendu} ≠ ${a.valeurActuelle}`).toBe(true);
    }
  });
});

function titre(cas: Cas): string {
  return `n° ${cas.index + 1} — ${cas.nom}`;
}

const parFichier = new Map<string, Cas[]>();
for (const cas of tousLesCas) parFichier.set(cas.fichier, [...(parFichier.get(cas.fichier) ?? []), cas]);
for (const [fichier, liste] of parFichier) {
  describe(`conformité : ${fichier}`, () => {
    for (const cas of liste) {
      const adaptation = adaptationDuCas(cas, adaptations);
      if (adaptation?.periode === 2014) {
        it(`${titre(cas)} [exception ADAPTATIONS : période 2014, hors des années de droit du moteur]`, () => {
          // Checked in « the current values of ADAPTATIONS.md follow from our parameters » above.
          expect(cas.periode).toBe(2014);
        });
        continue;
      }
      const ecart = ecartDelibereDuCas(cas);
      const exceptionEgalite = cas.fichier === CAS_ORDRE_EX_AEQUO.fichier && cas.nom === CAS_ORDRE_EX_AEQUO.nom;
      const suffixe = adaptation
        ? ` [exception ADAPTATIONS : règle de croissance ≥ 4.0, attendu ${adaptation.valeurActuelle} au lieu de ${adaptation.attendu2021}]`
        : ecart
          ? ` [écart délibéré : ${ecart.raison}]`
          : exceptionEgalite
          ? ' [exception §7.2 : ex aequo départagés par l’ordre d’entrée, règle documentée du moteur]'
          : '';
      it(`${titre(cas)}${suffixe}`, () => {
        const remplaces = adaptation
          ? new Map<string, number | number[]>([[enveloppeDuCas(cas).variable, adaptation.valeurActuelle]])
          : ecart
            ? new Map<string, number | number[]>(Object.entries(ecart.attendus()))
            : undefined;
        expect(executerCas(simuler, cas, remplaces)).toEqual([]);
      });
    }
  });
}
