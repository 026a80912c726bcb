// The matchers behind a compiled pattern. Both work on a JS string (a str, or bytes as latin-1)
// already cut at endpos, with UTF-16 indices; Match converts to code point indices.
//   JsMatcher   — the pattern translated to RegExp objects (one per way of matching, made on
//                 first use): fast, used whenever the translation is faithful.
//   backtrack.ts — our own matcher for what JS can't express.

/** How a match is looked for: search from `at`; match at `at`; fullmatch at `at`; match at `at` that is not empty. */
export const enum Mode {
  Search = 0,
  Match = 1,
  Full = 2,
  Advance = 3,
}

export interface Hit {
  /** UTF-16 indices of the whole match in the subject */
  start: number;
  end: number;
  mode: Mode;
  /** the JS exec result when the matcher gives text (group g is caps[capIndex[g]]), else null */
  caps: RegExpExecArray | null;
  /** JS capture index of each Python group, for caps */
  capIndex: Int32Array | null;
  /** [start0, end0, start1, end1, ...] in UTF-16 indices, -1 for a group that did not match */
  spans: Int32Array | null;
  /** the matcher that found it (asked for the spans later) */
  owner: Matcher;
  /** found with the ASCII-subject translation */
  ascii: boolean;
}

export interface Matcher {
  /** `ascii`: the subject has only ASCII characters (a quicker translation may be used) */
  exec(subject: string, at: number, mode: Mode, ascii?: boolean): Hit | null;
  /** The group spans of a hit (computed on demand). */
  spans(subject: string, hit: Hit): Int32Array;
}

/** True when UTF-16 index i falls between the two halves of a surrogate pair. */
function midPair(s: string, i: number): boolean {
  return i > 0 && (s.charCodeAt(i) & 0xfc00) === 0xdc00 && (s.charCodeAt(i - 1) & 0xfc00) === 0xd800;
}

interface Variant {
  re: RegExp;
  /** JS capture index of Python group g is groupMap[g] + shift */
  shift: number;
}

export class JsMatcher implements Matcher {
  private readonly variants: (Variant | undefined)[] = [];
  private readonly spanVariants: (Variant | undefined)[] = [];
  private readonly capIndex: Int32Array;
  private readonly shiftedCapIndex: Int32Array;

  constructor(
    readonly source: string,
    /** source with its captures numbered from 2 (for the Advance variant) */
    readonly shiftedSource: string,
    /** the two again for ASCII-only subjects */
    readonly asciiSource: string,
    readonly asciiShiftedSource: string,
    readonly flags: string,
    readonly groupMap: number[],
    readonly jsGroups: number,
    readonly groups: number,
    /** our matcher, used if V8 refuses a variant or runs out of backtracking stack */
    private readonly makeFallback: () => Matcher,
  ) {
    this.capIndex = Int32Array.from(groupMap);
    this.shiftedCapIndex = Int32Array.from(groupMap, (j) => j + 1);
  }

  private variant(mode: Mode, indices: boolean, ascii: boolean): Variant {
    const cache = indices ? this.spanVariants : this.variants;
    const slot = ascii ? mode + 4 : mode;
    let v = cache[slot];
    if (v === undefined) {
      const d = indices ? "d" : "";
      const source = ascii ? this.asciiSource : this.source;
      switch (mode) {
        case Mode.Search: v = { re: new RegExp(source, this.flags + d + "g"), shift: 0 }; break;
        case Mode.Match: v = { re: new RegExp(source, this.flags + d + "y"), shift: 0 }; break;
        case Mode.Full: v = { re: new RegExp(`(?:${source})$`, this.flags + d + "y"), shift: 0 }; break;
        case Mode.Advance:
          // group 1 holds the rest of the subject from the start; the match may not end where it began
          v = { re: new RegExp(`(?=([\\s\\S]*))(?:${ascii ? this.asciiShiftedSource : this.shiftedSource})(?!\\1)`, this.flags + d + "y"), shift: 1 };
          break;
      }
      cache[slot] = v;
    }
    return v;
  }

  private fallback: Matcher | null = null;

  exec(subject: string, at: number, mode: Mode, ascii = false): Hit | null {
    if (this.fallback !== null) return this.fallback.exec(subject, at, mode);
    try {
      return this.execJs(subject, at, mode, ascii);
    } catch (e) {
      if (!(e instanceof RangeError || e instanceof SyntaxError)) throw e;
      this.fallback = this.makeFallback();
      return this.fallback.exec(subject, at, mode);
    }
  }

  private execJs(subject: string, at: number, mode: Mode, ascii: boolean): Hit | null {
    const v = this.variant(mode, false, ascii);
    v.re.lastIndex = at;
    let m = v.re.exec(subject);
    // V8's search also tries the middle of a surrogate pair (where Python has no index): skip those
    while (m !== null && mode === Mode.Search && midPair(subject, m.index)) {
      v.re.lastIndex = m.index + 1;
      m = v.re.exec(subject);
    }
    if (m === null) return null;
    return { start: m.index, end: m.index + m[0].length, mode, caps: m, capIndex: v.shift === 0 ? this.capIndex : this.shiftedCapIndex, spans: null, owner: this, ascii };
  }

  spans(subject: string, hit: Hit): Int32Array {
    if (hit.spans !== null) return hit.spans;
    const out = new Int32Array(2 * (this.groups + 1)).fill(-1);
    out[0] = hit.start;
    out[1] = hit.end;
    if (this.groups > 0) {
      // run again at the same place with indices on: the same match, now with positions
      const mode = hit.mode === Mode.Search ? Mode.Match : hit.mode;
      let m: RegExpExecArray | null;
      let v: Variant;
      try {
        v = this.variant(mode, true, hit.ascii);
        v.re.lastIndex = hit.start;
        m = v.re.exec(subject);
      } catch (e) {
        if (!(e instanceof RangeError || e instanceof SyntaxError)) throw e;
        this.fallback ??= this.makeFallback();
        const h = this.fallback.exec(subject, hit.start, mode);
        hit.spans = h === null ? out : this.fallback.spans(subject, h);
        return hit.spans;
      }
      const ind = m?.indices;
      if (ind) {
        for (let g = 1; g <= this.groups; g++) {
          const sp = ind[this.groupMap[g] + v.shift];
          if (sp) {
            out[2 * g] = sp[0];
            out[2 * g + 1] = sp[1];
          }
        }
      }
    }
    hit.spans = out;
    return out;
  }
}
