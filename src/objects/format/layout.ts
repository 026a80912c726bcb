// Padding, alignment and digit grouping shared by format() of ints, floats and strs.

import type { Align, FormatSpec } from "./spec.js";

const SURROGATE = /[\uD800-\uDFFF]/;

/** len() of a str: its code points (a JS string counts astral characters twice). */
export function codePointLength(s: string): number {
  if (!SURROGATE.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A high surrogate followed by a low one is one code point; lone halves count alone.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** The first n code points of s. */
export function codePointPrefix(s: string, n: number): string {
  if (n >= s.length) return s;
  if (!SURROGATE.test(s)) return s.slice(0, n);
  let i = 0;
  for (let k = 0; k < n && i < s.length; k++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      i += d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
    } else i++;
  }
  return s.slice(0, i);
}

/** s (of length len code points) padded with fill to width; '=' pads like '>' here. */
export function padText(s: string, len: number, fill: string, align: Align, width: number): string {
  if (len >= width) return s;
  const n = width - len;
  if (align === "<") return s + fill.repeat(n);
  if (align === "^") {
    const left = n >> 1;
    return fill.repeat(left) + s + fill.repeat(n - left);
  }
  return fill.repeat(n) + s;
}

/**
 * Digits split into groups of size from the right with sep between them, left-padded with
 * zero groups until at least minWidth characters (the '0' flag with grouping); a leading
 * separator is never produced: the padding then ends one character longer.
 */
export function groupDigits(digits: string, minWidth: number, size: number, sep: string): string {
  let out = "";
  let end = digits.length;
  let width = minWidth;
  for (;;) {
    // Every group is full except the leftmost, which covers what is left of the digits or
    // of the width to fill, whichever is more.
    const len = Math.min(size, Math.max(end, width, 1));
    const take = Math.min(end, len);
    const piece = (len > take ? "0".repeat(len - take) : "") + digits.slice(end - take, end);
    out = out === "" ? piece : piece + sep + out;
    end -= take;
    width -= len;
    if (end <= 0 && width <= 0) return out;
    width -= sep.length;
  }
}

/**
 * A formatted number: sign, prefix (0x…), the integer digits (grouped if asked), then rest
 * (point, fraction, exponent, '%', or a 'c' character) of restLen code points, padded per spec.
 */
export function layoutNumber(
  sign: string,
  prefix: string,
  digits: string,
  rest: string,
  restLen: number,
  spec: FormatSpec,
  groupSize: number,
): string {
  const width = spec.width;
  let body = digits;
  if (spec.grouping !== "" && digits.length > 0) {
    const minWidth = spec.fill === "0" && spec.align === "=" ? width - sign.length - prefix.length - restLen : 0;
    body = groupDigits(digits, minWidth, groupSize, spec.grouping);
  }
  const len = sign.length + prefix.length + body.length + restLen;
  if (len >= width) return sign + prefix + body + rest;
  const n = width - len;
  const fill = spec.fill;
  switch (spec.align) {
    case "<":
      return sign + prefix + body + rest + fill.repeat(n);
    case "^": {
      const left = n >> 1;
      return fill.repeat(left) + sign + prefix + body + rest + fill.repeat(n - left);
    }
    case "=":
      return sign + prefix + fill.repeat(n) + body + rest;
    default:
      return fill.repeat(n) + sign + prefix + body + rest;
  }
}
