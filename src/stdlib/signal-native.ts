// _pygil_signal: the machinery under signal.py. Python handlers are kept per interpreter; an
// OS signal (a Node 'SIGTERM'/'SIGUSR1'/… listener, Ctrl-C through the scheduler's SIGINT hook)
// or a timer (alarm/setitimer) runs the handler on a short-lived green thread while the main
// thread stays where it is, and an exception the handler raises is raised in the main thread
// (at once if it is blocked: sleep, join, lock, input). raise_signal() from the main thread runs
// the handler right there, as CPython does before the next bytecode. SIG_DFL ends the process
// by the signal itself (after flushing output), SIG_IGN drops it.
import os from "node:os";
import type { PyValue } from "../objects/object.js";
import { None } from "../objects/singletons.js";
import { PyTuple } from "../objects/tuple.js";
import { PyFloat } from "../objects/float.js";
import { nativeFunction } from "../objects/function.js";
import { callGen } from "../objects/call.js";
import { SuspendRequest, type NativeFn, type NativeGen, type Waker } from "../objects/native.js";
import { Exc, newException } from "../objects/exceptions.js";
import { defineNativeModule } from "../vm/native-modules.js";
import { interp, type Interpreter } from "../vm/interpreter.js";
import { PyThread, ThreadState } from "../vm/thread.js";
import { nativeEntryFrame } from "../vm/entry.js";
import { frameObject, pythonFrame } from "../vm/frame-object.js";
import { sigintOverride } from "../vm/signal-hooks.js";

const SIG_DFL = 0;
const SIG_IGN = 1;
const SIGINT = 2;
const SIGALRM = 14;

/** Signals whose default action leaves the process running. */
const IGNORED_BY_DEFAULT = new Set([17, 18, 23, 28]);

/** Node's names for signal numbers (real-time signals have none). */
const NODE_NAMES = new Map<number, string>();
for (const [name, num] of Object.entries(os.constants.signals)) if (!NODE_NAMES.has(num)) NODE_NAMES.set(num, name);

interface SignalState {
  handlers: Map<number, PyValue>;
  /** Node listeners installed for Python handlers and SIG_IGN. */
  listeners: Map<number, () => void>;
  /** Threads parked in signal.pause(). */
  pausers: Set<Waker>;
  itimer: { timer: NodeJS.Timeout | null; due: number; interval: number; counted: boolean };
}

const states = new WeakMap<Interpreter, SignalState>();

function stateOf(it: Interpreter): SignalState {
  let s = states.get(it);
  if (!s) {
    s = { handlers: new Map(), listeners: new Map(), pausers: new Set(), itimer: { timer: null, due: 0, interval: 0, counted: false } };
    s.handlers.set(SIGINT, defaultIntHandler);
    s.handlers.set(13, SIG_IGN); // SIGPIPE: writes raise BrokenPipeError instead
    s.handlers.set(25, SIG_IGN); // SIGXFSZ
    states.set(it, s);
  }
  return s;
}

const defaultIntHandler = nativeFunction(
  "default_int_handler",
  () => {
    throw newException(Exc.KeyboardInterrupt);
  },
  "_signal",
  "The default handler for SIGINT installed by Python.\n\nIt raises KeyboardInterrupt.",
);

function handlerOf(s: SignalState, signum: number): PyValue {
  return s.handlers.get(signum) ?? SIG_DFL;
}

/** The main thread's innermost Python frame as a frame object (the handler's second argument). */
function mainFrame(it: Interpreter): PyValue {
  const f = pythonFrame(it.mainThread.frame);
  return f === null ? None : frameObject(f);
}

/** The default action: the process ends by the signal (output flushed first), or nothing. */
function defaultAction(it: Interpreter, signum: number): void {
  if (IGNORED_BY_DEFAULT.has(signum)) return;
  it.flushAll();
  const name = NODE_NAMES.get(signum);
  if (name !== undefined) process.removeAllListeners(name as NodeJS.Signals);
  sigintOverride.delete(it);
  process.kill(process.pid, name ?? signum);
}

/** Runs a Python handler on its own green thread; what it raises goes to the main thread. */
function* handlerThreadBody(it: Interpreter, handler: PyValue, signum: number): NativeGen {
  const main = it.mainThread;
  if ((main.state as ThreadState) === ThreadState.FINISHED) return None;
  const s = stateOf(it);
  try {
    yield* callGen(handler, [signum, mainFrame(it)]);
  } catch (e) {
    if (main.state !== ThreadState.FINISHED) it.scheduler.interrupt(main, e);
    return None;
  }
  wakePausers(s);
  return None;
}

function wakePausers(s: SignalState): void {
  const waiting = [...s.pausers];
  s.pausers.clear();
  for (const w of waiting) w.wake(None);
}

/** A signal from outside Python code (OS, timer, another thread). */
function deliverAsync(it: Interpreter, signum: number): void {
  const s = stateOf(it);
  const handler = handlerOf(s, signum);
  if (handler === SIG_IGN) return;
  if (handler === SIG_DFL) {
    defaultAction(it, signum);
    return;
  }
  if (it.mainThread.state === ThreadState.FINISHED) return;
  // the handler runs beside the main thread but as the main thread (CPython runs it there)
  const t = new PyThread(false, undefined, it.mainThread);
  t.frame = nativeEntryFrame(it, handlerThreadBody(it, handler, signum));
  it.scheduler.addThread(t);
}

/**
 * _thread.interrupt_main(signum): the signal as if it arrived, for a Python handler only
 * (SIG_DFL and SIG_IGN: nothing happens, as in CPython). The default SIGINT handler keeps
 * the scheduler's own KeyboardInterrupt path.
 */
export function simulateSignal(it: Interpreter, signum: number): void {
  const handler = handlerOf(stateOf(it), signum);
  if (handler === SIG_DFL || handler === SIG_IGN) return;
  if (handler === defaultIntHandler) it.scheduler.interruptMain();
  else deliverAsync(it, signum);
}

/** Keeps the Node listener (or the scheduler's SIGINT hook) in line with the handler. */
function syncListener(it: Interpreter, signum: number): void {
  const s = stateOf(it);
  const handler = handlerOf(s, signum);
  if (signum === SIGINT) {
    // the scheduler turns Ctrl-C into KeyboardInterrupt; other handlers take its place
    if (handler === defaultIntHandler) sigintOverride.delete(it);
    else sigintOverride.set(it, () => deliverAsync(it, SIGINT));
    return;
  }
  const name = NODE_NAMES.get(signum);
  const old = s.listeners.get(signum);
  if (old) {
    process.off(name as NodeJS.Signals, old);
    s.listeners.delete(signum);
  }
  if (name === undefined || handler === SIG_DFL || signum === 13) return;
  const listener = () => deliverAsync(it, signum);
  try {
    process.on(name as NodeJS.Signals, listener);
    s.listeners.set(signum, listener);
  } catch {
    // Node refuses a few (SIGKILL, SIGSTOP): signal.py rejects those first
  }
}

function isMainThread(it: Interpreter): boolean {
  return it.scheduler.current?.ident === it.mainThread.ident; // a handler thread counts as main
}

function num(v: PyValue): number {
  return typeof v === "number" ? v : typeof v === "boolean" ? Number(v) : Number(v as bigint);
}

function seconds(v: PyValue): number {
  return v instanceof PyFloat ? v.value : num(v);
}

function fireItimer(it: Interpreter): void {
  const timer = stateOf(it).itimer;
  timer.timer = null;
  // the handler thread (added below) keeps the scheduler busy from here on
  armItimer(it, timer.interval, timer.interval);
  deliverAsync(it, SIGALRM);
}

function armItimer(it: Interpreter, delay: number, interval: number): void {
  const timer = stateOf(it).itimer;
  if (timer.timer) clearTimeout(timer.timer);
  timer.timer = null;
  timer.interval = interval;
  timer.due = 0;
  if (delay > 0) {
    timer.due = performance.now() + delay * 1000;
    timer.timer = setTimeout(() => fireItimer(it), Math.max(1, Math.round(delay * 1000)));
  }
  // a pending alarm may still wake a thread that waits for nothing else
  const armed = timer.timer !== null;
  if (armed !== timer.counted) {
    it.scheduler.outsideWakers += armed ? 1 : -1;
    timer.counted = armed;
  }
}

function itimerValue(it: Interpreter): [number, number] {
  const timer = stateOf(it).itimer;
  const left = timer.timer ? Math.max(0, timer.due - performance.now()) / 1000 : 0;
  return [left, timer.timer ? timer.interval : 0];
}

defineNativeModule("_pygil_signal", (m) => {
  const d = m.dict;
  const def = (name: string, fn: NativeFn) => d.setStr(name, nativeFunction(name, fn, "_pygil_signal"));
  d.setStr("default_int_handler", defaultIntHandler);
  def("is_main_thread", () => isMainThread(interp()));
  def("get_handler", (args) => handlerOf(stateOf(interp()), num(args[0])));
  def("set_handler", (args) => {
    const it = interp();
    const s = stateOf(it);
    const signum = num(args[0]);
    const old = handlerOf(s, signum);
    s.handlers.set(signum, args[1]);
    syncListener(it, signum);
    return old;
  });
  // raise_signal: the handler runs now in the calling (main) thread; elsewhere as if from outside
  def("raise_signal", function* (args): NativeGen {
    const it = interp();
    const signum = num(args[0]);
    const handler = handlerOf(stateOf(it), signum);
    if (!isMainThread(it) || handler === SIG_DFL || handler === SIG_IGN) {
      deliverAsync(it, signum);
      return None;
    }
    yield* callGen(handler, [signum, args[1] ?? mainFrame(it)]);
    wakePausers(stateOf(it));
    return None;
  });
  def("has_os_name", (args) => NODE_NAMES.has(num(args[0])));
  def("setitimer", (args) => {
    const it = interp();
    const [oldDelay, oldInterval] = itimerValue(it);
    armItimer(it, seconds(args[0]), seconds(args[1]));
    return new PyTuple([new PyFloat(oldDelay), new PyFloat(oldInterval)]);
  });
  def("getitimer", () => {
    const [delay, interval] = itimerValue(interp());
    return new PyTuple([new PyFloat(delay), new PyFloat(interval)]);
  });
  def("pause", function* (): NativeGen {
    const s = stateOf(interp());
    let mine: Waker | null = null;
    yield new SuspendRequest(
      "pause",
      Infinity,
      (w) => {
        mine = w;
        s.pausers.add(w);
        return () => {
          if (mine) s.pausers.delete(mine);
        };
      },
      null,
      true,
    );
    return None;
  });
});
