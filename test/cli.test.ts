// The `pygil` command line against python3's: each case of test/cli/expected.json (made by
// scripts/gen-cli-expected.py from python3 3.11 runs) runs the built CLI with the same arguments
// and stdin in test/cli/fixtures, and must print the same stdout and stderr and exit with the
// same status. Every case runs twice: with an empty compiled-code cache and with a warm one.
import { beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildCli, cliEnv } from "./cli-build.js";

interface Case {
  name: string;
  args: string[];
  stdin: string | null;
  stdout: string;
  stderr: string;
  status: number;
}

const DIR = resolve(__dirname, "cli", "fixtures");
const cases: Case[] = JSON.parse(readFileSync(resolve(__dirname, "cli", "expected.json"), "utf8"));
let cli = "";
const home = mkdtempSync(join(tmpdir(), "pygil-cli-home-"));

beforeAll(async () => {
  cli = await buildCli();
}, 120_000);

function run(args: string[], stdin: string | null, env = cliEnv(home)) {
  const p = spawnSync(process.execPath, [cli, ...args], { cwd: DIR, input: stdin ?? "", env, encoding: "utf8", timeout: 30_000 });
  const norm = (s: string) => s.split(DIR).join("<DIR>");
  return { stdout: norm(p.stdout), stderr: norm(p.stderr), status: p.status };
}

describe("pygil's command line answers as python3's", () => {
  for (const round of ["cold cache", "warm cache"]) {
    for (const c of cases) {
      it(`${c.name} (${round})`, () => {
        const got = run(c.args, c.stdin);
        expect({ stdout: got.stdout, stderr: got.stderr, status: got.status }).toEqual({
          stdout: c.stdout,
          stderr: c.stderr,
          status: c.status,
        });
      });
    }
  }
});

describe("pygil's own command-line behaviour", () => {
  it("-h lists python3's options and pygil's", () => {
    const got = run(["-h"], null);
    expect(got.status).toBe(0);
    expect(got.stdout).toMatch(/^usage: pygil \[option\] \.\.\. \[-c cmd \| -m mod \| file \| -\] \[arg\] \.\.\./);
    for (const flag of ["-c cmd", "-m mod", "-i ", "--ast", "--dis", "--virtual-time", "--schedule-seed N", "--switch-interval S"]) {
      expect(got.stdout).toContain(flag);
    }
  });

  it("-VV names pygil and Node", () => {
    const got = run(["-VV"], null);
    expect(got.stdout).toMatch(/^Python 3\.11\.\d+ \(pygil [\d.]+\) \[Node v\d+/);
  });

  it("--ast prints ast.dump's text, for -c too", () => {
    const got = run(["--ast", "-c", "x = 1"], null);
    expect(got.stdout).toBe("Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])\n");
  });

  it("--dis disassembles", () => {
    const got = run(["--dis", "hello.py"], null);
    expect(got.status).toBe(0);
    expect(got.stdout).toContain("LOAD_NAME");
  });

  it("--switch-interval sets sys.getswitchinterval()", () => {
    const got = run(["--switch-interval", "0.25", "-c", "import sys; print(sys.getswitchinterval())"], null);
    expect(got.stdout).toBe("0.25\n");
  });

  it("--virtual-time finishes long sleeps at once", () => {
    const got = run(["--virtual-time", "-c", "import time; t = time.time(); time.sleep(3600); print(round(time.time() - t))"], null);
    expect(got.stdout).toBe("3600\n");
  });

  it("rejects a bad --schedule-seed with usage and status 2", () => {
    const got = run(["--schedule-seed", "x", "-c", "pass"], null);
    expect(got.status).toBe(2);
    expect(got.stderr).toContain("usage: pygil");
  });

  it("PYTHONPATH entries come after the script's directory; -E ignores them", () => {
    const code = "import sys; print(sys.path[1] if len(sys.path) > 1 else None)";
    expect(run(["-c", code], null, cliEnv(home, { PYTHONPATH: "/tmp/extra" })).stdout).toBe("/tmp/extra\n");
    expect(run(["-E", "-c", code], null, cliEnv(home, { PYTHONPATH: "/tmp/extra" })).stdout).not.toBe("/tmp/extra\n");
  });

  it("works without the compiled-code cache (PYGIL_NO_CACHE=1) and with -B", () => {
    expect(run(["-c", "print(6 * 7)"], null, cliEnv(home, { PYGIL_NO_CACHE: "1" })).stdout).toBe("42\n");
    expect(run(["-B", "-c", "print(6 * 7)"], null).stdout).toBe("42\n");
  });
});
