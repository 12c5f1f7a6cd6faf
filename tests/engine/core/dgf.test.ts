import { describe, expect, it } from 'vitest';
import { liste, simulerSur } from './outils.ts';

describe('DGF de la commune', () => {
  it('= dotation forfaitaire + DSR + DSU + DNP (montants notifiés, en euros)', () => {
    const s = simulerSur(
      2025,
      { population_dgf: [800, 12_000], population_dgf_majoree: [800, 12_000], dotation_nationale_perequation: [1234, 0] },
      { resultatsPrecedents: { population_dgf_majoree: [800, 12_000], dotation_forfaitaire: [50_000, 900_000] } },
    );
    const attendu = [0, 1].map((i) => s.communes.dotation_forfaitaire[i] + s.communes.dotation_solidarite_rurale[i] + s.communes.dsu_montant[i] + [1234, 0][i]);
    expect(liste(s.communes.dotation_globale_fonctionnement_communes)).toEqual(attendu);
    expect(liste(s.communes.dotation_forfaitaire)).toEqual([50_000, 900_000]); // no population change, no écrêtement (PF 0)
  });
});
