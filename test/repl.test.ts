// The REPL on a real terminal: pygil runs inside tmux (a pseudo-terminal), keys go in with
// send-keys and the screen comes back with capture-pane — what a person at a terminal sees.
// Needs tmux (Debian: apt-get install -y tmux; .ci/run installs it); without it these tests are
// skipped with a message saying so.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildCli } from "./cli-build.js";

const HAS_TMUX = spawnSync("tmux", ["-V"], { encoding: "utf8" }).status === 0;
const SOCKET = `pygil-repl-test-${process.pid}`;
const home = mkdtempSync(join(tmpdir(), "pygil-repl-home-"));
const HISTORY = join(home, "history");
let cli = "";
let sessions = 0;

function tmux(...args: string[]): string {
  const r = spawnSync("tmux", ["-L", SOCKET, "-f", "/dev/null", ...args], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`tmux ${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** One pygil REPL in its own tmux window. */
class Terminal {
  readonly name: string;

  constructor(args: string[] = []) {
    this.name = `s${++sessions}`;
    const env = [`HOME=${home}`, `PYGIL_HISTORY=${HISTORY}`, `PYGIL_CACHE_DIR=${join(home, "cache")}`, "TERM=xterm"];
    const cmd = `env -u PYTHONSTARTUP -u PYTHONINSPECT ${env.map(quote).join(" ")} ${quote(process.execPath)} ${quote(cli)} ${args.map(quote).join(" ")}; echo "[exit $?]"; sleep 600`;
    tmux("new-session", "-d", "-s", this.name, "-x", "100", "-y", "40", cmd);
  }

  /** Types text literally (no key names). */
  type(text: string): void {
    tmux("send-keys", "-t", this.name, "-l", text);
  }

  /** Presses keys by name: Enter, C-c, C-d, Tab, Up … */
  press(...keys: string[]): void {
    tmux("send-keys", "-t", this.name, ...keys);
  }

  /** Types a line and presses Enter. */
  line(text: string): void {
    if (text) this.type(text);
    this.press("Enter");
  }

  /** The screen and its scrollback, without trailing blank lines (tmux drops trailing spaces:
   *  a prompt reads ">>>"). */
  screen(): string {
    return tmux("capture-pane", "-p", "-J", "-S", "-200", "-t", this.name).replace(/\s+$/, "");
  }

  /** Waits until the screen matches (or fails showing what it shows). */
  async waitFor(want: RegExp | string | ((screen: string) => boolean), timeoutMs = 20_000): Promise<string> {
    const test = typeof want === "string" ? (s: string) => s.includes(want) : want instanceof RegExp ? (s: string) => want.test(s) : want;
    const start = Date.now();
    for (;;) {
      const s = this.screen();
      if (test(s)) return s;
      if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${String(want)}; the screen shows:\n${s}`);
      await sleep(100);
    }
  }

  /** Waits until the screen has shown `count` primary prompts and ends with one. */
  prompt(count: number): Promise<string> {
    return this.waitFor((s) => (s.match(/^>>>/gm) ?? []).length >= count && /(^|\n)>>> ?$/.test(s));
  }

  close(): void {
    try {
      tmux("kill-session", "-t", this.name);
    } catch {
      // already gone
    }
  }
}

if (!HAS_TMUX) {
  console.warn("test/repl.test.ts: tmux is not installed, the REPL terminal tests are skipped (apt-get install -y tmux)");
  describe("REPL on a terminal", () => {
    it.skip("skipped: tmux is not installed (apt-get install -y tmux)", () => {});
  });
}

describe.skipIf(!HAS_TMUX)("REPL on a terminal (tmux)", () => {
  beforeAll(async () => {
    cli = await buildCli();
    // a session that lives through the tests: the tmux server never exits between them
    tmux("new-session", "-d", "-s", "keeper", "sleep 3600");
  }, 120_000);

  afterAll(() => {
    try {
      tmux("kill-server");
    } catch {
      // no server left
    }
  });

  it("shows the banner, runs a multi-line def and a call, echoes results and keeps _", async () => {
    const t = new Terminal();
    try {
      await t.waitFor(/^Python 3\.11\.\d+ \(pygil .*\n.*"help", "copyright", "credits" or "license" for more information\.\n>>>$/m);
      t.line("def double(x):");
      await t.waitFor(/\.\.\.$/);
      t.line("    return x * 2");
      t.line("");
      await t.prompt(2);
      t.line("double(21)");
      await t.waitFor(/>>> double\(21\)\n42\n>>>$/);
      t.line("_ + 1");
      await t.waitFor(/>>> _ \+ 1\n43\n>>>$/);
      t.line("None");
      const s = await t.waitFor(/>>> None\n>>>$/);
      // (a blank "... " line may keep its space on the screen)
      expect(s).toMatch(/>>> def double\(x\):\n\.\.\.     return x \* 2\n\.\.\. ?\n>>> double\(21\)\n42\n/);
    } finally {
      t.close();
    }
  });

  it("prints a traceback and goes on with a working prompt", async () => {
    const t = new Terminal();
    try {
      await t.prompt(1);
      t.line("1/0");
      await t.waitFor(
        'Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nZeroDivisionError: division by zero\n>>>',
      );
      t.line("print('still alive')");
      await t.waitFor(/still alive\n>>>$/);
      t.line("1 +");
      await t.waitFor('  File "<stdin>", line 1\n    1 +\n       ^\nSyntaxError: invalid syntax\n>>>');
    } finally {
      t.close();
    }
  });

  it("keeps background threads running while the prompt waits, their output above the typed line", async () => {
    const t = new Terminal(["-q"]);
    try {
      await t.prompt(1);
      t.line("import threading, time");
      t.line("def ticker():");
      t.line("    for i in range(5):");
      t.line("        time.sleep(0.3); print('tick', i)");
      t.line("");
      await t.prompt(2);
      t.line("threading.Thread(target=ticker).start()");
      t.type("abc");
      const s = await t.waitFor(/tick 4\n>>> abc$/);
      expect(s).toMatch(/tick 0\ntick 1\ntick 2\ntick 3\ntick 4\n>>> abc$/);
      expect(s).not.toContain("abctick");
      // the line being typed is still there to finish
      t.press("Enter");
      await t.waitFor("NameError: name 'abc' is not defined");
    } finally {
      t.close();
    }
  });

  it("Ctrl-C stops `while True: pass` with KeyboardInterrupt and returns to the prompt", async () => {
    const t = new Terminal(["-q"]);
    try {
      await t.prompt(1);
      t.line("while True: pass");
      t.line("");
      await t.waitFor(/while True: pass\n\.\.\.\s*$/);
      await sleep(500);
      t.press("C-c");
      await t.waitFor('Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nKeyboardInterrupt\n>>>');
      t.line("print('after')");
      await t.waitFor(/after\n>>>$/);
      // Ctrl-C at the prompt drops the line
      t.type("never run");
      t.press("C-c");
      await t.waitFor(/never run\nKeyboardInterrupt\n>>>$/);
      t.line("time_is_fine = 1");
      await t.prompt(4);
    } finally {
      t.close();
    }
  });

  it("Ctrl-C interrupts time.sleep; input() reads at the terminal, Ctrl-D there is EOFError", async () => {
    const t = new Terminal(["-q"]);
    try {
      await t.prompt(1);
      t.line("import time; time.sleep(60)");
      await sleep(500);
      t.press("C-c");
      await t.waitFor("KeyboardInterrupt\n>>>");
      t.line("input('name? ')");
      await t.waitFor(/name\?$/);
      t.line("Ada");
      await t.waitFor(/'Ada'\n>>>$/);
      // Ctrl-D in input(): EOFError, and the session (and the next input()) go on
      t.line("input('again? ')");
      await t.waitFor(/again\?$/);
      t.press("C-d");
      await t.waitFor("EOFError: EOF when reading a line\n>>>");
      t.line("input('once more? ')");
      await t.waitFor(/once more\?$/);
      t.line("Grace");
      await t.waitFor(/'Grace'\n>>>$/);
    } finally {
      t.close();
    }
  });

  it("completes names and attributes with Tab", async () => {
    const t = new Terminal(["-q"]);
    try {
      await t.prompt(1);
      t.line("import threading");
      await t.prompt(2);
      t.type("threading.Cond");
      t.press("Tab");
      await t.waitFor(/>>> threading\.Condition\($/);
      t.press("C-u");
      t.type("pri");
      t.press("Tab");
      await t.waitFor(/>>> print\($/);
      t.type("'done')");
      t.press("Enter");
      await t.waitFor(/done\n>>>$/);
    } finally {
      t.close();
    }
  });

  it("leaves with Ctrl-D (status 0), keeps history in the history file for the next session", async () => {
    const t = new Terminal(["-q"]);
    try {
      await t.prompt(1);
      t.line("remembered = 'from the last session'");
      await t.prompt(2);
      t.press("C-d");
      await t.waitFor("[exit 0]");
    } finally {
      t.close();
    }
    expect(readFileSync(HISTORY, "utf8")).toContain("remembered = 'from the last session'\n");
    const t2 = new Terminal(["-q"]);
    try {
      await t2.prompt(1);
      t2.press("Up");
      await t2.waitFor(/>>> remembered = 'from the last session'$/);
      t2.press("C-u");
      t2.line("exit()");
      await t2.waitFor("[exit 0]");
    } finally {
      t2.close();
    }
  });

  it("runs pasted code: a block without a blank line after it, a class with blank lines inside", async () => {
    const t = new Terminal(["-q"]);
    try {
      await t.prompt(1);
      tmux("set-buffer", "-b", "paste", "def three():\n    return 3\nprint(three() * 5)\n");
      tmux("paste-buffer", "-b", "paste", "-t", t.name);
      await t.waitFor(/15\n>>>$/);
      tmux("set-buffer", "-b", "paste", "class A:\n    def f(self):\n        return 1\n\n    def g(self):\n        return 2\n\nprint(A().f() + A().g())\n");
      tmux("paste-buffer", "-b", "paste", "-t", t.name);
      await t.waitFor(/\n3\n>>>$/);
    } finally {
      t.close();
    }
  });

  it("-i opens the REPL after a script, also after its exception", async () => {
    const t = new Terminal(["-i", "-c", "x = 6\n1/0"]);
    try {
      await t.waitFor("ZeroDivisionError: division by zero\n>>>");
      t.line("x * 7");
      await t.waitFor(/42\n>>>$/);
      t.line("quit()");
      await t.waitFor("[exit 0]");
    } finally {
      t.close();
    }
  });
});
