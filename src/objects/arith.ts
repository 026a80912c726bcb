// Integer and float arithmetic with Python's semantics (floor division, modulo sign, exact
// big integers, ZeroDivisionError/OverflowError messages). Ints are number | bigint (see int.ts).
import { normBig, toBig } from "./int.js";
import { Exc, newException, pyOverflowError, pyValueError, pyZeroDivisionError } from "./exceptions.js";

export type Int = number | bigint;

export function intAdd(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normBig(toBig(a) + toBig(b));
}

export function intSub(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normBig(toBig(a) - toBig(b));
}

export function intMul(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  return normBig(toBig(a) * toBig(b));
}

export function intNeg(a: Int): Int {
  return typeof a === "number" ? 0 - a : normBig(-a);
}

export function intFloorDiv(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) throw pyZeroDivisionError("integer division or modulo by zero");
    const r = a % b;
    let q = (a - r) / b;
    if (r !== 0 && r < 0 !== b < 0) q -= 1;
    return q === 0 ? 0 : q;
  }
  const x = toBig(a), y = toBig(b);
  if (y === 0n) throw pyZeroDivisionError("integer division or modulo by zero");
  let q = x / y;
  if (x % y !== 0n && x < 0n !== y < 0n) q -= 1n;
  return normBig(q);
}

export function intMod(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) throw pyZeroDivisionError("integer modulo by zero");
    let r = a % b;
    if (r !== 0 && r < 0 !== b < 0) r += b;
    return r === 0 ? 0 : r;
  }
  const x = toBig(a), y = toBig(b);
  if (y === 0n) throw pyZeroDivisionError("integer modulo by zero");
  let r = x % y;
  if (r !== 0n && r < 0n !== y < 0n) r += y;
  return normBig(r);
}

export function intDivmod(a: Int, b: Int): [Int, Int] {
  if ((typeof b === "number" && b === 0) || b === 0n) throw pyZeroDivisionError("integer division or modulo by zero");
  return [intFloorDiv(a, b), intMod(a, b)];
}

/** int / int: the correctly rounded float quotient. */
export function intTrueDiv(a: Int, b: Int): number {
  if (b === 0 || b === 0n) throw pyZeroDivisionError("division by zero");
  if (typeof a === "number" && typeof b === "number") return a / b;
  const x = toBig(a), y = toBig(b);
  const fx = Number(x), fy = Number(y);
  if (Number.isFinite(fx) && Number.isFinite(fy) && Math.abs(fx) < 2 ** 53 && Math.abs(fy) < 2 ** 53) return fx / fy;
  // scale so the quotient keeps 64+ significant bits, then divide exactly-enough
  const neg = x < 0n !== y < 0n;
  const ax = x < 0n ? -x : x, ay = y < 0n ? -y : y;
  const shift = BigInt(ay.toString(2).length - ax.toString(2).length + 66);
  const q = shift >= 0n ? (ax << shift) / ay : ax / (ay << -shift);
  const r = Number(q) * 2 ** -Number(shift);
  if (!Number.isFinite(r)) throw pyOverflowError("integer division result too large for a float");
  return neg ? -r : r;
}

export function intPow(a: Int, b: Int): Int | number {
  if (typeof b === "number" ? b < 0 : b < 0n) {
    const fa = intToFloat(a);
    if (fa === 0) throw pyZeroDivisionError("0.0 cannot be raised to a negative power");
    return floatPow(fa, intToFloat(b));
  }
  if (typeof a === "number" && typeof b === "number") {
    let result = 1, base = a, e = b;
    for (;;) {
      if (e & 1) {
        result *= base;
        if (!Number.isSafeInteger(result)) break;
      }
      e = Math.floor(e / 2);
      if (e === 0) return result === 0 ? 0 : result;
      base *= base;
      if (!Number.isSafeInteger(base)) break;
    }
  }
  return normBig(toBig(a) ** toBig(b));
}

/** pow(a, b, m) for ints. */
export function intPowMod(a: Int, b: Int, m: Int): Int {
  let mod = toBig(m);
  if (mod === 0n) throw pyValueError("pow() 3rd argument cannot be 0");
  let base = toBig(a), e = toBig(b);
  const negMod = mod < 0n;
  if (negMod) mod = -mod;
  if (e < 0n) {
    base = modInverse(base, mod);
    e = -e;
  }
  let result = 1n % mod;
  base = ((base % mod) + mod) % mod;
  while (e > 0n) {
    if (e & 1n) result = (result * base) % mod;
    base = (base * base) % mod;
    e >>= 1n;
  }
  if (negMod && result !== 0n) result -= mod;
  return normBig(result);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [((a % m) + m) % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw pyValueError("base is not invertible for the given modulus");
  return ((oldS % m) + m) % m;
}

export function intLShift(a: Int, b: Int): Int {
  if (typeof b === "number" ? b < 0 : b < 0n) throw pyValueError("negative shift count");
  if (typeof a === "number" && typeof b === "number" && b < 53) {
    const r = a * 2 ** b;
    if (Number.isSafeInteger(r)) return r;
  }
  if (a === 0 || a === 0n) return 0;
  if (typeof b === "bigint" || b > 1e8) throw pyOverflowError("too many digits in integer");
  return normBig(toBig(a) << BigInt(b));
}

export function intRShift(a: Int, b: Int): Int {
  if (typeof b === "number" ? b < 0 : b < 0n) throw pyValueError("negative shift count");
  if (typeof a === "number") {
    if (typeof b === "bigint" || b >= 1024) return a < 0 ? -1 : 0;
    const r = Math.floor(a / 2 ** b);
    return r === 0 ? 0 : r;
  }
  if (typeof b === "bigint") return a < 0n ? -1 : 0;
  return normBig(a >> BigInt(b));
}

const I32 = (v: Int): v is number => typeof v === "number" && (v | 0) === v;

export function intAnd(a: Int, b: Int): Int {
  if (I32(a) && I32(b)) return a & b;
  return normBig(toBig(a) & toBig(b));
}
export function intOr(a: Int, b: Int): Int {
  if (I32(a) && I32(b)) return a | b;
  return normBig(toBig(a) | toBig(b));
}
export function intXor(a: Int, b: Int): Int {
  if (I32(a) && I32(b)) return a ^ b;
  return normBig(toBig(a) ^ toBig(b));
}
export function intInvert(a: Int): Int {
  return typeof a === "number" ? -a - 1 : normBig(-a - 1n);
}

export function intCompare(a: Int, b: Int): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** float(int), raising OverflowError for ints beyond the float range. */
export function intToFloat(a: Int): number {
  if (typeof a === "number") return a;
  const f = Number(a);
  if (!Number.isFinite(f)) throw pyOverflowError("int too large to convert to float");
  return f;
}

// ---- float ----------------------------------------------------------------------------------

export function floatTrueDiv(a: number, b: number): number {
  if (b === 0) throw pyZeroDivisionError("float division by zero");
  return a / b;
}

export function floatMod(a: number, b: number): number {
  if (b === 0) throw pyZeroDivisionError("float modulo");
  let r = a % b;
  if (r !== 0) {
    if (b < 0 !== r < 0) r += b;
  } else r = b < 0 ? -0 : 0;
  return r;
}

/** Python's float floor division (and divmod's quotient). */
export function floatFloorDiv(a: number, b: number, what = "float floor division by zero"): number {
  if (b === 0) throw pyZeroDivisionError(what);
  return floatDivmod(a, b)[0];
}

export function floatDivmod(a: number, b: number): [number, number] {
  if (b === 0) throw pyZeroDivisionError("float divmod()");
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) {
      mod += b;
      div -= 1;
    }
  } else mod = b < 0 ? -0 : 0;
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else floordiv = a / b < 0 || Object.is(a / b, -0) ? -0 : 0;
  return [floordiv, mod];
}

/** float ** float for real results; returns NaN marker `null` when the result is complex. */
export function floatPow(a: number, b: number): number {
  // infinities and NaNs first, as C's pow: (-1) ** inf is 1, 0 ** -inf is inf, (-inf) ** 0.5 is inf
  if (Math.abs(a) === 1 && (b === Infinity || b === -Infinity)) return 1;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return b === 0 || a === 1 ? 1 : a ** b;
  if (a === 0 && b < 0) throw pyZeroDivisionError("0.0 cannot be raised to a negative power");
  if (a < 0 && !Number.isInteger(b) && Number.isFinite(b)) throw new ComplexResult(a, b);
  const r = correctlyRoundedPow(a, b);
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) throw newException(Exc.OverflowError, 34, "Numerical result out of range");
  if (a === 1 || b === 0) return 1;
  return r;
}

/**
 * a ** b rounded correctly, as the C library CPython uses gives it (V8's Math.pow is off by an
 * ulp in about one case in ten); JS semantics for the special cases floatPow lets through.
 */
function correctlyRoundedPow(a: number, b: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b) || a === 0 || b === 0 || a === 1) return a ** b;
  try {
    return crPow(a, b);
  } catch {
    return a ** b; // overflow: ±Infinity either way
  }
}
import { pyPow as crPow } from "../stdlib/random/libm.js";

/** Thrown by floatPow when a negative base meets a fractional exponent (callers build a complex). */
export class ComplexResult {
  constructor(
    readonly base: number,
    readonly exp: number,
  ) {}
}
