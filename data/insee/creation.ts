// Creation date of the communes nouvelles of year N, from the INSEE events on the communes (spec §3.11 item 76,
// §5 `date_creation_commune`). Rule: for a commune (TYPECOM = COM) of code C on 1 January N, the effective date of
// the latest "création de commune nouvelle" event (MOD 32) whose commune after the event is C, among the events
// effective on or before 1 January N; 0 when there is none. A commune nouvelle that later changes its code (MOD 41,
// change of département; MOD 50, transfer of the chef-lieu) keeps its creation date under the new code.

import { TYPE_COM, type MouvementsCommunes } from "./mouvements.ts";

export const MOD_CREATION_COMMUNE_NOUVELLE = 32;
const MODS_CHANGEMENT_CODE: ReadonlySet<number> = new Set([41, 50]);

/** `date_creation_commune` (AAAAMMJJ, 0 = not a commune nouvelle) of each code of `codes`, for year `annee`. */
export function datesCreationCommunes(m: MouvementsCommunes, annee: number, codes: readonly string[]): Int32Array {
  const limite = annee * 10000 + 101;
  const retenus: number[] = [];
  for (let i = 0; i < m.nb; i++) {
    if (m.dateEffet[i] > limite || m.typeApres[i] !== TYPE_COM) continue;
    if (m.mod[i] === MOD_CREATION_COMMUNE_NOUVELLE) retenus.push(i);
    else if (MODS_CHANGEMENT_CODE.has(m.mod[i]) && m.typeAvant[i] === TYPE_COM && m.codeAvant[i] !== m.codeApres[i]) retenus.push(i);
  }
  // Chronological order; on the same day, creations before changes of code.
  const rang = (i: number) => (m.mod[i] === MOD_CREATION_COMMUNE_NOUVELLE ? 0 : 1);
  retenus.sort((a, b) => m.dateEffet[a] - m.dateEffet[b] || rang(a) - rang(b));
  const creation = new Map<string, number>();
  for (const i of retenus) {
    if (m.mod[i] === MOD_CREATION_COMMUNE_NOUVELLE) {
      creation.set(m.codeApres[i], m.dateEffet[i]);
      continue;
    }
    const d = creation.get(m.codeAvant[i]);
    if (d === undefined) continue;
    creation.set(m.codeApres[i], d);
    creation.delete(m.codeAvant[i]);
  }
  const r = new Int32Array(codes.length);
  for (let k = 0; k < codes.length; k++) r[k] = creation.get(codes[k]) ?? 0;
  return r;
}
