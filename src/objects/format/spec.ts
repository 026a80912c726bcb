// The format-spec mini-language of format()/str.format/f-strings, parsed as CPython 3.11 does:
// [[fill]align][sign][z][#][0][width][grouping][.precision][type]

import { showCodeChar, valueError } from "./errors.js";
import { decimalDigitValue } from "./unicode-chars.js";

export type Align = "<" | ">" | "=" | "^";

/** What kind of object the spec is for: decides the default type and alignment. */
export type SpecKind = "int" | "float" | "str";

/** A parsed spec; shared through a cache, so read-only. */
export interface FormatSpec {
  /** One code point (may be two UTF-16 units). */
  readonly fill: string;
  /** Resolved alignment: the given one, '=' from a bare '0' flag on numbers, or the default. */
  readonly align: Align;
  readonly sign: "" | "+" | "-" | " ";
  /** 'z': coerce a negative zero result to positive (3.11). */
  readonly noNegZero: boolean;
  /** '#'. */
  readonly alternate: boolean;
  /** -1 when not given. */
  readonly width: number;
  readonly grouping: "" | "," | "_";
  /** -1 when not given. */
  readonly precision: number;
  /** The presentation type, one code point; the kind's default ("d", "", "s") when not given. */
  readonly type: string;
}

const SSIZE_MAX = 9223372036854775807n;

function isAlign(cp: number): boolean {
  return cp === 0x3c || cp === 0x3e || cp === 0x3d || cp === 0x5e; // < > = ^
}

const cache = { int: new Map<string, FormatSpec>(), float: new Map<string, FormatSpec>(), str: new Map<string, FormatSpec>() };

/**
 * Parse a format spec. Throws FormatError (ValueError) with CPython's message:
 * "Invalid format specifier '…' for object of type '…'", "Format specifier missing precision",
 * "Too many decimal digits in format string", "Cannot specify both ',' and '_'.",
 * "Cannot specify ',' with 'x'.", "Cannot specify '_' with '_'.".
 * typeName is only used in messages (a subclass's name, "bool", …).
 */
export function parseFormatSpec(spec: string, kind: SpecKind = "int", typeName: string = kind): FormatSpec {
  const byKind = cache[kind];
  const hit = byKind.get(spec);
  if (hit !== undefined) return hit;
  const parsed = parseUncached(spec, kind, typeName);
  if (byKind.size >= 512) byKind.clear();
  byKind.set(spec, parsed);
  return parsed;
}

function parseUncached(spec: string, kind: SpecKind, typeName: string): FormatSpec {
  const cps = Array.from(spec); // by code point: a fill may be astral
  const end = cps.length;
  let pos = 0;
  const at = (i: number): number => (i < end ? cps[i]!.codePointAt(0)! : -1);

  let fill = " ";
  let fillGiven = false;
  let align: Align | "" = "";
  if (end >= 2 && isAlign(at(1))) {
    fill = cps[0]!;
    fillGiven = true;
    align = cps[1] as Align;
    pos = 2;
  } else if (end >= 1 && isAlign(at(0))) {
    align = cps[0] as Align;
    pos = 1;
  }

  let sign: FormatSpec["sign"] = "";
  const s = at(pos);
  if (s === 0x2b || s === 0x2d || s === 0x20) {
    sign = cps[pos] as FormatSpec["sign"];
    pos++;
  }

  let noNegZero = false;
  if (at(pos) === 0x7a) {
    noNegZero = true;
    pos++;
  }

  let alternate = false;
  if (at(pos) === 0x23) {
    alternate = true;
    pos++;
  }

  // A '0' with no explicit fill means fill with zeros; for numbers with no explicit alignment
  // it also means pad after the sign ('='). Strings keep their default '<' (CPython 3.10+).
  if (at(pos) === 0x30 && !fillGiven) {
    fill = "0";
    if (align === "" && kind !== "str") align = "=";
    pos++;
  }

  const widthStart = pos;
  while (pos < end && decimalDigitValue(at(pos)) >= 0) pos++;
  const width = widthStart === pos ? -1 : readInteger(cps, widthStart, pos);

  let grouping: FormatSpec["grouping"] = "";
  if (at(pos) === 0x2c) {
    grouping = ",";
    pos++;
  }
  if (at(pos) === 0x5f) {
    if (grouping !== "") throw valueError("Cannot specify both ',' and '_'.");
    grouping = "_";
    pos++;
  }
  if (at(pos) === 0x2c && grouping === "_") throw valueError("Cannot specify both ',' and '_'.");

  let precision = -1;
  if (at(pos) === 0x2e) {
    pos++;
    const precStart = pos;
    while (pos < end && decimalDigitValue(at(pos)) >= 0) pos++;
    if (precStart === pos) throw valueError("Format specifier missing precision");
    precision = readInteger(cps, precStart, pos);
  }

  if (end - pos > 1) throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  const type = pos < end ? cps[pos]! : kind === "int" ? "d" : kind === "str" ? "s" : "";

  if (grouping !== "") {
    const ok =
      type === "" || "deEfFgG%".includes(type) || (grouping === "_" && (type === "b" || type === "o" || type === "x" || type === "X"));
    if (!ok) throw valueError(`Cannot specify '${grouping}' with '${showCodeChar(type)}'.`);
  }

  return {
    fill,
    align: align === "" ? (kind === "str" ? "<" : ">") : align,
    sign,
    noNegZero,
    alternate,
    width,
    grouping,
    precision,
    type,
  };
}

function readInteger(cps: string[], start: number, stop: number): number {
  let text = "";
  for (let i = start; i < stop; i++) text += String.fromCharCode(48 + decimalDigitValue(cps[i]!.codePointAt(0)!));
  if (text.length > 18 && BigInt(text) > SSIZE_MAX) throw valueError("Too many decimal digits in format string");
  return Number(text);
}
