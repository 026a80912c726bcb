// Differential tests: every test/programs/*.py runs in pygil (the Interpreter class, in process)
// and must print exactly what CPython 3.11 printed (NAME.expected.json, made by
// scripts/gen-program-expected.py): stdout, stderr (tracebacks included) and the exit status.
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { Interpreter } from "../src/vm/interpreter.js";

const DIR = resolve(__dirname, "programs");
const names = readdirSync(DIR)
  .filter((n) => n.endsWith(".py") && existsSync(join(DIR, n.replace(/\.py$/, ".expected.json"))))
  .map((n) => n.slice(0, -3))
  .sort();

export async function runProgram(path: string, stdin = ""): Promise<{ stdout: string; stderr: string; status: number }> {
  let stdout = "";
  let stderr = "";
  const lines = stdin.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const interp = new Interpreter({
    argv: [path],
    writeStdout: (s) => (stdout += s),
    writeStderr: (s) => (stderr += s),
    readLine: async () => (lines.length ? lines.shift()! : null),
  });
  const status = await interp.runSource(readFileSync(path, "utf8"), path);
  return { stdout, stderr, status };
}

describe("programs", () => {
  for (const name of names) {
    it(name, async () => {
      const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), "utf8"));
      const stdinPath = join(DIR, `${name}.stdin`);
      const stdin = existsSync(stdinPath) ? readFileSync(stdinPath, "utf8") : "";
      const got = await runProgram(join(DIR, `${name}.py`), stdin);
      const norm = (s: string) => s.split(DIR).join("<DIR>");
      expect(norm(got.stdout)).toBe(expected.stdout);
      expect(norm(got.stderr)).toBe(expected.stderr);
      expect(got.status).toBe(expected.status);
    });
  }
});
