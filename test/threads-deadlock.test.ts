// Deadlock reports: where every thread waits and nothing can wake any of them, CPython hangs;
// pygil prints each thread, what it waits for and where, and exits with status 1. Runs the
// built CLI on test/threads-cases/deadlock_*.py in child processes.
import { describe, expect, it } from "vitest";
import { resolve } from "node:path";
import { runCli } from "./threads-helpers.js";

const DIR = resolve(__dirname, "threads-cases");
const HEADER = "Deadlock: every thread is waiting and nothing can wake any of them (CPython would hang here).";

async function run(name: string) {
  const r = await runCli([`${DIR}/${name}.py`], { cwd: DIR });
  return { ...r, err: r.stderr.split(DIR + "/").join("") };
}

describe("deadlock report", () => {
  it("two threads taking two locks in opposite orders", async () => {
    const r = await run("deadlock_locks");
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.err).toBe(
      [
        HEADER,
        "Thread 'MainThread' waits in Thread.join() for 'Thread-1 (one)' to finish",
        '  File "deadlock_locks.py", line 18, in <module>',
        "    t1.join()",
        "Thread 'Thread-1 (one)' waits to acquire a lock taken by 'Thread-2 (two)'",
        '  File "deadlock_locks.py", line 7, in one',
        "    with b:",
        "Thread 'Thread-2 (two)' waits to acquire a lock taken by 'Thread-1 (one)'",
        '  File "deadlock_locks.py", line 12, in two',
        "    with a:",
        "",
      ].join("\n"),
    );
  }, 0);

  it("an event nobody sets and a queue nobody fills", async () => {
    const r = await run("deadlock_queue");
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      [
        HEADER,
        "Thread 'MainThread' waits in Event.wait()",
        '  File "deadlock_queue.py", line 8, in <module>',
        "    ev.wait()",
        "Thread 'consumer' waits in Queue.get()",
        '  File "deadlock_queue.py", line 4, in worker',
        "    q.get()",
        "",
      ].join("\n"),
    );
  }, 0);

  it("at the end of the program, joining a thread that waits forever", async () => {
    const r = await run("deadlock_shutdown");
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("main done\n");
    expect(r.err).toBe(
      [
        HEADER,
        "Thread 'MainThread' waits at the end of the program (threading._shutdown) for 'stuck' to finish",
        "Thread 'stuck' waits in Event.wait()",
        '  File "deadlock_shutdown.py", line 8, in waiter',
        "    never.wait()",
        "",
      ].join("\n"),
    );
  }, 0);

  it("an RLock still held by a thread that has ended", async () => {
    const r = await run("deadlock_rlock");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^Thread 'MainThread' waits to acquire an RLock held by a thread that has ended \(ident \d+\)$/m);
    expect(r.err).toContain('  File "deadlock_rlock.py", line 8, in <module>\n    lock.acquire()\n');
  }, 0);

  it("a wait inside a __hash__ that nothing can end raises RuntimeError there", async () => {
    const r = await run("deadlock_in_callback");
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^RuntimeError: pygil: deadlock inside a synchronous callback: nothing can end this wait \(lock\)\n\{<__main__\.Key object at 0x[0-9a-f]+>: 2\}\n$/);
    expect(r.code).toBe(0);
  }, 0);

  it("a timeout or a sleeping thread that will release the lock is no deadlock", async () => {
    const r = await run("not_deadlock");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("False\nTrue\n");
    expect(r.code).toBe(0);
  }, 0);
});
