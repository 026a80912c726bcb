// `npm run bench`: pygil beside CPython, one line per benchmark, then the geometric mean of
// the ratios. A ratio is pygil's cost over CPython's (2.0 = pygil takes twice as long).
//
// A benchmark is a module bench/NAME.bench.mjs whose default export is a list of
//   { name, async run(ctx) → { pygil, cpython, unit, higherIsBetter } }
// (measurements are numbers, or null when that side failed; `note` explains a failure).
// Programs in bench/programs/*.py need no module: programs.bench.mjs times each one.
//
// A benchmark may name a `group` (programs.bench.mjs: "cpu"); each group also gets its own
// geometric mean, since issue 3's target (≤ 2.0) is about the CPU programs alone.
//
// Usage: node bench/run.mjs [--quick] [NAME-SUBSTRING...]
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes("--quick");
const filters = args.filter((a) => !a.startsWith("--"));
const ctx = { root: join(here, ".."), bench: here, quick, runs: quick ? 1 : 3 };

function formatValue(value, unit) {
  if (value === null || value === undefined) return "error";
  if (unit === "s") return value < 1 ? `${(value * 1000).toFixed(1)} ms` : `${value.toFixed(3)} s`;
  if (value >= 1e6) return `${(value / 1e6).toFixed(2)}M ${unit}`;
  if (value >= 1e3) return `${(value / 1e3).toFixed(1)}k ${unit}`;
  return `${value.toFixed(1)} ${unit}`;
}

function ratioOf(result) {
  const { pygil, cpython, higherIsBetter } = result;
  if (typeof pygil !== "number" || typeof cpython !== "number" || pygil <= 0 || cpython <= 0) return null;
  return higherIsBetter ? cpython / pygil : pygil / cpython;
}

const modules = readdirSync(here)
  .filter((f) => f.endsWith(".bench.mjs"))
  .sort();
const rows = [];
const widths = [28, 16, 16, 8];
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
console.log(line(["name", "pygil", "cpython", "ratio"]));
for (const file of modules) {
  const { default: benchmarks } = await import(pathToFileURL(join(here, file)).href);
  for (const bench of await benchmarks) {
    if (filters.length > 0 && !filters.some((f) => bench.name.includes(f))) continue;
    let result;
    try {
      result = await bench.run(ctx);
    } catch (e) {
      result = { pygil: null, cpython: null, unit: "", note: String(e?.message ?? e).split("\n")[0] };
    }
    const ratio = ratioOf(result);
    rows.push({ ratio, group: bench.group });
    const note = result.note ? `  (${result.note})` : "";
    console.log(
      line([
        bench.name,
        formatValue(result.pygil, result.unit),
        formatValue(result.cpython, result.unit),
        ratio === null ? "error" : ratio.toFixed(2),
      ]) + note,
    );
  }
}
function geomeanLine(label, picked) {
  const ratios = picked.map((r) => r.ratio).filter((r) => r !== null);
  const geomean = ratios.length ? Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / ratios.length) : null;
  console.log(`${label}: ${geomean === null ? "n/a" : geomean.toFixed(2)} (${ratios.length} of ${picked.length} benchmarks)`);
}
for (const group of new Set(rows.map((r) => r.group).filter(Boolean))) {
  geomeanLine(`geometric mean of ratios, ${group} programs`, rows.filter((r) => r.group === group));
}
geomeanLine("geometric mean of ratios", rows);
