// Command-line entry points of standard modules (`-m json.tool`): pygil and CPython are run
// with the same arguments and stdin in a temp directory; stdout, stderr and status must agree.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const cli = join(root, "dist", "cli.js");
const hasPython = spawnSync("python3", ["--version"]).status === 0;

interface Outcome { stdout: string; stderr: string; status: number | null; files: Record<string, string> }

function runBoth(args: string[], stdin: string, files: Record<string, string> = {}, outputs: string[] = []) {
  const results: Outcome[] = [];
  for (const cmd of [["python3"], ["node", cli]]) {
    const dir = mkdtempSync(join(tmpdir(), "pygil-cli-"));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const r = spawnSync(cmd[0], [...cmd.slice(1), ...args], {
      cwd: dir, input: stdin, encoding: "utf-8", env: { ...process.env, COLUMNS: "80" },
    });
    const written: Record<string, string> = {};
    for (const name of outputs) written[name] = readFileSync(join(dir, name), "utf-8");
    results.push({ stdout: r.stdout, stderr: r.stderr, status: r.status, files: written });
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

const doc = '{"b": [1, 2.5, "\\u00e9x", {"k": []}], "a": {"z": null, "y": true}, "c": "\u00fc"}';

describe.skipIf(!hasPython)("python -m json.tool", () => {
  const cases: [string, string[], string][] = [
    ["default indent", [], doc],
    ["--sort-keys", ["--sort-keys"], doc],
    ["--indent 2", ["--indent", "2"], doc],
    ["--indent 0", ["--indent", "0"], doc],
    ["--tab", ["--tab"], doc],
    ["--no-indent", ["--no-indent"], doc],
    ["--compact", ["--compact"], doc],
    ["--no-ensure-ascii", ["--no-ensure-ascii"], doc],
    ["--json-lines", ["--json-lines", "--compact"], '{"a": 1}\n[2, 3]\n"s"\n'],
    ["--json-lines stops at a bad line", ["--json-lines"], '{"a": 1}\nbad\n[3]\n'],
    ["bad JSON", [], '{"a": [1, 2'],
    ["empty input", [], ""],
    ["mutually exclusive options", ["--tab", "--compact"], doc],
    ["bad --indent", ["--indent", "x"], doc],
    ["-h", ["-h"], ""],
    ["unknown option", ["--wide"], doc],
  ];
  for (const [name, args, stdin] of cases) {
    it(name, () => {
      const [cp, mine] = runBoth(["-m", "json.tool", ...args], stdin);
      expect(mine.stdout).toBe(cp.stdout);
      expect(mine.stderr).toBe(cp.stderr);
      expect(mine.status).toBe(cp.status);
    });
  }
  it("infile and outfile", () => {
    const [cp, mine] = runBoth(["-m", "json.tool", "--sort-keys", "in.json", "out.json"], "", { "in.json": doc }, ["out.json"]);
    expect(mine.files).toEqual(cp.files);
    expect(mine.stdout).toBe(cp.stdout);
    expect(mine.status).toBe(0);
  });
  it("a missing infile", () => {
    const [cp, mine] = runBoth(["-m", "json.tool", "missing.json"], "");
    expect(mine.stderr).toBe(cp.stderr);
    expect(mine.status).toBe(cp.status);
  });
});
