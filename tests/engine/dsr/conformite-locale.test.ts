// The DSR and DSU conformance cases of ../shared/conformance, run through the DSR/DSU formulas alone (with the
// test stand-ins of outils.ts for CORE's variables) using the conformance harness's reader and comparator.
// The engine-wide run through `simuler` is tests/conformance/; this one localises a failure to a formula.
import { describe, expect, it } from 'vitest';
import { lireCasConformite } from '../../conformance/cas.ts';
import { adaptationDuCas, lireAdaptations } from '../../conformance/exceptions.ts';
import { executerCas, type EntreeSimuler, type ResultatSimuler } from '../../conformance/executer.ts';
import { contexteTest } from './outils.ts';

function simulerLocal(e: EntreeSimuler): ResultatSimuler {
  const n = e.communes.population_dgf.length;
  const national: Record<string, number> = {};
  const communes: Record<string, ArrayLike<number>> = {};
  // An input left at its NaN default means "not given: the engine computes it" (engine/entrees.ts).
  for (const [nom, v] of Object.entries(e.communes)) if (!Array.from(v).every(Number.isNaN)) communes[nom] = v;
  for (const [nom, v] of Object.entries(e.surcharges ?? {})) {
    if (typeof v === 'number') national[nom] = v;
    else communes[nom] = v;
  }
  // N-1 envelopes: given by the case, else the N-1 parameter (as the engine does).
  const c = contexteTest({ n, annee: e.annee, reforme: e.reforme, communes, national, precedent: e.resultatsPrecedents, nationalPrecedent: e.enveloppesPrecedentes });
  const res: ResultatSimuler = { communes: {}, national: {} };
  for (const nom of e.variables ?? []) {
    const v = c.valeur(nom);
    if (typeof v === 'number') res.national[nom] = v;
    else res.communes[nom] = v;
  }
  return res;
}

const adaptations = lireAdaptations();
const cas = lireCasConformite().filter((k) => /^dotation_solidarit/.test(k.fichier) && !adaptationDuCas(k, adaptations) && k.periode !== null);

describe('conformité DSR/DSU (formules seules)', () => {
  it.each(cas.map((k) => [`${k.fichier} n° ${k.index + 1} — ${k.nom}`, k] as const))('%s', (_t, k) => {
    expect(executerCas(simulerLocal, k)).toEqual([]);
  });
});
