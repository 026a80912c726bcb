// tan, atan, asin, atan2 and log2 rounded correctly, as the C library CPython 3.11 uses
// answers them (V8's fdlibm versions are an ulp off in a few percent of cases). Each refines
// V8's approximation with one Newton step in double-double arithmetic on the correctly
// rounded sin/cos/log of stdlib/random/libm.ts, then rounds once.
import { crSinCosDD, sinCosDD, crLogDD, crLogDDLo } from "./random/libm.js";
import { ddAdd, ddDiv, ddMul, ddLo, quickTwoSum, twoProd, twoSum, ddSqrt } from "./random/double-double.js";

const PI_H = 3.141592653589793, PI_L = 1.2246467991473532e-16;
const PI2_H = 1.5707963267948966, PI2_L = 6.123233995736766e-17;
const LN2_H = 0.6931471805599453, LN2_L = 2.3190468138462996e-17;

export function crTan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (x === 0 || Math.abs(x) < 2 ** -26) return Math.tan(x);
  crSinCosDD(x);
  return ddDiv(sinCosDD.sh, sinCosDD.sl, sinCosDD.ch, sinCosDD.cl);
}

/** atan(th + tl) as a double-double (high part returned, low in atanLo), |t| < 2^26. */
let atanLo = 0;
function atanDD(th: number, tl: number): number {
  const y0 = Math.atan(th);
  if (y0 === 0) {
    atanLo = 0;
    return th;
  }
  crSinCosDD(y0);
  const { sh, sl, ch, cl } = sinCosDD;
  // f(y) = sin y - t cos y, f'(y) = cos y + t sin y; y1 = y0 - f/f'
  const tch = ddMul(th, tl, ch, cl), tcl = ddLo;
  const fh = ddAdd(sh, sl, -tch, -tcl), fl = ddLo;
  const dh = ch + th * sh;
  const corr = (fh + fl) / dh;
  const h = twoSum(y0, -corr);
  atanLo = ddLo;
  return h;
}

export function crAtan(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === 0 || Math.abs(x) >= 2 ** 26 || Math.abs(x) < 2 ** -26) return Math.atan(x);
  return atanDD(x, 0) + atanLo;
}

/** asin(th + tl) for |t| <= 1/2, as a double-double (low part in asinLo). */
let asinLo = 0;
function asinDD(th: number, tl: number): number {
  const y0 = Math.asin(th);
  if (y0 === 0) {
    asinLo = tl;
    return th;
  }
  crSinCosDD(y0);
  const { sh, sl, ch } = sinCosDD;
  const fh = ddAdd(sh, sl, -th, -tl), fl = ddLo;
  const corr = (fh + fl) / ch;
  const h = twoSum(y0, -corr);
  asinLo = ddLo;
  return h;
}

export function crAsin(x: number): number {
  if (!(Math.abs(x) <= 1)) return NaN;
  if (x === 0 || Math.abs(x) < 2 ** -26) return Math.asin(x);
  const ax = Math.abs(x);
  let r: number;
  if (ax <= 0.5) r = asinDD(ax, 0) + asinLo;
  else {
    // asin x = pi/2 - 2 asin(sqrt((1 - x)/2)); 1 - x is exact here
    const sh = ddSqrt((1 - ax) * 0.5), sl = ddLo;
    const h = asinDD(sh, sl), l = asinLo;
    r = ddAdd(PI2_H, PI2_L, -2 * h, -2 * l);
  }
  return x < 0 ? -r : r;
}

/** atan(th + tl) for |t| < 2^-26 as a double-double: t - t^3/3 (the next term is below 2^-130 t). */
function atanSmallDD(th: number, tl: number): number {
  return quickTwoSum(th, tl - (th * th * th) / 3);
}

export function crAtan2(y: number, x: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0 || y === 0) return Math.atan2(y, x);
  const ax = Math.abs(x), ay = Math.abs(y);
  // how far apart the magnitudes are (the quotient itself may overflow or underflow)
  const ratio = ay / ax;
  const exponentGap = ratio > 2 ** -900 && ratio < 2 ** 900 ? 0 : Math.log2(ay) - Math.log2(ax);
  let h: number, l: number;
  if (exponentGap > 60 || ratio > 2 ** 61) {
    // |y/x| > 2^60: pi/2 - x/y, the cube of x/y far below the last bit
    const r = ddAdd(PI2_H, PI2_L, -x / ay, 0);
    return y > 0 ? r : -r;
  }
  if (exponentGap < -60 || ratio < 2 ** -61) {
    // |y/x| < 2^-60: y/x itself, or pi - |y/x| with the sign of y when x < 0
    if (x > 0) return y / x;
    const r = ddAdd(PI_H, PI_L, -ay / ax, 0);
    return y > 0 ? r : -r;
  }
  // the same power of two on both sides keeps the angle and keeps the quotient's error terms
  // (products in ddDiv) clear of underflow and overflow
  let xs = x, ys = y;
  if (!(ax > 2 ** -400 && ax < 2 ** 400)) {
    const k = -Math.floor(Math.log2(ax));
    const k1 = Math.trunc(k / 2); // 2^k itself may overflow: two exact steps
    xs = x * 2 ** k1 * 2 ** (k - k1);
    ys = y * 2 ** k1 * 2 ** (k - k1);
  }
  const qh = ddDiv(ys, 0, xs, 0), ql = ddLo;
  const aq = Math.abs(qh);
  if (aq >= 2 ** 26) {
    // atan q = sign(q) pi/2 - atan(1/q)
    const th = ddDiv(xs, 0, ys, 0), tl = ddLo;
    const ah = atanSmallDD(th, tl), al = ddLo;
    h = qh > 0 ? ddAdd(PI2_H, PI2_L, -ah, -al) : ddAdd(-PI2_H, -PI2_L, -ah, -al);
    l = ddLo;
  } else if (aq < 2 ** -26) {
    h = atanSmallDD(qh, ql);
    l = ddLo;
  } else {
    h = atanDD(qh, ql);
    l = atanLo;
  }
  if (x > 0) return h + l;
  // x < 0: atan(y/x) + pi (y > 0) or - pi (y < 0)
  return y > 0 ? ddAdd(PI_H, PI_L, h, l) : ddAdd(-PI_H, -PI_L, h, l);
}

export function crLog2(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return Math.log2(x);
  const h = crLogDD(x), l = crLogDDLo;
  return ddDiv(h, l, LN2_H, LN2_L);
}

export { twoProd };
