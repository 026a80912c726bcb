// Running the built CLI (dist/cli.js) as a child process, for the thread tests.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";

export const CLI = resolve(__dirname, "..", "dist", "cli.js");

export interface CliResult {
  stdout: string;
  stderr: string;
  /** Exit status, or null when a signal ended the process. */
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface CliOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** Give the child a stdin pipe that stays open (never written, never closed) until it ends. */
  openStdin?: boolean;
  /** Called with the stdout seen so far, each time more arrives; gets the child process. */
  onStdout?: (text: string, child: ReturnType<typeof spawn>) => void;
}

/** Runs `node dist/cli.js ARGS…` to its end. */
export function runCli(args: string[], opts: CliOptions = {}): Promise<CliResult> {
  if (!existsSync(CLI)) throw new Error("dist/cli.js is missing: run `npm run build` first");
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: opts.cwd,
      env: { ...process.env, ...(opts.env ?? {}) },
      stdio: [opts.openStdin ? "pipe" : "ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout!.on("data", (d) => {
      stdout += d;
      opts.onStdout?.(stdout, child);
    });
    child.stderr!.on("data", (d) => (stderr += d));
    child.on("error", fail);
    child.on("close", (code, signal) => done({ stdout, stderr, code, signal }));
  });
}
