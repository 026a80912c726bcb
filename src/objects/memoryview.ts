// memoryview: a view over bytes or bytearray — indexing, slicing (views share the memory),
// assignment into a bytearray, tolist/tobytes/hex, release and the context manager. Items are
// unsigned bytes (format 'B') until cast() gives the view a native struct format ('d', 'h',
// 'q', 'c', '?' ...; little-endian, as on the machines CPython runs on) and optionally a shape.
// `bytes` is the live window, so bytes(mv), b"" + mv, and every other bytes-like consumer
// (bytes-methods.ts bytesLike) see it.
import type { PyValue } from "./object.js";
import { PyObject } from "./object.js";
import { makeBuiltinType, type PyType } from "./type.js";
import { PyBytes, PyByteArray } from "./bytes.js";
import { PyList } from "./list.js";
import { PyTuple } from "./tuple.js";
import { None, NotImplemented } from "./singletons.js";
import { intValue, normBig } from "./int.js";
import { PyFloat, newFloat } from "./float.js";
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

/** Item sizes of the native single-character formats a memoryview may be cast to (x86-64 Linux). */
const ITEM_SIZES: Record<string, number> = {
  b: 1, B: 1, c: 1, "?": 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, P: 8, f: 4, d: 8,
};
/** Integer ranges of the integer formats, for assignment's range check. */
const INT_RANGES: Record<string, [bigint, bigint]> = {
  b: [-128n, 127n], B: [0n, 255n], h: [-32768n, 32767n], H: [0n, 65535n],
  i: [-(2n ** 31n), 2n ** 31n - 1n], I: [0n, 2n ** 32n - 1n],
  l: [-(2n ** 63n), 2n ** 63n - 1n], q: [-(2n ** 63n), 2n ** 63n - 1n], n: [-(2n ** 63n), 2n ** 63n - 1n],
  L: [0n, 2n ** 64n - 1n], Q: [0n, 2n ** 64n - 1n], N: [0n, 2n ** 64n - 1n], P: [0n, 2n ** 64n - 1n],
};

export class PyMemoryView extends PyObject {
  released = false;
  /** The format's character without the optional '@' prefix. */
  readonly code: string;
  readonly itemsize: number;
  constructor(
    /** The exporting object (bytes or bytearray). */
    readonly obj: PyBytes | PyByteArray,
    /** Start offset of the window (in bytes), its number of items, and the step (in items) of a strided slice. */
    readonly start: number,
    readonly length: number,
    readonly step = 1,
    /** The struct format as given to cast() ("B", "d", "@i" ...). */
    readonly format = "B",
    /** The shape of a multi-dimensional cast (null: one dimension of `length` items). */
    readonly dims: number[] | null = null,
  ) {
    super(memoryviewType);
    this.code = format.startsWith("@") ? format.slice(1) : format;
    this.itemsize = ITEM_SIZES[this.code] ?? 1;
  }
  /** The viewed bytes (a copy for strided views). */
  get bytes(): Uint8Array {
    this.check();
    const src = this.obj.bytes;
    const size = this.itemsize;
    if (this.step === 1) return src.subarray(this.start, this.start + this.length * size);
    const out = new Uint8Array(this.length * size);
    for (let i = 0; i < this.length; i++) {
      const at = this.start + i * this.step * size;
      for (let k = 0; k < size; k++) out[i * size + k] = src[at + k];
    }
    return out;
  }
  get ndim(): number {
    return this.dims === null ? 1 : this.dims.length;
  }
  /** Item i (counting in items of the flat view) as a Python value. */
  item(i: number): PyValue {
    const src = this.obj.bytes;
    const at = this.start + i * this.step * this.itemsize;
    if (this.itemsize === 1) {
      const b = src[at];
      switch (this.code) {
        case "b": return b > 127 ? b - 256 : b;
        case "c": return new PyBytes(Uint8Array.of(b));
        case "?": return b !== 0;
        default: return b;
      }
    }
    const view = new DataView(src.buffer, src.byteOffset + at, this.itemsize);
    switch (this.code) {
      case "h": return view.getInt16(0, true);
      case "H": return view.getUint16(0, true);
      case "i": return view.getInt32(0, true);
      case "I": return view.getUint32(0, true);
      case "f": return newFloat(view.getFloat32(0, true));
      case "d": return newFloat(view.getFloat64(0, true));
      case "l": case "q": case "n": return normBig(view.getBigInt64(0, true));
      default: return normBig(view.getBigUint64(0, true));
    }
  }
  /** Stores v as item i, with CPython's messages for a value of the wrong type or range. */
  setItem(i: number, v: PyValue): void {
    const code = this.code;
    const dst = this.obj.bytes;
    const at = this.start + i * this.step * this.itemsize;
    const invalidType = () => pyTypeError(`memoryview: invalid type for format '${this.format}'`);
    const invalidValue = () => pyValueError(`memoryview: invalid value for format '${this.format}'`);
    if (code === "c") {
      if (!(v instanceof PyBytes)) throw invalidType();
      if (v.bytes.length !== 1) throw invalidValue();
      dst[at] = v.bytes[0];
      return;
    }
    if (code === "?") {
      dst[at] = opsModule.isTrue(v) ? 1 : 0;
      return;
    }
    const view = new DataView(dst.buffer, dst.byteOffset + at, this.itemsize);
    if (code === "f" || code === "d") {
      let x: number;
      if (v instanceof PyFloat) x = v.value;
      else {
        const n = intValue(v);
        if (n === undefined) throw invalidType();
        x = Number(n);
        if (!Number.isFinite(x)) throw invalidValue();
      }
      if (code === "f") view.setFloat32(0, x, true);
      else view.setFloat64(0, x, true);
      return;
    }
    const n = intValue(v);
    if (n === undefined) throw invalidType();
    const big = BigInt(n);
    const [lo, hi] = INT_RANGES[code];
    if (big < lo || big > hi) throw invalidValue();
    switch (this.itemsize) {
      case 1: dst[at] = Number(big) & 0xff; break;
      case 2: view.setUint16(0, Number(big) & 0xffff, true); break;
      case 4: view.setUint32(0, Number(BigInt.asUintN(32, big)), true); break;
      default: view.setBigUint64(0, BigInt.asUintN(64, big), true);
    }
  }
  /** tolist(): the items, nested by the shape. */
  toList(): PyValue {
    let k = 0;
    const build = (dim: number): PyList => {
      const dims = this.dims ?? [this.length];
      const out: PyValue[] = [];
      for (let i = 0; i < dims[dim]; i++) out.push(dim === dims.length - 1 ? this.item(k++) : build(dim + 1));
      return new PyList(out);
    };
    return build(0);
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
    return new PyMemoryView(obj.obj, obj.start, obj.length, obj.step, obj.format, obj.dims);
  }
  if (obj instanceof PyBytes || obj instanceof PyByteArray) return new PyMemoryView(obj, 0, obj.bytes.length);
  throw pyTypeError(`memoryview: a bytes-like object is required, not '${typeOf(obj).name}'`);
});

function bytesOf(v: PyValue): Uint8Array | undefined {
  if (v instanceof PyBytes || v instanceof PyByteArray || v instanceof PyMemoryView) return v.bytes;
  return undefined;
}

/** A buffer's format without '@', shape and flat items, for comparison and slice assignment. */
function bufferOf(v: PyValue): { code: string; shape: number[]; items: () => PyValue[] } | undefined {
  if (v instanceof PyMemoryView) {
    v.check();
    return { code: v.code, shape: v.dims ?? [v.length], items: () => Array.from({ length: v.length }, (_, i) => v.item(i)) };
  }
  if (v instanceof PyBytes || v instanceof PyByteArray) return { code: "B", shape: [v.bytes.length], items: () => Array.from(v.bytes) };
  return undefined;
}

/** Item equality as struct-unpacked values compare (ints, floats, bools, one-byte bytes). */
function sameItem(a: PyValue, b: PyValue): boolean {
  const plain = (x: PyValue): number | bigint | string => {
    if (x instanceof PyFloat) return x.value;
    if (x instanceof PyBytes) return "b" + x.bytes[0];
    if (typeof x === "boolean") return x ? 1 : 0;
    return x as number | bigint;
  };
  const x = plain(a);
  const y = plain(b);
  if (typeof x === "string" || typeof y === "string") return x === y;
  return x == y;
}

function viewsEqual(a: PyMemoryView, other: PyValue): boolean | typeof NotImplemented {
  if (a.released) return a === other;
  const b = bufferOf(other);
  if (b === undefined) return NotImplemented;
  const shape = a.dims ?? [a.length];
  if (shape.length !== b.shape.length || shape.some((n, i) => n !== b.shape[i])) return false;
  if (a.code === "B" && b.code === "B") {
    const x = a.bytes;
    const y = bytesOf(other)!;
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    return true;
  }
  const ys = b.items();
  for (let i = 0; i < a.length; i++) if (!sameItem(a.item(i), ys[i])) return false;
  return true;
}

/** The flat index of an int key (negative from the end), or of a tuple key on a multi-dimensional view. */
function itemIndex(m: PyMemoryView, k: PyValue): number {
  if (k instanceof PyTuple) {
    if (m.dims === null) throw newException(Exc.NotImplementedError, "multi-dimensional sub-views are not implemented");
    if (k.items.length !== m.dims.length) {
      throw pyTypeError(`cannot index ${m.dims.length}-dimension view with ${k.items.length}-element tuple`);
    }
    let flat = 0;
    k.items.forEach((part, d) => {
      const n = m.dims![d];
      let i = ssizeArg(part);
      if (i < 0) i += n;
      if (i < 0 || i >= n) throw pyIndexError(`index out of bounds on dimension ${d + 1}`);
      flat = flat * n + i;
    });
    return flat;
  }
  if (m.dims !== null) throw newException(Exc.NotImplementedError, "multi-dimensional sub-views are not implemented");
  if (intValue(k) === undefined && typeOf(k).lookup("__index__") === undefined) throw pyTypeError("memoryview: invalid slice key");
  let i = ssizeArg(k);
  if (i < 0) i += m.length;
  if (i < 0 || i >= m.length) throw pyIndexError("index out of bounds on dimension 1");
  return i;
}

/** The shape argument of cast(): a list or tuple of ints. */
function shapeArg(v: PyValue): number[] {
  if (!(v instanceof PyList) && !(v instanceof PyTuple)) throw pyTypeError("shape must be a list or a tuple");
  return v.items.map((x) => ssizeArg(x));
}

defineMethods(memoryviewType, {
  __len__: (args) => {
    const m = M(args[0]);
    return m.dims === null ? m.length : m.dims[0];
  },
  __getitem__: (args) => {
    const m = M(args[0]);
    const k = args[1];
    if (k instanceof PySlice) {
      if (m.dims !== null) throw newException(Exc.NotImplementedError, "multi-dimensional slicing is not implemented");
      const [start, , step, n] = sliceIndices(k, m.length);
      return new PyMemoryView(m.obj, m.start + start * m.step * m.itemsize, n, m.step * step, m.format);
    }
    return m.item(itemIndex(m, k));
  },
  __setitem__: (args) => {
    const m = M(args[0]);
    if (m.readonly) throw pyTypeError("cannot modify read-only memory");
    const k = args[1];
    if (k instanceof PySlice) {
      const [start, , step, n] = sliceIndices(k, m.length);
      const src = bufferOf(args[2]);
      if (src === undefined) throw pyTypeError(`a bytes-like object is required, not '${typeOf(args[2]).name}'`);
      if (src.code !== m.code || src.shape.length !== 1 || src.shape[0] !== n) {
        throw pyValueError("memoryview assignment: lvalue and rvalue have different structures");
      }
      const items = src.items();
      for (let i = 0; i < n; i++) m.setItem((start + i * step), items[i]);
      return None;
    }
    m.setItem(itemIndex(m, k), args[2]);
    return None;
  },
  __delitem__: (args) => {
    throw pyTypeError(M(args[0]).readonly ? "cannot modify read-only memory" : "cannot delete memory");
  },
  __iter__: (args) => {
    const m = M(args[0]);
    if (m.dims !== null) throw newException(Exc.NotImplementedError, "multi-dimensional sub-views are not implemented");
    return new ArrayIterator(Array.from({ length: m.length }, (_, i) => m.item(i)), memoryIteratorType);
  },
  __eq__: (args) => viewsEqual(args[0] as PyMemoryView, args[1]),
  __ne__: (args) => {
    const r = viewsEqual(args[0] as PyMemoryView, args[1]);
    return r === NotImplemented ? r : !r;
  },
  __hash__: (args) => {
    const m = M(args[0]);
    if (!m.readonly) throw pyValueError("cannot hash writable memoryview object");
    if (m.code !== "B" && m.code !== "b" && m.code !== "c") throw pyValueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
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
  tolist: (args) => M(args[0]).toList(),
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
    return new PyMemoryView(m.readonly ? m.obj : new PyBytes(m.obj.bytes), m.start, m.length, m.step, m.format, m.dims);
  },
  cast: (args, kw) => {
    const m = M(args[0]);
    const fmtArg = args[1] ?? kw?.get("format");
    if (fmtArg === undefined) throw pyTypeError("cast() missing required argument 'format' (pos 1)");
    const fmt = strValue(fmtArg);
    if (fmt === undefined) throw pyTypeError(`cast() argument 'format' must be str, not ${typeOf(fmtArg).name}`);
    const code = fmt.startsWith("@") ? fmt.slice(1) : fmt;
    const size = ITEM_SIZES[code];
    if (size === undefined) {
      throw pyValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
    }
    if (m.step !== 1) throw pyTypeError("memoryview: casts are restricted to C-contiguous views");
    const byteFormat = (c: string) => c === "B" || c === "b" || c === "c";
    if (!byteFormat(m.code) && !byteFormat(code)) throw pyTypeError("memoryview: cannot cast between two non-byte formats");
    const nbytes = m.length * m.itemsize;
    const shapeValue = args[2] ?? kw?.get("shape");
    if (shapeValue !== undefined && shapeValue !== None) {
      const dims = shapeArg(shapeValue);
      if (dims.reduce((a, b) => a * b, 1) * size !== nbytes) throw pyTypeError("memoryview: product(shape) * itemsize != buffer size");
      return new PyMemoryView(m.obj, m.start, nbytes / size, 1, fmt, dims.length === 1 ? null : dims);
    }
    if (nbytes % size !== 0) throw pyTypeError("memoryview: length is not a multiple of itemsize");
    return new PyMemoryView(m.obj, m.start, nbytes / size, 1, fmt);
  },
});
defineGetter(memoryviewType, "obj", (v) => M(v).obj);
defineGetter(memoryviewType, "nbytes", (v) => M(v).length * M(v).itemsize);
defineGetter(memoryviewType, "readonly", (v) => M(v).readonly);
defineGetter(memoryviewType, "itemsize", (v) => M(v).itemsize);
defineGetter(memoryviewType, "format", (v) => M(v).format);
defineGetter(memoryviewType, "ndim", (v) => M(v).ndim);
defineGetter(memoryviewType, "shape", (v) => new PyTuple(M(v).dims ?? [M(v).length]));
defineGetter(memoryviewType, "strides", (v) => {
  const m = M(v);
  if (m.dims === null) return new PyTuple([m.step * m.itemsize]);
  const strides: number[] = [];
  let stride = m.itemsize;
  for (let d = m.dims.length - 1; d >= 0; d--) {
    strides.unshift(stride);
    stride *= m.dims[d];
  }
  return new PyTuple(strides);
});
defineGetter(memoryviewType, "suboffsets", (v) => (M(v), new PyTuple([])));
defineGetter(memoryviewType, "c_contiguous", (v) => M(v).step === 1);
defineGetter(memoryviewType, "f_contiguous", (v) => M(v).step === 1 && M(v).ndim === 1);
defineGetter(memoryviewType, "contiguous", (v) => M(v).step === 1);

import * as opsModule from "./ops.js";
