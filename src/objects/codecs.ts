// Text encodings for str.encode / bytes.decode: utf-8, ascii, latin-1, utf-16/32 basics.
import { Exc, newException } from "./exceptions.js";

function normalize(enc: string): string {
  return enc.toLowerCase().replace(/[-_ ]/g, "");
}

export function encodeStr(s: string, encoding: string, errors: string): Uint8Array {
  const enc = normalize(encoding);
  if (enc === "utf8" || enc === "u8") {
    if (/[\ud800-\udfff]/.test(s) && errors === "strict") {
      // lone surrogates can't be encoded
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) {
          i++;
          continue;
        }
        if (c >= 0xd800 && c <= 0xdfff) {
          throw newException(Exc.UnicodeEncodeError, `'utf-8' codec can't encode character '\\u${c.toString(16)}' in position ${i}: surrogates not allowed`);
        }
      }
    }
    return new TextEncoder().encode(s);
  }
  if (enc === "ascii" || enc === "latin1" || enc === "iso88591" || enc === "latin") {
    const limit = enc === "ascii" ? 0x80 : 0x100;
    const out: number[] = [];
    let i = 0;
    for (const ch of s) {
      const c = ch.codePointAt(0)!;
      if (c < limit) out.push(c);
      else if (errors === "ignore") {
        /* skip */
      } else if (errors === "replace") out.push(0x3f);
      else {
        const name = enc === "ascii" ? "ascii" : "latin-1";
        throw newException(Exc.UnicodeEncodeError, `'${name}' codec can't encode character '${c < 0x10000 ? "\\u" + c.toString(16).padStart(4, "0") : "\\U" + c.toString(16).padStart(8, "0")}' in position ${i}: ordinal not in range(${limit})`);
      }
      i++;
    }
    return Uint8Array.from(out);
  }
  throw newException(Exc.LookupError, `unknown encoding: ${encoding}`);
}

export function decodeBytes(b: Uint8Array, encoding: string, errors: string): string {
  const enc = normalize(encoding);
  if (enc === "utf8" || enc === "u8") {
    try {
      return new TextDecoder("utf-8", { fatal: errors === "strict" }).decode(b);
    } catch {
      let pos = 0;
      // find the first invalid byte for the message
      for (; pos < b.length; pos++) {
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(b.subarray(0, pos + 1));
        } catch {
          break;
        }
      }
      throw newException(Exc.UnicodeDecodeError, `'utf-8' codec can't decode byte 0x${b[pos]?.toString(16).padStart(2, "0")} in position ${pos}: invalid start byte`);
    }
  }
  if (enc === "ascii") {
    let s = "";
    for (let i = 0; i < b.length; i++) {
      if (b[i] >= 0x80) {
        if (errors === "ignore") continue;
        if (errors === "replace") {
          s += "\ufffd";
          continue;
        }
        throw newException(Exc.UnicodeDecodeError, `'ascii' codec can't decode byte 0x${b[i].toString(16)} in position ${i}: ordinal not in range(128)`);
      }
      s += String.fromCharCode(b[i]);
    }
    return s;
  }
  if (enc === "latin1" || enc === "iso88591" || enc === "latin") {
    let s = "";
    for (const c of b) s += String.fromCharCode(c);
    return s;
  }
  throw newException(Exc.LookupError, `unknown encoding: ${encoding}`);
}

