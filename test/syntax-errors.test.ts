// Student-style syntax mistakes: pygil must print exactly what `python3 FILE` prints on stderr
// and exit with the same status. Expected files come from scripts/gen-syntax-errors-expected.py;
// like it, the test runs each file from inside test/syntax-errors by its relative name, and
// writes the directory part of the absolute path CPython reports as $DIR.
import { beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";

const ROOT = new URL("..", import.meta.url).pathname;
const DIR = join(ROOT, "test/syntax-errors");
const CLI = join(ROOT, "dist/cli.js");
const files = readdirSync(DIR).filter((f) => f.endsWith(".py")).sort();

beforeAll(() => {
  const build = spawnSync(process.execPath, ["scripts/build.mjs"], { cwd: ROOT, encoding: "utf8" });
  if (build.status !== 0) throw new Error("build failed:\n" + build.stderr);
});

describe("syntax errors as python3 reports them", () => {
  it("has a corpus", () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(files)("%s", (file) => {
    const run = spawnSync(process.execPath, [CLI, file], { cwd: DIR, encoding: "utf8", timeout: 20000 });
    const stderr = run.stderr.split(DIR + sep).join("$DIR/");
    const base = join(DIR, file.slice(0, -3));
    expect(stderr).toBe(readFileSync(base + ".stderr", "utf8"));
    expect(run.status).toBe(Number(readFileSync(base + ".exit", "utf8")));
  });
});
