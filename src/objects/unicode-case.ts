// Character classes and case mappings of CPython 3.11's str methods (Unicode 14.0.0). JS regex
// properties answer most of it (same definitions as CPython's database flags); the generated
// unicode-case-data.ts holds what JS can't say (title case, case folding, numeric types), and
// code points unassigned in Unicode 14 answer False whatever the engine's newer Unicode says.
import { TITLE_CASE, CASE_FOLD, DIGIT_RANGES, NUMERIC_RANGES } from "./unicode-case-data.js";
import { isUnassignedInUnicode14 } from "./unicode14.js";

const RE_UPPER = /\p{Uppercase}/u;
const RE_LOWER = /\p{Lowercase}/u;
const RE_TITLE = /\p{Lt}/u;
const RE_CASED = /\p{Cased}/u;
const RE_CASE_IGNORABLE = /\p{Case_Ignorable}/u;
const RE_ALPHA = /\p{L}/u;
const RE_DECIMAL = /\p{Nd}/u;
const RE_ID_START = /^[\p{XID_Start}_]$/u;
const RE_ID_CONTINUE = /\p{XID_Continue}/u;

function known(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  return cp < 0x378 || !isUnassignedInUnicode14(cp);
}

// ASCII fast paths keep the common case cheap
export function isUpperChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 65 && c <= 90;
  return RE_UPPER.test(ch) && known(ch);
}

export function isLowerChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 97 && c <= 122;
  return RE_LOWER.test(ch) && known(ch);
}

export function isTitleChar(ch: string): boolean {
  return ch.charCodeAt(0) >= 0x80 && RE_TITLE.test(ch) && known(ch);
}

export function isCasedChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return RE_CASED.test(ch) && known(ch);
}

function isCaseIgnorable(ch: string): boolean {
  return RE_CASE_IGNORABLE.test(ch);
}

export function isAlphaChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return RE_ALPHA.test(ch) && known(ch);
}

export function isDecimalChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 48 && c <= 57;
  return RE_DECIMAL.test(ch) && known(ch);
}

function inRanges(table: number[], cp: number): boolean {
  let lo = 0, hi = table.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < table[2 * mid]) hi = mid - 1;
    else if (cp > table[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

export function isDigitChar(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  if (c < 0x80) return c >= 48 && c <= 57;
  return inRanges(DIGIT_RANGES, c);
}

export function isNumericChar(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  if (c < 0x80) return c >= 48 && c <= 57;
  return inRanges(NUMERIC_RANGES, c);
}

export function isAlnumChar(ch: string): boolean {
  return isAlphaChar(ch) || isDecimalChar(ch) || isDigitChar(ch) || isNumericChar(ch);
}

/** str.isidentifier(). */
export function isIdentifier(s: string): boolean {
  let first = true;
  for (const ch of s) {
    if (first) {
      if (!RE_ID_START.test(ch) || !known(ch)) return false;
      first = false;
    } else if (!RE_ID_CONTINUE.test(ch) || !known(ch)) return false;
  }
  return !first;
}

/** Title case of one character (full mapping: 'ß' → 'Ss'). */
export function titleOfChar(ch: string): string {
  const t = TITLE_CASE[ch];
  return t !== undefined ? t : ch.toUpperCase();
}

/**
 * Lower case of cps[i] in context: capital sigma becomes final sigma at the end of a word
 * (preceded by a cased letter and not followed by one, case-ignorable characters skipped).
 */
function lowerAt(cps: string[], i: number): string {
  const ch = cps[i];
  if (ch !== "\u03a3") return ch.toLowerCase();
  let j = i - 1;
  while (j >= 0 && isCaseIgnorable(cps[j])) j--;
  const before = j >= 0 && isCasedChar(cps[j]);
  j = i + 1;
  while (j < cps.length && isCaseIgnorable(cps[j])) j++;
  const after = j < cps.length && isCasedChar(cps[j]);
  return before && !after ? "\u03c2" : "\u03c3";
}

/** str.title(). */
export function titleStr(s: string): string {
  const cps = Array.from(s);
  let out = "";
  let prevCased = false;
  for (let i = 0; i < cps.length; i++) {
    const ch = cps[i];
    out += prevCased ? lowerAt(cps, i) : titleOfChar(ch);
    prevCased = isCasedChar(ch);
  }
  return out;
}

/** str.capitalize(): the first character in title case, the rest lower case. */
export function capitalizeStr(s: string): string {
  const cps = Array.from(s);
  let out = "";
  for (let i = 0; i < cps.length; i++) out += i === 0 ? titleOfChar(cps[0]) : lowerAt(cps, i);
  return out;
}

/** str.swapcase(). */
export function swapcaseStr(s: string): string {
  const cps = Array.from(s);
  let out = "";
  for (let i = 0; i < cps.length; i++) {
    const ch = cps[i];
    if (isUpperChar(ch)) out += lowerAt(cps, i);
    else if (isLowerChar(ch)) out += ch.toUpperCase();
    else out += ch;
  }
  return out;
}

/** str.casefold(). */
export function casefoldStr(s: string): string {
  let out = "";
  for (const ch of s) {
    const f = CASE_FOLD[ch];
    out += f !== undefined ? f : ch.toLowerCase();
  }
  return out;
}

/** str.isupper(): no lower or title case characters, at least one upper case one. */
export function isUpperStr(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (isLowerChar(ch) || isTitleChar(ch)) return false;
    if (!cased && isUpperChar(ch)) cased = true;
  }
  return cased;
}

export function isLowerStr(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (isUpperChar(ch) || isTitleChar(ch)) return false;
    if (!cased && isLowerChar(ch)) cased = true;
  }
  return cased;
}

export function isTitleStr(s: string): boolean {
  let cased = false, prevCased = false;
  for (const ch of s) {
    if (isUpperChar(ch) || isTitleChar(ch)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (isLowerChar(ch)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}
