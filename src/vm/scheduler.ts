// The scheduler: the GIL. Runs one thread at a time in the VM and switches
//   (1) when the running thread blocks (sleep, lock, join, I/O: a SuspendRequest);
//   (2) when its slice passes the switch interval (sys.setswitchinterval, default 5 ms), checked
//       when the VM's instruction countdown runs out, so switches fall between any two bytecodes;
//   (3) when a thread woken from sleep or I/O is waiting: it takes the GIL at the next check.
// It is the only async code: it awaits the next timer or I/O when every thread waits, and lets
// the JS event loop run about every 10 ms while threads compute (I/O callbacks, Ctrl-C).
// With --schedule-seed the slices are tick counts with seeded jitter and the clock is counted in
// ticks (clock.ts), so an interleaving reproduces run after run.
import { performance } from "node:perf_hooks";
import type { PyValue } from "../objects/object.js";
import { None } from "../objects/singletons.js";
import { Exc, newException, pyRuntimeError } from "../objects/exceptions.js";
import type { SuspendRequest, Waker } from "../objects/native.js";
import { CHECK_EVERY, Outcome } from "./eval.js";
import { PyThread, ThreadState } from "./thread.js";
import type { Interpreter } from "./interpreter.js";
import { Deque, TimerHeap } from "./sched-queues.js";
import { MS_PER_TICK } from "./clock.js";
import { formatDeadlock } from "./deadlock.js";
import { sigintOverride } from "./signal-hooks.js";

/** How long the VM may run before the JS event loop gets a turn (real ms). */
const EVENT_LOOP_SLICE = 10;
/** How long the VM's measured speed is remembered (ms): slices are measured in work (ticks), at
 *  the best recent speed, so that a pause of the whole process (the OS running something else)
 *  does not eat into one thread's turn more than another's. */
const SPEED_MEMORY_MS = 1000;
/** A slice ends after this much wall time whatever its tick count (ticks that take long). */
const SLICE_WALL_CAP_MS = 20;
/** The shortest countdown whose speed is measured (see measure). */
const MIN_TIMED_TICKS = 100;

export class Scheduler {
  /** Runnable threads, in turn order. */
  readonly runQueue = new Deque<PyThread>();
  /** Threads just woken from sleep or I/O: served before runQueue. */
  private readonly wokenQueue = new Deque<PyThread>();
  /** How many threads are parked (blocked and registered with the scheduler). */
  private parkedCount = 0;
  private readonly timers = new TimerHeap<PyThread>();
  /** Blocked threads an outside event (I/O) may wake: while > 0 there is no deadlock. */
  private external = 0;
  /** Wake-ups armed outside the scheduler (a pending signal.alarm/setitimer): while there
   *  are any, threads that all wait are not a deadlock. */
  outsideWakers = 0;
  private idleWake: (() => void) | null = null;
  // The clock fields start as -0, a double: a 0 would be stored as a small integer and the first
  // performance.now() reading would replace the scheduler's object layout (a V8 deoptimisation
  // of the code that uses it, the eval loop's clock check included).
  /** performance.now() of the event loop's last turn. */
  private lastYield = -0;
  /** performance.now() when the running slice began, and at its last check. */
  private sliceStart = -0;
  private lastCheckAt = -0;
  /** Ticks the running slice has run (as of its last check). */
  private sliceTicks = 0;
  /** The VM's best recent speed, in ticks per ms (decays over SPEED_MEMORY_MS). */
  private tickRate = -0;
  /** The running thread stopped only to let the event loop run: it keeps its slice. */
  private yieldOnly = false;
  private continuing: PyThread | null = null;
  /** performance.now() when the running slice began (thread CPU time). */
  private sliceBegan = -0;
  current: PyThread | null = null;
  /**
   * Set while the program ends (threading._shutdown, atexit handlers): the main thread goes
   * first and woken sleepers do not preempt it — as in CPython, where the main thread keeps the
   * GIL through its shutdown unless it waits, so a daemon thread's print rarely slips in after
   * the program's last line.
   */
  finalizing = false;
  /** Every thread that has not finished (deadlock reports); t.liveIndex is its place. */
  private readonly liveList: PyThread[] = [];

  // --schedule-seed: slices in ticks, and the tick count behind the counted clock
  private readonly rng: (() => number) | null;
  private ticksRun = 0;
  /** The countdown under way in the VM (ticks until its next check). */
  private countdown = 0;
  /** Ticks left in the running slice. */
  private sliceLeft = 0;
  /**
   * The first slices of a run make their first clock check at once (not seeded runs: their
   * countdowns are part of the schedule). V8 compiles VM.execute with the type feedback it has
   * seen, and in a program that starts threads early its clock-check path had often not run
   * yet (checks come every 1000 ticks): the first check after the compile deoptimised execute
   * (--trace-deopt: eval.ts `tickPc >= 0`), followed by 50–100 ms of slow running.
   */
  private earlySlices = 50;

  constructor(private readonly interp: Interpreter) {
    interp.vm.shouldSwitch = () => this.checkSwitch();
    const seed = interp.options.scheduleSeed;
    this.rng = seed === undefined ? null : seededRandom(seed);
    if (interp.clock.counted) interp.clock.setCounter(() => this.ticksRun);
  }

  addThread(t: PyThread): void {
    t.state = ThreadState.RUNNABLE;
    if (t.liveIndex < 0) {
      t.liveIndex = this.liveList.length;
      this.liveList.push(t);
    }
    if (this.finalizing && t.isMain) this.runQueue.unshift(t);
    else this.runQueue.push(t);
    this.poke();
  }

  /** Wakes the scheduler if it is idle (a thread became runnable from outside). */
  private poke(): void {
    const w = this.idleWake;
    if (w) {
      this.idleWake = null;
      w();
    }
  }

  /** Called by the VM when its countdown runs out: must the running thread yield now? */
  private checkSwitch(): boolean {
    const clock = this.interp.clock;
    const ran = this.countdown;
    this.countdown = CHECK_EVERY;
    if (this.rng) {
      this.ticksRun += ran;
      this.sliceLeft -= ran;
    } else this.measure(ran);
    if (this.timers.size) this.fireTimers(clock.now());
    let sw: boolean;
    if (this.wokenQueue.length > 0 && !(this.finalizing && this.current?.isMain)) sw = true;
    else if (this.rng) {
      sw = this.sliceLeft <= 0 && this.runQueue.length > 0;
      if (this.sliceLeft <= 0 && !sw) this.newBudget();
    } else if (this.runQueue.length > 0) {
      const intervalMs = this.interp.switchInterval * 1000;
      const elapsed = this.lastCheckAt - this.sliceStart;
      // (no speed measured yet, at the start of a run: the slice is measured in wall time)
      sw = this.tickRate > 0 ? this.sliceTicks >= intervalMs * this.tickRate || elapsed >= Math.max(intervalMs, SLICE_WALL_CAP_MS) : elapsed >= intervalMs;
    } else sw = false;
    if (!sw && performance.now() - this.lastYield >= EVENT_LOOP_SLICE) {
      this.yieldOnly = true;
      sw = true;
    }
    return sw;
  }

  /** Counts the ticks of a finished countdown and updates the speed estimate. */
  private measure(ran: number): void {
    const now = performance.now();
    const dt = now - this.lastCheckAt;
    this.lastCheckAt = now;
    this.sliceTicks += ran;
    // (a countdown of a few ticks — the first of a slice can be that short — is too short to
    // time: one tick in a microsecond would claim a speed the VM does not have)
    if (dt > 0 && ran >= MIN_TIMED_TICKS) {
      const speed = ran / dt;
      const remembered = this.tickRate * Math.exp(-dt / SPEED_MEMORY_MS);
      this.tickRate = speed > remembered ? speed : remembered;
    }
  }

  private newBudget(): void {
    const base = Math.max(1, Math.round((this.interp.switchInterval * 1000) / MS_PER_TICK));
    this.sliceLeft = Math.max(1, Math.floor(base * (0.5 + this.rng!())));
  }

  /** Runs threads until `done()` holds (checked between slices) or nothing can run. */
  async run(done: () => boolean): Promise<void> {
    const interp = this.interp;
    const clock = interp.clock;
    const stopSigint = this.catchSigint();
    this.lastYield = performance.now();
    try {
      for (;;) {
        if (done()) return;
        if (performance.now() - this.lastYield >= EVENT_LOOP_SLICE) {
          await turnEventLoop();
          this.lastYield = performance.now();
          continue;
        }
        if (this.timers.size) this.fireTimers(clock.now());
        const t = this.finalizing && this.runQueue.peek()?.isMain ? this.runQueue.shift() : this.wokenQueue.shift() ?? this.runQueue.shift();
        if (t !== undefined) {
          this.runSlice(t);
          continue;
        }
        if (this.parkedCount === 0) return;
        const next = this.timers.peekDeadline();
        if (next === Infinity && this.external === 0 && this.outsideWakers === 0) {
          this.reportDeadlock();
          return;
        }
        interp.flushAll();
        if (clock.virtual && this.external === 0 && this.outsideWakers === 0) {
          clock.advanceTo(next);
          continue;
        }
        await this.idle(next);
        this.lastYield = performance.now();
      }
    } finally {
      stopSigint();
    }
  }

  private runSlice(t: PyThread): void {
    const interp = this.interp;
    const vm = interp.vm;
    t.woken = false;
    this.current = t;
    // one clock reading for the slice's start (a thread switch costs a few microseconds)
    const began = performance.now();
    if (this.continuing !== t) {
      // a fresh slice starts its first countdown at a random (seeded) point, so that switches
      // land anywhere in a loop's body, not always at the same tick of each iteration
      this.countdown = 1 + Math.floor((this.rng ? this.rng() : Math.random()) * CHECK_EVERY);
      if (this.earlySlices > 0 && !this.rng) {
        this.earlySlices--;
        this.countdown = 1;
      }
      this.sliceStart = began;
      this.sliceTicks = 0;
      if (this.rng) this.newBudget();
    } else {
      // a slice resumed after an event-loop turn goes on where it was
      this.countdown = CHECK_EVERY;
    }
    vm.ticks = this.countdown;
    this.lastCheckAt = began;
    this.continuing = null;
    // an interrupt waiting for this thread is raised at its first instruction
    if (t.pendingInterrupt !== undefined) vm.ticks = this.countdown = 1;
    this.yieldOnly = false;
    interp.activate();
    this.sliceBegan = began;
    const out = this.resumeAndRun(t);
    t.cpuMs += performance.now() - began;
    // a slice that blocked or finished ran part of its last countdown (the VM leaves the rest
    // in vm.ticks); the counted clock moves by exactly that much
    if (this.rng && out !== Outcome.SWITCH) this.ticksRun += Math.max(0, this.countdown - vm.ticks);
    this.current = null;
    if (out === Outcome.SWITCH) {
      if (this.yieldOnly) {
        this.runQueue.unshift(t);
        this.continuing = t;
      } else this.runQueue.push(t);
    } else if (out === Outcome.BLOCKED) this.block(t);
    else this.finish(t);
    interp.flushAll();
  }

  /**
   * Runs thread t in the VM. A thread that blocked is resumed here first (its native gets the
   * outcome of its wait and may block again at once, as a lock waiter that finds the lock taken
   * again does): VM.execute would do the same, but a path of that one big function first taken
   * after V8 optimised it deoptimises it, and the recompile costs 50–100 ms of slow running;
   * here it costs a small function's recompile.
   */
  private resumeAndRun(t: PyThread): Outcome {
    const vm = this.interp.vm;
    const f = t.frame;
    if (f !== null && f.gen !== null) {
      vm.thread = t;
      const next = vm.resumeBlocked(t);
      // null: blocked again, or the thread's entry native finished
      if (next === null) return t.state === ThreadState.BLOCKED ? Outcome.BLOCKED : Outcome.DONE;
      t.frame = next;
    }
    return vm.execute(t);
  }

  /** The threads that have not finished. */
  liveThreads(): readonly PyThread[] {
    return this.liveList;
  }

  private dropLive(t: PyThread): void {
    const i = t.liveIndex;
    if (i < 0) return;
    const last = this.liveList.pop()!;
    if (last !== t) {
      this.liveList[i] = last;
      last.liveIndex = i;
    }
    t.liveIndex = -1;
  }

  /** Real time thread t has run so far, the running slice included (time.thread_time). */
  threadCpuMs(t: PyThread): number {
    return t.cpuMs + (t === this.current ? performance.now() - this.sliceBegan : 0);
  }

  private finish(t: PyThread): void {
    t.state = ThreadState.FINISHED;
    this.dropLive(t);
    const cbs = t.onExit.splice(0);
    for (const cb of cbs) cb(t);
  }

  /** Waits for the deadline or for a wake-up from outside (I/O, Ctrl-C). */
  private idle(deadline: number): Promise<void> {
    const clock = this.interp.clock;
    const startReal = performance.now();
    const ms = deadline === Infinity ? Infinity : Math.max(0, deadline - clock.now());
    const capped = ms > 2 ** 31 - 1;
    return new Promise<void>((resolve) => {
      let timer: NodeJS.Timeout | null = null;
      const finish = (fired: boolean) => {
        if (timer) clearTimeout(timer);
        this.idleWake = null;
        if (clock.counted) {
          // the counted clock does not move by itself: it moves by the time waited
          const waited = performance.now() - startReal;
          clock.advanceTo(fired && !capped ? deadline : Math.min(deadline, clock.now() + waited));
        }
        resolve();
      };
      this.idleWake = () => finish(false);
      if (ms < Infinity) timer = setTimeout(() => finish(true), Math.min(Math.ceil(ms), 2 ** 31 - 1));
    });
  }

  private block(t: PyThread): void {
    const req = t.blockedOn!;
    t.parked = true;
    this.parkedCount++;
    if (req.external) this.external++;
    if (req.deadline < Infinity) {
      t.timerSeq++;
      this.timers.add(t, req.deadline);
    }
    if (req.register) {
      const cancel = req.register(new ThreadWaker(this, t, req));
      if (t.parked && t.blockedOn === req) t.cancelWait = cancel ?? null;
    }
  }

  /** A waker fires: only if the thread still waits on that very request. */
  wakeFrom(t: PyThread, req: SuspendRequest, value: PyValue, error: unknown, isError: boolean): void {
    if (t.blockedOn !== req) return;
    this.wake(t, value, error, isError);
  }

  /** Makes a blocked thread runnable with the outcome of its wait. */
  wake(t: PyThread, value: PyValue, error: unknown, isError: boolean, priority = false): void {
    if (!t.parked) return;
    const req = t.blockedOn;
    t.parked = false;
    this.parkedCount--;
    if (req !== null && req.deadline < Infinity) t.timerSeq++;
    if (req?.external) this.external--;
    t.cancelWait = null;
    if (isError) {
      t.hasResumeError = true;
      t.resumeError = error;
    } else t.resumeValue = value;
    t.state = ThreadState.RUNNABLE;
    // a thread waiting inside a synchronous callback is resumed by waitNested, on its JS stack
    if (t.waitingNested) return;
    if (priority || req?.external || req?.reason === "sleep") {
      t.woken = true;
      this.wokenQueue.push(t);
    } else this.runQueue.push(t);
    this.poke();
  }

  /**
   * Blocks thread t, which is inside a synchronous callback (a Python __hash__ or __eq__ called
   * by a dict operation …): its frames below the callback live on the JS stack, so it cannot be
   * parked and resumed later. Instead the other threads run here, nested, slice after slice,
   * until t's wait ends; returns the value t is woken with (or throws its error). With nothing
   * runnable, it sleeps until the next deadline. No event-loop turns happen meanwhile, so a wait
   * for I/O is refused, as is a wait nothing but a thread further out on the JS stack could end.
   */
  waitNested(t: PyThread, req: SuspendRequest): PyValue {
    if (req.external) throw pyRuntimeError(`pygil: cannot wait for ${req.reason} inside a synchronous callback`);
    const vm = this.interp.vm;
    const clock = this.interp.clock;
    const savedCurrent = this.current;
    const savedYield = this.lastYield;
    t.state = ThreadState.BLOCKED;
    t.blockedOn = req;
    t.waitingNested = true;
    this.interp.flushAll();
    try {
      this.block(t);
      while (t.parked) {
        if (this.timers.size) this.fireTimers(clock.now());
        if (!t.parked) break;
        const other = this.wokenQueue.shift() ?? this.runQueue.shift();
        if (other !== undefined) {
          // the event loop cannot turn here: don't cut slices short to let it
          this.lastYield = performance.now();
          this.runSlice(other);
          continue;
        }
        const next = this.timers.peekDeadline();
        if (next === Infinity) {
          const cancel = t.cancelWait;
          if (cancel) cancel();
          // (threads waiting for I/O would need event-loop turns, which cannot happen here)
          const why = this.external > 0 ? "only I/O other threads wait for could end" : "nothing can end";
          this.wake(t, None, pyRuntimeError(`pygil: deadlock inside a synchronous callback: ${why} this wait (${req.reason})`), true);
          break;
        }
        if (clock.virtual) clock.advanceTo(next);
        else {
          sleepSync(next - clock.now());
          if (clock.counted) clock.advanceTo(next);
        }
      }
    } finally {
      t.waitingNested = false;
      t.blockedOn = null;
      t.state = ThreadState.RUNNABLE;
      t.woken = false;
      this.current = savedCurrent;
      this.lastYield = savedYield;
      vm.thread = t;
      this.interp.activate();
      // what is left of t's slice is measured afresh
      this.countdown = CHECK_EVERY;
      this.sliceStart = this.lastCheckAt = performance.now();
      this.sliceTicks = 0;
    }
    if (t.hasResumeError) {
      const e = t.resumeError;
      t.hasResumeError = false;
      t.resumeError = undefined;
      throw e;
    }
    const v = t.resumeValue === undefined ? None : t.resumeValue;
    t.resumeValue = undefined;
    return v;
  }

  /** Wakes every thread whose deadline has come, earliest first, with its timeout outcome. */
  private fireTimers(now: number): void {
    for (;;) {
      const t = this.timers.popDue(now);
      if (t === undefined) return;
      if (!t.parked) continue;
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
      // sleep(0) only lets the others go first: it does not jump the queue
      this.wake(t, v, undefined, false, req?.reason !== "yield");
    }
  }

  /** Raises `exc` in thread t: at once if it is blocked, else at its next check. */
  interrupt(t: PyThread, exc: unknown): void {
    if (t.parked) {
      const cancel = t.cancelWait;
      if (cancel) cancel();
      this.wake(t, None, exc, true, true);
    } else if (this.current === t) {
      // the running thread interrupts itself: raised when the native call returns (the VM's
      // countdown is a local of its loop, so it cannot be shortened from here)
      this.interp.vm.raiseAfterNative(exc);
    } else t.pendingInterrupt = exc;
  }

  /**
   * Ctrl-C: KeyboardInterrupt in the main thread, also while it waits in join/sleep/acquire.
   * Returns false when the previous one has not reached Python yet.
   */
  interruptMain(): boolean {
    const main = this.interp.mainThread;
    if (main.pendingInterrupt !== undefined) return false;
    this.interrupt(main, newException(Exc.KeyboardInterrupt));
    return true;
  }

  /** While threads run, SIGINT raises KeyboardInterrupt in the main thread. */
  private catchSigint(): () => void {
    if (this.interp.options.handleSigint === false || typeof process === "undefined" || !process.on) return () => {};
    const onSigint = () => {
      // a handler installed with signal.signal (or SIG_IGN / SIG_DFL) decides instead
      const override = sigintOverride.get(this.interp);
      if (override) {
        override();
        return;
      }
      if (!this.interruptMain()) {
        // the last Ctrl-C is still on its way (a long native computation): stop now
        this.interp.flushAll();
        process.exit(130);
      }
    };
    process.on("SIGINT", onSigint);
    return () => process.off("SIGINT", onSigint);
  }

  private reportDeadlock(): void {
    const interp = this.interp;
    interp.flushAll();
    const parked = this.liveList.filter((t) => t.parked);
    interp.stderr.write(formatDeadlock(interp, parked));
    interp.stderr.flush();
    interp.exitCode = 1;
    // the blocked threads are abandoned
    for (const t of parked) {
      t.parked = false;
      this.dropLive(t);
      t.state = ThreadState.FINISHED;
      t.timerSeq++;
      if (t === interp.mainThread) {
        t.frame = null;
        t.error = undefined;
        interp.deadlocked = true;
      }
    }
    this.parkedCount = 0;
    this.timers.clear();
  }
}

/** What a parked thread gives to whoever may end its wait (one object per wait: a lock
 *  ping-pong parks a thread at every turn). */
class ThreadWaker implements Waker {
  constructor(
    private readonly scheduler: Scheduler,
    private readonly thread: PyThread,
    private readonly req: SuspendRequest,
  ) {}

  wake(value: PyValue): void {
    this.scheduler.wakeFrom(this.thread, this.req, value, undefined, false);
  }

  fail(error: unknown): void {
    this.scheduler.wakeFrom(this.thread, this.req, None, error, true);
  }
}

/** Blocks the whole process for `ms` (a nested wait with nothing else to run). */
function sleepSync(ms: number): void {
  if (ms > 0) Atomics.wait(SLEEP_CELL, 0, 0, Math.min(ms, 2 ** 31 - 1));
}
const SLEEP_CELL = new Int32Array(new SharedArrayBuffer(4));

/** One turn of the JS event loop (I/O callbacks, timers, signals). */
function turnEventLoop(): Promise<void> {
  return new Promise<void>((r) => setImmediate(r));
}

/** A small seeded generator (mulberry32) for the slice jitter: same seed, same slices. */
function seededRandom(seed: number): () => number {
  let a = (Math.floor(seed) ^ 0x9e3779b9) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
