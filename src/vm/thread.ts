// A Python thread: a chain of frames plus a scheduling state (docs/runtime.md, "Threads").
import type { PyValue } from "../objects/object.js";
import { None } from "../objects/singletons.js";
import type { Frame } from "./frame.js";
import type { SuspendRequest } from "../objects/native.js";

export const enum ThreadState {
  RUNNABLE,
  BLOCKED,
  FINISHED,
}

/** Idents look like CPython's (addresses of thread stacks), so they never show up inside small numbers. */
const IDENT_BASE = 0x7f3a5c000000;
const IDENT_STEP = 0x800000;
let nextIdent = 0;
let nextNativeId = 0;

export class PyThread {
  readonly ident: number;
  /** The innermost frame (the one running or the native waiting on a suspend request). */
  frame: Frame | null = null;
  state = ThreadState.RUNNABLE;
  /** Python frames on this thread (for RecursionError). */
  depth = 0;
  /** The exception being handled (sys.exc_info()), or None. */
  excInfo: PyValue = None;
  /** Index in the scheduler's list of live threads (-1: not started or finished). */
  liveIndex = -1;
  /** Blocked and registered with the scheduler (waiting for a wake-up or its deadline). */
  parked = false;
  /** While blocked: what for (for the deadlock report). */
  blockedOn: SuspendRequest | null = null;
  /** Outcome to resume the blocked native with: a value, or an exception to throw in. */
  resumeValue: PyValue | undefined = undefined;
  resumeError: unknown = undefined;
  hasResumeError = false;
  /** Cancels the pending wait registration (timer, lock queue, …). */
  cancelWait: (() => void) | null = null;
  /** Nesting of synchronous runs (no thread switch while > 0). */
  nested = 0;
  /** Blocked inside a synchronous callback: Scheduler.waitNested resumes it, not the run queue. */
  waitingNested = false;
  /** Set when the thread ends: its result or its uncaught exception. */
  result: PyValue = None;
  error: unknown = undefined;
  /** Called when the thread finishes (join waiters, _thread bookkeeping). */
  readonly onExit: ((t: PyThread) => void)[] = [];
  /** An exception to raise in this thread at its next check (KeyboardInterrupt, …). */
  pendingInterrupt: unknown = undefined;
  /** Wake-up priority: threads woken from sleep/I/O run first at the next check. */
  woken = false;
  /** Time this thread held the GIL, in real ms (time.thread_time). Set in the constructor. */
  declare cpuMs: number;
  /** Bumped whenever a timed wait begins or ends (stale timer-heap entries are skipped). */
  timerSeq = 0;
  /** `_thread.get_native_id()`: the process id for the main thread, then fresh numbers. */
  readonly nativeId: number;
  name: string;
  readonly isMain: boolean;

  /** `sameIdentAs`: a green thread that stands in for another and answers to its ident (a
   *  signal handler runs "in the main thread": current_thread(), RLock ownership, locals). */
  constructor(isMain: boolean, name?: string, sameIdentAs?: PyThread) {
    this.ident = sameIdentAs ? sameIdentAs.ident : IDENT_BASE + (isMain ? 0 : ++nextIdent * IDENT_STEP);
    this.isMain = isMain;
    // a double field from the start: V8 would otherwise store 0 as a small integer and, at the
    // first fraction, replace PyThread's object layout, deoptimising the eval loop that uses it
    this.cpuMs = 0.5;
    this.cpuMs = 0;
    this.nativeId = process.pid + (isMain ? 0 : ++nextNativeId);
    this.name = name ?? (isMain ? "MainThread" : `Thread-${this.ident}`);
  }
}
