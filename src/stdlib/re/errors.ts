// re.error is a Python class (re/__init__.py, so that it is `re.error` with CPython's
// constructor and attributes); re/__init__.py hands it to the native side at import.
import type { PyValue } from "../../objects/object.js";
import { None } from "../../objects/singletons.js";
import { call } from "../../objects/call.js";
import { Exc, newException, pyRuntimeError } from "../../objects/exceptions.js";
import { PatternError, PatternValueError } from "./parse.js";

let errorClass: PyValue | null = null;

export function setErrorClass(cls: PyValue): void {
  errorClass = cls;
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
