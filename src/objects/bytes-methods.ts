// bytes and bytearray methods: construction, sequence protocol, comparison, hashing and the
// byte-string methods CPython gives both (decode, hex, split, strip, find, replace …), plus
// bytearray's mutators. Data lives in PyBytes.bytes / PyByteArray.bytes (an exact-length view;
// bytearray grows into spare room of its ArrayBuffer so `ba += chunk` is amortised O(n)).
import type { KwArgs, PyValue } from "./object.js";
import { PyObject } from "./object.js";
import type { PyType } from "./type.js";
import { PyBytes, PyByteArray, bytesType, bytearrayType } from "./bytes.js";
import { defineClassMethod, defineMethods, defineStaticMethod } from "./function.js";
import { None, NotImplemented } from "./singletons.js";
import { PyList } from "./list.js";
import { PyTuple } from "./tuple.js";
import { intValue, isInt } from "./int.js";
import { strValue } from "./str.js";
import { PySlice, sliceIndices, asIndex } from "./slice.js";
import { NativeIterator, defineIteratorType, toArrayGen } from "./iter.js";
import { typeOf, typeName } from "./typeof.js";
import { callGen } from "./call.js";
import type { NativeGen } from "./native.js";
import { Exc, newException, pyIndexError, pyTypeError, pyValueError } from "./exceptions.js";
import { reprBytes } from "./repr.js";
import { hashStr } from "./ops.js";
import { decodeText, encodeText } from "./text-codecs.js";

type ByteSeq = PyBytes | PyByteArray;

/** The bytes of any bytes-like object (bytes, bytearray, memoryview-ish), or undefined. */
export function bytesLike(v: PyValue): Uint8Array | undefined {
  if (v instanceof PyBytes || v instanceof PyByteArray) return v.bytes;
  if (v instanceof PyObject) {
    const b = (v as { bytes?: unknown }).bytes;
    if (b instanceof Uint8Array) return b;
  }
  return undefined;
}

function self(v: PyValue): ByteSeq {
  if (v instanceof PyBytes || v instanceof PyByteArray) return v;
  throw pyTypeError(`descriptor requires a 'bytes' object but received '${typeName(v)}'`);
}

const isBA = (v: PyValue) => v instanceof PyByteArray;
const kindName = (v: PyValue) => (isBA(v) ? "bytearray" : "bytes");

/** A result of the same kind as `like` (bytes methods on a bytearray give bytearrays). */
function make(like: PyValue, data: Uint8Array): ByteSeq {
  return isBA(like) ? new PyByteArray(data) : new PyBytes(data);
}

function latin1(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode.apply(null, b.subarray(i, i + 8192) as unknown as number[]);
  return s;
}

function fromLatin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** The byte value of an int argument (0..255), with CPython's messages. */
function byteValue(v: PyValue): number {
  const n = intValue(v);
  if (n === undefined) {
    if (typeOf(v).lookup("__index__") !== undefined) return byteValue(asIndex(v));
    throw pyTypeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  }
  if (n < 0 || n > 255) throw pyValueError("byte must be in range(0, 256)");
  return Number(n);
}

/** An argument that must be bytes-like ("a bytes-like object is required, not 'str'"). */
function needBytes(v: PyValue): Uint8Array {
  const b = bytesLike(v);
  if (b === undefined) throw pyTypeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return b;
}

/** A sub-sequence argument of find/count/index/in: bytes-like or an int. */
function needle(v: PyValue, what = "argument should be integer or bytes-like object"): Uint8Array {
  const b = bytesLike(v);
  if (b !== undefined) return b;
  if (isInt(v)) return Uint8Array.of(byteValue(v));
  throw pyTypeError(`${what}, not '${typeName(v)}'`);
}

function indexOf(hay: Uint8Array, ndl: Uint8Array, from: number, to: number): number {
  const n = ndl.length;
  if (n === 0) return from <= to ? from : -1;
  const first = ndl[0];
  outer: for (let i = from; i + n <= to; i++) {
    if (hay[i] !== first) continue;
    for (let j = 1; j < n; j++) if (hay[i + j] !== ndl[j]) continue outer;
    return i;
  }
  return -1;
}

function lastIndexOf(hay: Uint8Array, ndl: Uint8Array, from: number, to: number): number {
  const n = ndl.length;
  outer: for (let i = to - n; i >= from; i--) {
    for (let j = 0; j < n; j++) if (hay[i + j] !== ndl[j]) continue outer;
    return i;
  }
  return -1;
}

/** start/end arguments of find/count/startswith, normalised like slice bounds. */
function bounds(len: number, start: PyValue | undefined, end: PyValue | undefined): [number, number] {
  let s = start === undefined || start === None ? 0 : asIndex(start, "slice indices");
  let e = end === undefined || end === None ? len : asIndex(end, "slice indices");
  if (s < 0) s = Math.max(0, s + len);
  if (e < 0) e = Math.max(0, e + len);
  if (e > len) e = len;
  return [s, e];
}

function cmpBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

function eqBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const isSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d);
const isLower = (c: number) => c >= 0x61 && c <= 0x7a;
const isUpper = (c: number) => c >= 0x41 && c <= 0x5a;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isAlpha = (c: number) => isLower(c) || isUpper(c);

function kwArg(args: PyValue[], kw: KwArgs, pos: number, name: string): PyValue | undefined {
  if (kw && kw.has(name)) return kw.get(name);
  return args[pos];
}

function strArg(v: PyValue | undefined, dflt: string, fn: string, argName: string): string {
  if (v === undefined) return dflt;
  const s = strValue(v);
  if (s === undefined) throw pyTypeError(`${fn}() argument '${argName}' must be str, not ${typeName(v)}`);
  return s;
}

// ---- construction --------------------------------------------------------------------------

/** The bytes bytes(x) / bytearray(x) builds from one argument (plus encoding/errors). */
function* bytesFromGen(kind: string, src: PyValue | undefined, encoding: PyValue | undefined, errors: PyValue | undefined): NativeGen<Uint8Array> {
  if (src === undefined) {
    if (encoding !== undefined || errors !== undefined) throw pyTypeError(encoding !== undefined ? "encoding without a string argument" : "errors without a string argument");
    return new Uint8Array(0);
  }
  const s = strValue(src);
  if (s !== undefined) {
    if (encoding === undefined) throw pyTypeError("string argument without an encoding");
    return encodeText(s, strArg(encoding, "utf-8", kind, "encoding"), strArg(errors, "strict", kind, "errors"));
  }
  if (encoding !== undefined) throw pyTypeError("encoding without a string argument");
  if (errors !== undefined) throw pyTypeError("errors without a string argument");
  const b = bytesLike(src);
  if (b !== undefined) return b.slice();
  if (kind === "bytes") {
    const conv = typeOf(src).lookup("__bytes__");
    if (conv !== undefined) {
      const r = yield* callGen(conv, [src]);
      if (!(r instanceof PyBytes)) throw pyTypeError(`__bytes__ returned non-bytes (type ${typeName(r)})`);
      return r.bytes;
    }
  }
  if (isInt(src) || (src instanceof PyObject && typeOf(src).lookup("__index__") !== undefined && !(src instanceof PyList))) {
    const n = intValue(src) ?? asIndex(src);
    if (n < 0) throw pyValueError("negative count");
    if (n > 2 ** 31) throw newException(Exc.MemoryError);
    return new Uint8Array(Number(n));
  }
  if (typeOf(src).lookup("__iter__") === undefined && typeOf(src).lookup("__getitem__") === undefined) {
    throw pyTypeError(kind === "bytes" ? `cannot convert '${typeName(src)}' object to bytes` : `cannot convert '${typeName(src)}' object to bytearray`);
  }
  const items = yield* toArrayGen(src);
  const out = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const n = intValue(items[i]);
    if (n === undefined) throw pyTypeError(`'${typeName(items[i])}' object cannot be interpreted as an integer`);
    if (n < 0 || n > 255) throw pyValueError("bytes must be in range(0, 256)");
    out[i] = Number(n);
  }
  return out;
}

function ctorArgs(kind: string, args: PyValue[], kw: KwArgs): [PyValue | undefined, PyValue | undefined, PyValue | undefined] {
  const names = ["source", "encoding", "errors"];
  const vals: (PyValue | undefined)[] = args.slice(0, 3);
  if (args.length > 3) throw pyTypeError(`${kind}() takes at most 3 arguments (${args.length} given)`);
  if (kw) {
    for (const [k, v] of kw) {
      const i = names.indexOf(k);
      if (i < 0) throw pyTypeError(`'${k}' is an invalid keyword argument for ${kind}()`);
      vals[i] = v;
    }
  }
  return [vals[0], vals[1], vals[2]];
}

defineStaticMethod(bytesType, "__new__", function* (args, kw): NativeGen {
  const cls = args[0] as PyType;
  const [src, enc, err] = ctorArgs("bytes", args.slice(1), kw);
  const data = yield* bytesFromGen("bytes", src, enc, err);
  return new PyBytes(data, cls);
});

defineStaticMethod(bytearrayType, "__new__", (args) => new PyByteArray(new Uint8Array(0), args[0] as PyType));

// ---- bytearray storage with spare capacity ---------------------------------------------------

/** Replaces a bytearray's content with `len` bytes, growing its buffer geometrically. */
function resizeBA(ba: PyByteArray, len: number): Uint8Array {
  const cur = ba.bytes;
  const cap = cur.buffer.byteLength - cur.byteOffset;
  if (len <= cap && !(cur.buffer instanceof SharedArrayBuffer)) {
    ba.bytes = new Uint8Array(cur.buffer, cur.byteOffset, len);
    return ba.bytes;
  }
  const buf = new Uint8Array(Math.max(len, Math.ceil(cur.length * 1.5) + 16));
  buf.set(cur.subarray(0, Math.min(cur.length, len)));
  ba.bytes = buf.subarray(0, len);
  return ba.bytes;
}

function appendBA(ba: PyByteArray, data: Uint8Array): void {
  const old = ba.bytes.length;
  const copy = data.buffer === ba.bytes.buffer ? data.slice() : data;
  resizeBA(ba, old + copy.length).set(copy, old);
}

function setBA(ba: PyByteArray, data: Uint8Array): void {
  ba.bytes = data;
}

// ---- iteration --------------------------------------------------------------------------------

const bytesIteratorType = defineIteratorType("bytes_iterator");
const bytearrayIteratorType = defineIteratorType("bytearray_iterator");

class BytesIterator extends NativeIterator {
  private i = 0;
  constructor(
    private readonly owner: ByteSeq | null,
    type: PyType,
  ) {
    super(type);
  }
  nextValue(): PyValue | undefined {
    const o = this.owner;
    if (o === null || this.i >= o.bytes.length) return undefined;
    return o.bytes[this.i++];
  }
}

// ---- methods shared by bytes and bytearray ------------------------------------------------------

function splitWhite(b: Uint8Array, maxsplit: number, fromRight: boolean): Uint8Array[] {
  const out: Uint8Array[] = [];
  if (!fromRight) {
    let i = 0;
    const n = b.length;
    while (i < n) {
      while (i < n && isSpace(b[i])) i++;
      if (i >= n) break;
      if (maxsplit >= 0 && out.length >= maxsplit) {
        // the remainder keeps its trailing whitespace, as CPython's
        out.push(b.slice(i));
        break;
      }
      let j = i;
      while (j < n && !isSpace(b[j])) j++;
      out.push(b.slice(i, j));
      i = j;
    }
    return out;
  }
  let i = b.length;
  while (i > 0) {
    while (i > 0 && isSpace(b[i - 1])) i--;
    if (i <= 0) break;
    if (maxsplit >= 0 && out.length >= maxsplit) {
      out.push(b.slice(0, i));
      break;
    }
    let j = i;
    while (j > 0 && !isSpace(b[j - 1])) j--;
    out.push(b.slice(j, i));
    i = j;
  }
  return out.reverse();
}

function splitSep(b: Uint8Array, sep: Uint8Array, maxsplit: number, fromRight: boolean): Uint8Array[] {
  if (sep.length === 0) throw pyValueError("empty separator");
  const out: Uint8Array[] = [];
  if (!fromRight) {
    let i = 0;
    for (;;) {
      if (maxsplit >= 0 && out.length >= maxsplit) break;
      const j = indexOf(b, sep, i, b.length);
      if (j < 0) break;
      out.push(b.slice(i, j));
      i = j + sep.length;
    }
    out.push(b.slice(i));
    return out;
  }
  let end = b.length;
  for (;;) {
    if (maxsplit >= 0 && out.length >= maxsplit) break;
    const j = lastIndexOf(b, sep, 0, end);
    if (j < 0) break;
    out.push(b.slice(j + sep.length, end));
    end = j;
  }
  out.push(b.slice(0, end));
  return out.reverse();
}

function splitArgs(args: PyValue[], kw: KwArgs): [Uint8Array | null, number] {
  const sepV = kwArg(args, kw, 1, "sep");
  const maxV = kwArg(args, kw, 2, "maxsplit");
  const sep = sepV === undefined || sepV === None ? null : needBytes(sepV);
  let maxsplit = -1;
  if (maxV !== undefined) {
    const m = intValue(maxV);
    if (m === undefined) throw pyTypeError(`'${typeName(maxV)}' object cannot be interpreted as an integer`);
    maxsplit = Number(m);
  }
  return [sep, maxsplit];
}

function stripBytes(b: Uint8Array, chars: PyValue | undefined, left: boolean, right: boolean): Uint8Array {
  let test: (c: number) => boolean = isSpace;
  if (chars !== undefined && chars !== None) {
    const set = new Set(needBytes(chars));
    test = (c) => set.has(c);
  }
  let s = 0, e = b.length;
  if (left) while (s < e && test(b[s])) s++;
  if (right) while (e > s && test(b[e - 1])) e--;
  return b.slice(s, e);
}

function findImpl(args: PyValue[], right: boolean): number {
  const b = self(args[0]).bytes;
  const n = needle(args[1]);
  const [s, e] = bounds(b.length, args[2], args[3]);
  if (s > b.length) return -1;
  return right ? lastIndexOf(b, n, s, e) : indexOf(b, n, s, e);
}

function affix(args: PyValue[], atEnd: boolean): boolean {
  const b = self(args[0]).bytes;
  const [s, e] = bounds(b.length, args[2], args[3]);
  const test = (p: Uint8Array) => {
    if (e - s < p.length || s > b.length) return false;
    const at = atEnd ? e - p.length : s;
    for (let i = 0; i < p.length; i++) if (b[at + i] !== p[i]) return false;
    return true;
  };
  const x = args[1];
  const fn = atEnd ? "endswith" : "startswith";
  if (x instanceof PyTuple) {
    return x.items.some((p) => {
      const pb = bytesLike(p);
      if (pb === undefined) throw pyTypeError(`a bytes-like object is required, not '${typeName(p)}'`);
      return test(pb);
    });
  }
  const pb = bytesLike(x);
  if (pb === undefined) throw pyTypeError(`${fn} first arg must be bytes or a tuple of bytes, not ${typeName(x)}`);
  return test(pb);
}

function pad(args: PyValue[], how: "ljust" | "rjust" | "center"): ByteSeq {
  const b = self(args[0]).bytes;
  const w = intValue(args[1]);
  if (w === undefined) throw pyTypeError(`'${typeName(args[1])}' object cannot be interpreted as an integer`);
  let fill = 0x20;
  if (args[2] !== undefined) {
    const fb = bytesLike(args[2]);
    if (fb === undefined || fb.length !== 1) throw pyTypeError(`${how}() argument 2 must be a byte string of length 1, not ${typeName(args[2])}`);
    fill = fb[0];
  }
  const width = Number(w);
  if (width <= b.length) return make(args[0], b.slice());
  const total = width - b.length;
  const left = how === "rjust" ? total : how === "ljust" ? 0 : Math.floor(total / 2) + (total & width & 1);
  const out = new Uint8Array(width).fill(fill);
  out.set(b, left);
  return make(args[0], out);
}

function mapBytes(args: PyValue[], f: (c: number, i: number, b: Uint8Array) => number): ByteSeq {
  const b = self(args[0]).bytes;
  const out = new Uint8Array(b.length);
  for (let i = 0; i < b.length; i++) out[i] = f(b[i], i, b);
  return make(args[0], out);
}

function allOf(b: Uint8Array, f: (c: number) => boolean): boolean {
  if (b.length === 0) return false;
  for (const c of b) if (!f(c)) return false;
  return true;
}

function hexOf(b: Uint8Array, sepV: PyValue | undefined, perV: PyValue | undefined): string {
  let h = "";
  for (let i = 0; i < b.length; i++) h += (b[i] < 16 ? "0" : "") + b[i].toString(16);
  if (sepV === undefined) return h;
  const sep = strValue(sepV) ?? (bytesLike(sepV) ? latin1(bytesLike(sepV)!) : undefined);
  if (sep === undefined || sep.length !== 1) throw pyValueError("sep must be length 1.");
  const per = perV === undefined ? 1 : Number(intValue(perV) ?? 1);
  if (per === 0 || b.length === 0) return h;
  const groups: string[] = [];
  const n = Math.abs(per);
  if (per > 0) {
    // groups counted from the right
    let end = b.length;
    while (end > 0) {
      const start = Math.max(0, end - n);
      groups.unshift(h.slice(start * 2, end * 2));
      end = start;
    }
  } else {
    for (let start = 0; start < b.length; start += n) groups.push(h.slice(start * 2, Math.min(b.length, start + n) * 2));
  }
  return groups.join(sep);
}

function fromHex(s: string): Uint8Array {
  const out: number[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\v" || c === "\f") {
      i++;
      continue;
    }
    const hi = parseInt(c, 16);
    const lo = i + 1 < s.length ? parseInt(s[i + 1], 16) : NaN;
    if (Number.isNaN(hi)) throw pyValueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    if (Number.isNaN(lo)) throw pyValueError(`non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}

function repeat(b: Uint8Array, nv: PyValue): Uint8Array | undefined {
  const n = intValue(nv);
  if (n === undefined) return undefined;
  if (n <= 0 || b.length === 0) return new Uint8Array(0);
  if (typeof n === "bigint" || n * b.length > 2 ** 31) throw newException(Exc.MemoryError);
  const out = new Uint8Array(b.length * n);
  for (let i = 0; i < n; i++) out.set(b, i * b.length);
  return out;
}

function getItem(obj: ByteSeq, k: PyValue): PyValue {
  const b = obj.bytes;
  if (k instanceof PySlice) {
    const [start, , step, n] = sliceIndices(k, b.length);
    if (step === 1) return make(obj, b.slice(start, start + n));
    const out = new Uint8Array(n);
    for (let i = 0, j = start; i < n; i++, j += step) out[i] = b[j];
    return make(obj, out);
  }
  if (intValue(k) === undefined && typeOf(k).lookup("__index__") === undefined) {
    throw pyTypeError(`${kindName(obj) === "bytes" ? "byte" : "bytearray"} indices must be integers or slices, not ${typeName(k)}`);
  }
  let i = asIndex(k);
  if (i < 0) i += b.length;
  if (i < 0 || i >= b.length || !Number.isFinite(i)) throw pyIndexError(isBA(obj) ? "bytearray index out of range" : "index out of range");
  return b[i];
}

function cmp(op: (c: number) => boolean) {
  return (args: PyValue[]) => {
    const a = self(args[0]).bytes;
    const b = bytesLike(args[1]);
    if (b === undefined) return NotImplemented;
    return op(cmpBytes(a, b));
  };
}

function translate(args: PyValue[], kw: KwArgs): ByteSeq {
  const b = self(args[0]).bytes;
  const tableV = args[1];
  const delV = kwArg(args, kw, 2, "delete");
  let table: Uint8Array | null = null;
  if (tableV !== None && tableV !== undefined) {
    table = needBytes(tableV);
    if (table.length !== 256) throw pyValueError("translation table must be 256 characters long");
  }
  const del = delV === undefined ? null : new Set(needBytes(delV));
  const out: number[] = [];
  for (const c of b) {
    if (del && del.has(c)) continue;
    out.push(table ? table[c] : c);
  }
  return make(args[0], Uint8Array.from(out));
}

const shared: Record<string, (args: PyValue[], kw: KwArgs) => PyValue | NativeGen> = {
  __len__: (args) => self(args[0]).bytes.length,
  __getitem__: (args) => getItem(self(args[0]), args[1]),
  __contains__: (args) => {
    const b = self(args[0]).bytes;
    const x = args[1];
    if (isInt(x)) {
      const n = intValue(x)!;
      if (n < 0 || n > 255) throw pyValueError("byte must be in range(0, 256)");
      return b.includes(Number(n));
    }
    return indexOf(b, needle(x, "a bytes-like object is required"), 0, b.length) >= 0;
  },
  __add__: (args) => {
    const a = self(args[0]).bytes;
    const b = bytesLike(args[1]);
    if (b === undefined) {
      if (args[1] instanceof PyObject && typeOf(args[1]).lookup("__radd__") !== undefined && !(args[1] instanceof PyList)) return NotImplemented;
      throw pyTypeError(`can't concat ${typeName(args[1])} to ${kindName(args[0])}`);
    }
    return make(args[0], concat([a, b]));
  },
  __mul__: (args) => {
    const r = repeat(self(args[0]).bytes, args[1]);
    return r === undefined ? NotImplemented : make(args[0], r);
  },
  __rmul__: (args) => {
    const r = repeat(self(args[0]).bytes, args[1]);
    return r === undefined ? NotImplemented : make(args[0], r);
  },
  __eq__: (args) => {
    const b = bytesLike(args[1]);
    return b === undefined ? NotImplemented : eqBytes(self(args[0]).bytes, b);
  },
  __ne__: (args) => {
    const b = bytesLike(args[1]);
    return b === undefined ? NotImplemented : !eqBytes(self(args[0]).bytes, b);
  },
  __lt__: cmp((c) => c < 0),
  __le__: cmp((c) => c <= 0),
  __gt__: cmp((c) => c > 0),
  __ge__: cmp((c) => c >= 0),
  __sizeof__: (args) => 33 + self(args[0]).bytes.length,
  decode: (args, kw) => {
    const b = self(args[0]).bytes;
    const enc = strArg(kwArg(args, kw, 1, "encoding"), "utf-8", "decode", "encoding");
    const errors = strArg(kwArg(args, kw, 2, "errors"), "strict", "decode", "errors");
    return decodeText(b, enc, errors);
  },
  hex: (args, kw) => hexOf(self(args[0]).bytes, kwArg(args, kw, 1, "sep"), kwArg(args, kw, 2, "bytes_per_sep")),
  count: (args) => {
    const b = self(args[0]).bytes;
    const n = needle(args[1]);
    const [s, e] = bounds(b.length, args[2], args[3]);
    if (s > b.length || e < s) return 0;
    if (n.length === 0) return e - s + 1;
    let c = 0;
    for (let i = indexOf(b, n, s, e); i >= 0; i = indexOf(b, n, i + n.length, e)) c++;
    return c;
  },
  find: (args) => findImpl(args, false),
  rfind: (args) => findImpl(args, true),
  index: (args) => {
    const r = findImpl(args, false);
    if (r < 0) throw pyValueError("subsection not found");
    return r;
  },
  rindex: (args) => {
    const r = findImpl(args, true);
    if (r < 0) throw pyValueError("subsection not found");
    return r;
  },
  startswith: (args) => affix(args, false),
  endswith: (args) => affix(args, true),
  join: function* (args): NativeGen {
    const sep = self(args[0]).bytes;
    const items = yield* toArrayGen(args[1]);
    const parts: Uint8Array[] = [];
    items.forEach((x, i) => {
      const b = bytesLike(x);
      if (b === undefined) throw pyTypeError(`sequence item ${i}: expected a bytes-like object, ${typeName(x)} found`);
      if (i > 0) parts.push(sep);
      parts.push(b);
    });
    return make(args[0], concat(parts));
  },
  split: (args, kw) => {
    const b = self(args[0]).bytes;
    const [sep, max] = splitArgs(args, kw);
    const parts = sep === null ? splitWhite(b, max, false) : splitSep(b, sep, max, false);
    return new PyList(parts.map((p) => make(args[0], p)));
  },
  rsplit: (args, kw) => {
    const b = self(args[0]).bytes;
    const [sep, max] = splitArgs(args, kw);
    const parts = sep === null ? splitWhite(b, max, true) : splitSep(b, sep, max, true);
    return new PyList(parts.map((p) => make(args[0], p)));
  },
  splitlines: (args, kw) => {
    const b = self(args[0]).bytes;
    const keepV = kwArg(args, kw, 1, "keepends");
    const keep = keepV !== undefined && keepV !== false && keepV !== 0 && keepV !== None;
    const out: PyValue[] = [];
    let i = 0;
    while (i < b.length) {
      let j = i;
      while (j < b.length && b[j] !== 0x0a && b[j] !== 0x0d) j++;
      let eol = j;
      if (j < b.length) eol = b[j] === 0x0d && b[j + 1] === 0x0a ? j + 2 : j + 1;
      out.push(make(args[0], b.slice(i, keep ? eol : j)));
      i = eol;
    }
    return new PyList(out);
  },
  strip: (args) => make(args[0], stripBytes(self(args[0]).bytes, args[1], true, true)),
  lstrip: (args) => make(args[0], stripBytes(self(args[0]).bytes, args[1], true, false)),
  rstrip: (args) => make(args[0], stripBytes(self(args[0]).bytes, args[1], false, true)),
  replace: (args) => {
    const b = self(args[0]).bytes;
    const old = needBytes(args[1]);
    const nw = needBytes(args[2]);
    let count = args[3] === undefined ? -1 : Number(intValue(args[3]) ?? -1);
    const parts: Uint8Array[] = [];
    if (old.length === 0) {
      let n = 0;
      for (let i = 0; i <= b.length; i++) {
        if (count < 0 || n < count) {
          parts.push(nw);
          n++;
        }
        if (i < b.length) parts.push(b.subarray(i, i + 1));
      }
      return make(args[0], concat(parts));
    }
    let i = 0;
    while (count !== 0) {
      const j = indexOf(b, old, i, b.length);
      if (j < 0) break;
      parts.push(b.subarray(i, j), nw);
      i = j + old.length;
      count--;
    }
    parts.push(b.subarray(i));
    return make(args[0], concat(parts));
  },
  partition: (args) => {
    const b = self(args[0]).bytes;
    const sep = needBytes(args[1]);
    if (sep.length === 0) throw pyValueError("empty separator");
    const j = indexOf(b, sep, 0, b.length);
    if (j < 0) return new PyTuple([make(args[0], b.slice()), make(args[0], new Uint8Array(0)), make(args[0], new Uint8Array(0))]);
    return new PyTuple([make(args[0], b.slice(0, j)), make(args[0], sep.slice()), make(args[0], b.slice(j + sep.length))]);
  },
  rpartition: (args) => {
    const b = self(args[0]).bytes;
    const sep = needBytes(args[1]);
    if (sep.length === 0) throw pyValueError("empty separator");
    const j = lastIndexOf(b, sep, 0, b.length);
    if (j < 0) return new PyTuple([make(args[0], new Uint8Array(0)), make(args[0], new Uint8Array(0)), make(args[0], b.slice())]);
    return new PyTuple([make(args[0], b.slice(0, j)), make(args[0], sep.slice()), make(args[0], b.slice(j + sep.length))]);
  },
  removeprefix: (args) => {
    const b = self(args[0]).bytes;
    const p = needBytes(args[1]);
    return make(args[0], p.length <= b.length && eqBytes(b.subarray(0, p.length), p) ? b.slice(p.length) : b.slice());
  },
  removesuffix: (args) => {
    const b = self(args[0]).bytes;
    const p = needBytes(args[1]);
    return make(args[0], p.length && p.length <= b.length && eqBytes(b.subarray(b.length - p.length), p) ? b.slice(0, b.length - p.length) : b.slice());
  },
  upper: (args) => mapBytes(args, (c) => (isLower(c) ? c - 32 : c)),
  lower: (args) => mapBytes(args, (c) => (isUpper(c) ? c + 32 : c)),
  swapcase: (args) => mapBytes(args, (c) => (isLower(c) ? c - 32 : isUpper(c) ? c + 32 : c)),
  capitalize: (args) => mapBytes(args, (c, i) => (i === 0 ? (isLower(c) ? c - 32 : c) : isUpper(c) ? c + 32 : c)),
  title: (args) => mapBytes(args, (c, i, b) => {
    const prevCased = i > 0 && isAlpha(b[i - 1]);
    if (prevCased) return isUpper(c) ? c + 32 : c;
    return isLower(c) ? c - 32 : c;
  }),
  isdigit: (args) => allOf(self(args[0]).bytes, isDigit),
  isalpha: (args) => allOf(self(args[0]).bytes, isAlpha),
  isalnum: (args) => allOf(self(args[0]).bytes, (c) => isAlpha(c) || isDigit(c)),
  isspace: (args) => allOf(self(args[0]).bytes, isSpace),
  isascii: (args) => self(args[0]).bytes.every((c) => c < 0x80),
  islower: (args) => {
    const b = self(args[0]).bytes;
    return b.some(isLower) && !b.some(isUpper);
  },
  isupper: (args) => {
    const b = self(args[0]).bytes;
    return b.some(isUpper) && !b.some(isLower);
  },
  ljust: (args) => pad(args, "ljust"),
  rjust: (args) => pad(args, "rjust"),
  center: (args) => pad(args, "center"),
  zfill: (args) => {
    const b = self(args[0]).bytes;
    const w = Number(intValue(args[1]) ?? 0);
    if (w <= b.length) return make(args[0], b.slice());
    const fillN = w - b.length;
    const out = new Uint8Array(w).fill(0x30);
    const signed = b.length > 0 && (b[0] === 0x2b || b[0] === 0x2d);
    if (signed) {
      out[0] = b[0];
      out.set(b.subarray(1), fillN + 1);
    } else out.set(b, fillN);
    return make(args[0], out);
  },
  expandtabs: (args, kw) => {
    const b = self(args[0]).bytes;
    const tsV = kwArg(args, kw, 1, "tabsize");
    const ts = tsV === undefined ? 8 : Number(intValue(tsV) ?? 8);
    const out: number[] = [];
    let col = 0;
    for (const c of b) {
      if (c === 0x09) {
        if (ts > 0) {
          const n = ts - (col % ts);
          for (let i = 0; i < n; i++) out.push(0x20);
          col += n;
        }
      } else {
        out.push(c);
        col = c === 0x0a || c === 0x0d ? 0 : col + 1;
      }
    }
    return make(args[0], Uint8Array.from(out));
  },
  translate: (args, kw) => translate(args, kw),
  __iter__: (args) => {
    const o = self(args[0]);
    return new BytesIterator(o, isBA(o) ? bytearrayIteratorType : bytesIteratorType);
  },
};

defineMethods(bytesType, {
  ...shared,
  __hash__: (args) => hashStr(latin1(self(args[0]).bytes)),
  __repr__: (args) => reprBytes(self(args[0]).bytes),
  __bytes__: (args) => {
    const o = self(args[0]);
    return o.type === bytesType ? o : new PyBytes(o.bytes);
  },
  __getnewargs__: (args) => new PyTuple([new PyBytes(self(args[0]).bytes)]),
});

defineMethods(bytearrayType, {
  ...shared,
  __init__: function* (args, kw): NativeGen {
    const ba = args[0] as PyByteArray;
    const [src, enc, err] = ctorArgs("bytearray", args.slice(1), kw);
    setBA(ba, yield* bytesFromGen("bytearray", src, enc, err));
    return None;
  },
  __repr__: (args) => {
    const o = self(args[0]);
    const name = o.type === bytearrayType ? "bytearray" : o.type.name;
    return `${name}(${reprBytes(o.bytes)})`;
  },
  __alloc__: (args) => self(args[0]).bytes.length + 1,
  __setitem__: function* (args): NativeGen {
    const ba = args[0] as PyByteArray;
    const k = args[1];
    const v = args[2];
    const b = ba.bytes;
    if (k instanceof PySlice) {
      const src = bytesLike(v) ?? (isInt(v) ? null : yield* bytesFromGen("bytearray", v, undefined, undefined));
      if (src === null) throw pyTypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
      const data = src.slice();
      const [start, stop, step, n] = sliceIndices(k, b.length);
      if (step === 1) {
        const end = Math.max(start, stop);
        setBA(ba, concat([b.subarray(0, start), data, b.subarray(end)]));
        return None;
      }
      if (data.length !== n) throw pyValueError(`attempt to assign bytes of size ${data.length} to extended slice of size ${n}`);
      for (let i = 0, j = start; i < n; i++, j += step) b[j] = data[i];
      return None;
    }
    let i = asIndex(k, "bytearray indices");
    if (i < 0) i += b.length;
    if (i < 0 || i >= b.length) throw pyIndexError("bytearray index out of range");
    b[i] = byteValue(v);
    return None;
  },
  __delitem__: (args) => {
    const ba = args[0] as PyByteArray;
    const b = ba.bytes;
    const k = args[1];
    if (k instanceof PySlice) {
      const [start, , step, n] = sliceIndices(k, b.length);
      const drop = new Set<number>();
      for (let i = 0, j = start; i < n; i++, j += step) drop.add(j);
      setBA(ba, b.filter((_, i) => !drop.has(i)));
      return None;
    }
    let i = asIndex(k, "bytearray indices");
    if (i < 0) i += b.length;
    if (i < 0 || i >= b.length) throw pyIndexError("bytearray index out of range");
    setBA(ba, concat([b.subarray(0, i), b.subarray(i + 1)]));
    return None;
  },
  __iadd__: (args) => {
    const ba = args[0] as PyByteArray;
    const b = bytesLike(args[1]);
    if (b === undefined) throw pyTypeError(`can't concat ${typeName(args[1])} to bytearray`);
    appendBA(ba, b);
    return ba;
  },
  __imul__: (args) => {
    const ba = args[0] as PyByteArray;
    const r = repeat(ba.bytes, args[1]);
    if (r === undefined) return NotImplemented;
    setBA(ba, r);
    return ba;
  },
  append: (args) => {
    const ba = args[0] as PyByteArray;
    const n = ba.bytes.length;
    resizeBA(ba, n + 1)[n] = byteValue(args[1]);
    return None;
  },
  extend: function* (args): NativeGen {
    const ba = args[0] as PyByteArray;
    const b = bytesLike(args[1]);
    if (b !== undefined) appendBA(ba, b);
    else {
      if (strValue(args[1]) !== undefined) throw pyTypeError("expected iterable of integers; got: 'str'");
      appendBA(ba, yield* bytesFromGen("bytearray", args[1], undefined, undefined));
    }
    return None;
  },
  insert: (args) => {
    const ba = args[0] as PyByteArray;
    const b = ba.bytes;
    let i = asIndex(args[1]);
    if (i < 0) i = Math.max(0, i + b.length);
    if (i > b.length) i = b.length;
    setBA(ba, concat([b.subarray(0, i), Uint8Array.of(byteValue(args[2])), b.subarray(i)]));
    return None;
  },
  pop: (args) => {
    const ba = args[0] as PyByteArray;
    const b = ba.bytes;
    if (b.length === 0) throw pyIndexError("pop from empty bytearray");
    let i = args[1] === undefined ? b.length - 1 : asIndex(args[1]);
    if (i < 0) i += b.length;
    if (i < 0 || i >= b.length) throw pyIndexError("pop index out of range");
    const v = b[i];
    setBA(ba, concat([b.subarray(0, i), b.subarray(i + 1)]));
    return v;
  },
  remove: (args) => {
    const ba = args[0] as PyByteArray;
    const b = ba.bytes;
    const i = b.indexOf(byteValue(args[1]));
    if (i < 0) throw pyValueError("value not found in bytearray");
    setBA(ba, concat([b.subarray(0, i), b.subarray(i + 1)]));
    return None;
  },
  clear: (args) => {
    setBA(args[0] as PyByteArray, new Uint8Array(0));
    return None;
  },
  copy: (args) => new PyByteArray(self(args[0]).bytes.slice()),
  reverse: (args) => {
    (args[0] as PyByteArray).bytes.reverse();
    return None;
  },
});
bytearrayType.attrs.set("__hash__", None);
bytearrayType.invalidate();

const fromhex = (args: PyValue[]) => {
  const cls = args[0] as PyType;
  const s = strValue(args[1]);
  if (s === undefined) throw pyTypeError(`fromhex() argument must be str, not ${typeName(args[1])}`);
  const data = fromHex(s);
  if (cls === bytearrayType || cls.isSubtypeOf(bytearrayType)) return new PyByteArray(data, cls);
  return new PyBytes(data, cls);
};
defineClassMethod(bytesType, "fromhex", fromhex);
defineClassMethod(bytearrayType, "fromhex", fromhex);

const maketrans = (args: PyValue[]) => {
  const a = needBytes(args[0]);
  const b = needBytes(args[1]);
  if (a.length !== b.length) throw pyValueError("maketrans arguments must have same length");
  const t = new Uint8Array(256);
  for (let i = 0; i < 256; i++) t[i] = i;
  for (let i = 0; i < a.length; i++) t[a[i]] = b[i];
  return new PyBytes(t);
};
defineStaticMethod(bytesType, "maketrans", maketrans);
defineStaticMethod(bytearrayType, "maketrans", maketrans);

export { latin1, fromLatin1, concat as concatBytes };
