// The recursion limit for native code, as CPython 3.11 counts it: one counter per thread for
// Python frames and for the C calls that guard against runaway recursion (repr(), str(), calls
// of many builtins). Which guard trips first decides the message — "maximum recursion depth
// exceeded while getting the repr of an object" and the like.
import { hooks } from "./native.js";
import { pyRecursionError } from "./exceptions.js";

export const WHILE_CALLING = " while calling a Python object";
export const WHILE_REPR = " while getting the repr of an object";
export const WHILE_STR = " while getting the str of an object";
export const IN_COMPARISON = " in comparison";

/** Counts one more level on the running thread; RecursionError past the limit. */
export function enterRecursiveCall(where: string): void {
  const r = hooks.runner;
  const t = r?.thread;
  if (t === undefined) return;
  if (++t.depth > r!.interp.recursionLimit) {
    t.depth--;
    throw pyRecursionError("maximum recursion depth exceeded" + where);
  }
}

export function leaveRecursiveCall(): void {
  const t = hooks.runner?.thread;
  if (t !== undefined) t.depth--;
}

/** For a native that runs no Python code: the guard without keeping the level. */
export function checkRecursion(where: string): void {
  const r = hooks.runner;
  const t = r?.thread;
  if (t !== undefined && t.depth >= r!.interp.recursionLimit) {
    throw pyRecursionError("maximum recursion depth exceeded" + where);
  }
}
