// cbrt rounded correctly. V8's Math.cbrt is about 1 ulp off in half the cases; here one Newton
// step in double-double refines it, and the rare results that land within a hair of a halfway
// point between two doubles are settled exactly by cubing that halfway point in integers.
import { ddLo, twoProd, twoSum } from "./random/double-double.js";

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // little-endian: u32[1] holds sign, exponent, top bits

/** [m, e] with x = m * 2^e, m a 53-bit integer at most, for a finite positive double x. */
function integerParts(x: number): [bigint, number] {
  f64[0] = x;
  const biased = (u32[1]! >>> 20) & 0x7ff;
  let m = (BigInt(u32[1]! & 0xfffff) << 32n) | BigInt(u32[0]!);
  if (biased === 0) return [m, -1074];
  m |= 1n << 52n;
  return [m, biased - 1075];
}

/** Is the halfway point h + d/2 (d = +-ulp) below the cube root of a, i.e. (h + d/2)^3 < a? */
function halfwayBelowRoot(a: number, h: number, d: number): boolean {
  // h + d/2 = (2 m_h + sign(d) * ulp-units) * 2^(e - 1): the same exponent for h and d here
  const [mh, eh] = integerParts(h);
  const [md, ed] = integerParts(Math.abs(d));
  const shift = BigInt(eh - ed);
  const mid = ((mh << shift) << 1n) + (d > 0 ? md : -md); // (h + d/2) * 2^(1 - ed)
  const [ma, ea] = integerParts(a);
  // compare mid^3 * 2^(3 (ed - 1)) with ma * 2^ea
  const cube = mid * mid * mid;
  const k = 3 * (ed - 1) - ea;
  return k >= 0 ? cube << BigInt(k) < ma : cube < ma << BigInt(-k);
}

export function crCbrt(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  let a = Math.abs(x);
  // keep y^3's error terms clear of underflow and overflow: scale by 2^(+-600), root by 2^(+-200)
  let rootScale = 1;
  if (a < 2 ** -600) {
    a *= 2 ** 600;
    rootScale = 2 ** -200;
  } else if (a > 2 ** 600) {
    a *= 2 ** -600;
    rootScale = 2 ** 200;
  }
  const y = Math.cbrt(a);
  // a - y^3, exactly enough: y^2 = sh + sl exactly, y^3 = (ph + pe) + (qh + qe) exactly
  const sh = twoProd(y, y), sl = ddLo;
  const ph = twoProd(sh, y), pe = ddLo;
  const qh = twoProd(sl, y), qe = ddLo;
  const residual = a - ph - pe - qh - qe;
  const correction = residual / (3 * sh);
  let r = twoSum(y, correction);
  const tail = ddLo;
  // near a halfway point between r and its neighbour toward the tail: decide exactly
  if (tail !== 0 && Math.abs(tail) > r * 2 ** -56) {
    const neighbourStep = tail > 0 ? ulpAbove(r) : -ulpBelow(r);
    if (Math.abs(Math.abs(tail) - Math.abs(neighbourStep) / 2) > Math.abs(neighbourStep) * 2 ** -40) return finish(x, r * rootScale);
    const halfwayBelow = halfwayBelowRoot(a, r, neighbourStep);
    // the root lies past the halfway point toward the neighbour: round to it
    if (tail > 0 ? halfwayBelow : !halfwayBelow) r += neighbourStep;
  }
  return finish(x, r * rootScale);
}

/** The root r of |x| with the sign of x. */
function finish(x: number, r: number): number {
  return x < 0 ? -r : r;
}

function ulpAbove(r: number): number {
  f64[0] = r;
  if (u32[0] === 0xffffffff) {
    u32[0] = 0;
    u32[1]! += 1;
  } else u32[0]! += 1;
  return f64[0]! - r;
}

function ulpBelow(r: number): number {
  f64[0] = r;
  if (u32[0] === 0) {
    u32[0] = 0xffffffff;
    u32[1]! -= 1;
  } else u32[0]! -= 1;
  return r - f64[0]!;
}
