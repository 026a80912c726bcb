// Python's meanings of \w \d \s and of case-insensitive matching, as JS RegExp (v flag) class
// syntax. Unicode \w is what str.isalnum() accepts plus '_'; \d the decimal digits (Nd); \s
// str.isspace()'s set. Case-insensitive matching is JS's simple case folding, which agrees with
// CPython 3.11 except that Python also treats I, i, İ (U+0130) and ı (U+0131) as one class.

/** A code point as RegExp syntax valid inside and outside classes in v mode. */
export function cpSyntax(cp: number): string {
  if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) return String.fromCharCode(cp);
  return `\\u{${cp.toString(16)}}`;
}

/**
 * The inside of Python's Unicode \w class: str.isalnum() is true exactly for the letters (L)
 * and numbers (N) of Unicode 14, so with '_' that is \w.
 */
export function unicodeWordInner(): string {
  return "\\p{L}\\p{N}_";
}

const UNICODE_SPACE = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000];
export const UNICODE_SPACE_INNER = UNICODE_SPACE.map(cpSyntax).join("");
export const ASCII_SPACE_INNER = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20].map(cpSyntax).join("");
export const ASCII_WORD_INNER = "A-Za-z0-9_";
export const ASCII_DIGIT_INNER = "0-9";

/** Python's Unicode \s restricted to ASCII (it includes \x1c-\x1f). */
const UNICODE_SPACE_ASCII_INNER = UNICODE_SPACE.filter((c) => c < 0x80).map(cpSyntax).join("");

/**
 * Class syntax for a category when the subject is known to be ASCII: the Unicode meaning
 * restricted to ASCII, spelled with small classes (V8 takes ~0.7 ms to compile \p{L}).
 */
export function categorySyntaxForAscii(cat: "d" | "w" | "s", neg: boolean, ascii: boolean): string {
  const inner = cat === "d" ? ASCII_DIGIT_INNER : cat === "w" ? ASCII_WORD_INNER : ascii ? ASCII_SPACE_INNER : UNICODE_SPACE_ASCII_INNER;
  return neg ? `[^${inner}]` : `[${inner}]`;
}

/** Class syntax ([...] or \p{..}) for a category, positive or negated. */
export function categorySyntax(cat: "d" | "w" | "s", neg: boolean, ascii: boolean): string {
  if (cat === "d" && !ascii) return neg ? "\\P{Nd}" : "\\p{Nd}";
  const inner = cat === "d" ? ASCII_DIGIT_INNER : cat === "w" ? (ascii ? ASCII_WORD_INNER : unicodeWordInner()) : ascii ? ASCII_SPACE_INNER : UNICODE_SPACE_INNER;
  return neg ? `[^${inner}]` : `[${inner}]`;
}

// ---- case-insensitivity ----------------------------------------------------------------------

/** The dotted/dotless i family, one case class for Python. */
export const TURKISH_I = [0x49, 0x69, 0x130, 0x131];

let universe: number[] | null = null;
/** Every code point that has a case counterpart (the only ones case-insensitivity can change). */
function casedUniverse(): number[] {
  if (universe === null) {
    const re = /[\p{Changes_When_Casemapped}\p{Changes_When_Casefolded}]/u;
    const out: number[] = [];
    for (let cp = 0; cp < 0x20000; cp++) {
      if (cp >= 0xd800 && cp < 0xe000) continue;
      if (re.test(String.fromCodePoint(cp))) out.push(cp);
    }
    for (const cp of [0x3c2, 0x1fbe, 0x345]) if (!out.includes(cp)) out.push(cp);
    universe = out;
  }
  return universe;
}

/**
 * The code points a class body (v-mode syntax) matches case-insensitively beyond what it
 * matches as written; used to spell case-insensitive parts out where the JS i flag can't be on.
 */
export function caseClosureExtra(inner: string): number[] {
  const ci = new RegExp(`^[${inner}]$`, "vi");
  const cs = new RegExp(`^[${inner}]$`, "v");
  const out: number[] = [];
  let turkish = false;
  for (const cp of casedUniverse()) {
    const ch = String.fromCodePoint(cp);
    if (ci.test(ch) && !cs.test(ch)) out.push(cp);
    if (TURKISH_I.includes(cp) && cs.test(ch)) turkish = true;
  }
  if (turkish) for (const cp of TURKISH_I) if (!out.includes(cp) && !cs.test(String.fromCodePoint(cp))) out.push(cp);
  return out;
}

const litCache = new Map<number, number[]>();
/** The code points equal to cp ignoring case (cp included). */
export function caseVariants(cp: number): number[] {
  let v = litCache.get(cp);
  if (v === undefined) {
    v = [cp, ...caseClosureExtra(cpSyntax(cp))];
    litCache.set(cp, v);
  }
  return v;
}

/** ASCII-only case counterpart of a letter, else null. */
export function asciiSwapCase(cp: number): number | null {
  if (cp >= 0x41 && cp <= 0x5a) return cp + 32;
  if (cp >= 0x61 && cp <= 0x7a) return cp - 32;
  return null;
}
