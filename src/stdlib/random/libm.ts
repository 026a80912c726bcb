// Correctly rounded log, exp, sin, cos, acos and pow, for bit-exact agreement with CPython.
//
// CPython calls the C library (glibc on Linux), whose functions are correctly rounded in all
// but about one case in a thousand; V8's Math.log/exp/cos/... are only faithful and differ
// from glibc in several percent of cases. So each function here evaluates the result to about
// 100 bits (double-double arithmetic, table-driven reduction, short series) and rounds once.
//
// The Python-facing wrappers at the bottom raise as the math module and float ** do.

import {
  ddAdd,
  ddDiv,
  ddLo,
  ddMul,
  ddMulD,
  ddSqrt,
  quickTwoSum,
  twoProd,
  twoSum,
} from "./double-double.js";
import { libmTables, type LibmTables } from "./libm-tables.js";
import { reduceHuge, hugeQuadrant, hugeRemainderLo } from "./libm-huge-reduction.js";
import { overflowError, valueError, zeroDivisionError } from "./errors.js";

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // little-endian: u32[1] holds sign, exponent, top bits

/** 2^k for an integer k in [-1074, 1023], exactly. */
function pow2(k: number): number {
  if (k >= -1022) {
    f64[0] = 0;
    u32[1] = (k + 1023) << 20;
    return f64[0]!;
  }
  return pow2(k + 60) * 2 ** -60;
}

/** (h + l) * 2^k rounded once to a double: h is a normalised double-double head near 1. */
function scaleRounded(h: number, l: number, k: number): number {
  if (k >= -1021) {
    if (k > 1023) return h * pow2(1023) * pow2(k - 1023);
    return h * pow2(k);
  }
  // Subnormal result: round (h + l) * 2^(k + 1074) to an integer count of 2^-1074.
  const shift = k + 1074;
  if (shift < -60) return 0;
  const scaled = h * pow2(shift);
  const scaledLow = l * pow2(shift);
  let n = Math.floor(scaled);
  const fraction = scaled - n + scaledLow;
  if (fraction > 0.5 || (fraction === 0.5 && n % 2 === 1)) n += 1;
  else if (fraction < -0.5 || (fraction === -0.5 && n % 2 === 1)) n -= 1;
  return n * pow2(-1074);
}

// A polynomial whose high-degree terms are too small to need double-double precision:
// `high` holds doubles, `low` double-double pairs, both highest degree first.
interface Poly {
  high: Float64Array;
  low: Float64Array;
}

/** Builds a Poly from coefficients c[0..n] (as [hi, lo] pairs), the first `lowCount` in dd. */
function makePoly(coefficients: ReadonlyArray<readonly [number, number]>, lowCount: number): Poly {
  const high = new Float64Array(coefficients.length - lowCount);
  const low = new Float64Array(2 * lowCount);
  for (let k = coefficients.length - 1, i = 0, j = 0; k >= 0; k--) {
    const [h, l] = coefficients[k]!;
    if (k >= lowCount) high[i++] = h;
    else {
      low[j++] = h;
      low[j++] = l;
    }
  }
  return { high, low };
}

// The value of the last polyEval comes back as its head, with the tail in polyLo.
let polyLo = 0;

/** The polynomial at x = xh + xl, by Horner's rule: in doubles, then in double-double. */
function polyEval(xh: number, xl: number, poly: Poly): number {
  const high = poly.high;
  const low = poly.low;
  let h = 0;
  for (let i = 0; i < high.length; i++) h = h * xh + high[i]!;
  let l = 0;
  for (let i = 0; i < low.length; i += 2) {
    h = ddMul(h, l, xh, xl);
    l = ddLo;
    h = ddAdd(h, l, low[i]!, low[i + 1]!);
    l = ddLo;
  }
  polyLo = l;
  return h;
}

interface Polys {
  /** expm1(r)/r = sum r^k/(k+1)!, k = 0..10 (|r| <= ln2/128) */
  expm1: Poly;
  /** atanh(s)/s = sum u^k/(2k+1), u = s^2, k = 0..8 (|s| <= 1/192) */
  atanh: Poly;
  /** (sin(s)/s - 1)/u = sum (-1)^(k+1) u^k/(2k+3)!, k = 0..5 (|s| <= 1/128) */
  sin: Poly;
  /** (cos(s) - 1)/u = sum (-1)^(k+1) u^k/(2k+2)!, k = 0..6 */
  cos: Poly;
}

let polys: Polys | null = null;

function getPolys(t: LibmTables): Polys {
  if (polys) return polys;
  const f = (n: number, sign: number): [number, number] => [
    sign * t.invFactorial[2 * n]!,
    sign * t.invFactorial[2 * n + 1]!,
  ];
  const inv = (n: number): [number, number] => [t.invInteger[2 * n]!, t.invInteger[2 * n + 1]!];
  const range = (n: number) => Array.from({ length: n }, (_, k) => k);
  polys = {
    expm1: makePoly(range(11).map((k) => f(k + 1, 1)), 6),
    atanh: makePoly(range(9).map((k) => inv(2 * k + 1)), 4),
    sin: makePoly(range(6).map((k) => f(2 * k + 3, k % 2 ? 1 : -1)), 3),
    cos: makePoly(range(7).map((k) => f(2 * k + 2, k % 2 ? 1 : -1)), 3),
  };
  return polys;
}

// ---------------------------------------------------------------------------------------
// exp

const SIXTY_FOUR_OVER_LN2 = 64 / Math.LN2;

// Ziv's strategy: a fast evaluation in doubles, within FAST_EXP_ERROR (relative) of exp(x),
// settles the rounding unless the result lies that close to a halfway point between doubles
// (about one case in twenty); only then the double-double evaluation.
const FAST_EXP_ERROR = 2 ** -57; // the sum of the roundings below is under 2^-58.9

/** exp(xh + xl), correctly rounded; |xh| must be below 750 (callers clamp first). */
function expCore(t: LibmTables, xh: number, xl: number): number {
  const n = Math.round(xh * SIXTY_FOUR_OVER_LN2);
  const j = n & 63;
  const k = (n - j) / 64;
  if (k >= -1021 && k <= 1023) {
    // r = x - n ln2/64 as rh + rl: n * c[i] are exact, xh - n c[0] too (Sterbenz)
    const c = t.ln2Over64;
    const r1 = xh - n * c[0]!;
    const nc1 = n * c[1]!;
    const rh = r1 - nc1;
    const back = r1 - rh;
    const rl = r1 - (rh + back) + (back - nc1) - n * c[2]! + xl;
    // expm1(r) to degree 6 (the rest is below 2^-64 for |r| <= ln2/128)
    const r = rh + rl;
    const q = 0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120 + r * (1 / 720))));
    const p = rh + (rl + r * r * q);
    const th = t.expTable[2 * j]!;
    const lo = t.expTable[2 * j + 1]! + th * p;
    const sum = th + lo;
    const tail = lo - (sum - th);
    const unit = sum >= 2 ? 2 ** -51 : sum >= 1 ? 2 ** -52 : 2 ** -53;
    if (Math.abs(Math.abs(tail) - unit / 2) > FAST_EXP_ERROR * sum) return sum * pow2(k);
  }
  const h = expParts(t, xh, xl);
  return scaleRounded(h, expPartsLo, expPartsScale);
}

// exp(x) = (head + expPartsLo) * 2^expPartsScale, the double-double in [1, 2) unrounded.
let expPartsLo = 0;
let expPartsScale = 0;

/** exp(xh + xl) as a double-double times a power of two (see expPartsLo); |xh| < 750. */
function expParts(t: LibmTables, xh: number, xl: number): number {
  const n = Math.round(xh * SIXTY_FOUR_OVER_LN2);
  const c = t.ln2Over64;
  // r = x - n ln2/64; the first three products are exact
  let rh = twoSum(xh - n * c[0]!, -n * c[1]!);
  let rl = ddLo;
  rh = ddAdd(rh, rl, -n * c[2]!, -n * c[3]!);
  rl = ddLo;
  if (xl !== 0) {
    rh = ddAdd(rh, rl, xl, 0);
    rl = ddLo;
  }
  // expm1(r) = r (1 + r/2! + r^2/3! + ...), |r| <= ln2/128
  let ph = polyEval(rh, rl, getPolys(t).expm1);
  let pl = polyLo;
  ph = ddMul(ph, pl, rh, rl);
  pl = ddLo;
  const j = n & 63;
  const k = (n - j) / 64;
  const th = t.expTable[2 * j]!;
  const tl = t.expTable[2 * j + 1]!;
  // 2^(j/64) (1 + expm1(r))
  ph = ddMul(th, tl, ph, pl);
  pl = ddLo;
  ph = ddAdd(th, tl, ph, pl);
  expPartsLo = ddLo;
  expPartsScale = k;
  return ph;
}

/** exp(x) correctly rounded (IEEE semantics: overflow gives Infinity). */
export function crExp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x > 710) return Infinity;
  if (x < -746) return 0;
  return expCore(libmTables(), x, 0);
}

// ---------------------------------------------------------------------------------------
// log


/** x = m 2^logExponent with m in [0.75, 1.5), for a finite x > 0: returns m. */
let logExponent = 0;
function logMantissa(x: number): number {
  let e = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 2 ** 54;
    e = -54;
  }
  f64[0] = x;
  const biased = (u32[1]! >>> 20) & 0x7ff;
  e += biased - 1023;
  u32[1] = (u32[1]! & 0x800fffff) | (1023 << 20);
  let m = f64[0]!; // in [1, 2)
  if (m >= 1.5) {
    m *= 0.5;
    e += 1;
  }
  logExponent = e;
  return m;
}

// As for exp: a fast evaluation in doubles decides the rounding unless log(x) lies within
// FAST_LOG_ERROR (relative) of a halfway point; the errors below add up to under 2^-66.
const FAST_LOG_ERROR = 2 ** -60;

/** log(x) correctly rounded for a finite x > 0, or NaN when the fast evaluation cannot tell. */
function logFast(t: LibmTables, x: number): number {
  const m = logMantissa(x);
  const e = logExponent;
  const j = Math.round(m * 64);
  const c = j / 64;
  const d = m - c; // exact
  // s = d / (m + c) as sh + sl: den = m + c exactly as denH + denL, then one remainder step
  const denH = twoSum(m, c);
  const denL = ddLo;
  const sh = d / denH;
  const p = twoProd(sh, denH);
  const sl = (d - p - ddLo - sh * denL) / denH;
  // log(m/c) = 2 atanh(s) = 2s + 2s^3/3 + 2s^5/5 + 2s^7/7 (the rest below 2^-63 s, |s| < 2^-7.5)
  const u = sh * sh;
  const rest = 2 * sh * u * (1 / 3 + u * (1 / 5 + u * (1 / 7)));
  // e ln2 + log(c) + 2s: the large parts summed exactly, the small ones in `low`
  const l = t.ln2;
  const a = e * l[0]!; // exact: 40-bit part
  const b = t.logTable[2 * (j - 48)]!;
  const s1 = a + b;
  const bb = s1 - a;
  const err1 = a - (s1 - bb) + (b - bb);
  const twoS = 2 * sh;
  const s2 = s1 + twoS;
  const cc = s2 - s1;
  const err2 = s1 - (s2 - cc) + (twoS - cc);
  const low = err1 + err2 + (e * l[1]! + e * l[2]! + t.logTable[2 * (j - 48) + 1]! + 2 * sl + rest);
  const sum = s2 + low;
  const tail = low - (sum - s2);
  if (sum === 0) return tail === 0 ? 0 : NaN;
  f64[0] = sum;
  const unit = pow2(((u32[1]! >>> 20) & 0x7ff) - 1075);
  return Math.abs(Math.abs(tail) - unit / 2) > FAST_LOG_ERROR * Math.abs(sum) ? sum : NaN;
}

/** log(x) for a finite x > 0 as a double-double: returns the head, the tail in logLo. */
let logLo = 0;
function logCore(t: LibmTables, x: number): number {
  const m = logMantissa(x);
  const e = logExponent;
  // m = c (1 + d/c) with c = j/64 in [0.75, 1.5]; log(m/c) = 2 atanh(d / (m + c))
  const j = Math.round(m * 64);
  const c = j / 64;
  const d = m - c; // exact
  const denH = twoSum(m, c);
  const denL = ddLo;
  const sh = ddDiv(d, 0, denH, denL);
  const sl = ddLo;
  const uh = ddMul(sh, sl, sh, sl);
  const ul = ddLo;
  let ph = polyEval(uh, ul, getPolys(t).atanh);
  let pl = polyLo;
  ph = ddMul(ph, pl, 2 * sh, 2 * sl);
  pl = ddLo;
  // + log(c) + e ln2
  ph = ddAdd(ph, pl, t.logTable[2 * (j - 48)]!, t.logTable[2 * (j - 48) + 1]!);
  pl = ddLo;
  if (e !== 0) {
    const l = t.ln2;
    let eh = twoProd(e, l[1]!);
    let el = ddLo;
    eh = ddAdd(e * l[0]!, 0, eh, el + e * l[2]!);
    el = ddLo;
    ph = ddAdd(eh, el, ph, pl);
    pl = ddLo;
  }
  logLo = pl;
  return ph;
}

/** log(x) correctly rounded (IEEE semantics: log(0) = -Infinity, log(x < 0) = NaN). */
export function crLog(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return x;
  const t = libmTables();
  const fast = logFast(t, x);
  return fast === fast ? fast : logCore(t, x);
}

// ---------------------------------------------------------------------------------------
// sin and cos

const TWO_OVER_PI = 2 / Math.PI;
// below this, n pi/2 in four parts reduces exactly enough; above, reduceHuge's exact product
const REDUCTION_LIMIT = 2 ** 20;

let sinH = 0;
let sinL = 0;
let cosH = 0;
let cosL = 0;

/** sin and cos of a finite double x as double-doubles, into sinH/sinL and cosH/cosL. */
function sinCosCore(t: LibmTables, x: number): void {
  let n: number;
  let rh: number;
  let rl: number;
  if (Math.abs(x) < REDUCTION_LIMIT) {
    // r = x - n pi/2, |r| <= pi/4; the first three products are exact
    n = Math.round(x * TWO_OVER_PI);
    const q = t.piOver2;
    rh = twoSum(x - n * q[0]!, -n * q[1]!);
    rl = ddLo;
    rh = ddAdd(rh, rl, -n * q[2]!, -n * q[3]!);
    rl = ddLo;
  } else {
    rh = reduceHuge(x, t.piOver2DD[0], t.piOver2DD[1]);
    rl = hugeRemainderLo;
    n = hugeQuadrant;
  }
  // r = a + s with a = j/64 from the table, |s| <= 1/128
  const j = Math.round(rh * 64);
  const a = Math.abs(j);
  const sign = j < 0 ? -1 : 1;
  const sh0 = twoSum(rh - j / 64, rl);
  const sl0 = ddLo;
  const uh = ddMul(sh0, sl0, sh0, sl0);
  const ul = ddLo;
  // sin s = s + s u P(u); cos s - 1 = u Q(u)
  const p = getPolys(t);
  let ph = polyEval(uh, ul, p.sin);
  let pl = polyLo;
  ph = ddMul(ph, pl, uh, ul);
  pl = ddLo;
  ph = ddMul(ph, pl, sh0, sl0);
  pl = ddLo;
  const ssh = ddAdd(sh0, sl0, ph, pl);
  const ssl = ddLo;
  ph = polyEval(uh, ul, p.cos);
  pl = polyLo;
  const cmh = ddMul(ph, pl, uh, ul);
  const cml = ddLo;
  const sah = sign * t.sinTable[2 * a]!;
  const sal = sign * t.sinTable[2 * a + 1]!;
  const cah = t.cosTable[2 * a]!;
  const cal = t.cosTable[2 * a + 1]!;
  // sin(a + s) = sin a + (sin a (cos s - 1) + cos a sin s)
  let h1 = ddMul(sah, sal, cmh, cml);
  let l1 = ddLo;
  let h2 = ddMul(cah, cal, ssh, ssl);
  let l2 = ddLo;
  h1 = ddAdd(h1, l1, h2, l2);
  l1 = ddLo;
  const sinRh = ddAdd(sah, sal, h1, l1);
  const sinRl = ddLo;
  // cos(a + s) = cos a + (cos a (cos s - 1) - sin a sin s)
  h1 = ddMul(cah, cal, cmh, cml);
  l1 = ddLo;
  h2 = ddMul(sah, sal, ssh, ssl);
  l2 = ddLo;
  h1 = ddAdd(h1, l1, -h2, -l2);
  l1 = ddLo;
  const cosRh = ddAdd(cah, cal, h1, l1);
  const cosRl = ddLo;
  switch (n & 3) {
    case 0:
      sinH = sinRh;
      sinL = sinRl;
      cosH = cosRh;
      cosL = cosRl;
      break;
    case 1:
      sinH = cosRh;
      sinL = cosRl;
      cosH = -sinRh;
      cosL = -sinRl;
      break;
    case 2:
      sinH = -sinRh;
      sinL = -sinRl;
      cosH = -cosRh;
      cosL = -cosRl;
      break;
    default:
      sinH = -cosRh;
      sinL = -cosRl;
      cosH = sinRh;
      cosL = sinRl;
  }
}

// As for exp and log: a fast evaluation in doubles (|x| < 2^20) decides the rounding unless
// the result lies within FAST_SIN_COS_ERROR (relative) of a halfway point; its errors add up
// to under 2^-64.
const FAST_SIN_COS_ERROR = 2 ** -59;

/** sin(x) (or cos(x)) correctly rounded for |x| < 2^20, or NaN when the fast path cannot tell. */
function sinCosFast(t: LibmTables, x: number, wantCos: boolean): number {
  // r = x - n pi/2 as rh + rl: n * q[i] are exact, x - n q[0] too (Sterbenz)
  const n = Math.round(x * TWO_OVER_PI);
  const q = t.piOver2;
  const r1 = x - n * q[0]!;
  const nq1 = n * q[1]!;
  const rh = r1 - nq1;
  const back = r1 - rh;
  const rl = r1 - (rh + back) + (back - nq1) - n * q[2]! - n * q[3]!;
  // r = a + s, a = j/64 from the tables, s = sh + rl with sh exact
  const j = Math.round(rh * 64);
  const sh = rh - j / 64;
  const s = sh + rl;
  const s2 = sh * sh + 2 * sh * rl;
  const sinPoly = s * s2 * (-1 / 6 + s2 * (1 / 120 + s2 * (-1 / 5040))); // sin s - s
  const cm = s2 * (-0.5 + s2 * (1 / 24 + s2 * (-1 / 720 + s2 * (1 / 40320)))); // cos s - 1
  const a = Math.abs(j);
  const sign = j < 0 ? -1 : 1;
  const sah = sign * t.sinTable[2 * a]!;
  const sal = sign * t.sinTable[2 * a + 1]!;
  const cah = t.cosTable[2 * a]!;
  const cal = t.cosTable[2 * a + 1]!;
  // sin x is +-sin r (n even) or +-cos r (n odd); cos x the other way round
  const useCos = ((n & 1) === 1) !== wantCos;
  const negate = wantCos ? ((n + 1) & 2) !== 0 : (n & 2) !== 0;
  let big: number, product: number, low: number;
  if (useCos) {
    // cos(a + s) = cos a + (-sin a sh) + the small terms
    big = cah;
    product = twoProd(-sah, sh);
    low = ddLo + cal + cah * cm + cal * cm - sah * (rl + sinPoly) - sal * s;
  } else {
    // sin(a + s) = sin a + cos a sh + the small terms
    big = sah;
    product = twoProd(cah, sh);
    low = ddLo + sal + sah * cm + sal * cm + cah * (rl + sinPoly) + cal * s;
  }
  const hi = big + product;
  const bb = hi - big;
  low += big - (hi - bb) + (product - bb);
  const sum = hi + low;
  const tail = low - (sum - hi);
  if (sum === 0) return NaN;
  f64[0] = sum;
  const unit = pow2(((u32[1]! >>> 20) & 0x7ff) - 1075);
  if (!(Math.abs(Math.abs(tail) - unit / 2) > FAST_SIN_COS_ERROR * Math.abs(sum))) return NaN;
  return negate ? -sum : sum;
}

/** sin(x) correctly rounded. */
export function crSin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (x === 0) return x; // keeps -0.0
  const t = libmTables();
  if (Math.abs(x) < REDUCTION_LIMIT) {
    const fast = sinCosFast(t, x, false);
    if (fast === fast) return fast;
  }
  sinCosCore(t, x);
  return sinH;
}

/** Both sin(x) and cos(x), correctly rounded, in one reduction: the pair goes to `sinCosOut`. */
export const sinCosOut = { sin: 0, cos: 0 };
export function crSinCos(x: number): void {
  if (!Number.isFinite(x)) {
    sinCosOut.sin = sinCosOut.cos = NaN;
  } else if (x === 0) {
    sinCosOut.sin = crSin(x);
    sinCosOut.cos = crCos(x);
  } else {
    sinCosCore(libmTables(), x);
    sinCosOut.sin = sinH;
    sinCosOut.cos = cosH;
  }
}

/** cos(x) correctly rounded. */
export function crCos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < REDUCTION_LIMIT) {
    const fast = sinCosFast(libmTables(), x, true);
    if (fast === fast) return fast;
  }
  sinCosCore(libmTables(), x);
  return cosH;
}

// ---------------------------------------------------------------------------------------
// acos

/** asin(th + tl) for |t| <= 1/2 as a double-double: one Newton step from Math.asin. */
let asinLo = 0;
function asinCore(t: LibmTables, th: number, tl: number): number {
  const y0 = Math.asin(th);
  sinCosCore(t, y0);
  const dh = ddAdd(sinH, sinL, -th, -tl);
  const correction = dh / cosH;
  const h = twoSum(y0, -correction);
  asinLo = ddLo;
  return h;
}

/** acos(x) correctly rounded (NaN outside [-1, 1]). */
export function crAcos(x: number): number {
  if (!(Math.abs(x) <= 1)) return NaN;
  const t = libmTables();
  if (x > 0.5) {
    // acos x = 2 asin(sqrt((1 - x)/2)); 1 - x is exact here
    const sh = ddSqrt((1 - x) * 0.5);
    const h = asinCore(t, sh, ddLo);
    return 2 * quickTwoSum(h, asinLo);
  }
  if (x < -0.5) {
    // acos x = pi - 2 asin(sqrt((1 + x)/2))
    const sh = ddSqrt((1 + x) * 0.5);
    const h = asinCore(t, sh, ddLo);
    return ddAdd(t.piDD[0], t.piDD[1], -2 * h, -2 * asinLo);
  }
  const h = asinCore(t, x, 0);
  return ddAdd(t.piOver2DD[0], t.piOver2DD[1], -h, -asinLo);
}

// ---------------------------------------------------------------------------------------
// pow

/** x^y correctly rounded for a finite x > 0, x != 1, and a finite y != 0 (IEEE overflow). */
function powCore(x: number, y: number): number {
  const t = libmTables();
  if (Math.abs(y) >= 2 ** 64) {
    // |y log x| > 2^64 * 2^-53: certain overflow or underflow
    return (x > 1) === y > 0 ? Infinity : 0;
  }
  const lh = logCore(t, x);
  const ll = logLo;
  let ph = twoProd(y, lh);
  const pe = ddLo + y * ll;
  ph = quickTwoSum(ph, pe);
  const pl = ddLo;
  if (ph > 710) return Infinity;
  if (ph < -746) return 0;
  return expCore(t, ph, pl);
}

// ---------------------------------------------------------------------------------------
// Python semantics

const MATH_DOMAIN_ERROR = "math domain error";
const MATH_RANGE_ERROR = "math range error";

/** math.log(x) for a float x. */
export function pyLog(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x <= 0) throw valueError(MATH_DOMAIN_ERROR);
  return crLog(x);
}

/** math.exp(x) for a float x. */
export function pyExp(x: number): number {
  const r = crExp(x);
  if (r === Infinity && Number.isFinite(x)) throw overflowError(MATH_RANGE_ERROR);
  return r;
}

/** math.sqrt(x) for a float x. */
export function pySqrt(x: number): number {
  if (x < 0) throw valueError(MATH_DOMAIN_ERROR);
  return Math.sqrt(x);
}

/** math.cos(x) for a float x. */
export function pyCos(x: number): number {
  if (x === Infinity || x === -Infinity) throw valueError(MATH_DOMAIN_ERROR);
  return crCos(x);
}

/** math.sin(x) for a float x. */
export function pySin(x: number): number {
  if (x === Infinity || x === -Infinity) throw valueError(MATH_DOMAIN_ERROR);
  return crSin(x);
}

/** math.acos(x) for a float x. */
export function pyAcos(x: number): number {
  if (Number.isNaN(x)) return x;
  if (Math.abs(x) > 1) throw valueError(MATH_DOMAIN_ERROR);
  return crAcos(x);
}

/** Python's float / float. */
export function pyDiv(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError("float division by zero");
  return a / b;
}

/** Python's float % float: the result takes the sign of the divisor. */
export function pyMod(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError("float modulo");
  let mod = a % b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) mod += b;
  } else {
    mod = b < 0 ? -0 : 0;
  }
  return mod;
}

/** Python's float ** float (the real cases; a negative base with a fractional exponent,
 * which Python answers with a complex number, raises ValueError here). */
export function pyPow(x: number, y: number): number {
  if (y === 0) return 1;
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return x === 1 ? 1 : y;
  if (!Number.isFinite(y)) {
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    return y > 0 === ax > 1 ? Infinity : 0;
  }
  const yIsOddInteger = Math.abs(y) % 2 === 1;
  if (!Number.isFinite(x)) {
    if (x > 0) return y > 0 ? x : 0;
    if (y > 0) return yIsOddInteger ? x : -x;
    return yIsOddInteger ? -0 : 0;
  }
  if (x === 0) {
    if (y < 0) throw zeroDivisionError("0.0 cannot be raised to a negative power");
    return yIsOddInteger ? x : 0;
  }
  let negate = false;
  if (x < 0) {
    if (y !== Math.floor(y)) throw valueError("complex result of float power");
    x = -x;
    negate = yIsOddInteger;
  }
  if (x === 1) return negate ? -1 : 1;
  const r = powCore(x, y);
  if (r === Infinity) throw overflowError("(34, 'Numerical result out of range')");
  return negate ? -r : r;
}

// ---------------------------------------------------------------------------------------
// double-double results for stdlib/math (tan, atan, asin, atan2, log2 rounded correctly)

/** sin(x) and cos(x) as double-doubles (sh + sl, ch + cl), for a finite x != 0. */
export const sinCosDD = { sh: 0, sl: 0, ch: 0, cl: 0 };
export function crSinCosDD(x: number): void {
  sinCosCore(libmTables(), x);
  sinCosDD.sh = sinH;
  sinCosDD.sl = sinL;
  sinCosDD.ch = cosH;
  sinCosDD.cl = cosL;
}

/** log(x) as a double-double for a finite x > 0: returns the high part, the low one in crLogDDLo. */
export let crLogDDLo = 0;
export function crLogDD(x: number): number {
  const h = logCore(libmTables(), x);
  crLogDDLo = logLo;
  return h;
}

/** exp(xh + xl) for |xh| < 750 as (head + crExpPartsLo) * 2^crExpPartsScale, head in [1, 2). */
export let crExpPartsLo = 0;
export let crExpPartsScale = 0;
export function crExpParts(xh: number, xl: number): number {
  const h = expParts(libmTables(), xh, xl);
  crExpPartsLo = expPartsLo;
  crExpPartsScale = expPartsScale;
  return h;
}

/** (h + l) * 2^k rounded once to a double (also when subnormal), for a finite h != 0. */
export function crScaleDD(h: number, l: number, k: number): number {
  // bring h into [1, 2) so scaleRounded's subnormal test applies
  f64[0] = h;
  const e = ((u32[1]! >>> 20) & 0x7ff) - 1023;
  const s = pow2(-e);
  return scaleRounded(h * s, l * s, k + e);
}
