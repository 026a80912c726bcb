// x mod pi/2 for |x| >= 2^20, where subtracting n * (pi/2 in four parts) no longer leaves
// enough bits: multiply x exactly by 2/pi held to 1400 fraction bits (Payne and Hanek's method),
// keep the fraction nearest 0, and turn it back into radians as a double-double. A double's
// distance to a multiple of pi/2 is never below 2^-62 (Kahan and McDonald's search), so the
// 2^-370 that survives from 2/pi's truncation is far below what the rounding needs.

import { ddLo, ddMul } from "./double-double.js";

// fraction bits of 2/pi: 1024 for the largest x, the rest for the fraction itself
const TWO_OVER_PI_BITS = 1400;

let twoOverPiFixed = 0n;

/** floor(2/pi * 2^1400), computed once from pi by Machin's formula. */
function twoOverPi(): bigint {
  if (twoOverPiFixed !== 0n) return twoOverPiFixed;
  const bits = BigInt(TWO_OVER_PI_BITS + 64);
  const one = 1n << bits;
  const atanInverse = (n: bigint): bigint => {
    const n2 = n * n;
    let sum = 0n;
    let power = one / n;
    for (let k = 1n; power !== 0n; k += 2n) {
      sum += (k & 2n ? -power : power) / k;
      power /= n2;
    }
    return sum;
  };
  const pi = 16n * atanInverse(5n) - 4n * atanInverse(239n); // pi * 2^bits, to a few units
  twoOverPiFixed = ((2n * one) << BigInt(TWO_OVER_PI_BITS)) / pi;
  return twoOverPiFixed;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // little-endian: u32[1] holds sign, exponent, top bits

/** The quadrant n (0..3) of the last reduceHuge, and the low part of its remainder. */
export let hugeQuadrant = 0;
export let hugeRemainderLo = 0;

/**
 * r = x - n pi/2 with |r| <= pi/4, for a finite |x| >= 2^20: returns r's head (its tail in
 * hugeRemainderLo, n mod 4 in hugeQuadrant). piOver2 is pi/2 as a double-double.
 */
export function reduceHuge(x: number, piOver2H: number, piOver2L: number): number {
  f64[0] = x;
  const exponent = ((u32[1]! >>> 20) & 0x7ff) - 1075; // |x| = mantissa * 2^exponent
  const mantissa = (BigInt((u32[1]! & 0xfffff) | 0x100000) << 32n) | BigInt(u32[0]!);
  // |x| * 2/pi = product * 2^-shift
  const shift = TWO_OVER_PI_BITS - exponent;
  const product = mantissa * twoOverPi();
  const shiftBig = BigInt(shift);
  let quadrant = Number((product >> shiftBig) & 3n);
  let fraction = product & ((1n << shiftBig) - 1n);
  // the fraction nearest zero, in [-1/2, 1/2)
  if (fraction >> BigInt(shift - 1) !== 0n) {
    fraction -= 1n << shiftBig;
    quadrant += 1;
  }
  const negative = fraction < 0n;
  if (negative) fraction = -fraction;
  // the top 106 bits of the fraction as a double-double
  const length = fraction.toString(2).length;
  const topShift = length - 53;
  const head = Number(fraction >> BigInt(topShift));
  const rest = fraction & ((1n << BigInt(topShift)) - 1n);
  const tail = Number(rest >> BigInt(topShift - 53));
  const fh = head * 2 ** (topShift - shift);
  const fl = tail * 2 ** (topShift - 53 - shift);
  // radians: fraction * pi/2
  let rh = ddMul(fh, fl, piOver2H, piOver2L);
  let rl = ddLo;
  if (negative) {
    rh = -rh;
    rl = -rl;
  }
  // x < 0: the reduction of -x, mirrored
  if (x < 0) {
    rh = -rh;
    rl = -rl;
    quadrant = -quadrant;
  }
  hugeQuadrant = quadrant & 3;
  hugeRemainderLo = rl;
  return rh;
}
