// Character names for the \N{...} escape, as CPython 3.11 accepts them: the Unicode 14 names and
// name aliases, case-insensitively; CJK unified ideographs ("CJK UNIFIED IDEOGRAPH-4E00") and
// Hangul syllables ("HANGUL SYLLABLE GAG") computed, with their prefixes in capitals only.
// The name table (data/unicode-names.ts, ~140 kB gzipped) is unpacked on the first lookup.
import type * as Zlib from "node:zlib";
import { CJK_UNIFIED_RANGES, NAMES_GZIP_BASE64 } from "./data/unicode-names.js";
import { lazyNode } from "../vm/node-lazy.js";

const zlib = lazyNode<typeof Zlib>("node:zlib");

let table: Map<string, number> | null = null;
/** Code point → its name (not aliases), for unicodedata.name(); filled with the table. */
const namesByCode = new Map<number, string>();

function loadTable(): Map<string, number> {
  const text = zlib().gunzipSync(Buffer.from(NAMES_GZIP_BASE64, "base64")).toString("latin1");
  const map = new Map<string, number>();
  let cp = -1;
  let aliases = false;
  for (const line of text.split("\n")) {
    if (line === "") continue;
    if (line === "#aliases") {
      aliases = true;
      continue;
    }
    if (aliases) {
      const space = line.indexOf(" ");
      map.set(line.slice(space + 1), parseInt(line.slice(0, space), 16));
    } else if (line.charCodeAt(0) === 43 /* + */) {
      const space = line.indexOf(" ");
      cp += parseInt(line.slice(1, space), 16);
      map.set(line.slice(space + 1), cp);
      namesByCode.set(cp, line.slice(space + 1));
    } else {
      cp += 1;
      map.set(line, cp);
      namesByCode.set(cp, line);
    }
  }
  return map;
}

// Jamo short names (Unicode's Hangul syllable naming): leading consonant, vowel, trailing consonant.
const JAMO_L = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
const JAMO_V = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI",
  "YU", "EU", "YI", "I"];
const JAMO_T = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B",
  "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

/** Index of the longest jamo name in `names` that `s` has at `pos`, or -1. */
function longestJamo(s: string, pos: number, names: string[]): number {
  let best = -1;
  for (let i = 0; i < names.length; i++) {
    const n = names[i]!;
    if (s.startsWith(n, pos) && (best < 0 || n.length > names[best]!.length)) best = i;
  }
  return best;
}

function hangulSyllable(rest: string): number | undefined {
  const l = longestJamo(rest, 0, JAMO_L);
  if (l < 0) return undefined;
  let pos = JAMO_L[l]!.length;
  const v = longestJamo(rest, pos, JAMO_V);
  if (v < 0) return undefined;
  pos += JAMO_V[v]!.length;
  const t = longestJamo(rest, pos, JAMO_T);
  if (t < 0 || pos + JAMO_T[t]!.length !== rest.length) return undefined;
  return 0xac00 + (l * 21 + v) * 28 + t;
}

/** The code point named `name`, or undefined. */
export function lookupUnicodeName(name: string): number | undefined {
  if (name.startsWith("CJK UNIFIED IDEOGRAPH-")) {
    const hex = name.slice(22);
    if (!/^[0-9A-F]{4,5}$/.test(hex)) return undefined;
    const cp = parseInt(hex, 16);
    return CJK_UNIFIED_RANGES.some(([a, b]) => cp >= a && cp <= b) ? cp : undefined;
  }
  if (name.startsWith("HANGUL SYLLABLE ")) return hangulSyllable(name.slice(16));
  // eslint-disable-next-line no-control-regex
  if (!/^[\x00-\x7f]*$/.test(name)) return undefined;
  table ??= loadTable();
  return table.get(name.replace(/[a-z]+/g, (s) => s.toUpperCase()));
}

/** The Unicode 14 name of code point `cp` (computed for CJK unified ideographs and Hangul syllables), or undefined. */
export function unicodeNameOf(cp: number): string | undefined {
  if (CJK_UNIFIED_RANGES.some(([a, b]) => cp >= a && cp <= b)) return `CJK UNIFIED IDEOGRAPH-${cp.toString(16).toUpperCase()}`;
  if (cp >= 0xac00 && cp <= 0xd7a3) {
    const s = cp - 0xac00;
    return `HANGUL SYLLABLE ${JAMO_L[Math.floor(s / 588)]}${JAMO_V[Math.floor((s % 588) / 28)]}${JAMO_T[s % 28]}`;
  }
  table ??= loadTable();
  return namesByCode.get(cp);
}
