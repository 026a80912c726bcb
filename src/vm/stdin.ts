// Line reading from the process's standard input, for input(). One shared reader so that
// buffered data isn't lost between calls.
import { createInterface, type Interface } from "node:readline";

let rl: Interface | null = null;
const lines: string[] = [];
const waiters: ((line: string | null) => void)[] = [];
let closed = false;

function ensure(): void {
  if (rl) return;
  rl = createInterface({ input: process.stdin, terminal: false });
  rl.on("line", (l) => {
    const w = waiters.shift();
    if (w) w(l);
    else lines.push(l);
  });
  rl.on("close", () => {
    closed = true;
    for (const w of waiters.splice(0)) w(null);
  });
}

export function readStdinLine(): Promise<string | null> {
  ensure();
  const l = lines.shift();
  if (l !== undefined) return Promise.resolve(l);
  if (closed) return Promise.resolve(null);
  return new Promise((resolve) => {
    waiters.push((line) => {
      if (waiters.length === 0 && lines.length === 0) rl?.pause();
      resolve(line);
    });
    rl?.resume();
  });
}
