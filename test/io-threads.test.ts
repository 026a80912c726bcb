// Blocking reads park only their thread: input() on a pipe that delivers lines slowly while
// another thread keeps printing; a thread waiting on stdin while others do file work; EOF.
import { describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInTemp } from "./io-helpers.js";

async function run(source: string, stdin: string | [number, string][], startMarker?: string) {
  const dir = mkdtempSync(join(tmpdir(), "pygil-io-src-"));
  const file = join(dir, "prog.py");
  writeFileSync(file, source);
  const r = await runInTemp(file, stdin, {}, startMarker);
  rmSync(dir, { recursive: true, force: true });
  rmSync(r.tmp, { recursive: true, force: true });
  return r;
}

describe("input() and sys.stdin with threads", () => {
  it("input() waits for a slow pipe while another thread keeps printing", async () => {
    const r = await run(
      `
import threading, time
stop = threading.Event()
def ticker():
    n = 0
    while not stop.is_set():
        print('tick', n)
        n += 1
        time.sleep(0.03)
t = threading.Thread(target=ticker)
t.start()
names = []
while True:
    try:
        names.append(input('name? '))
        print('got', names[-1])
    except EOFError:
        break
stop.set()
t.join()
print('names', names)
`,
      [[400, "alice\n"], [400, "bob\n"]],
      "tick 0",
    );
    expect(r.stderr).toBe("");
    const lines = r.stdout.split("\n");
    // the third input() hits EOF after printing its prompt (a tick may come between), as under CPython
    expect(r.stdout.endsWith("names ['alice', 'bob']\n")).toBe(true);
    const gotAlice = lines.findIndex((l) => l.endsWith("got alice"));
    const gotBob = lines.findIndex((l) => l.endsWith("got bob"));
    expect(gotAlice).toBeGreaterThan(0);
    expect(gotBob).toBeGreaterThan(gotAlice);
    // the ticker ran while input() waited: ticks before the first line and between the two
    const ticksBefore = lines.slice(0, gotAlice).filter((l) => l.includes("tick")).length;
    const ticksBetween = lines.slice(gotAlice, gotBob).filter((l) => l.includes("tick")).length;
    expect(ticksBefore).toBeGreaterThanOrEqual(3);
    expect(ticksBetween).toBeGreaterThanOrEqual(3);
    // each print came out whole
    for (const l of lines.filter((l) => l.includes("tick"))) expect(l).toMatch(/^(name\? )*tick \d+$/);
  }, 30000);

  it("a thread blocked on stdin lets the others finish their file work", async () => {
    const r = await run(
      `
import sys, threading, time
order = []
def reader():
    data = sys.stdin.read()
    order.append(('read', data))
def writer(i):
    with open(f'f{i}.txt', 'w') as f:
        f.write('x' * 100000)
    with open(f'f{i}.txt') as f:
        order.append(('file', i, len(f.read())))
rt = threading.Thread(target=reader)
rt.start()
ws = [threading.Thread(target=writer, args=(i,)) for i in range(4)]
for w in ws: w.start()
for w in ws: w.join()
print('files done first:', [o[0] for o in order] == ['file'] * 4)
rt.join()
print(order[-1])
`,
      [[500, "late "], [100, "data"]],
      "",
    );
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("files done first: True\n('read', 'late data')\n");
  }, 30000);

  it("sys.stdin line iteration in a thread, EOF ends it, input() after EOF raises EOFError", async () => {
    const r = await run(
      `
import sys, threading
lines = []
def consume():
    for line in sys.stdin:
        lines.append(line.rstrip('\\n'))
t = threading.Thread(target=consume)
t.start(); t.join()
print(lines)
try:
    input()
except EOFError as e:
    print('EOFError:', e)
`,
      [[50, "one\ntw"], [100, "o\nthree"]],
    );
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("['one', 'two', 'three']\nEOFError: EOF when reading a line\n");
  }, 30000);

  it("an uncaught EOFError from input() prints CPython's traceback", async () => {
    const r = await run("x = input('prompt: ')\n", "");
    expect(r.stdout).toBe("prompt: ");
    expect(r.stderr).toMatch(/Traceback \(most recent call last\):\n {2}File ".*prog\.py", line 1, in <module>\n {4}x = input\('prompt: '\)\n {8}\^+\nEOFError: EOF when reading a line\n$/);
    expect(r.status).toBe(1);
  }, 30000);
});
