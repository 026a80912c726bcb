// The key words CPython's random.seed() feeds to MT19937's array initialiser, for each kind
// of seed (facts from CPython 3.11's documented and observed behaviour):
//   int            abs(a), cut into 32-bit words, least significant first ([0] for 0)
//   str (v2)       int.from_bytes(utf8 + sha512(utf8), "big"), then as an int
//   bytes (v2)     the same without the encoding step (bytearray too)
//   str/bytes (v1) the old string hash: x = ord(a[0]) << 7, x = (1000003 x) ^ ord(c) for each
//                  character (mod 2^64), x ^= len(a), then as an int
//   float          hash(a) read as an unsigned 64-bit integer (no abs), then as an int
//   None           624 words of OS entropy

import type * as Crypto from "node:crypto";
import { lazyNode } from "../../vm/node-lazy.js";

const crypto = lazyNode<typeof Crypto>("node:crypto");
import { MT_N } from "./mt19937.js";
import { RandomError } from "./errors.js";

/** The 32-bit words of abs(n), least significant first, at least one word. */
export function keyFromInt(n: number | bigint): Uint32Array {
  if (typeof n === "number") {
    const a = Math.abs(n);
    if (a < 2 ** 32) return Uint32Array.of(a);
    return Uint32Array.of(a % 2 ** 32, Math.floor(a / 2 ** 32));
  }
  let a = n < 0n ? -n : n;
  const words: number[] = [];
  do {
    words.push(Number(a & 0xffffffffn));
    a >>= 32n;
  } while (a > 0n);
  return Uint32Array.from(words);
}

/** The key of the big-endian unsigned integer whose bytes are `bytes`. */
function keyFromBigEndianBytes(bytes: Uint8Array): Uint32Array {
  const words: number[] = [];
  for (let end = bytes.length; end > 0; end -= 4) {
    let word = 0;
    for (let i = Math.max(0, end - 4); i < end; i++) word = word * 256 + bytes[i]!;
    words.push(word);
  }
  while (words.length > 1 && words[words.length - 1] === 0) words.pop();
  if (words.length === 0) words.push(0);
  return Uint32Array.from(words);
}

/** str.encode() (UTF-8, strict): lone surrogates raise UnicodeEncodeError as CPython does. */
export function encodeUtf8Strict(s: string): Uint8Array {
  let position = 0; // in code points, as Python counts
  for (let i = 0; i < s.length; i++, position++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = s.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      throw new RandomError(
        "UnicodeEncodeError",
        `'utf-8' codec can't encode character '\\u${c.toString(16)}' in position ${position}: surrogates not allowed`,
      );
    }
  }
  return new Uint8Array(Buffer.from(s, "utf8"));
}

/** Key for seed(bytes) with version 2: the bytes followed by their SHA-512 digest. */
export function keyFromBytesV2(bytes: Uint8Array): Uint32Array {
  const digest = crypto().createHash("sha512").update(bytes).digest();
  const all = new Uint8Array(bytes.length + digest.length);
  all.set(bytes, 0);
  all.set(digest, bytes.length);
  return keyFromBigEndianBytes(all);
}

/** Key for seed(str) with version 2. */
export function keyFromStrV2(s: string): Uint32Array {
  return keyFromBytesV2(encodeUtf8Strict(s));
}

const MASK64 = (1n << 64n) - 1n;

/** The version-1 string hash over a sequence of code points. */
function version1Hash(codePoints: ArrayLike<number>): bigint {
  const length = codePoints.length;
  let x = length > 0 ? BigInt(codePoints[0]!) << 7n : 0n;
  for (let i = 0; i < length; i++) x = ((1000003n * x) ^ BigInt(codePoints[i]!)) & MASK64;
  return x ^ BigInt(length);
}

/** Key for seed(str, version=1). */
export function keyFromStrV1(s: string): Uint32Array {
  const codePoints: number[] = [];
  for (const ch of s) codePoints.push(ch.codePointAt(0)!);
  return keyFromInt(version1Hash(codePoints));
}

/** Key for seed(bytes, version=1): the bytes are read as latin-1 text. */
export function keyFromBytesV1(bytes: Uint8Array): Uint32Array {
  return keyFromInt(version1Hash(bytes));
}

/** Key for a seed given by its Python hash (float seeds): the hash as an unsigned 64-bit int. */
export function keyFromHash(hash: number | bigint): Uint32Array {
  return keyFromInt(BigInt.asUintN(64, BigInt(hash)));
}

/** Key for seed(None): 624 words from the operating system's entropy source. */
export function keyFromEntropy(): Uint32Array {
  const key = new Uint32Array(MT_N);
  crypto().randomFillSync(key);
  return key;
}
