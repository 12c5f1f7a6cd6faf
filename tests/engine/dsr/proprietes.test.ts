// Properties of the DSR and DSU on generated communes: each redistributed envelope is conserved (to the euro,
// before rounding), no NaN/Infinity, same inputs → same outputs, results independent of the commune order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMULES_DSR } from '../../../engine/dotation_solidarite_rurale/index.ts';
import { FORMULES_DSU } from '../../../engine/dotation_solidarite_urbaine/index.ts';
import { contexteTest, type ContexteTest } from './outils.ts';

// Decimal inputs as in the DGCL files (at most 4–6 decimals): no subnormal values.
const decimal = (min: number, max: number, decimales = 4) => fc.integer({ min: Math.round(min * 10 ** decimales), max: Math.round(max * 10 ** decimales) }).map((x) => x / 10 ** decimales);

const commune = fc.record({
  population_dgf: fc.oneof(fc.integer({ min: 0, max: 12000 }), fc.integer({ min: 5000, max: 60000 })),
  ratioInsee: decimal(0.8, 1),
  pfHab: decimal(0, 2000),
  superficie: fc.oneof(fc.constant(0), decimal(10, 10000)),
  effort_fiscal: decimal(0, 2),
  revenuHab: decimal(0, 30000),
  outre_mer: fc.integer({ min: 0, max: 9 }).map((x) => +(x === 0)),
  zrr: fc.boolean().map(Number),
  zone_de_montagne: fc.boolean().map(Number),
  bureau_centralisateur: fc.boolean().map(Number),
  chef_lieu_arrondissement: fc.boolean().map(Number),
  part_population_canton: decimal(0, 0.5),
  longueur_voirie: fc.integer({ min: 0, max: 100000 }),
  partEnfants: decimal(0, 0.2),
  partSociaux: decimal(0, 0.5),
  partAides: decimal(0, 0.5),
  population_qpv: fc.integer({ min: 0, max: 3000 }),
  prev: fc.record({ bc: fc.oneof(fc.constant(0), decimal(0, 1)), pq: fc.oneof(fc.constant(0), decimal(0, 1)), cible: decimal(0, 1), dsu: fc.oneof(fc.constant(0), decimal(0, 1)) }),
  cn: fc.oneof(fc.constant(0), fc.constant(0), decimal(0, 50000)),
});
type Commune = typeof commune extends fc.Arbitrary<infer T> ? T : never;

const ENVELOPPES = { dsr_montant_total_fraction_bourg_centre: 3e6, dsr_montant_total_fraction_perequation: 2e6, dsr_montant_total_fraction_cible: 1e6, dsu_montant_total: 5e6 };

function construire(cs: Commune[]): ContexteTest {
  const n = cs.length;
  const col = (f: (c: Commune) => number) => cs.map(f);
  // N-1 amounts: a fraction of an average share, so the 90 % floors stay below the envelopes.
  const moyen = (e: number) => (0.8 * e) / Math.max(1, n);
  return contexteTest({
    n,
    communes: {
      population_dgf: col((c) => c.population_dgf),
      population_insee: col((c) => Math.round(c.population_dgf * c.ratioInsee)),
      potentiel_financier: col((c) => c.pfHab * c.population_dgf),
      superficie: col((c) => c.superficie),
      effort_fiscal: col((c) => c.effort_fiscal),
      revenu_total: col((c) => c.revenuHab * c.population_dgf),
      outre_mer: col((c) => c.outre_mer),
      zrr: col((c) => c.zrr),
      zone_de_montagne: col((c) => c.zone_de_montagne),
      bureau_centralisateur: col((c) => c.bureau_centralisateur),
      chef_lieu_arrondissement: col((c) => c.chef_lieu_arrondissement),
      part_population_canton: col((c) => c.part_population_canton),
      longueur_voirie: col((c) => c.longueur_voirie),
      population_enfants: col((c) => Math.round(c.partEnfants * c.population_dgf)),
      nombre_logements: col((c) => Math.round(c.population_dgf / 2)),
      nombre_logements_sociaux: col((c) => Math.round((c.partSociaux * c.population_dgf) / 2)),
      nombre_beneficiaires_aides_au_logement: col((c) => Math.round((c.partAides * c.population_dgf) / 2)),
      population_qpv: col((c) => Math.min(c.population_qpv, c.population_dgf)),
      dsr_garantie_commune_nouvelle_fraction_bourg_centre: col((c) => c.cn),
      dsr_garantie_commune_nouvelle_fraction_perequation: col((c) => c.cn / 2),
      dsr_garantie_commune_nouvelle_fraction_cible: col((c) => c.cn / 4),
    },
    national: ENVELOPPES,
    nationalPrecedent: { dsu_montant_total: 4.8e6 },
    precedent: {
      dsr_montant_eligible_fraction_bourg_centre: col((c) => c.prev.bc * moyen(3e6)),
      dsr_montant_eligible_fraction_perequation: col((c) => c.prev.pq * moyen(2e6)),
      dsr_montant_hors_garanties_fraction_cible: col((c) => c.prev.cible * moyen(1e6)),
      dsu_montant_eligible: col((c) => c.prev.dsu * moyen(5e6)),
    },
  });
}

const somme = (x: ArrayLike<number>, garder: (i: number) => boolean = () => true) => {
  let s = 0;
  for (let i = 0; i < x.length; i++) if (garder(i)) s += x[i];
  return s;
};
const auMoinsUneLibre = (c: ContexteTest, eligible: string, score: Float64Array, prev: Float64Array) => {
  const e = c.booleens(eligible);
  return score.some((s, i) => e[i] === 1 && s > 0 && prev[i] === 0);
};

const VARIABLES = [...Object.keys(FORMULES_DSR), ...Object.keys(FORMULES_DSU)];
const communes = fc.array(commune, { minLength: 1, maxLength: 60 });
const compteur = { bc: 0, pq: 0, cible: 0, dsu: 0 };

describe('propriétés DSR et DSU', () => {
  it('conservation of each redistributed envelope (1 € before rounding), when the law can distribute it', () => {
    fc.assert(
      fc.property(communes, (cs) => {
        const c = construire(cs);
        const n = cs.length;
        // Bourg-centre: eligible amounts + max(exit, commune nouvelle) of the others = envelope.
        const bc = c.booleens('dsr_eligible_fraction_bourg_centre');
        const scoreBc = c.nombres('dsr_score_attribution_fraction_bourg_centre');
        if (auMoinsUneLibre(c, 'dsr_eligible_fraction_bourg_centre', scoreBc, c.precedent('dsr_montant_eligible_fraction_bourg_centre'))) {
          const sortie = c.nombres('dsr_montant_garantie_non_eligible_fraction_bourg_centre');
          const cn = c.nombres('dsr_garantie_commune_nouvelle_fraction_bourg_centre');
          const total = somme(c.nombres('dsr_montant_eligible_fraction_bourg_centre'), (i) => bc[i] === 1) + somme(new Float64Array(n).map((_, i) => (bc[i] ? 0 : Math.max(sortie[i], cn[i]))));
          if (c.national('dsr_montant_total_eligibles_fraction_bourg_centre') > 0) {
            expect(Math.abs(total - ENVELOPPES.dsr_montant_total_fraction_bourg_centre)).toBeLessThan(1);
            compteur.bc++;
          }
        }
        // Péréquation and cible: when every part has scores.
        for (const fraction of ['perequation', 'cible'] as const) {
          const parts = ['potentiel_financier_par_habitant', 'longueur_voirie', 'enfants', 'potentiel_financier_par_hectare'];
          if (!parts.every((p) => somme(c.nombres(`dsr_score_attribution_${fraction}_part_${p}`)) > 0)) continue;
          const eligible = c.booleens(`dsr_eligible_fraction_${fraction}`);
          const montant = c.nombres(fraction === 'perequation' ? 'dsr_montant_eligible_fraction_perequation' : 'dsr_montant_hors_garanties_fraction_cible');
          const cn = c.nombres(`dsr_garantie_commune_nouvelle_fraction_${fraction}`);
          const sortie = fraction === 'cible' ? c.nombres('dsr_montant_garantie_non_eligible_fraction_cible') : new Float64Array(n);
          if (fraction === 'perequation') {
            const score = new Float64Array(n).map((_, i) => c.nombres('dsr_montant_hors_garanties_fraction_perequation')[i]);
            if (!auMoinsUneLibre(c, 'dsr_eligible_fraction_perequation', score, c.precedent('dsr_montant_eligible_fraction_perequation'))) continue;
          }
          if (!(c.national(`dsr_montant_total_eligibles_fraction_${fraction}`) > 0)) continue;
          const total = somme(montant, (i) => eligible[i] === 1) + somme(new Float64Array(n).map((_, i) => (eligible[i] ? 0 : Math.max(sortie[i], cn[i]))));
          expect(Math.abs(total - ENVELOPPES[`dsr_montant_total_fraction_${fraction}`])).toBeLessThan(1);
          compteur[fraction === 'perequation' ? 'pq' : 'cible']++;
        }
        // DSU: eligible amounts + exit guarantees = envelope, when each group with a share has points.
        const part = c.national('dsu_part_seuil_bas');
        // A group can absorb its share when it has a newly eligible commune or its increases' caps (4 M€) exceed it.
        const pop = c.nombres('population_dgf');
        const dansGroupe = (g: string, i: number) => !c.booleens('outre_mer')[i] && (g === 'seuil_haut' ? pop[i] >= 10000 : pop[i] >= 5000 && pop[i] < 10000);
        const prevDsu = c.precedent('dsu_montant_eligible');
        const absorbe = (g: string, partGroupe: number) => {
          const e = c.booleens('dsu_eligible');
          let nouvelles = 0;
          let toujours = 0;
          for (let i = 0; i < n; i++) if (e[i] && dansGroupe(g, i)) prevDsu[i] > 0 ? toujours++ : nouvelles++;
          return partGroupe === 0 || nouvelles > 0 || toujours * 4e6 >= partGroupe * c.national('dsu_montant_a_repartir');
        };
        if (somme(c.booleens('dsu_eligible')) > 0 && absorbe('seuil_bas', part) && absorbe('seuil_haut', 1 - part) && c.national('dsu_montant_a_repartir') > 0 && c.national('dsu_taux_progression') > 0 &&
          c.nombres('dsu_score_attribution').every((s, i) => !c.booleens('dsu_eligible')[i] || s > 0)) {
          const total = somme(c.nombres('dsu_montant_eligible')) + somme(c.nombres('dsu_montant_garantie_non_eligible'));
          expect(Math.abs(total - ENVELOPPES.dsu_montant_total)).toBeLessThan(1);
          compteur.dsu++;
        }
      }),
      { numRuns: 200 },
    );
    // The conditions above must not make the property vacuous.
    console.info('enveloppes vérifiées', compteur);
    expect(compteur.bc).toBeGreaterThan(20);
    expect(compteur.pq).toBeGreaterThan(20);
    expect(compteur.cible).toBeGreaterThan(20);
    expect(compteur.dsu).toBeGreaterThan(20);
  });

  it('no NaN or Infinity in any DSR/DSU variable; notified amounts in whole euros', () => {
    fc.assert(
      fc.property(communes, (cs) => {
        const c = construire(cs);
        for (const nom of VARIABLES) {
          const v = c.valeur(nom);
          const valeurs = typeof v === 'number' ? [v] : Array.from(v);
          expect(valeurs.every(Number.isFinite), nom).toBe(true);
        }
        for (const nom of ['dsr_fraction_bourg_centre', 'dsr_fraction_perequation', 'dsr_fraction_cible', 'dotation_solidarite_rurale', 'dsu_montant']) {
          expect(Array.from(c.nombres(nom)).every(Number.isInteger), nom).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('same inputs → identical outputs; reversing the commune order permutes the results', () => {
    fc.assert(
      fc.property(communes, (cs) => {
        const a = construire(cs);
        const b = construire(cs);
        const r = construire([...cs].reverse());
        const n = cs.length;
        for (const nom of ['dotation_solidarite_rurale', 'dsr_montant_eligible_fraction_perequation', 'dsr_montant_hors_garanties_fraction_cible', 'dsu_montant']) {
          expect(Array.from(a.nombres(nom))).toEqual(Array.from(b.nombres(nom)));
          const x = a.nombres(nom);
          const y = r.nombres(nom);
          for (let i = 0; i < n; i++) expect(Math.abs(x[i] - y[n - 1 - i]), nom).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(x[i])) + (nom === 'dsu_montant' || nom === 'dotation_solidarite_rurale' ? 1 : 0));
        }
      }),
      { numRuns: 100 },
    );
  });
});
