// Double-double arithmetic (Dekker, Knuth): a value is hi + lo, two doubles with
// |lo| <= ulp(hi)/2, about 106 bits of precision. Used to compute log/exp/sin/cos/acos/pow
// accurately enough to round them correctly.
//
// To avoid allocating a pair per operation, every function returns the high part and
// leaves the low part in `ddLo` (read it right after the call).

export let ddLo = 0;

const SPLITTER = 134217729; // 2^27 + 1, Veltkamp's constant: splits a double into 26+27 bits

/** a + b exactly, for any a and b. */
export function twoSum(a: number, b: number): number {
  const s = a + b;
  const bb = s - a;
  ddLo = a - (s - bb) + (b - bb);
  return s;
}

/** a + b exactly, when |a| >= |b| (or a == 0). */
export function quickTwoSum(a: number, b: number): number {
  const s = a + b;
  ddLo = b - (s - a);
  return s;
}

/** a * b exactly (no FMA in JS: split both factors). Needs |a|, |b| < 2^995. */
export function twoProd(a: number, b: number): number {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  ddLo = ah * bh - p + ah * bl + al * bh + al * bl;
  return p;
}

/** (ah + al) + (bh + bl), the accurate version (keeps precision under cancellation). */
export function ddAdd(ah: number, al: number, bh: number, bl: number): number {
  let s = ah + bh;
  let v = s - ah;
  let e = ah - (s - v) + (bh - v);
  const t = al + bl;
  v = t - al;
  const f = al - (t - v) + (bl - v);
  e += t;
  let h = s + e;
  e = e - (h - s);
  e += f;
  s = h + e;
  ddLo = e - (s - h);
  return s;
}

/** (ah + al) * (bh + bl). */
export function ddMul(ah: number, al: number, bh: number, bl: number): number {
  const p = twoProd(ah, bh);
  const e = ddLo + (ah * bl + al * bh);
  return quickTwoSum(p, e);
}

/** (ah + al) * b for a double b. */
export function ddMulD(ah: number, al: number, b: number): number {
  const p = twoProd(ah, b);
  const e = ddLo + al * b;
  return quickTwoSum(p, e);
}

/** (ah + al) / (bh + bl): three quotient digits, each correcting the remainder. */
export function ddDiv(ah: number, al: number, bh: number, bl: number): number {
  const q1 = ah / bh;
  let ph = ddMulD(bh, bl, q1);
  let pl = ddLo;
  let rh = ddAdd(ah, al, -ph, -pl);
  let rl = ddLo;
  const q2 = rh / bh;
  ph = ddMulD(bh, bl, q2);
  pl = ddLo;
  rh = ddAdd(rh, rl, -ph, -pl);
  rl = ddLo;
  const q3 = rh / bh;
  const h = quickTwoSum(q1, q2);
  return ddAdd(h, ddLo, q3, 0);
}

/** sqrt(a) for a double a >= 0, to double-double precision (one Newton correction). */
export function ddSqrt(a: number): number {
  const s = Math.sqrt(a);
  if (s === 0 || !Number.isFinite(s)) {
    ddLo = 0;
    return s;
  }
  const p = twoProd(s, s);
  const correction = (a - p - ddLo) / (2 * s);
  return quickTwoSum(s, correction);
}
