// Threads, _thread and time through the built CLI (`npm run build` first): every
// test/threads/*.py must print what CPython 3.11 printed (NAME.expected.json, made by
// scripts/gen-threads-expected.py; a program marked "# expected: by hand" has hand-written
// expectations where CPython behaves differently on purpose). A first line "# env: K=V …" sets
// environment variables (TZ …); TZ is UTC otherwise.
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { runCli } from "./threads-helpers.js";

const DIR = resolve(__dirname, "threads");
const names = readdirSync(DIR)
  .filter((n) => n.endsWith(".py") && existsSync(join(DIR, n.replace(/\.py$/, ".expected.json"))))
  .map((n) => n.slice(0, -3))
  .sort();

function envOf(source: string): Record<string, string> {
  const env: Record<string, string> = { TZ: "UTC" };
  const line = source.split("\n").find((l) => l.startsWith("# env:"));
  if (line) {
    for (const pair of line.slice("# env:".length).trim().split(/\s+/)) {
      const eq = pair.indexOf("=");
      env[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
  }
  return env;
}

const STDLIB_FRAME = /^ {2}File ".*?(?:\/threading\.py|\/queue\.py|\/concurrent\/futures\/[A-Za-z_]+\.py)", line \d+, in .*$/;

/** As scripts/gen-threads-expected.py normalizes CPython's output. */
function normalize(text: string): string {
  const lines = text.split(DIR + sep).join("<DIR>/").split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (STDLIB_FRAME.test(lines[i])) {
      while (i + 1 < lines.length && lines[i + 1].startsWith("    ")) i++;
    } else out.push(lines[i]);
  }
  return out.join("\n").replace(/0x[0-9a-fA-F]+/g, "0x?");
}

describe("threads programs (vs CPython)", () => {
  for (const name of names) {
    it(name, async () => {
      const path = join(DIR, `${name}.py`);
      const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), "utf8"));
      const got = await runCli([path], { cwd: DIR, env: envOf(readFileSync(path, "utf8")) });
      expect(normalize(got.stdout)).toBe(expected.stdout);
      expect(normalize(got.stderr)).toBe(expected.stderr);
      expect(got.code).toBe(expected.status);
    }, 0);
  }
});
