// format(str, spec): type s (or none), precision truncates, width pads, by code points.

import { showCodeChar, valueError } from "./errors.js";
import { codePointLength, codePointPrefix, padText } from "./layout.js";
import { parseFormatSpec, type FormatSpec } from "./spec.js";

/**
 * format(s, spec) for a str, as CPython 3.11. Throws FormatError (ValueError): a bad spec,
 * "Unknown format code 'd' for object of type 'str'", "Sign not allowed in string format
 * specifier" (or "Space not allowed…"), "Negative zero coercion (z) not allowed in string format specifier", "Alternate
 * form (#) not allowed in string format specifier", "'=' alignment not allowed in string format
 * specifier", "Cannot specify ',' with 's'.".
 */
export function formatStr(s: string, spec: string | FormatSpec, typeName: string = "str"): string {
  if (spec === "") return s;
  const fs = typeof spec === "string" ? parseFormatSpec(spec, "str", typeName) : spec;
  if (fs.type !== "s") throw valueError(`Unknown format code '${showCodeChar(fs.type)}' for object of type '${typeName}'`);
  if (fs.sign !== "") {
    throw valueError(fs.sign === " " ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier");
  }
  if (fs.noNegZero) throw valueError("Negative zero coercion (z) not allowed in string format specifier");
  if (fs.alternate) throw valueError("Alternate form (#) not allowed in string format specifier");
  if (fs.align === "=") throw valueError("'=' alignment not allowed in string format specifier");
  let text = s;
  if (fs.precision >= 0) text = codePointPrefix(text, fs.precision);
  if (fs.width < 0) return text;
  return padText(text, codePointLength(text), fs.fill, fs.align, fs.width);
}
