// float.hex(), float.fromhex() and float.as_integer_ratio(), as CPython 3.11.

import { decompose } from "./digits.js";
import { overflowError, valueError } from "./errors.js";
import { normalizeInt, roundToDouble } from "./int-float.js";

/** float.hex(): '0x1.8000000000000p+1', '-0x0.0p+0', subnormals as '0x0.…p-1022', 'inf', 'nan'. */
export function floatHex(x: number): string {
  if (x !== x) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  const { negative, mantissa, exponent } = decompose(x);
  const sign = negative ? "-" : "";
  if (x === 0) return sign + "0x0.0p+0";
  if (exponent === -1074 && mantissa < 2 ** 52) {
    return sign + "0x0." + mantissa.toString(16).padStart(13, "0") + "p-1022";
  }
  const frac = (mantissa - 2 ** 52).toString(16).padStart(13, "0");
  const e = exponent + 52;
  return sign + "0x1." + frac + (e < 0 ? "p" : "p+") + e;
}

const HEX_FLOAT = /^([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?[0-9]+))?$/;
const SPECIAL = /^([+-]?)(?:(inf|infinity)|nan)$/i;

function invalidHex(): never {
  throw valueError("invalid hexadecimal floating-point string");
}

/**
 * float.fromhex(s): [sign] ['0x'] hexdigits ['.' hexdigits] ['p' [sign] digits], or inf,
 * infinity, nan; ASCII whitespace around. Correctly rounded (half even, subnormals too).
 * Throws FormatError: ValueError "invalid hexadecimal floating-point string", OverflowError
 * "hexadecimal value too large to represent as a float".
 */
export function floatFromHex(text: string): number {
  let a = 0;
  let b = text.length;
  const space = (c: number) => c === 32 || (c >= 9 && c <= 13);
  while (a < b && space(text.charCodeAt(a))) a++;
  while (b > a && space(text.charCodeAt(b - 1))) b--;
  const s = text.slice(a, b);
  const special = SPECIAL.exec(s);
  if (special !== null) {
    if (special[2] === undefined) return NaN;
    return special[1] === "-" ? -Infinity : Infinity;
  }
  const m = HEX_FLOAT.exec(s);
  if (m === null) invalidHex();
  const intDigits = m[2]!;
  const fracDigits = m[3] ?? "";
  if (intDigits.length + fracDigits.length === 0) invalidHex();
  const negative = m[1] === "-";
  const all = (intDigits + fracDigits).replace(/^0+/, "");
  let result: number;
  if (all === "") result = 0;
  else {
    // A huge written exponent saturates: the value is then far outside the double range.
    let exp = m[4] === undefined ? 0 : Number(m[4]);
    if (exp > 1e7) exp = 1e7;
    if (exp < -1e7) exp = -1e7;
    result = roundToDouble(BigInt("0x" + all), exp - 4 * fracDigits.length, false);
    if (result === Infinity) throw overflowError("hexadecimal value too large to represent as a float");
  }
  return negative ? -result : result;
}

/** float.as_integer_ratio(): the lowest-terms [numerator, denominator], denominator > 0. */
export function floatAsIntegerRatio(x: number): [number | bigint, number | bigint] {
  if (x !== x) throw valueError("cannot convert NaN to integer ratio");
  if (x === Infinity || x === -Infinity) throw overflowError("cannot convert Infinity to integer ratio");
  if (x === 0) return [0, 1];
  const d = decompose(x);
  let mantissa = d.mantissa;
  let exponent = d.exponent;
  while (exponent < 0 && mantissa % 2 === 0) {
    mantissa /= 2;
    exponent++;
  }
  const signed = d.negative ? -mantissa : mantissa;
  if (exponent >= 0) return [normalizeInt(BigInt(signed) << BigInt(exponent)), 1];
  return [signed, normalizeInt(1n << BigInt(-exponent))];
}
