// Bundles the CLI and the embedding API into dist/ with esbuild: one file each, so that
// start-up loads a single module instead of resolving hundreds (issue 7: `pygil -c pass` ≤ 100 ms).
// Type checking is separate (`npm run typecheck`, part of `npm test`).
import { build } from "esbuild";
import { chmodSync } from "node:fs";

const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  logLevel: "warning",
  // chevrotain and commander stay external: they are dependencies installed beside us
  packages: "external",
};
await build({ ...common, entryPoints: ["src/cli/main.ts"], outfile: "dist/cli.js", banner: { js: "#!/usr/bin/env node" } });
await build({ ...common, entryPoints: ["src/index.ts"], outfile: "dist/index.js" });
chmodSync("dist/cli.js", 0o755);
