#!/usr/bin/env node
// `dotations` command. Runs the bundle built by `npm run build:cli` (api/dist/, no compile cost at start-up) when
// it is up to date with its sources; otherwise runs the TypeScript sources through tsx.
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ici = dirname(fileURLToPath(import.meta.url));
const racine = resolve(ici, "..", "..");
const paquet = join(ici, "..", "dist", "dotations.mjs");
const meta = join(ici, "..", "dist", "sources.json");

function paquetAJour() {
  if (!existsSync(paquet) || !existsSync(meta)) return false;
  const date = statSync(paquet).mtimeMs;
  try {
    return JSON.parse(readFileSync(meta, "utf8")).every((f) => statSync(join(racine, f)).mtimeMs <= date);
  } catch {
    return false;
  }
}

let principal;
if (paquetAJour()) ({ principal } = await import(pathToFileURL(paquet).href));
else {
  const { tsImport } = await import("tsx/esm/api");
  ({ principal } = await tsImport(pathToFileURL(join(ici, "..", "cli", "index.ts")).href, import.meta.url));
}
process.exitCode = await principal(process.argv.slice(2));
