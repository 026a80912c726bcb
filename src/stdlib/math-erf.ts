// erf and erfc rounded correctly: a Taylor series below |x| = 2.5, the continued fraction of
// erfc above, both in double-double, rounded once (also when erfc's result is subnormal).
import * as DD from "./random/double-double.js";
import { crExpParts, crExpPartsLo, crExpPartsScale, crScaleDD } from "./random/libm.js";

const TWO_OVER_SQRT_PI_H = 1.1283791670955126, TWO_OVER_SQRT_PI_L = 1.533545961316588e-17;
const ONE_OVER_SQRT_PI_H = 0.5641895835477563, ONE_OVER_SQRT_PI_L = 7.66772980658294e-18;
const SERIES_LIMIT = 2.5;
// continued-fraction depth: 280/x + 10 terms reach 2^-95 relative from x = 2.5 (109 terms
// needed there) to 27 (11), measured against 400 terms
const fractionTerms = (x: number) => Math.ceil(280 / x) + 10;

// the series' coefficients (-1)^n / (n! (2n+1)) as double-doubles [h0, l0, h1, l1, ...]: up
// to n = 109, past the last term x = 2.5 needs (about n = 85, below 2^-112)
const SERIES_TERMS = 110;
let seriesCoefficients: Float64Array | null = null;

function coefficients(): Float64Array {
  if (seriesCoefficients) return seriesCoefficients;
  const c = new Float64Array(2 * SERIES_TERMS);
  let fh = 1, fl = 0; // 1/n!
  for (let n = 0; n < SERIES_TERMS; n++) {
    if (n > 0) {
      fh = divideBySmallInteger(fh, fl, n);
      fl = DD.ddLo;
    }
    const h = divideBySmallInteger(fh, fl, 2 * n + 1), l = DD.ddLo;
    const sign = n % 2 ? -1 : 1;
    c[2 * n] = sign * h;
    c[2 * n + 1] = sign * l;
  }
  return (seriesCoefficients = c);
}

/** erf(x) for |x| < 2.5 by its Taylor series, in double-double: the head, the tail in seriesLo. */
let seriesLo = 0;
function erfSeriesDD(x: number): number {
  // 2/sqrt(pi) x sum_{n>=0} c_n u^n with u = x^2, by Horner's rule
  const c = coefficients();
  const uh = DD.twoProd(x, x), ul = DD.ddLo;
  // the last term above 2^-112, and the last above 2^-60 (later ones need only doubles)
  let last = 1, lastDD = 0, power = 1; // power = u^n / n!
  for (; last < SERIES_TERMS - 1; last++) {
    power *= uh / last;
    const term = power / (2 * last + 1);
    if (term >= 2 ** -60) lastDD = last;
    if (term < 2 ** -112) break;
  }
  let h = 0;
  for (let k = last; k > lastDD; k--) h = h * uh + c[2 * k]!;
  let l = 0;
  for (let k = lastDD; k >= 0; k--) {
    h = DD.ddMul(h, l, uh, ul);
    l = DD.ddLo;
    h = DD.ddAdd(h, l, c[2 * k]!, c[2 * k + 1]!);
    l = DD.ddLo;
  }
  h = DD.ddMul(h, l, x, 0);
  l = DD.ddLo;
  const rh = DD.ddMul(h, l, TWO_OVER_SQRT_PI_H, TWO_OVER_SQRT_PI_L);
  seriesLo = DD.ddLo;
  return rh;
}

/** a / (dh + dl) for a double a, as a double-double (tail in DD.ddLo): one remainder step. */
function divideByDD(a: number, dh: number, dl: number): number {
  const q1 = a / dh;
  const ph = DD.twoProd(q1, dh), pl = DD.ddLo;
  const q2 = (a - ph - pl - q1 * dl) / dh;
  return DD.quickTwoSum(q1, q2);
}

/** (th + tl) / k for a small positive integer k, as a double-double (tail in DD.ddLo). */
function divideBySmallInteger(th: number, tl: number, k: number): number {
  const q1 = th / k;
  // remainder (th + tl) - q1 k: q1 k is exact as a double-double, th - its head exact (Sterbenz)
  const ph = DD.twoProd(q1, k), pl = DD.ddLo;
  const q2 = (th - ph - pl + tl) / k;
  return DD.quickTwoSum(q1, q2);
}

/**
 * erfc(x) for 2.5 <= x < 28 by its continued fraction, as (head + fractionLo) * 2^fractionScale
 * so that results below the normal range are still rounded once.
 */
let fractionLo = 0;
let fractionScale = 0;
function erfcFractionDD(x: number): number {
  // erfc(x) = exp(-x^2)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...))))
  let fh = 0, fl = 0;
  for (let k = fractionTerms(x); k >= 1; k--) {
    const dh = DD.ddAdd(x, 0, fh, fl), dl = DD.ddLo;
    fh = divideByDD(k / 2, dh, dl);
    fl = DD.ddLo;
  }
  const dh = DD.ddAdd(x, 0, fh, fl), dl = DD.ddLo;
  const x2h = DD.twoProd(x, x), x2l = DD.ddLo;
  const eh = crExpParts(-x2h, -x2l), el = crExpPartsLo;
  fractionScale = crExpPartsScale;
  const nh = DD.ddMul(eh, el, ONE_OVER_SQRT_PI_H, ONE_OVER_SQRT_PI_L), nl = DD.ddLo;
  const r = DD.ddDiv(nh, nl, dh, dl);
  fractionLo = DD.ddLo;
  return r;
}

/** 2/sqrt(pi) - 1 and 8 times it: the C library's tiny-argument erf. */
const EFX = 0.1283791670955126, EFX8 = 1.0270333367641007;

export function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  if (ax >= 6) return x > 0 ? 1 : -1; // erfc(6) < 2^-53
  if (ax < 2 ** -28) {
    if (ax < 2.2250738585072014e-308 * 16) return 0.125 * (8.0 * x + EFX8 * x);
    return x + EFX * x;
  }
  if (ax < SERIES_LIMIT) return erfSeriesDD(x);
  // 1 - erfc, with erfc (at most 2^-12 here) scaled back exactly
  const ch = erfcFractionDD(ax), s = 2 ** fractionScale;
  const r = DD.ddAdd(1, 0, -ch * s, -fractionLo * s);
  return x > 0 ? r : -r;
}

export function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x >= 28) return 0;
  if (x <= -6) return 2;
  if (x >= SERIES_LIMIT) {
    const ch = erfcFractionDD(x);
    return crScaleDD(ch, fractionLo, fractionScale);
  }
  if (x <= -SERIES_LIMIT) {
    const ch = erfcFractionDD(-x), s = 2 ** fractionScale;
    return DD.ddAdd(2, 0, -ch * s, -fractionLo * s);
  }
  const h = erfSeriesDD(x);
  return DD.ddAdd(1, 0, -h, -seriesLo);
}
