// What CPython's tokenizer says about a malformed number. The raw lexer matches only well-formed
// numbers; when one is directly followed by a letter, digit or underscore (or is an int with
// leading zeros), this scanner re-reads it from its first character, following the tokenizer's
// rules, to find the message and the position of the complaint. It runs only on that rare path.

/** A complaint about a number: `at` is the source offset the tokenizer's cursor stands on
 *  (CPython reports it as the 1-based offset of the character before it). `rangeEnd` is set
 *  for the leading-zeros error, which CPython reports as a range. */
export interface NumberComplaint {
  msg: string;
  at: number;
  rangeStart?: number;
  rangeEnd?: number;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isHexDigit = (c: number) => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
/** Letters, digits, underscore and anything non-ASCII: what could continue an identifier. */
export const isPotentialIdentifierChar = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || isDigit(c) || c >= 128;

/**
 * Scans the number starting at `start` and returns a complaint, or null when the number is fine
 * as far as it goes (e.g. `1if`, where a keyword follows and CPython only warns).
 */
export function checkNumber(src: string, start: number): NumberComplaint | null {
  let pos = start; // index of the next character to read
  const peek = () => (pos < src.length ? src.charCodeAt(pos) : -1);
  const next = () => (pos < src.length ? src.charCodeAt(pos++) : (pos++, -1));
  const fail = (msg: string, at = pos): NumberComplaint => ({ msg, at });
  const lookahead = (word: string) => src.startsWith(word, pos);
  // The end of a number must not run into a name, except for keywords that can follow one.
  const verifyEnd = (c: number, kind: string): NumberComplaint | null => {
    // `pos` stands just after c.
    let keywordFollows = false;
    switch (c) {
      case 97: keywordFollows = lookahead("nd"); break; // and
      case 101: keywordFollows = lookahead("lse"); break; // else
      case 102: keywordFollows = lookahead("or"); break; // for
      case 105: { const c2 = peek(); keywordFollows = c2 === 102 || c2 === 110 || c2 === 115; break; } // if in is
      case 111: keywordFollows = lookahead("r"); break; // or
      case 110: keywordFollows = lookahead("ot"); break; // not
    }
    if (keywordFollows) return null;
    // Only ASCII counts here: CPython lets a non-ASCII name follow (and the parser complains).
    if (c < 128 && isPotentialIdentifierChar(c)) return fail(`invalid ${kind} literal`, pos - 1);
    return null;
  };
  // Digits with single underscores between them; returns the first character after them.
  const decimalTail = (): number | NumberComplaint => {
    let c: number;
    for (;;) {
      do c = next(); while (isDigit(c));
      if (c !== 95) return c;
      c = next();
      if (!isDigit(c)) return fail("invalid decimal literal", pos - 1);
    }
  };

  let c = next();
  if (c === 48) {
    c = next();
    if (c === 120 || c === 88) return radixNumber(isHexDigit, "hexadecimal", null);
    if (c === 111 || c === 79) return radixNumber((d) => d >= 48 && d <= 55, "octal", "octal");
    if (c === 98 || c === 66) return radixNumber((d) => d === 48 || d === 49, "binary", "binary");
    let nonzero = false;
    for (;;) {
      if (c === 95) {
        c = next();
        if (!isDigit(c)) return fail("invalid decimal literal", pos - 1);
      }
      if (c !== 48) break;
      c = next();
    }
    const zerosEnd = pos;
    if (isDigit(c)) {
      nonzero = true;
      const t = decimalTail();
      if (typeof t !== "number") return t;
      c = t;
    }
    if (c === 46) return fraction(next());
    if (c === 101 || c === 69) return exponent(c);
    if (c === 106 || c === 74) return imaginary();
    if (nonzero) {
      return {
        msg: "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        at: pos - 1, rangeStart: start, rangeEnd: zerosEnd,
      };
    }
    return verifyEnd(c, "decimal");
  }
  if (c === 46) return fraction(next()); // ".5"
  pos--;
  const t = decimalTail();
  if (typeof t !== "number") return t;
  c = t;
  if (c === 46) return fraction(next());
  return afterFraction(c);

  function fraction(c: number): NumberComplaint | null {
    if (isDigit(c)) {
      pos--;
      const t = decimalTail();
      if (typeof t !== "number") return t;
      c = t;
    }
    return afterFraction(c);
  }
  function afterFraction(c: number): NumberComplaint | null {
    if (c === 101 || c === 69) return exponent(c);
    if (c === 106 || c === 74) return imaginary();
    return verifyEnd(c, "decimal");
  }
  function exponent(e: number): NumberComplaint | null {
    let c = next();
    if (c === 43 || c === 45) {
      c = next();
      if (!isDigit(c)) return fail("invalid decimal literal", pos - 1);
    } else if (!isDigit(c)) {
      pos--; // back up c; `e` is now the last character read
      return verifyEnd(e, "decimal");
    }
    pos--;
    const t = decimalTail();
    if (typeof t !== "number") return t;
    c = t;
    if (c === 106 || c === 74) return imaginary();
    return verifyEnd(c, "decimal");
  }
  function imaginary(): NumberComplaint | null {
    return verifyEnd(next(), "imaginary");
  }
  function radixNumber(isRadixDigit: (c: number) => boolean, kind: string, digitKind: string | null) {
    let c = next();
    do {
      if (c === 95) c = next();
      if (!isRadixDigit(c)) {
        if (digitKind && isDigit(c)) return fail(`invalid digit '${String.fromCharCode(c)}' in ${digitKind} literal`);
        return fail(`invalid ${kind} literal`, pos - 1);
      }
      do c = next(); while (isRadixDigit(c));
    } while (c === 95);
    if (digitKind && isDigit(c)) return fail(`invalid digit '${String.fromCharCode(c)}' in ${digitKind} literal`);
    return verifyEnd(c, kind);
  }
}
