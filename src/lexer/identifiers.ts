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

/** Index (UTF-16) within `name` of the first character that makes it invalid, or -1. The check is
 *  made on the NFKC form, as CPython does; the index is mapped back to the original text. */
export function findInvalidIdentifierChar(name: string): { index: number; ch: string } | null {
  const normal = name.normalize("NFKC");
  let i = 0;
  for (const ch of normal) {
    const ok = i === 0 ? XID_START.test(ch) : XID_CONTINUE.test(ch);
    if (!ok) {
      const inOriginal = normal === name ? i : name.indexOf(ch);
      return { index: inOriginal >= 0 ? inOriginal : 0, ch };
    }
    i += ch.length;
  }
  return null;
}
