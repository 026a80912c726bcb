// hash() of ints and floats as CPython computes it on 64-bit builds: the value modulo the
// Mersenne prime 2**61 - 1 (so hash(1) == hash(1.0) == hash(True) and equal numbers of any type
// hash alike), sign kept, -1 replaced by -2.

import { decompose } from "./digits.js";
import { normalizeInt } from "./int-float.js";

const MODULUS = 2305843009213693951n; // 2**61 - 1
export const HASH_INF = 314159;

/** hash(v) of an int (a number when it is a safe integer, else a bigint). */
export function hashInt(v: number | bigint): number | bigint {
  if (typeof v === "number") return v === -1 ? -2 : v; // |v| < 2**53 < 2**61 - 1
  const negative = v < 0n;
  let h = (negative ? -v : v) % MODULUS;
  if (negative) h = -h;
  return h === -1n ? -2 : normalizeInt(h);
}

/** hash(x) of a non-nan float (nan: see hashNan). */
export function hashFloat(x: number): number | bigint {
  if (Number.isInteger(x) && x >= -9007199254740991 && x <= 9007199254740991) return x === -1 ? -2 : x + 0;
  if (x === Infinity) return HASH_INF;
  if (x === -Infinity) return -HASH_INF;
  if (x !== x) return 0; // the caller should use hashNan; 0 is what CPython < 3.10 gave
  const { negative, mantissa, exponent } = decompose(x);
  // 2**61 ≡ 1 (mod 2**61 - 1): 2**e ≡ 2**(e mod 61), negative e included.
  const k = ((exponent % 61) + 61) % 61;
  let h = (BigInt(mantissa) << BigInt(k)) % MODULUS;
  if (negative) h = -h;
  return h === -1n ? -2 : normalizeInt(h);
}

/**
 * hash(nan) in 3.10+: the object's identity, as CPython hashes pointers (rotated right by 4
 * bits as a 64-bit value, -1 → -2). identity: whatever id() gives for that float object.
 */
export function hashNan(identity: number | bigint): number | bigint {
  const y = BigInt.asUintN(64, BigInt(identity));
  const rotated = BigInt.asIntN(64, (y >> 4n) | (y << 60n));
  return rotated === -1n ? -2 : normalizeInt(rotated);
}
