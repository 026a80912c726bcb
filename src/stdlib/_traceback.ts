// _traceback: the native part of traceback.py — the runtime's own formatter (the text an
// uncaught exception prints: carets, SyntaxError layout, exception groups), so traceback.py and
// the VM print exceptions identically, except for "Did you mean", which 3.11's traceback module
// leaves out.
import type { PyValue } from "../objects/object.js";
import { PyList } from "../objects/list.js";
import { PyTuple } from "../objects/tuple.js";
import { None } from "../objects/singletons.js";
import { intValue } from "../objects/int.js";
import { nativeFunction } from "../objects/function.js";
import type { NativeFn } from "../objects/native.js";
import { PyBaseException, PyTraceback, pyTypeError } from "../objects/exceptions.js";
import { defineNativeModule } from "../vm/native-modules.js";
import { interp } from "../vm/interpreter.js";
import { formatExceptionChunks, formatExceptionOnly, formatFrameLine, sourceLine } from "../vm/traceback.js";
import { PyFrameObject } from "../vm/frame-object.js";

function exceptionArg(v: PyValue | undefined): PyBaseException {
  if (!(v instanceof PyBaseException)) throw pyTypeError("an exception instance is required");
  return v;
}

function limitArg(v: PyValue | undefined): number | null {
  if (v === undefined || v === None) return null;
  const n = intValue(v);
  if (n === undefined) throw pyTypeError("limit must be an integer");
  return Number(n);
}

/** A traceback entry standing for a running frame (its current instruction gives the carets). */
function entryOf(v: PyValue | undefined): PyTraceback {
  if (v instanceof PyTraceback) return v;
  if (v instanceof PyFrameObject) return new PyTraceback(v.frame.code, v.frame.lasti, v.frame.lineno, null);
  throw pyTypeError("a traceback or frame object is required");
}

defineNativeModule("_traceback", (m) => {
  const def = (name: string, fn: NativeFn) => m.dict.setStr(name, nativeFunction(name, fn, "_traceback"));
  // entry_text(tb_or_frame) -> '  File "…", line N, in NAME\n    source\n    ^^^^\n'
  def("entry_text", (args) => formatFrameLine(interp(), entryOf(args[0]), true));
  // entry_position(tb_or_frame) -> (lineno, end_lineno, colno, end_colno), None where unknown
  def("entry_position", (args) => {
    const t = entryOf(args[0]);
    const p = t.code.positions;
    const k = 4 * t.pc;
    const num = (x: number | undefined) => (x === undefined || x < 0 ? None : x);
    return new PyTuple([t.lineno, num(p[k + 1]), num(p[k + 2]), num(p[k + 3])]);
  });
  // exception_only(exc, with_notes=True) -> the "Type: message\n" text (SyntaxError layout; no
  // "Did you mean": 3.11 adds that only when the interpreter itself prints an exception)
  def("exception_only", (args) => formatExceptionOnly(interp(), exceptionArg(args[0]), args[1] !== false, false));
  // format_exception(exc, tb, limit, chain) -> chunks, the exception shown with traceback tb
  def("format_exception", (args) => {
    const e = exceptionArg(args[0]);
    const saved = e.traceback;
    if (args[1] instanceof PyTraceback || args[1] === None) e.traceback = args[1] instanceof PyTraceback ? args[1] : null;
    try {
      return new PyList(formatExceptionChunks(interp(), e, limitArg(args[2]), args[3] !== false, false));
    } finally {
      e.traceback = saved;
    }
  });
  // source_line(filename, lineno) -> the line without its ending, or None
  def("source_line", (args) => {
    const n = intValue(args[1] ?? None);
    if (typeof args[0] !== "string" || n === undefined) return None;
    return sourceLine(interp(), args[0], Number(n)) ?? None;
  });
});
