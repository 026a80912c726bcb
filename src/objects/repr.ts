// Python's repr() text for the values the parser, the dumper and the runtime share:
// float, complex, int, str and bytes, character for character as CPython 3.11 writes them.

import { isUnassignedInUnicode14 } from "./unicode14.js";

/** repr(int). (CPython refuses to write more than 4300 decimal digits; callers that care check.) */
export function reprInt(value: bigint | number): string {
  return typeof value === "number" ? String(Math.trunc(value)) : value.toString();
}

/** repr(float): the shortest digits that read back as the same double, CPython's layout. */
export function reprFloat(x: number): string {
  return formatShortestFloat(x, true);
}

/**
 * Shortest round-trip form of x as CPython's float_repr_style 'short' lays it out: positional
 * when the decimal exponent is in [-4, 16), scientific (at least two exponent digits) otherwise.
 * addDotZero: floats say "1.0"; the parts of a complex say "1".
 */
export function formatShortestFloat(x: number, addDotZero: boolean): string {
  if (x !== x) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) {
    const zero = addDotZero ? "0.0" : "0";
    return Object.is(x, -0) ? "-" + zero : zero;
  }
  // toExponential() with no argument gives the shortest digits that round-trip, like CPython's
  // repr (both are "shortest, nearest" David Gay / Ryu style conversions).
  const sci = x.toExponential();
  const negative = sci.charCodeAt(0) === 45; // "-"
  const ePos = sci.indexOf("e");
  const mantissa = sci.slice(negative ? 1 : 0, ePos);
  const exponent = Number(sci.slice(ePos + 1));
  const digits = mantissa.length > 1 ? mantissa[0] + mantissa.slice(2) : mantissa;
  const pointPos = exponent + 1; // digits d1d2d3… mean 0.d1d2d3… × 10^pointPos
  let body: string;
  if (pointPos > -4 && pointPos <= 16) {
    if (pointPos <= 0) {
      body = "0." + "0".repeat(-pointPos) + digits;
    } else if (pointPos >= digits.length) {
      body = digits + "0".repeat(pointPos - digits.length) + (addDotZero ? ".0" : "");
    } else {
      body = digits.slice(0, pointPos) + "." + digits.slice(pointPos);
    }
  } else {
    const exp = pointPos - 1;
    const expText = Math.abs(exp) < 10 ? "0" + Math.abs(exp) : String(Math.abs(exp));
    body =
      (digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits) + (exp < 0 ? "e-" : "e+") + expText;
  }
  return negative ? "-" + body : body;
}

/** repr(complex(real, imag)): "1j", "(1+2j)", "(-0-0j)", "(nan+nanj)". */
export function reprComplex(real: number, imag: number): string {
  const imagText = formatShortestFloat(imag, false);
  // A real part of +0.0 is left out; -0.0 is not (it would not round-trip).
  if (real === 0 && !Object.is(real, -0)) return imagText + "j";
  const sign = imagText.charCodeAt(0) === 45 ? "" : "+";
  return "(" + formatShortestFloat(real, false) + sign + imagText + "j)";
}

// Characters str.isprintable() rejects by category: Cc, Cf, Cs, Co, Zl, Zp, Zs (Cn is
// decided by the Unicode 14 table, the version CPython 3.11 uses, not the JS engine's).
const NON_PRINTABLE_CATEGORY = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Zl}\p{Zp}\p{Zs}]/u;
// Strings made only of these need no escaping at all.
const PLAIN_ASCII = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/;

/** str.isprintable() for one code point, as CPython 3.11 (Unicode 14.0) answers it. */
export function isPrintableCodePoint(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  if (cp < 0xa0) return false;
  if (cp === 0x20) return true;
  if (NON_PRINTABLE_CATEGORY.test(String.fromCodePoint(cp))) return false;
  return !isUnassignedInUnicode14(cp);
}

function hex(cp: number, width: number): string {
  return cp.toString(16).padStart(width, "0");
}

/** repr(str): CPython's quote choice and escapes (\n \t \r \\ \xhh \uhhhh \Uhhhhhhhh). */
export function reprStr(s: string): string {
  const hasSingle = s.includes("'");
  const quote = hasSingle && !s.includes('"') ? '"' : "'";
  if (PLAIN_ASCII.test(s)) return quote + s + quote;
  let out = quote;
  let runStart = 0; // s[runStart, i) is copied verbatim
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    let escape: string | null = null;
    if (cp < 0x7f) {
      if (cp === 0x5c) escape = "\\\\";
      else if (cp === 0x27 && quote === "'") escape = "\\'";
      else if (cp >= 0x20) escape = null;
      else if (cp === 0x0a) escape = "\\n";
      else if (cp === 0x09) escape = "\\t";
      else if (cp === 0x0d) escape = "\\r";
      else escape = "\\x" + hex(cp, 2);
    } else if (!isPrintableCodePoint(cp)) {
      escape = cp <= 0xff ? "\\x" + hex(cp, 2) : cp <= 0xffff ? "\\u" + hex(cp, 4) : "\\U" + hex(cp, 8);
    }
    if (escape !== null) {
      out += s.slice(runStart, i) + escape;
      runStart = i + width;
    }
    i += width;
  }
  return out + s.slice(runStart) + quote;
}

/** repr(bytes): b'…' with CPython's quote choice; bytes outside 0x20..0x7e as \xhh. */
export function reprBytes(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0x27) hasSingle = true;
    else if (b[i] === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  let out = quote === 0x22 ? 'b"' : "b'";
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c === quote || c === 0x5c) out += "\\" + String.fromCharCode(c);
    else if (c === 0x09) out += "\\t";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + hex(c, 2);
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}
