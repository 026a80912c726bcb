// Non-ASCII identifiers (PEP 3131): NFKC-normalised, then every character must be XID_Start
// (first) or XID_Continue (rest). CPython reports the first character that is not.

const XID_START = /^[\p{XID_Start}_]$/u;
const XID_CONTINUE = /^\p{XID_Continue}$/u;
// Python's str.isprintable() is false for these general categories (space U+0020 aside).
const NON_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

export function isPrintable(ch: string): boolean {
  return ch === " " || !NON_PRINTABLE.test(ch);
}

/** The message CPython gives for a character that cannot appear in source outside strings. */
export function invalidCharacterMessage(ch: string): string {
  const hex = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
  return isPrintable(ch) ? `invalid character '${ch}' (U+${hex})` : `invalid non-printable character U+${hex}`;
}

/** Index (UTF-16) within `name` of the first character that makes it invalid, and that character,
 *  or null. CPython checks the NFKC form but names a character of the original text. */
export function findInvalidIdentifierChar(name: string): { index: number; ch: string } | null {
  const original = firstInvalid(name);
  if (original) return original;
  const normal = name.normalize("NFKC");
  if (normal === name) return null;
  const bad = firstInvalid(normal);
  return bad ? { index: Math.max(0, name.indexOf(bad.ch)), ch: bad.ch } : null;
}

function firstInvalid(name: string): { index: number; ch: string } | null {
  let i = 0;
  for (const ch of name) {
    const ok = i === 0 ? XID_START.test(ch) : XID_CONTINUE.test(ch);
    if (!ok) return { index: i, ch };
    i += ch.length;
  }
  return null;
}
