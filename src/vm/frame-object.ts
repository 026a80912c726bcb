// Python-visible frame objects (sys._getframe, traceback.tb_frame), and the attributes of code
// and traceback objects that introspection (logging, typing, inspect-like code) reads.
import { PyObject, type PyValue } from "../objects/object.js";
import { makeBuiltinType } from "../objects/type.js";
import { defineGetter, defineMethods } from "../objects/function.js";
import { PyDict } from "../objects/dict.js";
import { PyTuple } from "../objects/tuple.js";
import { PyCell } from "../objects/function.js";
import { PyBytes } from "../objects/bytes.js";
import { None } from "../objects/singletons.js";
import { PyTraceback, tracebackType } from "../objects/exceptions.js";
import { addressOf } from "../objects/identity.js";
import { CodeObject, codeType } from "../compiler/code.js";
import { Frame } from "./frame.js";

export const frameType = makeBuiltinType("frame", undefined, { baseType: false });

export class PyFrameObject extends PyObject {
  constructor(readonly frame: Frame) {
    super(frameType);
  }
}

const wrappers = new WeakMap<Frame, PyFrameObject>();

/** The frame object for a VM frame (one per frame, so `is` works); marks it as escaped. */
export function frameObject(f: Frame): PyFrameObject {
  let w = wrappers.get(f);
  if (!w) {
    f.escaped = true;
    w = new PyFrameObject(f);
    wrappers.set(f, w);
  }
  return w;
}

/** The nearest Python frame at or above f (native frames skipped). */
export function pythonFrame(f: Frame | null): Frame | null {
  while (f !== null && f.gen !== null) f = f.back;
  return f;
}

/** The one locals() dict of each function frame that asked for it. */
const snapshots = new WeakMap<Frame, PyDict>();

/**
 * A frame's local variables as a dict: its namespace, or, in a function, one dict per frame that
 * each call re-syncs from the fast locals (as CPython 3.11's f_locals): what exec() stored there
 * stays (exec("w = 7"); locals()["w"] is 7), a deleted local drops out.
 */
export function frameLocalsDict(f: Frame): PyDict {
  if (f.locals) return f.locals;
  let d = snapshots.get(f);
  if (d === undefined) {
    d = new PyDict();
    snapshots.set(f, d);
    f.escaped = true; // the dict outlives this call's use of it: the frame must not be recycled
  }
  const code = f.code;
  const names = [...code.varnames, ...code.cellvars, ...code.freevars];
  for (let i = 0; i < names.length; i++) {
    let v = f.regs[i];
    if (i >= code.varnames.length && v instanceof PyCell) v = v.value;
    if (v !== undefined) d.setStr(names[i], v);
    else d.deleteStr(names[i]);
  }
  return d;
}

function F(v: PyValue): Frame {
  return (v as PyFrameObject).frame;
}

defineGetter(frameType, "f_back", (v) => {
  const b = pythonFrame(F(v).back);
  return b ? frameObject(b) : None;
});
defineGetter(frameType, "f_code", (v) => F(v).code);
defineGetter(frameType, "f_globals", (v) => F(v).globals);
defineGetter(frameType, "f_builtins", (v) => F(v).builtins);
defineGetter(frameType, "f_locals", (v) => frameLocalsDict(F(v)));
defineGetter(frameType, "f_lineno", (v) => F(v).lineno);
defineGetter(frameType, "f_lasti", (v) => F(v).lasti * 2);
defineGetter(frameType, "f_trace", () => None, () => {});
defineMethods(frameType, {
  __repr__: (args) => {
    const f = F(args[0]);
    return `<frame at ${addressOf(args[0])}, file '${f.code.filename}', line ${f.lineno}, code ${f.code.name}>`;
  },
  clear: () => None,
});

// -- traceback objects --
function T(v: PyValue): PyTraceback {
  return v as PyTraceback;
}
defineGetter(tracebackType, "tb_frame", (v) => {
  const f = T(v).frame;
  return f instanceof Frame ? frameObject(f) : None;
});
defineGetter(tracebackType, "tb_lineno", (v) => T(v).lineno);
defineGetter(tracebackType, "tb_lasti", (v) => T(v).pc * 2);
defineGetter(tracebackType, "tb_next", (v) => T(v).next ?? None, (v, n) => {
  T(v).next = n === None ? null : (n as PyTraceback);
});

// -- code objects --
function C(v: PyValue): CodeObject {
  return v as CodeObject;
}
defineGetter(codeType, "co_name", (v) => C(v).name);
defineGetter(codeType, "co_qualname", (v) => C(v).qualname);
defineGetter(codeType, "co_filename", (v) => C(v).filename);
defineGetter(codeType, "co_firstlineno", (v) => C(v).firstlineno);
defineGetter(codeType, "co_argcount", (v) => C(v).argcount);
defineGetter(codeType, "co_posonlyargcount", (v) => C(v).posonlyargcount);
defineGetter(codeType, "co_kwonlyargcount", (v) => C(v).kwonlyargcount);
defineGetter(codeType, "co_nlocals", (v) => C(v).varnames.length);
defineGetter(codeType, "co_varnames", (v) => new PyTuple(C(v).varnames.slice()));
defineGetter(codeType, "co_cellvars", (v) => new PyTuple(C(v).cellvars.slice()));
defineGetter(codeType, "co_freevars", (v) => new PyTuple(C(v).freevars.slice()));
defineGetter(codeType, "co_names", (v) => new PyTuple(C(v).names.slice()));
defineGetter(codeType, "co_consts", (v) => new PyTuple(C(v).consts.slice()));
defineGetter(codeType, "co_flags", (v) => C(v).flags);
defineGetter(codeType, "co_stacksize", (v) => C(v).stacksize);
defineGetter(codeType, "co_code", (v) => new PyBytes(new Uint8Array(C(v).code.buffer.slice(0))));
defineMethods(codeType, {
  __repr__: (args) => {
    const c = C(args[0]);
    return `<code object ${c.name} at ${addressOf(c)}, file "${c.filename}", line ${c.firstlineno}>`;
  },
});
