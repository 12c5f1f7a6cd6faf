// Format of a compiled parameter (a leaf of engine/parameters/parametres.generated.json): shared by the compiler of
// the YAML files (scripts/parametres.ts) and the engine's typed access (engine/parametres.ts).

/** Units a parameter may have. */
export const UNITES = ['€', '€/hab', 'part', 'coefficient', 'habitants', 'communes', 'années', 'rang'] as const;
export type Unite = (typeof UNITES)[number];

/** A parameter with its label, unit, legal references and dated values (plain) or dated scales (barème). */
export interface ParametreCompile {
  libelle: string;
  unite: Unite;
  unite_seuil?: Unite;
  reference: string[];
  note?: string;
  valeurs?: Record<string, number>;
  bareme?: Record<string, { seuils: number[]; valeurs: number[] }>;
}
