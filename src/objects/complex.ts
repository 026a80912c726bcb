// complex: a pair of JS numbers.
import { PyObject } from "./object.js";
import { makeBuiltinType, type PyType } from "./type.js";

export const complexType: PyType = makeBuiltinType("complex", undefined, { factory: (cls) => new PyComplex(0, 0, cls) });

export class PyComplex extends PyObject {
  constructor(
    readonly real: number,
    readonly imag: number,
    type: PyType = complexType,
  ) {
    super(type);
  }
}

// ---- complex methods -------------------------------------------------------------------------
// Arithmetic follows CPython's complexobject.c step for step (a real operand becomes x+0j
// first), so signed zeros, infinities and NaNs come out the same.
import type { KwArgs, PyValue } from "./object.js";
import { defineMethods, defineGetter, defineStaticMethod } from "./function.js";
import { None, NotImplemented } from "./singletons.js";
import { PyFloat } from "./float.js";
import { PyTuple } from "./tuple.js";
import { intValue } from "./int.js";
import { strValue } from "./str.js";
import { typeOf } from "./typeof.js";
import { callGen } from "./call.js";
import type { NativeGen } from "./native.js";
import { strGen } from "./stringify.js";
import { Exc, newException, pyTypeError, pyValueError, withFormatErrors } from "./exceptions.js";
import { reprComplex } from "./repr.js";
import { hashFloat } from "./ops.js";
import { parseFloatText, parseFormatSpec, type FormatSpec } from "./format/index.js";
import { formatFloatWith } from "./format/format-float.js";
import { pyPow as crPow, crExp, crLog, crSin, crCos } from "../stdlib/random/libm.js";

type C = [number, number];

function intToDouble(n: number | bigint): number {
  if (typeof n === "number") return n;
  const x = Number(n);
  if (!Number.isFinite(x)) throw newException(Exc.OverflowError, "int too large to convert to float");
  return x;
}

/** An operand as a complex pair: complex, float or int; undefined for anything else. */
function cv(v: PyValue): C | undefined {
  if (v instanceof PyComplex) return [v.real, v.imag];
  if (v instanceof PyFloat) return [v.value, 0.0];
  const n = intValue(v);
  if (n !== undefined) return [intToDouble(n), 0.0];
  return undefined;
}

function cself(v: PyValue): C {
  if (v instanceof PyComplex) return [v.real, v.imag];
  throw pyTypeError(`descriptor requires a 'complex' object but received a '${typeOf(v).name}'`);
}

const mk = (c: C) => new PyComplex(c[0], c[1]);

function cProd(a: C, b: C): C {
  return [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
}

class ComplexZeroDivision {}

function cQuot(a: C, b: C): C {
  const absBr = Math.abs(b[0]), absBi = Math.abs(b[1]);
  if (absBr >= absBi) {
    if (absBr === 0.0) throw new ComplexZeroDivision();
    const ratio = b[1] / b[0];
    const denom = b[0] + b[1] * ratio;
    return [(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom];
  }
  if (absBi >= absBr) {
    const ratio = b[0] / b[1];
    const denom = b[0] * ratio + b[1];
    return [(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom];
  }
  return [NaN, NaN];
}

/**
 * sqrt(x^2 + y^2) for finite x, y, rounded correctly in practice as the C library's hypot()
 * (V8's Math.hypot is an ulp off for a third of inputs): squares summed exactly in
 * double-double, one Newton correction of the square root.
 */
function hypot2(x: number, y: number): number {
  x = Math.abs(x);
  y = Math.abs(y);
  if (x < y) [x, y] = [y, x];
  if (y === 0) return x;
  // scale into a range where the squares neither overflow nor underflow
  let scale = 1;
  if (x > 2 ** 500) {
    x *= 2 ** -600;
    y *= 2 ** -600;
    scale = 2 ** 600;
  } else if (x < 2 ** -500) {
    x *= 2 ** 600;
    y *= 2 ** 600;
    scale = 2 ** -600;
  }
  const xxh = DD.twoProd(x, x), xxl = DD.ddLo;
  const yyh = DD.twoProd(y, y), yyl = DD.ddLo;
  const sh = DD.ddAdd(xxh, xxl, yyh, yyl), sl = DD.ddLo;
  const r0 = Math.sqrt(sh);
  // r = r0 + (s - r0^2) / (2 r0)
  const r2h = DD.twoProd(r0, r0), r2l = DD.ddLo;
  const dh = DD.ddAdd(sh, sl, -r2h, -r2l), dl = DD.ddLo;
  return (r0 + (dh + dl) / (2 * r0)) * scale;
}
import * as DD from "../stdlib/random/double-double.js";

function powReal(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y) || x <= 0 || x === 1 || y === 0) return x ** y;
  try {
    return crPow(x, y);
  } catch {
    return Infinity;
  }
}

function cPow(a: C, b: C): C {
  if (b[0] === 0 && b[1] === 0) return [1, 0];
  if (a[0] === 0 && a[1] === 0) {
    if (b[1] !== 0 || b[0] < 0) throw new ComplexZeroDivision();
    return [0, 0];
  }
  const vabs = Math.hypot(a[0], a[1]);
  let len = powReal(vabs, b[0]);
  const at = Math.atan2(a[1], a[0]);
  let phase = at * b[0];
  if (b[1] !== 0.0) {
    len /= crExp(at * b[1]);
    phase += b[1] * crLog(vabs);
  }
  return [len * crCos(phase), len * crSin(phase)];
}

function cPowu(x: C, n: number): C {
  let r: C = [1, 0], p = x;
  let mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = cProd(r, p);
    mask <<= 1;
    p = cProd(p, p);
  }
  return r;
}

function cPowi(x: C, n: number): C {
  return n > 0 ? cPowu(x, n) : cQuot([1, 0], cPowu(x, -n));
}

function complexPow(a: C, b: C): PyComplex {
  let p: C;
  try {
    if (b[1] === 0 && b[0] === Math.floor(b[0]) && Math.abs(b[0]) <= 100.0) p = cPowi(a, b[0]);
    else p = cPow(a, b);
  } catch (e) {
    if (e instanceof ComplexZeroDivision) throw newException(Exc.ZeroDivisionError, "0.0 to a negative or complex power");
    throw e;
  }
  if ((p[0] === Infinity || p[0] === -Infinity || p[1] === Infinity || p[1] === -Infinity) && Number.isFinite(a[0]) && Number.isFinite(a[1]) && Number.isFinite(b[0]) && Number.isFinite(b[1])) {
    throw newException(Exc.OverflowError, "complex exponentiation");
  }
  return mk(p);
}

/** float ** float with a negative base and a fractional exponent: CPython hands it to complex. */
export function floatComplexPow(a: number, b: number): PyComplex {
  return complexPow([a, 0.0], [b, 0.0]);
}

function div(a: C, b: C): PyComplex {
  try {
    return mk(cQuot(a, b));
  } catch (e) {
    if (e instanceof ComplexZeroDivision) throw newException(Exc.ZeroDivisionError, "complex division by zero");
    throw e;
  }
}

function cbin(fn: (a: C, b: C) => PyValue, reflected = false) {
  return (args: PyValue[]) => {
    const a = cself(args[0]);
    const b = cv(args[1]);
    if (b === undefined) return NotImplemented;
    return reflected ? fn(b, a) : fn(a, b);
  };
}

/** complex == other, exact against ints (a big int never equals a rounded double). */
function complexEq(a: C, other: PyValue): boolean | typeof NotImplemented {
  if (other instanceof PyComplex) return a[0] === other.real && a[1] === other.imag;
  if (other instanceof PyFloat) return a[1] === 0 && a[0] === other.value;
  const n = intValue(other);
  if (n === undefined) return NotImplemented;
  if (a[1] !== 0 || !Number.isFinite(a[0]) || a[0] !== Math.trunc(a[0])) return false;
  return typeof n === "number" ? a[0] === n : BigInt(a[0]) === n;
}

// ---- complex(x) from text ------------------------------------------------------------------

const NUM = String.raw`(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan)`;
const RE_REAL_IMAG = new RegExp(`^([+-]?${NUM})([+-]${NUM}?)[jJ]$`, "i");
const RE_IMAG = new RegExp(`^([+-]?${NUM}?)[jJ]$`, "i");
const RE_REAL = new RegExp(`^[+-]?${NUM}$`, "i");

function malformed() {
  return pyValueError("complex() arg is a malformed string");
}

function part(text: string): number {
  if (text === "" || text === "+") return 1;
  if (text === "-") return -1;
  return withFormatErrors(() => parseFloatText(text));
}

function complexFromText(s: string): C {
  const { isPyWhitespace } = strModule;
  let a = 0, b = s.length;
  while (a < b && isPyWhitespace(s[a])) a++;
  while (b > a && isPyWhitespace(s[b - 1])) b--;
  let t = s.slice(a, b);
  if (t.startsWith("(")) {
    if (!t.endsWith(")")) throw malformed();
    t = t.slice(1, -1);
    let i = 0, j = t.length;
    while (i < j && isPyWhitespace(t[i])) i++;
    while (j > i && isPyWhitespace(t[j - 1])) j--;
    t = t.slice(i, j);
  }
  if (/[^\x21-\x7e]/.test(t)) {
    // non-ASCII digits are allowed, as in float(): normalise through float's parser per part
    t = Array.from(t).map((ch) => (/\p{Nd}/u.test(ch) ? String(parseFloatText(ch)) : ch)).join("");
  }
  let m = RE_REAL_IMAG.exec(t);
  try {
    if (m) return [part(m[1]), part(m[2])];
    m = RE_IMAG.exec(t);
    if (m) return [0, part(m[1])];
    if (RE_REAL.test(t)) return [part(t), 0];
  } catch {
    throw malformed();
  }
  throw malformed();
}
import * as strModule from "./str.js";

/** float(x) for complex(): float, int, __float__, __index__; undefined for non-numbers. */
function* realPartGen(v: PyValue): NativeGen<number | undefined> {
  if (v instanceof PyFloat) return v.value;
  const n = intValue(v);
  if (n !== undefined) return intToDouble(n);
  const t = typeOf(v);
  const f = t.lookup("__float__");
  if (f !== undefined && f !== None) {
    const r = yield* callGen(f, [v]);
    if (!(r instanceof PyFloat)) throw pyTypeError(`${t.name}.__float__ returned non-float (type ${typeOf(r).name})`);
    return r.value;
  }
  const idx = t.lookup("__index__");
  if (idx !== undefined && idx !== None) {
    const r = yield* callGen(idx, [v]);
    const rn = intValue(r);
    if (rn === undefined) throw pyTypeError(`__index__ returned non-int (type ${typeOf(r).name})`);
    return intToDouble(rn);
  }
  return undefined;
}

/** A complex operand of complex(): its __complex__, or a real number. */
function* complexPartGen(v: PyValue): NativeGen<C | undefined> {
  if (v instanceof PyComplex) return [v.real, v.imag];
  const t = typeOf(v);
  const cf = t.lookup("__complex__");
  if (cf !== undefined && cf !== None) {
    const r = yield* callGen(cf, [v]);
    if (!(r instanceof PyComplex)) throw pyTypeError(`__complex__ returned non-complex (type ${typeOf(r).name})`);
    return [r.real, r.imag];
  }
  const x = yield* realPartGen(v);
  return x === undefined ? undefined : [x, 0.0];
}

defineStaticMethod(complexType, "__new__", function* (args: PyValue[], kw: KwArgs): NativeGen {
  const cls = args[0] as PyType;
  let real: PyValue | undefined = args[1];
  let imag: PyValue | undefined = args[2];
  if (args.length > 3) throw pyTypeError(`complex() takes at most 2 arguments (${args.length - 1} given)`);
  if (kw) {
    for (const [k, v] of kw) {
      if (k === "real" && real === undefined) real = v;
      else if (k === "imag" && imag === undefined) imag = v;
      else if (k === "real" || k === "imag") throw pyTypeError(`argument for complex() given by name ('${k}') and position (${k === "real" ? 1 : 2})`);
      else throw pyTypeError(`'${k}' is an invalid keyword argument for complex()`);
    }
  }
  const make = (c: C) => new PyComplex(c[0], c[1], cls);
  if (real === undefined) real = 0;
  const rs = strValue(real);
  if (rs !== undefined) {
    if (imag !== undefined) throw pyTypeError("complex() can't take second arg if first is a string");
    return make(complexFromText(rs));
  }
  if (imag !== undefined && strValue(imag) !== undefined) throw pyTypeError("complex() second arg can't be a string");
  if (real instanceof PyComplex && imag === undefined && cls === complexType && real.type === complexType) return real;
  const r = yield* complexPartGen(real);
  if (r === undefined) throw pyTypeError(`complex() first argument must be a string or a number, not '${typeOf(real).name}'`);
  if (imag === undefined) return make(r);
  let i: C | undefined;
  if (imag instanceof PyComplex) i = [imag.real, imag.imag];
  else {
    const x = yield* realPartGen(imag);
    i = x === undefined ? undefined : [x, 0.0];
  }
  if (i === undefined) throw pyTypeError(`complex() second argument must be a number, not '${typeOf(imag).name}'`);
  // CPython: (a+bj) + (c+dj)*1j, each correction only when that operand was a complex
  const realIsComplex = real instanceof PyComplex || typeOf(real).lookup("__complex__") !== undefined;
  const re = imag instanceof PyComplex ? r[0] - i[1] : r[0];
  const im = realIsComplex ? i[0] + r[1] : i[0];
  return make([re, im]);
});

// ---- formatting ------------------------------------------------------------------------------

function formatComplex(c: C, spec: string): string {
  if (spec === "") return reprComplex(c[0], c[1]);
  const fs: FormatSpec = parseFormatSpec(spec, "float", "complex");
  // CPython's order: the presentation type, then zero padding, then '=' alignment
  if (!["", "e", "E", "f", "F", "g", "G", "n"].includes(fs.type)) {
    throw pyValueError(`Unknown format code '${fs.type}' for object of type 'complex'`);
  }
  if (fs.fill === "0") throw pyValueError("Zero padding is not allowed in complex format specifier");
  if (fs.align === "=") throw pyValueError("'=' alignment flag is not allowed in complex format specifier");
  let [re, im] = c;
  let type = fs.type;
  let skipRe = false, parens = false;
  if (type === "") {
    skipRe = re === 0 && !Object.is(re, -0);
    parens = !skipRe;
  }
  // no type with a precision is plain 'g' for complex (float's '' type has its own rules)
  const partType = type === "" ? "g" : type;
  const partSpec = (sign: FormatSpec["sign"]): FormatSpec => ({ ...fs, fill: " ", align: ">", width: -1, sign, type: partType });
  const one = (x: number, sign: FormatSpec["sign"]) => withFormatErrors(() => formatFloatWith(x, partSpec(sign), "complex"));
  let reText = skipRe ? "" : one(re, fs.sign);
  let imText = one(im, skipRe ? fs.sign : "+");
  if (type === "" && fs.precision < 0) {
    // shortest repr digits without ".0" (as repr(complex) shows them)
    const { formatShortestFloat } = reprModule;
    reText = skipRe ? "" : withSign(formatShortestFloat(re, false), fs.sign);
    imText = withSign(formatShortestFloat(im, false), skipRe ? fs.sign : "+");
  }
  void type;
  const body = (parens ? "(" : "") + reText + imText + "j" + (parens ? ")" : "");
  const len = Array.from(body).length;
  if (fs.width <= len) return body;
  const pad = fs.width - len;
  const align = fs.align;
  if (align === "<") return body + fs.fill.repeat(pad);
  if (align === "^") return fs.fill.repeat(pad >> 1) + body + fs.fill.repeat(pad - (pad >> 1));
  return fs.fill.repeat(pad) + body;
  function withSign(t: string, sign: string): string {
    if (t.startsWith("-")) return t;
    return (sign === "+" ? "+" : sign === " " ? " " : "") + t;
  }
}
import * as reprModule from "./repr.js";

defineMethods(complexType, {
  __add__: cbin((a, b) => mk([a[0] + b[0], a[1] + b[1]])),
  __radd__: cbin((a, b) => mk([a[0] + b[0], a[1] + b[1]]), true),
  __sub__: cbin((a, b) => mk([a[0] - b[0], a[1] - b[1]])),
  __rsub__: cbin((a, b) => mk([a[0] - b[0], a[1] - b[1]]), true),
  __mul__: cbin((a, b) => mk(cProd(a, b))),
  __rmul__: cbin((a, b) => mk(cProd(a, b)), true),
  __truediv__: cbin(div),
  __rtruediv__: cbin(div, true),
  __pow__: (args) => {
    if (args.length > 2 && args[2] !== None) throw pyValueError("complex modulo");
    const a = cself(args[0]);
    const b = cv(args[1]);
    return b === undefined ? NotImplemented : complexPow(a, b);
  },
  __rpow__: (args) => {
    if (args.length > 2 && args[2] !== None) throw pyValueError("complex modulo");
    const a = cself(args[0]);
    const b = cv(args[1]);
    return b === undefined ? NotImplemented : complexPow(b, a);
  },
  __neg__: (args) => {
    const [re, im] = cself(args[0]);
    return new PyComplex(-re, -im);
  },
  __pos__: (args) => mk(cself(args[0])),
  __abs__: (args) => {
    const [re, im] = cself(args[0]);
    if (!Number.isFinite(re) || !Number.isFinite(im)) {
      if (re === Infinity || re === -Infinity || im === Infinity || im === -Infinity) return new PyFloat(Infinity);
      return new PyFloat(NaN);
    }
    const r = hypot2(re, im);
    if (!Number.isFinite(r)) throw newException(Exc.OverflowError, "absolute value too large");
    return new PyFloat(r);
  },
  __bool__: (args) => {
    const [re, im] = cself(args[0]);
    return re !== 0 || im !== 0;
  },
  __eq__: (args) => complexEq(cself(args[0]), args[1]),
  __ne__: (args) => {
    const r = complexEq(cself(args[0]), args[1]);
    return r === NotImplemented ? r : !r;
  },
  __lt__: () => NotImplemented,
  __le__: () => NotImplemented,
  __gt__: () => NotImplemented,
  __ge__: () => NotImplemented,
  __hash__: (args) => {
    const [re, im] = cself(args[0]);
    const h = BigInt.asIntN(64, BigInt(hashFloat(re)) + 1000003n * BigInt(hashFloat(im)));
    const r = h === -1n ? -2n : h;
    return r >= -9007199254740991n && r <= 9007199254740991n ? Number(r) : r;
  },
  __repr__: (args) => {
    const [re, im] = cself(args[0]);
    return reprComplex(re, im);
  },
  __format__: function* (args): NativeGen {
    const spec = strValue(args[1]);
    if (spec === undefined) throw pyTypeError(`format() argument 2 must be str, not ${typeOf(args[1]).name}`);
    if (spec === "" && typeOf(args[0]) !== complexType) return yield* strGen(args[0]);
    return withFormatErrors(() => formatComplex(cself(args[0]), spec));
  },
  __complex__: (args) => mk(cself(args[0])),
  __getnewargs__: (args) => {
    const [re, im] = cself(args[0]);
    return new PyTuple([new PyFloat(re), new PyFloat(im)]);
  },
  conjugate: (args) => {
    const [re, im] = cself(args[0]);
    return new PyComplex(re, -im);
  },
});
defineGetter(complexType, "real", (v) => new PyFloat(cself(v)[0]));
defineGetter(complexType, "imag", (v) => new PyFloat(cself(v)[1]));
