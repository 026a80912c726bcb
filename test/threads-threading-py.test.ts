// test/threading-py's programs (threading, queue, concurrent.futures written in Python over the
// native _thread) through the built CLI, against CPython 3.11's output, with the comparison of
// scripts/threading-py-tests.mjs (one run of the script; one test per program).
import { beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { CLI } from "./threads-helpers.js";

const ROOT = resolve(__dirname, "..");
const names = readdirSync(resolve(__dirname, "threading-py"))
  .filter((f) => f.endsWith(".py"))
  .map((f) => f.slice(0, -3))
  .sort();

/** NAME → "" when it passed, else the script's report for it. */
const results = new Map<string, string>();

beforeAll(async () => {
  const text = await new Promise<string>((done, fail) => {
    const p = spawn(process.execPath, [resolve(ROOT, "scripts/threading-py-tests.mjs"), "check", "--", process.execPath, CLI], {
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

describe("test/threading-py through pygil", () => {
  for (const name of names) {
    it(name, () => {
      expect(results.has(name)).toBe(true);
      expect(results.get(name)).toBe("");
    }, 0);
  }
});
