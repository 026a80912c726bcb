// struct: packing Python values into C-layout bytes and back. Formats are parsed once into a
// list of items (code, count, offset); '@' uses x86-64 sizes and alignment, '=' '<' '>' '!' the
// standard sizes without alignment. Floats go through DataView (exact IEEE bits); half floats
// are rounded here (half to even). Error messages are CPython 3.11's.
import type { KwArgs, PyValue } from "../objects/object.js";
import { PyObject } from "../objects/object.js";
import { PyType, typeType, makeBuiltinType } from "../objects/type.js";
import { PyBytes, PyByteArray } from "../objects/bytes.js";
import { bytesLike } from "../objects/bytes-methods.js";
import { PyMemoryView } from "../objects/memoryview.js";
import { PyTuple } from "../objects/tuple.js";
import { PyFloat, newFloat } from "../objects/float.js";
import { PyIntObject, intValue } from "../objects/int.js";
import { strValue } from "../objects/str.js";
import { defineGetter, defineMethods, defineStaticMethod, nativeFunction } from "../objects/function.js";
import { None as noneValue } from "../objects/singletons.js";
import { isTrue } from "../objects/ops.js";
import { callGen, runSync } from "../objects/call.js";
import { typeOf, typeName } from "../objects/typeof.js";
import type { NativeFn } from "../objects/native.js";
import { Exc, newException, pyOverflowError, pyTypeError } from "../objects/exceptions.js";
import { defineNativeModule } from "../vm/native-modules.js";
import { bindArgs } from "./native-args.js";
import { normalizeInt } from "../objects/format/index.js";

export const structError = new PyType(typeType, "error", [Exc.Exception], { module: "struct" });
const err = (msg: string) => newException(structError, msg);

interface Item {
  code: string;
  /** Repeat count (for s/p: the field size). */
  count: number;
  offset: number;
  size: number;
}

export interface Layout {
  format: string;
  little: boolean;
  native: boolean;
  items: Item[];
  size: number;
  /** How many Python values pack() takes. */
  nargs: number;
}

const NATIVE_SIZE: Record<string, number> = { x: 1, c: 1, b: 1, B: 1, "?": 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, e: 2, f: 4, d: 8, s: 1, p: 1, P: 8 };
const STD_SIZE: Record<string, number> = { x: 1, c: 1, b: 1, B: 1, "?": 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, e: 2, f: 4, d: 8, s: 1, p: 1 };

export function parseFormat(format: string): Layout {
  let pos = 0;
  let little = true;
  let native = true;
  const first = format[0];
  if (first !== undefined && "@=<>!".includes(first)) {
    pos = 1;
    native = first === "@";
    little = first === "@" || first === "=" || first === "<";
  }
  const sizes = native ? NATIVE_SIZE : STD_SIZE;
  const items: Item[] = [];
  let offset = 0;
  let nargs = 0;
  while (pos < format.length) {
    let c = format[pos]!;
    if (/\s/.test(c)) {
      pos++;
      continue;
    }
    let count = 1;
    if (c >= "0" && c <= "9") {
      let n = 0;
      while (pos < format.length && format[pos]! >= "0" && format[pos]! <= "9") n = n * 10 + Number(format[pos++]);
      if (pos >= format.length) throw err("repeat count given without format specifier");
      count = n;
      c = format[pos]!;
    }
    pos++;
    const size = sizes[c];
    if (size === undefined) throw err("bad char in struct format");
    if (native && c !== "x" && c !== "s" && c !== "p" && c !== "c") offset = Math.ceil(offset / size) * size;
    if (c === "s" || c === "p") {
      items.push({ code: c, count, offset, size: count });
      offset += count;
      nargs += 1;
    } else {
      if (c !== "x") {
        items.push({ code: c, count, offset, size });
        nargs += count;
      }
      offset += size * count;
    }
  }
  return { format, little, native, items, size: offset, nargs };
}

const cache = new Map<string, Layout>();

function formatText(v: PyValue, fn: string): string {
  const s = strValue(v);
  if (s !== undefined) return s;
  if (v instanceof PyBytes) return String.fromCharCode(...v.bytes);
  throw pyTypeError(`${fn} argument 1 must be a str or bytes object, not ${typeName(v)}`);
}

export function layoutFor(v: PyValue, fn = "Struct()"): Layout {
  const text = formatText(v, fn);
  let l = cache.get(text);
  if (l === undefined) {
    l = parseFormat(text);
    if (cache.size > 200) cache.clear();
    cache.set(text, l);
  }
  return l;
}

// ---- values to bytes --------------------------------------------------------------------------

function toInteger(v: PyValue): bigint {
  if (typeof v === "number") return BigInt(v);
  if (typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1n : 0n;
  if (v instanceof PyIntObject) return toInteger(v.value);
  const idx = typeOf(v).lookup("__index__");
  if (idx !== undefined) {
    const r = intValue(runSync(callGen(idx, [v])));
    if (r !== undefined) return BigInt(r);
  }
  throw err("required argument is not an integer");
}

function toDouble(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  const n = intValue(v);
  if (n !== undefined && !(v instanceof PyObject && !(v instanceof PyIntObject))) {
    const d = Number(n);
    // an int beyond the double range fails the float conversion
    if (!Number.isFinite(d)) throw err("required argument is not a float");
    return d;
  }
  const f = typeOf(v).lookup("__float__");
  if (f !== undefined) {
    const r = runSync(callGen(f, [v]));
    if (r instanceof PyFloat) return r.value;
  }
  const idx = typeOf(v).lookup("__index__");
  if (idx !== undefined) return Number(toInteger(v));
  throw err("required argument is not a float");
}

const NAMED_RANGE: Record<string, [string, bigint, bigint]> = {
  b: ["byte", -128n, 127n],
  B: ["ubyte", 0n, 255n],
  h: ["short", -32768n, 32767n],
  H: ["ushort", 0n, 65535n],
};
const LONG_MIN = -(1n << 63n);
const LONG_MAX = (1n << 63n) - 1n;
const ULONG_MAX = (1n << 64n) - 1n;

/** The integer for code `c` checked against its range, with the message CPython gives. */
// (8-byte codes in little-endian layouts go through the native converters: another message)
function checkedInt(c: string, size: number, little: boolean, v: PyValue): bigint {
  const n = toInteger(v);
  const signed = c === c.toLowerCase() && c !== "?";
  if (c === "P") {
    if (n < LONG_MIN || n > ULONG_MAX) throw err("int too large to convert");
    return BigInt.asUintN(64, n);
  }
  if (size === 8) {
    const ok = signed ? n >= LONG_MIN && n <= LONG_MAX : n >= 0n && n <= ULONG_MAX;
    if (!ok) throw err(little ? "argument out of range" : "int too large to convert");
    return n;
  }
  const named = NAMED_RANGE[c];
  if (named) {
    // converted through a C long first (big-endian H: an unsigned long); big-endian h/H name
    // the code in the range message, the others the C type
    const bigH = !little && c === "H";
    if (bigH ? n < 0n || n > ULONG_MAX : n < LONG_MIN || n > LONG_MAX) throw err("argument out of range");
    if (n < named[1] || n > named[2]) {
      const what = little || c === "b" || c === "B" ? `${named[0]} format` : `'${c}' format`;
      throw err(`${what} requires ${named[1]} <= number <= ${named[2]}`);
    }
    return n;
  }
  if (signed ? n < LONG_MIN || n > LONG_MAX : n > ULONG_MAX || n < 0n) throw err("argument out of range");
  const bits = BigInt(size * 8);
  const lo = signed ? -(1n << (bits - 1n)) : 0n;
  const hi = signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
  if (n < lo || n > hi) throw err(`'${c}' format requires ${lo} <= number <= ${hi}`);
  return n;
}

/** Rounds a non-negative float to an integer, halves to even. */
function roundHalfEven(y: number): number {
  const r = Math.floor(y);
  const d = y - r;
  return d > 0.5 || (d === 0.5 && r % 2 === 1) ? r + 1 : r;
}

/** IEEE 754 binary16 bits of x (OverflowError when it rounds past the largest half). */
export function halfBits(x: number): number {
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  const a = Math.abs(x);
  if (Number.isNaN(x)) return 0x7e00 | sign;
  if (a === Infinity) return 0x7c00 | sign;
  if (a < 2 ** -14) return sign | roundHalfEven(a * 2 ** 24);
  let e = Math.floor(Math.log2(a));
  while (2 ** e > a) e--;
  while (2 ** (e + 1) <= a) e++;
  let m = roundHalfEven(a * 2 ** (10 - e));
  if (m === 2048) {
    m = 1024;
    e++;
  }
  if (e > 15) throw pyOverflowError("float too large to pack with e format");
  return sign | ((e + 15) << 10) | (m - 1024);
}

export function halfValue(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const e = (bits >> 10) & 0x1f;
  const m = bits & 0x3ff;
  if (e === 0x1f) return m ? NaN : sign * Infinity;
  if (e === 0) return sign * m * 2 ** -24;
  return sign * (1024 + m) * 2 ** (e - 25);
}

/** The bytes of a bytes or bytearray value (what c, s and p take; memoryviews are refused). */
function bytesOf(v: PyValue): Uint8Array | undefined {
  return v instanceof PyBytes || v instanceof PyByteArray ? v.bytes : undefined;
}

function packItem(view: DataView, at: number, it: Item, little: boolean, native: boolean, v: PyValue): void {
  const c = it.code;
  switch (c) {
    case "c": {
      const b = bytesOf(v);
      if (b === undefined || b.length !== 1) throw err("char format requires a bytes object of length 1");
      view.setUint8(at, b[0]!);
      return;
    }
    case "?":
      view.setUint8(at, isTrue(v) ? 1 : 0);
      return;
    case "e": {
      const d = toDouble(v);
      try {
        view.setUint16(at, halfBits(d), little);
      } catch (e) {
        // CPython reports an int too large for a half float differently from a float
        if (!(v instanceof PyFloat) && intValue(v) !== undefined) throw err("int too large to convert");
        throw e;
      }
      return;
    }
    case "f": {
      const d = toDouble(v);
      // native 'f' is a C cast (overflows to inf); the standard packer refuses
      if (!native && Number.isFinite(d) && !Number.isFinite(Math.fround(d))) throw pyOverflowError("float too large to pack with f format");
      view.setFloat32(at, d, little);
      return;
    }
    case "d":
      view.setFloat64(at, toDouble(v), little);
      return;
  }
  // integer codes are 1, 2, 4 or 8 bytes wide; DataView writes them in the layout's byte order
  const bits = BigInt.asUintN(it.size * 8, checkedInt(c, it.size, little, v));
  switch (it.size) {
    case 1:
      view.setUint8(at, Number(bits));
      return;
    case 2:
      view.setUint16(at, Number(bits), little);
      return;
    case 4:
      view.setUint32(at, Number(bits), little);
      return;
    default:
      view.setBigUint64(at, bits, little);
  }
}

function packBytesField(out: Uint8Array, at: number, it: Item, v: PyValue): void {
  const b = bytesOf(v);
  if (b === undefined) throw err(`argument for '${it.code}' must be a bytes object`);
  if (it.code === "s") {
    out.set(b.subarray(0, it.count), at);
    return;
  }
  if (it.count === 0) return;
  const n = Math.min(b.length, it.count - 1, 255);
  out[at] = n;
  out.set(b.subarray(0, n), at + 1);
}

export function packInto(l: Layout, out: Uint8Array, base: number, values: PyValue[], fn = "pack"): void {
  if (values.length !== l.nargs) throw err(`${fn} expected ${l.nargs} items for packing (got ${values.length})`);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let k = 0;
  for (const it of l.items) {
    if (it.code === "s" || it.code === "p") {
      packBytesField(out, base + it.offset, it, values[k++]!);
      continue;
    }
    for (let j = 0; j < it.count; j++) packItem(view, base + it.offset + j * it.size, it, l.little, l.native, values[k++]!);
  }
}

export function pack(l: Layout, values: PyValue[]): Uint8Array {
  const out = new Uint8Array(l.size);
  packInto(l, out, 0, values);
  return out;
}

// ---- bytes to values --------------------------------------------------------------------------

function unpackItem(view: DataView, at: number, it: Item, little: boolean): PyValue {
  switch (it.code) {
    case "c":
      return new PyBytes(new Uint8Array([view.getUint8(at)]));
    case "?":
      return view.getUint8(at) !== 0;
    case "e":
      return newFloat(halfValue(view.getUint16(at, little)));
    case "f":
      return newFloat(view.getFloat32(at, little));
    case "d":
      return newFloat(view.getFloat64(at, little));
  }
  // integer codes are 1, 2, 4 or 8 bytes wide; lower-case codes are signed
  const signed = it.code === it.code.toLowerCase();
  switch (it.size) {
    case 1:
      return signed ? view.getInt8(at) : view.getUint8(at);
    case 2:
      return signed ? view.getInt16(at, little) : view.getUint16(at, little);
    case 4:
      return signed ? view.getInt32(at, little) : view.getUint32(at, little);
    default:
      return normalizeInt(signed ? view.getBigInt64(at, little) : view.getBigUint64(at, little));
  }
}

export function unpackAt(l: Layout, data: Uint8Array, base: number): PyValue[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const out: PyValue[] = [];
  for (const it of l.items) {
    const at = base + it.offset;
    if (it.code === "s") out.push(new PyBytes(data.slice(at, at + it.count)));
    else if (it.code === "p") {
      const n = it.count === 0 ? 0 : Math.min(data[at]!, it.count - 1);
      out.push(new PyBytes(data.slice(at + 1, at + 1 + n)));
    } else for (let j = 0; j < it.count; j++) out.push(unpackItem(view, at + j * it.size, it, l.little));
  }
  return out;
}

// ---- Python-facing functions ------------------------------------------------------------------

function readable(v: PyValue | undefined): Uint8Array {
  const b = v === undefined ? undefined : bytesLike(v);
  if (b === undefined) throw pyTypeError(`a bytes-like object is required, not '${typeName(v ?? "")}'`);
  return b;
}

/** The writable bytes of a bytearray or a memoryview on one (a window into the live buffer). */
function writable(v: PyValue | undefined): Uint8Array {
  if (v instanceof PyByteArray) return v.bytes;
  if (v instanceof PyMemoryView && !v.readonly && v.step === 1) {
    v.check();
    return v.bytes;
  }
  throw pyTypeError(`argument must be read-write bytes-like object, not ${typeName(v ?? "")}`);
}

function offsetArg(v: PyValue | undefined): number {
  if (v === undefined) return 0;
  return Number(toIndexInt(v));
}

function toIndexInt(v: PyValue): bigint {
  if (v instanceof PyFloat) throw pyTypeError("'float' object cannot be interpreted as an integer");
  const n = intValue(v);
  if (n !== undefined) return BigInt(n);
  const idx = typeOf(v).lookup("__index__");
  if (idx !== undefined) return BigInt(intValue(runSync(callGen(idx, [v]))) ?? 0);
  throw pyTypeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
}

function doUnpack(l: Layout, buf: PyValue | undefined): PyTuple {
  const data = readable(buf);
  if (data.length !== l.size) throw err(`unpack requires a buffer of ${l.size} bytes`);
  return new PyTuple(unpackAt(l, data, 0));
}

function doUnpackFrom(l: Layout, buf: PyValue | undefined, off: PyValue | undefined): PyTuple {
  const data = readable(buf);
  let offset = offsetArg(off);
  if (offset < 0) {
    if (offset + data.length < 0) throw err(`offset ${offset} out of range for ${data.length}-byte buffer`);
    offset += data.length;
  }
  if (data.length - offset < l.size) {
    throw err(`unpack_from requires a buffer of at least ${l.size + offset} bytes for unpacking ${l.size} bytes at offset ${offset} (actual buffer size is ${data.length})`);
  }
  return new PyTuple(unpackAt(l, data, offset));
}

function doPackInto(l: Layout, args: PyValue[]): PyValue {
  if (args.length < 2) throw pyTypeError(`pack_into expected buffer argument`);
  const out = writable(args[0]);
  let offset = offsetArg(args[1]);
  if (offset < 0) {
    if (offset + out.length < 0) throw err(`offset ${offset} out of range for ${out.length}-byte buffer`);
    if (offset + l.size > 0) throw err(`no space to pack ${l.size} bytes at offset ${offset}`);
    offset += out.length;
  }
  if (out.length - offset < l.size) throw err(`pack_into requires a buffer of at least ${l.size + offset} bytes for packing ${l.size} bytes at offset ${offset} (actual buffer size is ${out.length})`);
  packInto(l, out, offset, args.slice(2), "pack_into");
  return noneValue;
}

const unpackIteratorType = makeBuiltinType("unpack_iterator", undefined, { module: "_struct", baseType: false });
class PyUnpackIterator extends PyObject {
  pos = 0;
  constructor(
    readonly layout: Layout,
    readonly data: Uint8Array,
  ) {
    super(unpackIteratorType);
  }
}
defineMethods(unpackIteratorType, {
  __iter__: (args) => args[0]!,
  __next__: (args) => {
    const it = args[0] as PyUnpackIterator;
    if (it.pos + it.layout.size > it.data.length) throw newException(Exc.StopIteration);
    const t = new PyTuple(unpackAt(it.layout, it.data, it.pos));
    it.pos += it.layout.size;
    return t;
  },
  __length_hint__: (args) => {
    const it = args[0] as PyUnpackIterator;
    return (it.data.length - it.pos) / it.layout.size;
  },
});

function doIterUnpack(l: Layout, buf: PyValue | undefined): PyUnpackIterator {
  if (l.size === 0) throw err("cannot iteratively unpack with a struct of length 0");
  const data = readable(buf);
  if (data.length % l.size !== 0) throw err(`iterative unpacking requires a buffer of a multiple of ${l.size} bytes`);
  return new PyUnpackIterator(l, data.slice());
}

// ---- the Struct type --------------------------------------------------------------------------

export const structType = makeBuiltinType("Struct", undefined, { module: "_struct" });
class PyStruct extends PyObject {
  constructor(
    public layout: Layout,
    type: PyType,
  ) {
    super(type);
  }
}

function S(v: PyValue | undefined): Layout {
  if (!(v instanceof PyStruct)) throw pyTypeError(`descriptor requires a '_struct.Struct' object but received '${typeName(v ?? "")}'`);
  return v.layout;
}

defineStaticMethod(structType, "__new__", (args, kw) => {
  const [fmt] = bindArgs("Struct", args.slice(1), kw, ["format"], 1);
  return new PyStruct(layoutFor(fmt!), args[0] as PyType);
});
defineMethods(structType, {
  __init__: () => noneValue,
  pack: (args) => new PyBytes(pack(S(args[0]), args.slice(1))),
  pack_into: (args) => doPackInto(S(args[0]), args.slice(1)),
  unpack: (args) => doUnpack(S(args[0]), args[1]),
  unpack_from: (args, kw) => {
    const [buf, off] = bindArgs("unpack_from", args.slice(1), kw, ["buffer", "offset"], 1);
    return doUnpackFrom(S(args[0]), buf, off);
  },
  iter_unpack: (args) => doIterUnpack(S(args[0]), args[1]),
});
defineGetter(structType, "format", (o) => S(o).format);
defineGetter(structType, "size", (o) => S(o).size);

defineNativeModule("struct", (m) => {
  const d = m.dict;
  const def = (name: string, fn: NativeFn) => d.setStr(name, nativeFunction(name, fn, "struct"));
  d.setStr("error", structError);
  d.setStr("Struct", structType);
  d.setStr("__doc__", "Functions to convert between Python values and C structs.");
  const needFmt = (args: PyValue[]) => {
    if (args.length === 0) throw pyTypeError("missing format argument");
    return layoutFor(args[0]!);
  };
  def("pack", (args) => new PyBytes(pack(needFmt(args), args.slice(1))));
  def("pack_into", (args) => doPackInto(needFmt(args), args.slice(1)));
  def("unpack", (args) => {
    if (args.length !== 2) throw pyTypeError(`unpack expected 2 arguments, got ${args.length}`);
    return doUnpack(layoutFor(args[0]!), args[1]);
  });
  def("unpack_from", (args: PyValue[], kw: KwArgs) => {
    const [fmt, buf, off] = bindArgs("unpack_from", args, kw, ["format", "buffer", "offset"], 2);
    return doUnpackFrom(layoutFor(fmt!), buf, off);
  });
  def("iter_unpack", (args) => {
    if (args.length !== 2) throw pyTypeError(`iter_unpack expected 2 arguments, got ${args.length}`);
    return doIterUnpack(layoutFor(args[0]!), args[1]);
  });
  def("calcsize", (args) => {
    if (args.length !== 1) throw pyTypeError(`calcsize() takes exactly one argument (${args.length} given)`);
    return layoutFor(args[0]!).size;
  });
  def("_clearcache", () => (cache.clear(), noneValue));
});
