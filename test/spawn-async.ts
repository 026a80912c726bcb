// Runs a child process to its end without blocking the test worker's event loop (spawnSync
// would: a file of many synchronous runs starves vitest's worker RPC, which then times out).
import { spawn } from "node:child_process";

export interface ProcessResult {
  stdout: string;
  stderr: string;
  /** Exit status, or null when a signal (or the timeout) ended the process. */
  status: number | null;
}

export interface ProcessOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Written to the child's stdin, which is then closed (empty when not given). */
  input?: string;
  /** Killed with SIGKILL after this long. */
  timeoutMs?: number;
}

export function runProcess(command: string, args: string[], opts: ProcessOptions = {}): Promise<ProcessResult> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = opts.timeoutMs ? setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs) : null;
    child.on("error", fail);
    child.on("close", (status) => {
      if (timer) clearTimeout(timer);
      done({ stdout, stderr, status });
    });
    // a child that exits without reading its stdin must not fail the run (EPIPE)
    child.stdin.on("error", () => {});
    child.stdin.end(opts.input ?? "");
  });
}
