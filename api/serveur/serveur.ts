// The HTTP server of the API (node:http, no framework): routing, JSON replies, French errors with their status
// code (400, 404, 405, 413, 500), CORS only when asked for. Data are loaded before and served from memory.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { DonneesAnnee } from "./donnees.ts";
import { ErreurHttp, lireCorpsJson, repondreJson } from "./http.ts";
import { trouverRoutes } from "./routes.ts";

export interface OptionsServeur {
  readonly donnees: ReadonlyMap<number, DonneesAnnee>;
  /** Origin allowed by CORS (`*` for any); none: no CORS header. */
  readonly cors?: string;
  /** Unexpected errors (500), for the server's log. */
  readonly journal?: (message: string) => void;
}

async function traiter(o: OptionsServeur, req: IncomingMessage, res: ServerResponse, cors: Record<string, string>): Promise<void> {
  const url = new URL(req.url ?? "/", "http://localhost");
  const candidates = trouverRoutes(url.pathname);
  if (!candidates.length) throw new ErreurHttp(404, `Chemin inconnu : ${url.pathname} (voir /api/openapi.json).`);
  const methodes = [...new Set(candidates.map((c) => c.route.methode))];
  if (req.method === "OPTIONS" && o.cors) {
    res.writeHead(204, { ...cors, "access-control-allow-methods": methodes.join(", "), "access-control-allow-headers": "content-type" });
    res.end();
    return;
  }
  const trouvee = candidates.find((c) => c.route.methode === req.method || (req.method === "HEAD" && c.route.methode === "GET"));
  if (!trouvee) throw new ErreurHttp(405, `Méthode ${req.method} non permise sur ${url.pathname} (permises : ${methodes.join(", ")}).`, { allow: methodes.join(", ") });
  const corps = trouvee.route.corps ? await lireCorpsJson(req) : undefined;
  repondreJson(res, 200, trouvee.route.gerer({ donnees: o.donnees, parametres: trouvee.parametres, corps }), cors);
}

export function creerServeur(o: OptionsServeur): Server {
  const cors: Record<string, string> = o.cors ? { "access-control-allow-origin": o.cors } : {};
  return createServer((req, res) => {
    traiter(o, req, res, cors).catch((e: unknown) => {
      const http = e instanceof ErreurHttp ? e : new ErreurHttp(500, "Erreur interne du serveur.");
      if (!(e instanceof ErreurHttp)) o.journal?.(`Erreur interne sur ${req.method} ${req.url} : ${(e as Error).stack ?? String(e)}`);
      if (res.headersSent) return void res.destroy();
      repondreJson(res, http.statut, { erreur: http.message, statut: http.statut }, { ...cors, ...http.entetes });
    });
  });
}

/** Starts listening; resolves with the server and its URL once ready (port 0: an ephemeral port). */
export function ecouter(serveur: Server, port: number, hote: string): Promise<string> {
  return new Promise((resoudre, rejeter) => {
    serveur.once("error", rejeter);
    serveur.listen(port, hote, () => {
      serveur.off("error", rejeter);
      const a = serveur.address() as AddressInfo;
      resoudre(`http://${a.family === "IPv6" ? `[${a.address}]` : a.address}:${a.port}`);
    });
  });
}
