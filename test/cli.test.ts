// The `pygil` command line against python3's: each case of test/cli/expected.json (made by
// scripts/gen-cli-expected.py from python3 3.11 runs) runs the built CLI with the same arguments
// and stdin in test/cli/fixtures, and must print the same stdout and stderr and exit with the
// same status. Every case runs twice: with an empty compiled-code cache and with a warm one.
import { beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildCli, cliEnv } from "./cli-build.js";
import { runProcess } from "./spawn-async.js";

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

async function run(args: string[], stdin: string | null, env = cliEnv(home)) {
  const p = await runProcess(process.execPath, [cli, ...args], { cwd: DIR, input: stdin ?? "", env, timeoutMs: 30_000 });
  const norm = (s: string) => s.split(DIR).join("<DIR>");
  return { stdout: norm(p.stdout), stderr: norm(p.stderr), status: p.status };
}

describe("pygil's command line answers as python3's", () => {
  for (const round of ["cold cache", "warm cache"]) {
    for (const c of cases) {
      it(`${c.name} (${round})`, async () => {
        const got = await run(c.args, c.stdin);
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
  it("-h lists python3's options and pygil's", async () => {
    const got = await run(["-h"], null);
    expect(got.status).toBe(0);
    expect(got.stdout).toMatch(/^usage: pygil \[option\] \.\.\. \[-c cmd \| -m mod \| file \| -\] \[arg\] \.\.\./);
    for (const flag of ["-c cmd", "-m mod", "-i ", "--ast", "--dis", "--virtual-time", "--schedule-seed N", "--switch-interval S"]) {
      expect(got.stdout).toContain(flag);
    }
  });

  it("-VV names pygil and Node", async () => {
    const got = await run(["-VV"], null);
    expect(got.stdout).toMatch(/^Python 3\.11\.\d+ \(pygil [\d.]+\) \[Node v\d+/);
  });

  it("--ast prints ast.dump's text, for -c too", async () => {
    const got = await run(["--ast", "-c", "x = 1"], null);
    expect(got.stdout).toBe("Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])\n");
  });

  it("--dis disassembles", async () => {
    const got = await run(["--dis", "hello.py"], null);
    expect(got.status).toBe(0);
    expect(got.stdout).toContain("LOAD_NAME");
  });

  it("--switch-interval sets sys.getswitchinterval()", async () => {
    const got = await run(["--switch-interval", "0.25", "-c", "import sys; print(sys.getswitchinterval())"], null);
    expect(got.stdout).toBe("0.25\n");
  });

  it("--virtual-time finishes long sleeps at once", async () => {
    const got = await run(["--virtual-time", "-c", "import time; t = time.time(); time.sleep(3600); print(round(time.time() - t))"], null);
    expect(got.stdout).toBe("3600\n");
  });

  it("rejects a bad --schedule-seed with usage and status 2", async () => {
    const got = await run(["--schedule-seed", "x", "-c", "pass"], null);
    expect(got.status).toBe(2);
    expect(got.stderr).toContain("usage: pygil");
  });

  it("PYTHONPATH entries come after the script's directory; -E ignores them", async () => {
    const code = "import sys; print(sys.path[1] if len(sys.path) > 1 else None)";
    expect((await run(["-c", code], null, cliEnv(home, { PYTHONPATH: "/tmp/extra" }))).stdout).toBe("/tmp/extra\n");
    expect((await run(["-E", "-c", code], null, cliEnv(home, { PYTHONPATH: "/tmp/extra" }))).stdout).not.toBe("/tmp/extra\n");
  });

  it("works without the compiled-code cache (PYGIL_NO_CACHE=1) and with -B", async () => {
    expect((await run(["-c", "print(6 * 7)"], null, cliEnv(home, { PYGIL_NO_CACHE: "1" }))).stdout).toBe("42\n");
    expect((await run(["-B", "-c", "print(6 * 7)"], null)).stdout).toBe("42\n");
  });
});
