// re.error is a Python class (re/__init__.py, so that it is `re.error` with CPython's
// constructor and attributes); re/__init__.py hands it to the native side at import.
import type { PyValue } from "../../objects/object.js";
import { None } from "../../objects/singletons.js";
import { call, callGen } from "../../objects/call.js";
import type { NativeGen } from "../../objects/native.js";
import { Exc, newException, pyRuntimeError } from "../../objects/exceptions.js";
import { PatternError, PatternValueError } from "./parse.js";

let errorClass: PyValue | null = null;

export function setErrorClass(cls: PyValue): void {
  errorClass = cls;
}

let warnHook: PyValue | null = null;
/** re/__init__.py's _warn(message, category_name): warnings.warn pointing at the caller's line. */
export function setWarnHook(fn: PyValue): void {
  warnHook = fn;
}
/** Warnings recorded by the (synchronous) compiler, issued by the native's generator after it. */
const pending: [string, string, number][] = [];
/** `fromRe`: CPython attributes the warning to re's own code (Match.expand), not the caller's. */
export function reWarn(message: string, category: "FutureWarning" | "DeprecationWarning", fromRe = false): void {
  if (warnHook !== null) pending.push([message, category, fromRe ? 1 : 2]);
}

export function* flushWarnings(): NativeGen<void> {
  while (pending.length > 0) {
    const [m, c, level] = pending.shift()!;
    yield* callGen(warnHook!, [m, c, level]);
  }
}

/** Runs body, then issues the warnings it recorded (before its exception, if it raised). */
export function* withWarnings<T>(body: () => T): NativeGen<T> {
  let r: T;
  try {
    r = body();
  } catch (e) {
    if (pending.length > 0) yield* flushWarnings();
    throw e;
  }
  if (pending.length > 0) yield* flushWarnings();
  return r;
}

/** A re.error(msg, pattern, pos) instance. */
export function reError(msg: string, pattern: PyValue, pos: number | null): unknown {
  if (errorClass === null) return pyRuntimeError("re.error is not set up (import re first)");
  return call(errorClass, [msg, pattern, pos === null ? None : pos]);
}

export function raiseReError(msg: string, pattern: PyValue, pos: number | null): never {
  throw reError(msg, pattern, pos);
}

/** Turns a parser failure into the Python exception CPython raises for it. */
export function pythonErrorOf(e: unknown, pattern: PyValue): unknown {
  if (e instanceof PatternError) return reError(e.msg, e.pos === null ? None : pattern, e.pos);
  if (e instanceof PatternValueError) return newException(e.kind === "ValueError" ? Exc.ValueError : Exc.OverflowError, e.msg);
  return e;
}
