// format(float, spec): the float presentation types e E f F g G n % and none.

import { reprFloat } from "../repr.js";
import { signBit } from "./digits.js";
import { showCodeChar, valueError } from "./errors.js";
import { floatMagnitudeText, nonFiniteText, type FloatCode } from "./float-text.js";
import { layoutNumber } from "./layout.js";
import { parseFormatSpec, type FormatSpec } from "./spec.js";

/** Length of the leading run of ASCII digits of text. */
function leadingDigits(text: string): number {
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    i++;
  }
  return i;
}

/** Whether the mantissa of a formatted magnitude (before any exponent) is all zeros. */
function roundsToZero(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 101 || c === 69) return true; // e E
    if (c >= 49 && c <= 57) return false;
  }
  return true;
}

/**
 * str(x) == repr(x), quickly: where Python writes positional digits, JS's String() writes the
 * same shortest round-trip digits (and V8 caches them); elsewhere reprFloat lays them out.
 */
export function floatStr(x: number): string {
  const ax = x < 0 ? -x : x;
  if (ax >= 1e-4 && ax < 1e16) {
    const s = String(x);
    return Number.isInteger(x) ? s + ".0" : s;
  }
  return reprFloat(x);
}

/**
 * format(x, spec) for a float, as CPython 3.11. spec may be pre-parsed (kind "float").
 * Throws FormatError (ValueError) for a bad spec or "Unknown format code 'd' for object of
 * type 'float'" (typeName names the type in messages).
 */
export function formatFloat(x: number, spec: string | FormatSpec, typeName: string = "float"): string {
  if (spec === "") return floatStr(x);
  const fs = typeof spec === "string" ? parseFormatSpec(spec, "float", typeName) : spec;
  return formatFloatWith(x, fs, typeName);
}

export function formatFloatWith(x: number, fs: FormatSpec, typeName: string): string {
  const type = fs.type;
  let code: FloatCode;
  let upper = false;
  let addDot0 = false;
  let percent = false;
  let prec = fs.precision;
  switch (type) {
    case "":
      addDot0 = true;
      code = prec < 0 ? "r" : "g";
      break;
    case "e":
    case "f":
    case "g":
      code = type;
      break;
    case "E":
    case "F":
    case "G":
      code = type.toLowerCase() as FloatCode;
      upper = true;
      break;
    case "n":
      code = "g";
      break;
    case "%":
      code = "f";
      percent = true;
      x *= 100; // a double multiplication, rounding as CPython's does
      break;
    default:
      throw valueError(`Unknown format code '${showCodeChar(type)}' for object of type '${typeName}'`);
  }
  if (prec < 0 && code !== "r") prec = 6;

  let negative = signBit(x);
  let text: string;
  if (x !== x || x === Infinity || x === -Infinity) {
    text = nonFiniteText(x, upper);
    if (x !== x) negative = false; // CPython ignores the sign of a nan
  } else {
    text = floatMagnitudeText(negative ? -x : x, code, prec, fs.alternate, addDot0);
    if (upper) text = text.toUpperCase();
    if (negative && fs.noNegZero && roundsToZero(text)) negative = false;
  }
  const sign = negative ? "-" : fs.sign === "+" ? "+" : fs.sign === " " ? " " : "";
  if (percent) text += "%";
  if (fs.width < 0 && fs.grouping === "") return sign + text;
  const n = leadingDigits(text);
  return layoutNumber(sign, "", text.slice(0, n), text.slice(n), text.length - n, fs, 3);
}
