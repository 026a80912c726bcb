// memoryview: a one-dimensional view of unsigned bytes (format 'B') over bytes or bytearray —
// indexing, slicing (views share the memory), assignment into a bytearray, tolist/tobytes/hex,
// release and the context manager. `bytes` is the live window, so bytes(mv), b"" + mv, and
// every other bytes-like consumer (bytes-methods.ts bytesLike) see it.
import type { PyValue } from "./object.js";
import { PyObject } from "./object.js";
import { makeBuiltinType, type PyType } from "./type.js";
import { PyBytes, PyByteArray } from "./bytes.js";
import { PyList } from "./list.js";
import { PyTuple } from "./tuple.js";
import { None, NotImplemented } from "./singletons.js";
import { intValue } from "./int.js";
import { strValue } from "./str.js";
import { PySlice, sliceIndices } from "./slice.js";
import { defineMethods, defineGetter, defineStaticMethod } from "./function.js";
import { ArrayIterator, defineIteratorType } from "./iter.js";
import { typeOf } from "./typeof.js";
import { Exc, newException, pyIndexError, pyTypeError, pyValueError } from "./exceptions.js";
import { idOf } from "./identity.js";
import { ssizeArg } from "./argconv.js";

export const memoryviewType: PyType = makeBuiltinType("memoryview", undefined, { baseType: false });
const memoryIteratorType = defineIteratorType("memory_iterator");

export class PyMemoryView extends PyObject {
  released = false;
  constructor(
    /** The exporting object (bytes or bytearray). */
    readonly obj: PyBytes | PyByteArray,
    /** Start offset and length of the window (in bytes), and the step of a strided slice. */
    readonly start: number,
    readonly length: number,
    readonly step = 1,
  ) {
    super(memoryviewType);
  }
  /** The viewed bytes (a copy for strided views). */
  get bytes(): Uint8Array {
    this.check();
    const src = this.obj.bytes;
    if (this.step === 1) return src.subarray(this.start, this.start + this.length);
    const out = new Uint8Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = src[this.start + i * this.step];
    return out;
  }
  check(): void {
    if (this.released) throw pyValueError("operation forbidden on released memoryview object");
  }
  get readonly(): boolean {
    return !(this.obj instanceof PyByteArray);
  }
}

function M(v: PyValue): PyMemoryView {
  if (!(v instanceof PyMemoryView)) throw pyTypeError(`descriptor requires a 'memoryview' object but received a '${typeOf(v).name}'`);
  v.check();
  return v;
}

defineStaticMethod(memoryviewType, "__new__", (args, kw) => {
  let obj = args[1];
  if (kw && kw.size) {
    for (const [k, v] of kw) {
      if (k === "object" && obj === undefined) obj = v;
      else throw pyTypeError(`'${k}' is an invalid keyword argument for memoryview()`);
    }
  }
  if (obj === undefined) throw pyTypeError("memoryview() missing required argument 'object' (pos 1)");
  if (args.length > 2) throw pyTypeError(`memoryview() takes at most 1 argument (${args.length - 1} given)`);
  if (obj instanceof PyMemoryView) {
    obj.check();
    return new PyMemoryView(obj.obj, obj.start, obj.length, obj.step);
  }
  if (obj instanceof PyBytes || obj instanceof PyByteArray) return new PyMemoryView(obj, 0, obj.bytes.length);
  throw pyTypeError(`memoryview: a bytes-like object is required, not '${typeOf(obj).name}'`);
});

function bytesOf(v: PyValue): Uint8Array | undefined {
  if (v instanceof PyBytes || v instanceof PyByteArray || v instanceof PyMemoryView) return v.bytes;
  return undefined;
}

defineMethods(memoryviewType, {
  __len__: (args) => M(args[0]).length,
  __getitem__: (args) => {
    const m = M(args[0]);
    const k = args[1];
    if (k instanceof PySlice) {
      const [start, , step, n] = sliceIndices(k, m.length);
      return new PyMemoryView(m.obj, m.start + start * m.step, n, m.step * step);
    }
    if (k instanceof PyTuple) throw newException(Exc.NotImplementedError, "multi-dimensional sub-views are not implemented");
    if (intValue(k) === undefined && typeOf(k).lookup("__index__") === undefined) throw pyTypeError("memoryview: invalid slice key");
    let i = ssizeArg(k);
    if (i < 0) i += m.length;
    if (i < 0 || i >= m.length) throw pyIndexError("index out of bounds on dimension 1");
    return m.obj.bytes[m.start + i * m.step];
  },
  __setitem__: (args) => {
    const m = M(args[0]);
    if (m.readonly) throw pyTypeError("cannot modify read-only memory");
    const k = args[1];
    const dst = m.obj.bytes;
    if (k instanceof PySlice) {
      const [start, , step, n] = sliceIndices(k, m.length);
      const src = bytesOf(args[2]);
      if (src === undefined) throw pyTypeError(`a bytes-like object is required, not '${typeOf(args[2]).name}'`);
      if (src.length !== n) throw pyValueError("memoryview assignment: lvalue and rvalue have different structures");
      const copy = Uint8Array.from(src);
      for (let i = 0; i < n; i++) dst[m.start + (start + i * step) * m.step] = copy[i];
      return None;
    }
    let i = ssizeArg(k);
    if (i < 0) i += m.length;
    if (i < 0 || i >= m.length) throw pyIndexError("index out of bounds on dimension 1");
    const v = intValue(args[2]);
    if (v === undefined) throw pyTypeError(`memoryview: invalid type for format 'B'`);
    if (v < 0 || v > 255) throw pyValueError("memoryview: invalid value for format 'B'");
    dst[m.start + i * m.step] = Number(v);
    return None;
  },
  __delitem__: (args) => {
    throw pyTypeError(M(args[0]).readonly ? "cannot modify read-only memory" : "cannot delete memory");
  },
  __iter__: (args) => new ArrayIterator(Array.from(M(args[0]).bytes), memoryIteratorType),
  __eq__: (args) => {
    const a = args[0] as PyMemoryView;
    if (a.released) return a === args[1];
    const b = bytesOf(args[1]);
    if (b === undefined) return NotImplemented;
    const x = a.bytes;
    if (x.length !== b.length) return false;
    for (let i = 0; i < x.length; i++) if (x[i] !== b[i]) return false;
    return true;
  },
  __ne__: (args) => {
    const b = bytesOf(args[1]);
    if (b === undefined) return NotImplemented;
    const x = M(args[0]).bytes;
    if (x.length !== b.length) return true;
    for (let i = 0; i < x.length; i++) if (x[i] !== b[i]) return true;
    return false;
  },
  __hash__: (args) => {
    const m = M(args[0]);
    if (!m.readonly) throw pyValueError("cannot hash writable memoryview object");
    const { hashOf } = opsModule;
    return hashOf(new PyBytes(Uint8Array.from(m.bytes)));
  },
  __repr__: (args) => {
    const m = args[0] as PyMemoryView;
    return `<${m.released ? "released " : ""}memory at 0x${idOf(m).toString(16).padStart(12, "0")}>`;
  },
  __enter__: (args) => M(args[0]),
  __exit__: (args) => {
    (args[0] as PyMemoryView).released = true;
    return None;
  },
  release: (args) => {
    (args[0] as PyMemoryView).released = true;
    return None;
  },
  tolist: (args) => new PyList(Array.from(M(args[0]).bytes)),
  tobytes: (args, kw) => {
    const order = args[1] ?? kw?.get("order") ?? None;
    if (order !== None && !["C", "F", "A"].includes(strValue(order) ?? "")) throw pyValueError("order must be 'C', 'F' or 'A'");
    return new PyBytes(Uint8Array.from(M(args[0]).bytes));
  },
  hex: (args) => {
    let s = "";
    for (const b of M(args[0]).bytes) s += b.toString(16).padStart(2, "0");
    return s;
  },
  toreadonly: (args) => {
    const m = M(args[0]);
    return new PyMemoryView(m.readonly ? m.obj : new PyBytes(m.obj.bytes), m.start, m.length, m.step);
  },
  cast: (args) => {
    const m = M(args[0]);
    const fmt = strValue(args[1]);
    if (fmt === undefined) throw pyTypeError(`cast() argument 'format' must be str, not ${typeOf(args[1]).name}`);
    if (fmt !== "B" && fmt !== "b" && fmt !== "c") throw newException(Exc.NotImplementedError, `memoryview: format ${fmt} not supported`);
    return new PyMemoryView(m.obj, m.start, m.length, m.step);
  },
});
defineGetter(memoryviewType, "obj", (v) => M(v).obj);
defineGetter(memoryviewType, "nbytes", (v) => M(v).length);
defineGetter(memoryviewType, "readonly", (v) => M(v).readonly);
defineGetter(memoryviewType, "itemsize", (v) => (M(v), 1));
defineGetter(memoryviewType, "format", (v) => (M(v), "B"));
defineGetter(memoryviewType, "ndim", (v) => (M(v), 1));
defineGetter(memoryviewType, "shape", (v) => new PyTuple([M(v).length]));
defineGetter(memoryviewType, "strides", (v) => new PyTuple([M(v).step]));
defineGetter(memoryviewType, "suboffsets", (v) => (M(v), new PyTuple([])));
defineGetter(memoryviewType, "c_contiguous", (v) => M(v).step === 1);
defineGetter(memoryviewType, "f_contiguous", (v) => M(v).step === 1);
defineGetter(memoryviewType, "contiguous", (v) => M(v).step === 1);

import * as opsModule from "./ops.js";
