// Differential tests of the builtin types, functions and modules: test/programs/builtins-*.py
// run in pygil and must print exactly what CPython 3.11 printed (NAME.expected.json, made by
// scripts/gen-program-expected.py). test/vm.test.ts runs them too, with every other program;
// this file runs just these: `npx vitest run test/builtins.test.ts`.
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { Interpreter } from "../src/vm/interpreter.js";

const DIR = resolve(__dirname, "programs");
const names = readdirSync(DIR)
  .filter((n) => n.startsWith("builtins-") && n.endsWith(".py") && existsSync(join(DIR, n.replace(/\.py$/, ".expected.json"))))
  .map((n) => n.slice(0, -3))
  .sort();

async function run(path: string): Promise<{ stdout: string; stderr: string; status: number }> {
  let stdout = "";
  let stderr = "";
  const interp = new Interpreter({
    argv: [path],
    writeStdout: (s) => (stdout += s),
    writeStderr: (s) => (stderr += s),
    readLine: async () => null,
  });
  const status = await interp.runSource(readFileSync(path, "utf8"), path);
  return { stdout, stderr, status };
}

describe("builtins programs", () => {
  for (const name of names) {
    it(name, async () => {
      const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), "utf8"));
      const got = await run(join(DIR, `${name}.py`));
      const norm = (s: string) => s.split(DIR).join("<DIR>");
      expect(norm(got.stdout)).toBe(expected.stdout);
      expect(norm(got.stderr)).toBe(expected.stderr);
      expect(got.status).toBe(expected.status);
    });
  }
});
