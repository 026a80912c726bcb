// Start-up: wall time of `pygil -c pass` against `python3 -c pass` (issue 7's goal: ≤ 100 ms
// for pygil on these machines), best of many runs, with pygil's caches warm (the V8 code cache
// of the bundle and the compiled-code cache, both made by a first run as a user's first run
// makes them). Also: `-c pass` with the caches off, importing a few stdlib modules, and bare
// `node -e 0` for scale (Node's own start-up is the floor under pygil's).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PYTHON, timedRun } from "./util.mjs";

const IMPORTS = "import threading, json, dataclasses, collections";

/** Best wall time of `runs` runs (after one unmeasured warm-up run), or an error note. */
function bestOf(cmd, args, runs, env = {}) {
  const warm = timedRun(cmd, args, { env });
  if (warm.status !== 0) return { error: `exit ${warm.status}: ${warm.stderr.trim().split("\n").at(-1) ?? ""}` };
  let best = Infinity;
  for (let i = 0; i < runs; i++) best = Math.min(best, timedRun(cmd, args, { env }).seconds);
  return { seconds: best };
}

function bench(name, pygilArgs, pythonArgs, envFor = () => ({})) {
  return {
    name,
    async run(ctx) {
      const runs = ctx.quick ? 5 : 20;
      const cacheDir = mkdtempSync(join(tmpdir(), "pygil-bench-cache-"));
      const cli = join(ctx.root, "dist/cli.js");
      const pg = bestOf(process.execPath, [cli, ...pygilArgs], runs, { PYGIL_CACHE_DIR: cacheDir, ...envFor() });
      const py = bestOf(PYTHON, pythonArgs, runs);
      return {
        pygil: pg.seconds ?? null,
        cpython: py.seconds ?? null,
        unit: "s",
        note: pg.error ? `pygil: ${pg.error}` : py.error ? `python3: ${py.error}` : undefined,
      };
    },
  };
}

export default [
  bench("startup -c pass", ["-c", "pass"], ["-c", "pass"]),
  bench("startup -c pass, no caches", ["-c", "pass"], ["-c", "pass"], () => ({ PYGIL_NO_CACHE: "1" })),
  bench("startup stdlib imports", ["-c", IMPORTS], ["-c", IMPORTS]),
  {
    name: "startup node -e 0 (floor)",
    async run(ctx) {
      const runs = ctx.quick ? 5 : 20;
      const node = bestOf(process.execPath, ["-e", "0"], runs);
      const py = bestOf(PYTHON, ["-c", "pass"], runs);
      return { pygil: node.seconds ?? null, cpython: py.seconds ?? null, unit: "s", note: "node itself, beside python3 -c pass" };
    },
  },
];
