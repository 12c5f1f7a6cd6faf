// HTTP plumbing of the API: an error with its status code and French message, JSON replies, the request body.

import type { IncomingMessage, ServerResponse } from "node:http";

export class ErreurHttp extends Error {
  constructor(
    readonly statut: 400 | 404 | 405 | 413 | 500,
    message: string,
    readonly entetes: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Largest request body accepted (a reform with a list of communes is a few kilobytes). */
export const TAILLE_MAX_CORPS = 1 << 20;

export function repondreJson(res: ServerResponse, statut: number, corps: unknown, entetes: Record<string, string> = {}): void {
  const texte = JSON.stringify(corps);
  res.writeHead(statut, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(texte), ...entetes });
  res.end(texte);
}

/** The parsed JSON body; a French 400 (invalid JSON) or 413 (too large) otherwise. */
export async function lireCorpsJson(req: IncomingMessage): Promise<unknown> {
  const morceaux: Buffer[] = [];
  let taille = 0;
  for await (const m of req as AsyncIterable<Buffer>) {
    taille += m.length;
    if (taille > TAILLE_MAX_CORPS) throw new ErreurHttp(413, `Corps de la requête trop grand : au plus ${TAILLE_MAX_CORPS} octets.`);
    morceaux.push(m);
  }
  const texte = Buffer.concat(morceaux).toString("utf8");
  if (!texte.trim()) throw new ErreurHttp(400, "Corps de la requête vide : un objet JSON est attendu.");
  try {
    return JSON.parse(texte);
  } catch (e) {
    throw new ErreurHttp(400, `Corps de la requête : JSON invalide (${(e as Error).message}).`);
  }
}
