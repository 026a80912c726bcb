// format(int, spec): the int presentation types b c d o x X n, and the float ones by conversion.

import { overflowError, showCodeChar, valueError } from "./errors.js";
import { formatFloatWith } from "./format-float.js";
import { intToFloat } from "./int-float.js";
import { intToDecimal } from "./int-text.js";
import { codePointLength, layoutNumber } from "./layout.js";
import { parseFormatSpec, type FormatSpec } from "./spec.js";

/**
 * format(v, spec) for an int (bool: pass 0/1 and typeName "bool"), as CPython 3.11.
 * Throws FormatError: ValueError for a bad spec, "Unknown format code 's' for object of type
 * 'int'", "Precision not allowed in integer format specifier", "Negative zero coercion (z) not
 * allowed in integer format specifier", "Sign not allowed with integer format specifier 'c'",
 * "Alternate form (#) not allowed with integer format specifier 'c'", the int max str digits
 * limit; OverflowError "%c arg not in range(0x110000)", "int too large to convert to float".
 */
export function formatInt(v: number | bigint, spec: string | FormatSpec, typeName: string = "int"): string {
  if (spec === "") return intToDecimal(v);
  const fs = typeof spec === "string" ? parseFormatSpec(spec, "int", typeName) : spec;
  const type = fs.type;
  let base: number;
  switch (type) {
    case "d":
    case "n":
      base = 10;
      break;
    case "x":
    case "X":
      base = 16;
      break;
    case "o":
      base = 8;
      break;
    case "b":
      base = 2;
      break;
    case "c":
      base = 0;
      break;
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
    case "%":
      return formatFloatWith(intToFloat(v), fs, typeName);
    default:
      throw valueError(`Unknown format code '${showCodeChar(type)}' for object of type '${typeName}'`);
  }
  if (fs.precision >= 0) throw valueError("Precision not allowed in integer format specifier");
  if (fs.noNegZero) throw valueError("Negative zero coercion (z) not allowed in integer format specifier");
  if (base === 0) {
    if (fs.sign !== "") throw valueError("Sign not allowed with integer format specifier 'c'");
    if (fs.alternate) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof v === "bigint" && (v < -9223372036854775808n || v > 9223372036854775807n)) {
      throw overflowError("Python int too large to convert to C long");
    }
    if (v < 0 || v > 0x10ffff) throw overflowError("%c arg not in range(0x110000)");
    const ch = String.fromCodePoint(Number(v));
    return layoutNumber("", "", "", ch, codePointLength(ch), fs, 3);
  }
  const negative = v < 0;
  const abs = negative ? -v : v;
  let digits = base === 10 ? intToDecimal(abs) : abs.toString(base);
  let prefix = "";
  if (type === "X") digits = digits.toUpperCase();
  if (fs.alternate && base !== 10) prefix = base === 16 ? (type === "X" ? "0X" : "0x") : base === 8 ? "0o" : "0b";
  const sign = negative ? "-" : fs.sign === "+" ? "+" : fs.sign === " " ? " " : "";
  if (fs.width < 0 && fs.grouping === "") return sign + prefix + digits;
  return layoutNumber(sign, prefix, digits, "", 0, fs, base === 10 ? 3 : 4);
}
