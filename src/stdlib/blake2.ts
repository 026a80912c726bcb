// BLAKE2b and BLAKE2s written from RFC 7693, with the parameter block of the BLAKE2 paper
// (digest size, key, salt, personalization, tree parameters). node:crypto only offers the
// unkeyed full-length variants, so hashlib uses this for blake2b/blake2s with any parameter set.

/** Message word order of each round (RFC 7693 section 2.7); BLAKE2b's rounds 10 and 11 reuse rows 0 and 1. */
const SIGMA: readonly number[][] = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
  [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
  [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
  [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
  [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

/** The initialization vectors: SHA-512's (BLAKE2b) and SHA-256's (BLAKE2s). */
const IV_B: readonly bigint[] = [
  0x6a09e667f3bcc908n, 0xbb67ae8584caa73bn, 0x3c6ef372fe94f82bn, 0xa54ff53a5f1d36f1n,
  0x510e527fade682d1n, 0x9b05688c2b3e6c1fn, 0x1f83d9abfb41bd6bn, 0x5be0cd19137e2179n,
];
const IV_S: readonly number[] = [
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

export interface Blake2Params {
  digestSize: number;
  key: Uint8Array;
  salt: Uint8Array;
  person: Uint8Array;
  fanout: number;
  depth: number;
  leafSize: number;
  nodeOffset: bigint;
  nodeDepth: number;
  innerSize: number;
  lastNode: boolean;
}

/** Sizes of the two variants: block, max digest/key, salt/person, node_offset bytes. */
export const BLAKE2_SIZES = {
  blake2b: { block: 128, maxDigest: 64, saltPerson: 16, nodeOffsetBytes: 8 },
  blake2s: { block: 64, maxDigest: 32, saltPerson: 8, nodeOffsetBytes: 6 },
} as const;

/** The parameter block (BLAKE2 paper, tables 2 and 3), little-endian. */
function paramBlock(kind: "blake2b" | "blake2s", p: Blake2Params): Uint8Array {
  const sz = BLAKE2_SIZES[kind];
  const pb = new Uint8Array(kind === "blake2b" ? 64 : 32);
  pb[0] = p.digestSize;
  pb[1] = p.key.length;
  pb[2] = p.fanout;
  pb[3] = p.depth;
  for (let i = 0; i < 4; i++) pb[4 + i] = (p.leafSize >>> (8 * i)) & 0xff;
  for (let i = 0; i < sz.nodeOffsetBytes; i++) pb[8 + i] = Number((p.nodeOffset >> BigInt(8 * i)) & 0xffn);
  const after = 8 + sz.nodeOffsetBytes;
  pb[after] = p.nodeDepth;
  pb[after + 1] = p.innerSize;
  const saltAt = kind === "blake2b" ? 32 : 16;
  pb.set(p.salt, saltAt);
  pb.set(p.person, saltAt + sz.saltPerson);
  return pb;
}

/** Incremental BLAKE2 state; the last (possibly full) block is held back until digest(). */
abstract class Blake2Base {
  protected buf: Uint8Array;
  protected bufLen = 0;
  /** Bytes compressed so far (the counter t). */
  protected count = 0n;
  constructor(
    protected readonly blockSize: number,
    readonly digestSize: number,
    protected readonly lastNode: boolean,
  ) {
    this.buf = new Uint8Array(blockSize);
  }
  protected abstract compress(block: Uint8Array, last: boolean): void;
  protected abstract output(): Uint8Array;
  protected abstract cloneState(): Blake2Base;

  update(data: Uint8Array): this {
    let i = 0;
    while (i < data.length) {
      if (this.bufLen === this.blockSize) {
        this.count += BigInt(this.blockSize);
        this.compress(this.buf, false);
        this.bufLen = 0;
      }
      const n = Math.min(this.blockSize - this.bufLen, data.length - i);
      this.buf.set(data.subarray(i, i + n), this.bufLen);
      this.bufLen += n;
      i += n;
    }
    return this;
  }

  copy(): Blake2Base {
    const c = this.cloneState();
    c.buf = this.buf.slice();
    c.bufLen = this.bufLen;
    c.count = this.count;
    return c;
  }

  digest(): Uint8Array {
    const c = this.copy();
    c.buf.fill(0, c.bufLen);
    c.count += BigInt(c.bufLen);
    c.compress(c.buf, true);
    return c.output().slice(0, this.digestSize);
  }
}

const MASK64 = (1n << 64n) - 1n;
const rotr64 = (x: bigint, n: bigint) => ((x >> n) | (x << (64n - n))) & MASK64;

class Blake2b extends Blake2Base {
  h: bigint[];
  constructor(digestSize: number, lastNode: boolean, h: bigint[]) {
    super(128, digestSize, lastNode);
    this.h = h;
  }
  protected cloneState(): Blake2Base {
    return new Blake2b(this.digestSize, this.lastNode, this.h.slice());
  }
  protected compress(block: Uint8Array, last: boolean): void {
    const dv = new DataView(block.buffer, block.byteOffset, block.byteLength);
    const m: bigint[] = [];
    for (let i = 0; i < 16; i++) m.push(dv.getBigUint64(i * 8, true));
    const v = [...this.h, ...IV_B];
    v[12] ^= this.count & MASK64;
    v[13] ^= this.count >> 64n;
    if (last) v[14] ^= MASK64;
    if (last && this.lastNode) v[15] ^= MASK64;
    const g = (a: number, b: number, c: number, d: number, x: bigint, y: bigint) => {
      v[a] = (v[a] + v[b] + x) & MASK64;
      v[d] = rotr64(v[d] ^ v[a], 32n);
      v[c] = (v[c] + v[d]) & MASK64;
      v[b] = rotr64(v[b] ^ v[c], 24n);
      v[a] = (v[a] + v[b] + y) & MASK64;
      v[d] = rotr64(v[d] ^ v[a], 16n);
      v[c] = (v[c] + v[d]) & MASK64;
      v[b] = rotr64(v[b] ^ v[c], 63n);
    };
    for (let r = 0; r < 12; r++) {
      const s = SIGMA[r % 10];
      g(0, 4, 8, 12, m[s[0]], m[s[1]]);
      g(1, 5, 9, 13, m[s[2]], m[s[3]]);
      g(2, 6, 10, 14, m[s[4]], m[s[5]]);
      g(3, 7, 11, 15, m[s[6]], m[s[7]]);
      g(0, 5, 10, 15, m[s[8]], m[s[9]]);
      g(1, 6, 11, 12, m[s[10]], m[s[11]]);
      g(2, 7, 8, 13, m[s[12]], m[s[13]]);
      g(3, 4, 9, 14, m[s[14]], m[s[15]]);
    }
    for (let i = 0; i < 8; i++) this.h[i] ^= v[i] ^ v[i + 8];
  }
  protected output(): Uint8Array {
    const out = new Uint8Array(64);
    const dv = new DataView(out.buffer);
    this.h.forEach((w, i) => dv.setBigUint64(i * 8, w, true));
    return out;
  }
}

const rotr32 = (x: number, n: number) => ((x >>> n) | (x << (32 - n))) >>> 0;

class Blake2s extends Blake2Base {
  h: number[];
  constructor(digestSize: number, lastNode: boolean, h: number[]) {
    super(64, digestSize, lastNode);
    this.h = h;
  }
  protected cloneState(): Blake2Base {
    return new Blake2s(this.digestSize, this.lastNode, this.h.slice());
  }
  protected compress(block: Uint8Array, last: boolean): void {
    const dv = new DataView(block.buffer, block.byteOffset, block.byteLength);
    const m: number[] = [];
    for (let i = 0; i < 16; i++) m.push(dv.getUint32(i * 4, true));
    const v = [...this.h, ...IV_S];
    v[12] = (v[12] ^ Number(this.count & 0xffffffffn)) >>> 0;
    v[13] = (v[13] ^ Number((this.count >> 32n) & 0xffffffffn)) >>> 0;
    if (last) v[14] = ~v[14] >>> 0;
    if (last && this.lastNode) v[15] = ~v[15] >>> 0;
    const g = (a: number, b: number, c: number, d: number, x: number, y: number) => {
      v[a] = (v[a] + v[b] + x) >>> 0;
      v[d] = rotr32(v[d] ^ v[a], 16);
      v[c] = (v[c] + v[d]) >>> 0;
      v[b] = rotr32(v[b] ^ v[c], 12);
      v[a] = (v[a] + v[b] + y) >>> 0;
      v[d] = rotr32(v[d] ^ v[a], 8);
      v[c] = (v[c] + v[d]) >>> 0;
      v[b] = rotr32(v[b] ^ v[c], 7);
    };
    for (let r = 0; r < 10; r++) {
      const s = SIGMA[r];
      g(0, 4, 8, 12, m[s[0]], m[s[1]]);
      g(1, 5, 9, 13, m[s[2]], m[s[3]]);
      g(2, 6, 10, 14, m[s[4]], m[s[5]]);
      g(3, 7, 11, 15, m[s[6]], m[s[7]]);
      g(0, 5, 10, 15, m[s[8]], m[s[9]]);
      g(1, 6, 11, 12, m[s[10]], m[s[11]]);
      g(2, 7, 8, 13, m[s[12]], m[s[13]]);
      g(3, 4, 9, 14, m[s[14]], m[s[15]]);
    }
    for (let i = 0; i < 8; i++) this.h[i] = (this.h[i] ^ v[i] ^ v[i + 8]) >>> 0;
  }
  protected output(): Uint8Array {
    const out = new Uint8Array(32);
    const dv = new DataView(out.buffer);
    this.h.forEach((w, i) => dv.setUint32(i * 4, w, true));
    return out;
  }
}

export type Blake2 = Blake2Base;

/** A fresh BLAKE2 state; a key is hashed as a first block of its own, zero-padded. */
export function newBlake2(kind: "blake2b" | "blake2s", p: Blake2Params): Blake2 {
  const pb = paramBlock(kind, p);
  const dv = new DataView(pb.buffer);
  let st: Blake2Base;
  if (kind === "blake2b") {
    st = new Blake2b(p.digestSize, p.lastNode, IV_B.map((w, i) => w ^ dv.getBigUint64(i * 8, true)));
  } else {
    st = new Blake2s(p.digestSize, p.lastNode, IV_S.map((w, i) => (w ^ dv.getUint32(i * 4, true)) >>> 0));
  }
  if (p.key.length > 0) {
    const block = new Uint8Array(BLAKE2_SIZES[kind].block);
    block.set(p.key);
    st.update(block);
  }
  return st;
}
