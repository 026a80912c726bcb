// Command-line entry points of standard modules (`-m json.tool`): pygil and CPython are run
// with the same arguments and stdin in a temp directory; stdout, stderr and status must agree.
import { describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// each case starts python3 and pygil; the machine may be busy
const SLOW = 30000;

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
    }, SLOW);
  }
  it("infile and outfile", () => {
    const [cp, mine] = runBoth(["-m", "json.tool", "--sort-keys", "in.json", "out.json"], "", { "in.json": doc }, ["out.json"]);
    expect(mine.files).toEqual(cp.files);
    expect(mine.stdout).toBe(cp.stdout);
    expect(mine.status).toBe(0);
  }, SLOW);
  it("a missing infile", () => {
    const [cp, mine] = runBoth(["-m", "json.tool", "missing.json"], "");
    expect(mine.stderr).toBe(cp.stderr);
    expect(mine.status).toBe(cp.status);
  }, SLOW);
});

/** Runs a script, sends `signals` (one after each complete "ready" line it prints), collects the outcome. */
function runSignalled(cmd: string[], script: string, signals: NodeJS.Signals[]): Promise<{ stdout: string; stderr: string; status: number | null; signal: string | null }> {
  return new Promise((resolve) => {
    const dir = mkdtempSync(join(tmpdir(), "pygil-sig-"));
    const file = join(dir, "prog.py");
    writeFileSync(file, script);
    const p = spawn(cmd[0], [...cmd.slice(1), file], { cwd: dir });
    let stdout = "";
    let stderr = "";
    let sent = 0;
    p.stdout.on("data", (b: Buffer) => {
      stdout += b.toString();
      const ready = stdout.split("ready\n").length - 1;
      while (sent < ready && sent < signals.length) p.kill(signals[sent++]);
    });
    p.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
    p.on("close", (status, signal) => {
      rmSync(dir, { recursive: true, force: true });
      resolve({ stdout, stderr, status, signal });
    });
  });
}

describe.skipIf(!hasPython)("signals sent to the process", () => {
  const cases: [string, string, NodeJS.Signals[]][] = [
    [
      "a Python SIGINT handler replaces KeyboardInterrupt",
      `import signal, sys, time
def on_int(signum, frame):
    print('got', signal.Signals(signum).name, flush=True)
    sys.exit(4)
signal.signal(signal.SIGINT, on_int)
print('ready', flush=True)
while True:
    time.sleep(0.05)
`,
      ["SIGINT"],
    ],
    [
      "SIGTERM handler runs while the main thread computes, twice",
      `import signal, time
hits = []
def on_term(signum, frame):
    hits.append(signum)
    print('handled', len(hits), flush=True)
    if len(hits) == 1:
        print('ready', flush=True)
signal.signal(signal.SIGTERM, on_term)
print('ready', flush=True)
n = 0
while len(hits) < 2:
    n += 1
print('done', hits)
`,
      ["SIGTERM", "SIGTERM"],
    ],
    [
      "SIG_IGN for SIGINT, then the default SIGTERM ends the process",
      `import signal, time
signal.signal(signal.SIGINT, signal.SIG_IGN)
print('ready', flush=True)
time.sleep(0.5)
print('still here', flush=True)
print('ready', flush=True)
time.sleep(30)
`,
      ["SIGINT", "SIGTERM"],
    ],
    [
      "a handler's exception interrupts a blocking join",
      `import signal, threading, time
class Stop(Exception):
    pass
def on_usr1(signum, frame):
    raise Stop('stop')
signal.signal(signal.SIGUSR2, on_usr1)
def worker():
    # 'ready' (the cue for the signal) comes once the main thread is surely inside join()
    time.sleep(0.3)
    print('ready', flush=True)
    time.sleep(3)
t = threading.Thread(target=worker, daemon=True)
t.start()
try:
    t.join()
except Stop as e:
    print('join interrupted:', e)
`,
      ["SIGUSR2"],
    ],
  ];
  for (const [name, script, signals] of cases) {
    it(name, async () => {
      const [cp, mine] = await Promise.all([runSignalled(["python3"], script, signals), runSignalled(["node", cli], script, signals)]);
      expect(mine.stdout).toBe(cp.stdout);
      expect(mine.stderr).toBe(cp.stderr);
      expect(mine.status).toBe(cp.status);
      expect(mine.signal).toBe(cp.signal);
    }, SLOW);
  }
});

describe.skipIf(!hasPython)("argparse reading sys.argv", () => {
  const script = `import argparse
parser = argparse.ArgumentParser(description='Count words in files.')
parser.add_argument('files', nargs='+', help='files to read')
parser.add_argument('-n', '--top', type=int, default=3, help='how many words (default: %(default)s)')
parser.add_argument('--lower', action='store_true', help='fold case')
args = parser.parse_args()
print(args)
`;
  const cases: [string, string[]][] = [
    ["parsed", ["a.txt", "b.txt", "-n", "5", "--lower"]],
    ["-h", ["-h"]],
    ["--help after a file", ["a.txt", "--help"]],
    ["missing positional", []],
    ["bad int", ["a.txt", "-n", "many"]],
    ["unknown option", ["a.txt", "--upper"]],
    ["abbreviated option", ["a.txt", "--low", "--to=1"]],
  ];
  for (const [name, args] of cases) {
    it(name, () => {
      const [cp, mine] = runBoth(["prog.py", ...args], "", { "prog.py": script });
      expect(mine.stdout).toBe(cp.stdout);
      expect(mine.stderr).toBe(cp.stderr);
      expect(mine.status).toBe(cp.status);
    }, SLOW);
  }
});
