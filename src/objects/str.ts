// str: a JS string with Python semantics (length, index and slice count code points).
// Instances of user subclasses of str are boxed PyStrObjects.
import { PyObject, type PyValue } from "./object.js";
import { makeBuiltinType, type PyType } from "./type.js";

export const strType: PyType = makeBuiltinType("str", undefined, { factory: (cls) => new PyStrObject("", cls) });

export class PyStrObject extends PyObject {
  constructor(
    public value: string,
    type: PyType,
  ) {
    super(type);
  }
}

/** The str value of a str or str-subclass instance; undefined for anything else. */
export function strValue(v: PyValue): string | undefined {
  if (typeof v === "string") return v;
  return v instanceof PyStrObject ? v.value : undefined;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** True when the string has surrogate pairs (then JS indices differ from code point indices). */
export function hasSurrogates(s: string): boolean {
  return s.length > 0 && SURROGATE.test(s);
}

/**
 * Python's str order: by code point. JS compares UTF-16 units, which differs only where one
 * string has a surrogate (half of a code point above U+FFFF) and the other a unit from U+E000
 * up; those two ranges are swapped before comparing. Allocation-free: it is on the sort path.
 */
export function compareStr(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length < b.length ? a.length : b.length;
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length - b.length;
  let x = a.charCodeAt(i), y = b.charCodeAt(i);
  if (x >= 0xd800 && y >= 0xd800) {
    x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
    y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
  }
  return x - y;
}

/** len(s) in code points. */
export function strLen(s: string): number {
  if (!hasSurrogates(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** The code points of s, one string each. */
export function codePoints(s: string): string[] {
  return hasSurrogates(s) ? Array.from(s) : s.split("");
}

// ---- str methods -----------------------------------------------------------------------------
import type { KwArgs } from "./object.js";
import { defineMethods, defineStaticMethod } from "./function.js";
import { None, NotImplemented } from "./singletons.js";
import { PyList } from "./list.js";
import { PyTuple } from "./tuple.js";
import { PyDict } from "./dict.js";
import { intValue } from "./int.js";
import { PyBytes, PyByteArray } from "./bytes.js";
import { PySlice, sliceIndices, asIndex } from "./slice.js";
import { NativeIterator, defineIteratorType, toArrayGen } from "./iter.js";
import { typeOf } from "./typeof.js";
import { strGen, reprGen } from "./stringify.js";
import { callGen } from "./call.js";
import type { NativeGen } from "./native.js";
import { Exc, newException, pyIndexError, pyTypeError, pyValueError, withFormatErrors } from "./exceptions.js";
import { reprStr } from "./repr.js";
import { formatStr } from "./format/index.js";
import { hashStr } from "./ops.js";
import { strFormatGen, percentFormatGen } from "./str-format.js";
import * as UC from "./unicode-case.js";
import { indexValue, ssizeArg, cIntArg, intFlagArg, repeatCount } from "./argconv.js";

/** Python's whitespace for str.split()/strip()/isspace(). */
const WS = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000";
export function isPyWhitespace(ch: string): boolean {
  return ch.length === 1 ? isPyWsCode(ch.charCodeAt(0)) : WS.includes(ch);
}
/** isPyWhitespace on a UTF-16 unit (split/strip scan by char code: no one-char strings made). */
function isPyWsCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
  if (c < 0x85) return false;
  return c === 0x85 || c === 0xa0 || (c >= 0x1680 && WS.includes(String.fromCharCode(c)));
}

function s0(v: PyValue): string {
  const s = strValue(v);
  if (s === undefined) throw pyTypeError(`descriptor requires a 'str' object but received a '${typeOf(v).name}'`);
  return s;
}

function argStr(v: PyValue, fn: string, pos = 1): string {
  const s = strValue(v);
  if (s === undefined) throw pyTypeError(`${fn}() argument ${pos} must be str, not ${typeOf(v).name}`);
  return s;
}

function optInt(v: PyValue | undefined, dflt: number): number {
  if (v === undefined || v === None) return dflt;
  const n = indexValue(v);
  if (n === undefined) throw pyTypeError("slice indices must be integers or None or have an __index__ method");
  return typeof n === "number" ? n : n < 0n ? -Infinity : Infinity;
}

/** A plain "must be str, not int" argument (find, count, index, partition …). */
function mustStr(v: PyValue): string {
  const s = strValue(v);
  if (s === undefined) throw pyTypeError(`must be str, not ${typeOf(v).name}`);
  return s;
}

/** [start, end) of a str method's optional start/end arguments, in JS indices on cps. */
function range(len: number, start: PyValue | undefined, end: PyValue | undefined): [number, number] {
  let a = optInt(start, 0), b = optInt(end, len);
  if (a < 0) a = Math.max(0, a + len);
  if (b < 0) b = Math.max(0, b + len);
  if (b > len) b = len;
  return [a, b];
}

/** A code-point view of s when it has surrogate pairs, else null (JS indices are code points). */
function cpView(s: string): string[] | null {
  return hasSurrogates(s) ? Array.from(s) : null;
}

function sub(s: string, a: number, b: number): string {
  const cps = cpView(s);
  return cps ? cps.slice(a, b).join("") : s.slice(a, b);
}

/** The last long string found to have no surrogates. */
let lastLongPlain = "";

/** True when s has a UTF-16 surrogate unit (short strings scanned directly: no regex call). */
function hasSurrogateUnits(s: string): boolean {
  const n = s.length;
  if (n > 32) {
    // indexing one long string in a loop scans it once, not at every index
    if (s === lastLongPlain) return false;
    if (SURROGATE.test(s)) return true;
    lastLongPlain = s;
    return false;
  }
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

/**
 * s[k] for a slice of ints/None on a string without surrogates (JS indices are code points),
 * computed without sliceIndices' array; undefined when another path must answer.
 */
function slicePlain(s: string, k: PySlice): string | undefined {
  const a = k.start, b = k.stop, st = k.step;
  let step = 1;
  if (st !== None) {
    if (typeof st !== "number" || st === 0) return undefined;
    step = st;
  }
  if ((a !== None && typeof a !== "number") || (b !== None && typeof b !== "number")) return undefined;
  if (hasSurrogateUnits(s)) return undefined;
  const len = s.length;
  // JS slice clamps negative and too-large bounds as Python does for step 1
  if (step === 1) return s.slice(a === None ? 0 : (a as number), b === None ? len : (b as number));
  let start: number, stop: number;
  if (step > 0) {
    start = a === None ? 0 : (a as number) < 0 ? Math.max(0, (a as number) + len) : Math.min(a as number, len);
    stop = b === None ? len : (b as number) < 0 ? Math.max(0, (b as number) + len) : Math.min(b as number, len);
    let out = "";
    for (let j = start; j < stop; j += step) out += s[j];
    return out;
  }
  start = a === None ? len - 1 : (a as number) < 0 ? Math.max(-1, (a as number) + len) : Math.min(a as number, len - 1);
  stop = b === None ? -1 : (b as number) < 0 ? Math.max(-1, (b as number) + len) : Math.min(b as number, len - 1);
  // a long reversal: one array join rather than a chain of one-character concatenations
  if (step === -1 && start - stop > 64) return s.slice(stop + 1, start + 1).split("").reverse().join("");
  let out = "";
  for (let j = start; j > stop; j += step) out += s[j];
  return out;
}

/**
 * s[key] for an int index or a slice of ints/None, without allocating anything but the result:
 * for the VM's BINARY_SUBSCR fast path. undefined (nothing raised, nothing observable) when the
 * general path must answer: an index out of range, another key type, a string with surrogates.
 */
/**
 * format(s, spec) for an exact str (its __format__ cannot be replaced and runs no Python code):
 * for the VM's FORMAT_VALUE fast path. Raises ValueError for a bad spec, as __format__ does.
 */
export function formatExactStr(s: string, spec: string): string {
  return spec === "" ? s : withFormatErrors(() => formatStr(s, spec));
}

export function strSubscript(s: string, key: PyValue): string | undefined {
  if (typeof key === "number") {
    const n = s.length;
    const i = key < 0 ? key + n : key;
    if (!(i >= 0 && i < n)) return undefined;
    const c = s.charCodeAt(i);
    // a surrogate unit here, or anywhere before it, moves code point indices off JS indices
    if (c >= 0xd800 && c <= 0xdfff) return undefined;
    if (hasSurrogateUnits(s)) return undefined;
    return s[i];
  }
  return key instanceof PySlice ? slicePlain(s, key) : undefined;
}

function cpIndexOfJs(s: string, jsIndex: number): number {
  if (!hasSurrogates(s)) return jsIndex;
  return Array.from(s.slice(0, jsIndex)).length;
}

function jsIndexOfCp(s: string, cp: number): number {
  if (!hasSurrogates(s)) return cp;
  return Array.from(s).slice(0, cp).join("").length;
}

function find(s: string, subs: string, start: PyValue | undefined, end: PyValue | undefined, last: boolean): number {
  const len = strLen(s);
  const [a, b] = range(len, start, end);
  if (a > len || b - a < strLen(subs)) return subs === "" && a <= b && a <= len ? (last ? b : a) : -1;
  const ja = jsIndexOfCp(s, a), jb = jsIndexOfCp(s, b);
  const hay = s.slice(ja, jb);
  const i = last ? hay.lastIndexOf(subs) : hay.indexOf(subs);
  return i < 0 ? -1 : cpIndexOfJs(s, ja + i);
}

function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && isPyWsCode(s.charCodeAt(i))) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(s.slice(i));
      return out;
    }
    let j = i;
    while (j < n && !isPyWsCode(s.charCodeAt(j))) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = s.length;
  while (i > 0) {
    while (i > 0 && isPyWsCode(s.charCodeAt(i - 1))) i--;
    if (i <= 0) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(s.slice(0, i));
      break;
    }
    let j = i;
    while (j > 0 && !isPyWsCode(s.charCodeAt(j - 1))) j--;
    out.push(s.slice(j, i));
    i = j;
  }
  return out.reverse();
}

function stripChars(s: string, chars: PyValue | undefined, left: boolean, right: boolean, fn: string): string {
  let set: (ch: string) => boolean;
  if (chars === undefined || chars === None) set = isPyWhitespace;
  else {
    const cs = strValue(chars);
    if (cs === undefined) throw pyTypeError(`${fn} arg must be None or str`);
    set = (ch) => cs.includes(ch);
  }
  let a = 0, b = s.length;
  if (left) while (a < b && set(s[a])) a++;
  if (right) while (b > a && set(s[b - 1])) b--;
  return s.slice(a, b);
}

function splitArgs(args: PyValue[], kw: KwArgs, fn: string): [string | null, number] {
  let sep: PyValue = args[1] ?? None;
  let maxsplit: PyValue = args[2] ?? -1;
  if (kw) {
    for (const [k, v] of kw) {
      if (k === "sep") sep = v;
      else if (k === "maxsplit") maxsplit = v;
      else throw pyTypeError(`${fn}() got an unexpected keyword argument '${k}'`);
    }
  }
  let sepStr: string | null = null;
  if (sep !== None) {
    const ss = strValue(sep);
    if (ss === undefined) throw pyTypeError(`must be str or None, not ${typeOf(sep).name}`);
    if (ss === "") throw pyValueError("empty separator");
    sepStr = ss;
  }
  return [sepStr, ssizeArg(maxsplit)];
}

function checkAll(s: string, pred: (ch: string) => boolean): boolean {
  if (s.length === 0) return false;
  for (const ch of s) if (!pred(ch)) return false;
  return true;
}

export const strIteratorTypeRef = defineIteratorType("str_iterator");

function* newStrGen(args: PyValue[], kw: KwArgs): NativeGen {
  const cls = args[0] as PyType;
  let obj: PyValue | undefined = args[1];
  let encoding: PyValue | undefined = args[2];
  let errors: PyValue | undefined = args[3];
  if (kw) {
    for (const [k, v] of kw) {
      if (k === "object") obj = v;
      else if (k === "encoding") encoding = v;
      else if (k === "errors") errors = v;
      else throw pyTypeError(`'${k}' is an invalid keyword argument for str()`);
    }
  }
  let s: string;
  if (obj === undefined) s = "";
  else if (encoding !== undefined || errors !== undefined) {
    if (!(obj instanceof PyBytes || obj instanceof PyByteArray)) {
      throw pyTypeError(strValue(obj) !== undefined ? "decoding str is not supported" : `decoding to str: need a bytes-like object, ${typeOf(obj).name} found`);
    }
    const decodeBytes = decodeText;
    s = decodeBytes(obj.bytes, encoding === undefined ? "utf-8" : (strValue(encoding) ?? "utf-8"), errors === undefined ? "strict" : (strValue(errors) ?? "strict"));
  } else s = yield* strGen(obj);
  return cls === strType ? s : new PyStrObject(s, cls);
}
import { decodeText, encodeText } from "./text-codecs.js";

defineStaticMethod(strType, "__new__", newStrGen);

class StrIterator extends NativeIterator {
  private i = 0;
  constructor(private readonly cps: string[] | string) {
    super(strIteratorTypeRef);
  }
  nextValue(): PyValue | undefined {
    if (this.i >= this.cps.length) return undefined;
    return this.cps[this.i++];
  }
}

defineMethods(strType, {
  __len__: (args) => strLen(s0(args[0])),
  __hash__: (args) => hashStr(s0(args[0])),
  __str__: (args) => s0(args[0]),
  __repr__: (args) => reprStr(s0(args[0])),
  __iter__: (args) => {
    const s = s0(args[0]);
    return new StrIterator(hasSurrogates(s) ? Array.from(s) : s);
  },
  __contains__: (args) => {
    const b = strValue(args[1]);
    if (b === undefined) throw pyTypeError(`'in <string>' requires string as left operand, not ${typeOf(args[1]).name}`);
    return s0(args[0]).includes(b);
  },
  __getitem__: (args) => {
    const s = s0(args[0]);
    const k = args[1];
    const r = strSubscript(s, k);
    if (r !== undefined) return r;
    if (k instanceof PySlice) {
      const cps = cpView(s);
      const len = cps ? cps.length : s.length;
      const [start, , step, n] = sliceIndices(k, len);
      if (step === 1) return cps ? cps.slice(start, start + n).join("") : s.slice(start, start + n);
      let out = "";
      for (let i = 0, j = start; i < n; i++, j += step) out += cps ? cps[j] : s[j];
      return out;
    }
    const idx = intValue(k);
    if (idx === undefined) {
      if (typeOf(k).lookup("__index__") === undefined) throw pyTypeError(`string indices must be integers, not '${typeOf(k).name}'`);
    }
    const cps = cpView(s);
    const len = cps ? cps.length : s.length;
    let i = asIndex(k, "string");
    if (i < 0) i += len;
    if (i < 0 || i >= len) throw pyIndexError("string index out of range");
    return cps ? cps[i] : s[i];
  },
  __add__: (args) => {
    const b = strValue(args[1]);
    if (b === undefined) return NotImplemented;
    return s0(args[0]) + b;
  },
  __mul__: (args) => {
    const s = s0(args[0]);
    const n = repeatCount(args[1], strLen(s), "str");
    if (n === undefined) return NotImplemented;
    return n === 0 ? "" : s.repeat(n);
  },
  __rmul__: (args) => {
    const s = s0(args[0]);
    const n = repeatCount(args[1], strLen(s), "str");
    if (n === undefined) return NotImplemented;
    return n === 0 ? "" : s.repeat(n);
  },
  __mod__: function* (args): NativeGen {
    return yield* percentFormatGen(s0(args[0]), args[1]);
  },
  __rmod__: () => NotImplemented,
  __eq__: (args) => {
    const b = strValue(args[1]);
    return b === undefined ? NotImplemented : s0(args[0]) === b;
  },
  __ne__: (args) => {
    const b = strValue(args[1]);
    return b === undefined ? NotImplemented : s0(args[0]) !== b;
  },
  __lt__: (args) => {
    const b = strValue(args[1]);
    return b === undefined ? NotImplemented : compareStr(s0(args[0]), b) < 0;
  },
  __le__: (args) => {
    const b = strValue(args[1]);
    return b === undefined ? NotImplemented : compareStr(s0(args[0]), b) <= 0;
  },
  __gt__: (args) => {
    const b = strValue(args[1]);
    return b === undefined ? NotImplemented : compareStr(s0(args[0]), b) > 0;
  },
  __ge__: (args) => {
    const b = strValue(args[1]);
    return b === undefined ? NotImplemented : compareStr(s0(args[0]), b) >= 0;
  },
  __format__: function* (args): NativeGen {
    const spec = strValue(args[1]);
    if (spec === undefined) throw pyTypeError(`format() argument 2 must be str, not ${typeOf(args[1]).name}`);
    const s = s0(args[0]);
    // an empty spec gives str(self): a subclass's __str__ counts
    if (spec === "") return typeof args[0] === "string" ? s : yield* strGen(args[0]);
    return withFormatErrors(() => formatStr(s, spec));
  },
  __getnewargs__: (args) => new PyTuple([s0(args[0])]),
  __sizeof__: (args) => 49 + strLen(s0(args[0])),
  join: function* (args): NativeGen {
    const sep = s0(args[0]);
    if (args.length !== 2) throw pyTypeError(`str.join() takes exactly one argument (${args.length - 1} given)`);
    const it = args[1];
    let items: PyValue[];
    if ((it instanceof PyList || it instanceof PyTuple) && it.type.isBuiltin) items = it.items;
    else {
      const t = typeOf(it), itf = t.lookup("__iter__");
      if (itf === None || (itf === undefined && t.lookup("__getitem__") === undefined)) throw pyTypeError("can only join an iterable");
      items = yield* toArrayGen(it);
    }
    let plain = true;
    for (let i = 0; i < items.length; i++) {
      if (typeof items[i] !== "string") {
        plain = false;
        break;
      }
    }
    if (plain) return items.length === 1 ? items[0] : (items as string[]).join(sep);
    const parts: string[] = new Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const x = items[i];
      const xs = typeof x === "string" ? x : strValue(x);
      if (xs === undefined) throw pyTypeError(`sequence item ${i}: expected str instance, ${typeOf(x).name} found`);
      parts[i] = xs;
    }
    return parts.join(sep);
  },
  split: (args, kw) => {
    const s = s0(args[0]);
    const [sep, maxsplit] = splitArgs(args, kw, "split");
    if (sep === null) return new PyList(splitWhitespace(s, maxsplit));
    if (maxsplit < 0) return new PyList(s.split(sep));
    const out: string[] = [];
    let i = 0;
    while (out.length < maxsplit) {
      const j = s.indexOf(sep, i);
      if (j < 0) break;
      out.push(s.slice(i, j));
      i = j + sep.length;
    }
    out.push(s.slice(i));
    return new PyList(out);
  },
  rsplit: (args, kw) => {
    const s = s0(args[0]);
    const [sep, maxsplit] = splitArgs(args, kw, "rsplit");
    if (sep === null) return new PyList(rsplitWhitespace(s, maxsplit));
    const out: string[] = [];
    let i = s.length;
    while (maxsplit < 0 || out.length < maxsplit) {
      const j = s.lastIndexOf(sep, i - sep.length);
      if (j < 0 || i - sep.length < 0) break;
      out.push(s.slice(j + sep.length, i));
      i = j;
    }
    out.push(s.slice(0, i));
    return new PyList(out.reverse());
  },
  splitlines: (args, kw) => {
    const s = s0(args[0]);
    const keep = intFlagArg(args[1]);
    const out: string[] = [];
    let i = 0, start = 0;
    const n = s.length;
    while (i < n) {
      const c = s[i];
      if ("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029".includes(c)) {
        let eol = i + 1;
        if (c === "\r" && s[i + 1] === "\n") eol++;
        out.push(s.slice(start, keep ? eol : i));
        start = i = eol;
      } else i++;
    }
    if (start < n) out.push(s.slice(start));
    return new PyList(out);
  },
  strip: (args) => stripChars(s0(args[0]), args[1], true, true, "strip"),
  lstrip: (args) => stripChars(s0(args[0]), args[1], true, false, "lstrip"),
  rstrip: (args) => stripChars(s0(args[0]), args[1], false, true, "rstrip"),
  replace: (args) => {
    const s = s0(args[0]);
    const old = argStr(args[1], "replace", 1);
    const nw = argStr(args[2], "replace", 2);
    const count = args.length > 3 ? ssizeArg(args[3]) : -1;
    if (count < 0) {
      if (old === "") {
        const cps = Array.from(s);
        return nw + cps.join(nw) + (cps.length ? nw : "");
      }
      if (s.indexOf(old) < 0) return s;
      // replaceAll would read `$&`, `$1` … in the replacement as patterns
      return nw.indexOf("$") < 0 ? s.replaceAll(old, nw) : s.split(old).join(nw);
    }
    let out = "";
    let i = 0, done = 0;
    if (old === "") {
      const cps = Array.from(s);
      for (let k = 0; k <= cps.length; k++) {
        if (done < count) {
          out += nw;
          done++;
        }
        if (k < cps.length) out += cps[k];
      }
      return out;
    }
    while (done < count) {
      const j = s.indexOf(old, i);
      if (j < 0) break;
      out += s.slice(i, j) + nw;
      i = j + old.length;
      done++;
    }
    return out + s.slice(i);
  },
  startswith: (args) => startsEnds(args, false),
  endswith: (args) => startsEnds(args, true),
  find: (args) => find(s0(args[0]), mustStr(args[1]), args[2], args[3], false),
  rfind: (args) => find(s0(args[0]), mustStr(args[1]), args[2], args[3], true),
  index: (args) => {
    const r = find(s0(args[0]), mustStr(args[1]), args[2], args[3], false);
    if (r < 0) throw pyValueError("substring not found");
    return r;
  },
  rindex: (args) => {
    const r = find(s0(args[0]), mustStr(args[1]), args[2], args[3], true);
    if (r < 0) throw pyValueError("substring not found");
    return r;
  },
  count: (args) => {
    const s = s0(args[0]);
    const subs = mustStr(args[1]);
    const len = strLen(s);
    const [a, b] = range(len, args[2], args[3]);
    if (a > len || b < a) return 0;
    const hay = sub(s, a, b);
    if (subs === "") return strLen(hay) + 1;
    // non-overlapping, left to right (no array of pieces)
    let n = 0;
    for (let i = hay.indexOf(subs); i >= 0; i = hay.indexOf(subs, i + subs.length)) n++;
    return n;
  },
  upper: (args) => s0(args[0]).toUpperCase(),
  lower: (args) => s0(args[0]).toLowerCase(),
  casefold: (args) => UC.casefoldStr(s0(args[0])),
  swapcase: (args) => UC.swapcaseStr(s0(args[0])),
  title: (args) => UC.titleStr(s0(args[0])),
  capitalize: (args) => UC.capitalizeStr(s0(args[0])),
  center: (args) => pad(args, "center"),
  ljust: (args) => pad(args, "ljust"),
  rjust: (args) => pad(args, "rjust"),
  zfill: (args) => {
    const s = s0(args[0]);
    const w = ssizeArg(args[1]);
    const len = strLen(s);
    if (len >= w) return s;
    const fill = "0".repeat(w - len);
    if (s[0] === "+" || s[0] === "-") return s[0] + fill + s.slice(1);
    return fill + s;
  },
  partition: (args) => {
    const s = s0(args[0]);
    const sep = mustStr(args[1]);
    if (sep === "") throw pyValueError("empty separator");
    const i = s.indexOf(sep);
    return i < 0 ? new PyTuple([s, "", ""]) : new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
  },
  rpartition: (args) => {
    const s = s0(args[0]);
    const sep = mustStr(args[1]);
    if (sep === "") throw pyValueError("empty separator");
    const i = s.lastIndexOf(sep);
    return i < 0 ? new PyTuple(["", "", s]) : new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
  },
  removeprefix: (args) => {
    const s = s0(args[0]);
    const p = strValue(args[1]);
    if (p === undefined) throw pyTypeError(`removeprefix() argument must be str, not ${typeOf(args[1]).name}`);
    return p && s.startsWith(p) ? s.slice(p.length) : s;
  },
  removesuffix: (args) => {
    const s = s0(args[0]);
    const p = strValue(args[1]);
    if (p === undefined) throw pyTypeError(`removesuffix() argument must be str, not ${typeOf(args[1]).name}`);
    return p && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
  },
  expandtabs: (args, kw) => {
    const s = s0(args[0]);
    const ts = args[1] === undefined ? 8 : cIntArg(args[1]);
    let out = "";
    let col = 0;
    for (const ch of s) {
      if (ch === "\t") {
        if (ts > 0) {
          const n = ts - (col % ts);
          out += " ".repeat(n);
          col += n;
        }
      } else if (ch === "\n" || ch === "\r") {
        out += ch;
        col = 0;
      } else {
        out += ch;
        col++;
      }
    }
    return out;
  },
  isdigit: (args) => checkAll(s0(args[0]), UC.isDigitChar),
  isdecimal: (args) => checkAll(s0(args[0]), UC.isDecimalChar),
  isnumeric: (args) => checkAll(s0(args[0]), UC.isNumericChar),
  isalpha: (args) => checkAll(s0(args[0]), UC.isAlphaChar),
  isalnum: (args) => checkAll(s0(args[0]), UC.isAlnumChar),
  isspace: (args) => checkAll(s0(args[0]), isPyWhitespace),
  isascii: (args) => /^[\x00-\x7f]*$/.test(s0(args[0])),
  isupper: (args) => UC.isUpperStr(s0(args[0])),
  islower: (args) => UC.isLowerStr(s0(args[0])),
  istitle: (args) => UC.isTitleStr(s0(args[0])),
  isidentifier: (args) => UC.isIdentifier(s0(args[0])),
  isprintable: (args) => {
    const { isPrintableCodePoint } = reprMod;
    for (const c of s0(args[0])) if (!isPrintableCodePoint(c.codePointAt(0)!)) return false;
    return true;
  },
  format: function* (args, kw): NativeGen {
    return yield* strFormatGen(s0(args[0]), args.slice(1), kw);
  },
  format_map: function* (args): NativeGen {
    const m = args[1];
    return yield* strFormatGen(s0(args[0]), [], m instanceof PyDict ? m : (m as never));
  },
  encode: (args) => {
    const s = s0(args[0]);
    const enc = args[1] === undefined ? "utf-8" : strValue(args[1]);
    if (enc === undefined) throw pyTypeError(`encode() argument 'encoding' must be str, not ${typeOf(args[1]).name}`);
    const errors = args[2] === undefined ? "strict" : strValue(args[2]);
    if (errors === undefined) throw pyTypeError(`encode() argument 'errors' must be str, not ${typeOf(args[2]).name}`);
    const encodeStr = encodeText;
    return new PyBytes(encodeStr(s, enc, errors));
  },
  translate: function* (args): NativeGen {
    const s = s0(args[0]);
    const table = args[1];
    let out = "";
    const { getItemGen } = opsMod;
    for (const ch of s) {
      let r: PyValue;
      try {
        r = yield* getItemGen(table, ch.codePointAt(0)!);
      } catch (e) {
        if (e instanceof PyObject && typeOf(e).isSubtypeOf(Exc.LookupError)) {
          out += ch;
          continue;
        }
        throw e;
      }
      if (r === None) continue;
      const rn = intValue(r);
      if (rn !== undefined) {
        if (rn < 0 || rn > 0x10ffff) throw pyValueError("character mapping must be in range(0x110000)");
        out += String.fromCodePoint(Number(rn));
      }
      else {
        const rs = strValue(r);
        if (rs === undefined) throw pyTypeError("character mapping must return integer, None or str");
        out += rs;
      }
    }
    return out;
  },
});

defineStaticMethod(strType, "maketrans", (args) => {
  const a = args;
  const d = new PyDict();
  if (a.length === 1) {
    const m = a[0];
    if (!(m instanceof PyDict)) throw pyTypeError("if you give only one argument to maketrans it must be a dict");
    for (const [k, v] of m.entries()) {
      const ks = strValue(k);
      if (ks !== undefined) {
        if (strLen(ks) !== 1) throw pyValueError("string keys in translate table must be of length 1");
        d.set(ks.codePointAt(0)!, v);
      } else d.set(k, v);
    }
    return d;
  }
  const x = strValue(a[0]), y = strValue(a[1]);
  if (x === undefined) throw pyTypeError(`maketrans() argument 1 must be str, not ${typeOf(a[0]).name}`);
  if (y === undefined) throw pyTypeError(`maketrans() argument 2 must be str, not ${typeOf(a[1]).name}`);
  if (a.length > 2 && strValue(a[2]) === undefined) throw pyTypeError(`maketrans() argument 3 must be str, not ${typeOf(a[2]).name}`);
  const xs = Array.from(x), ys = Array.from(y);
  if (xs.length !== ys.length) throw pyValueError("the first two maketrans arguments must have equal length");
  xs.forEach((c, i) => d.set(c.codePointAt(0)!, ys[i].codePointAt(0)!));
  if (a.length > 2) for (const c of strValue(a[2]) ?? "") d.set(c.codePointAt(0)!, None);
  return d;
});
import * as opsMod from "./ops.js";
import * as reprMod from "./repr.js";

function startsEnds(args: PyValue[], ends: boolean): boolean {
  const s = s0(args[0]);
  const what = args[1];
  if (args.length === 2 && typeof what === "string" && what.length > 0) {
    // one str prefix: JS compares UTF-16 units, the same as code points unless the prefix cuts
    // a surrogate pair (a lone high surrogate at a prefix's end, a low one at a suffix's start)
    const edge = what.charCodeAt(ends ? 0 : what.length - 1);
    if (ends ? edge < 0xdc00 || edge > 0xdfff : edge < 0xd800 || edge > 0xdbff) return ends ? s.endsWith(what) : s.startsWith(what);
  }
  const fn = ends ? "endswith" : "startswith";
  const prefixes: string[] = [];
  if (what instanceof PyTuple) {
    for (const p of what.items) {
      const ps = strValue(p);
      if (ps === undefined) throw pyTypeError(`tuple for ${fn} must only contain str, not ${typeOf(p).name}`);
      prefixes.push(ps);
    }
  } else {
    const ps = strValue(what);
    if (ps === undefined) throw pyTypeError(`${fn} first arg must be str or a tuple of str, not ${typeOf(what).name}`);
    prefixes.push(ps);
  }
  const len = strLen(s);
  const [a, b] = range(len, args[2], args[3]);
  if (a > len) return false;
  const hay = sub(s, a, b);
  // a window shorter than the prefix (even an empty one past its end) never matches
  return prefixes.some((p) => b - a >= strLen(p) && (ends ? hay.endsWith(p) : hay.startsWith(p)));
}

function pad(args: PyValue[], how: "center" | "ljust" | "rjust"): string {
  const s = s0(args[0]);
  const w = ssizeArg(args[1]);
  let fill = " ";
  if (args.length > 2) {
    const f = strValue(args[2]);
    if (f === undefined) throw pyTypeError(`The fill character must be a unicode character, not ${typeOf(args[2]).name}`);
    if (strLen(f) !== 1) throw pyTypeError("The fill character must be exactly one character long");
    fill = f;
  }
  const len = strLen(s);
  if (len >= w) return s;
  const total = w - len;
  if (how === "ljust") return s + fill.repeat(total);
  if (how === "rjust") return fill.repeat(total) + s;
  const left = Math.floor(total / 2) + (total & w & 1);
  return fill.repeat(left) + s + fill.repeat(total - left);
}

