// Bundles the CLI with esbuild into api/dist/ (ES modules, lazy chunks kept lazy by code splitting), so that
// `dotations` starts without compiling TypeScript. Also writes the list of bundled sources: api/bin/dotations.js
// falls back to the sources (tsx) when one of them is newer than the bundle.
import { build } from "esbuild";
import { rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const racine = join(dirname(fileURLToPath(import.meta.url)), "..");
// Chunk names carry a content hash: without emptying the folder, every build would leave its chunks behind.
rmSync(join(racine, "api/dist"), { recursive: true, force: true });
let r;
try {
  r = await build({
  absWorkingDir: racine,
  entryPoints: { dotations: "api/cli/index.ts" },
  outdir: "api/dist",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  metafile: true,
  // flechette's "main" is CommonJS: as its own lazy chunk it would only have a default export. Its ES module build:
  alias: { "@uwdata/flechette": "@uwdata/flechette/dist/flechette.mjs" },
  logLevel: "error",
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
} catch (e) {
  // Never break `npm install`: without a bundle, api/bin/dotations.js runs the sources through tsx.
  console.warn(`dotations : paquet de la CLI non construit (${e.message.split("\n")[0]}) ; la CLI passera par tsx.`);
  process.exit(0);
}
const sources = Object.keys(r.metafile.inputs).filter((f) => !f.includes("node_modules"));
writeFileSync(join(racine, "api/dist/sources.json"), JSON.stringify(sources.map((f) => relative(racine, join(racine, f)))));
