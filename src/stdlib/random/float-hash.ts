// Python's hash() of a float, from the documented numeric hash (Python docs, "Hashing of
// numeric types"): for a finite x = m * 2^e, hash(x) = sign(x) * (|m| * 2^e mod P) with
// P = 2^61 - 1, where 2^e for e < 0 means the inverse of 2^-e mod P; -1 becomes -2.
// random.seed(x) for a float x seeds from this hash.

const MODULUS = (1n << 61n) - 1n;
const HASH_BITS = 61n;
const HASH_INF = 314159n;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** hash(x) for a float x (NaN: 0 — CPython hashes NaN by object identity instead). */
export function hashFloat(x: number): bigint {
  if (Number.isNaN(x)) return 0n;
  if (x === Infinity) return HASH_INF;
  if (x === -Infinity) return -HASH_INF;
  if (x === 0) return 0n;
  f64[0] = Math.abs(x);
  const biased = (u32[1]! >>> 20) & 0x7ff;
  const fractionBits = (BigInt(u32[1]! & 0xfffff) << 32n) | BigInt(u32[0]!);
  // |x| = mantissa * 2^exponent with an integer mantissa
  const mantissa = biased === 0 ? fractionBits : fractionBits | (1n << 52n);
  const exponent = BigInt(biased === 0 ? -1074 : biased - 1075);
  // 2^61 = 1 (mod P), so 2^e = 2^(e mod 61)
  const shift = ((exponent % HASH_BITS) + HASH_BITS) % HASH_BITS;
  let h = ((mantissa % MODULUS) << shift) % MODULUS;
  if (x < 0) h = -h;
  return h === -1n ? -2n : h;
}
