// The scheduler: the GIL. Runs one thread at a time in the VM; switches at the switch interval,
// when a thread blocks, and gives woken sleepers the GIL at the next check. The only async code:
// it awaits timers and I/O when every thread waits, and yields to the JS event loop about every
// 10 ms while threads compute (docs/runtime.md, "Threads and the scheduler").
import type { PyValue } from "../objects/object.js";
import { None } from "../objects/singletons.js";
import { Outcome } from "./eval.js";
import { PyThread, ThreadState } from "./thread.js";
import type { Interpreter } from "./interpreter.js";
import { Frame } from "./frame.js";

interface Timer {
  thread: PyThread;
  deadline: number;
}

/** How long the VM may run before the scheduler looks at the JS event loop (ms). */
const EVENT_LOOP_SLICE = 10;

export class Scheduler {
  readonly runQueue: PyThread[] = [];
  readonly blocked = new Set<PyThread>();
  private timers: Timer[] = [];
  private external = 0;
  private idleWake: (() => void) | null = null;
  private lastYield = 0;
  private sliceStart = 0;
  current: PyThread | null = null;
  /** Every thread that has not finished (for threading, deadlock reports). */
  readonly live = new Set<PyThread>();

  constructor(private readonly interp: Interpreter) {
    interp.vm.shouldSwitch = () => this.checkSwitch();
  }

  addThread(t: PyThread): void {
    t.state = ThreadState.RUNNABLE;
    this.live.add(t);
    if (!this.runQueue.includes(t)) this.runQueue.push(t);
    this.poke();
  }

  private poke(): void {
    const w = this.idleWake;
    if (w) {
      this.idleWake = null;
      w();
    }
  }

  /** Called by the VM every few thousand instructions: must the running thread yield now? */
  private checkSwitch(): boolean {
    const now = this.interp.clock.now();
    if (now - this.lastYield >= EVENT_LOOP_SLICE) return true;
    if (this.runQueue.length === 0) {
      if (this.timers.length && this.timers.some((t) => t.deadline <= now)) return true;
      return false;
    }
    if (this.runQueue[0].woken) return true;
    return now - this.sliceStart >= this.interp.switchInterval * 1000;
  }

  /** Runs threads until `done()` holds (checked between slices) or nothing can run. */
  async run(done: () => boolean): Promise<void> {
    const interp = this.interp;
    const vm = interp.vm;
    const clock = interp.clock;
    this.lastYield = clock.now();
    for (;;) {
      if (done()) return;
      this.fireTimers();
      const t = this.runQueue.shift();
      if (t === undefined) {
        if (this.blocked.size === 0) return;
        const next = this.nextDeadline();
        if (next === Infinity && this.external === 0) {
          this.reportDeadlock();
          return;
        }
        interp.flushAll();
        if (clock.virtual && this.external === 0) {
          clock.advanceTo(next);
          continue;
        }
        await this.idle(next);
        this.lastYield = clock.now();
        continue;
      }
      t.woken = false;
      this.current = t;
      this.sliceStart = clock.now();
      interp.activate();
      const out = vm.execute(t);
      this.current = null;
      if (out === Outcome.SWITCH) this.runQueue.push(t);
      else if (out === Outcome.BLOCKED) this.block(t);
      else this.finish(t);
      interp.flushAll();
      if (clock.now() - this.lastYield >= EVENT_LOOP_SLICE) {
        await new Promise<void>((r) => setImmediate(r));
        this.lastYield = clock.now();
      }
    }
  }

  private finish(t: PyThread): void {
    t.state = ThreadState.FINISHED;
    this.live.delete(t);
    const cbs = t.onExit.splice(0);
    for (const cb of cbs) cb(t);
  }

  private nextDeadline(): number {
    let d = Infinity;
    for (const tm of this.timers) if (tm.deadline < d) d = tm.deadline;
    return d;
  }

  private idle(deadline: number): Promise<void> {
    return new Promise<void>((resolve) => {
      let timer: NodeJS.Timeout | null = null;
      const done = () => {
        if (timer) clearTimeout(timer);
        this.idleWake = null;
        resolve();
      };
      this.idleWake = done;
      if (deadline < Infinity) {
        const ms = Math.max(0, deadline - this.interp.clock.now());
        timer = setTimeout(done, Math.min(ms, 2 ** 31 - 1));
      }
    });
  }

  private block(t: PyThread): void {
    const req = t.blockedOn!;
    this.blocked.add(t);
    if (req.deadline < Infinity) this.timers.push({ thread: t, deadline: req.deadline });
    if (req.external) this.external++;
    if (req.register) {
      const cancel = req.register({
        wake: (v: PyValue) => this.wake(t, v, undefined, false),
        fail: (e: unknown) => this.wake(t, None, e, true),
      });
      t.cancelWait = cancel ?? null;
    }
  }

  /** Makes a blocked thread runnable with the outcome of its wait. */
  wake(t: PyThread, value: PyValue, error: unknown, isError: boolean, priority = false): void {
    if (!this.blocked.has(t)) return;
    const req = t.blockedOn;
    this.blocked.delete(t);
    this.timers = this.timers.filter((tm) => tm.thread !== t);
    if (req?.external) this.external--;
    t.cancelWait = null;
    if (isError) {
      t.hasResumeError = true;
      t.resumeError = error;
    } else t.resumeValue = value;
    t.state = ThreadState.RUNNABLE;
    if (priority || req?.external || req?.reason === "sleep") {
      t.woken = true;
      this.runQueue.unshift(t);
    } else this.runQueue.push(t);
    this.poke();
  }

  private fireTimers(): void {
    if (this.timers.length === 0) return;
    const now = this.interp.clock.now();
    const due = this.timers.filter((tm) => tm.deadline <= now);
    if (due.length === 0) return;
    due.sort((a, b) => a.deadline - b.deadline);
    for (const tm of due) {
      const t = tm.thread;
      const req = t.blockedOn;
      const cancel = t.cancelWait;
      if (cancel) cancel();
      let v: PyValue = None;
      try {
        v = req?.onTimeout ? req.onTimeout() : None;
      } catch (e) {
        this.wake(t, None, e, true, true);
        continue;
      }
      this.wake(t, v, undefined, false, true);
    }
  }

  /** Raises `exc` in a blocked thread (KeyboardInterrupt during sleep/acquire/join). */
  interrupt(t: PyThread, exc: unknown): void {
    if (this.blocked.has(t)) {
      const cancel = t.cancelWait;
      if (cancel) cancel();
      this.wake(t, None, exc, true, true);
    } else t.pendingInterrupt = exc;
  }

  private reportDeadlock(): void {
    const interp = this.interp;
    interp.flushAll();
    const lines = ["pygil: deadlock: every thread is waiting and nothing can wake them"];
    for (const t of this.blocked) {
      const where = userFrame(t.frame);
      lines.push(`  thread ${t.name} (ident ${t.ident}) waits for ${t.blockedOn?.reason ?? "?"}${where}`);
    }
    interp.stderr.write(lines.join("\n") + "\n");
    interp.stderr.flush();
    interp.exitCode = 1;
    // the blocked threads are abandoned
    for (const t of this.blocked) {
      t.state = ThreadState.FINISHED;
      if (t === interp.mainThread) {
        t.frame = null;
        t.error = undefined;
        interp.deadlocked = true;
      }
    }
    this.blocked.clear();
    this.timers = [];
  }
}

function userFrame(f: Frame | null): string {
  for (let fr = f; fr; fr = fr.back) {
    if (fr.gen === null && fr.code.filename && !fr.code.filename.startsWith("<")) {
      return ` at ${fr.code.filename}:${fr.lineno} in ${fr.code.name}`;
    }
  }
  return "";
}
