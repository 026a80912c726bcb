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

/** Python's whitespace for str.split()/strip()/isspace(). */
const WS = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000";
export function isPyWhitespace(ch: string): boolean {
  return WS.includes(ch);
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
  return asIndex(v, "slice indices");
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
    while (i < n && isPyWhitespace(s[i])) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      let end = n;
      while (end > i && isPyWhitespace(s[end - 1])) end--;
      out.push(s.slice(i, end));
      return out;
    }
    let j = i;
    while (j < n && !isPyWhitespace(s[j])) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = s.length;
  while (i > 0) {
    while (i > 0 && isPyWhitespace(s[i - 1])) i--;
    if (i <= 0) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      let st = 0;
      while (st < i && isPyWhitespace(s[st])) st++;
      out.push(s.slice(st, i));
      break;
    }
    let j = i;
    while (j > 0 && !isPyWhitespace(s[j - 1])) j--;
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
  let sep: PyValue = args.length > 1 ? args[1] : None;
  let maxsplit: PyValue = args.length > 2 ? args[2] : -1;
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
  const m = intValue(maxsplit);
  if (m === undefined) throw pyTypeError(`'${typeOf(maxsplit).name}' object cannot be interpreted as an integer`);
  return [sepStr, Number(m)];
}

function isCased(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}

function isUpperCh(ch: string): boolean {
  return isCased(ch) && ch === ch.toUpperCase() && ch !== ch.toLowerCase();
}

function isLowerCh(ch: string): boolean {
  return isCased(ch) && ch === ch.toLowerCase() && ch !== ch.toUpperCase();
}

function titleCase(s: string): string {
  let out = "";
  let prevCased = false;
  for (const ch of s) {
    if (isCased(ch)) {
      out += prevCased ? ch.toLowerCase() : titleChar(ch);
      prevCased = true;
    } else {
      out += ch;
      prevCased = /\p{L}/u.test(ch) && false;
    }
  }
  return out;
}

function titleChar(ch: string): string {
  const u = ch.toUpperCase();
  return u.length > 1 && ch !== "ß" ? ch.toUpperCase()[0] + u.slice(1).toLowerCase() : u;
}

function checkAll(s: string, pred: (ch: string) => boolean): boolean {
  if (s.length === 0) return false;
  for (const ch of s) if (!pred(ch)) return false;
  return true;
}

const RE_ALPHA = /^\p{L}$/u;
const RE_DECIMAL = /^\p{Nd}$/u;
const RE_DIGIT = /^[\p{Nd}\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792]$/u;
const RE_NUMERIC = /^[\p{Nd}\p{Nl}\p{No}\u3405\u3483\u382a\u3b4d\u4e00\u4e03\u4e07\u4e09\u4e5d\u4e8c\u4e94\u4e96\u4ebf\u4ec0\u4edf\u4ee8\u4f0d\u4f70\u5104\u5146\u5169\u516b\u516d\u5341\u5343-\u5345\u534c\u53c1-\u53c4\u56db\u58f1\u58f9\u5e7a\u5efe\u5eff\u5f0c-\u5f0e\u5f10\u62fe\u634c\u67d2\u6f06\u7396\u767e\u8086\u842c\u8cae\u8cb3\u8d30\u9621\u9646\u964c\u9678\u96f6\uf96b\uf973\uf978\uf9b2\uf9d1\uf9d3\uf9fd\ufa10\u2189]$/u;

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
    const { decodeBytes } = codecs;
    s = decodeBytes(obj.bytes, encoding === undefined ? "utf-8" : (strValue(encoding) ?? "utf-8"), errors === undefined ? "strict" : (strValue(errors) ?? "strict"));
  } else s = yield* strGen(obj);
  return cls === strType ? s : new PyStrObject(s, cls);
}
import * as codecs from "./codecs.js";

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
    const n = intValue(args[1]);
    if (n === undefined) return NotImplemented;
    const s = s0(args[0]);
    if (n <= 0 || s === "") return "";
    if (typeof n === "bigint" || n * s.length > 2 ** 29) throw newException(Exc.OverflowError, "repeated string is too long");
    return s.repeat(n);
  },
  __rmul__: (args) => {
    const n = intValue(args[1]);
    if (n === undefined) return NotImplemented;
    const s = s0(args[0]);
    if (n <= 0) return "";
    if (typeof n === "bigint" || n * s.length > 2 ** 29) throw newException(Exc.OverflowError, "repeated string is too long");
    return s.repeat(n);
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
    return b === undefined ? NotImplemented : cmpStr(s0(args[0]), b) < 0;
  },
  __le__: (args) => {
    const b = strValue(args[1]);
    return b === undefined ? NotImplemented : cmpStr(s0(args[0]), b) <= 0;
  },
  __gt__: (args) => {
    const b = strValue(args[1]);
    return b === undefined ? NotImplemented : cmpStr(s0(args[0]), b) > 0;
  },
  __ge__: (args) => {
    const b = strValue(args[1]);
    return b === undefined ? NotImplemented : cmpStr(s0(args[0]), b) >= 0;
  },
  __format__: (args) => {
    const spec = strValue(args[1]);
    if (spec === undefined) throw pyTypeError(`format() argument 2 must be str, not ${typeOf(args[1]).name}`);
    const s = s0(args[0]);
    if (spec === "") return s;
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
    else items = yield* toArrayGen(it);
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
    if (maxsplit < 0) return new PyList(s.split(sep));
    const out: string[] = [];
    let i = s.length;
    while (out.length < maxsplit) {
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
    const keep = (args[1] ?? kw?.get("keepends")) === true || (intValue(args[1] ?? kw?.get("keepends") ?? 0) ?? 0) !== 0;
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
    const count = args.length > 3 ? Number(intValue(args[3]) ?? -1) : -1;
    if (count < 0) {
      if (old === "") {
        const cps = Array.from(s);
        return nw + cps.join(nw) + (cps.length ? nw : "");
      }
      return s.split(old).join(nw);
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
  find: (args) => find(s0(args[0]), argStr(args[1], "find"), args[2], args[3], false),
  rfind: (args) => find(s0(args[0]), argStr(args[1], "rfind"), args[2], args[3], true),
  index: (args) => {
    const r = find(s0(args[0]), argStr(args[1], "index"), args[2], args[3], false);
    if (r < 0) throw pyValueError("substring not found");
    return r;
  },
  rindex: (args) => {
    const r = find(s0(args[0]), argStr(args[1], "rindex"), args[2], args[3], true);
    if (r < 0) throw pyValueError("substring not found");
    return r;
  },
  count: (args) => {
    const s = s0(args[0]);
    const subs = argStr(args[1], "count");
    const len = strLen(s);
    const [a, b] = range(len, args[2], args[3]);
    if (a > len) return 0;
    const hay = sub(s, a, b);
    if (subs === "") return strLen(hay) + 1;
    return hay.split(subs).length - 1;
  },
  upper: (args) => s0(args[0]).toUpperCase(),
  lower: (args) => s0(args[0]).toLowerCase(),
  casefold: (args) => s0(args[0]).toLowerCase().replace(/ß/g, "ss"),
  swapcase: (args) => Array.from(s0(args[0])).map((c) => (isUpperCh(c) ? c.toLowerCase() : isLowerCh(c) ? c.toUpperCase() : c)).join(""),
  title: (args) => titleCase(s0(args[0])),
  capitalize: (args) => {
    const s = s0(args[0]);
    if (!s) return s;
    const cps = Array.from(s);
    return titleChar(cps[0]) + cps.slice(1).join("").toLowerCase();
  },
  center: (args) => pad(args, "center"),
  ljust: (args) => pad(args, "ljust"),
  rjust: (args) => pad(args, "rjust"),
  zfill: (args) => {
    const s = s0(args[0]);
    const w = Number(intValue(args[1]) ?? 0);
    const len = strLen(s);
    if (len >= w) return s;
    const fill = "0".repeat(w - len);
    if (s[0] === "+" || s[0] === "-") return s[0] + fill + s.slice(1);
    return fill + s;
  },
  partition: (args) => {
    const s = s0(args[0]);
    const sep = argStr(args[1], "partition");
    if (sep === "") throw pyValueError("empty separator");
    const i = s.indexOf(sep);
    return i < 0 ? new PyTuple([s, "", ""]) : new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
  },
  rpartition: (args) => {
    const s = s0(args[0]);
    const sep = argStr(args[1], "rpartition");
    if (sep === "") throw pyValueError("empty separator");
    const i = s.lastIndexOf(sep);
    return i < 0 ? new PyTuple(["", "", s]) : new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
  },
  removeprefix: (args) => {
    const s = s0(args[0]);
    const p = argStr(args[1], "removeprefix");
    return p && s.startsWith(p) ? s.slice(p.length) : s;
  },
  removesuffix: (args) => {
    const s = s0(args[0]);
    const p = argStr(args[1], "removesuffix");
    return p && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
  },
  expandtabs: (args, kw) => {
    const s = s0(args[0]);
    const ts = Number(intValue(args[1] ?? kw?.get("tabsize") ?? 8) ?? 8);
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
  isdigit: (args) => checkAll(s0(args[0]), (c) => RE_DIGIT.test(c)),
  isdecimal: (args) => checkAll(s0(args[0]), (c) => RE_DECIMAL.test(c)),
  isnumeric: (args) => checkAll(s0(args[0]), (c) => RE_NUMERIC.test(c)),
  isalpha: (args) => checkAll(s0(args[0]), (c) => RE_ALPHA.test(c)),
  isalnum: (args) => checkAll(s0(args[0]), (c) => RE_ALPHA.test(c) || RE_NUMERIC.test(c)),
  isspace: (args) => checkAll(s0(args[0]), isPyWhitespace),
  isascii: (args) => /^[\x00-\x7f]*$/.test(s0(args[0])),
  isupper: (args) => {
    const s = s0(args[0]);
    let cased = false;
    for (const c of s) {
      if (isLowerCh(c)) return false;
      if (isUpperCh(c)) cased = true;
    }
    return cased;
  },
  islower: (args) => {
    const s = s0(args[0]);
    let cased = false;
    for (const c of s) {
      if (isUpperCh(c)) return false;
      if (isLowerCh(c)) cased = true;
    }
    return cased;
  },
  istitle: (args) => {
    const s = s0(args[0]);
    let cased = false, prevCased = false;
    for (const c of s) {
      if (isUpperCh(c)) {
        if (prevCased) return false;
        prevCased = cased = true;
      } else if (isLowerCh(c)) {
        if (!prevCased) return false;
        prevCased = cased = true;
      } else prevCased = false;
    }
    return cased;
  },
  isidentifier: (args) => /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(s0(args[0])),
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
  encode: (args, kw) => {
    const s = s0(args[0]);
    const enc = strValue(args[1] ?? kw?.get("encoding") ?? "utf-8") ?? "utf-8";
    const errors = strValue(args[2] ?? kw?.get("errors") ?? "strict") ?? "strict";
    const { encodeStr } = codecs;
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
      if (rn !== undefined) out += String.fromCodePoint(Number(rn));
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
  const x = strValue(a[0]) ?? "", y = strValue(a[1]) ?? "";
  const xs = Array.from(x), ys = Array.from(y);
  if (xs.length !== ys.length) throw pyValueError("the first two maketrans arguments must have equal length");
  xs.forEach((c, i) => d.set(c.codePointAt(0)!, ys[i].codePointAt(0)!));
  if (a.length > 2) for (const c of strValue(a[2]) ?? "") d.set(c.codePointAt(0)!, None);
  return d;
});
import * as opsMod from "./ops.js";
import * as reprMod from "./repr.js";

function cmpStr(a: string, b: string): number {
  if (a === b) return 0;
  if (!hasSurrogates(a) && !hasSurrogates(b)) return a < b ? -1 : 1;
  // code point order (JS compares UTF-16 units)
  const ca = Array.from(a), cb = Array.from(b);
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const x = ca[i].codePointAt(0)!, y = cb[i].codePointAt(0)!;
    if (x !== y) return x - y;
  }
  return ca.length - cb.length;
}

function startsEnds(args: PyValue[], ends: boolean): boolean {
  const s = s0(args[0]);
  const what = args[1];
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
  return prefixes.some((p) => (ends ? hay.endsWith(p) : hay.startsWith(p)));
}

function pad(args: PyValue[], how: "center" | "ljust" | "rjust"): string {
  const s = s0(args[0]);
  const wv = intValue(args[1]);
  if (wv === undefined) throw pyTypeError(`'${typeOf(args[1]).name}' object cannot be interpreted as an integer`);
  const w = Number(wv);
  let fill = " ";
  if (args.length > 2) {
    const f = strValue(args[2]);
    if (f === undefined || strLen(f) !== 1) throw pyTypeError("The fill character must be exactly one character long");
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

