// Runs one of the CPython-checked program suites (scripts/*-tests.mjs, rules in
// scripts/lib/program-suite.mjs) through the built CLI and turns its report into one vitest test
// per program, so a failure names the program and shows the script's diff.
import { beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { CLI } from "./threads-helpers.js";

const ROOT = resolve(__dirname, "..");

/**
 * @param title   the describe() title
 * @param script  the suite script under scripts/
 * @param dir     the directory of its programs, under test/
 * @param files   which .py files there belong to the suite
 */
export function programSuite(title: string, script: string, dir: string, files: RegExp): void {
  const names = readdirSync(resolve(ROOT, "test", dir))
    .filter((f) => files.test(f))
    .map((f) => f.slice(0, -3))
    .sort();
  /** NAME → "" when it passed, else the script's report for it. */
  const results = new Map<string, string>();

  describe(title, () => {
    beforeAll(async () => {
      const text = await new Promise<string>((done, fail) => {
        const p = spawn(process.execPath, [resolve(ROOT, "scripts", script), "check", "--", process.execPath, CLI], {
          cwd: ROOT,
          stdio: ["ignore", "pipe", "pipe"],
        });
        let out = "";
        p.stdout.on("data", (d) => (out += d));
        p.stderr.on("data", (d) => (out += d));
        p.on("error", fail);
        p.on("close", () => done(out));
      });
      let current: string | null = null;
      for (const line of text.split("\n")) {
        const m = /^(ok|FAIL) {1,3}(\S+)$/.exec(line);
        if (m) {
          current = m[2];
          results.set(current, m[1] === "ok" ? "" : "FAIL\n");
        } else if (current !== null && results.get(current) !== "") {
          results.set(current, results.get(current) + line + "\n");
        }
      }
    }, 0);

    for (const name of names) {
      it(name, () => {
        expect(results.has(name)).toBe(true);
        expect(results.get(name)).toBe("");
      }, 0);
    }
  });
}
