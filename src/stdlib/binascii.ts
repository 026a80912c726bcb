// binascii: hex and base64 conversions and CRC-32, with CPython's binascii.Error messages
// (base64's engine: `import base64` is Python over these).
import type { PyValue } from "../objects/object.js";
import { PyBytes } from "../objects/bytes.js";
import { bytesLike } from "../objects/bytes-methods.js";
import { PyType, typeType } from "../objects/type.js";
import { strValue } from "../objects/str.js";
import { intValue } from "../objects/int.js";
import { nativeFunction } from "../objects/function.js";
import { isTrue } from "../objects/ops.js";
import { typeName } from "../objects/typeof.js";
import type { NativeFn } from "../objects/native.js";
import { Exc, newException, pyTypeError, pyValueError } from "../objects/exceptions.js";
import { defineNativeModule } from "../vm/native-modules.js";
import { bindArgs } from "./native-args.js";

export const binasciiError = new PyType(typeType, "Error", [Exc.ValueError], { module: "binascii" });
const binasciiIncomplete = new PyType(typeType, "Incomplete", [Exc.Exception], { module: "binascii" });

const err = (msg: string) => newException(binasciiError, msg);

/** Bytes from a bytes-like object or an ASCII str (what a2b_* functions accept). */
export function asciiData(v: PyValue): Uint8Array {
  const b = bytesLike(v);
  if (b !== undefined) return b;
  const s = strValue(v);
  if (s !== undefined) {
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c > 127) throw pyValueError("string argument should contain only ASCII characters");
      out[i] = c;
    }
    return out;
  }
  throw pyTypeError(`argument should be bytes, buffer or ASCII string, not '${typeName(v)}'`);
}

function dataArg(v: PyValue | undefined): Uint8Array {
  const b = v === undefined ? undefined : bytesLike(v);
  if (b === undefined) throw pyTypeError(`a bytes-like object is required, not '${typeName(v ?? "")}'`);
  return b;
}

export function hexOf(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i++) s += (b[i] < 16 ? "0" : "") + b[i].toString(16);
  return s;
}

function hexWithSep(b: Uint8Array, sepV: PyValue | undefined, perV: PyValue | undefined): string {
  const h = hexOf(b);
  if (sepV === undefined) return h;
  const sb = bytesLike(sepV);
  const sep = strValue(sepV) ?? (sb ? String.fromCharCode(...sb) : undefined);
  if (sep === undefined || sep.length !== 1) throw pyValueError("sep must be length 1.");
  const per = perV === undefined ? 1 : Number(intValue(perV) ?? 1);
  if (per === 0 || b.length === 0) return h;
  const n = Math.abs(per);
  const groups: string[] = [];
  if (per > 0) {
    let end = b.length;
    while (end > 0) {
      const start = Math.max(0, end - n);
      groups.unshift(h.slice(start * 2, end * 2));
      end = start;
    }
  } else {
    for (let s = 0; s < b.length; s += n) groups.push(h.slice(s * 2, Math.min(b.length, s + n) * 2));
  }
  return groups.join(sep);
}

function unhex(b: Uint8Array): Uint8Array {
  if (b.length % 2) throw err("Odd-length string");
  const out = new Uint8Array(b.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = parseInt(String.fromCharCode(b[2 * i]), 16);
    const lo = parseInt(String.fromCharCode(b[2 * i + 1]), 16);
    if (Number.isNaN(hi) || Number.isNaN(lo)) throw err("Non-hexadecimal digit found");
    out[i] = hi * 16 + lo;
  }
  return out;
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_INDEX = new Int16Array(256).fill(-1);
for (let i = 0; i < 64; i++) B64_INDEX[B64.charCodeAt(i)] = i;

export function b64encode(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.length).toString("base64");
}

/** a2b_base64 as CPython 3.11 does it: non-alphabet bytes skipped unless strict. */
export function b64decode(b: Uint8Array, strict: boolean): Uint8Array {
  const out: number[] = [];
  let quad = 0;
  let acc = 0;
  let pads = 0;
  let paddingStarted = false;
  let dataChars = 0;
  if (strict && b.length > 0 && b[0] === 0x3d) throw err("Leading padding not allowed");
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === 0x3d) {
      paddingStarted = true;
      if (quad >= 2 && quad + ++pads >= 4) {
        if (strict && i + 1 < b.length) throw err("Excess data after padding");
        quad = 0;
        return Uint8Array.from(out);
      }
      continue;
    }
    const v = B64_INDEX[c];
    if (v < 0) {
      if (strict) throw err("Only base64 data is allowed");
      continue;
    }
    if (strict && paddingStarted) throw err("Discontinuous padding not allowed");
    pads = 0;
    dataChars++;
    switch (quad) {
      case 0:
        acc = v;
        quad = 1;
        break;
      case 1:
        out.push((acc << 2) | (v >> 4));
        acc = v & 0x0f;
        quad = 2;
        break;
      case 2:
        out.push((acc << 4) | (v >> 2));
        acc = v & 0x03;
        quad = 3;
        break;
      case 3:
        out.push((acc << 6) | v);
        quad = 0;
        break;
    }
  }
  if (quad !== 0) {
    if (quad === 1) throw err(`Invalid base64-encoded string: number of data characters (${dataChars}) cannot be 1 more than a multiple of 4`);
    throw err("Incorrect padding");
  }
  return Uint8Array.from(out);
}

let crcTable: Int32Array | null = null;
export function crc32(b: Uint8Array, start = 0): number {
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  let crc = ~start;
  for (let i = 0; i < b.length; i++) crc = crcTable[(crc ^ b[i]) & 0xff] ^ (crc >>> 8);
  return ~crc >>> 0;
}

function crcHqx(b: Uint8Array, crc: number): number {
  for (const byte of b) {
    crc ^= byte << 8;
    for (let k = 0; k < 8; k++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

function ascii(s: string): PyBytes {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return new PyBytes(out);
}

defineNativeModule("binascii", (m) => {
  const d = m.dict;
  const fn = (name: string, f: NativeFn) => d.setStr(name, nativeFunction(name, f, "binascii"));
  d.setStr("Error", binasciiError);
  d.setStr("Incomplete", binasciiIncomplete);
  const hexlify: NativeFn = (args, kw) => {
    const [data, sep, per] = bindArgs("hexlify", args, kw, ["data", "sep", "bytes_per_sep"], 1);
    return ascii(hexWithSep(dataArg(data), sep, per));
  };
  fn("hexlify", hexlify);
  fn("b2a_hex", hexlify);
  const unhexlify: NativeFn = (args) => new PyBytes(unhex(asciiData(args[0] ?? "")));
  fn("unhexlify", unhexlify);
  fn("a2b_hex", unhexlify);
  fn("b2a_base64", (args, kw) => {
    const [data, newline] = bindArgs("b2a_base64", args, kw, ["data", "*newline"], 1);
    const s = b64encode(dataArg(data));
    return ascii(newline === undefined || isTrue(newline) ? s + "\n" : s);
  });
  fn("a2b_base64", (args, kw) => {
    const [data, strict] = bindArgs("a2b_base64", args, kw, ["data", "*strict_mode"], 1);
    return new PyBytes(b64decode(asciiData(data!), strict !== undefined && isTrue(strict)));
  });
  fn("crc32", (args) => crc32(dataArg(args[0]), args[1] === undefined ? 0 : Number(BigInt.asUintN(32, BigInt(intValue(args[1]) ?? 0)))));
  fn("crc_hqx", (args) => crcHqx(dataArg(args[0]), Number(intValue(args[1] ?? 0) ?? 0) & 0xffff));
});
