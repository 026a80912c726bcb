// The Mersenne Twister MT19937 (Matsumoto & Nishimura, 1998), written from the published
// algorithm: 624 words of state, twist with the matrix 0x9908b0df, tempering on output, and
// the two standard initialisers (a single 32-bit seed, and an array of 32-bit key words).
// CPython seeds through the array initialiser, so key words decide every output.

export const MT_N = 624;
const MT_M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

export class MersenneTwister {
  /** The 624 state words. */
  readonly mt = new Uint32Array(MT_N);
  /** Index of the next word to temper and hand out; MT_N means "twist first". */
  index = MT_N + 1;

  /** The reference single-word initialiser (init_genrand). */
  initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < MT_N; i++) {
      const prev = mt[i - 1]!;
      mt[i] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) >>> 0;
    }
    this.index = MT_N;
  }

  /** The reference array initialiser (init_by_array); `key` holds 32-bit words, at least one. */
  initByArray(key: ArrayLike<number>): void {
    this.initGenrand(19650218);
    const mt = this.mt;
    const keyLength = key.length;
    let i = 1;
    let j = 0;
    for (let k = Math.max(MT_N, keyLength); k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = ((mt[i]! ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + key[j]! + j) >>> 0;
      i++;
      j++;
      if (i >= MT_N) {
        mt[0] = mt[MT_N - 1]!;
        i = 1;
      }
      if (j >= keyLength) j = 0;
    }
    for (let k = MT_N - 1; k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = ((mt[i]! ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i) >>> 0;
      i++;
      if (i >= MT_N) {
        mt[0] = mt[MT_N - 1]!;
        i = 1;
      }
    }
    mt[0] = 0x80000000; // guarantees a non-zero state
    this.index = MT_N;
  }

  /** Regenerates all 624 words at once. */
  private twist(): void {
    const mt = this.mt;
    let kk = 0;
    let y: number;
    for (; kk < MT_N - MT_M; kk++) {
      y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
      mt[kk] = mt[kk + MT_M]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    for (; kk < MT_N - 1; kk++) {
      y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
      mt[kk] = mt[kk + (MT_M - MT_N)]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    y = (mt[MT_N - 1]! & UPPER_MASK) | (mt[0]! & LOWER_MASK);
    mt[MT_N - 1] = mt[MT_M - 1]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    this.index = 0;
  }

  /** The next tempered 32-bit output, as an unsigned number. */
  nextUint32(): number {
    if (this.index >= MT_N) this.twist();
    let y = this.mt[this.index++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }
}
