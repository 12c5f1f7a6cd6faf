// site/france.arrow: the engine inputs of the site's year for every commune, for the engine running in the browser
// (commune and reform pages). Columns: code_insee, nom, the inputs of engine/entrees.ts (spec names) and the N-1
// results as `NAME@N-1` (the interchange format's convention). Compact: a column equal to its default everywhere is
// left out (the engine applies the default), a number column holding only integers of the Int32 range is stored as Int32
// (lossless; the page converts it back to Float64Array).
import { ENTREES, ENTREES_N_MOINS_1 } from '@dotations/engine';
import { arrowAvecMeta, type ColonneSortie } from './arrow.ts';
import type { DonneesSite } from './donnees.ts';

/** True when every cell holds `defaut` (NaN-aware). */
function partoutDefaut(c: ArrayLike<number>, defaut: number): boolean {
  for (let i = 0; i < c.length; i++) if (!(c[i] === defaut || (Number.isNaN(defaut) && Number.isNaN(c[i])))) return false;
  return true;
}

/** Int32 copy when every value is an integer of that range, else the column unchanged. */
function entiersCompacts(c: Float64Array): Int32Array | Float64Array {
  for (let i = 0; i < c.length; i++) if (!Number.isInteger(c[i]) || c[i] > 0x7fffffff || c[i] < -0x80000000) return c;
  return Int32Array.from(c);
}

export function tableFrance({ communes, resultatsPrecedents, meta }: DonneesSite): Uint8Array {
  const colonnes: Record<string, ColonneSortie> = { code_insee: communes.code_insee, nom: communes.nom ?? communes.code_insee };
  for (const [nom, def] of Object.entries(ENTREES)) {
    const c = communes[nom as keyof typeof ENTREES];
    if (partoutDefaut(c, def.defaut)) continue;
    colonnes[nom] = c instanceof Float64Array ? entiersCompacts(c) : c;
  }
  if (resultatsPrecedents) {
    for (const [nom, def] of Object.entries(ENTREES_N_MOINS_1)) {
      const c = resultatsPrecedents[nom as keyof typeof ENTREES_N_MOINS_1];
      if (!partoutDefaut(c, def.defaut)) colonnes[`${nom}@N-1`] = entiersCompacts(c);
    }
  }
  return arrowAvecMeta(colonnes, meta);
}
