// Helpers the benchmark modules share: running processes and timing them.
import { spawnSync } from "node:child_process";

/** Runs a command to completion; returns { status, stdout, stderr, seconds, timedOut }. */
export function timedRun(cmd, args, options = {}) {
  const start = process.hrtime.bigint();
  const proc = spawnSync(cmd, args, {
    encoding: "utf8",
    maxBuffer: 1 << 28,
    timeout: options.timeout ?? 120_000,
    cwd: options.cwd,
    input: options.input ?? "",
    env: { ...process.env, ...(options.env ?? {}) },
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return {
    status: proc.status,
    stdout: proc.stdout ?? "",
    stderr: proc.stderr ?? "",
    seconds,
    timedOut: proc.error?.code === "ETIMEDOUT" || proc.signal === "SIGTERM",
  };
}

/** The fastest of `runs` calls of fn (which returns seconds, or throws). */
export async function best(runs, fn) {
  let min = Infinity;
  for (let i = 0; i < runs; i++) min = Math.min(min, await fn());
  return min;
}

/** The python3 the expected outputs come from. */
export const PYTHON = process.env.PYTHON ?? "python3";
