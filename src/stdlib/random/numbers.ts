// Python int and float arithmetic on the engine's plain values.
//
// PyInt: a Python int — a JS number while it is a safe integer, else a bigint (the runtime's
// convention, docs/runtime.md).
// Real: an argument of the float-valued functions — a JS number is a Python float, a bigint a
// Python int. (A safe int passed as a number gives the same result in every case but one:
// triangular() with int arguments whose differences pass 2^53.)

import { overflowError, zeroDivisionError } from "./errors.js";

export type PyInt = number | bigint;
export type Real = number | bigint;

/** A bigint as a PyInt: a number when it is a safe integer. */
export function normInt(n: bigint): PyInt {
  return n >= -9007199254740991n && n <= 9007199254740991n ? Number(n) : n;
}

export function bigOf(n: PyInt): bigint {
  return typeof n === "bigint" ? n : BigInt(n);
}

export function intAdd(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(bigOf(a) + bigOf(b));
}

export function intSub(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(bigOf(a) - bigOf(b));
}

export function intMul(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(bigOf(a) * bigOf(b));
}

/** Python's a // b (floor division), b != 0. */
export function intFloorDiv(a: PyInt, b: PyInt): PyInt {
  // for safe integers the float quotient never rounds across an integer
  if (typeof a === "number" && typeof b === "number") return Math.floor(a / b);
  const x = bigOf(a);
  const y = bigOf(b);
  let q = x / y;
  if (x % y !== 0n && x < 0n !== y < 0n) q -= 1n;
  return normInt(q);
}

/** Three-way comparison of two Python ints. */
export function intCmp(a: PyInt, b: PyInt): number {
  if (typeof a === "number" && typeof b === "number") return a < b ? -1 : a > b ? 1 : 0;
  const x = bigOf(a);
  const y = bigOf(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function intSign(a: PyInt): number {
  return a > 0 ? 1 : a < 0 ? -1 : 0;
}

/** int.bit_length() of a non-negative int. */
export function bitLength(n: PyInt): number {
  if (typeof n === "number") {
    if (n < 2 ** 32) return 32 - Math.clz32(n);
    return 64 - Math.clz32(Math.floor(n / 2 ** 32));
  }
  if (n === 0n) return 0;
  const hex = n.toString(16);
  return hex.length * 4 - (Math.clz32(parseInt(hex[0]!, 16)) - 28);
}

/** float(n) for a Python int: correctly rounded, OverflowError when out of range. */
export function intToFloat(n: PyInt): number {
  if (typeof n === "number") return n;
  const f = Number(n);
  if (!Number.isFinite(f)) throw overflowError("int too large to convert to float");
  return f;
}

/** float(x) for a Real. */
export const realToFloat = intToFloat;

/** Python's a - b for Reals: exact when both are ints. */
export function realSub(a: Real, b: Real): Real {
  if (typeof a === "bigint" && typeof b === "bigint") return a - b;
  return realToFloat(a) - realToFloat(b);
}

/** Python's a * b where b is a float. */
export function realMulFloat(a: Real, b: number): number {
  return realToFloat(a) * b;
}

/** Python's a + b where b is a float. */
export function realAddFloat(a: Real, b: number): number {
  return realToFloat(a) + b;
}

/** Python's a / b for Reals: int / int is the correctly rounded quotient. */
export function realTrueDiv(a: Real, b: Real): number {
  if (typeof a === "bigint" && typeof b === "bigint") return intTrueDiv(a, b);
  const y = realToFloat(b);
  const x = realToFloat(a);
  if (y === 0) throw zeroDivisionError("float division by zero");
  return x / y;
}

/** a / b for ints, correctly rounded as Python does. */
export function intTrueDiv(a: bigint, b: bigint): number {
  if (b === 0n) throw zeroDivisionError("division by zero");
  const negative = a < 0n !== b < 0n;
  const x = a < 0n ? -a : a;
  const y = b < 0n ? -b : b;
  if (x === 0n) return negative ? -0 : 0;
  const limit = 1n << 53n;
  if (x <= limit && y <= limit) {
    const q = Number(x) / Number(y);
    return negative ? -q : q;
  }
  // q = x / y * 2^shift with at least 55 significant bits, plus a sticky bit for the rest
  const shift = bitLength(y) - bitLength(x) + 55;
  const n = shift > 0 ? x << BigInt(shift) : x;
  const d = shift > 0 ? y : y << BigInt(-shift);
  let q = n / d;
  if (n % d !== 0n) q |= 1n;
  let r = Number(q);
  // scale by 2^-shift in two steps so that neither overflows early
  const half = Math.trunc(shift / 2);
  r = r * 2 ** -half * 2 ** -(shift - half);
  if (!Number.isFinite(r)) throw overflowError("integer division result too large for a float");
  return negative ? -r : r;
}

/** float < int, exactly (as Python compares a float with an int). */
export function floatLessThanInt(x: number, n: bigint): boolean {
  if (Number.isNaN(x)) return false;
  if (!Number.isFinite(x)) return x < 0;
  const f = Number(n);
  if (x !== f) return x < f;
  // x equals the rounded n: compare exactly (x is an integer here, it is that large)
  return BigInt(x) < n;
}

/** x < c for a float x and a Real c (Python's mixed comparison). */
export function floatLessThanReal(x: number, c: Real): boolean {
  return typeof c === "number" ? x < c : floatLessThanInt(x, c);
}
