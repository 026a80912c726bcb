// The fast core of json, in TypeScript: a scanner that reads JSON text into Python values with
// CPython's error messages and positions, and an encoder that writes what CPython's json module
// writes (separators, indent, sort_keys, ensure_ascii, allow_nan, float reprs, key coercion,
// circular-reference checks). json/__init__.py, decoder.py and encoder.py are the Python API
// over it (module _pygil_json). Hooks (object_hook, default …) run as synchronous calls.
import type { PyValue } from "../../objects/object.js";
import { PyObject } from "../../objects/object.js";
import { PyDict } from "../../objects/dict.js";
import { PyList } from "../../objects/list.js";
import { PyTuple } from "../../objects/tuple.js";
import { PyFloat } from "../../objects/float.js";
import { PyStrObject, strValue } from "../../objects/str.js";
import { PyIntObject, intValue, normBig } from "../../objects/int.js";
import { None } from "../../objects/singletons.js";
import { nativeFunction } from "../../objects/function.js";
import { call } from "../../objects/call.js";
import { isTrue, lt } from "../../objects/ops.js";
import { typeName } from "../../objects/typeof.js";
import { reprFloat } from "../../objects/repr.js";
import { PyBaseException, newException, Exc, pyTypeError, pyValueError } from "../../objects/exceptions.js";
import { defineNativeModule } from "../../vm/native-modules.js";

// ---- decoding -------------------------------------------------------------------------------

interface ScanOptions {
  errorClass: PyValue;
  objectHook: PyValue;
  pairsHook: PyValue;
  parseFloat: PyValue;
  parseInt: PyValue;
  parseConstant: PyValue;
  strict: boolean;
}

const MAX_DEPTH = 990;

/** JS string index → Python (code point) index. */
function cpIndex(s: string, i: number): number {
  let n = i;
  for (let k = 0; k < i - 1; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(k + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        k++;
      }
    }
  }
  return n;
}

class Scanner {
  private depth = 0;
  constructor(
    private readonly s: string,
    private readonly o: ScanOptions,
  ) {}

  fail(msg: string, at: number): never {
    const e = call(this.o.errorClass, [msg, this.s, cpIndex(this.s, at)]);
    throw e instanceof PyBaseException ? e : pyValueError(msg);
  }

  ws(i: number): number {
    const s = this.s;
    for (;;) {
      const c = s.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else return i;
    }
  }

  /** Parses a value at i (no leading whitespace); returns [value, end]. */
  value(i: number): [PyValue, number] {
    const s = this.s;
    const c = s.charCodeAt(i);
    switch (c) {
      case 34: // "
        return this.string(i + 1);
      case 123: // {
        return this.object(i + 1);
      case 91: // [
        return this.array(i + 1);
      case 110: // n
        if (s.startsWith("null", i)) return [None, i + 4];
        break;
      case 116: // t
        if (s.startsWith("true", i)) return [true, i + 4];
        break;
      case 102: // f
        if (s.startsWith("false", i)) return [false, i + 5];
        break;
      case 78: // N
        if (s.startsWith("NaN", i)) return [this.constant("NaN", NaN), i + 3];
        break;
      case 73: // I
        if (s.startsWith("Infinity", i)) return [this.constant("Infinity", Infinity), i + 8];
        break;
      case 45: // -
        if (s.startsWith("-Infinity", i)) return [this.constant("-Infinity", -Infinity), i + 9];
        break;
    }
    if (c === 45 || (c >= 48 && c <= 57)) {
      const r = this.number(i);
      if (r) return r;
    }
    this.fail("Expecting value", i);
  }

  constant(name: string, v: number): PyValue {
    if (this.o.parseConstant !== None) return call(this.o.parseConstant, [name]);
    return new PyFloat(v);
  }

  number(i: number): [PyValue, number] | null {
    const s = this.s;
    let j = i;
    if (s.charCodeAt(j) === 45) j++;
    const d0 = s.charCodeAt(j);
    if (d0 === 48) j++;
    else if (d0 >= 49 && d0 <= 57) {
      j++;
      while (isDigit(s.charCodeAt(j))) j++;
    } else return null;
    let isFloat = false;
    if (s.charCodeAt(j) === 46 && isDigit(s.charCodeAt(j + 1))) {
      isFloat = true;
      j += 2;
      while (isDigit(s.charCodeAt(j))) j++;
    }
    const e = s.charCodeAt(j);
    if (e === 101 || e === 69) {
      let k = j + 1;
      const sign = s.charCodeAt(k);
      if (sign === 43 || sign === 45) k++;
      if (isDigit(s.charCodeAt(k))) {
        k++;
        while (isDigit(s.charCodeAt(k))) k++;
        isFloat = true;
        j = k;
      }
    }
    const text = s.slice(i, j);
    if (isFloat) {
      if (this.o.parseFloat !== None) return [call(this.o.parseFloat, [text]), j];
      return [new PyFloat(Number(text)), j];
    }
    if (this.o.parseInt !== None) return [call(this.o.parseInt, [text]), j];
    return [text.length < 16 ? Number(text) : normBig(BigInt(text)), j];
  }

  string(i: number): [string, number] {
    const s = this.s;
    const begin = i - 1;
    let out = "";
    let run = i;
    for (;;) {
      const c = s.charCodeAt(i);
      if (Number.isNaN(c)) this.fail("Unterminated string starting at", begin);
      if (c === 34) {
        out += s.slice(run, i);
        return [out, i + 1];
      }
      if (c === 92) {
        out += s.slice(run, i);
        const e = s.charCodeAt(i + 1);
        if (Number.isNaN(e)) this.fail("Unterminated string starting at", begin);
        let ch: string;
        switch (e) {
          case 34: ch = '"'; break;
          case 92: ch = "\\"; break;
          case 47: ch = "/"; break;
          case 98: ch = "\b"; break;
          case 102: ch = "\f"; break;
          case 110: ch = "\n"; break;
          case 114: ch = "\r"; break;
          case 116: ch = "\t"; break;
          case 117: {
            const u = this.hex4(i + 2, i + 1);
            let cp = u;
            let next = i + 6;
            if (u >= 0xd800 && u <= 0xdbff && s.charCodeAt(next) === 92 && s.charCodeAt(next + 1) === 117) {
              const lo = this.hex4(next + 2, next + 1);
              if (lo >= 0xdc00 && lo <= 0xdfff) {
                cp = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
                next += 6;
              }
            }
            out += cp > 0xffff ? String.fromCodePoint(cp) : String.fromCharCode(cp);
            i = next;
            run = i;
            continue;
          }
          default:
            this.fail("Invalid \\escape", i);
        }
        out += ch;
        i += 2;
        run = i;
        continue;
      }
      if (c < 0x20 && this.o.strict) this.fail("Invalid control character at", i);
      i++;
    }
  }

  hex4(at: number, errAt: number): number {
    const h = this.s.slice(at, at + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(h)) this.fail("Invalid \\uXXXX escape", errAt);
    return parseInt(h, 16);
  }

  enter(kind: string): void {
    if (++this.depth > MAX_DEPTH) throw newException(Exc.RecursionError, `maximum recursion depth exceeded while decoding a JSON ${kind} from a unicode string`);
  }

  object(i: number): [PyValue, number] {
    this.enter("object");
    const s = this.s;
    const pairs: [string, PyValue][] = [];
    i = this.ws(i);
    if (s.charCodeAt(i) === 125) {
      this.depth--;
      return [this.finishObject(pairs), i + 1];
    }
    for (;;) {
      if (s.charCodeAt(i) !== 34) this.fail("Expecting property name enclosed in double quotes", i);
      const [key, afterKey] = this.string(i + 1);
      i = this.ws(afterKey);
      if (s.charCodeAt(i) !== 58) this.fail("Expecting ':' delimiter", i);
      i = this.ws(i + 1);
      const [v, afterValue] = this.value(i);
      pairs.push([key, v]);
      i = this.ws(afterValue);
      const c = s.charCodeAt(i);
      if (c === 125) {
        this.depth--;
        return [this.finishObject(pairs), i + 1];
      }
      if (c !== 44) this.fail("Expecting ',' delimiter", i);
      i = this.ws(i + 1);
    }
  }

  finishObject(pairs: [string, PyValue][]): PyValue {
    if (this.o.pairsHook !== None) return call(this.o.pairsHook, [new PyList(pairs.map(([k, v]) => new PyTuple([k, v])))]);
    const d = new PyDict();
    for (const [k, v] of pairs) d.setStr(k, v);
    if (this.o.objectHook !== None) return call(this.o.objectHook, [d]);
    return d;
  }

  array(i: number): [PyValue, number] {
    this.enter("array");
    const s = this.s;
    const items: PyValue[] = [];
    i = this.ws(i);
    if (s.charCodeAt(i) === 93) {
      this.depth--;
      return [new PyList(items), i + 1];
    }
    for (;;) {
      const [v, after] = this.value(i);
      items.push(v);
      i = this.ws(after);
      const c = s.charCodeAt(i);
      if (c === 93) {
        this.depth--;
        return [new PyList(items), i + 1];
      }
      if (c !== 44) this.fail("Expecting ',' delimiter", i);
      i = this.ws(i + 1);
    }
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function scanOptions(args: PyValue[]): ScanOptions {
  return {
    errorClass: args[1],
    objectHook: args[2] ?? None,
    pairsHook: args[3] ?? None,
    parseFloat: args[4] ?? None,
    parseInt: args[5] ?? None,
    parseConstant: args[6] ?? None,
    strict: args[7] === undefined ? true : isTrue(args[7]),
  };
}

/** Python index → JS string index. */
function jsIndex(s: string, cp: number): number {
  let i = 0;
  while (cp > 0 && i < s.length) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
    cp--;
  }
  return i;
}

// ---- encoding -------------------------------------------------------------------------------

const ESCAPES: Record<string, string> = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f" };

function hex4(c: number): string {
  return "\\u" + c.toString(16).padStart(4, "0");
}

const NEEDS_ASCII = /[^\x20-\x21\x23-\x5b\x5d-\x7e]/;
const NEEDS_ASCII_G = /[^\x20-\x21\x23-\x5b\x5d-\x7e]/g;
const NEEDS = /["\\\x00-\x1f]/;
const NEEDS_G = /["\\\x00-\x1f]/g;
const escapeChar = (ch: string) => ESCAPES[ch] ?? hex4(ch.charCodeAt(0));

export function encodeString(s: string, ensureAscii: boolean): string {
  if (ensureAscii) return NEEDS_ASCII.test(s) ? '"' + s.replace(NEEDS_ASCII_G, escapeChar) + '"' : '"' + s + '"';
  return NEEDS.test(s) ? '"' + s.replace(NEEDS_G, escapeChar) + '"' : '"' + s + '"';
}

interface EncodeOptions {
  skipkeys: boolean;
  ensureAscii: boolean;
  checkCircular: boolean;
  allowNan: boolean;
  sortKeys: boolean;
  indent: string | null;
  itemSep: string;
  keySep: string;
  default: PyValue;
}

function floatText(x: number, allowNan: boolean): string {
  if (Number.isFinite(x)) return reprFloat(x);
  if (!allowNan) throw pyValueError("Out of range float values are not JSON compliant");
  return Number.isNaN(x) ? "NaN" : x > 0 ? "Infinity" : "-Infinity";
}

class Encoder {
  /** The text so far (V8 keeps repeated += as a rope: cheaper than an array of small parts). */
  private out = "";
  /** The containers being encoded, outermost first (a cycle shows up as unbounded depth). */
  private readonly stack: PyObject[] = [];
  constructor(private readonly o: EncodeOptions) {}

  result(): string {
    return this.out;
  }

  private scalar(v: PyValue): string | undefined {
    switch (typeof v) {
      case "string":
        return encodeString(v, this.o.ensureAscii);
      case "number":
        return String(v);
      case "bigint":
        return v.toString();
      case "boolean":
        return v ? "true" : "false";
    }
    if (v === None) return "null";
    if (v instanceof PyStrObject) return encodeString(v.value, this.o.ensureAscii);
    if (v instanceof PyIntObject) return String(v.value);
    if (v instanceof PyFloat) return floatText(v.value, this.o.allowNan);
    return undefined;
  }

  private keyText(k: PyValue): string | null {
    switch (typeof k) {
      case "string":
        return k;
      case "number":
      case "bigint":
        return String(k);
      case "boolean":
        return k ? "true" : "false";
    }
    if (k === None) return "null";
    if (k instanceof PyStrObject) return k.value;
    if (k instanceof PyIntObject) return String(k.value);
    if (k instanceof PyFloat) return floatText(k.value, this.o.allowNan);
    if (this.o.skipkeys) return null;
    throw pyTypeError(`keys must be str, int, float, bool or None, not ${typeName(k)}`);
  }

  private enter(v: PyObject): void {
    const st = this.stack;
    // only a deep nesting can hide a cycle: look for one then (cheap for ordinary data)
    if (st.length >= 64 && this.o.checkCircular && st.includes(v)) throw pyValueError("Circular reference detected");
    if (st.length >= MAX_DEPTH) throw newException(Exc.RecursionError, "maximum recursion depth exceeded while encoding a JSON object");
    st.push(v);
  }

  private leave(_v: PyObject): void {
    this.stack.pop();
  }

  encode(v: PyValue, level: number): void {
    const sc = this.scalar(v);
    if (sc !== undefined) {
      this.out += sc;
      return;
    }
    const obj = v as PyObject;
    if (obj instanceof PyList || obj instanceof PyTuple) {
      this.array(obj, obj.items, level);
      return;
    }
    if (obj instanceof PyDict) {
      this.object(obj, level);
      return;
    }
    this.enter(obj);
    const replacement = call(this.o.default, [v]);
    this.encode(replacement, level);
    this.leave(obj);
  }

  private newline(level: number): string {
    return "\n" + (this.o.indent as string).repeat(level);
  }

  private array(obj: PyObject, items: PyValue[], level: number): void {
    if (items.length === 0) {
      this.out += "[]";
      return;
    }
    this.enter(obj);
    const ind = this.o.indent !== null;
    this.out += "[";
    const sep = ind ? this.o.itemSep + this.newline(level + 1) : this.o.itemSep;
    if (ind) this.out += this.newline(level + 1);
    for (let i = 0; i < items.length; i++) {
      if (i > 0) this.out += sep;
      this.encode(items[i], level + 1);
    }
    if (ind) this.out += this.newline(level);
    this.out += "]";
    this.leave(obj);
  }

  private object(d: PyDict, level: number): void {
    if (d.size === 0) {
      this.out += "{}";
      return;
    }
    this.enter(d);
    const ind = this.o.indent !== null;
    this.out += "{";
    const sep = ind ? this.o.itemSep + this.newline(level + 1) : this.o.itemSep;
    if (ind) this.out += this.newline(level + 1);
    let first = true;
    const member = (k: PyValue, v: PyValue) => {
      const key = this.keyText(k);
      if (key === null) return;
      if (!first) this.out += sep;
      first = false;
      this.out += encodeString(key, this.o.ensureAscii) + this.o.keySep;
      this.encode(v, level + 1);
    };
    if (this.o.sortKeys) {
      for (const [k, v] of sortEntries([...d.entries()])) member(k, v);
    } else {
      for (const [n, v] of d.map) member(d.keyOf(n), v);
    }
    if (ind) this.out += this.newline(level);
    this.out += "}";
    this.leave(d);
  }
}

/** sorted(d.items()): by key, with Python's comparison (and its TypeError for mixed types). */
function sortEntries(entries: [PyValue, PyValue][]): [PyValue, PyValue][] {
  const allStr = entries.every(([k]) => typeof k === "string");
  if (allStr) return entries.sort(([a], [b]) => (a === b ? 0 : cmpCodePoints(a as string, b as string)));
  // merge sort with Python's < (stable, like sorted())
  const arr = entries.slice();
  const tmp = new Array<[PyValue, PyValue]>(arr.length);
  const merge = (lo: number, mid: number, hi: number) => {
    let i = lo, j = mid, k = lo;
    while (i < mid && j < hi) tmp[k++] = lt(arr[j][0], arr[i][0]) ? arr[j++] : arr[i++];
    while (i < mid) tmp[k++] = arr[i++];
    while (j < hi) tmp[k++] = arr[j++];
    for (let x = lo; x < hi; x++) arr[x] = tmp[x];
  };
  for (let w = 1; w < arr.length; w *= 2) {
    for (let lo = 0; lo < arr.length - w; lo += 2 * w) merge(lo, lo + w, Math.min(lo + 2 * w, arr.length));
  }
  return arr;
}

function cmpCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i), y = b.charCodeAt(i);
    if (x !== y) {
      // surrogates sort above the rest of the BMP in code point order
      const sx = x >= 0xd800 && x <= 0xdfff, sy = y >= 0xd800 && y <= 0xdfff;
      if (sx !== sy) return sx ? (y >= 0xe000 ? -1 : 1) : x >= 0xe000 ? 1 : -1;
      return x - y;
    }
  }
  return a.length - b.length;
}

defineNativeModule("_pygil_json", (m) => {
  const d = m.dict;
  // scan(s, errcls, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, strict, idx, whole)
  //   whole: skip whitespace around and raise "Extra data"; returns (value, end) with end a Python index
  d.setStr("scan", nativeFunction("scan", (args) => {
    const s = strValue(args[0]);
    if (s === undefined) throw pyTypeError(`the JSON object must be str, bytes or bytearray, not ${typeName(args[0])}`);
    const sc = new Scanner(s, scanOptions(args));
    const start = args[8] === undefined ? 0 : jsIndex(s, Number(args[8]));
    const whole = args[9] === undefined ? true : isTrue(args[9]);
    let i = whole ? sc.ws(start) : start;
    if (!whole && i > s.length) sc.fail("Expecting value", i);
    const [v, end] = sc.value(i);
    i = end;
    if (whole) {
      i = sc.ws(i);
      if (i !== s.length) sc.fail("Extra data", i);
    }
    return new PyTuple([v, cpIndex(s, end)]);
  }, "_pygil_json"));
  // encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent, item_sep, key_sep, default)
  d.setStr("encode", nativeFunction("encode", (args) => {
    const indentV = args[6] ?? None;
    let indent: string | null = null;
    if (indentV !== None) {
      const si = strValue(indentV);
      indent = si !== undefined ? si : " ".repeat(Math.max(0, Number(intValue(indentV) ?? 0)));
    }
    const enc = new Encoder({
      skipkeys: isTrue(args[1] ?? false),
      ensureAscii: isTrue(args[2] ?? true),
      checkCircular: isTrue(args[3] ?? true),
      allowNan: isTrue(args[4] ?? true),
      sortKeys: isTrue(args[5] ?? false),
      indent,
      itemSep: strValue(args[7] ?? ", ") ?? ", ",
      keySep: strValue(args[8] ?? ": ") ?? ": ",
      default: args[9] ?? None,
    });
    enc.encode(args[0], 0);
    return enc.result();
  }, "_pygil_json"));
  d.setStr("encode_basestring", nativeFunction("encode_basestring", (args) => encodeString(strValue(args[0]) ?? "", false), "_pygil_json"));
  d.setStr("encode_basestring_ascii", nativeFunction("encode_basestring_ascii", (args) => encodeString(strValue(args[0]) ?? "", true), "_pygil_json"));
});

export { PyObject };
