// The two character classes number parsing needs, as CPython 3.11 (Unicode 14.0) defines them:
// decimal digits (category Nd, any script) and whitespace (str.isspace()). Tables, not \p{Nd}:
// the JS engine's Unicode is newer and knows digits 14.0 did not.

/** The code point of each non-ASCII zero digit in Unicode 14.0; each run of ten is 0..9. */
const ZERO_DIGITS = [
  0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
  0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50,
  0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
  0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
  0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
  0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/** The value 0-9 of a decimal digit code point of any script, or -1. */
export function decimalDigitValue(cp: number): number {
  if (cp >= 48 && cp <= 57) return cp - 48;
  if (cp < 0x660 || cp > 0x1fbf9) return -1;
  let lo = 0;
  let hi = ZERO_DIGITS.length - 1;
  while (lo < hi) {
    // the last zero <= cp
    const mid = (lo + hi + 1) >> 1;
    if (ZERO_DIGITS[mid]! <= cp) lo = mid;
    else hi = mid - 1;
  }
  const d = cp - ZERO_DIGITS[lo]!;
  return d >= 0 && d < 10 ? d : -1;
}

/** str.isspace() for one code point. */
export function isPythonSpace(cp: number): boolean {
  if (cp <= 0x20) return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1f);
  if (cp < 0x85) return false;
  return (
    cp === 0x85 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}
