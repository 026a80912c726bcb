// int → str in any base, with CPython 3.11's limit on decimal digits (sys.set_int_max_str_digits).

import { pow10Big } from "./digits.js";
import { valueError } from "./errors.js";

/** CPython's default for sys.get_int_max_str_digits(); 0 means no limit. */
export const DEFAULT_INT_MAX_STR_DIGITS = 4300;
let maxStrDigits = DEFAULT_INT_MAX_STR_DIGITS;

export function getIntMaxStrDigits(): number {
  return maxStrDigits;
}

/** sys.set_int_max_str_digits(n): ValueError unless n is 0 or at least 640. */
export function setIntMaxStrDigits(n: number): void {
  if (n !== 0 && !(n >= 640)) throw valueError("maxdigits must be 0 or larger than 640");
  maxStrDigits = n;
}

function tooManyDigitsToStr(): never {
  throw valueError(
    `Exceeds the limit (${maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
  );
}

/** str(v) / repr(v) of an int. ValueError past the int max str digits limit. */
export function intToDecimal(v: number | bigint): string {
  if (typeof v === "number") return String(v);
  if (maxStrDigits > 0) {
    const abs = v < 0n ? -v : v;
    if (abs >= pow10Big(maxStrDigits)) tooManyDigitsToStr();
  }
  return v.toString();
}

/**
 * v in base 2..36 with lowercase letters and a leading '-', no prefix. Base 10 checks the
 * digits limit (as str() does); other bases are free, as CPython's bin/oct/hex are.
 */
export function intToString(v: number | bigint, base: number = 10): string {
  if (base === 10) return intToDecimal(v);
  return v.toString(base);
}

/** bin()/oct()/hex(): '-0x1f', '0b0', '0o17'. */
export function intToPrefixed(v: number | bigint, base: 2 | 8 | 16): string {
  const prefix = base === 2 ? "0b" : base === 8 ? "0o" : "0x";
  const negative = v < 0;
  const abs = negative ? -v : v;
  return (negative ? "-" : "") + prefix + abs.toString(base);
}
