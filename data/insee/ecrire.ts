// Writes the INSEE "Évènements sur les communes" file (v_mvt_commune_AAAA.csv) in its official form: 14 quoted
// columns, comma separator, header line first. The synthetic France writes its communes nouvelles with it; the tests
// build their fixtures with it.

export const ENTETES_MOUVEMENTS = [
  "MOD", "DATE_EFF",
  "TYPECOM_AV", "COM_AV", "TNCC_AV", "NCC_AV", "NCCENR_AV", "LIBELLE_AV",
  "TYPECOM_AP", "COM_AP", "TNCC_AP", "NCC_AP", "NCCENR_AP", "LIBELLE_AP",
] as const;

/** One event: MOD, DATE_EFF (AAAA-MM-JJ), then the type, code and name of the commune before and after it. */
export type Mouvement = readonly [mod: number, date: string, typeAv: string, comAv: string, nomAv: string, typeAp: string, comAp: string, nomAp: string];

/** TNCC, NCC (capitals without accents), NCCENR and LIBELLE of a name (type of name "0": no article). */
function nomEnClair(nom: string): string[] {
  return ["0", nom.normalize("NFD").replace(/\p{M}/gu, "").toUpperCase(), nom, nom];
}

const champ = (c: string) => `"${c.replaceAll('"', '""')}"`;

export function ligneMouvement([mod, date, typeAv, comAv, nomAv, typeAp, comAp, nomAp]: Mouvement): string {
  return [String(mod), date, typeAv, comAv, ...nomEnClair(nomAv), typeAp, comAp, ...nomEnClair(nomAp)].map(champ).join(",");
}

export function csvMouvements(mouvements: readonly Mouvement[], fin = "\n"): string {
  return [ENTETES_MOUVEMENTS.map(champ).join(","), ...mouvements.map(ligneMouvement)].join(fin) + fin;
}
