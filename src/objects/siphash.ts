// hash() of str and bytes as CPython 3.11 computes it with PYTHONHASHSEED=0: SipHash-1-3 with
// a zero key over the string's canonical storage (1 byte per character below U+0100, else 2,
// else 4, little-endian). Matching it makes the iteration order of sets of strings CPython's.
// 64-bit words are kept as pairs of unsigned 32-bit halves.

let v0h = 0, v0l = 0, v1h = 0, v1l = 0, v2h = 0, v2l = 0, v3h = 0, v3l = 0;

function round(): void {
  let lo: number, t: number;
  // v0 += v1; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32)
  lo = (v0l + v1l) >>> 0;
  v0h = (v0h + v1h + (lo < v0l ? 1 : 0)) >>> 0;
  v0l = lo;
  t = ((v1h << 13) | (v1l >>> 19)) >>> 0;
  v1l = ((v1l << 13) | (v1h >>> 19)) >>> 0;
  v1h = t;
  v1h = (v1h ^ v0h) >>> 0;
  v1l = (v1l ^ v0l) >>> 0;
  t = v0h;
  v0h = v0l;
  v0l = t;
  // v2 += v3; v3 = rotl(v3, 16); v3 ^= v2
  lo = (v2l + v3l) >>> 0;
  v2h = (v2h + v3h + (lo < v2l ? 1 : 0)) >>> 0;
  v2l = lo;
  t = ((v3h << 16) | (v3l >>> 16)) >>> 0;
  v3l = ((v3l << 16) | (v3h >>> 16)) >>> 0;
  v3h = t;
  v3h = (v3h ^ v2h) >>> 0;
  v3l = (v3l ^ v2l) >>> 0;
  // v0 += v3; v3 = rotl(v3, 21); v3 ^= v0
  lo = (v0l + v3l) >>> 0;
  v0h = (v0h + v3h + (lo < v0l ? 1 : 0)) >>> 0;
  v0l = lo;
  t = ((v3h << 21) | (v3l >>> 11)) >>> 0;
  v3l = ((v3l << 21) | (v3h >>> 11)) >>> 0;
  v3h = t;
  v3h = (v3h ^ v0h) >>> 0;
  v3l = (v3l ^ v0l) >>> 0;
  // v2 += v1; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32)
  lo = (v2l + v1l) >>> 0;
  v2h = (v2h + v1h + (lo < v2l ? 1 : 0)) >>> 0;
  v2l = lo;
  t = ((v1h << 17) | (v1l >>> 15)) >>> 0;
  v1l = ((v1l << 17) | (v1h >>> 15)) >>> 0;
  v1h = t;
  v1h = (v1h ^ v2h) >>> 0;
  v1l = (v1l ^ v2l) >>> 0;
  t = v2h;
  v2h = v2l;
  v2l = t;
}

/** SipHash-1-3 (zero key) of `len` bytes given by byteAt, as CPython's Py_hash_t. */
function sip13(len: number, byteAt: (i: number) => number): number | bigint {
  // the key is zero: the initial state is the constants themselves
  v0h = 0x736f6d65; v0l = 0x70736575;
  v1h = 0x646f7261; v1l = 0x6e646f6d;
  v2h = 0x6c796765; v2l = 0x6e657261;
  v3h = 0x74656462; v3l = 0x79746573;
  let i = 0;
  for (; i + 8 <= len; i += 8) {
    const ml = (byteAt(i) | (byteAt(i + 1) << 8) | (byteAt(i + 2) << 16) | (byteAt(i + 3) << 24)) >>> 0;
    const mh = (byteAt(i + 4) | (byteAt(i + 5) << 8) | (byteAt(i + 6) << 16) | (byteAt(i + 7) << 24)) >>> 0;
    v3h = (v3h ^ mh) >>> 0;
    v3l = (v3l ^ ml) >>> 0;
    round();
    v0h = (v0h ^ mh) >>> 0;
    v0l = (v0l ^ ml) >>> 0;
  }
  // last block: the remaining bytes, and the length in the top byte
  let bl = 0, bh = (len & 0xff) << 24;
  for (let j = 0; i + j < len; j++) {
    const b = byteAt(i + j);
    if (j < 4) bl |= b << (8 * j);
    else bh |= b << (8 * (j - 4));
  }
  bl >>>= 0;
  bh >>>= 0;
  v3h = (v3h ^ bh) >>> 0;
  v3l = (v3l ^ bl) >>> 0;
  round();
  v0h = (v0h ^ bh) >>> 0;
  v0l = (v0l ^ bl) >>> 0;
  v2l = (v2l ^ 0xff) >>> 0;
  round();
  round();
  round();
  const rh = (v0h ^ v1h ^ v2h ^ v3h) >>> 0;
  const rl = (v0l ^ v1l ^ v2l ^ v3l) >>> 0;
  // as a signed 64-bit value; -1 is reserved for errors in CPython, so it becomes -2
  const neg = rh >= 0x80000000;
  if (!neg && rh < 0x200000) return rh * 0x100000000 + rl;
  const r = BigInt.asIntN(64, (BigInt(rh) << 32n) | BigInt(rl));
  if (r === -1n) return -2;
  return r >= -9007199254740991n && r <= 9007199254740991n ? Number(r) : r;
}

/** hash(str) with PYTHONHASHSEED=0. */
export function siphashStr(s: string): number | bigint {
  if (s.length === 0) return 0;
  let max = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > max) max = c;
  }
  if (max < 0x100) return sip13(s.length, (i) => s.charCodeAt(i));
  const cps: number[] = [];
  let wide = false;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp > 0xffff) wide = true;
    cps.push(cp);
  }
  if (!wide) return sip13(cps.length * 2, (i) => (cps[i >> 1] >>> ((i & 1) * 8)) & 0xff);
  return sip13(cps.length * 4, (i) => (cps[i >> 2] >>> ((i & 3) * 8)) & 0xff);
}

/** hash(bytes) with PYTHONHASHSEED=0. */
export function siphashBytes(b: Uint8Array): number | bigint {
  if (b.length === 0) return 0;
  return sip13(b.length, (i) => b[i]);
}
