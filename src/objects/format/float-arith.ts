// float // and % with Python's sign rules (the result of % takes the divisor's sign), and
// round() of floats and ints exactly as CPython 3.11.

import { fixedDigits, pow10Big, roundScaled, signBit } from "./digits.js";
import { overflowError, zeroDivisionError } from "./errors.js";
import { bitLength, floatToInt, normalizeInt } from "./int-float.js";

/** a % b for floats. ZeroDivisionError "float modulo". */
export function floatMod(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError("float modulo");
  const mod = a % b; // C fmod: exact, sign of a
  if (mod !== 0) return b < 0 !== mod < 0 ? mod + b : mod;
  return b < 0 ? -0 : 0; // a zero result takes the divisor's sign
}

function divmodCore(a: number, b: number): [number, number] {
  let mod = a % b;
  let div = (a - mod) / b; // exact multiple of b over b: close to an integer
  if (mod !== 0) {
    if (b < 0 !== mod < 0) {
      mod += b;
      div -= 1;
    }
  } else mod = b < 0 ? -0 : 0;
  let floorDiv: number;
  if (div !== 0) {
    floorDiv = Math.floor(div);
    if (div - floorDiv > 0.5) floorDiv += 1;
  } else floorDiv = signBit(a / b) ? -0 : 0;
  return [floorDiv, mod];
}

/** a // b for floats. ZeroDivisionError "float floor division by zero". */
export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError("float floor division by zero");
  return divmodCore(a, b)[0];
}

/** divmod(a, b) for floats. ZeroDivisionError "float divmod()". */
export function floatDivmod(a: number, b: number): [number, number] {
  if (b === 0) throw zeroDivisionError("float divmod()");
  return divmodCore(a, b);
}

/** round(x): the nearest int, ties to even. ValueError for nan, OverflowError for inf. */
export function roundFloatToInt(x: number): number | bigint {
  if (x !== x || x === Infinity || x === -Infinity) return floatToInt(x); // raises
  let r = Math.floor(x);
  const diff = x - r; // exact
  if (diff > 0.5 || (diff === 0.5 && r % 2 !== 0)) r += 1;
  return floatToInt(r);
}

/**
 * round(x, ndigits) for a float: the double nearest to x correctly rounded (half even) to
 * ndigits decimal places. OverflowError "rounded value too large to represent".
 */
export function roundFloat(x: number, ndigits: number | bigint): number {
  if (x !== x || x === Infinity || x === -Infinity || x === 0) return x;
  // Past these every double is unchanged / every double rounds to zero (CPython's bounds).
  if (ndigits > 323) return x;
  if (ndigits < -308) return 0 * x;
  const nd = Number(ndigits);
  const negative = x < 0;
  const ax = negative ? -x : x;
  // The correctly rounded decimal text, read back by strtod (also correctly rounding).
  const r = nd >= 0 ? Number(fixedDigits(ax, nd)) : Number(roundScaled(ax, nd).toString() + "e" + -nd);
  if (r === Infinity) throw overflowError("rounded value too large to represent");
  return negative ? -r : r;
}

/** round(v, ndigits) for an int: v for ndigits >= 0, else to a multiple of 10**-ndigits, ties even. */
export function roundInt(v: number | bigint, ndigits: number | bigint): number | bigint {
  if (ndigits >= 0) return v;
  const big = BigInt(v);
  const abs = big < 0n ? -big : big;
  // 10**k > 2 * |v| rounds to zero; checked first so huge k costs nothing.
  const k = -Number(ndigits);
  if (k > bitLength(abs) * 0.30103 + 2) return 0;
  const p = pow10Big(k);
  let q = big / p;
  let r = big - q * p;
  if (r < 0n) {
    // floor division
    q -= 1n;
    r += p;
  }
  const twice = 2n * r;
  if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
  return normalizeInt(q * p);
}
