// printf-style str % args, as CPython 3.11: the format string split into pieces, the
// argument cursor (tuple, single value, mapping), and the text of one conversion.
//
// How str.__mod__ drives these (the order decides which error wins, as in CPython):
//
//   const pieces = parsePercentFormat(fmt);            // cacheable per format string
//   const cursor = new PercentArgs(args, isTuple(args));
//   const mapping = isMapping(args) && !isTuple(args) && !isStr(args);
//   for (const p of pieces) {
//     if (typeof p === "string") { out += p; continue; }
//     if (p.key !== null || p.keyIncomplete) {
//       if (!mapping) throw formatRequiresMapping();
//       if (p.keyIncomplete) throw incompleteFormatKey();
//       cursor.useMappingValue(args[p.key])            // KeyError propagates
//     }
//     let width = p.width, precision = p.precision;
//     if (width === STAR) width = intOrThrow(cursor.next(), starWantsInt);   // before precision
//     if (precision === STAR) precision = intOrThrow(cursor.next(), starWantsInt);
//     if (p.error !== null) throw p.error;             // incomplete format, width too big…
//     const v = cursor.next();
//     const conv = resolveStars(p, width, precision);
//     s, r, a: formatPercentSpec(conv, str(v) / repr(v) / ascii(v))
//     c, numbers: formatPercentSpec(conv, v as int/float/str, isFloat), after turning other
//       objects into int/float (__index__ for o x X, __int__ for d i u, __float__ for e f g) or
//       raising percentTypeError(p.type, typeName);
//   }
//   cursor.finish(mapping);

import { signBit } from "./digits.js";
import { overflowError, typeError, valueError, type FormatError } from "./errors.js";
import { floatMagnitudeText, nonFiniteText, type FloatCode } from "./float-text.js";
import { floatToInt } from "./int-float.js";
import { intToDecimal } from "./int-text.js";
import { codePointLength, codePointPrefix } from "./layout.js";

export const PF_MINUS = 1;
export const PF_PLUS = 2;
export const PF_SPACE = 4;
export const PF_ALT = 8;
export const PF_ZERO = 16;
/** width or precision given as '*': taken from the arguments. */
export const STAR = -2;

/** One conversion with its width and precision known (-1: not given). */
export interface PercentConversion {
  flags: number;
  width: number;
  precision: number;
  /** The conversion character (may be an unsupported one: formatting it raises). */
  type: string;
  /** Code-point index of the conversion character in the format string, for messages. */
  index: number;
}

/** A conversion as written: width/precision may be STAR. */
export interface PercentSpec extends PercentConversion {
  /** %(key): the mapping key, else null. */
  key: string | null;
  /** "%(" with no matching ")": processing raises "incomplete format key". */
  keyIncomplete: boolean;
  /**
   * Raised when processing reaches it, after the key and any '*' written before the fault:
   * "incomplete format" (type ""), "width too big", "precision too big".
   */
  error: FormatError | null;
}

export type PercentPiece = string | PercentSpec;

/**
 * Split a %-format into literal text and conversions. Never throws: a conversion that cannot be
 * completed ends the list, carrying the error (and keyIncomplete for "%(…"), so that processing
 * raises in CPython's order. "%%" is a literal "%".
 */
export function parsePercentFormat(fmt: string): PercentPiece[] {
  const pieces: PercentPiece[] = [];
  const n = fmt.length;
  let literal = "";
  let i = 0;
  // Code-point index of fmt[i], maintained only when the format has astral characters.
  const astral = /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(fmt);
  const cpIndex = (unitIndex: number): number => (astral ? codePointLength(fmt.slice(0, unitIndex)) : unitIndex);
  while (i < n) {
    const pct = fmt.indexOf("%", i);
    if (pct < 0) {
      literal += fmt.slice(i);
      break;
    }
    literal += fmt.slice(i, pct);
    i = pct + 1;
    if (fmt.charCodeAt(i) === 37) {
      literal += "%";
      i++;
      continue;
    }
    if (literal !== "") {
      pieces.push(literal);
      literal = "";
    }
    const spec: PercentSpec = {
      key: null,
      keyIncomplete: false,
      error: null,
      flags: 0,
      width: -1,
      precision: -1,
      type: "",
      index: 0,
    };
    pieces.push(spec);
    if (fmt.charCodeAt(i) === 40) {
      // %(key): parentheses nest
      let depth = 1;
      const keyStart = ++i;
      while (i < n && depth > 0) {
        const c = fmt.charCodeAt(i);
        if (c === 40) depth++;
        else if (c === 41) depth--;
        i++;
      }
      if (depth > 0) {
        spec.keyIncomplete = true;
        spec.error = incompleteFormatKey();
        return pieces;
      }
      spec.key = fmt.slice(keyStart, i - 1);
    }
    for (; i < n; i++) {
      const c = fmt.charCodeAt(i);
      if (c === 45) spec.flags |= PF_MINUS;
      else if (c === 43) spec.flags |= PF_PLUS;
      else if (c === 32) spec.flags |= PF_SPACE;
      else if (c === 35) spec.flags |= PF_ALT;
      else if (c === 48) spec.flags |= PF_ZERO;
      else break;
    }
    if (fmt.charCodeAt(i) === 42) {
      spec.width = STAR;
      i++;
    } else {
      const start = i;
      while (i < n && fmt.charCodeAt(i) >= 48 && fmt.charCodeAt(i) <= 57) i++;
      if (i > start) {
        spec.width = Number(fmt.slice(start, i));
        if (i - start > 18 && BigInt(fmt.slice(start, i)) > 9223372036854775807n) {
          spec.error = valueError("width too big");
          return pieces;
        }
      }
    }
    if (fmt.charCodeAt(i) === 46) {
      i++;
      if (fmt.charCodeAt(i) === 42) {
        spec.precision = STAR;
        i++;
      } else {
        const start = i;
        while (i < n && fmt.charCodeAt(i) >= 48 && fmt.charCodeAt(i) <= 57) i++;
        spec.precision = i > start ? Number(fmt.slice(start, i)) : 0;
        if (spec.precision > 2147483647) {
          spec.error = valueError("precision too big");
          return pieces;
        }
      }
    }
    // Length modifiers are accepted and ignored.
    while (i < n) {
      const c = fmt.charCodeAt(i);
      if (c !== 104 && c !== 108 && c !== 76) break; // h l L
      i++;
    }
    if (i >= n) {
      spec.error = incompleteFormat();
      return pieces;
    }
    const cp = fmt.codePointAt(i)!;
    spec.type = String.fromCodePoint(cp);
    spec.index = cpIndex(i);
    i += cp > 0xffff ? 2 : 1;
  }
  if (literal !== "") pieces.push(literal);
  return pieces;
}

/** The conversion with '*' values filled in: a negative width left-justifies, a negative precision is 0. */
export function resolveStars(spec: PercentConversion, width: number, precision: number): PercentConversion {
  let flags = spec.flags;
  if (spec.width === STAR && width < 0) {
    flags |= PF_MINUS;
    width = -width;
  }
  if (spec.precision === STAR && precision < 0) precision = 0;
  return { flags, width, precision, type: spec.type, index: spec.index };
}

/** Pads text (of len code points) to width: left-justified with '-', else right with spaces. */
function padSpaces(text: string, len: number, conv: PercentConversion): string {
  if (len >= conv.width) return text;
  const fill = " ".repeat(conv.width - len);
  return conv.flags & PF_MINUS ? text + fill : fill + text;
}

/** sign + prefix + body padded to width; '0' pads between prefix and body unless '-'. */
function padNumber(sign: string, prefix: string, body: string, conv: PercentConversion): string {
  const len = sign.length + prefix.length + body.length;
  if (len >= conv.width) return sign + prefix + body;
  const n = conv.width - len;
  if (conv.flags & PF_MINUS) return sign + prefix + body + " ".repeat(n);
  if (conv.flags & PF_ZERO) return sign + prefix + "0".repeat(n) + body;
  return " ".repeat(n) + sign + prefix + body;
}

function signFor(negative: boolean, flags: number): string {
  return negative ? "-" : flags & PF_PLUS ? "+" : flags & PF_SPACE ? " " : "";
}

/**
 * The text of one conversion. value: an int (number | bigint), a float (number with isFloat),
 * or a str — for s, r, a the already computed str()/repr()/ascii() text, for c a character, for
 * a numeric conversion a str raises the TypeError CPython gives. Throws FormatError: ValueError
 * "unsupported format character 'y' (0x79) at index 3"; TypeError "%d format: a real number is
 * required, not str", "%x format: an integer is required, not float", "must be real number,
 * not str", "%c requires int or char"; OverflowError "%c arg not in range(0x110000)",
 * "int too large to convert to float"; ValueError/OverflowError of int(nan/inf).
 */
export function formatPercentSpec(conv: PercentConversion, value: number | bigint | string, isFloat: boolean = false): string {
  const type = conv.type;
  switch (type) {
    case "s":
    case "r":
    case "a": {
      let text = String(value);
      if (conv.precision >= 0) text = codePointPrefix(text, conv.precision);
      return conv.width > 0 ? padSpaces(text, codePointLength(text), conv) : text;
    }
    case "c": {
      let ch: string;
      if (typeof value === "string") {
        if (codePointLength(value) !== 1) throw typeError("%c requires int or char");
        ch = value;
      } else {
        if (isFloat) throw typeError("%c requires int or char");
        if (value < 0 || value > 0x10ffff) throw overflowError("%c arg not in range(0x110000)");
        ch = String.fromCodePoint(Number(value));
      }
      return conv.width > 1 ? padSpaces(ch, 1, conv) : ch;
    }
    case "d":
    case "i":
    case "u":
    case "o":
    case "x":
    case "X": {
      if (typeof value === "string") throw percentTypeError(type, "str");
      let v: number | bigint;
      if (isFloat) {
        if (type === "o" || type === "x" || type === "X") throw percentTypeError(type, "float");
        v = floatToInt(value as number);
      } else v = value;
      return formatPercentInt(v, conv);
    }
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G": {
      if (typeof value === "string") throw percentTypeError(type, "str");
      let x: number;
      if (typeof value === "bigint") {
        x = Number(value);
        if (x === Infinity || x === -Infinity) throw overflowError("int too large to convert to float");
      } else x = value;
      return formatPercentFloat(x, conv);
    }
    default:
      throw unsupportedFormatCharacter(type, conv.index);
  }
}

function formatPercentInt(v: number | bigint, conv: PercentConversion): string {
  const type = conv.type;
  const negative = v < 0;
  const abs = negative ? -v : v;
  let digits: string;
  let prefix = "";
  if (type === "o") {
    digits = abs.toString(8);
    if (conv.flags & PF_ALT) prefix = "0o";
  } else if (type === "x" || type === "X") {
    digits = abs.toString(16);
    if (type === "X") digits = digits.toUpperCase();
    if (conv.flags & PF_ALT) prefix = type === "X" ? "0X" : "0x";
  } else digits = intToDecimal(abs);
  if (conv.precision > digits.length) digits = "0".repeat(conv.precision - digits.length) + digits;
  return padNumber(signFor(negative, conv.flags), prefix, digits, conv);
}

function formatPercentFloat(x: number, conv: PercentConversion): string {
  const type = conv.type;
  const upper = type === "E" || type === "F" || type === "G";
  const code = (upper ? type.toLowerCase() : type) as FloatCode;
  const prec = conv.precision < 0 ? 6 : conv.precision;
  let negative = signBit(x);
  let body: string;
  if (x !== x || x === Infinity || x === -Infinity) {
    body = nonFiniteText(x, upper);
    if (x !== x) negative = false;
  } else {
    body = floatMagnitudeText(negative ? -x : x, code, prec, (conv.flags & PF_ALT) !== 0, false);
    if (upper) body = body.toUpperCase();
  }
  return padNumber(signFor(negative, conv.flags), "", body, conv);
}

/** "%d format: a real number is required, not T" (d i u), "%x format: an integer is required, not T" (o x X), "must be real number, not T" (e f g), "%c requires int or char". */
export function percentTypeError(type: string, typeName: string): FormatError {
  if (type === "d" || type === "i" || type === "u") return typeError(`%${type} format: a real number is required, not ${typeName}`);
  if (type === "o" || type === "x" || type === "X") return typeError(`%${type} format: an integer is required, not ${typeName}`);
  if (type === "c") return typeError("%c requires int or char");
  return typeError(`must be real number, not ${typeName}`);
}

/** ValueError "unsupported format character 'y' (0x79) at index 3" ('?' for a non-printable or non-ASCII character). */
export function unsupportedFormatCharacter(type: string, index: number): FormatError {
  const cp = type.codePointAt(0) ?? 0;
  const shown = cp >= 0x20 && cp < 0x7f ? type : "?";
  return valueError(`unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${index}`);
}

export function incompleteFormat(): FormatError {
  return valueError("incomplete format");
}

export function incompleteFormatKey(): FormatError {
  return valueError("incomplete format key");
}

export function formatRequiresMapping(): FormatError {
  return typeError("format requires a mapping");
}

export function starWantsInt(): FormatError {
  return typeError("* wants int");
}

/**
 * The arguments of str % args as CPython walks them: a tuple's items in order, any other value
 * as the only argument, and after %(key) the mapping's value as the only one.
 */
export class PercentArgs<V> {
  private items: readonly V[];
  private single: V | undefined;
  private index: number;
  private length: number;

  constructor(args: V | readonly V[], isTuple: boolean) {
    if (isTuple) {
      this.items = args as readonly V[];
      this.single = undefined;
      this.index = 0;
      this.length = this.items.length;
    } else {
      this.items = [];
      this.single = args as V;
      this.index = -2;
      this.length = -1;
    }
  }

  /** The next argument. TypeError "not enough arguments for format string". */
  next(): V {
    if (this.index < this.length) {
      const i = this.index++;
      return this.length < 0 ? (this.single as V) : this.items[i]!;
    }
    throw typeError("not enough arguments for format string");
  }

  /** After %(key): the looked-up value becomes the one argument the next fetch returns. */
  useMappingValue(value: V): void {
    this.single = value;
    this.items = [];
    this.index = -2;
    this.length = -1;
  }

  /** At the end. TypeError "not all arguments converted during string formatting". */
  finish(isMapping: boolean): void {
    if (this.index < this.length && !isMapping) throw typeError("not all arguments converted during string formatting");
  }
}
