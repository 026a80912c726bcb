// The text of a float's magnitude for format() and %-formatting, laid out as CPython's
// PyOS_double_to_string does for the codes e, f, g and r (repr digits).

import { fixedDigits, shortestDigits, sigDigits } from "./digits.js";

export type FloatCode = "e" | "f" | "g" | "r";

function exponentText(exp: number): string {
  const abs = exp < 0 ? -exp : exp;
  return (exp < 0 ? "e-" : "e+") + (abs < 10 ? "0" + abs : String(abs));
}

/**
 * |x| for finite x. prec: digits after the point (e, f), significant digits (g; 0 means 1),
 * ignored for r. alt: the '#' form (keep the point and, for g, trailing zeros). addDot0: a
 * result with no point and no exponent gets ".0" (str(), and format with no type code); with g
 * it also moves the switch to exponent form one digit earlier, as CPython does.
 */
export function floatMagnitudeText(ax: number, code: FloatCode, prec: number, alt: boolean, addDot0: boolean): string {
  if (code === "f") {
    const text = fixedDigits(ax, prec);
    return alt && prec === 0 ? text + "." : text;
  }
  let digits: string;
  let exp10: number;
  let useExp: boolean;
  let stripZeros = false;
  if (code === "e") {
    const sd = sigDigits(ax, prec + 1);
    digits = sd.digits;
    exp10 = sd.exp10;
    useExp = true;
  } else if (code === "g") {
    const p = prec === 0 ? 1 : prec;
    const sd = sigDigits(ax, p);
    digits = sd.digits;
    exp10 = sd.exp10;
    // decpt = exp10 + 1 is where the point falls in 0.ddd; exponent form when decpt <= -4 or
    // decpt > p (p - 1 when ".0" would be added).
    useExp = exp10 < -4 || exp10 + 1 > (addDot0 ? p - 1 : p);
    stripZeros = !alt;
  } else {
    if (ax === 0) {
      digits = "0";
      exp10 = 0;
    } else {
      const sd = shortestDigits(ax);
      digits = sd.digits;
      exp10 = sd.exp10;
    }
    useExp = exp10 < -4 || exp10 >= 16;
  }
  if (stripZeros) {
    let end = digits.length;
    while (end > 1 && digits.charCodeAt(end - 1) === 48) end--;
    digits = digits.slice(0, end);
  }
  if (useExp) {
    const rest = digits.slice(1);
    return digits[0] + (rest.length > 0 || alt ? "." + rest : "") + exponentText(exp10);
  }
  const decpt = exp10 + 1;
  let text: string;
  let hasFraction: boolean;
  if (decpt <= 0) {
    text = "0." + "0".repeat(-decpt) + digits;
    hasFraction = true;
  } else if (decpt >= digits.length) {
    text = digits + "0".repeat(decpt - digits.length);
    hasFraction = false;
  } else {
    text = digits.slice(0, decpt) + "." + digits.slice(decpt);
    hasFraction = true;
  }
  if (!hasFraction) {
    if (addDot0) text += ".0";
    else if (alt) text += ".";
  }
  return text;
}

/** The text of a non-finite float: inf or nan (upper case for E F G). */
export function nonFiniteText(x: number, upper: boolean): string {
  const t = x !== x ? "nan" : "inf";
  return upper ? t.toUpperCase() : t;
}
