// Properties of the whole engine on generated populations of communes (fast-check): no NaN or Infinity in any
// output, determinism, independence from the order of the communes, conservation of the écrêtement total.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simuler, type OptionsSimulation } from '../../engine/index.ts';

const arbCommune = fc.record({
  population: fc.oneof(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 12_000 }), fc.integer({ min: 0, max: 250_000 })),
  pfParHabitant: fc.double({ min: 0, max: 4000, noNaN: true }),
  // Effort fiscal 0 or ≥ 0.001 (real values are ≥ 0.1); subnormal efforts are a known open case of the DSR valeurs de point.
  effort: fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 2, noNaN: true })),
  revenuParHabitant: fc.double({ min: 0, max: 40_000, noNaN: true }),
  superficie: fc.oneof(fc.constant(0), fc.double({ min: 1, max: 20_000, noNaN: true })),
  voirie: fc.integer({ min: 0, max: 200_000 }),
  parts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }),
  drapeaux: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
  outreMer: fc.boolean(),
  croissance: fc.double({ min: -0.1, max: 0.1, noNaN: true }),
  montantsN1: fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 2e6, noNaN: true })), { minLength: 5, maxLength: 5 }),
  creation: fc.constantFrom(0, 20230101, 20220101, 20190101),
});
type Commune = typeof arbCommune extends fc.Arbitrary<infer T> ? T : never;

function entrees(liste: Commune[], annee: number): OptionsSimulation {
  const n = liste.length;
  const col = (f: (c: Commune, i: number) => number) => Float64Array.from(liste.map(f));
  const bool = (f: (c: Commune) => boolean) => Uint8Array.from(liste.map((c) => (f(c) ? 1 : 0)));
  const communes = {
    code_insee: liste.map((_, i) => String(10_000 + i)),
    population_dgf: col((c) => c.population),
    population_insee: col((c) => Math.round(c.population * (0.9 + 0.1 * c.parts[0]))),
    population_dgf_majoree: col((c) => Math.round(c.population * 1.05)),
    population_enfants: col((c) => Math.round(c.population * 0.15 * c.parts[1])),
    population_qpv: col((c) => Math.round(c.population * 0.3 * c.parts[2])),
    population_zfu: col((c) => Math.round(c.population * 0.1 * c.parts[3])),
    date_creation_commune: Int32Array.from(liste.map((c) => c.creation)),
    population_insee_initiale: col((c) => (c.creation ? c.population : NaN)),
    outre_mer: bool((c) => c.outreMer),
    zrr: bool((c) => c.drapeaux[0]),
    zone_de_montagne: bool((c) => c.drapeaux[1]),
    insulaire: bool((c) => c.drapeaux[2]),
    chef_lieu_de_canton: bool((c) => c.drapeaux[3]),
    bureau_centralisateur: bool((c) => c.drapeaux[4]),
    chef_lieu_arrondissement: bool((c) => c.drapeaux[5]),
    chef_lieu_departement_dans_agglomeration: bool((c) => c.drapeaux[6] && c.drapeaux[7]),
    superficie: col((c) => c.superficie),
    longueur_voirie: col((c) => c.voirie),
    population_dgf_agglomeration: col((c) => (c.drapeaux[7] ? c.population * 10 : 0)),
    population_dgf_departement_agglomeration: col((c) => (c.drapeaux[7] ? c.population * 40 * (0.5 + c.parts[4]) : 0)),
    population_dgf_maximum_commune_agglomeration: col((c) => (c.drapeaux[7] ? c.population * 3 : 0)),
    population_dgf_chef_lieu_de_canton: col((c) => c.population * 2 * c.parts[5]),
    part_population_canton: col((c) => c.parts[5]),
    // A distinct offset per commune keeps the indices of two generated communes apart: equal indices are
    // ranked by file order, which a shuffle changes by design (tests/engine/mecanismes/rang.test.ts).
    potentiel_financier: col((c, i) => c.population * c.pfParHabitant + (i + 1) * 1e-3),
    potentiel_fiscal: col((c) => c.population * c.pfParHabitant * 0.9),
    effort_fiscal: col((c) => c.effort),
    revenu_total: col((c) => Math.round(Math.round(c.population * (0.9 + 0.1 * c.parts[0])) * c.revenuParHabitant)),
    recettes_reelles_fonctionnement: col((c) => c.population * 900 * (0.5 + c.parts[2])),
    nombre_logements: col((c) => Math.round(c.population * 0.45)),
    nombre_logements_sociaux: col((c) => Math.round(c.population * 0.45 * c.parts[1] * 0.5)),
    nombre_beneficiaires_aides_au_logement: col((c) => Math.round(c.population * 0.45 * c.parts[3] * 0.5)),
    dotation_globale_fonctionnement_reference_communes: col((c) => (c.creation ? c.population * 200 : 0)),
  };
  const resultatsPrecedents = {
    dotation_forfaitaire: col((c) => c.population * 120),
    population_dgf_majoree: col((c) => Math.round(c.population * 1.05 * (1 - c.croissance))),
    dsr_montant_eligible_fraction_bourg_centre: col((c) => c.montantsN1[0]),
    dsr_montant_eligible_fraction_perequation: col((c) => c.montantsN1[1]),
    dsr_montant_hors_garanties_fraction_cible: col((c) => c.montantsN1[2]),
    dsu_montant_eligible: col((c) => c.montantsN1[3]),
  };
  void n;
  return { annee, communes: communes as unknown as OptionsSimulation['communes'], resultatsPrecedents };
}

function permuter(o: OptionsSimulation, ordre: number[]): OptionsSimulation {
  const p = <T extends ArrayLike<unknown>>(v: T): T => {
    if (Array.isArray(v)) return ordre.map((k) => v[k]) as unknown as T;
    const C = (v as unknown as { constructor: new (n: number) => T & Record<number, unknown> }).constructor;
    const r = new C(ordre.length);
    ordre.forEach((k, i) => (r[i] = (v as unknown as Record<number, unknown>)[k]));
    return r;
  };
  const map = (x: object) => Object.fromEntries(Object.entries(x).map(([k, v]) => [k, p(v as ArrayLike<unknown>)]));
  return { ...o, communes: map(o.communes) as OptionsSimulation['communes'], resultatsPrecedents: map(o.resultatsPrecedents!) };
}

const arbFrance = fc.record({
  communes: fc.array(arbCommune, { minLength: 1, maxLength: 60 }),
  annee: fc.constantFrom(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026),
  graineOrdre: fc.integer(),
});
const NOTIFIES = ['dotation_forfaitaire', 'df_montant_ecretement', 'dsr_fraction_bourg_centre', 'dsr_fraction_perequation', 'dsr_fraction_cible', 'dotation_solidarite_rurale', 'dsu_montant', 'dotation_communes_nouvelles', 'dotation_globale_fonctionnement_communes'];

describe('propriétés du moteur sur des populations générées', () => {
  it('aucun NaN ni infini dans les sorties ; même entrée → mêmes sorties, colonnes rendues jamais réécrites', () => {
    fc.assert(
      fc.property(arbFrance, ({ communes, annee }) => {
        const e = entrees(communes, annee);
        const a = simuler({ ...e, variables: 'toutes' });
        // b keeps the published variables only; c then computes in the columns b did not keep (engine/simulation/memoire.ts).
        const b = simuler(e);
        const c = simuler(e);
        for (const [nom, v] of Object.entries(a.communes)) {
          if (nom === 'population_insee_initiale') continue; // input: NaN = unknown (engine/entrees.ts)
          for (let i = 0; i < v.length; i++) if (!Number.isFinite(v[i])) throw new Error(`${nom}[${i}] = ${v[i]}`);
        }
        for (const [nom, x] of Object.entries(a.national)) if (!Number.isFinite(x)) throw new Error(`${nom} = ${x}`);
        for (const s of [b, c]) {
          for (const [nom, v] of Object.entries(s.communes)) expect(Array.from(v)).toEqual(Array.from(a.communes[nom]));
          expect(s.national).toEqual(a.national);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('les montants ne dépendent pas de l’ordre des communes', () => {
    fc.assert(
      fc.property(arbFrance, ({ communes, annee, graineOrdre }) => {
        const e = entrees(communes, annee);
        const n = communes.length;
        const ordre = Array.from({ length: n }, (_, i) => i);
        let g = graineOrdre >>> 0;
        for (let i = n - 1; i > 0; i--) {
          g = (Math.imul(g, 1_664_525) + 1_013_904_223) >>> 0;
          const j = g % (i + 1);
          [ordre[i], ordre[j]] = [ordre[j], ordre[i]];
        }
        const a = simuler(e);
        const b = simuler(permuter(e, ordre));
        for (const nom of NOTIFIES)
          for (let i = 0; i < n; i++) {
            // sums in another order may move a notified amount across a half-euro: 1 € of tolerance
            const x = a.communes[nom][ordre[i]];
            const y = b.communes[nom][i];
            if (Math.abs(x - y) > 1 + 1e-9 * Math.abs(x)) throw new Error(`${nom} : ${x} ≠ ${y} (commune ${ordre[i]})`);
          }
      }),
      { numRuns: 40 },
    );
  });

  it('écrêtement : Σ des prélèvements + non réparti = total à financer, à l’euro', () => {
    fc.assert(
      fc.property(arbFrance, ({ communes, annee }) => {
        const s = simuler({ ...entrees(communes, annee), variables: ['df_montant_ecretement', 'df_montant_ecretement_non_reparti'] });
        const somme = (s.communes.df_montant_ecretement as Float64Array).reduce((t, x) => t + x, 0);
        expect(Math.abs(somme + s.national.df_montant_ecretement_non_reparti - s.national.df_montant_total_ecretement)).toBeLessThan(1);
      }),
      { numRuns: 60 },
    );
  });
});
