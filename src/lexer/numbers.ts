// The value of a NUMBER token, as CPython computes it: ints of any size in every base (BigInt),
// floats correctly rounded (JS and CPython both round to nearest; "1e400" is inf), imaginary
// literals as complex numbers with a zero real part. Underscores are only separators.
import type { ConstantValue } from "../parser/constants.js";

export function decodeNumber(image: string): ConstantValue {
  const text = image.includes("_") ? image.replace(/_/g, "") : image;
  const last = text.charCodeAt(text.length - 1);
  if (last === 106 || last === 74) {
    // j / J: an imaginary literal; its digits are always read as a decimal float.
    return { kind: "complex", real: 0, imag: Number(text.slice(0, -1)) };
  }
  if (text.length > 1 && text.charCodeAt(0) === 48) {
    const base = text.charCodeAt(1) | 0x20;
    if (base === 120 || base === 111 || base === 98) {
      // 0x 0o 0b: BigInt understands these prefixes (in lower case).
      return { kind: "int", value: BigInt("0" + String.fromCharCode(base) + text.slice(2)) };
    }
  }
  if (/[.eE]/.test(text)) return { kind: "float", value: Number(text) };
  return { kind: "int", value: BigInt(text) };
}
