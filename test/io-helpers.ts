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
 *  or piece by piece when given as [delayMs, text] steps. */
export function runInTemp(script: string, stdin: string | [number, string][], env: Record<string, string>): Promise<TempRun> {
  const tmp = mkdtempSync(join(tmpdir(), "pygil-io-"));
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, script], { cwd: tmp, env: { ...process.env, ...env }, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8");
    child.stderr.setEncoding("utf8");
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", fail);
    child.on("close", (status) => done({ stdout, stderr, status, tmp }));
    if (typeof stdin === "string") child.stdin.end(stdin);
    else {
      let at = 0;
      for (const [delay, text] of stdin) {
        at += delay;
        setTimeout(() => child.stdin.write(text), at);
      }
      setTimeout(() => child.stdin.end(), at + 10);
    }
  });
}
