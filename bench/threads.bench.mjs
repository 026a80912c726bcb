// Thread benchmarks (issues 4 and 5): each bench/threads/*.py measures itself and prints one
// number; pygil and CPython run the same file. Lower is better for every one of them:
//   sleepers_30k       30,000 threads each sleeping 0.5 s, started and joined (s; target ≤ 1.5 s)
//   io_latency         one sleep(0.001) while 2 CPU-bound threads spin (ms; target ≤ 2 ms)
//   fairness           4 CPU-bound threads for 2 s: most-served over least-served (%; target ≤ 15)
//   lock_counter       8 threads × 50,000 lock-protected increments (s; target ≤ 1.5× CPython)
//   pool_as_completed  20,000 tiny tasks through ThreadPoolExecutor(8) (s; target ≤ 1.5× CPython)
//   queue_bounded      50,000 items through a bounded Queue (s; target ≤ 1.5× CPython)
// The best of ctx.runs runs on each side (fairness: the worst, as its target is a bound).
import { join } from "node:path";
import { PYTHON, timedRun } from "./util.mjs";

const dir = new URL("./threads/", import.meta.url).pathname;

const BENCHES = [
  { name: "threads: sleepers_30k", file: "sleepers_30k.py", unit: "s" },
  { name: "threads: io_latency", file: "io_latency.py", unit: "ms" },
  { name: "threads: fairness", file: "fairness.py", unit: "%", worst: true },
  { name: "threads: lock_counter", file: "lock_counter.py", unit: "s" },
  { name: "threads: pool_as_completed", file: "pool_as_completed.py", unit: "s" },
  { name: "threads: queue_bounded", file: "queue_bounded.py", unit: "s" },
];

function measure(cmd, args, runs, worst) {
  let pick = worst ? -Infinity : Infinity;
  for (let i = 0; i < runs; i++) {
    const r = timedRun(cmd, args, { cwd: dir, timeout: 120_000 });
    if (r.timedOut) return { error: "timeout" };
    const value = Number(r.stdout.trim().split("\n").pop());
    if (r.status !== 0 || !Number.isFinite(value)) return { error: `exit ${r.status}: ${r.stderr.trim().split("\n").pop() ?? ""}` };
    pick = worst ? Math.max(pick, value) : Math.min(pick, value);
  }
  return { value: pick };
}

export default BENCHES.map((b) => ({
  name: b.name,
  async run(ctx) {
    const cli = join(ctx.root, "dist/cli.js");
    const pg = measure(process.execPath, [cli, b.file], ctx.runs, b.worst);
    const py = measure(PYTHON, [b.file], ctx.runs, b.worst);
    const note = [pg.error && `pygil: ${pg.error}`, py.error && `python3: ${py.error}`].filter(Boolean).join("; ");
    return {
      pygil: pg.value ?? null,
      cpython: py.value ?? null,
      unit: b.unit,
      higherIsBetter: false,
      ...(note ? { note } : {}),
    };
  },
}));
