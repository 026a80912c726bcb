// The value of a (non-f) STRING token: prefix and quotes off, escapes decoded as CPython 3.11
// decodes them, with its error messages.
//
// Where CPython reports the errors (for the parser):
// - "bytes can only contain ASCII literal characters": at the STRING token itself
//   (StringLiteralError.atToken is true).
// - "(unicode error) …" and "(value error) …": at the token that follows the run of adjacent
//   STRING tokens (usually the NEWLINE), lineno and offset = its line and col + 1, both ends alike.
import { lookupUnicodeName } from "./unicode-names.js";

export type DecodedString = { kind: "str"; value: string } | { kind: "bytes"; value: Uint8Array };

/** A literal CPython refuses; `msg` is CPython's message. */
export class StringLiteralError extends Error {
  constructor(
    readonly msg: string,
    /** True when CPython points at the string token itself rather than the token after it. */
    readonly atToken = false,
  ) {
    super(msg);
  }
}

export interface StringParts {
  raw: boolean;
  bytes: boolean;
  fstring: boolean;
  /** 1 or 3. */
  quoteLength: number;
  /** Offsets of the body (between the quotes) within the image. */
  bodyStart: number;
  bodyEnd: number;
}

/** Splits a STRING token's image into prefix flags and body bounds. */
export function stringParts(image: string): StringParts {
  let raw = false;
  let bytes = false;
  let fstring = false;
  let i = 0;
  for (;; i++) {
    const c = image.charCodeAt(i) | 0x20;
    if (c === 114) raw = true; // r
    else if (c === 98) bytes = true; // b
    else if (c === 102) fstring = true; // f
    else if (c !== 117) break; // u
  }
  const q = image.charCodeAt(i);
  const quoteLength = image.length - i >= 6 && image.charCodeAt(i + 1) === q && image.charCodeAt(i + 2) === q ? 3 : 1;
  return { raw, bytes, fstring, quoteLength, bodyStart: i + quoteLength, bodyEnd: image.length - quoteLength };
}

/** Decodes one STRING token that is not an f-string. Throws StringLiteralError. */
export function decodeString(image: string): DecodedString {
  const p = stringParts(image);
  if (p.fstring) throw new Error("decodeString: f-strings go through splitFString");
  return decodeStringBody(image.slice(p.bodyStart, p.bodyEnd), p.raw, p.bytes);
}

export function decodeStringBody(body: string, raw: boolean, bytes: boolean): DecodedString {
  if (bytes) {
    // eslint-disable-next-line no-control-regex
    if (!/^[\x00-\x7f]*$/.test(body)) throw new StringLiteralError("bytes can only contain ASCII literal characters", true);
    return { kind: "bytes", value: raw || !body.includes("\\") ? asciiBytes(body) : decodeBytesEscapes(body) };
  }
  return { kind: "str", value: raw || !body.includes("\\") ? body : decodeStrEscapes(body) };
}

function asciiBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

const SIMPLE_ESCAPES: Record<string, number> = {
  "\\": 92, "'": 39, '"': 34, a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11,
};

const isOctal = (c: number) => c >= 48 && c <= 55;
const isHex = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

/** Escapes in a str literal. CPython decodes them with the 'unicodeescape' codec after turning
 *  each non-ASCII character into a 10-byte \UXXXXXXXX, so error positions count that way. */
export function decodeStrEscapes(body: string): string {
  let out = "";
  let chunkStart = 0;
  const n = body.length;
  const fail = (start: number, end: number, reason: string): never => {
    const s = codecPosition(body, start);
    const e = codecPosition(body, end) - 1;
    throw new StringLiteralError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${s}-${e}: ${reason}`);
  };
  for (let i = body.indexOf("\\"); i >= 0 && i < n; i = body.indexOf("\\", i)) {
    out += body.slice(chunkStart, i);
    const esc = body[i + 1]!;
    const c = body.charCodeAt(i + 1);
    let next = i + 2;
    if (c === 10) {
      // backslash-newline: a line continuation inside the string
    } else if (SIMPLE_ESCAPES[esc] !== undefined) {
      out += String.fromCharCode(SIMPLE_ESCAPES[esc]!);
    } else if (isOctal(c)) {
      let v = c - 48;
      for (let k = 0; k < 2 && next < n && isOctal(body.charCodeAt(next)); k++) v = v * 8 + body.charCodeAt(next++) - 48;
      out += String.fromCharCode(v);
    } else if (c === 120 || c === 117 || c === 85) {
      // \xhh \uhhhh \Uhhhhhhhh
      const digits = c === 120 ? 2 : c === 117 ? 4 : 8;
      let k = 0;
      while (k < digits && next < n && isHex(body.charCodeAt(next))) { next++; k++; }
      if (k < digits) fail(i, next, `truncated \\${c === 120 ? "xXX" : c === 117 ? "uXXXX" : "UXXXXXXXX"} escape`);
      const v = parseInt(body.slice(i + 2, next), 16);
      if (v > 0x10ffff) fail(i, next, "illegal Unicode character");
      out += String.fromCodePoint(v);
    } else if (c === 78) {
      // \N{NAME}
      let reason = "malformed \\N character escape";
      if (body.charCodeAt(next) === 123) {
        const nameStart = next + 1;
        let close = nameStart;
        while (close < n && body.charCodeAt(close) !== 125) close++;
        if (close > nameStart && close < n) {
          const cp = lookupUnicodeName(body.slice(nameStart, close));
          next = close + 1;
          if (cp !== undefined) {
            out += String.fromCodePoint(cp);
            chunkStart = i = next;
            continue;
          }
          reason = "unknown Unicode character name";
        } else {
          next = close;
        }
      }
      fail(i, next, reason);
    } else {
      // Not an escape: CPython keeps the backslash (and warns).
      out += "\\";
      next = i + 1;
    }
    chunkStart = i = next;
  }
  return out + body.slice(chunkStart);
}

/** Byte position of body[index] in the buffer CPython hands to the codec. */
function codecPosition(body: string, index: number): number {
  let pos = 0;
  for (let i = 0; i < index && i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c < 0x80) pos += 1;
    else if (c >= 0xdc00 && c <= 0xdfff && i > 0 && body.charCodeAt(i - 1) >= 0xd800 && body.charCodeAt(i - 1) <= 0xdbff) continue;
    else pos += 10;
  }
  return pos + Math.max(0, index - body.length);
}

/** Escapes in a bytes literal: no \u, \U or \N; \x needs two hex digits. */
function decodeBytesEscapes(body: string): Uint8Array {
  const out: number[] = [];
  const n = body.length;
  for (let i = 0; i < n; ) {
    const c = body.charCodeAt(i);
    if (c !== 92) {
      out.push(c);
      i++;
      continue;
    }
    const e = body.charCodeAt(i + 1);
    const esc = body[i + 1]!;
    let next = i + 2;
    if (e === 10) {
      // line continuation
    } else if (SIMPLE_ESCAPES[esc] !== undefined) {
      out.push(SIMPLE_ESCAPES[esc]!);
    } else if (isOctal(e)) {
      let v = e - 48;
      for (let k = 0; k < 2 && next < n && isOctal(body.charCodeAt(next)); k++) v = v * 8 + body.charCodeAt(next++) - 48;
      out.push(v & 0xff);
    } else if (e === 120) {
      if (next + 1 < n + 0 && isHex(body.charCodeAt(next)) && isHex(body.charCodeAt(next + 1))) {
        out.push(parseInt(body.slice(next, next + 2), 16));
        next += 2;
      } else {
        throw new StringLiteralError(`(value error) invalid \\x escape at position ${i}`);
      }
    } else {
      out.push(92);
      next = i + 1;
    }
    i = next;
  }
  return Uint8Array.from(out);
}
