// traceback: printing and formatting exceptions and stacks with the runtime's own formatter
// (the same text an uncaught exception prints, carets included).
import type { KwArgs, PyValue } from "../objects/object.js";
import { PyType, typeType } from "../objects/type.js";
import { PyTuple, tupleType } from "../objects/tuple.js";
import { PyList } from "../objects/list.js";
import { None } from "../objects/singletons.js";
import { intValue } from "../objects/int.js";
import { defineGetter, defineMethods, nativeFunction } from "../objects/function.js";
import { callGen } from "../objects/call.js";
import { getAttrGen } from "../objects/attr.js";
import { toArrayGen } from "../objects/iter.js";
import { strGen } from "../objects/stringify.js";
import type { NativeGen } from "../objects/native.js";
import { PyBaseException, PyTraceback, Exc, newException, pyTypeError } from "../objects/exceptions.js";
import { defineNativeModule } from "../vm/native-modules.js";
import { interp } from "../vm/interpreter.js";
import { formatExceptionChunks, formatExceptionOnly, tracebackChunks, sourceLine } from "../vm/traceback.js";
import { Frame } from "../vm/frame.js";
import { PyFrameObject, pythonFrame } from "../vm/frame-object.js";

/** FrameSummary: (filename, lineno, name, line) with attributes, as extract_tb/extract_stack give. */
export const frameSummaryType = new PyType(typeType, "FrameSummary", [tupleType], { builtin: true, module: "traceback" });
["filename", "lineno", "name", "line"].forEach((f, i) => defineGetter(frameSummaryType, f, (v) => (v as PyTuple).items[i]));
defineMethods(frameSummaryType, {
  __repr__: (args) => {
    const it = (args[0] as PyTuple).items;
    return `<FrameSummary file ${it[0] as string}, line ${it[1] as number} in ${it[2] as string}>`;
  },
});

function summary(filename: string, lineno: number, name: string): PyTuple {
  const line = sourceLine(interp(), filename, lineno);
  return new PyTuple([filename, lineno, name, line === null ? "" : line.trim()], frameSummaryType);
}

function limitOf(v: PyValue | undefined): number | null {
  if (v === undefined || v === None) return null;
  const n = intValue(v);
  if (n === undefined) throw pyTypeError("limit must be an integer");
  return Number(n);
}

/** (exc, value, tb) or a single exception, as the 3.11 functions accept them. */
function excOf(args: PyValue[], kw: KwArgs): PyBaseException | null {
  let e = args[0] ?? kw?.get("exc") ?? None;
  const value = args.length > 1 ? args[1] : kw?.get("value");
  if (value !== undefined && value !== None) e = value;
  if (e === None) return null;
  if (e instanceof PyType && args.length < 2) return newException(e);
  if (!(e instanceof PyBaseException)) throw pyTypeError(`Exception expected for value, ${typeOf(e)} found`);
  const tb = args.length > 2 ? args[2] : kw?.get("tb");
  if (tb !== undefined && tb !== None && tb instanceof PyTraceback) e.traceback = tb;
  return e;
}

function typeOf(v: PyValue): string {
  return typeof v === "object" ? v.type.name : typeof v;
}

function* write(file: PyValue, text: string): NativeGen<void> {
  const f = file === None ? (interp().sysModule.dict.getStr("stderr") ?? None) : file;
  if (f === None) return;
  const w = yield* getAttrGen(f, "write");
  yield* callGen(w, [text]);
}

function currentExc(): PyBaseException | null {
  const e = interp().vm.thread?.excInfo ?? None;
  return e instanceof PyBaseException ? e : null;
}

function stackFrames(start: Frame | null, limit: number | null): Frame[] {
  const frames: Frame[] = [];
  for (let f = pythonFrame(start); f; f = pythonFrame(f.back)) frames.push(f);
  frames.reverse();
  if (limit !== null) return limit >= 0 ? frames.slice(frames.length - limit) : frames.slice(0, -limit);
  return frames;
}

function stackStart(v: PyValue | undefined): Frame | null {
  if (v !== undefined && v !== None) {
    if (!(v instanceof PyFrameObject)) throw pyTypeError("f must be a frame or None");
    return v.frame;
  }
  const cur = pythonFrame(interp().vm.thread?.frame ?? null);
  return cur;
}

function stackChunk(filename: string, lineno: number, name: string): string {
  let s = `  File "${filename}", line ${lineno}, in ${name}\n`;
  const line = sourceLine(interp(), filename, lineno);
  if (line !== null && line.trim() !== "") s += `    ${line.trim()}\n`;
  return s;
}

function* formatList(items: PyValue): NativeGen<string[]> {
  const out: string[] = [];
  for (const it of yield* toArrayGen(items)) {
    const parts = yield* toArrayGen(it);
    const [filename, lineno, name, line] = parts;
    let s = `  File "${yield* strGen(filename)}", line ${yield* strGen(lineno)}, in ${yield* strGen(name)}\n`;
    if (line !== undefined && line !== None && line !== "") s += `    ${(yield* strGen(line)).trim()}\n`;
    out.push(s);
  }
  return out;
}

defineNativeModule("traceback", (m) => {
  const d = m.dict;
  const fn = (name: string, f: (args: PyValue[], kw: KwArgs) => PyValue | NativeGen) => d.setStr(name, nativeFunction(name, f as never, "traceback"));
  d.setStr("FrameSummary", frameSummaryType);
  fn("format_exception", (args, kw) => {
    const e = excOf(args, kw);
    if (!e) return new PyList(["NoneType: None\n"]);
    return new PyList(formatExceptionChunks(interp(), e, limitOf(kw?.get("limit") ?? args[3]), kw?.get("chain") !== false));
  });
  fn("format_exception_only", (args, kw) => {
    const e = excOf(args, kw);
    if (!e) return new PyList(["NoneType: None\n"]);
    return new PyList([formatExceptionOnly(interp(), e)]);
  });
  fn("print_exception", function* (args, kw): NativeGen {
    const e = excOf(args, kw);
    const text = e ? formatExceptionChunks(interp(), e, limitOf(kw?.get("limit") ?? args[3]), kw?.get("chain") !== false).join("") : "NoneType: None\n";
    yield* write(kw?.get("file") ?? args[4] ?? None, text);
    return None;
  });
  fn("format_exc", (args, kw) => {
    const e = currentExc();
    if (!e) return "NoneType: None\n";
    return formatExceptionChunks(interp(), e, limitOf(kw?.get("limit") ?? args[0]), (kw?.get("chain") ?? args[1]) !== false).join("");
  });
  fn("print_exc", function* (args, kw): NativeGen {
    const e = currentExc();
    const text = e ? formatExceptionChunks(interp(), e, limitOf(kw?.get("limit") ?? args[0]), (kw?.get("chain") ?? args[2]) !== false).join("") : "NoneType: None\n";
    yield* write(kw?.get("file") ?? args[1] ?? None, text);
    return None;
  });
  fn("format_tb", (args, kw) => {
    const tb = args[0] ?? None;
    return new PyList(tb instanceof PyTraceback ? tracebackChunks(interp(), tb, limitOf(kw?.get("limit") ?? args[1])) : []);
  });
  fn("print_tb", function* (args, kw): NativeGen {
    const tb = args[0] ?? None;
    const text = tb instanceof PyTraceback ? tracebackChunks(interp(), tb, limitOf(kw?.get("limit") ?? args[1])).join("") : "";
    yield* write(kw?.get("file") ?? args[2] ?? None, text);
    return None;
  });
  fn("extract_tb", (args, kw) => {
    const out: PyValue[] = [];
    let n = limitOf(kw?.get("limit") ?? args[1]);
    for (let t = args[0] instanceof PyTraceback ? args[0] : null; t; t = t.next) {
      if (n !== null && n-- <= 0) break;
      out.push(summary(t.code.filename, t.lineno, t.code.name));
    }
    return new PyList(out);
  });
  fn("extract_stack", (args, kw) => {
    const frames = stackFrames(stackStart(kw?.get("f") ?? args[0]), limitOf(kw?.get("limit") ?? args[1]));
    return new PyList(frames.map((f) => summary(f.code.filename, f.lineno, f.code.name)));
  });
  fn("format_stack", (args, kw) => {
    const frames = stackFrames(stackStart(kw?.get("f") ?? args[0]), limitOf(kw?.get("limit") ?? args[1]));
    return new PyList(frames.map((f) => stackChunk(f.code.filename, f.lineno, f.code.name)));
  });
  fn("print_stack", function* (args, kw): NativeGen {
    const frames = stackFrames(stackStart(kw?.get("f") ?? args[0]), limitOf(kw?.get("limit") ?? args[1]));
    yield* write(kw?.get("file") ?? args[2] ?? None, frames.map((f) => stackChunk(f.code.filename, f.lineno, f.code.name)).join(""));
    return None;
  });
  fn("format_list", function* (args): NativeGen {
    return new PyList(yield* formatList(args[0]));
  });
  fn("print_list", function* (args, kw): NativeGen {
    yield* write(kw?.get("file") ?? args[1] ?? None, (yield* formatList(args[0])).join(""));
    return None;
  });
  fn("walk_tb", (args) => {
    const out: PyValue[] = [];
    for (let t = args[0] instanceof PyTraceback ? args[0] : null; t; t = t.next) out.push(new PyTuple([t.frame, t.lineno]));
    return new PyList(out);
  });
  fn("clear_frames", () => None);
  d.setStr("__all__", new PyList(["extract_stack", "extract_tb", "format_exception", "format_exception_only", "format_list", "format_stack", "format_tb", "print_exc", "format_exc", "print_exception", "print_last", "print_stack", "print_tb", "clear_frames", "FrameSummary", "StackSummary", "TracebackException", "walk_stack", "walk_tb"]));
  void Exc;
});
