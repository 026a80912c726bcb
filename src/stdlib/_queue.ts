// _queue: the native part of the queue module, as in CPython: the exception Empty and
// SimpleQueue, an unbounded FIFO queue whose get() parks only the calling thread. queue.py
// re-exports both. A SimpleQueue carries the work of a ThreadPoolExecutor, so its put() and
// get() cost no Python frame; a get() that finds an item takes no generator either.
import { PyObject, type KwArgs, type PyValue } from "../objects/object.js";
import { PyType, typeType, makeBuiltinType } from "../objects/type.js";
import { PyTuple } from "../objects/tuple.js";
import { Exc, newException, pyTypeError, pyValueError } from "../objects/exceptions.js";
import { None } from "../objects/singletons.js";
import { PyBuiltinFunction, defineClassMethod, defineMethods, defineStaticMethod } from "../objects/function.js";
import { SuspendRequest, type NativeGen, type Waker } from "../objects/native.js";
import { isTrue } from "../objects/ops.js";
import { typeName } from "../objects/typeof.js";
import { PyGenericAlias } from "../objects/generic-alias.js";
import { defineNativeModule } from "../vm/native-modules.js";
import { interp } from "../vm/interpreter.js";
import { durationSeconds } from "./time-calendar.js";
import { PyFifo, fifoType } from "./queue-fifo.js";

export const emptyError = new PyType(typeType, "Empty", [Exc.Exception], { module: "_queue" });
emptyError.attrs.set("__doc__", "Raised by get() when there is no item to take (get_nowait(), get(block=False), or the timeout ran out).");

export const simpleQueueType: PyType = makeBuiltinType("SimpleQueue", undefined, {
  module: "_queue",
  factory: (cls) => new PySimpleQueue(cls),
});
simpleQueueType.attrs.set("__doc__", "A first-in first-out queue without size limit: put() never waits, get() waits for an item.");

class PySimpleQueue extends PyObject {
  /** The items, oldest first (queue.Queue's native buffer type). */
  readonly buffer = new PyFifo();
  /** Threads parked in get(), first come first woken (null until one waits). */
  waiters: Waker[] | null = null;

  get size(): number {
    return this.buffer.size;
  }

  put(item: PyValue): void {
    this.buffer.items.push(item);
    // no hand-off: the woken getter tries again, and may find that another took the item
    const w = this.waiters?.shift();
    if (w !== undefined) w.wake(true);
  }

  /** The oldest item; the queue must not be empty. */
  take(): PyValue {
    return this.buffer.popLeft();
  }

  removeWaiter(w: Waker): void {
    const i = this.waiters?.indexOf(w) ?? -1;
    if (i >= 0) this.waiters!.splice(i, 1);
  }
}

/** A thread parked in get() until an item comes or its deadline passes (false). */
class ItemWait extends SuspendRequest {
  constructor(q: PySimpleQueue, deadline: number) {
    super(
      "an item from a SimpleQueue",
      deadline,
      (w) => {
        (q.waiters ??= []).push(w);
        return () => q.removeWaiter(w);
      },
      timedOut,
    );
  }
}
const timedOut = (): PyValue => false;

function Q(v: PyValue): PySimpleQueue {
  if (!(v instanceof PySimpleQueue)) throw pyTypeError(`descriptor requires a '_queue.SimpleQueue' object but received '${typeName(v)}'`);
  return v;
}

/**
 * Binds a method's arguments (after self) to `names` as CPython's argument parser does:
 * returns one slot per name, undefined when not given.
 */
function bind(fn: string, args: PyValue[], kw: KwArgs, names: string[], required: number): (PyValue | undefined)[] {
  const given = args.length - 1 + (kw?.size ?? 0);
  if (given > names.length) {
    throw pyTypeError(`${fn}() takes at most ${names.length} argument${names.length === 1 ? "" : "s"} (${given} given)`);
  }
  const out: (PyValue | undefined)[] = args.slice(1);
  if (kw !== null) {
    for (const [k, v] of kw) {
      const i = names.indexOf(k);
      if (i < 0) throw pyTypeError(`'${k}' is an invalid keyword argument for ${fn}()`);
      if (out[i] !== undefined) throw pyTypeError(`argument for ${fn}() given by name ('${k}') and position (${i + 1})`);
      out[i] = v;
    }
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) throw pyTypeError(`${fn}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  return out;
}

const GET_PARAMS = ["block", "timeout"];

/** get()'s timeout in seconds: -1 waits without limit, 0 does not wait. */
function getTimeout(args: PyValue[], kw: KwArgs): number {
  const [block, timeout] = bind("get", args, kw, GET_PARAMS, 0);
  if (block !== undefined && !isTrue(block)) return 0; // the timeout is not looked at then
  if (timeout === undefined || timeout === None) return -1;
  const seconds = durationSeconds(timeout);
  if (seconds < 0) throw pyValueError("'timeout' must be a non-negative number");
  return seconds;
}

function* get(args: PyValue[], kw: KwArgs): NativeGen {
  const q = Q(args[0]);
  const timeout = args.length === 1 && kw === null ? -1 : getTimeout(args, kw);
  if (q.size > 0) return q.take();
  if (timeout === 0) throw newException(emptyError);
  const it = interp();
  const deadline = timeout < 0 ? Infinity : it.clock.now() + timeout * 1000;
  it.flushAll();
  for (;;) {
    const woken = yield new ItemWait(q, deadline);
    if (q.size > 0) return q.take();
    if (woken === false || (deadline !== Infinity && it.clock.now() >= deadline)) throw newException(emptyError);
  }
}

/** get() without a generator when it need not wait: an item is there, or it must not wait. */
function getFast(args: PyValue[], kw: KwArgs): PyValue | undefined {
  const q = Q(args[0]);
  const timeout = args.length === 1 && kw === null ? -1 : getTimeout(args, kw);
  if (q.size > 0) return q.take();
  if (timeout === 0) throw newException(emptyError);
  return undefined;
}

function noArgs(fn: string, args: PyValue[], kw: KwArgs): void {
  if (args.length > 1 || (kw !== null && kw.size > 0)) throw pyTypeError(`${fn}() takes no arguments${fn.includes(".") ? ` (${args.length - 1 + (kw?.size ?? 0)} given)` : ""}`);
}

defineStaticMethod(simpleQueueType, "__new__", (args, kw) => {
  const cls = args[0] as PyType;
  // arguments are refused unless a subclass's own __init__ takes them
  if (cls === simpleQueueType || cls.lookup("__init__") === simpleQueueType.lookup("__init__")) {
    if (kw !== null && kw.size > 0) throw pyTypeError("SimpleQueue() takes no keyword arguments");
    if (args.length > 1) throw pyTypeError("SimpleQueue() takes no positional arguments");
  }
  return new PySimpleQueue(cls);
});

defineMethods(simpleQueueType, {
  put: (args, kw) => {
    const q = Q(args[0]);
    const [item] = args.length === 2 && kw === null ? args.slice(1) : bind("put", args, kw, ["item", "block", "timeout"], 1);
    q.put(item!);
    return None;
  },
  put_nowait: (args, kw) => {
    const q = Q(args[0]);
    const [item] = args.length === 2 && kw === null ? args.slice(1) : bind("put_nowait", args, kw, ["item"], 1);
    q.put(item!);
    return None;
  },
  get,
  get_nowait: (args, kw) => {
    const q = Q(args[0]);
    noArgs("get_nowait", args, kw);
    if (q.size === 0) throw newException(emptyError);
    return q.take();
  },
  empty: (args, kw) => {
    noArgs("SimpleQueue.empty", args, kw);
    return Q(args[0]).size === 0;
  },
  qsize: (args, kw) => {
    noArgs("SimpleQueue.qsize", args, kw);
    return Q(args[0]).size;
  },
  __reduce_ex__: (args) => {
    throw pyTypeError(`cannot pickle '${typeName(args[0])}' object`);
  },
});

const getMethod = simpleQueueType.attrs.get("get");
if (getMethod instanceof PyBuiltinFunction) getMethod.fast = getFast;

// SimpleQueue[int] in annotations
defineClassMethod(simpleQueueType, "__class_getitem__", (args) => {
  const a = args[1];
  return new PyGenericAlias(args[0], a instanceof PyTuple ? a.items : [a]);
});

defineNativeModule("_queue", (m) => {
  const d = m.dict;
  d.setStr("__doc__", "The native part of the queue module (Empty, SimpleQueue); use queue instead.");
  d.setStr("Empty", emptyError);
  d.setStr("SimpleQueue", simpleQueueType);
  // pygil only: the deque-like buffer of queue.Queue (queue-fifo.ts)
  d.setStr("_Fifo", fifoType);
});
