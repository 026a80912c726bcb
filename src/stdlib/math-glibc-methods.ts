// cosh, sinh, tanh, asinh, acosh and log10 as the C library CPython 3.11 calls (glibc) computes them:
// by the published methods of the Sun (fdlibm) library, which glibc keeps for these, on top of
// exp and log. V8's Math.cosh/... follow the same methods but call V8's own exp and log, an
// ulp off where glibc's are correctly rounded; here the exp and log are the correctly rounded
// ones of stdlib/random/libm.ts, and the parts that need neither stay with V8.
import { crExp, crLog } from "./random/libm.js";

// The methods switch formulas where the top 32 bits of |x| cross a threshold, so the switch
// points are these doubles with zero low words (each checked against CPython at its edge).
// ln2/2 rounded up to 20 mantissa bits: from here (e + 1/e) / 2 instead of the expm1 form
const HALF_LN2 = 0.3465735912322998;
// above this, e^-|x| no longer shows in e^|x| / 2
const EXP_ONLY = 22;
// log(DBL_MAX) rounded down to 20 mantissa bits: from here e^(x/2) squared, as exp overflows
const LOG_DBL_MAX = 709.7822265625;
// 2 and 2^28 plus one unit of the 20th mantissa bit: where asinh/acosh leave log1p, and asinh
// takes log|x| + ln2
const ABOVE_TWO = 2.000001907348633;
const ABOVE_2_POW_28 = 268435712;
const LN2 = 0.6931471805599453;

/** cosh: 1 + expm1^2 / (2 (1 + expm1)) below ln2/2 (as V8), (e + 1/e) / 2, then e / 2. */
export function glibcCosh(x: number): number {
  const ax = Math.abs(x);
  if (!(ax >= HALF_LN2)) return Math.cosh(x);
  if (ax < EXP_ONLY) {
    const t = crExp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ax < LOG_DBL_MAX) return 0.5 * crExp(ax);
  return halfExpSquared(ax);
}

/** sinh: from expm1 below 22 (as V8), then e^|x| / 2 with the sign of x. */
export function glibcSinh(x: number): number {
  const ax = Math.abs(x);
  if (!(ax >= EXP_ONLY) || ax === Infinity) return Math.sinh(x);
  const r = ax < LOG_DBL_MAX ? 0.5 * crExp(ax) : halfExpSquared(ax);
  return x < 0 ? -r : r;
}

/** e^a / 2 as (e^(a/2) / 2) e^(a/2), for a near overflow. */
function halfExpSquared(a: number): number {
  const w = crExp(0.5 * a);
  return 0.5 * w * w;
}

/** tanh: V8 returns x below 2^-28, where glibc still computes -t / (t + 2), t = expm1(-2|x|). */
export function glibcTanh(x: number): number {
  const ax = Math.abs(x);
  if (!(ax < 2 ** -28) || ax < 2 ** -55) return Math.tanh(x);
  const t = Math.expm1(-2 * ax);
  const r = -t / (t + 2);
  return x < 0 ? -r : r;
}

/** asinh: log|x| + ln2 for huge x, log(2|x| + 1/(sqrt(x^2 + 1) + |x|)) above 2; log1p below. */
export function glibcAsinh(x: number): number {
  const ax = Math.abs(x);
  if (!(ax >= ABOVE_TWO) || ax === Infinity) return Math.asinh(x);
  const r = ax >= ABOVE_2_POW_28 ? crLog(ax) + LN2 : crLog(2 * ax + 1 / (Math.sqrt(ax * ax + 1) + ax));
  return x < 0 ? -r : r;
}

/** acosh: log x + ln2 for huge x, log(2x - 1/(x + sqrt(x^2 - 1))) above 2; log1p below. */
export function glibcAcosh(x: number): number {
  if (!(x >= ABOVE_TWO) || x === Infinity) return Math.acosh(x);
  if (x >= 2 ** 28) return crLog(x) + LN2;
  return crLog(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
}

// log10(2) split: its leading 40 bits, and the rest; 1/ln(10) rounded
const LOG10_2_HI = 0.30102999566361177;
const LOG10_2_LO = 3.694239077158931e-13;
const INV_LN10 = 0.4342944819032518;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // little-endian: u32[1] holds sign, exponent, top bits

/** log10 x = n log10(2) + log(m) / ln(10), x = m 2^n with m in [1, 2) (in [1/2, 1) when n < 0). */
export function glibcLog10(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log10(x);
  let n = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 2 ** 54;
    n = -54;
  }
  f64[0] = x;
  n += ((u32[1]! >>> 20) & 0x7ff) - 1023;
  const belowOne = n < 0 ? 1 : 0;
  // the exponent field set for [1, 2), or [1/2, 1) when n < 0 (then n + 1 counts the scale)
  u32[1] = (u32[1]! & 0x000fffff) | ((1023 - belowOne) << 20);
  const m = f64[0]!;
  const y = n + belowOne;
  const z = y * LOG10_2_LO + INV_LN10 * crLog(m);
  return z + y * LOG10_2_HI;
}
