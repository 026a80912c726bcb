// Bundles pygil into dist/ with esbuild (type checking is separate: `npm run typecheck`).
//
//   dist/cli.js         the `pygil` command: a small loader (scripts/cli-loader.js) that runs
//   dist/pygil-cli.cjs  the whole CLI in one CommonJS file (chevrotain and commander included),
//                       through V8's code cache — start-up reads one file and compiles nothing
//                       it compiled before (issue 7: `pygil -c pass` ≤ 100 ms)
//   dist/index.js       the embedding API, an ES module (dependencies stay external)
//
// Usage: node scripts/build.mjs [OUTDIR]   (default dist; tests build into a temporary one)
import { build } from "esbuild";
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export async function buildAll(outdir = join(root, "dist")) {
  mkdirSync(outdir, { recursive: true });
  const common = { bundle: true, platform: "node", target: "node20", sourcemap: true, logLevel: "warning", absWorkingDir: root };
  await build({
    ...common,
    format: "cjs",
    entryPoints: ["src/cli/main.ts"],
    outfile: join(outdir, "pygil-cli.cjs"),
    // the bundle finds src/stdlib relative to itself
    define: { "import.meta.url": "__pygil_bundle_url" },
    banner: { js: 'var __pygil_bundle_url = require("node:url").pathToFileURL(__filename).href;' },
    minifyWhitespace: true,
  });
  const loader = readFileSync(join(root, "scripts/cli-loader.js"), "utf8");
  writeFileSync(join(outdir, "cli.js"), "#!/usr/bin/env node\n" + loader);
  chmodSync(join(outdir, "cli.js"), 0o755);
  await build({ ...common, format: "esm", packages: "external", entryPoints: ["src/index.ts"], outfile: join(outdir, "index.js") });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await buildAll(process.argv[2] ? resolve(process.argv[2]) : undefined);
