// The engine of Python's `random` module: CPython 3.11's random.Random, reproduced output for
// output — the same MT19937 state, the same consumption of 32-bit words by every method,
// the same float arithmetic (libm functions correctly rounded, see libm.ts), the same errors.
// Values in and out are plain JS values (PyInt, Real: see numbers.ts); the module wrapper
// converts Python objects and raises RandomError as the named Python exception.

import { MersenneTwister, MT_N } from "./mt19937.js";
import {
  RandomError,
  indexError,
  overflowError,
  typeError,
  valueError,
} from "./errors.js";
import {
  bitLength,
  floatLessThanReal,
  intAdd,
  intCmp,
  intFloorDiv,
  intMul,
  intSub,
  intToFloat,
  normInt,
  realAddFloat,
  realMulFloat,
  realSub,
  realToFloat,
  realTrueDiv,
  type PyInt,
  type Real,
} from "./numbers.js";
import { crSinCos, crLog, pyAcos, pyCos, pyDiv, pyExp, pyLog, pyMod, pyPow, pySqrt, sinCosOut } from "./libm.js";
import {
  keyFromBytesV1,
  keyFromBytesV2,
  keyFromEntropy,
  keyFromHash,
  keyFromInt,
  keyFromStrV1,
  keyFromStrV2,
} from "./seed-key.js";
import { hashFloat } from "./float-hash.js";

/** What seed() accepts: None (undefined/null), int (number, bigint, boolean), str, bytes. */
export type SeedValue = null | undefined | PyInt | boolean | string | Uint8Array;

/** Random.getstate(): (VERSION, (624 words..., index), gauss_next). */
export interface RandomState {
  version: number;
  internal: number[];
  gaussNext: number | null;
}

/** One element of a state tuple given to setstate(): a Python int, or for any other object
 * its type's name (the index element may also be an object with __index__: pass its int). */
export type StateElement = PyInt | string;

const RANDOM_SCALE = 1 / 9007199254740992; // 2^-53
const TWOPI = 2 * Math.PI;
// The module constants, computed as random.py computes them (our log/exp round correctly),
// on first use: building the libm tables at import would slow every interpreter start.
let NV_MAGICCONST = NaN;
let LOG4 = NaN;
let SG_MAGICCONST = NaN;
function initConstants(): void {
  NV_MAGICCONST = (4 * pyExp(-0.5)) / Math.sqrt(2.0);
  LOG4 = crLog(4.0);
  SG_MAGICCONST = 1.0 + crLog(4.5);
}

const EMPTY_RANGE = "empty range for randrange()";

export class RandomEngine {
  private readonly mt = new MersenneTwister();
  /** The second normal deviate of gauss()'s last pair, handed out by the next call. */
  gaussNext: number | null = null;

  /** Random(x): seeded like seed(x) (from OS entropy when x is omitted). */
  constructor(x?: SeedValue) {
    if (Number.isNaN(LOG4)) initConstants();
    this.seed(x);
  }

  // ------------------------------------------------------------------------------------
  // Seeding and state

  /**
   * random.seed(a, version). Ints (any sign and size), str, bytes/bytearray and None; for
   * floats call seedFloat(). Python hashes str/bytes for versions other than 1 and 2 (with
   * a per-process salt): the wrapper must compute that hash and call seedFromHash().
   */
  seed(a?: SeedValue, version: PyInt = 2): void {
    let key: Uint32Array;
    if (a === null || a === undefined) key = keyFromEntropy();
    else if (typeof a === "number" || typeof a === "bigint") key = keyFromInt(a);
    else if (typeof a === "boolean") key = keyFromInt(a ? 1 : 0);
    else if (typeof a === "string") {
      if (version === 1) key = keyFromStrV1(a);
      else if (version === 2) key = keyFromStrV2(a);
      else throw new Error("seed(str) with a version other than 1 or 2 hashes the str: use seedFromHash");
    } else {
      if (version === 1) key = keyFromBytesV1(a);
      else if (version === 2) key = keyFromBytesV2(a);
      else throw new Error("seed(bytes) with a version other than 1 or 2 hashes the bytes: use seedFromHash");
    }
    this.seedKey(key);
  }

  /** random.seed(x) for a float x (seeds from hash(x); NaN, hashed by identity in CPython, as 0). */
  seedFloat(x: number): void {
    this.seedKey(keyFromHash(hashFloat(x)));
  }

  /** Seeds as CPython does for a non-int seed object whose hash() is `hash`. */
  seedFromHash(hash: PyInt): void {
    this.seedKey(keyFromHash(hash));
  }

  /** Seeds with the MT19937 array initialiser directly (32-bit words). */
  seedKey(key: ArrayLike<number>): void {
    this.mt.initByArray(key.length > 0 ? key : [0]);
    this.gaussNext = null;
  }

  /** random.getstate(). */
  getstate(): RandomState {
    const internal = Array.from(this.mt.mt);
    internal.push(this.mt.index);
    return { version: 3, internal, gaussNext: this.gaussNext };
  }

  /**
   * random.setstate((version, internal, gaussNext)). `internal` is the tuple's elements
   * (null for a non-int element); pass `internalIsTuple: false` when it is not a tuple.
   * As in CPython, gauss_next is assigned before the internal state is checked.
   */
  setstate(state: {
    version: PyInt;
    internal: readonly StateElement[];
    gaussNext: number | null;
    internalIsTuple?: boolean;
  }): void {
    const version = state.version;
    if (version !== 3 && version !== 2) {
      throw valueError(`state with version ${version} passed to Random.setstate() of version 3`);
    }
    this.gaussNext = state.gaussNext;
    let internal = state.internal;
    if (version === 2) {
      // version 2 states were saved as signed ints: reduce them mod 2^32
      internal = internal.map((x) => (typeof x === "string" ? x : normInt(BigInt.asUintN(32, BigInt(x)))));
    }
    if (state.internalIsTuple === false) throw typeError("state vector must be a tuple");
    if (internal.length !== MT_N + 1) throw valueError("state vector is the wrong size");
    const words = new Uint32Array(MT_N);
    for (let i = 0; i < MT_N; i++) {
      const x = internal[i]!;
      if (typeof x === "string") throw typeError("an integer is required");
      if (x < 0) throw overflowError("can't convert negative value to unsigned int");
      if (x > 18446744073709551615n) {
        throw overflowError("Python int too large to convert to C unsigned long");
      }
      words[i] = typeof x === "bigint" ? Number(x & 0xffffffffn) : x % 2 ** 32;
    }
    const index = internal[MT_N]!;
    if (typeof index === "string") throw typeError(`'${index}' object cannot be interpreted as an integer`);
    if (index > 9223372036854775807n || index < -9223372036854775808n) {
      throw overflowError("Python int too large to convert to C long");
    }
    if (index < 0 || index > MT_N) throw valueError("invalid state");
    this.mt.mt.set(words);
    this.mt.index = Number(index);
  }

  // ------------------------------------------------------------------------------------
  // Bits

  /** random.random(): 53 random bits from two 32-bit words (27 + 26 bits). */
  random(): number {
    const a = this.mt.nextUint32() >>> 5;
    const b = this.mt.nextUint32() >>> 6;
    return (a * 67108864 + b) * RANDOM_SCALE;
  }

  /** random.getrandbits(k): k random bits, least significant word drawn first. */
  getrandbits(k: PyInt): PyInt {
    if (k > 2147483647 || k < -2147483648) throw overflowError("Python int too large to convert to C int");
    const bits = Number(k);
    if (bits < 0) throw valueError("number of bits must be non-negative");
    if (bits === 0) return 0;
    if (bits <= 32) return this.mt.nextUint32() >>> (32 - bits);
    if (bits <= 53) return this.bitsUpTo53(bits);
    return normInt(this.bigBits(bits));
  }

  /** k random bits for 32 < k <= 53, as a number. */
  private bitsUpTo53(k: number): number {
    const low = this.mt.nextUint32();
    const high = this.mt.nextUint32() >>> (64 - k);
    return high * 4294967296 + low;
  }

  /** k random bits for any k > 0, as a bigint. */
  private bigBits(k: number): bigint {
    const wordCount = Math.ceil(k / 32);
    const topShift = wordCount * 32 - k;
    if (wordCount <= 8) {
      // few words: BigInt arithmetic beats building a string
      let r = 0n;
      for (let i = 0; i < wordCount; i++) {
        let w = this.mt.nextUint32();
        if (i === wordCount - 1) w >>>= topShift;
        r |= BigInt(w) << BigInt(32 * i);
      }
      return r;
    }
    const words = new Array<string>(wordCount);
    for (let i = 0; i < wordCount; i++) {
      let w = this.mt.nextUint32();
      if (i === wordCount - 1) w >>>= topShift;
      words[wordCount - 1 - i] = w.toString(16).padStart(8, "0");
    }
    return BigInt("0x" + words.join(""));
  }

  /** random.randbytes(n): getrandbits(n * 8) as n little-endian bytes. */
  randbytes(n: PyInt): Uint8Array {
    const bits = intMul(n, 8);
    if (bits > 2147483647 || bits < -2147483648) throw overflowError("Python int too large to convert to C int");
    if (bits < 0) throw valueError("number of bits must be non-negative");
    const count = Number(n);
    const out = new Uint8Array(count);
    const view = new DataView(out.buffer);
    const whole = count & ~3;
    for (let i = 0; i < whole; i += 4) view.setUint32(i, this.mt.nextUint32(), true);
    if (whole < count) {
      // the last, most significant word keeps its top bits
      let w = this.mt.nextUint32() >>> (32 - 8 * (count - whole));
      for (let i = whole; i < count; i++, w >>>= 8) out[i] = w & 0xff;
    }
    return out;
  }

  // ------------------------------------------------------------------------------------
  // Integers

  /** Random._randbelow(n) for n > 0: getrandbits(n.bit_length()) until it is below n. */
  randbelow(n: PyInt): PyInt {
    const k = bitLength(n);
    if (typeof n === "number") {
      if (k <= 32) {
        const shift = 32 - k;
        let r = this.mt.nextUint32() >>> shift;
        while (r >= n) r = this.mt.nextUint32() >>> shift;
        return r;
      }
      let r = this.bitsUpTo53(k);
      while (r >= n) r = this.bitsUpTo53(k);
      return r;
    }
    let r = this.bigBits(k);
    while (r >= n) r = this.bigBits(k);
    return normInt(r);
  }

  /**
   * random.randrange(start, stop=None, step=1) for int arguments (floats: see
   * randrangeFloatArg). `stop` null means None; `step` must then be the int 1 (CPython checks
   * `step is 1`: True, 1.0 or None raise "Missing a non-None stop argument"; pass null then).
   */
  randrange(start: PyInt, stop: PyInt | null = null, step: PyInt | null = 1): PyInt {
    if (stop === null) {
      if (step !== 1) throw typeError("Missing a non-None stop argument");
      if (start > 0) return this.randbelow(start);
      throw valueError(EMPTY_RANGE);
    }
    if (step === null) throw typeError("int() argument must be a string, a bytes-like object or a real number, not 'NoneType'");
    const width = intSub(stop, start);
    if (step === 1) {
      if (width > 0) return intAdd(start, this.randbelow(width));
      throw valueError(`empty range for randrange() (${start}, ${stop}, ${width})`);
    }
    let n: PyInt;
    if (step > 0) n = intFloorDiv(intAdd(width, intSub(step, 1)), step);
    else if (step < 0) n = intFloorDiv(intAdd(width, intAdd(step, 1)), step);
    else throw valueError("zero step for randrange()");
    if (n <= 0) throw valueError(EMPTY_RANGE);
    return intAdd(start, intMul(step, this.randbelow(n)));
  }

  /** random.randint(a, b) = randrange(a, b + 1). */
  randint(a: PyInt, b: PyInt): PyInt {
    return this.randrange(a, intAdd(b, 1));
  }

  // ------------------------------------------------------------------------------------
  // Sequences

  /** The index random.choice(seq) picks for len(seq) == n. */
  choiceIndex(n: PyInt): PyInt {
    if (n === 0 || n === 0n) throw indexError("Cannot choose from an empty sequence");
    return this.randbelow(n);
  }

  /** random.choice(seq) over a JS array. */
  choice<T>(seq: ArrayLike<T>): T {
    return seq[this.choiceIndex(seq.length) as number]!;
  }

  /** random.shuffle(x) in place. */
  shuffle<T>(x: T[]): void {
    for (let i = x.length - 1; i > 0; i--) {
      const j = this.randbelow(i + 1) as number;
      const t = x[i]!;
      x[i] = x[j]!;
      x[j] = t;
    }
  }

  /**
   * random.shuffle(x) for a sequence reached through a callback: swap(i, j) must exchange
   * x[i] and x[j]. Same draws as shuffle(); the swaps come in Python's order.
   */
  shuffleWith(length: number, swap: (i: number, j: number) => void): void {
    for (let i = length - 1; i > 0; i--) swap(i, this.randbelow(i + 1) as number);
  }

  /**
   * The population indices random.sample(population, k) picks, len(population) == n.
   * Small populations draw from a shrinking pool, large ones reject repeats with a set —
   * the same switch point as CPython, so the same words are consumed.
   */
  sampleIndices(n: PyInt, k: number): PyInt[] {
    if (!(k >= 0 && intCmp(k, n) <= 0)) throw valueError("Sample larger than population or is negative");
    const result = new Array<PyInt>(k);
    let setSize: PyInt = 21;
    if (k > 5) {
      const exponent = Math.ceil(crLog(k * 3) / LOG4);
      setSize = exponent <= 25 ? 21 + 4 ** exponent : normInt(21n + 4n ** BigInt(exponent));
    }
    if (intCmp(n, setSize) <= 0) {
      const size = Number(n);
      const pool = Array.from({ length: size }, (_, i) => i);
      for (let i = 0; i < k; i++) {
        const j = this.randbelow(size - i) as number;
        result[i] = pool[j]!;
        pool[j] = pool[size - i - 1]!;
      }
    } else {
      const selected = new Set<PyInt>();
      for (let i = 0; i < k; i++) {
        let j = this.randbelow(n);
        while (selected.has(j)) j = this.randbelow(n);
        selected.add(j);
        result[i] = j;
      }
    }
    return result;
  }

  /**
   * The population indices random.sample(population, k, counts=counts) picks: a sample of
   * range(sum(counts)) mapped back through the cumulative counts. len(population) == n.
   * Pass countsAreInts = false when some count is not an int (Python's check is on the type
   * of the total, after the length check); the counts' values then do not matter.
   */
  sampleCountsIndices(counts: readonly PyInt[], n: number, k: number, countsAreInts = true): number[] {
    if (counts.length !== n) throw valueError("The number of counts does not match the population");
    if (n === 0) throw indexError("pop from empty list");
    if (!countsAreInts) throw typeError("Counts must be integers");
    const cumulative: PyInt[] = [];
    let total: PyInt = 0;
    for (const c of counts) cumulative.push((total = intAdd(total, c)));
    total = cumulative.pop()!;
    if (total <= 0) throw valueError("Total of counts must be greater than zero");
    if (total > 9223372036854775807n) throw overflowError("Python int too large to convert to C ssize_t");
    const selections = this.sampleIndices(total, k);
    return selections.map((s) => bisectRightInts(cumulative, s));
  }

  /** random.sample(population, k, counts=None) over a JS array. */
  sample<T>(population: readonly T[], k: number, counts?: readonly PyInt[] | null): T[] {
    const indices =
      counts == null
        ? this.sampleIndices(population.length, k)
        : this.sampleCountsIndices(counts, population.length, k);
    return indices.map((i) => population[i as number]!);
  }

  /** One pick of random.choices(population, k=...) without weights: floor(random() * n). */
  choicesUniformIndex(n: number): number {
    return Math.floor(this.random() * n);
  }

  /**
   * The indices random.choices(population, k=k) picks without weights, len(population) == n.
   * (With n == 0 Python draws one random() and then fails indexing the population: the
   * wrapper should do that itself, with its sequence's IndexError message.)
   */
  choicesUniformIndices(n: number, k: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < k; i++) out.push(Math.floor(this.random() * n));
    return out;
  }

  /**
   * The indices random.choices(population, cum_weights=cum, k=k) picks, len(population) == n.
   * With weights=, accumulate them first (Python `+`; see accumulate()). The checks and
   * their order are CPython's: length, empty, total > 0, total finite.
   */
  choicesCumulativeIndices(cumWeights: readonly Real[], n: number, k: number): number[] {
    if (cumWeights.length !== n) throw valueError("The number of weights does not match the population");
    if (n === 0) throw indexError("list index out of range");
    const total = realToFloat(cumWeights[n - 1]!) + 0.0;
    if (total <= 0.0) throw valueError("Total of weights must be greater than zero");
    if (!Number.isFinite(total)) throw valueError("Total of weights must be finite");
    const hi = n - 1;
    const out: number[] = [];
    for (let i = 0; i < k; i++) out.push(bisectRightFloat(cumWeights, this.random() * total, hi));
    return out;
  }

  /**
   * random.choices(population, weights=None, *, cum_weights=None, k=1) over a JS array.
   * Weights are Reals (bigint for ints, number for floats); see accumulate().
   */
  choices<T>(
    population: readonly T[],
    options: { weights?: readonly Real[] | null; cumWeights?: readonly Real[] | null; k?: number } = {},
  ): T[] {
    const n = population.length;
    const k = options.k ?? 1;
    let cum = options.cumWeights ?? null;
    if (cum === null) {
      if (options.weights == null) {
        if (n === 0 && k > 0) {
          this.random();
          throw indexError("list index out of range");
        }
        return this.choicesUniformIndices(n, k).map((i) => population[i]!);
      }
      cum = accumulate(options.weights);
    } else if (options.weights != null) {
      throw typeError("Cannot specify both weights and cumulative weights");
    }
    return this.choicesCumulativeIndices(cum, n, k).map((i) => population[i]!);
  }

  // ------------------------------------------------------------------------------------
  // Real-valued distributions (Real arguments: number = float, bigint = int)

  /** random.uniform(a, b) = a + (b - a) * random(). */
  uniform(a: Real, b: Real): number {
    const width = realSub(b, a);
    const u = this.random();
    return realAddFloat(a, realMulFloat(width, u));
  }

  /**
   * random.triangular(low=0.0, high=1.0, mode=None). Returns null where Python returns the
   * `low` argument itself (mode given and high == low, the ZeroDivisionError case): the
   * wrapper then returns its original `low` object, which may be an int.
   */
  triangular(low: Real = 0.0, high: Real = 1.0, mode: Real | null = null): number | null {
    let u = this.random();
    let c = 0.5;
    if (mode !== null) {
      try {
        c = realTrueDiv(realSub(mode, low), realSub(high, low));
      } catch (e) {
        if (e instanceof RandomError && e.pyType === "ZeroDivisionError") return null;
        throw e;
      }
    }
    if (u > c) {
      u = 1.0 - u;
      c = 1.0 - c;
      [low, high] = [high, low];
    }
    return realAddFloat(low, realMulFloat(realSub(high, low), pySqrt(u * c)));
  }

  /** random.normalvariate(mu=0.0, sigma=1.0): Kinderman and Monahan's ratio method. */
  normalvariate(mu: Real = 0.0, sigma: Real = 1.0): number {
    let z: number;
    for (;;) {
      const u1 = this.random();
      const u2 = 1.0 - this.random();
      z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
      const zz = (z * z) / 4.0;
      if (zz <= -pyLog(u2)) break;
    }
    return realAddFloat(mu, realMulFloat(sigma, z));
  }

  /** random.gauss(mu=0.0, sigma=1.0): Box-Muller, the second deviate kept for the next call. */
  gauss(mu: Real = 0.0, sigma: Real = 1.0): number {
    let z = this.gaussNext;
    this.gaussNext = null;
    if (z === null) {
      const x2pi = this.random() * TWOPI;
      const g2rad = pySqrt(-2.0 * pyLog(1.0 - this.random()));
      crSinCos(x2pi);
      z = sinCosOut.cos * g2rad;
      this.gaussNext = sinCosOut.sin * g2rad;
    }
    return realAddFloat(mu, realMulFloat(sigma, z));
  }

  /** random.lognormvariate(mu, sigma) = exp(normalvariate(mu, sigma)). */
  lognormvariate(mu: Real, sigma: Real): number {
    return pyExp(this.normalvariate(mu, sigma));
  }

  /** random.expovariate(lambd) = -log(1 - random()) / lambd. */
  expovariate(lambd: Real): number {
    const x = -pyLog(1.0 - this.random());
    return pyDiv(x, realToFloat(lambd));
  }

  /** random.vonmisesvariate(mu, kappa): Best and Fisher's method. */
  vonmisesvariate(mu: Real, kappa: Real): number {
    if (realToCompare(kappa) <= 1e-6) return TWOPI * this.random();
    const s = 0.5 / realToFloat(kappa);
    const r = s + pySqrt(1.0 + s * s);
    let z: number;
    for (;;) {
      const u1 = this.random();
      z = pyCos(Math.PI * u1);
      const d = pyDiv(z, r + z);
      const u2 = this.random();
      if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * pyExp(d)) break;
    }
    const q = 1.0 / r;
    const f = pyDiv(q + z, 1.0 + q * z);
    const u3 = this.random();
    if (u3 > 0.5) {
      const a = pyAcos(f);
      return pyMod(realToFloat(mu) + a, TWOPI);
    }
    const a = pyAcos(f);
    return pyMod(realToFloat(mu) - a, TWOPI);
  }

  /** random.gammavariate(alpha, beta): Cheng's method for alpha > 1, Kennedy and Gentle's GS below. */
  gammavariate(alpha: Real, beta: Real): number {
    if (realToCompare(alpha) <= 0.0 || realToCompare(beta) <= 0.0) {
      throw valueError("gammavariate: alpha and beta must be > 0.0");
    }
    if (realToCompare(alpha) > 1.0) {
      const a = realToFloat(alpha);
      const ainv = pySqrt(2.0 * a - 1.0);
      const bbb = a - LOG4;
      const ccc = a + ainv;
      for (;;) {
        const u1 = this.random();
        if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
        const u2 = 1.0 - this.random();
        const v = pyLog(u1 / (1.0 - u1)) / ainv;
        const x = a * pyExp(v);
        const z = u1 * u1 * u2;
        const r = bbb + ccc * v - x;
        if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= pyLog(z)) return realMulFloat(beta, x);
      }
    }
    if (realToCompare(alpha) === 1.0) {
      return realMulFloat(beta, -pyLog(1.0 - this.random()));
    }
    const a = realToFloat(alpha);
    let x: number;
    for (;;) {
      const u = this.random();
      const b = (Math.E + a) / Math.E;
      const p = b * u;
      if (p <= 1.0) x = pyPow(p, 1.0 / a);
      else x = -pyLog((b - p) / a);
      const u1 = this.random();
      if (p > 1.0) {
        if (u1 <= pyPow(x, a - 1.0)) break;
      } else if (u1 <= pyExp(-x)) {
        break;
      }
    }
    return realMulFloat(beta, x);
  }

  /** random.betavariate(alpha, beta), from two gamma variates. */
  betavariate(alpha: Real, beta: Real): number {
    const y = this.gammavariate(alpha, 1.0);
    if (y !== 0) return pyDiv(y, y + this.gammavariate(beta, 1.0));
    return 0.0;
  }

  /** random.paretovariate(alpha) = (1 - random()) ** (-1 / alpha). */
  paretovariate(alpha: Real): number {
    const u = 1.0 - this.random();
    return pyPow(u, pyDiv(-1.0, realToFloat(alpha)));
  }

  /** random.weibullvariate(alpha, beta) = alpha * (-log(1 - random())) ** (1 / beta). */
  weibullvariate(alpha: Real, beta: Real): number {
    const u = 1.0 - this.random();
    const base = -pyLog(u);
    return realMulFloat(alpha, pyPow(base, pyDiv(1.0, realToFloat(beta))));
  }
}

/** A Real as a number for comparisons with float constants (exact for those thresholds). */
function realToCompare(x: Real): number {
  return typeof x === "number" ? x : Number(x);
}

/** bisect.bisect_right over ints. */
function bisectRightInts(a: readonly PyInt[], x: PyInt): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (intCmp(x, a[mid]!) < 0) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** bisect.bisect_right(a, x, 0, hi) for a float x over Reals. */
function bisectRightFloat(a: readonly Real[], x: number, hi: number): number {
  let lo = 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (floatLessThanReal(x, a[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * itertools.accumulate over numeric weights with Python's `+`: int + int stays an exact
 * int (bigint in, PyInt-or-bigint out), anything with a float is float addition.
 */
export function accumulate(values: readonly Real[]): Real[] {
  const out: Real[] = [];
  let total: Real | undefined;
  for (const v of values) {
    if (total === undefined) total = v;
    else if (typeof total === "bigint" && typeof v === "bigint") total = total + v;
    else total = realToFloat(total) + realToFloat(v);
    out.push(total);
  }
  return out;
}

export type RandrangeArgName = "arg 1" | "stop" | "step";

/**
 * What CPython 3.11's randrange does with a float argument (an int subclass or __index__
 * object goes straight through): int(x) when x is integral, with a DeprecationWarning;
 * otherwise a DeprecationWarning and then ValueError.
 */
export function randrangeFloatArg(
  x: number,
  which: RandrangeArgName,
): { ok: true; value: PyInt; warning: string } | { ok: false; warning: string; error: RandomError } {
  if (Number.isNaN(x)) return { ok: false, warning: "", error: valueError("cannot convert float NaN to integer") };
  if (!Number.isFinite(x)) {
    return { ok: false, warning: "", error: overflowError("cannot convert float infinity to integer") };
  }
  const t = Math.trunc(x);
  if (t !== x) {
    return {
      ok: false,
      warning: "randrange() will raise TypeError in the future",
      error: valueError(`non-integer ${which} for randrange()`),
    };
  }
  return {
    ok: true,
    value: Number.isSafeInteger(t) ? t : normInt(BigInt(t)),
    warning:
      "non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version",
  };
}

/** float(n) for an int: exported for the wrapper (OverflowError when too large). */
export { intToFloat };
