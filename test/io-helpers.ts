// Running a Python file under the built CLI in a fresh temporary directory (its cwd), with text
// on standard input and extra environment variables — for the io and http tests.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI } from "./threads-helpers.js";

export interface TempRun {
  stdout: string;
  stderr: string;
  status: number | null;
  /** The temporary directory the program ran in (the caller removes it). */
  tmp: string;
}

/** Runs `node dist/cli.js script` in a new temp dir; `stdin` is written (then closed) at once,
 *  or piece by piece when given as [delayMs, text] steps — timed from when stdout first shows
 *  `startMarker` when one is given (so start-up time doesn't eat into the delays). */
export function runInTemp(script: string, stdin: string | [number, string][], env: Record<string, string>, startMarker?: string): Promise<TempRun> {
  const tmp = mkdtempSync(join(tmpdir(), "pygil-io-"));
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, script], { cwd: tmp, env: { ...process.env, ...env }, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8");
    child.stderr.setEncoding("utf8");
    let started = false;
    const feed = (steps: [number, string][]) => {
      let at = 0;
      for (const [delay, text] of steps) {
        at += delay;
        setTimeout(() => child.stdin.write(text), at);
      }
      setTimeout(() => child.stdin.end(), at + 10);
    };
    child.stdout.on("data", (d) => {
      stdout += d;
      if (!started && startMarker !== undefined && typeof stdin !== "string" && stdout.includes(startMarker)) {
        started = true;
        feed(stdin);
      }
    });
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", fail);
    child.on("close", (status) => done({ stdout, stderr, status, tmp }));
    if (typeof stdin === "string") child.stdin.end(stdin);
    else if (startMarker === undefined) feed(stdin);
  });
}
