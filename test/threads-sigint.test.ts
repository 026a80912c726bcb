// Ctrl-C through a real child process: SIGINT raises KeyboardInterrupt in the main thread, also
// while it waits in join, sleep or acquire, or computes beside other threads; at the end of the
// program it interrupts threading._shutdown() (reported as CPython reports it); after an
// uncaught KeyboardInterrupt a second Ctrl-C during shutdown ends the program.
import { describe, expect, it } from "vitest";
import { resolve } from "node:path";
import { runCli } from "./threads-helpers.js";

const DIR = resolve(__dirname, "threads-cases");

/** Runs a case, sending SIGINT a little after each new line of stdout matching `cue`. */
function runInterrupting(name: string, cue: RegExp, extra: (child: { kill(sig: NodeJS.Signals): boolean }) => void = () => {}) {
  let sent = 0;
  return runCli([`${DIR}/${name}.py`], {
    cwd: DIR,
    onStdout: (text, child) => {
      const n = text.split("\n").filter((l) => cue.test(l)).length;
      while (sent < n) {
        sent++;
        // the program is parked (or computing) a moment after it says so
        setTimeout(() => child.kill("SIGINT"), 150);
        extra(child);
      }
    },
  });
}

describe("Ctrl-C", () => {
  it("interrupts join, sleep and acquire in the main thread", async () => {
    const r = await runInterrupting("sigint_wait", /^waiting/);
    expect(r.stdout).toBe(
      [
        "waiting in join",
        "KeyboardInterrupt in join",
        "waiting in sleep",
        "KeyboardInterrupt in sleep",
        "waiting in acquire",
        "KeyboardInterrupt in acquire",
        "waiting uncaught",
        "",
      ].join("\n"),
    );
    // uncaught: the traceback, and the status a shell shows for a SIGINT death
    expect(r.stderr).toMatch(/^Traceback \(most recent call last\):\n {2}File ".*sigint_wait\.py", line 23, in <module>\n {4}t\.join\(\)\n[\s\S]*\nKeyboardInterrupt\n$/);
    expect(r.code).toBe(130);
  }, 0);

  it("interrupts the main thread while it and two other threads compute", async () => {
    const r = await runInterrupting("sigint_busy", /^computing/);
    expect(r.stdout).toBe("computing\nKeyboardInterrupt while computing\ndone\n");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  }, 0);

  it("interrupts threading._shutdown() at the end of the program", async () => {
    const r = await runInterrupting("sigint_shutdown", /^main done/);
    expect(r.stdout).toBe("main done\n");
    expect(r.stderr).toMatch(/^Exception ignored in: <module 'threading' from '.*threading\.py'>\nTraceback \(most recent call last\):\n/);
    expect(r.stderr.endsWith("\nKeyboardInterrupt: \n")).toBe(true);
    expect(r.code).toBe(0);
  }, 0);

  it("a second Ctrl-C during shutdown ends the program", async () => {
    const r = await runInterrupting("sigint_twice", /^waiting/, (child) => {
      setTimeout(() => child.kill("SIGINT"), 600);
    });
    expect(r.stdout).toBe("waiting\n");
    expect(r.stderr).toMatch(/^Traceback[\s\S]*\nKeyboardInterrupt\nException ignored in: <module 'threading'[\s\S]*\nKeyboardInterrupt: \n$/);
    expect(r.code).toBe(130);
  }, 0);
});
