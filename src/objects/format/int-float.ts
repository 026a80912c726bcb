// Conversions between int (number | bigint) and float, rounding as CPython does: float(int)
// and int / int correctly rounded (half to even) whatever their size; int(float) exact.

import { overflowError, valueError, zeroDivisionError } from "./errors.js";

/** An int result as the runtime keeps it: a number when safe, else a bigint. */
export function normalizeInt(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/** 2**k as a double for k in [-1074, 1023], exactly. */
export function pow2(k: number): number {
  if (k >= -1022) return 2 ** k; // exact: ** with base 2 and an integer power in range
  return 2 ** (k + 1074) * Number.MIN_VALUE;
}

/** Bits needed to write v >= 0 (0 for 0). */
export function bitLength(v: bigint): number {
  if (v === 0n) return 0;
  if (v < 9007199254740992n) {
    const n = Number(v);
    const hi = Math.floor(n / 4294967296);
    return hi === 0 ? 32 - Math.clz32(n) : 64 - Math.clz32(hi);
  }
  const hex = v.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)));
}

/**
 * The double nearest to (m + d) * 2**e where m > 0 and 0 <= d < 1, d > 0 iff sticky (bits
 * lost below m), ties to even; Infinity when it overflows. Subnormal results are rounded once,
 * at their own precision.
 */
export function roundToDouble(m: bigint, e: number, sticky: boolean): number {
  const bl = bitLength(m);
  const top = bl - 1 + e; // value in [2**top, 2**(top+1))
  if (top >= 1024) return Infinity;
  const lowest = top >= -1022 ? top - 52 : -1074; // exponent of the last bit a double keeps
  const drop = lowest - e;
  if (drop <= 0) return Number(m) * pow2(e); // m fits in 53 bits: exact
  if (drop > bl) return 0; // below half the smallest subnormal
  const dropBig = BigInt(drop);
  let q = m >> dropBig;
  const rem = m - (q << dropBig);
  const half = 1n << (dropBig - 1n);
  if (rem > half || (rem === half && (sticky || (q & 1n) === 1n))) q += 1n;
  return Number(q) * pow2(lowest); // q <= 2**53: exact, or overflows to Infinity
}

/** float(v): OverflowError "int too large to convert to float" past the double range. */
export function intToFloat(v: number | bigint): number {
  if (typeof v === "number") return v;
  const x = Number(v); // ECMAScript rounds a BigInt to the nearest double, ties to even
  if (x === Infinity || x === -Infinity) throw overflowError("int too large to convert to float");
  return x;
}

/** int(x) for a float: truncation toward zero, exact. */
export function floatToInt(x: number): number | bigint {
  if (x !== x) throw valueError("cannot convert float NaN to integer");
  if (x === Infinity || x === -Infinity) throw overflowError("cannot convert float infinity to integer");
  const t = Math.trunc(x);
  if (t >= -9007199254740991 && t <= 9007199254740991) return t + 0; // + 0 turns -0 into 0
  return BigInt(t);
}

/**
 * a / b for ints, correctly rounded like CPython's long_true_divide. ZeroDivisionError
 * "division by zero"; OverflowError "integer division result too large for a float".
 */
export function intTrueDivide(a: number | bigint, b: number | bigint): number {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) throw zeroDivisionError("division by zero");
    return a / b; // both exact doubles: IEEE division rounds correctly
  }
  let A = BigInt(a);
  let B = BigInt(b);
  if (B === 0n) throw zeroDivisionError("division by zero");
  const negative = A < 0n !== B < 0n;
  if (A < 0n) A = -A;
  if (B < 0n) B = -B;
  let result: number;
  if (A === 0n) result = 0;
  else if (A <= 9007199254740992n && B <= 9007199254740992n) result = Number(A) / Number(B);
  else {
    // Scale so the quotient has 55 or 56 bits, then round once with the remainder as sticky.
    const shift = bitLength(A) - bitLength(B) - 55;
    let q: bigint;
    let r: bigint;
    if (shift >= 0) {
      const d = B << BigInt(shift);
      q = A / d;
      r = A - q * d;
    } else {
      const n = A << BigInt(-shift);
      q = n / B;
      r = n - q * B;
    }
    result = roundToDouble(q, shift, r !== 0n);
    if (result === Infinity) throw overflowError("integer division result too large for a float");
  }
  return negative ? -result : result;
}
