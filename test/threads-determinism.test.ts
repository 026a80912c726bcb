// --schedule-seed makes an interleaving reproducible: examples/race_condition.py (an unlocked
// counter) loses the same number of updates on every run with one seed. --virtual-time makes
// sleeps free while keeping their order and the clocks' readings.
import { describe, expect, it } from "vitest";
import { resolve } from "node:path";
import { runCli } from "./threads-helpers.js";

const ROOT = resolve(__dirname, "..");
const RACE = resolve(ROOT, "examples", "race_condition.py");

function lost(stdout: string): number {
  const m = /^lost updates: (\d+)$/m.exec(stdout);
  if (!m) throw new Error(`unexpected output: ${stdout}`);
  return Number(m[1]);
}

describe("--schedule-seed", () => {
  it("an unlocked counter loses the same updates twice with one seed", async () => {
    const a = await runCli(["--schedule-seed", "42", RACE]);
    const b = await runCli(["--schedule-seed", "42", RACE]);
    expect(a.stderr).toBe("");
    expect(lost(a.stdout)).toBeGreaterThan(0);
    expect(b.stdout).toBe(a.stdout);
  }, 0);

  it("another seed gives another interleaving, reproducibly too", async () => {
    const a = await runCli(["--schedule-seed", "7", RACE]);
    const b = await runCli(["--schedule-seed", "7", RACE]);
    const c = await runCli(["--schedule-seed", "42", RACE]);
    expect(b.stdout).toBe(a.stdout);
    expect(lost(a.stdout)).not.toBe(lost(c.stdout));
  }, 0);

  it("the counted clock is part of the determinism: time readings repeat", async () => {
    const prog = [
      "import threading, time",
      "marks = []",
      "def work(i):",
      "    n = 0",
      "    for _ in range(20000): n += 1",
      "    marks.append((i, time.monotonic()))",
      "ts = [threading.Thread(target=work, args=(i,)) for i in range(3)]",
      "for t in ts: t.start()",
      "for t in ts: t.join()",
      "print(marks)",
    ].join("\n");
    const a = await runCli(["--schedule-seed", "3", "-c", prog]);
    const b = await runCli(["--schedule-seed", "3", "-c", prog]);
    expect(a.stderr).toBe("");
    expect(b.stdout).toBe(a.stdout);
  }, 0);
});

describe("--virtual-time", () => {
  it("a day of sleeping threads: wake-up order and clock readings as in real time", async () => {
    const r = await runCli(["--virtual-time", resolve(__dirname, "threads-cases", "virtual_time.py")]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("[('b', 60), ('a', 3600), ('c', 86400)]\nelapsed 86400 86400 True\n");
    expect(r.code).toBe(0);
  }, 0);
});
