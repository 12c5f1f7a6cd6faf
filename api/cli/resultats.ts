// Reads what the engine's `simuler` returns into per-commune columns and national scalars, whatever the nesting
// (`communes`/`colonnes`/`resultats` for columns, `agregats`/`nationaux` for scalars): a column is any array of the
// commune count, a national value any finite number.

export interface ResultatsAplatis {
  readonly colonnes: Map<string, ArrayLike<number>>;
  readonly nationaux: Map<string, number>;
}

function estColonne(v: unknown, n: number): v is ArrayLike<number> {
  return (ArrayBuffer.isView(v) || Array.isArray(v)) && (v as ArrayLike<unknown>).length === n && typeof (v as ArrayLike<unknown>)[0] !== "string";
}

export function aplatirResultats(sortie: unknown, n: number): ResultatsAplatis {
  const colonnes = new Map<string, ArrayLike<number>>();
  const nationaux = new Map<string, number>();
  const visiter = (o: unknown, prefixe: string, profondeur: number) => {
    if (!o || typeof o !== "object" || profondeur > 3) return;
    for (const [k, v] of Object.entries(o)) {
      if (k === "code_insee" || k === "codeInsee" || k === "nom" || k === "annee") continue;
      if (estColonne(v, n)) {
        if (!colonnes.has(k)) colonnes.set(k, v);
      } else if (typeof v === "number" && Number.isFinite(v)) nationaux.set(prefixe + k, v);
      else if (v && typeof v === "object" && !ArrayBuffer.isView(v) && !Array.isArray(v)) visiter(v, ["communes", "colonnes", "resultats", "agregats", "national", "nationaux"].includes(k) ? prefixe : `${prefixe}${k}.`, profondeur + 1);
    }
  };
  visiter(sortie, "", 0);
  return { colonnes, nationaux };
}
