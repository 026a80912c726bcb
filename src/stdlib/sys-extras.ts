// What the io side adds to sys: getsizeof with CPython's sizes (64-bit build, approximate for
// containers), float_info/int_info/hash_info/flags, and for sys.stdout/sys.stderr a `buffer`
// (binary writes) and isatty() that asks the real terminal.
import * as tty from "node:tty";
import type { PyValue } from "../objects/object.js";
import { PyObject } from "../objects/object.js";
import { makeBuiltinType } from "../objects/type.js";
import { PyDict } from "../objects/dict.js";
import { PyList } from "../objects/list.js";
import { PyTuple } from "../objects/tuple.js";
import { PyFloat } from "../objects/float.js";
import { PyBytes, PyByteArray } from "../objects/bytes.js";
import { PyIntObject } from "../objects/int.js";
import { PyStrObject } from "../objects/str.js";
import { None } from "../objects/singletons.js";
import { defineGetter, defineMethods, nativeFunction } from "../objects/function.js";
import { bytesLike } from "../objects/bytes-methods.js";
import { typeOf, typeName } from "../objects/typeof.js";
import { callGen } from "../objects/call.js";
import { toArrayGen } from "../objects/iter.js";
import type { NativeGen } from "../objects/native.js";
import { pyTypeError, withFormatErrors } from "../objects/exceptions.js";
import { decodeText } from "../objects/text-codecs.js";
import { PyStructSeq, makeStructSeqType } from "./structseq.js";
import { PyTextStream, textIOType } from "../vm/sys.js";
import type { Interpreter } from "../vm/interpreter.js";
import type { ByteLayer } from "./io/binary.js";
import { getIntMaxStrDigits, setIntMaxStrDigits } from "../objects/format/index.js";
import { intValue } from "../objects/int.js";

function strSize(s: string): number {
  let max = 0;
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c > max) max = c;
    n++;
  }
  if (max < 0x80) return 49 + n;
  if (max < 0x100) return 73 + n;
  if (max < 0x10000) return 74 + 2 * n;
  return 76 + 4 * n;
}

function intSize(v: number | bigint): number {
  let b = typeof v === "bigint" ? (v < 0n ? -v : v) : BigInt(Math.abs(v));
  if (b === 0n) return 28;
  let digits = 0;
  while (b > 0n) {
    b >>= 30n;
    digits++;
  }
  return 24 + 4 * digits;
}

function nextPow2(n: number): number {
  let p = 8;
  while (p < n) p *= 2;
  return p;
}

/** sys.getsizeof: what CPython 3.11 (64-bit) reports, exact for scalars, close for containers. */
export function sizeOf(v: PyValue): number | undefined {
  switch (typeof v) {
    case "boolean":
      return 28;
    case "number":
    case "bigint":
      return intSize(v);
    case "string":
      return strSize(v);
  }
  if (v === None) return 16;
  if (v instanceof PyIntObject) return intSize(v.value);
  if (v instanceof PyStrObject) return strSize(v.value);
  if (v instanceof PyFloat) return 24;
  if (v instanceof PyBytes) return 33 + v.bytes.length;
  if (v instanceof PyByteArray) return v.bytes.length ? 57 + v.bytes.length : 56;
  if (v instanceof PyList) return 56 + 8 * v.items.length;
  if (v instanceof PyTuple && !(v instanceof PyStructSeq)) return 40 + 8 * v.items.length;
  if (v instanceof PyDict) {
    const n = v.size;
    if (n === 0) return 64;
    let size = 8;
    while ((size * 2) / 3 < n) size *= 2;
    const usable = Math.floor((size * 2) / 3);
    const strKeys = [...v.keys()].every((k) => typeof k === "string");
    const index = size <= 128 ? size : size <= 32768 ? 2 * size : 4 * size;
    return 64 + 32 + index + usable * (strKeys ? 16 : 24);
  }
  const name = typeOf(v).name;
  if (name === "set" || name === "frozenset") {
    const n = (v as unknown as { size?: number }).size ?? 0;
    return n <= 4 ? 216 : 200 + 16 * nextPow2(n * 4);
  }
  if (name === "range") return 48;
  if (name === "generator" || name === "coroutine") {
    // CPython 3.11 embeds the frame: 168 bytes plus a slot per local, cell, free variable and
    // stack entry (our compiler's stacksize runs 2 above CPython's for the same code)
    const code = (v as unknown as { frame?: { code?: { varnames: unknown[]; cellvars: unknown[]; freevars: unknown[]; stacksize: number } } }).frame?.code;
    if (code) return 168 + 8 * (code.varnames.length + code.cellvars.length + code.freevars.length + Math.max(code.stacksize - 2, 1));
  }
  if (name === "complex") return 32;
  if (name === "object") return 16;
  if (name === "builtin_function_or_method") return 72;
  if (name === "type") return 424;
  return undefined;
}

const floatInfoType = makeStructSeqType("sys", "float_info", ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"]);
const intInfoType = makeStructSeqType("sys", "int_info", ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"]);
const hashInfoType = makeStructSeqType("sys", "hash_info", ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"]);
const flagsType = makeStructSeqType("sys", "flags", ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"]);

// ---- sys.stdout.buffer / sys.stderr.buffer ---------------------------------------------------

const stdBufferType = makeBuiltinType("BufferedWriter", undefined, { module: "_io", baseType: false });

class PyStdBuffer extends PyObject implements ByteLayer {
  /** A TextIOWrapper over this writes its text through at once (nothing is left unflushed at exit). */
  readonly writeThroughText = true;
  constructor(readonly text: PyTextStream) {
    super(stdBufferType);
  }
  get fd(): number {
    return this.text.name === "<stderr>" ? 2 : 1;
  }
  get pyObject(): PyValue {
    return this;
  }
  writeBytes(data: Uint8Array): void {
    const interp = this.text.interp;
    const stream = this.text.stream;
    const hook = this.fd === 2 ? interp.options.writeStderr : interp.options.writeStdout;
    if (hook || !stream) stream?.write(decodeText(data, "utf-8", "replace"));
    else {
      // bytes go out as they are, after the text already buffered
      stream.flush();
      (this.fd === 2 ? process.stderr : process.stdout).write(Buffer.from(data));
    }
  }
  canRead(): boolean {
    return false;
  }
  canWrite(): boolean {
    return true;
  }
  canSeek(): boolean {
    return false;
  }
  isClosed(): boolean {
    return false;
  }
  *read1Gen(): NativeGen<Uint8Array> {
    throw pyTypeError("not readable");
  }
  *readAllGen(): NativeGen<Uint8Array> {
    throw pyTypeError("not readable");
  }
  *writeGen(b: Uint8Array): NativeGen<void> {
    this.writeBytes(b);
  }
  *flushGen(): NativeGen<void> {
    this.text.stream?.flush();
  }
  *seekGen(): NativeGen<number> {
    throw pyTypeError("not seekable");
  }
  *tellGen(): NativeGen<number> {
    throw pyTypeError("not seekable");
  }
  *truncateGen(): NativeGen<number> {
    throw pyTypeError("not seekable");
  }
  *closeGen(): NativeGen<void> {
    this.text.stream?.flush();
  }
  fileno(): number {
    return this.fd;
  }
  isatty(): boolean {
    return tty.isatty(this.fd);
  }
}

defineMethods(stdBufferType, {
  write: (args) => {
    const b = args[0] as PyStdBuffer;
    const data = bytesLike(args[1]);
    if (data === undefined) throw pyTypeError(`a bytes-like object is required, not '${typeName(args[1])}'`);
    b.writeBytes(data);
    return data.length;
  },
  flush: (args) => {
    (args[0] as PyStdBuffer).text.stream?.flush();
    return None;
  },
  writelines: function* (args): NativeGen {
    const b = args[0] as PyStdBuffer;
    const write = stdBufferType.lookup("write")!;
    for (const x of yield* toArrayGen(args[1])) yield* callGen(write, [b, x]);
    return None;
  },
  fileno: (args) => (args[0] as PyStdBuffer).fd,
  isatty: (args) => tty.isatty((args[0] as PyStdBuffer).fd),
  writable: () => true,
  readable: () => false,
  seekable: () => false,
  __repr__: (args) => `<_io.BufferedWriter name='${(args[0] as PyStdBuffer).text.name}'>`,
});
defineGetter(stdBufferType, "name", (v) => (v as PyStdBuffer).text.name);
defineGetter(stdBufferType, "mode", () => "wb");
defineGetter(stdBufferType, "closed", () => false);

const buffers = new WeakMap<PyTextStream, PyStdBuffer>();
let patched = false;

/** sys.stdout/sys.stderr get `buffer`, a real isatty(), reconfigure(), line_buffering and mode (once). */
function patchStdStreams(): void {
  if (patched) return;
  patched = true;
  defineGetter(textIOType, "buffer", (v) => {
    const t = v as PyTextStream;
    let b = buffers.get(t);
    if (!b) {
      b = new PyStdBuffer(t);
      buffers.set(t, b);
    }
    return b;
  });
  defineMethods(textIOType, {
    isatty: (args) => {
      const t = args[0] as PyTextStream;
      return tty.isatty(t.name === "<stderr>" ? 2 : t.name === "<stdin>" ? 0 : 1);
    },
    // sys.stdout.reconfigure(encoding="utf-8") is how scripts ask for UTF-8 output: it already is
    reconfigure: (args, kw) => {
      if (args.length > 1) throw pyTypeError("reconfigure() takes no positional arguments");
      for (const k of kw?.keys() ?? []) {
        if (!["encoding", "errors", "newline", "line_buffering", "write_through"].includes(k)) throw pyTypeError(`'${k}' is an invalid keyword argument for reconfigure()`);
      }
      return None;
    },
  });
  defineGetter(textIOType, "line_buffering", (v) => tty.isatty((v as PyTextStream).name === "<stderr>" ? 2 : 1));
  defineGetter(textIOType, "mode", () => "w");
}

/** Adds the io side's pieces to a fresh sys module. */
export function installSysExtras(d: PyDict, _interp: Interpreter): void {
  patchStdStreams();
  d.setStr("getsizeof", nativeFunction("getsizeof", function* (args): NativeGen {
    if (args.length < 1 || args.length > 2) throw pyTypeError(`getsizeof() takes at most 2 arguments (${args.length} given)`);
    const v = args[0];
    const known = sizeOf(v);
    if (known !== undefined) return known;
    const f = typeOf(v).lookup("__sizeof__");
    if (f !== undefined) {
      const r = yield* callGen(f, [v]);
      if (typeof r === "number") return r + (v instanceof PyObject && v.dict ? 16 : 0);
    }
    if (args.length === 2) return args[1];
    return 48;
  }, "sys"));
  d.setStr("float_info", new PyStructSeq([
    new PyFloat(Number.MAX_VALUE), 1024, 308, new PyFloat(2.2250738585072014e-308), -1021, -307, 15, 53, new PyFloat(Number.EPSILON), 2, 1,
  ], [], floatInfoType));
  d.setStr("int_info", new PyStructSeq([30, 4, 4300, 640], [], intInfoType));
  // the limit on decimal digits of int <-> str conversions (new in 3.11)
  d.setStr("get_int_max_str_digits", nativeFunction("get_int_max_str_digits", (args) => {
    if (args.length > 0) throw pyTypeError(`sys.get_int_max_str_digits() takes no arguments (${args.length} given)`);
    return getIntMaxStrDigits();
  }, "sys"));
  d.setStr("set_int_max_str_digits", nativeFunction("set_int_max_str_digits", (args, kw) => {
    const v = args[0] ?? kw?.get("maxdigits");
    if (v === undefined) throw pyTypeError("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
    const n = intValue(v);
    if (n === undefined) throw pyTypeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
    withFormatErrors(() => setIntMaxStrDigits(Number(n)));
    return None;
  }, "sys"));
  d.setStr("hash_info", new PyStructSeq([64, 2305843009213693951n, 314159, 0, 1000003, "siphash13", 64, 128, 0], [], hashInfoType));
  d.setStr("flags", new PyStructSeq([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, false, 0, 0, false, -1], [], flagsType));
  d.setStr("call_tracing", nativeFunction("call_tracing", function* (args): NativeGen {
    if (args.length !== 2) throw pyTypeError(`call_tracing expected 2 arguments, got ${args.length}`);
    if (!(args[1] instanceof PyTuple)) throw pyTypeError(`call_tracing() argument 2 must be tuple, not ${typeName(args[1])}`);
    return yield* callGen(args[0], args[1].items);
  }, "sys"));
  // Python code never runs once pygil starts shutting down (atexit callbacks run before that)
  d.setStr("is_finalizing", nativeFunction("is_finalizing", (args) => {
    if (args.length !== 0) throw pyTypeError(`sys.is_finalizing() takes no arguments (${args.length} given)`);
    return false;
  }, "sys"));
}
