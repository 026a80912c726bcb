// Differential tests of the I/O modules: every test/io-programs/*.py runs under the built CLI
// (dist/cli.js) in a fresh temporary directory, with NAME.stdin piped in and the test HTTP
// server's address in $BASE, and must print what CPython 3.11 printed (NAME.expected.json,
// made by scripts/gen-io-expected.py against the same server code).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, readFileSync, readdirSync, realpathSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { runInTemp } from "./io-helpers.js";
// @ts-expect-error: a plain .mjs module shared with the generator script
import { startServer } from "./http-server.mjs";

const DIR = resolve(__dirname, "io-programs");
const names = readdirSync(DIR)
  .filter((n) => n.endsWith(".py") && existsSync(join(DIR, n.replace(/\.py$/, ".expected.json"))))
  .map((n) => n.slice(0, -3))
  .sort();

let server: { base: string; close: () => Promise<void> };
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});

describe("io programs (vs CPython)", () => {
  for (const name of names) {
    it(name, async () => {
      const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), "utf8"));
      const stdinPath = join(DIR, `${name}.stdin`);
      const stdin = existsSync(stdinPath) ? readFileSync(stdinPath, "utf8") : "";
      const got = await runInTemp(join(DIR, `${name}.py`), stdin, { BASE: server.base });
      const real = realpathSync(got.tmp);
      const norm = (s: string) =>
        s.split(got.tmp).join("<TMP>").split(real).join("<TMP>").split(DIR).join("<DIR>").split(server.base).join("<BASE>").split(server.base.slice(7)).join("<HOST>");
      rmSync(got.tmp, { recursive: true, force: true });
      expect(norm(got.stdout)).toBe(expected.stdout);
      expect(norm(got.stderr)).toBe(expected.stderr);
      expect(got.status).toBe(expected.status);
    }, 60000);
  }
});
