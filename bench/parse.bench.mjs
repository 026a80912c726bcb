// Parse speed: one large, valid file made of python3's own stdlib modules (read in place and
// concatenated into a temporary file, never committed). CPython is timed in-process around
// ast.parse; pygil in-process around parseModule (tokenize + parse) from dist/index.js,
// after warm-up. Both report source lines per second, best of several runs.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { PYTHON, timedRun } from "./util.mjs";

const TARGET_LINES = 60_000;

// Concatenates top-level stdlib modules in sorted order until TARGET_LINES, keeping only UTF-8
// files that parse; files with `from __future__` imports are left out, since such an import
// is only legal first in a file and the glued file should compile, not merely parse.
const MAKE_SOURCE = String.raw`
import ast, os, sys, sysconfig
root = sysconfig.get_path("stdlib")
target, out_path = int(sys.argv[1]), sys.argv[2]
parts, lines = [], 0
for name in sorted(os.listdir(root)):
    if not name.endswith(".py"):
        continue
    try:
        with open(os.path.join(root, name), encoding="utf-8") as f:
            text = f.read()
        ast.parse(text)
    except (SyntaxError, UnicodeDecodeError, ValueError):
        continue
    if "from __future__" in text:
        continue
    if not text.endswith("\n"):
        text += "\n"
    parts.append(text)
    lines += text.count("\n")
    if lines >= target:
        break
source = "".join(parts)
ast.parse(source)
with open(out_path, "w", encoding="utf-8") as f:
    f.write(source)
print(lines, len(parts))
`;

const TIME_PARSE = String.raw`
import ast, sys, time
source = open(sys.argv[1], encoding="utf-8").read()
runs = int(sys.argv[2])
ast.parse(source)  # warm-up
best = float("inf")
for _ in range(runs):
    t0 = time.perf_counter()
    ast.parse(source)
    best = min(best, time.perf_counter() - t0)
print(best)
`;

export default [
  {
    name: "parse (stdlib, lines/s)",
    async run(ctx) {
      const file = join(tmpdir(), "pygil-bench-parse.py");
      const made = timedRun(PYTHON, ["-c", MAKE_SOURCE, String(TARGET_LINES), file]);
      if (made.status !== 0) throw new Error("could not build the source: " + made.stderr.trim().split("\n").pop());
      const [lines, files] = made.stdout.trim().split(/\s+/).map(Number);
      const runs = ctx.quick ? 1 : 5;

      const py = timedRun(PYTHON, ["-c", TIME_PARSE, file, String(runs)]);
      const cpython = py.status === 0 ? lines / Number(py.stdout.trim()) : null;

      let pygil = null;
      let note = `${lines} lines from ${files} files`;
      const dist = join(ctx.root, "dist/index.js");
      try {
        if (!existsSync(dist)) throw new Error("dist/index.js missing: build first");
        const { parseModule } = await import(pathToFileURL(dist).href);
        const source = readFileSync(file, "utf8");
        for (let i = 0; i < (ctx.quick ? 1 : 2); i++) parseModule(source, file); // warm-up
        let bestSeconds = Infinity;
        for (let i = 0; i < runs; i++) {
          const t0 = process.hrtime.bigint();
          parseModule(source, file);
          bestSeconds = Math.min(bestSeconds, Number(process.hrtime.bigint() - t0) / 1e9);
        }
        pygil = lines / bestSeconds;
      } catch (e) {
        note += `; pygil: ${String(e?.message ?? e).split("\n")[0]}`;
      }
      writeFileSync(file, ""); // leave no large file behind
      return { pygil, cpython, unit: "lines/s", higherIsBetter: true, note };
    },
  },
];
