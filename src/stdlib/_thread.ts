// _thread: the native thread core that threading.py, queue.py and concurrent.futures are built
// on (docs/thread-core.md is the contract, with CPython 3.11's messages). Threads are the VM's
// green threads; a lock wait is a SuspendRequest, so it parks only the calling thread and the
// scheduler runs the others meanwhile.
import { PyObject, type KwArgs, type PyValue } from "../objects/object.js";
import { makeBuiltinType, type PyType } from "../objects/type.js";
import { PyFloat } from "../objects/float.js";
import { PyDict } from "../objects/dict.js";
import { PyTuple } from "../objects/tuple.js";
import { PyBaseException, Exc, isExc, newException, pyRuntimeError, pyTypeError, pyValueError } from "../objects/exceptions.js";
import { None } from "../objects/singletons.js";
import { PyBuiltinFunction, defineMethods, defineStaticMethod, nativeFunction } from "../objects/function.js";
import { SuspendRequest, type NativeGen, type Waker } from "../objects/native.js";
import { callGen } from "../objects/call.js";
import { reprGen } from "../objects/stringify.js";
import { typeOf, typeName } from "../objects/typeof.js";
import { intValue } from "../objects/int.js";
import { indexValue, ssizeArg } from "../objects/argconv.js";
import { addressOf } from "../objects/identity.js";
import { defineNativeModule } from "../vm/native-modules.js";
import { interp, type Interpreter } from "../vm/interpreter.js";
import { PyThread } from "../vm/thread.js";
import { nativeEntryFrame } from "../vm/entry.js";
import { formatException } from "../vm/traceback.js";
import { formatUnraisable } from "../vm/unraisable.js";
import { durationSeconds } from "./time-calendar.js";
import { simulateSignal } from "./signal-native.js";

/** The largest timeout acquire() accepts (CPython's on 64-bit Linux). */
export const TIMEOUT_MAX = 9223372036.0;

// ---- locks ----------------------------------------------------------------------------------

/** What both lock kinds share: the threads parked on them, first come first woken. */
abstract class WaitableLock extends PyObject {
  /** Parked threads in arrival order (null until a thread first waits: most locks never see one). */
  waiters: Waker[] | null = null;

  addWaiter(w: Waker): void {
    (this.waiters ??= []).push(w);
  }

  removeWaiter(w: Waker): void {
    const ws = this.waiters;
    if (ws === null) return;
    const i = ws.indexOf(w);
    if (i >= 0) ws.splice(i, 1);
  }

  /** Wakes one parked thread to try again (no hand-off: whoever asks first gets the lock). */
  wakeOne(): void {
    const w = this.waiters?.shift();
    if (w !== undefined) w.wake(true);
  }

  /** Takes the lock for thread `me` if it is free; false if not. */
  abstract tryTake(me: PyThread): boolean;
}

export const lockType: PyType = makeBuiltinType("lock", undefined, { module: "_thread", baseType: false });
export const rlockType: PyType = makeBuiltinType("RLock", undefined, { module: "_thread", factory: (cls) => new PyRLock(cls) });

/** `_thread.lock`: not owned, any thread may release it. */
export class PyLock extends WaitableLock {
  locked = false;
  /** The thread that took it last (for deadlock reports). */
  holder: PyThread | null = null;
  constructor() {
    super(lockType);
  }

  tryTake(me: PyThread): boolean {
    if (this.locked) return false;
    this.locked = true;
    this.holder = me;
    return true;
  }
}

/** `_thread.RLock`: owned by a thread (its ident), taken `count` times. */
export class PyRLock extends WaitableLock {
  owner = 0;
  count = 0;
  constructor(type: PyType = rlockType) {
    super(type);
  }

  tryTake(me: PyThread): boolean {
    if (this.count > 0) return false;
    this.owner = me.ident;
    this.count = 1;
    return true;
  }
}

/** A thread parked on a lock; the deadlock report reads `lock`. */
export class LockWait extends SuspendRequest {
  constructor(
    readonly lock: WaitableLock,
    deadline: number,
  ) {
    super(
      "lock",
      deadline,
      (w) => {
        lock.addWaiter(w);
        return () => lock.removeWaiter(w);
      },
      timedOut,
    );
  }
}

/** A lock wait's outcome when its deadline passes (shared: one function for every wait). */
const timedOut = (): PyValue => false;

function currentThread(): PyThread {
  return interp().vm.thread;
}

/**
 * acquire(blocking=True, timeout=-1)'s arguments, checked as CPython checks them. Returns the
 * timeout in seconds: -1 for "wait forever", 0 for "don't wait".
 */
function acquireTimeout(args: PyValue[], kw: KwArgs): number {
  let blockingArg: PyValue | undefined = args[1];
  let timeoutArg: PyValue | undefined = args[2];
  if (args.length > 3) throw pyTypeError(`acquire() takes at most 2 arguments (${args.length - 1} given)`);
  if (kw !== null && kw.size > 0) {
    if (args.length - 1 + kw.size > 2) throw pyTypeError(`acquire() takes at most 2 arguments (${args.length - 1 + kw.size} given)`);
    for (const [k, v] of kw) {
      if (k === "blocking" && args.length < 2) blockingArg = v;
      else if (k === "timeout" && args.length < 3) timeoutArg = v;
      else if (k === "blocking" || k === "timeout") {
        throw pyTypeError(`argument for acquire() given by name ('${k}') and position (${k === "blocking" ? 1 : 2})`);
      } else throw pyTypeError(`'${k}' is an invalid keyword argument for acquire()`);
    }
  }
  let blocking = true;
  if (blockingArg !== undefined) {
    const n = indexValue(blockingArg);
    if (n === undefined || blockingArg instanceof PyFloat) {
      throw pyTypeError(`'${typeName(blockingArg)}' object cannot be interpreted as an integer`);
    }
    if (typeof n === "bigint" && (n > 0x7fffffffffffffffn || n < -0x8000000000000000n)) {
      throw newException(Exc.OverflowError, "Python int too large to convert to C long");
    }
    blocking = n !== 0 && n !== 0n;
  }
  let timeout = -1;
  if (timeoutArg !== undefined) timeout = durationSeconds(timeoutArg);
  if (!blocking && timeout !== -1) throw pyValueError("can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout !== -1) throw pyValueError("timeout value must be positive");
  if (!blocking) return 0;
  if (timeout > TIMEOUT_MAX) throw newException(Exc.OverflowError, "timestamp out of range for platform time_t");
  return timeout;
}

/**
 * Parks the calling thread on `lock` until it can take it (lock.tryTake, or `take` for a special
 * acquire) or the timeout passes.
 */
function* waitFor(lock: WaitableLock, timeout: number, take: (() => boolean) | null = null): NativeGen<boolean> {
  if (timeout === 0) return false;
  const it = interp();
  const me = it.vm.thread;
  const deadline = timeout < 0 ? Infinity : it.clock.now() + timeout * 1000;
  it.flushAll();
  for (;;) {
    const woken = yield new LockWait(lock, deadline);
    if (woken === false) return false;
    if (take !== null ? take() : lock.tryTake(me)) return true;
    if (deadline !== Infinity && it.clock.now() >= deadline) return false;
  }
}

function L(v: PyValue): PyLock {
  if (!(v instanceof PyLock)) throw pyTypeError(`descriptor requires a '_thread.lock' object but received '${typeName(v)}'`);
  return v;
}

function R(v: PyValue): PyRLock {
  if (!(v instanceof PyRLock)) throw pyTypeError(`descriptor requires a '_thread.RLock' object but received '${typeName(v)}'`);
  return v;
}

function* lockAcquire(args: PyValue[], kw: KwArgs): NativeGen {
  const lock = L(args[0]);
  const timeout = args.length === 1 && kw === null ? -1 : acquireTimeout(args, kw);
  if (lock.tryTake(currentThread())) return true;
  return yield* waitFor(lock, timeout);
}

/**
 * acquire() without a generator, for the common cases: a free lock is taken, a held one with
 * blocking=False is refused; `undefined` sends a wait to lockAcquire (nothing was changed).
 */
function lockAcquireFast(args: PyValue[], kw: KwArgs): PyValue | undefined {
  const lock = L(args[0]);
  const timeout = args.length === 1 && kw === null ? -1 : acquireTimeout(args, kw);
  // (the answer for a held lock is worked out before the try: the VM's loop inlines this
  // function, and a comparison first reached after V8 optimised the loop — the first
  // contended acquire — would deoptimise the whole loop)
  const ifHeld = timeout === 0 ? false : undefined;
  if (lock.tryTake(currentThread())) return true;
  return ifHeld;
}

/** The same for an RLock: free or already ours is taken at once. */
function rlockAcquireFast(args: PyValue[], kw: KwArgs): PyValue | undefined {
  const lock = R(args[0]);
  const timeout = args.length === 1 && kw === null ? -1 : acquireTimeout(args, kw);
  const me = currentThread();
  const ifHeld = timeout === 0 ? false : undefined; // (see lockAcquireFast)
  // (owner first: a free RLock has owner 0, so this comparison runs on every call and has
  // type feedback before the first re-entrant acquire, which would otherwise deoptimise)
  if (lock.owner === me.ident && lock.count > 0) {
    lock.count++;
    return true;
  }
  if (lock.tryTake(me)) return true;
  return ifHeld;
}

/** Gives the VM the synchronous try of each acquire-like method of `type`. */
function setFastPaths(type: PyType, names: string[], fast: (args: PyValue[], kw: KwArgs) => PyValue | undefined): void {
  for (const name of names) {
    const m = type.attrs.get(name);
    if (m instanceof PyBuiltinFunction) m.fast = fast;
  }
}

function lockRelease(lock: PyLock): PyValue {
  if (!lock.locked) throw pyRuntimeError("release unlocked lock");
  lock.locked = false;
  lock.holder = null;
  if (lock.waiters !== null) lock.wakeOne();
  return None;
}

function noArgs(qual: string, args: PyValue[], kw: KwArgs): void {
  if (kw !== null && kw.size > 0) throw pyTypeError(`${qual}() takes no keyword arguments`);
  if (args.length > 1) throw pyTypeError(`${qual}() takes no arguments (${args.length - 1} given)`);
}

defineStaticMethod(lockType, "__new__", () => {
  throw pyTypeError("cannot create '_thread.lock' instances");
});

defineMethods(lockType, {
  acquire: lockAcquire,
  acquire_lock: lockAcquire,
  __enter__: function* (args): NativeGen {
    return yield* lockAcquire([args[0]], null);
  },
  release: (args, kw) => {
    noArgs("lock.release", args, kw);
    return lockRelease(L(args[0]));
  },
  release_lock: (args, kw) => {
    noArgs("lock.release_lock", args, kw);
    return lockRelease(L(args[0]));
  },
  __exit__: (args) => lockRelease(L(args[0])),
  locked: (args, kw) => {
    noArgs("lock.locked", args, kw);
    return L(args[0]).locked;
  },
  locked_lock: (args, kw) => {
    noArgs("lock.locked_lock", args, kw);
    return L(args[0]).locked;
  },
  _at_fork_reinit: (args) => {
    const lock = L(args[0]);
    lock.locked = false;
    lock.holder = null;
    return None;
  },
  __repr__: (args) => {
    const lock = L(args[0]);
    return `<${lock.locked ? "locked" : "unlocked"} _thread.lock object at ${addressOf(lock)}>`;
  },
});

setFastPaths(lockType, ["acquire", "acquire_lock", "__enter__"], lockAcquireFast);

function* rlockAcquire(args: PyValue[], kw: KwArgs): NativeGen {
  const lock = R(args[0]);
  const timeout = args.length === 1 && kw === null ? -1 : acquireTimeout(args, kw);
  const me = currentThread();
  if (lock.owner === me.ident && lock.count > 0) {
    lock.count++;
    return true;
  }
  if (lock.tryTake(me)) return true;
  return yield* waitFor(lock, timeout);
}

function rlockRelease(lock: PyRLock): PyValue {
  if (lock.count === 0 || lock.owner !== currentThread().ident) throw pyRuntimeError("cannot release un-acquired lock");
  if (--lock.count === 0) {
    lock.owner = 0;
    if (lock.waiters !== null) lock.wakeOne();
  }
  return None;
}

defineStaticMethod(rlockType, "__new__", (args) => {
  const cls = args[0] as PyType;
  return cls.factory ? cls.factory(cls) : new PyRLock(cls);
});

defineMethods(rlockType, {
  __init__: () => None,
  acquire: rlockAcquire,
  __enter__: function* (args): NativeGen {
    return yield* rlockAcquire([args[0]], null);
  },
  release: (args, kw) => {
    noArgs("RLock.release", args, kw);
    return rlockRelease(R(args[0]));
  },
  __exit__: (args) => rlockRelease(R(args[0])),
  _is_owned: (args) => {
    const lock = R(args[0]);
    return lock.count > 0 && lock.owner === currentThread().ident;
  },
  _recursion_count: (args) => {
    const lock = R(args[0]);
    return lock.count > 0 && lock.owner === currentThread().ident ? lock.count : 0;
  },
  _release_save: (args) => {
    const lock = R(args[0]);
    if (lock.count === 0) throw pyRuntimeError("cannot release un-acquired lock");
    const state = new PyTuple([lock.count, lock.owner]);
    lock.count = 0;
    lock.owner = 0;
    if (lock.waiters !== null) lock.wakeOne();
    return state;
  },
  _acquire_restore: function* (args): NativeGen {
    const lock = R(args[0]);
    const state = args[1];
    if (!(state instanceof PyTuple)) {
      throw pyTypeError(`_acquire_restore() argument 1 must be 2-item sequence, not ${typeName(state)}`);
    }
    if (state.items.length !== 2) {
      throw pyTypeError(`_acquire_restore() argument 1 must be sequence of length 2, not ${state.items.length}`);
    }
    const [count, owner] = state.items;
    const c = intValue(count);
    if (c === undefined) throw pyTypeError(`_acquire_restore() argument 1, item 0 must be int, not ${typeName(count)}`);
    const o = intValue(owner);
    if (o === undefined) throw pyTypeError(`_acquire_restore() argument 1, item 1 must be int, not ${typeName(owner)}`);
    const take = (): boolean => {
      if (lock.count > 0) return false;
      lock.count = Number(c);
      lock.owner = Number(o);
      return true;
    };
    if (!take()) yield* waitFor(lock, -1, take);
    return None;
  },
  _at_fork_reinit: (args) => {
    const lock = R(args[0]);
    lock.count = 0;
    lock.owner = 0;
    return None;
  },
  __repr__: (args) => {
    const lock = R(args[0]);
    const name = lock.type === rlockType ? "_thread.RLock" : lock.type.name;
    return `<${lock.count > 0 ? "locked" : "unlocked"} ${name} object owner=${lock.owner} count=${lock.count} at ${addressOf(lock)}>`;
  },
});

setFastPaths(rlockType, ["acquire", "__enter__"], rlockAcquireFast);

// `with lock:` without argument arrays: the VM calls these for __enter__ (undefined: the lock
// must be waited for, nothing was done) and for __exit__(None, None, None).
function lockEnterFast(self: PyValue): PyValue | undefined {
  return L(self).tryTake(currentThread()) ? true : undefined;
}

function rlockEnterFast(self: PyValue): PyValue | undefined {
  const lock = R(self);
  const me = currentThread();
  if (lock.owner === me.ident && lock.count > 0) {
    lock.count++;
    return true;
  }
  return lock.tryTake(me) ? true : undefined;
}

function setWithHooks(type: PyType, enter: (self: PyValue) => PyValue | undefined, exit: (self: PyValue) => PyValue): void {
  const e = type.attrs.get("__enter__");
  const x = type.attrs.get("__exit__");
  if (e instanceof PyBuiltinFunction) e.enterFast = enter;
  if (x instanceof PyBuiltinFunction) x.exitFast = exit;
}

setWithHooks(lockType, lockEnterFast, (self) => lockRelease(L(self)));
setWithHooks(rlockType, rlockEnterFast, (self) => rlockRelease(R(self)));

// ---- threads --------------------------------------------------------------------------------

/** Per-interpreter state of the module: threads started and not yet finished, stack size. */
interface ThreadModuleState {
  running: number;
  stackSize: number;
}

const states = new WeakMap<Interpreter, ThreadModuleState>();

function stateOf(it: Interpreter): ThreadModuleState {
  let s = states.get(it);
  if (s === undefined) {
    s = { running: 0, stackSize: 0 };
    states.set(it, s);
  }
  return s;
}

/** The body of a thread started by start_new_thread: run the function, report what escapes. */
function* threadBody(it: Interpreter, fn: PyValue, args: PyValue[], kw: KwArgs): NativeGen {
  try {
    yield* callGen(fn, args, kw);
  } catch (e) {
    if (isExc(e, Exc.SystemExit)) return None;
    const exc = e instanceof PyBaseException ? e : newException(Exc.SystemError, `internal error: ${String(e)}`);
    let shown: string;
    try {
      shown = yield* reprGen(fn);
    } catch {
      shown = `<object repr() failed>`;
    }
    it.stdout.flush();
    it.stderr.write(formatUnraisable(it, exc, `Exception ignored in thread started by: ${shown}`));
    it.stderr.flush();
  }
  return None;
}

/** Starts a green thread running fn(*args, **kw); returns its ident. */
export function startThread(it: Interpreter, fn: PyValue, args: PyValue[], kw: KwArgs): number {
  const t = new PyThread(false);
  t.frame = nativeEntryFrame(it, threadBody(it, fn, args, kw));
  const st = stateOf(it);
  st.running++;
  t.onExit.push(() => {
    st.running--;
  });
  it.scheduler.addThread(t);
  return t.ident;
}

function startNewThread(args: PyValue[], kw: KwArgs): PyValue {
  if (kw !== null && kw.size > 0) throw pyTypeError("start_new_thread() takes no keyword arguments");
  if (args.length < 2) throw pyTypeError(`start_new_thread expected at least 2 arguments, got ${args.length}`);
  if (args.length > 3) throw pyTypeError(`start_new_thread expected at most 3 arguments, got ${args.length}`);
  const [fn, targs, tkw] = args;
  if (typeOf(fn).lookup("__call__") === undefined) throw pyTypeError("first arg must be callable");
  if (!(targs instanceof PyTuple)) throw pyTypeError("2nd arg must be a tuple");
  if (tkw !== undefined && !(tkw instanceof PyDict)) throw pyTypeError("optional 3rd arg must be a dictionary");
  let kwMap: KwArgs = null;
  if (tkw instanceof PyDict && tkw.size > 0) {
    kwMap = new Map();
    for (const k of tkw.keyList()) {
      if (typeof k !== "string") throw pyTypeError("keywords must be strings");
      kwMap.set(k, tkw.get(k)!);
    }
  }
  return startThread(interp(), fn, [...targs.items], kwMap);
}

function noArgsFn(name: string, f: () => PyValue): (args: PyValue[], kw: KwArgs) => PyValue {
  return (args, kw) => {
    if ((kw !== null && kw.size > 0) || args.length > 0) {
      throw pyTypeError(`_thread.${name}() takes no arguments (${args.length + (kw?.size ?? 0)} given)`);
    }
    return f();
  };
}

/** Raises KeyboardInterrupt in the main thread, as Ctrl-C does. */
function interruptMain(args: PyValue[]): PyValue {
  let signum = 2;
  if (args.length > 1) throw pyTypeError(`interrupt_main expected at most 1 argument, got ${args.length}`);
  if (args.length === 1) {
    const n = indexValue(args[0]);
    if (n === undefined || args[0] instanceof PyFloat) throw pyTypeError(`'${typeName(args[0])}' object cannot be interpreted as an integer`);
    if (n < 1 || n >= 65) throw pyValueError("signal number out of range");
    signum = Number(n);
  }
  // the signal's Python handler runs (KeyboardInterrupt for the default SIGINT one)
  simulateSignal(interp(), signum);
  return None;
}

function stackSize(args: PyValue[]): PyValue {
  const st = stateOf(interp());
  const old = st.stackSize;
  if (args.length > 1) throw pyTypeError(`stack_size expected at most 1 argument, got ${args.length}`);
  if (args.length === 1) {
    const n = ssizeArg(args[0]);
    if (n < 0) throw pyValueError("size must be 0 or a positive value");
    if (n !== 0 && n < 32768) throw pyValueError(`size not valid: ${n} bytes`);
    st.stackSize = n;
  }
  return old;
}

/** The text sys.excepthook would write for (type, value, tb): one string, written at once. */
function formatExceptionText(args: PyValue[]): PyValue {
  if (args.length !== 3) throw pyTypeError(`_format_exception expected 3 arguments, got ${args.length}`);
  const [, value, tb] = args;
  const it = interp();
  if (!(value instanceof PyBaseException)) return `${typeName(value)}: ${value === None ? "None" : "?"}\n`;
  if (tb === None || tb === undefined) {
    const saved = value.traceback;
    value.traceback = null;
    try {
      return formatException(it, value);
    } finally {
      value.traceback = saved;
    }
  }
  return formatException(it, value);
}

defineNativeModule("_thread", (m) => {
  const d = m.dict;
  const fn = (name: string, f: (args: PyValue[], kw: KwArgs) => PyValue | NativeGen) => d.setStr(name, nativeFunction(name, f as never, "_thread"));
  d.setStr("__doc__", "This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface.");
  d.setStr("LockType", lockType);
  d.setStr("RLock", rlockType);
  d.setStr("TIMEOUT_MAX", new PyFloat(TIMEOUT_MAX));
  d.setStr("error", Exc.RuntimeError);
  fn("start_new_thread", startNewThread);
  fn("start_new", startNewThread);
  const allocate = noArgsFn("allocate_lock", () => new PyLock());
  fn("allocate_lock", allocate);
  fn("allocate", allocate);
  fn("get_ident", noArgsFn("get_ident", () => currentThread().ident));
  fn("get_native_id", noArgsFn("get_native_id", () => currentThread().nativeId));
  fn("_count", noArgsFn("_count", () => stateOf(interp()).running));
  const exit = noArgsFn("exit", () => {
    throw newException(Exc.SystemExit);
  });
  fn("exit", exit);
  fn("exit_thread", exit);
  fn("interrupt_main", interruptMain);
  fn("stack_size", stackSize);
  fn("_format_exception", formatExceptionText);
});
