// The column reserve of the simulations (engine/simulation/memoire.ts): what a simulation does not return is
// reused, zeroed, by the next one; what it returns is never touched again. Plus the default retention of
// `simuler` (published variables) and the completion `expliquer` relies on.
import { describe, expect, it } from 'vitest';
import { avecReserve, colonneDrapeaux, colonneNombres } from '../../engine/simulation/memoire.ts';
import { enDouble } from '../../engine/mecanismes/colonnes.ts';
import { expliquer, simuler, simulationComplete, VARIABLES_PUBLIEES } from '../../engine/index.ts';
import { communes } from './core/outils.ts';

describe('réserve de colonnes', () => {
  it('réutilise, remises à zéro, les colonnes que la simulation précédente n’a pas rendues', () => {
    let temporaire!: Float64Array;
    const rendue = avecReserve(
      () => {
        temporaire = colonneNombres(5).fill(7);
        return colonneNombres(5).fill(3);
      },
      (r) => [r],
    );
    let suivante!: Float64Array;
    let autre!: Float64Array;
    avecReserve(
      () => {
        suivante = colonneNombres(5);
        autre = colonneNombres(5);
      },
      () => [],
    );
    expect(suivante.buffer).toBe(temporaire.buffer);
    expect(Array.from(suivante)).toEqual([0, 0, 0, 0, 0]);
    // The returned column was not handed out again: the second column is new.
    expect(autre.buffer).not.toBe(rendue.buffer);
    expect(Array.from(rendue)).toEqual([3, 3, 3, 3, 3]);
  });

  it('garde hors de la réserve un tampon dont une vue est rendue, et ne réserve rien après une erreur', () => {
    let tampon!: ArrayBufferLike;
    avecReserve(
      () => {
        const c = colonneDrapeaux(8);
        tampon = c.buffer;
        return c.subarray(0, 4);
      },
      (r) => [r],
    );
    let apres!: Uint8Array;
    avecReserve(() => void (apres = colonneDrapeaux(8)), () => []);
    expect(apres.buffer).not.toBe(tampon);

    let perdu!: ArrayBufferLike;
    expect(() =>
      avecReserve(
        () => {
          perdu = colonneDrapeaux(8).buffer;
          throw new Error('formule en échec');
        },
        () => [],
      ),
    ).toThrow('formule en échec');
    // The failed simulation drew apres's buffer from the reserve and gave nothing back: the next one allocates.
    expect(perdu).toBe(apres.buffer);
    let ensuite!: Uint8Array;
    avecReserve(() => void (ensuite = colonneDrapeaux(8)), () => []);
    expect(ensuite.buffer).not.toBe(perdu);
  });

  it('hors simulation, alloue sans réserve ; enDouble rend la même valeur', () => {
    const a = colonneNombres(3);
    const b = colonneNombres(3);
    expect(a.buffer).not.toBe(b.buffer);
    for (const x of [0, -0, 2, 0.1, -1e300, Infinity]) expect(Object.is(enDouble(x), x)).toBe(true);
  });
});

describe('variables rendues par simuler', () => {
  const entree = { annee: 2025, communes: communes(3, { population_dgf: [800, 2500, 12_000], potentiel_financier: [500_000, 2_000_000, 15_000_000] }) };

  it('par défaut : les variables publiées et les entrées lues ; « toutes » : aussi les intermédiaires, mêmes valeurs', () => {
    const publiee = simuler(entree);
    const toutes = simuler({ ...entree, variables: 'toutes' });
    expect(publiee.complete).toBe(false);
    expect(toutes.complete).toBe(true);
    for (const nom of VARIABLES_PUBLIEES) expect(Array.from(publiee.communes[nom]), nom).toEqual(Array.from(toutes.communes[nom]));
    expect(publiee.communes.population_dgf).toBe(entree.communes.population_dgf); // an input, returned as given
    expect(publiee.communes.dsr_score_attribution_fraction_bourg_centre).toBeUndefined();
    expect(toutes.communes.dsr_score_attribution_fraction_bourg_centre).toBeInstanceOf(Float64Array);
    expect(publiee.national).toEqual(toutes.national);
  });

  it('une liste : ces variables seulement (et les entrées lues)', () => {
    const s = simuler({ ...entree, variables: ['potentiel_financier_par_habitant'] });
    expect(Array.from(s.communes.potentiel_financier_par_habitant)).toEqual([625, 800, 1250]);
    expect(s.communes.strate_demographique).toBeUndefined();
    expect(Object.keys(s.communes).sort()).toEqual(['population_dgf', 'potentiel_financier', 'potentiel_financier_par_habitant']);
  });

  it('expliquer complète une fois une simulation qui n’a gardé que les variables publiées', () => {
    const s = simuler(entree);
    const complete = simulationComplete(s);
    expect(complete).not.toBe(s);
    expect(simulationComplete(s)).toBe(complete);
    const e = expliquer('10002', s);
    expect(e.etapes.find((x) => x.variable === 'potentiel_financier_par_habitant')?.valeur).toBe(800);
    expect(e).toEqual(expliquer('10002', complete));
  });
});
