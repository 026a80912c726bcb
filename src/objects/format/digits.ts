// Correctly rounded decimal digits of a double, rounding half to even as CPython's dtoa does.
// Fast paths use toFixed/toExponential (exact, but ties go away from zero, and limited to 100
// digits and |x| < 1e21 for toFixed); an exact tie or anything out of their range is redone
// with BigInt arithmetic on the double's exact binary value.

const bitsView = new DataView(new ArrayBuffer(8));

/** 2**k for k in [0, 1100], built by doubling so every entry is exact. */
const POW2: number[] = [1];
for (let k = 1; k <= 1100; k++) POW2.push(POW2[k - 1]! * 2);

const POW10_BIG: bigint[] = [1n];
/** 10n ** n, cached. */
export function pow10Big(n: number): bigint {
  while (POW10_BIG.length <= n) POW10_BIG.push(POW10_BIG[POW10_BIG.length - 1]! * 10n);
  return POW10_BIG[n]!;
}

/** Integer significand and binary exponent of a finite double: x = mantissa * 2**exponent. */
export interface Decomposed {
  negative: boolean;
  mantissa: number; // integer in [0, 2**53)
  exponent: number; // in [-1074, 971]
}

export function decompose(x: number): Decomposed {
  bitsView.setFloat64(0, x);
  const hi = bitsView.getUint32(0);
  const lo = bitsView.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const fracHi = hi & 0xfffff;
  const negative = hi >>> 31 === 1;
  if (biased === 0) return { negative, mantissa: fracHi * 4294967296 + lo, exponent: -1074 };
  return { negative, mantissa: (fracHi + 0x100000) * 4294967296 + lo, exponent: biased - 1075 };
}

/** Whether the sign bit of x is set (true for -0.0). */
export function signBit(x: number): boolean {
  return x < 0 || (x === 0 && 1 / x < 0);
}

/**
 * round-half-even(ax * 10**p) as a BigInt, exactly, for finite ax >= 0 and any integer p
 * (p may be negative: rounding to a multiple of 10**-p, expressed in those units).
 */
export function roundScaled(ax: number, p: number): bigint {
  if (ax === 0) return 0n;
  const { mantissa, exponent } = decompose(ax);
  let num = BigInt(mantissa);
  let den = 1n;
  if (exponent >= 0) num <<= BigInt(exponent);
  else den <<= BigInt(-exponent);
  if (p >= 0) num *= pow10Big(p);
  else den *= pow10Big(-p);
  if (den === 1n) return num;
  let q = num / den;
  const twice = (num - q * den) * 2n;
  if (twice > den || (twice === den && (q & 1n) === 1n)) q += 1n;
  return q;
}

/** Exactly prec digits after the point when ax (finite, >= 0) has exactly prec + 1 and they end in 5. */
function isTieFixed(ax: number, prec: number): boolean {
  // ax has exactly k fractional decimal digits iff ax * 2**k is an integer and ax * 2**(k-1) is
  // not; and then its last digit is 5. A tie for rounding to prec digits is k = prec + 1.
  return Number.isInteger(ax * POW2[prec + 1]!) && !Number.isInteger(ax * POW2[prec]!);
}

/** ax (finite, >= 0) with exactly prec digits after the point ("0.50", "3", "1e+21" never). */
export function fixedDigits(ax: number, prec: number): string {
  if (prec <= 100 && ax < 1e21 && !isTieFixed(ax, prec)) return ax.toFixed(prec);
  const text = roundScaled(ax, prec).toString();
  if (prec === 0) return text;
  const padded = text.length <= prec ? "0".repeat(prec + 1 - text.length) + text : text;
  return padded.slice(0, padded.length - prec) + "." + padded.slice(padded.length - prec);
}

/** n significant digits of ax and the decimal exponent of the first: ax ≈ d.ddd × 10**exp10. */
export interface SigDigits {
  digits: string;
  exp10: number;
}

/** ax (finite, >= 0) rounded to n >= 1 significant digits, half to even. ax = 0 gives exp10 0. */
export function sigDigits(ax: number, n: number): SigDigits {
  if (n <= 101 && ax < 9007199254740992) {
    const text = ax.toExponential(n - 1);
    const ePos = text.indexOf("e");
    const exp10 = Number(text.slice(ePos + 1));
    if (!mayBeTieSig(ax, n, exp10)) {
      const digits = n === 1 ? text.slice(0, ePos) : text[0] + text.slice(2, ePos);
      return { digits, exp10 };
    }
  }
  return sigDigitsExact(ax, n);
}

/** Whether ax's exact expansion could have exactly n + 1 significant digits (a rounding tie). */
function mayBeTieSig(ax: number, n: number, exp10: number): boolean {
  if (ax === 0) return false;
  if (Number.isInteger(ax)) {
    // ax < 2**53: its decimal text is exact.
    let text = String(ax);
    let end = text.length;
    while (end > 1 && text.charCodeAt(end - 1) === 48) end--;
    return end === n + 1;
  }
  // A non-integer with k fractional digits (the last one 5) and leading digit at 10**t has
  // t + 1 + k significant digits; t is exp10, or exp10 - 1 if rounding carried into a new digit.
  for (let t = exp10; t >= exp10 - 1; t--) {
    const k = n - t;
    if (k >= 1 && k <= 1100 && isTieFixed(ax, k - 1)) return true;
  }
  return false;
}

export function sigDigitsExact(ax: number, n: number): SigDigits {
  if (ax === 0) return { digits: "0".repeat(n), exp10: 0 };
  // The exact decimal exponent first (log10 may be one off near a power of ten): rounding at
  // a wrong position can carry into the expected digit count and hide the mistake.
  let exp10 = Math.floor(Math.log10(ax));
  while (comparePow10(ax, exp10) < 0) exp10--;
  while (comparePow10(ax, exp10 + 1) >= 0) exp10++;
  const q = roundScaled(ax, n - 1 - exp10);
  if (q === pow10Big(n)) return { digits: "1" + "0".repeat(n - 1), exp10: exp10 + 1 };
  return { digits: q.toString(), exp10 };
}

/** Sign of ax - 10**e, exactly, for finite ax > 0. */
function comparePow10(ax: number, e: number): number {
  const { mantissa, exponent } = decompose(ax);
  let left = BigInt(mantissa);
  let right = 1n;
  if (exponent >= 0) left <<= BigInt(exponent);
  else right <<= BigInt(-exponent);
  if (e >= 0) right *= pow10Big(e);
  else left *= pow10Big(-e);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The shortest digits that read back as ax (finite, > 0), as CPython's repr picks them. */
export function shortestDigits(ax: number): SigDigits {
  const text = ax.toExponential();
  const ePos = text.indexOf("e");
  const exp10 = Number(text.slice(ePos + 1));
  const digits = ePos === 1 ? text[0]! : text[0] + text.slice(2, ePos);
  return { digits, exp10 };
}
