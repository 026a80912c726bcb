// Whole programs: every bench/programs/*.py is run as `python3 prog.py` and as
// `node dist/cli.js prog.py`, wall time of the whole process, best of 3. pygil's stdout must
// equal CPython's; a failure, a difference or a timeout is reported instead of a time.
// Adding a benchmark is dropping a .py into bench/programs/ (deterministic output, ~1 s in CPython).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { PYTHON, timedRun } from "./util.mjs";

const dir = new URL("./programs/", import.meta.url).pathname;
const TIMEOUT = 120_000;

/** The line of stderr that says what went wrong: a Python exception line or a JS Error line. */
function reason(stderr) {
  const lines = stderr.split("\n").map((l) => l.trimEnd()).filter((l) => l && !/^\s+at |^Node\.js v/.test(l));
  return lines.findLast((l) => /^\w*(Error|Exception)\b/.test(l)) ?? lines.at(-1) ?? "";
}

function measure(cmd, args, runs) {
  let bestSeconds = Infinity;
  let first = null;
  for (let i = 0; i < runs; i++) {
    const r = timedRun(cmd, args, { cwd: dir, timeout: TIMEOUT });
    if (r.timedOut) return { error: "timeout" };
    if (r.status !== 0) return { error: `exit ${r.status}: ${reason(r.stderr)}` };
    first ??= r.stdout;
    bestSeconds = Math.min(bestSeconds, r.seconds);
  }
  return { seconds: bestSeconds, stdout: first };
}

export default readdirSync(dir)
  .filter((f) => f.endsWith(".py"))
  .sort()
  .map((file) => ({
    name: file.replace(/\.py$/, ""),
    group: "cpu",
    async run(ctx) {
      const py = measure(PYTHON, [file], ctx.runs);
      if (py.error) return { pygil: null, cpython: null, unit: "s", note: `python3: ${py.error}` };
      const cli = join(ctx.root, "dist/cli.js");
      // A failing pygil is reported at once rather than retried.
      const pg = measure(process.execPath, [cli, file], 1);
      if (pg.error) return { pygil: null, cpython: py.seconds, unit: "s", note: `pygil: ${pg.error.slice(0, 100)}` };
      if (pg.stdout !== py.stdout) return { pygil: null, cpython: py.seconds, unit: "s", note: "pygil: output differs" };
      const again = ctx.runs > 1 ? measure(process.execPath, [cli, file], ctx.runs - 1) : pg;
      const pygil = Math.min(pg.seconds, again.seconds ?? Infinity);
      return { pygil, cpython: py.seconds, unit: "s" };
    },
  }));
