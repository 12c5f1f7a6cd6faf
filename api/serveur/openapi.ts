// OpenAPI 3.1 description of the API, written by hand; tests/api checks that it describes exactly ROUTES.

const nombreOuNull = { type: ["number", "null"] };
const dictionnaire = (valeurs: object, description: string) => ({ type: "object", description, additionalProperties: valeurs });
const ecart = {
  type: "object",
  properties: { avant: nombreOuNull, apres: nombreOuNull, ecart: nombreOuNull },
  required: ["avant", "apres", "ecart"],
};
const json = (schema: object, description: string) => ({ description, content: { "application/json": { schema } } });
const erreur = (description: string) => json({ $ref: "#/components/schemas/Erreur" }, description);
const parametreAnnee = { name: "annee", in: "path", required: true, description: "Année de la loi et des données (AAAA), parmi /api/annees.", schema: { type: "string", pattern: "^\\d{4}$" }, example: "2025" };
const parametreCode = { name: "code", in: "path", required: true, description: "Code INSEE de la commune.", schema: { type: "string" }, example: "01001" };
const synthetique = {
  avertissement: { type: "string", description: "Présent seulement sur des données synthétiques : « Données synthétiques — ne pas utiliser pour une décision »." },
  graine: { type: ["integer", "null"], description: "Graine du générateur (données synthétiques ; null si inconnue)." },
  versionGenerateur: { type: "string", description: "Version du générateur de la France synthétique." },
};
const agregats = {
  national: dictionnaire(nombreOuNull, "Variables nationales de la simulation (enveloppes, valeurs de point, moyennes), noms de la spécification."),
  totaux: dictionnaire({ type: "number" }, "Somme sur les communes des dotations principales (euros)."),
  nombres_eligibles: dictionnaire({ type: "integer" }, "Nombre de communes éligibles, par variable d'éligibilité."),
};

export const DOCUMENT_OPENAPI = {
  openapi: "3.1.0",
  info: {
    title: "Dotations locales — API",
    version: "0.1.0",
    description:
      "Dotation globale de fonctionnement des communes (DF, DSR et ses trois fractions, DSU, DNP, DCN) : critères, montants calculés, explications et simulations de réformes. Noms de variables de la spécification (snake_case). Les réponses construites sur des données synthétiques portent un avertissement.",
    license: { name: "AGPL-3.0-or-later", identifier: "AGPL-3.0-or-later" },
  },
  paths: {
    "/api/annees": {
      get: {
        summary: "Années disponibles et origine de leurs données",
        responses: {
          200: json(
            {
              type: "object",
              properties: {
                annees: {
                  type: "array",
                  items: {
                    type: "object",
                    properties: { annee: { type: "integer" }, communes: { type: "integer" }, source: { $ref: "#/components/schemas/Source" } },
                    required: ["annee", "communes", "source"],
                  },
                },
              },
              required: ["annees"],
            },
            "Années chargées par le serveur.",
          ),
        },
      },
    },
    "/api/{annee}/communes/{code}": {
      get: {
        summary: "Critères d'une commune et dotations calculées",
        parameters: [parametreAnnee, parametreCode],
        responses: {
          200: json(
            {
              type: "object",
              properties: {
                ...synthetique,
                annee: { type: "integer" },
                code_insee: { type: "string" },
                nom: { type: ["string", "null"] },
                criteres: dictionnaire(nombreOuNull, "Entrées du moteur pour l'année (engine/entrees.ts) ; booléens en 0/1, dates en AAAAMMJJ."),
                criteres_n_moins_1: dictionnaire(nombreOuNull, "Valeurs de l'année précédente lues par le calcul."),
                dotations: dictionnaire(nombreOuNull, "Toutes les variables calculées par commune (montants en euros, éligibilités en 0/1, rangs, indices)."),
              },
              required: ["annee", "code_insee", "criteres", "criteres_n_moins_1", "dotations"],
            },
            "La commune.",
          ),
          400: erreur("Chemin mal encodé."),
          404: erreur("Année non disponible ou commune introuvable."),
        },
      },
    },
    "/api/{annee}/communes/{code}/explication": {
      get: {
        summary: "Étapes du calcul d'une commune (libellé, valeur, unité, formule en mots, référence juridique)",
        parameters: [parametreAnnee, parametreCode],
        responses: {
          200: json(
            {
              type: "object",
              properties: {
                ...synthetique,
                code: { type: "string" },
                nom: { type: "string" },
                annee: { type: "integer" },
                etapes: { type: "array", items: { $ref: "#/components/schemas/Etape" } },
                distances: { type: "array", items: { $ref: "#/components/schemas/Distance" } },
              },
              required: ["code", "annee", "etapes", "distances"],
            },
            "L'explication.",
          ),
          400: erreur("Chemin mal encodé."),
          404: erreur("Année non disponible ou commune introuvable."),
        },
      },
    },
    "/api/{annee}/national": {
      get: {
        summary: "Agrégats nationaux : enveloppes, valeurs de point, nombres d'éligibles, totaux",
        parameters: [parametreAnnee],
        responses: {
          200: json({ type: "object", properties: { ...synthetique, annee: { type: "integer" }, communes: { type: "integer" }, ...agregats }, required: ["annee", "communes", "national", "totaux", "nombres_eligibles"] }, "Les agrégats."),
          404: erreur("Année non disponible."),
        },
      },
    },
    "/api/{annee}/simulation": {
      post: {
        summary: "Simulation d'une réforme des paramètres, comparée à la loi en vigueur (avant / après / écart)",
        parameters: [parametreAnnee],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: {
                  reforme: { type: "object", description: "Paramètres modifiés par chemin pointé (voir engine/parameters) ; {} pour la loi en vigueur.", additionalProperties: true },
                  communes: { type: "array", maxItems: 1000, items: { type: "string" }, description: "Codes INSEE à détailler ; sans ce champ, un résumé de toutes les communes." },
                },
                required: ["reforme"],
                additionalProperties: false,
              },
              example: { reforme: { "dotation_solidarite_rurale.cible.eligibilite.seuil_classement": 12000 }, communes: ["01001"] },
            },
          },
        },
        responses: {
          200: json(
            {
              type: "object",
              properties: {
                ...synthetique,
                annee: { type: "integer" },
                reforme: { type: "object" },
                national: dictionnaire(ecart, "Variables nationales avant / après."),
                totaux: dictionnaire(ecart, "Totaux des dotations principales avant / après."),
                nombres_eligibles: dictionnaire(ecart, "Nombres d'éligibles avant / après."),
                communes: {
                  type: "array",
                  description: "Avec « communes » : chaque commune demandée, toutes ses variables calculées avant / après.",
                  items: { type: "object", properties: { code_insee: { type: "string" }, nom: { type: ["string", "null"] }, dotations: dictionnaire(ecart, "Variables par commune.") } },
                },
                resume: {
                  type: "object",
                  description: "Sans « communes » : gagnantes, perdantes (écart de DGF de plus de 0,50 €) et plus forts écarts.",
                  properties: {
                    variable: { type: "string" },
                    communes: { type: "integer" },
                    gagnantes: { type: "integer" },
                    perdantes: { type: "integer" },
                    inchangees: { type: "integer" },
                    plus_fortes_hausses: { type: "array", items: { type: "object" } },
                    plus_fortes_baisses: { type: "array", items: { type: "object" } },
                  },
                },
              },
              required: ["annee", "reforme", "national", "totaux", "nombres_eligibles"],
            },
            "La comparaison.",
          ),
          400: erreur("Corps invalide (JSON, champ inconnu, réforme refusée par le moteur, commune inconnue)."),
          404: erreur("Année non disponible."),
          413: erreur("Corps trop grand."),
        },
      },
    },
    "/api/openapi.json": {
      get: { summary: "Ce document", responses: { 200: json({ type: "object" }, "Description OpenAPI 3.1 de l'API.") } },
    },
  },
  components: {
    schemas: {
      Erreur: {
        type: "object",
        properties: { erreur: { type: "string", description: "Message en français." }, statut: { type: "integer" } },
        required: ["erreur", "statut"],
      },
      Source: {
        type: "object",
        properties: {
          type: { enum: ["tables", "dgcl", "synthetique"] },
          description: { type: "string" },
          ...synthetique,
        },
        required: ["type", "description"],
      },
      Etape: {
        type: "object",
        properties: {
          variable: { type: "string" },
          libelle: { type: "string" },
          valeur: { type: "number" },
          unite: { type: "string" },
          formule: { type: "string" },
          reference: { type: "string" },
          nationale: { type: "boolean" },
        },
      },
      Distance: {
        type: "object",
        properties: {
          libelle: { type: "string" },
          valeur: { type: "number" },
          seuil: { type: "number" },
          ecart: { type: "number" },
          franchi: { type: "boolean" },
          reference: { type: "string" },
        },
      },
    },
  },
} as const;
