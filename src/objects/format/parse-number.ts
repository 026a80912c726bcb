// int(str, base) and float(str): the text CPython 3.11 accepts, and its error messages.

import { reprStr } from "../repr.js";
import { valueError } from "./errors.js";
import { normalizeInt } from "./int-float.js";
import { getIntMaxStrDigits } from "./int-text.js";
import { codePointPrefix } from "./layout.js";
import { decimalDigitValue, isPythonSpace } from "./unicode-chars.js";

const ASCII_ONLY = /^[\x00-\x7e]*$/;

/**
 * CPython first maps a non-ASCII str to ASCII: whitespace to ' ', decimal digits of any script
 * to '0'-'9', anything else to '?' (which no grammar accepts).
 */
function toAsciiNumberText(text: string): string {
  if (ASCII_ONLY.test(text)) return text;
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 127) out += ch;
    else if (isPythonSpace(cp)) out += " ";
    else {
      const d = decimalDigitValue(cp);
      out += d >= 0 ? String.fromCharCode(48 + d) : "?";
    }
  }
  return out;
}

/** C isspace in the C locale: what int() and float() strip after the mapping above. */
function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** Digit value of an ASCII letter or digit in bases up to 36, else 99. */
function digitOf(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

function invalidIntLiteral(text: string, base: number, bytesRepr: string | undefined): never {
  const shown = bytesRepr ?? reprStr(text);
  throw valueError(`invalid literal for int() with base ${base}: ${codePointPrefix(shown, 200)}`);
}

/** Digits (no underscores) in a base that is not 2, 4, 8, 16 or 32, as an int. */
function digitsToInt(digits: string, base: number): bigint {
  if (base === 10) return BigInt(digits);
  // Chunks of k digits with base**k < 2**53, folded in with BigInt.
  let k = 1;
  while (base ** (k + 1) < 9007199254740992) k++;
  const scale = BigInt(base ** k);
  let acc = 0n;
  let i = digits.length % k || k;
  acc = BigInt(parseInt(digits.slice(0, i), base));
  for (; i < digits.length; i += k) acc = acc * scale + BigInt(parseInt(digits.slice(i, i + k), base));
  return acc;
}

/**
 * int(text, base) for a str: surrounding whitespace, one sign, underscores between digits (and
 * one right after a 0x/0o/0b prefix), base 0 reading the prefix (and refusing leading zeros),
 * digits of any script. Throws FormatError ValueError: "int() base must be >= 2 and <= 36, or
 * 0", "invalid literal for int() with base 10: 'abc'" (repr cut to 200 characters), and past
 * sys.get_int_max_str_digits() "Exceeds the limit (4300 digits) for integer string conversion:
 * value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit".
 * For int(bytes/bytearray): pass the bytes as a latin-1 string and bytesRepr (b'…', shown in
 * the message): only ASCII digits and whitespace count then.
 */
export function parseIntLiteral(text: string, base: number = 10, bytesRepr?: string): number | bigint {
  if (base !== 0 && (base < 2 || base > 36)) throw valueError("int() base must be >= 2 and <= 36, or 0");
  const reportBase = base; // messages name the base as given, 0 included
  const s = bytesRepr === undefined ? toAsciiNumberText(text) : text;
  const n = s.length;
  let pos = 0;
  while (pos < n && isAsciiSpace(s.charCodeAt(pos))) pos++;
  let negative = false;
  const signChar = s.charCodeAt(pos);
  if (signChar === 43 || signChar === 45) {
    negative = signChar === 45;
    pos++;
  }
  let leadingZeroRule = false; // base 0 without a prefix: "010" is not allowed, "000" is
  if (base === 0) {
    if (s.charCodeAt(pos) !== 48) base = 10;
    else {
      const p = s.charCodeAt(pos + 1) | 0x20;
      if (p === 0x78) base = 16;
      else if (p === 0x6f) base = 8;
      else if (p === 0x62) base = 2;
      else {
        base = 10;
        leadingZeroRule = true;
      }
    }
  }
  if (s.charCodeAt(pos) === 48 && (base === 16 || base === 8 || base === 2)) {
    const p = s.charCodeAt(pos + 1) | 0x20;
    if ((base === 16 && p === 0x78) || (base === 8 && p === 0x6f) || (base === 2 && p === 0x62)) {
      pos += 2;
      if (s.charCodeAt(pos) === 95) pos++; // one underscore may follow the prefix
    }
  }
  if (s.charCodeAt(pos) === 95) invalidIntLiteral(text, reportBase, bytesRepr);

  const start = pos;
  let digitCount = 0;
  let underscores = false;
  let lastWasUnderscore = false;
  for (; pos < n; pos++) {
    const c = s.charCodeAt(pos);
    if (c === 95) {
      if (lastWasUnderscore) invalidIntLiteral(text, reportBase, bytesRepr);
      lastWasUnderscore = true;
      underscores = true;
      continue;
    }
    if (digitOf(c) >= base) break;
    lastWasUnderscore = false;
    digitCount++;
  }
  if (lastWasUnderscore || digitCount === 0) invalidIntLiteral(text, reportBase, bytesRepr);
  const limit = getIntMaxStrDigits();
  if (limit > 0 && digitCount > limit && (base & (base - 1)) !== 0) {
    throw valueError(
      `Exceeds the limit (${limit} digits) for integer string conversion: value has ${digitCount} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  let digits = s.slice(start, pos);
  if (underscores) digits = digits.replace(/_/g, "");
  while (pos < n && isAsciiSpace(s.charCodeAt(pos))) pos++;
  if (pos !== n) invalidIntLiteral(text, reportBase, bytesRepr);

  let value: number | bigint;
  if (digitCount <= 15 && base <= 10) value = parseInt(digits, base);
  else if (digitCount <= 10) value = parseInt(digits, base);
  else if (base === 16 || base === 8 || base === 2) value = normalizeInt(BigInt((base === 16 ? "0x" : base === 8 ? "0o" : "0b") + digits));
  else value = normalizeInt(digitsToInt(digits, base));
  if (leadingZeroRule && value !== 0) invalidIntLiteral(text, reportBase, bytesRepr);
  if (negative) return typeof value === "number" ? (value === 0 ? 0 : -value) : normalizeInt(-value);
  return value;
}

const FLOAT_DECIMAL = /^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;
const FLOAT_SPECIAL = /^([+-]?)(?:(inf|infinity)|nan)$/i;

function invalidFloat(text: string, bytesRepr: string | undefined): never {
  throw valueError(`could not convert string to float: ${bytesRepr ?? reprStr(text)}`);
}

/**
 * float(text) for a str: surrounding whitespace, sign, "inf"/"infinity"/"nan" in any case,
 * decimal with exponent, underscores only between two digits, digits of any script; correctly
 * rounded (overflow gives inf, as CPython's does). Throws FormatError ValueError
 * "could not convert string to float: 'x'". For float(bytes/bytearray): pass the bytes as a
 * latin-1 string and their repr (b'…' / bytearray(b'…')) as bytesRepr.
 */
export function parseFloatText(text: string, bytesRepr?: string): number {
  const s = bytesRepr === undefined ? toAsciiNumberText(text) : text;
  let a = 0;
  let b = s.length;
  while (a < b && isAsciiSpace(s.charCodeAt(a))) a++;
  while (b > a && isAsciiSpace(s.charCodeAt(b - 1))) b--;
  let body = a === 0 && b === s.length ? s : s.slice(a, b);
  if (body.includes("_")) {
    for (let i = 0; i < body.length; i++) {
      if (body.charCodeAt(i) !== 95) continue;
      const before = body.charCodeAt(i - 1);
      const after = body.charCodeAt(i + 1);
      if (!(before >= 48 && before <= 57 && after >= 48 && after <= 57)) invalidFloat(text, bytesRepr);
    }
    body = body.replace(/_/g, "");
  }
  if (FLOAT_DECIMAL.test(body)) return Number(body); // correctly rounded, as strtod
  const special = FLOAT_SPECIAL.exec(body);
  if (special === null) invalidFloat(text, bytesRepr);
  if (special[2] === undefined) return NaN;
  return special[1] === "-" ? -Infinity : Infinity;
}
