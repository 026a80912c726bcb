// Student-style syntax mistakes: pygil must print exactly what `python3 FILE` prints on stderr
// and exit with the same status. Expected files come from scripts/gen-syntax-errors-expected.py;
// like it, the test runs each file from inside test/syntax-errors by its relative name, and
// writes the directory part of the absolute path CPython reports as $DIR.
import { beforeAll, describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import { buildCli } from "./cli-build.js";
import { runProcess } from "./spawn-async.js";

const ROOT = new URL("..", import.meta.url).pathname;
const DIR = join(ROOT, "test/syntax-errors");
const files = readdirSync(DIR).filter((f) => f.endsWith(".py")).sort();
let cli = "";

beforeAll(async () => {
  cli = await buildCli();
}, 120_000);

describe("syntax errors as python3 reports them", () => {
  it("has a corpus", () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(files)("%s", async (file) => {
    const run = await runProcess(process.execPath, [cli, file], { cwd: DIR, timeoutMs: 20000 });
    const stderr = run.stderr.split(DIR + sep).join("$DIR/");
    const base = join(DIR, file.slice(0, -3));
    expect(stderr).toBe(readFileSync(base + ".stderr", "utf8"));
    expect(run.status).toBe(Number(readFileSync(base + ".exit", "utf8")));
  });
});
