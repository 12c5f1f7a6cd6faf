// Geometry of the communes (2018 COG) and départements from TopoJSON files, as GeoJSON. Communes merged since 2018
// are joined into their current successor (their shapes merged along shared arcs with topojson-client's `merge`),
// so that every feature is a commune of the current reference and carries its former 2018 codes.

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Feature, FeatureCollection, Geometry, MultiPolygon } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import { ErreurDonnees } from "../lecture/probleme.ts";
import { dossierDonnees } from "../acquisition/chemins.ts";
import { referentielCommunes } from "./communes.ts";

export interface ProprietesCommune {
  code: string;
  nom: string;
  /** 2018 codes whose shapes make this feature (the code itself when unchanged). */
  codes_2018: string[];
}

async function lireTopologie(fichier: string): Promise<Topology> {
  const dossier = dossierDonnees();
  const chemin = dossier ? join(dossier, "geo", fichier) : undefined;
  if (!chemin) throw new ErreurDonnees(`Géométrie introuvable : placez « ${fichier} » dans le sous-dossier geo/ du dossier DOTATIONS_DONNEES.`);
  try {
    return JSON.parse(await readFile(chemin, "utf8")) as Topology;
  } catch (e) {
    throw new ErreurDonnees(`Géométrie illisible (${chemin}) : ${(e as Error).message}`);
  }
}

function premierObjet(t: Topology): GeometryCollection<{ code: string; nom: string }> {
  return Object.values(t.objects)[0] as GeometryCollection<{ code: string; nom: string }>;
}

export async function geometrieDepartements(): Promise<FeatureCollection<Geometry, { code: string; nom: string }>> {
  const { feature } = await import("topojson-client");
  const t = await lireTopologie("departements.topojson");
  return feature(t, premierObjet(t)) as FeatureCollection<Geometry, { code: string; nom: string }>;
}

/** Communes on the current reference: one feature per current commune present in the 2018 geometry. */
export async function geometrieCommunes(topologie?: Topology): Promise<FeatureCollection<Geometry, ProprietesCommune>> {
  const { feature, merge } = await import("topojson-client");
  const t = topologie ?? (await lireTopologie("communes-2018.topojson"));
  const objets = premierObjet(t).geometries;
  const props = (g: (typeof objets)[number]) => g.properties as { code: string; nom: string };
  const ref = referentielCommunes();
  const noms = new Map(ref.code_insee.map((c, i) => [c, ref.nom[i]]));
  const groupes = new Map<string, typeof objets>();
  for (const g of objets) {
    const code = props(g).code;
    let cible = code;
    for (let pas = 0; !noms.has(cible) && ref.successeurs.has(cible) && pas < 10; pas++) cible = ref.successeurs.get(cible)!;
    const groupe = groupes.get(cible);
    if (groupe) groupe.push(g);
    else groupes.set(cible, [g]);
  }
  const features: Feature<Geometry, ProprietesCommune>[] = [];
  for (const [code, groupe] of groupes) {
    const codes_2018 = groupe.map((g) => props(g).code);
    const geometry: Geometry =
      groupe.length === 1
        ? (feature(t, groupe[0]) as Feature<Geometry>).geometry
        : (merge(t, groupe as Parameters<typeof merge>[1]) as MultiPolygon);
    features.push({ type: "Feature", geometry, properties: { code, nom: noms.get(code) ?? props(groupe[0]).nom, codes_2018 } });
  }
  return { type: "FeatureCollection", features };
}
