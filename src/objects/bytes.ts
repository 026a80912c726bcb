// bytes and bytearray: byte arrays (Uint8Array). bytes is immutable; bytearray mutable (it keeps
// a possibly longer buffer and a length).
import { PyObject } from "./object.js";
import { makeBuiltinType, type PyType } from "./type.js";

export const bytesType: PyType = makeBuiltinType("bytes", undefined, { factory: (cls) => new PyBytes(new Uint8Array(0), cls) });
export const bytearrayType: PyType = makeBuiltinType("bytearray", undefined, { factory: (cls) => new PyByteArray(new Uint8Array(0), cls) });

export class PyBytes extends PyObject {
  constructor(
    readonly bytes: Uint8Array,
    type: PyType = bytesType,
  ) {
    super(type);
  }
}

export class PyByteArray extends PyObject {
  constructor(
    public bytes: Uint8Array,
    type: PyType = bytearrayType,
  ) {
    super(type);
  }
}

// ---- minimal bytes methods (the full set lives with the str/bytes methods) --------------------
import type { PyValue } from "./object.js";
import { defineMethods } from "./function.js";
import { NotImplemented } from "./singletons.js";
import { reprBytes } from "./repr.js";
import { intValue } from "./int.js";
import { PySlice, sliceIndices, asIndex } from "./slice.js";
import { ArrayIterator, defineIteratorType } from "./iter.js";
import { decodeBytes } from "./codecs.js";
import { strValue } from "./str.js";
import { Exc, newException, pyTypeError } from "./exceptions.js";
import { typeOf } from "./typeof.js";

export const bytesIteratorType = defineIteratorType("bytes_iterator");

function B(v: PyValue): Uint8Array {
  if (v instanceof PyBytes || v instanceof PyByteArray) return v.bytes;
  throw pyTypeError(`descriptor requires a 'bytes' object but received a '${typeOf(v).name}'`);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

defineMethods(bytesType, {
  __repr__: (args) => reprBytes(B(args[0])),
  __str__: (args) => reprBytes(B(args[0])),
  __len__: (args) => B(args[0]).length,
  __iter__: (args) => new ArrayIterator(Array.from(B(args[0])), bytesIteratorType),
  __getitem__: (args) => {
    const b = B(args[0]);
    const k = args[1];
    if (k instanceof PySlice) {
      const [start, , step, n] = sliceIndices(k, b.length);
      const out = new Uint8Array(n);
      for (let i = 0, j = start; i < n; i++, j += step) out[i] = b[j];
      return new PyBytes(out);
    }
    let i = asIndex(k, "byte");
    if (i < 0) i += b.length;
    if (i < 0 || i >= b.length) throw newException(Exc.IndexError, "index out of range");
    return b[i];
  },
  __eq__: (args) => {
    const o = args[1];
    if (!(o instanceof PyBytes || o instanceof PyByteArray)) return NotImplemented;
    return sameBytes(B(args[0]), o.bytes);
  },
  __hash__: (args) => {
    let h = 0;
    for (const c of B(args[0])) h = (Math.imul(h, 1000003) ^ c) | 0;
    return h === -1 ? -2 : h;
  },
  __add__: (args) => {
    const o = args[1];
    if (!(o instanceof PyBytes || o instanceof PyByteArray)) return NotImplemented;
    const a = B(args[0]);
    const out = new Uint8Array(a.length + o.bytes.length);
    out.set(a);
    out.set(o.bytes, a.length);
    return new PyBytes(out);
  },
  decode: (args, kw) => {
    const enc = strValue(args[1] ?? kw?.get("encoding") ?? "utf-8") ?? "utf-8";
    const errors = strValue(args[2] ?? kw?.get("errors") ?? "strict") ?? "strict";
    return decodeBytes(B(args[0]), enc, errors);
  },
  __contains__: (args) => {
    const n = intValue(args[1]);
    if (n !== undefined) return B(args[0]).includes(Number(n));
    return false;
  },
});
