// math: CPython 3.11's math module. Results match CPython's on glibc bit for bit wherever that
// C library is correctly rounded: exp, log, sin, cos, pow (stdlib/random/libm.ts), tan, atan,
// asin, acos, atan2, log2 (math-cr.ts), cbrt (math-cr-cbrt.ts) and erf/erfc (math-erf.ts) are
// rounded correctly; cosh, sinh, tanh, asinh, acosh and log10 follow glibc's documented methods
// over those (math-glibc-methods.ts); expm1, log1p and atanh are V8's, the same fdlibm methods
// glibc uses. hypot/dist/fsum are exact, gamma/lgamma follow CPython's Lanczos evaluation step by
// step. scripts/math-ulp-check.py counts what still differs. Errors as CPython: ValueError "math
// domain error" when a finite argument gives NaN, OverflowError "math range error" on overflow.
import type { KwArgs, PyValue } from "../objects/object.js";
import { PyFloat } from "../objects/float.js";
import { PyTuple } from "../objects/tuple.js";
import { None } from "../objects/singletons.js";
import { intValue, normBig, floatToIntChecked } from "../objects/int.js";
import { nativeFunction } from "../objects/function.js";
import { checkedNative, makeChecker } from "../objects/arity.js";
import type { NativeFn, NativeGen } from "../objects/native.js";
import { typeOf } from "../objects/typeof.js";
import { callGen } from "../objects/call.js";
import { getIterGen, nextGen } from "../objects/iter.js";
import { binaryOpGen, BinOp } from "../objects/ops.js";
import { Exc, newException, pyTypeError, pyValueError } from "../objects/exceptions.js";
import { defineNativeModule } from "../vm/native-modules.js";
import { crExp, crLog, crSin, crCos, crAcos, pyPow as crPowChecked } from "./random/libm.js";
import { crTan, crAtan, crAsin, crAtan2, crLog2 } from "./math-cr.js";
import { glibcCosh, glibcSinh, glibcTanh, glibcAsinh, glibcAcosh, glibcLog10 } from "./math-glibc-methods.js";
import { crCbrt } from "./math-cr-cbrt.js";
import { erf, erfc } from "./math-erf.js";

const domainError = () => pyValueError("math domain error");
const rangeError = () => newException(Exc.OverflowError, "math range error");

// ---- argument conversion ----------------------------------------------------------------------

/** PyFloat_AsDouble: float, int (exactly rounded), __float__, __index__. */
function* toDoubleGen(v: PyValue): NativeGen<number> {
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
  throw pyTypeError(`must be real number, not ${t.name}`);
}

function intToDouble(n: number | bigint): number {
  if (typeof n === "number") return n;
  const x = Number(n);
  if (!Number.isFinite(x)) throw newException(Exc.OverflowError, "int too large to convert to float");
  return x;
}

/** An integer argument (gcd, factorial, isqrt, comb …): ints and __index__, as a bigint. */
function* toBigIntGen(v: PyValue): NativeGen<bigint> {
  const n = intValue(v);
  if (n !== undefined) return BigInt(n);
  const idx = typeOf(v).lookup("__index__");
  if (idx !== undefined && idx !== None) {
    const r = yield* callGen(idx, [v]);
    const rn = intValue(r);
    if (rn === undefined) throw pyTypeError(`__index__ returned non-int (type ${typeOf(r).name})`);
    return BigInt(rn);
  }
  throw pyTypeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
}

const F = (x: number) => new PyFloat(x);
const big = (b: bigint) => normBig(b);

// ---- the generic one-argument wrapper (CPython's math_1) ------------------------------------

function math1(f: (x: number) => number, canOverflow: boolean) {
  return function* (args: PyValue[]): NativeGen {
    const x = yield* toDoubleGen(args[0]);
    const r = f(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) throw domainError();
    if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) throw canOverflow ? rangeError() : domainError();
    return F(r);
  };
}

function math2(f: (x: number, y: number) => number) {
  return function* (args: PyValue[]): NativeGen {
    const x = yield* toDoubleGen(args[0]);
    const y = yield* toDoubleGen(args[1]);
    const r = f(x, y);
    if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) throw domainError();
    if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x) && Number.isFinite(y)) throw rangeError();
    return F(r);
  };
}

// ---- exact helpers ----------------------------------------------------------------------------

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** x = m * 2^e with m an odd-or-zero integer (bigint); x finite. */
function decompose(x: number): [bigint, number] {
  if (x === 0) return [0n, 0];
  f64[0] = x;
  const hi = u32[1], lo = u32[0];
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (bexp === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = bexp - 1075;
  }
  if (x < 0) mant = -mant;
  return [mant, e];
}

/** m * 2^e for an integer-valued m whose product is exactly representable (or overflows). */
function scalePow2(m: number, e: number): number {
  if (e > 0) {
    while (e > 1000) {
      m *= 2 ** 1000;
      e -= 1000;
      if (!Number.isFinite(m)) return m;
    }
    return m * 2 ** e;
  }
  if (e >= -1074) return m * 2 ** e;
  return m * 2 ** -1074 * 2 ** (e + 1074);
}

/** ldexp(x, e): x * 2^e rounded once (half to even), for any e. */
function ldexpExact(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [m, k] = decompose(x);
  const r = roundBigToDouble(m < 0n ? -m : m, k + e, false);
  return x < 0 ? -r : r;
}

function bitLen(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** floor(sqrt(n)) for n >= 0. */
function isqrtBig(n: bigint): bigint {
  if (n < 2n) return n;
  if (n < 9007199254740992n) {
    let r = BigInt(Math.floor(Math.sqrt(Number(n))));
    while (r * r > n) r--;
    while ((r + 1n) * (r + 1n) <= n) r++;
    return r;
  }
  let x = 1n << BigInt(Math.ceil(bitLen(n) / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/**
 * A double nearest to (q + frac) * 2^e where q is a bigint and `inexact` says whether bits were
 * dropped below q (sticky), rounding half to even.
 */
function roundBigToDouble(q: bigint, e: number, inexact: boolean): number {
  const bits = bitLen(q);
  // target precision: 53 bits, fewer when the result is subnormal
  const topExp = bits + e; // value < 2^topExp
  let keep = 53;
  if (topExp - 53 < -1074) keep = Math.max(0, topExp + 1074);
  const shift = bits - keep;
  if (shift > 0) {
    const sb = BigInt(shift);
    const rem = q & ((1n << sb) - 1n);
    let r = q >> sb;
    const half = 1n << (sb - 1n);
    if (rem > half || (rem === half && (inexact || (r & 1n) === 1n))) r += 1n;
    return scalePow2(Number(r), e + shift);
  }
  return scalePow2(Number(q), e);
}

/** sqrt(sum of x_i^2), correctly rounded (hypot and dist). */
function vectorNorm(xs: number[]): number {
  let sawNan = false;
  for (const x of xs) {
    if (x === Infinity || x === -Infinity) return Infinity;
    if (Number.isNaN(x)) sawNan = true;
  }
  if (sawNan) return NaN;
  if (xs.length === 1) return Math.abs(xs[0]);
  const parts: [bigint, number][] = [];
  let emin = Infinity;
  for (const x of xs) {
    if (x === 0) continue;
    const d = decompose(x);
    parts.push(d);
    if (d[1] < emin) emin = d[1];
  }
  if (parts.length === 0) return 0;
  let s = 0n;
  for (const [m, e] of parts) s += (m * m) << BigInt(2 * (e - emin));
  // sqrt(s * 2^(2 emin)) = sqrt(s) * 2^emin; scale s up so the root has >= 64 bits
  let k = 0;
  const want = 130 - bitLen(s);
  if (want > 0) k = Math.ceil(want / 2);
  const scaled = s << BigInt(2 * k);
  const r = isqrtBig(scaled);
  const exact = r * r === scaled;
  return roundBigToDouble(r, emin - k, !exact);
}

/** math.fsum: Shewchuk's exact partial sums, rounded once at the end as CPython does. */
function* fsumGen(iterable: PyValue): NativeGen<number> {
  const it = yield* getIterGen(iterable);
  let partials: number[] = [];
  let specialSum = 0, infSum = 0;
  for (;;) {
    const item = yield* nextGen(it);
    if (item === undefined) break;
    let x = yield* toDoubleGen(item);
    const xsave = x;
    let i = 0;
    for (let j = 0; j < partials.length; j++) {
      let y = partials[j];
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) throw newException(Exc.OverflowError, "intermediate overflow in fsum");
        if (!Number.isNaN(xsave)) infSum += xsave;
        specialSum += xsave;
        partials = [];
      } else partials.push(x);
    }
  }
  if (specialSum !== 0 || Number.isNaN(specialSum)) {
    if (Number.isNaN(infSum)) throw pyValueError("-inf + inf in fsum");
    return specialSum;
  }
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    // round half to even across the remaining partials
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

// ---- gamma and lgamma (CPython's Lanczos approximation, evaluated in its order) -------------

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
const GAMMA_INTEGRAL = [
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
  1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
  51090942171709440000.0, 1124000727777607680000.0,
];
const LOG_PI = 1.144729885849400174143427351353058711647;

function lanczosSum(x: number): number {
  let num = 0.0, den = 0.0;
  const n = LANCZOS_NUM.length;
  if (x < 5.0) {
    for (let i = n; --i >= 0; ) {
      num = num * x + LANCZOS_NUM[i];
      den = den * x + LANCZOS_DEN[i];
    }
  } else {
    for (let i = 0; i < n; i++) {
      num = num / x + LANCZOS_NUM[i];
      den = den / x + LANCZOS_DEN[i];
    }
  }
  return num / den;
}

/** sin(pi * x), accurate near the integers. */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y);
  let r: number;
  switch (n) {
    case 0: r = crSin(Math.PI * y); break;
    case 1: r = crCos(Math.PI * (y - 0.5)); break;
    case 2: r = crSin(Math.PI * (1.0 - y)); break;
    case 3: r = -crCos(Math.PI * (y - 1.5)); break;
    default: r = crSin(Math.PI * (y - 2.0)); break;
  }
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

function powOrInf(x: number, y: number): number {
  try {
    return crPowChecked(x, y);
  } catch {
    return Infinity;
  }
}

class MathDomain {}
class MathRange {}

function tgamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return x;
    throw new MathDomain();
  }
  if (x === 0) throw new MathDomain();
  if (x === Math.floor(x)) {
    if (x < 0) throw new MathDomain();
    if (x <= GAMMA_INTEGRAL.length) return GAMMA_INTEGRAL[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    if (!Number.isFinite(r)) throw new MathRange();
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sinpi(x);
    throw new MathRange();
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  let q: number, z: number;
  if (absx > LANCZOS_G_MINUS_HALF) {
    q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0.0) {
    r = ((-Math.PI / sinpi(absx) / absx) * crExp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) r /= powOrInf(y, absx - 0.5);
    else {
      const sqrtpow = powOrInf(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / crExp(y);
    r += z * r;
    if (absx < 140.0) r *= powOrInf(y, absx - 0.5);
    else {
      const sqrtpow = powOrInf(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (!Number.isFinite(r)) throw new MathRange();
  return r;
}

function lgamma(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : Infinity;
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) throw new MathDomain();
    return 0.0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -crLog(absx);
  let r = crLog(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (crLog(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOG_PI - crLog(Math.abs(sinpi(absx))) - crLog(absx) - r;
  if (!Number.isFinite(r)) throw new MathRange();
  return r;
}

function gammaWrap(f: (x: number) => number) {
  return function* (args: PyValue[]): NativeGen {
    const x = yield* toDoubleGen(args[0]);
    try {
      return F(f(x));
    } catch (e) {
      if (e instanceof MathDomain) throw domainError();
      if (e instanceof MathRange) throw rangeError();
      throw e;
    }
  };
}

// ---- logarithms of ints of any size ------------------------------------------------------------

/** CPython's loghelper: func(x) for ints too big for a double via x = m * 2^e. */
function* logHelperGen(v: PyValue, func: (x: number) => number): NativeGen<number> {
  const n = intValue(v);
  if (n !== undefined) {
    if (n <= 0) throw domainError();
    if (typeof n === "number" || Number.isFinite(Number(n))) return func(Number(n));
    const bits = bitLen(n);
    // m in [0.5, 1): take the top 64 bits of n
    const shift = bits - 64;
    const m = roundBigToDouble(n >> BigInt(shift), -64, (n & ((1n << BigInt(shift)) - 1n)) !== 0n);
    return func(m) + bits * func(2.0);
  }
  const x = yield* toDoubleGen(v);
  if (Number.isNaN(x)) return x;
  if (x <= 0) throw domainError();
  return func(x);
}

const log2Exact = (x: number): number => {
  if (!Number.isFinite(x)) return Math.log2(x);
  const [m, e] = decompose(x);
  // exact powers of two give exact results
  if (m > 0n && (m & (m - 1n)) === 0n) return e + bitLen(m) - 1;
  return crLog2(x);
};

// ---- integer functions -----------------------------------------------------------------------

function gcdBig(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function factorialBig(n: bigint): bigint {
  // product by halves keeps the multiplications balanced
  const prod = (lo: bigint, hi: bigint): bigint => {
    if (hi - lo < 16n) {
      let r = 1n;
      for (let i = lo; i <= hi; i++) r *= i;
      return r;
    }
    const mid = (lo + hi) >> 1n;
    return prod(lo, mid) * prod(mid + 1n, hi);
  };
  return n < 2n ? 1n : prod(2n, n);
}

function permBig(n: bigint, k: bigint): bigint {
  if (k > n) return 0n;
  let r = 1n;
  for (let i = n - k + 1n; i <= n; i++) r *= i;
  return r;
}

function combBig(n: bigint, k: bigint): bigint {
  if (k > n) return 0n;
  if (k > n - k) k = n - k;
  let r = 1n;
  for (let i = 1n; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

// ---- the module --------------------------------------------------------------------------------

function nextAfter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  f64[0] = x;
  let bits = (BigInt(u32[1]) << 32n) | BigInt(u32[0]);
  if ((y > x) === (x > 0)) bits += 1n;
  else bits -= 1n;
  u32[1] = Number(bits >> 32n);
  u32[0] = Number(bits & 0xffffffffn);
  return f64[0];
}

function ulp(x: number): number {
  if (Number.isNaN(x)) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const x2 = nextAfter(x, Infinity);
  if (x2 === Infinity) return x - nextAfter(x, -Infinity);
  return x2 - x;
}

function fmod(x: number, y: number): number {
  if (!Number.isFinite(y) && Number.isFinite(x)) return x;
  return x % y;
}

function remainder(x: number, y: number): number {
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x) || y === 0) return NaN;
  if (!Number.isFinite(y)) return x;
  const absx = Math.abs(x), absy = Math.abs(y);
  const m = absx % absy;
  const c = absy - m;
  let r: number;
  if (m < c) r = m;
  else if (m > c) r = -c;
  else {
    // half-way: pick the even multiple
    r = m - 2.0 * ((0.5 * (absx - m)) % absy);
  }
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  const [m, e] = decompose(x);
  const bits = bitLen(m < 0n ? -m : m);
  const exp = e + bits;
  return [ldexpExact(x, -exp), exp];
}

defineNativeModule("math", (mod) => {
  const d = mod.dict;
  d.setStr("__doc__", "This module provides access to the mathematical functions\ndefined by the C standard.");
  const def = (name: string, sig: string, fn: NativeFn) => {
    d.setStr(name, nativeFunction(name, checkedNative(fn, makeChecker(sig, "math", name, 0)), "math"));
  };
  d.setStr("pi", F(Math.PI));
  d.setStr("e", F(Math.E));
  d.setStr("tau", F(2 * Math.PI));
  d.setStr("inf", F(Infinity));
  d.setStr("nan", F(NaN));

  def("acos", "1", math1(crAcos, false));
  def("acosh", "1", math1(glibcAcosh, false));
  def("asin", "1", math1(crAsin, false));
  def("asinh", "1", math1(glibcAsinh, false));
  def("atan", "1", math1(crAtan, false));
  def("atan2", "p 2 2", math2(crAtan2));
  def("atanh", "1", math1(Math.atanh, false));
  def("cbrt", "1", math1(crCbrt, false));
  def("cos", "1", math1(crCos, false));
  def("cosh", "1", math1(glibcCosh, true));
  def("erf", "1", math1(erf, false));
  def("erfc", "1", math1(erfc, false));
  def("exp", "1", math1(crExp, true));
  def("exp2", "1", math1((x) => powOrInf(2, x), true));
  def("expm1", "1", math1(Math.expm1, true));
  def("fabs", "1", math1(Math.abs, false));
  def("gamma", "1", gammaWrap(tgamma));
  def("lgamma", "1", gammaWrap(lgamma));
  def("log1p", "1", math1(Math.log1p, false));
  def("sin", "1", math1(crSin, false));
  def("sinh", "1", math1(glibcSinh, true));
  def("sqrt", "1", math1(Math.sqrt, false));
  def("tan", "1", math1(crTan, false));
  def("tanh", "1", math1(glibcTanh, false));
  def("degrees", "1", function* (args): NativeGen {
    return F((yield* toDoubleGen(args[0])) * (180.0 / Math.PI));
  });
  def("radians", "1", function* (args): NativeGen {
    return F((yield* toDoubleGen(args[0])) * (Math.PI / 180.0));
  });
  def("copysign", "p 2 2", function* (args): NativeGen {
    const x = yield* toDoubleGen(args[0]);
    const y = yield* toDoubleGen(args[1]);
    const neg = y < 0 || Object.is(y, -0) || (Number.isNaN(y) && signBitOfNaN(y));
    return F(neg ? -Math.abs(x) : Math.abs(x));
  });
  def("fmod", "p 2 2", function* (args): NativeGen {
    const x = yield* toDoubleGen(args[0]);
    const y = yield* toDoubleGen(args[1]);
    if (Number.isNaN(x) || Number.isNaN(y)) return F(NaN);
    if (!Number.isFinite(x) || y === 0) throw domainError();
    return F(fmod(x, y));
  });
  def("remainder", "p 2 2", math2(remainder));
  def("pow", "p 2 2", function* (args): NativeGen {
    const x = yield* toDoubleGen(args[0]);
    const y = yield* toDoubleGen(args[1]);
    if (y === 0) return F(1);
    if (Number.isNaN(x)) return F(x);
    if (Number.isNaN(y)) return F(x === 1 ? 1 : y);
    if (x === 0 && y < 0 && Number.isFinite(y)) throw domainError();
    if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && y !== Math.floor(y)) throw domainError();
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      const ax = Math.abs(x);
      if (!Number.isFinite(y)) return F(ax === 1 ? 1 : (y > 0) === (ax > 1) ? Infinity : 0);
      return F(x ** y);
    }
    if (x === 0) return F(x ** y);
    let r: number;
    try {
      r = crPowChecked(x, y);
    } catch {
      throw rangeError();
    }
    if (!Number.isFinite(r)) throw rangeError();
    return F(r);
  });
  d.setStr("log", nativeFunction("log", function* (args: PyValue[], kw: KwArgs): NativeGen {
    if (kw && kw.size) throw pyTypeError("log() takes no keyword arguments");
    if (args.length < 1 || args.length > 2) throw pyTypeError("math.log requires 1 to 2 arguments");
    const num = yield* logHelperGen(args[0], crLog);
    if (args.length < 2) return F(num);
    const den = yield* logHelperGen(args[1], crLog);
    if (den === 0) throw newException(Exc.ZeroDivisionError, "float division by zero");
    return F(num / den);
  } as NativeFn, "math"));
  def("log2", "1", function* (args): NativeGen {
    return F(yield* logHelperGen(args[0], log2Exact));
  });
  def("log10", "1", function* (args): NativeGen {
    return F(yield* logHelperGen(args[0], glibcLog10));
  });
  const rounding = (dunder: string, f: (x: number) => number) =>
    function* (args: PyValue[]): NativeGen {
      const v = args[0];
      if (v instanceof PyFloat && v.type.isBuiltin) return floatToIntChecked(f(v.value));
      const n = intValue(v);
      if (n !== undefined && typeof v !== "object") return n;
      const m = typeOf(v).lookup(dunder);
      if (m !== undefined) return yield* callGen(m, [v]);
      return floatToIntChecked(f(yield* toDoubleGen(v)));
    };
  def("ceil", "1", rounding("__ceil__", Math.ceil));
  def("floor", "1", rounding("__floor__", Math.floor));
  def("trunc", "1", function* (args): NativeGen {
    const v = args[0];
    if (v instanceof PyFloat && v.type.isBuiltin) return floatToIntChecked(Math.trunc(v.value));
    const m = typeOf(v).lookup("__trunc__");
    if (m === undefined) throw pyTypeError(`type ${typeOf(v).name} doesn't define __trunc__ method`);
    return yield* callGen(m, [v]);
  });
  def("frexp", "1", function* (args): NativeGen {
    const [m, e] = frexp(yield* toDoubleGen(args[0]));
    return new PyTuple([F(m), e]);
  });
  def("ldexp", "p 2 2", function* (args): NativeGen {
    const x = yield* toDoubleGen(args[0]);
    const ev = intValue(args[1]) ?? (typeOf(args[1]).lookup("__index__") !== undefined ? yield* toBigIntGen(args[1]) : undefined);
    if (ev === undefined) throw pyTypeError("Expected an int as second argument to ldexp.");
    if (x === 0 || !Number.isFinite(x)) return F(x);
    let e = Number(ev);
    if (e > 100000) e = 100000;
    if (e < -100000) e = -100000;
    const r = ldexpExact(x, e);
    if (!Number.isFinite(r)) throw rangeError();
    return F(r);
  });
  def("modf", "1", function* (args): NativeGen {
    const x = yield* toDoubleGen(args[0]);
    if (!Number.isFinite(x)) {
      if (Number.isNaN(x)) return new PyTuple([F(x), F(x)]);
      return new PyTuple([F(x > 0 ? 0.0 : -0.0), F(x)]);
    }
    const ip = Math.trunc(x);
    const frac = x - ip;
    return new PyTuple([F(frac === 0 && (x < 0 || Object.is(x, -0)) ? -0.0 : frac), F(ip === 0 && (x < 0 || Object.is(x, -0)) ? -0.0 : ip)]);
  });
  def("isfinite", "1", function* (args): NativeGen {
    return Number.isFinite(yield* toDoubleGen(args[0]));
  });
  def("isinf", "1", function* (args): NativeGen {
    const x = yield* toDoubleGen(args[0]);
    return x === Infinity || x === -Infinity;
  });
  def("isnan", "1", function* (args): NativeGen {
    return Number.isNaN(yield* toDoubleGen(args[0]));
  });
  def("isclose", "k a b * rel_tol? abs_tol?", function* (args): NativeGen {
    const a = yield* toDoubleGen(args[0]);
    const b = yield* toDoubleGen(args[1]);
    const relTol = args[2] === undefined ? 1e-9 : yield* toDoubleGen(args[2]);
    const absTol = args[3] === undefined ? 0.0 : yield* toDoubleGen(args[3]);
    if (relTol < 0.0 || absTol < 0.0) throw pyValueError("tolerances must be non-negative");
    if (a === b) return true;
    if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
    const diff = Math.abs(b - a);
    return (diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a)) || diff <= absTol;
  });
  def("hypot", "v", function* (args): NativeGen {
    const xs: number[] = [];
    for (const a of args) xs.push(yield* toDoubleGen(a));
    return F(vectorNorm(xs));
  });
  def("dist", "p 2 2", function* (args): NativeGen {
    const { toArrayGen } = iterModule;
    const p = yield* toArrayGen(args[0]);
    const q = yield* toArrayGen(args[1]);
    if (p.length !== q.length) throw pyValueError("both points must have the same number of dimensions");
    const xs: number[] = [];
    for (let i = 0; i < p.length; i++) {
      const a = yield* toDoubleGen(p[i]);
      const b = yield* toDoubleGen(q[i]);
      xs.push(a - b);
    }
    return F(vectorNorm(xs));
  });
  def("fsum", "1", function* (args): NativeGen {
    return F(yield* fsumGen(args[0]));
  });
  def("prod", "k iterable / * start?", function* (args): NativeGen {
    let acc: PyValue = args[1] === undefined ? 1 : args[1];
    const it = yield* getIterGen(args[0]);
    for (;;) {
      const x = yield* nextGen(it);
      if (x === undefined) return acc;
      acc = yield* binaryOpGen(acc, x, BinOp.Mul);
    }
  });
  def("factorial", "1", function* (args): NativeGen {
    const n = yield* toBigIntGen(args[0]);
    if (n < 0n) throw pyValueError("factorial() not defined for negative values");
    if (n > 100000n) throw newException(Exc.OverflowError, "factorial() argument should not exceed 9223372036854775807");
    return big(factorialBig(n));
  });
  def("gcd", "v", function* (args): NativeGen {
    let g = 0n;
    for (const a of args) g = gcdBig(g, yield* toBigIntGen(a));
    return big(g);
  });
  def("lcm", "v", function* (args): NativeGen {
    let l = 1n;
    for (const a of args) {
      const b = yield* toBigIntGen(a);
      if (l === 0n || b === 0n) {
        l = 0n;
        continue;
      }
      const ab = b < 0n ? -b : b;
      l = (l / gcdBig(l, ab)) * ab;
    }
    return big(l);
  });
  def("isqrt", "1", function* (args): NativeGen {
    const n = yield* toBigIntGen(args[0]);
    if (n < 0n) throw pyValueError("isqrt() argument must be nonnegative");
    return big(isqrtBig(n));
  });
  def("comb", "p 2 2", function* (args): NativeGen {
    const n = yield* toBigIntGen(args[0]);
    const k = yield* toBigIntGen(args[1]);
    if (n < 0n) throw pyValueError("n must be a non-negative integer");
    if (k < 0n) throw pyValueError("k must be a non-negative integer");
    return big(combBig(n, k));
  });
  def("perm", "p 1 2", function* (args): NativeGen {
    const n = yield* toBigIntGen(args[0]);
    if (args.length < 2 || args[1] === None) {
      if (n < 0n) throw pyValueError("factorial() not defined for negative values");
      return big(factorialBig(n));
    }
    const k = yield* toBigIntGen(args[1]);
    if (n < 0n) throw pyValueError("n must be a non-negative integer");
    if (k < 0n) throw pyValueError("k must be a non-negative integer");
    return big(permBig(n, k));
  });
  def("nextafter", "p 2 2", function* (args): NativeGen {
    const x = yield* toDoubleGen(args[0]);
    const y = yield* toDoubleGen(args[1]);
    return F(nextAfter(x, y));
  });
  def("ulp", "1", function* (args): NativeGen {
    return F(ulp(yield* toDoubleGen(args[0])));
  });
});

function signBitOfNaN(x: number): boolean {
  f64[0] = x;
  return (u32[1] & 0x80000000) !== 0;
}

import * as iterModule from "../objects/iter.js";
export type { KwArgs };
