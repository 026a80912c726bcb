// Text codecs with CPython's error handlers and messages, for bytes.decode, bytes(str, enc),
// open() and the io classes: utf-8 (incremental, for buffered text files), utf-8-sig, ascii,
// latin-1, utf-16/32 (le/be/BOM) and the single-byte windows code pages TextDecoder knows.
// Error handlers: strict, ignore, replace, surrogateescape, surrogatepass (utf-8),
// backslashreplace, xmlcharrefreplace (encode), namereplace falls back to backslashreplace.
import { setUnicodeErrorFields } from "./unicode-error-fields.js";
import { Exc, newException } from "./exceptions.js";
import type { PyValue } from "./object.js";
import type { PyType } from "./type.js";
import { PyBytes } from "./bytes.js";

/** A codec's canonical name as CPython prints it in messages ('utf-8', 'latin-1', …). */
export function codecName(encoding: string): string {
  const e = encoding.toLowerCase().replace(/_/g, "-").replace(/\s+/g, "");
  const n = e.replace(/-/g, "");
  if (n === "utf8" || n === "u8" || n === "utf" || n === "cp65001" || n === "locale") return "utf-8";
  if (n === "utf8sig") return "utf-8-sig";
  if (n === "ascii" || n === "usascii" || n === "646" || n === "ansix3.41968") return "ascii";
  if (n === "latin1" || n === "latin" || n === "l1" || n === "iso88591" || n === "8859" || n === "cp819" || n === "iso885911987") return "latin-1";
  if (n === "utf16") return "utf-16";
  if (n === "utf16le") return "utf-16-le";
  if (n === "utf16be") return "utf-16-be";
  if (n === "utf32") return "utf-32";
  if (n === "utf32le") return "utf-32-le";
  if (n === "utf32be") return "utf-32-be";
  const cp = /^(?:cp|windows)(125[0-8])$/.exec(n);
  if (cp) return "cp" + cp[1];
  const iso = /^iso8859(\d+)$/.exec(n);
  if (iso) return "iso8859-" + iso[1];
  throw newException(Exc.LookupError, `unknown encoding: ${encoding}`);
}

function hex2(n: number): string {
  return n.toString(16).padStart(2, "0");
}

function charEscape(cp: number): string {
  return cp <= 0xff ? "\\x" + hex2(cp) : cp <= 0xffff ? "\\u" + cp.toString(16).padStart(4, "0") : "\\U" + cp.toString(16).padStart(8, "0");
}

function checkHandler(errors: string): void {
  if (!["strict", "ignore", "replace", "surrogateescape", "surrogatepass", "backslashreplace", "xmlcharrefreplace", "namereplace"].includes(errors)) {
    throw newException(Exc.LookupError, `unknown error handler name '${errors}'`);
  }
}

/** The error as CPython raises it: args (encoding, object, start, end, reason), the same five
 *  as attributes (exception-types.ts formats the message from them). */
function codecError(type: PyType, codec: string, obj: PyValue, start: number, end: number, reason: string) {
  const e = newException(type, codec, obj, start, end, reason);
  setUnicodeErrorFields(e, { encoding: codec, object: obj, start, end, reason });
  return e;
}

function decodeError(codec: string, b: Uint8Array, start: number, end: number, reason: string) {
  return codecError(Exc.UnicodeDecodeError, codec, new PyBytes(b.slice()), start, end, reason);
}

function encodeError(codec: string, cps: number[], start: number, end: number, reason: string) {
  let text = "";
  for (let i = 0; i < cps.length; i += 4096) text += String.fromCodePoint(...cps.slice(i, i + 4096));
  return codecError(Exc.UnicodeEncodeError, codec, text, start, end, reason);
}

/** Text for undecodable bytes b[start:end] under a non-strict handler. */
function decodeReplacement(errors: string, b: Uint8Array, start: number, end: number, codec: string, reason: string): string {
  switch (errors) {
    case "ignore":
      return "";
    case "replace":
      return "\ufffd";
    case "surrogateescape": {
      let s = "";
      for (let i = start; i < end; i++) {
        if (b[i] < 0x80) throw decodeError(codec, b, start, end, reason);
        s += String.fromCharCode(0xdc00 + b[i]);
      }
      return s;
    }
    case "backslashreplace": {
      let s = "";
      for (let i = start; i < end; i++) s += "\\x" + hex2(b[i]);
      return s;
    }
    case "strict":
      throw decodeError(codec, b, start, end, reason);
  }
  checkHandler(errors);
  throw decodeError(codec, b, start, end, reason);
}

const fatalUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Decodes UTF-8. With `final` false, an incomplete sequence at the end is left undecoded;
 * `consumed` says how many bytes were used.
 */
export function decodeUtf8(b: Uint8Array, errors: string, final = true): { text: string; consumed: number } {
  let end = b.length;
  if (!final) end = completeUtf8Prefix(b);
  try {
    return { text: fatalUtf8.decode(end === b.length ? b : b.subarray(0, end)), consumed: end };
  } catch {
    /* slow path below */
  }
  let out = "";
  let runStart = 0;
  let i = 0;
  const flush = (to: number) => {
    if (to > runStart) out += fatalUtf8.decode(b.subarray(runStart, to));
  };
  while (i < end) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80, hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed && errors !== "surrogatepass") hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    }
    if (need === 0) {
      flush(i);
      out += decodeReplacement(errors, b, i, i + 1, "utf-8", "invalid start byte");
      i++;
      runStart = i;
      continue;
    }
    let j = 1;
    let bad = false;
    for (; j <= need; j++) {
      if (i + j >= end) break;
      const d = b[i + j];
      const l = j === 1 ? lo : 0x80, h = j === 1 ? hi : 0xbf;
      if (d < l || d > h) {
        bad = true;
        break;
      }
    }
    if (!bad && j > need) {
      if (c === 0xed && b[i + 1] >= 0xa0) {
        // surrogatepass: an encoded surrogate
        flush(i);
        out += String.fromCharCode(((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f));
        i += 3;
        runStart = i;
        continue;
      }
      i += need + 1;
      continue;
    }
    if (!bad) {
      // ran out of input
      if (!final) break;
      flush(i);
      out += decodeReplacement(errors, b, i, end, "utf-8", "unexpected end of data");
      i = end;
      runStart = i;
      continue;
    }
    flush(i);
    out += decodeReplacement(errors, b, i, i + j, "utf-8", "invalid continuation byte");
    i += j;
    runStart = i;
  }
  flush(Math.min(i, end));
  return { text: out, consumed: Math.min(i, end) };
}

/** Length of the longest prefix of b that doesn't end inside a UTF-8 sequence. */
export function completeUtf8Prefix(b: Uint8Array): number {
  const n = b.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const c = b[n - k];
    if ((c & 0xc0) === 0x80) continue;
    if (c >= 0xc0) {
      const len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
      return len > k ? n - k : n;
    }
    return n;
  }
  return n;
}

function decodeSingleByte(b: Uint8Array, codec: string, errors: string): string {
  if (codec === "latin-1") {
    let s = "";
    for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode.apply(null, b.subarray(i, i + 8192) as unknown as number[]);
    return s;
  }
  if (codec === "ascii") {
    let s = "";
    let run = 0;
    for (let i = 0; i < b.length; i++) {
      if (b[i] >= 0x80) {
        s += String.fromCharCode.apply(null, b.subarray(run, i) as unknown as number[]);
        s += decodeReplacement(errors, b, i, i + 1, "ascii", "ordinal not in range(128)");
        run = i + 1;
      }
    }
    return s + String.fromCharCode.apply(null, b.subarray(run) as unknown as number[]);
  }
  if (codec === "cp1252") {
    // Node's TextDecoder maps 0x80-0x9f like latin-1; cp1252 has its own characters there
    let s = "";
    for (let i = 0; i < b.length; i++) {
      const c = b[i];
      if (c < 0x80 || c >= 0xa0) s += String.fromCharCode(c);
      else {
        const cp = cp1252High[c - 0x80];
        s += cp ? String.fromCharCode(cp) : decodeReplacement(errors, b, i, i + 1, "charmap", "character maps to <undefined>");
      }
    }
    return s;
  }
  const label = codec.startsWith("cp") ? "windows-" + codec.slice(2) : codec.replace("iso8859", "iso-8859");
  return new TextDecoder(label).decode(b);
}

function decodeUtf16(b: Uint8Array, codec: string, errors: string): string {
  let little = codec !== "utf-16-be";
  let start = 0;
  if (codec === "utf-16" && b.length >= 2) {
    if (b[0] === 0xff && b[1] === 0xfe) start = 2;
    else if (b[0] === 0xfe && b[1] === 0xff) {
      start = 2;
      little = false;
    }
  }
  // errors name the byte order read (CPython's utf-16 decodes through utf-16-le/-be)
  if (codec === "utf-16") codec = little ? "utf-16-le" : "utf-16-be";
  const n = b.length;
  const unit = (k: number) => (little ? b[k] | (b[k + 1] << 8) : (b[k] << 8) | b[k + 1]);
  // a lone surrogate: kept with surrogatepass, else handled as CPython's utf-16 codec does
  const bad = (from: number, to: number, reason: string) =>
    errors === "surrogatepass" && to - from === 2 ? String.fromCharCode(unit(from)) : decodeReplacement(errors, b, from, to, codec, reason);
  let s = "";
  let i = start;
  while (i + 1 < n) {
    const u = unit(i);
    if (u < 0xd800 || u > 0xdfff) {
      s += String.fromCharCode(u);
      i += 2;
    } else if (u >= 0xdc00) {
      s += bad(i, i + 2, "illegal encoding");
      i += 2;
    } else if (i + 3 >= n) {
      if (errors === "surrogatepass") {
        s += String.fromCharCode(u);
        i += 2;
      } else {
        s += decodeReplacement(errors, b, i, n, codec, "unexpected end of data");
        i = n;
      }
    } else {
      const u2 = unit(i + 2);
      if (u2 >= 0xdc00 && u2 <= 0xdfff) {
        s += String.fromCharCode(u, u2);
        i += 4;
      } else {
        s += bad(i, i + 2, "illegal UTF-16 surrogate");
        i += 2;
      }
    }
  }
  if (i < n) s += decodeReplacement(errors, b, i, n, codec, "truncated data");
  return s;
}

function decodeUtf32(b: Uint8Array, codec: string, errors: string): string {
  let little = codec !== "utf-32-be";
  let start = 0;
  if (codec === "utf-32" && b.length >= 4) {
    if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) start = 4;
    else if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) {
      start = 4;
      little = false;
    }
  }
  if (codec === "utf-32") codec = little ? "utf-32-le" : "utf-32-be";
  let s = "";
  let i = start;
  for (; i + 3 < b.length; i += 4) {
    const cp = little ? b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24) : (b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3];
    if (cp < 0 || cp > 0x10ffff) s += decodeReplacement(errors, b, i, i + 4, codec, "code point not in range(0x110000)");
    else if (cp >= 0xd800 && cp <= 0xdfff && errors !== "surrogatepass") {
      s += decodeReplacement(errors, b, i, i + 4, codec, "code point in surrogate code point range(0xd800, 0xe000)");
    } else s += String.fromCodePoint(cp);
  }
  if (i < b.length) s += decodeReplacement(errors, b, i, b.length, codec, "truncated data");
  return s;
}

/** bytes → str in `encoding` with the `errors` handler (CPython's messages). */
export function decodeText(b: Uint8Array, encoding: string, errors = "strict"): string {
  const codec = codecName(encoding);
  switch (codec) {
    case "utf-8":
      return decodeUtf8(b, errors).text;
    case "utf-8-sig": {
      const skip = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
      return decodeUtf8(b.subarray(skip), errors).text;
    }
    case "utf-16":
    case "utf-16-le":
    case "utf-16-be":
      return decodeUtf16(b, codec, errors);
    case "utf-32":
    case "utf-32-le":
    case "utf-32-be":
      return decodeUtf32(b, codec, errors);
  }
  return decodeSingleByte(b, codec, errors);
}

/** Code points of s (lone surrogates kept as themselves). */
function codePointsOf(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out.push(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/** The replacement for unencodable code points cps[start:end] under `errors`, as text to encode. */
function encodeReplacement(errors: string, cps: number[], start: number, end: number, codec: string, reason: string, out: number[]): void {
  switch (errors) {
    case "ignore":
      return;
    case "replace":
      for (let i = start; i < end; i++) out.push(0x3f);
      return;
    case "backslashreplace":
    case "namereplace":
      for (let i = start; i < end; i++) for (const ch of charEscape(cps[i])) out.push(ch.charCodeAt(0));
      return;
    case "xmlcharrefreplace":
      for (let i = start; i < end; i++) for (const ch of `&#${cps[i]};`) out.push(ch.charCodeAt(0));
      return;
    case "surrogateescape":
      for (let i = start; i < end; i++) {
        const c = cps[i];
        if (c < 0xdc80 || c > 0xdcff) throw encodeError(codec, cps, start, end, reason);
        out.push(c - 0xdc00);
      }
      return;
    case "strict":
      throw encodeError(codec, cps, start, end, reason);
  }
  checkHandler(errors);
  throw encodeError(codec, cps, start, end, reason);
}

const utf8Encoder = new TextEncoder();

function encodeUtf8(s: string, errors: string): Uint8Array {
  if (!/[\ud800-\udfff]/.test(s)) return utf8Encoder.encode(s);
  const cps = codePointsOf(s);
  const out: number[] = [];
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    if (c >= 0xd800 && c <= 0xdfff) {
      if (errors === "surrogatepass") {
        out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
        continue;
      }
      let j = i + 1;
      while (j < cps.length && cps[j] >= 0xd800 && cps[j] <= 0xdfff) j++;
      encodeReplacement(errors, cps, i, j, "utf-8", "surrogates not allowed", out);
      i = j - 1;
      continue;
    }
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return Uint8Array.from(out);
}

function encodeLimited(s: string, codec: string, limit: number, errors: string): Uint8Array {
  const cps = codePointsOf(s);
  const out: number[] = [];
  for (let i = 0; i < cps.length; i++) {
    if (cps[i] < limit) {
      out.push(cps[i]);
      continue;
    }
    let j = i + 1;
    while (j < cps.length && cps[j] >= limit) j++;
    encodeReplacement(errors, cps, i, j, codec, `ordinal not in range(${limit})`, out);
    i = j - 1;
  }
  return Uint8Array.from(out);
}

/**
 * Code points to encode with utf-16/32: lone surrogates (not allowed) are passed by
 * surrogatepass and otherwise replaced by what the error handler gives (its text is encoded
 * like the rest), or raise.
 */
function surrogateChecked(s: string, codec: string, errors: string): number[] {
  const cps = codePointsOf(s);
  if (!/[\ud800-\udfff]/.test(s) || errors === "surrogatepass") return cps;
  const out: number[] = [];
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    if (c < 0xd800 || c > 0xdfff) {
      out.push(c);
      continue;
    }
    // one surrogate at a time (CPython's utf-16/32 encoders do not group them)
    if (errors === "surrogateescape") throw encodeError(codec, cps, i, i + 1, "surrogates not allowed");
    encodeReplacement(errors, cps, i, i + 1, codec, "surrogates not allowed", out);
  }
  return out;
}

function encodeUtf16(s: string, codec: string, errors: string): Uint8Array {
  const bom = codec === "utf-16";
  const little = codec !== "utf-16-be";
  const units: number[] = [];
  for (const c of surrogateChecked(s, codec, errors)) {
    if (c >= 0x10000) units.push(0xd800 + ((c - 0x10000) >> 10), 0xdc00 + ((c - 0x10000) & 0x3ff));
    else units.push(c);
  }
  const out = new Uint8Array(units.length * 2 + (bom ? 2 : 0));
  let o = 0;
  if (bom) {
    out[0] = 0xff;
    out[1] = 0xfe;
    o = 2;
  }
  for (const c of units) {
    if (little) {
      out[o] = c & 0xff;
      out[o + 1] = c >> 8;
    } else {
      out[o] = c >> 8;
      out[o + 1] = c & 0xff;
    }
    o += 2;
  }
  return out;
}

function encodeUtf32(s: string, codec: string, errors: string): Uint8Array {
  const cps = surrogateChecked(s, codec, errors);
  const bom = codec === "utf-32";
  const little = codec !== "utf-32-be";
  const out = new Uint8Array(cps.length * 4 + (bom ? 4 : 0));
  const dv = new DataView(out.buffer);
  let o = 0;
  if (bom) {
    dv.setUint32(0, 0xfeff, true);
    o = 4;
  }
  for (const c of cps) {
    dv.setUint32(o, c, little);
    o += 4;
  }
  return out;
}

const windows1252Extra: Record<number, number> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87, 0x02c6: 0x88,
  0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e, 0x2018: 0x91, 0x2019: 0x92, 0x201c: 0x93,
  0x201d: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98, 0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b,
  0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

/** cp1252's characters for bytes 0x80..0x9f (0: undefined). */
const cp1252High: number[] = (() => {
  const t = new Array<number>(32).fill(0);
  for (const [cp, byte] of Object.entries(windows1252Extra)) t[byte - 0x80] = Number(cp);
  return t;
})();

/** str → bytes in `encoding` with the `errors` handler (CPython's messages). */
export function encodeText(s: string, encoding: string, errors = "strict"): Uint8Array {
  const codec = codecName(encoding);
  switch (codec) {
    case "utf-8":
      return encodeUtf8(s, errors);
    case "utf-8-sig": {
      const body = encodeUtf8(s, errors);
      const out = new Uint8Array(body.length + 3);
      out.set([0xef, 0xbb, 0xbf]);
      out.set(body, 3);
      return out;
    }
    case "ascii":
      return encodeLimited(s, "ascii", 0x80, errors);
    case "latin-1":
      return encodeLimited(s, "latin-1", 0x100, errors);
    case "utf-16":
    case "utf-16-le":
    case "utf-16-be":
      return encodeUtf16(s, codec, errors);
    case "utf-32":
    case "utf-32-le":
    case "utf-32-be":
      return encodeUtf32(s, codec, errors);
    case "cp1252": {
      const cps = codePointsOf(s);
      const out: number[] = [];
      cps.forEach((c, i) => {
        if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) out.push(c);
        else if (windows1252Extra[c] !== undefined) out.push(windows1252Extra[c]);
        else encodeReplacement(errors, cps, i, i + 1, "charmap", "character maps to <undefined>", out);
      });
      return Uint8Array.from(out);
    }
  }
  return encodeLimited(s, codec, 0x80, errors);
}
