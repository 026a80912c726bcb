// hash() of str and bytes as CPython 3.11 computes it with PYTHONHASHSEED=0: SipHash-1-3 with
// a zero key over the string's canonical storage (1 byte per character below U+0100, else 2,
// else 4, little-endian). Matching it makes the iteration order of sets of strings CPython's.
// 64-bit words are kept as pairs of 32-bit halves in local variables (module-level state would
// box every non-Smi value it stores).

/** The bytes being hashed: strings are copied into this scratch buffer first. */
let scratch = new Uint8Array(256);

/** SipHash-1-3 (zero key) of buf[0..len), as CPython's Py_hash_t. */
function sip13(buf: Uint8Array, len: number): number | bigint {
  // the key is zero: the initial state is the constants themselves
  let v0h = 0x736f6d65, v0l = 0x70736575;
  let v1h = 0x646f7261, v1l = 0x6e646f6d;
  let v2h = 0x6c796765, v2l = 0x6e657261;
  let v3h = 0x74656462, v3l = 0x79746573;
  let s: number, t: number;
  const full = len >>> 3;
  // the full 8-byte blocks, then the last block: the remaining bytes and the length in the top byte
  for (let blk = 0; blk <= full; blk++) {
    const i = blk << 3;
    let ml: number, mh: number;
    if (blk < full) {
      ml = buf[i] | (buf[i + 1] << 8) | (buf[i + 2] << 16) | (buf[i + 3] << 24);
      mh = buf[i + 4] | (buf[i + 5] << 8) | (buf[i + 6] << 16) | (buf[i + 7] << 24);
    } else {
      ml = 0;
      mh = (len & 0xff) << 24;
      for (let j = 0; i + j < len; j++) {
        if (j < 4) ml |= buf[i + j] << (8 * j);
        else mh |= buf[i + j] << (8 * (j - 4));
      }
    }
    v3h ^= mh;
    v3l ^= ml;
    // one SipRound (the same body as the finalisation loop below)
    s = (v0l >>> 0) + (v1l >>> 0); v0h = (v0h + v1h + (s > 0xffffffff ? 1 : 0)) | 0; v0l = s | 0;
    t = (v1h << 13) | (v1l >>> 19); v1l = (v1l << 13) | (v1h >>> 19); v1h = t ^ v0h; v1l ^= v0l;
    t = v0h; v0h = v0l; v0l = t;
    s = (v2l >>> 0) + (v3l >>> 0); v2h = (v2h + v3h + (s > 0xffffffff ? 1 : 0)) | 0; v2l = s | 0;
    t = (v3h << 16) | (v3l >>> 16); v3l = (v3l << 16) | (v3h >>> 16); v3h = t ^ v2h; v3l ^= v2l;
    s = (v0l >>> 0) + (v3l >>> 0); v0h = (v0h + v3h + (s > 0xffffffff ? 1 : 0)) | 0; v0l = s | 0;
    t = (v3h << 21) | (v3l >>> 11); v3l = (v3l << 21) | (v3h >>> 11); v3h = t ^ v0h; v3l ^= v0l;
    s = (v2l >>> 0) + (v1l >>> 0); v2h = (v2h + v1h + (s > 0xffffffff ? 1 : 0)) | 0; v2l = s | 0;
    t = (v1h << 17) | (v1l >>> 15); v1l = (v1l << 17) | (v1h >>> 15); v1h = t ^ v2h; v1l ^= v2l;
    t = v2h; v2h = v2l; v2l = t;
    v0h ^= mh;
    v0l ^= ml;
  }
  v2l ^= 0xff;
  for (let r = 0; r < 3; r++) {
    s = (v0l >>> 0) + (v1l >>> 0); v0h = (v0h + v1h + (s > 0xffffffff ? 1 : 0)) | 0; v0l = s | 0;
    t = (v1h << 13) | (v1l >>> 19); v1l = (v1l << 13) | (v1h >>> 19); v1h = t ^ v0h; v1l ^= v0l;
    t = v0h; v0h = v0l; v0l = t;
    s = (v2l >>> 0) + (v3l >>> 0); v2h = (v2h + v3h + (s > 0xffffffff ? 1 : 0)) | 0; v2l = s | 0;
    t = (v3h << 16) | (v3l >>> 16); v3l = (v3l << 16) | (v3h >>> 16); v3h = t ^ v2h; v3l ^= v2l;
    s = (v0l >>> 0) + (v3l >>> 0); v0h = (v0h + v3h + (s > 0xffffffff ? 1 : 0)) | 0; v0l = s | 0;
    t = (v3h << 21) | (v3l >>> 11); v3l = (v3l << 21) | (v3h >>> 11); v3h = t ^ v0h; v3l ^= v0l;
    s = (v2l >>> 0) + (v1l >>> 0); v2h = (v2h + v1h + (s > 0xffffffff ? 1 : 0)) | 0; v2l = s | 0;
    t = (v1h << 17) | (v1l >>> 15); v1l = (v1l << 17) | (v1h >>> 15); v1h = t ^ v2h; v1l ^= v2l;
    t = v2h; v2h = v2l; v2l = t;
  }
  const rh = (v0h ^ v1h ^ v2h ^ v3h) >>> 0;
  const rl = (v0l ^ v1l ^ v2l ^ v3l) >>> 0;
  // as a signed 64-bit value; -1 is reserved for errors in CPython, so it becomes -2
  if (rh < 0x200000) return rh * 0x100000000 + rl;
  if (rh >= 0xffe00000) {
    // negative and above -2**53: exact as a double
    const r = (rh - 0x100000000) * 0x100000000 + rl;
    return r === -1 ? -2 : r;
  }
  // beyond ±2**53: one BigInt read back from the two halves (no chain of BigInt operations)
  wordHalves[0] = rl;
  wordHalves[1] = rh;
  return wordSigned[0];
}

/** A 64-bit scratch word seen as two 32-bit halves (little-endian: low first) and as an int64. */
const wordBuf = new ArrayBuffer(8);
const wordHalves = new Uint32Array(wordBuf);
const wordSigned = new BigInt64Array(wordBuf);

function room(n: number): Uint8Array {
  if (scratch.length < n) scratch = new Uint8Array(Math.max(n, scratch.length * 2));
  return scratch;
}

/**
 * Hashes of recent strings: set and dict code hashes the same keys again and again, and a
 * string's SipHash is costly. Cleared when full, so memory stays bounded.
 */
const strHashCache = new Map<string, number | bigint>();
const STR_CACHE_MAX = 1 << 16;
/**
 * Hits and misses since the cache was last cleared. A cache that filled up with mostly misses
 * (a stream of distinct strings) costs more than it saves — a miss plus the insert is about
 * three times the hash itself — so the next `bypassLeft` strings are hashed without it, a
 * stretch that doubles each time the cache fills that way again.
 */
let cacheHits = 0, cacheMisses = 0, bypassLeft = 0, bypassNext = STR_CACHE_MAX;

/** hash(str) with PYTHONHASHSEED=0. */
export function siphashStr(s: string): number | bigint {
  const n = s.length;
  if (n === 0) return 0;
  if (bypassLeft > 0) {
    bypassLeft--;
    return siphashUncached(s);
  }
  const cached = strHashCache.get(s);
  if (cached !== undefined) {
    cacheHits++;
    return cached;
  }
  cacheMisses++;
  const h = siphashUncached(s);
  if (strHashCache.size >= STR_CACHE_MAX) {
    if (cacheHits < cacheMisses) {
      bypassLeft = bypassNext;
      if (bypassNext < 1 << 20) bypassNext *= 2;
    } else bypassNext = STR_CACHE_MAX;
    cacheHits = cacheMisses = 0;
    strHashCache.clear();
  }
  strHashCache.set(s, h);
  return h;
}

function siphashUncached(s: string): number | bigint {
  const n = s.length;
  let max = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > max) max = c;
  }
  let h: number | bigint;
  if (max < 0x100) {
    const buf = room(n);
    for (let i = 0; i < n; i++) buf[i] = s.charCodeAt(i);
    h = sip13(buf, n);
  } else {
    const cps: number[] = [];
    let wide = false;
    for (const ch of s) {
      const cp = ch.codePointAt(0)!;
      if (cp > 0xffff) wide = true;
      cps.push(cp);
    }
    const size = wide ? 4 : 2;
    const buf = room(cps.length * size);
    for (let i = 0; i < cps.length; i++) {
      const cp = cps[i];
      for (let b = 0; b < size; b++) buf[i * size + b] = (cp >>> (8 * b)) & 0xff;
    }
    h = sip13(buf, cps.length * size);
  }
  return h;
}

/** hash(bytes) with PYTHONHASHSEED=0. */
export function siphashBytes(b: Uint8Array): number | bigint {
  if (b.length === 0) return 0;
  return sip13(b, b.length);
}
