// The end of a program: the process exits when the main thread is done (after joining the
// non-daemon threads), whatever daemon threads still wait for — here input() on a stdin that
// stays open.
import { describe, expect, it } from "vitest";
import { resolve } from "node:path";
import { runCli } from "./threads-helpers.js";

const DIR = resolve(__dirname, "threads-cases");

describe("program end", () => {
  it("a daemon thread waiting for input does not keep the process alive", async () => {
    const r = await runCli([`${DIR}/daemon_input.py`], { cwd: DIR, openStdin: true });
    expect(r.stdout).toBe("main ends\n");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  }, 0);
});
