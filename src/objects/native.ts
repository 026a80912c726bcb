// How native (TypeScript) code cooperates with the stackless VM (docs/runtime.md, "Calling back
// into Python from native code").
//
// A native is `(args, kwargs) => PyValue`, or a generator function `function* (args, kwargs)`
// when it may run Python code or block. A generator native `yield`s requests:
//   - CallRequest  — "call this callable with these arguments"; the VM pushes the Python frame
//                    and resumes the generator with the result (or throws the exception into it);
//   - SuspendRequest — "block this thread"; the scheduler runs other threads and resumes the
//                    generator with the outcome when the thread is woken.
// Use `yield* callGen(fn, args)` rather than building CallRequests by hand: it calls natives
// directly and only yields for Python code.
import type { KwArgs, PyObject, PyValue } from "./object.js";

export class CallRequest {
  constructor(
    readonly fn: PyValue,
    readonly args: PyValue[],
    readonly kwargs: KwArgs,
  ) {}
}

/** Resumes a blocked thread: exactly one of wake/fail, once. */
export interface Waker {
  wake(value: PyValue): void;
  fail(exc: unknown): void;
}

/**
 * Blocks the current thread. The scheduler calls `register(waker)` once the thread is parked;
 * whoever completes the wait (a lock release, a promise, a timer) calls waker.wake(result).
 * With a finite `deadline` (on the scheduler's clock, ms), the thread is woken with
 * `onTimeout()` if nothing woke it first. `cancel` (returned by register) undoes the
 * registration when the wait ends some other way (timeout, KeyboardInterrupt).
 */
export class SuspendRequest {
  constructor(
    /** What the thread waits for, for deadlock reports: "sleep", "lock", "join", "io", … */
    readonly reason: string,
    readonly deadline: number,
    readonly register: ((waker: Waker) => (() => void) | void) | null,
    readonly onTimeout: (() => PyValue) | null,
    /** True when an outside event (I/O, a JS promise) may wake the thread: never a deadlock. */
    readonly external = false,
  ) {}
}

/**
 * Runs a Python generator (or coroutine) one step: send `value` into it, or throw `exc` into it.
 * The native is resumed with the value it yields; when the generator returns, the native gets
 * StopIteration(value) thrown in (exactly what `gen.send(value)` does).
 */
export class ResumeRequest {
  constructor(
    readonly gen: PyObject,
    readonly value: PyValue,
    readonly exc: PyValue | null = null,
    /** When the generator returns, resume the native with GEN_DONE (iter.ts) instead of throwing StopIteration. */
    readonly doneSentinel = false,
  ) {}
}

export type Request = CallRequest | SuspendRequest | ResumeRequest;
export type NativeGen<T = PyValue> = Generator<Request, T, PyValue>;
export type PlainNative = (args: PyValue[], kwargs: KwArgs) => PyValue;
export type GenNative = (args: PyValue[], kwargs: KwArgs) => NativeGen;
export type NativeFn = PlainNative | GenNative;

const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;

export function isGeneratorFunction(fn: Function): boolean {
  return fn instanceof GeneratorFunction;
}

/**
 * What the VM provides so that synchronous natives can call back into Python: run the callable
 * to completion on the current thread (no thread switch can happen meanwhile, except while it
 * blocks: then the other threads run nested, see Scheduler.waitNested). Prefer generator natives
 * with callGen wherever Python code might block.
 */
export interface SyncRunner {
  callPython(fn: PyValue, args: PyValue[], kwargs: KwArgs): PyValue;
  /** Runs a generator one step synchronously (see ResumeRequest). */
  resume(req: ResumeRequest): PyValue;
  /** Blocks the current thread while other threads run; returns what it is woken with. */
  block(req: SuspendRequest): PyValue;
  /** The running thread: its depth counts Python frames and natives' recursive calls. */
  readonly thread: { depth: number } | undefined;
  readonly interp: { recursionLimit: number };
}

export const hooks: { runner: SyncRunner | null } = { runner: null };
