// Translation of a parsed Python pattern into JS RegExp source (v flag), so that V8's irregexp
// does the matching. Each construct is spelled with Python's meaning (\w, \s, $, ., \b, case
// rules). Returns null when JS can't express the pattern faithfully; the backtracking matcher
// (backtrack.ts) runs those patterns instead.
import type { Node, SetItem } from "./ast.js";
import { widthOf } from "./parse.js";
import { asciiSwapCase, caseClosureExtra, caseVariants, categorySyntax, categorySyntaxForAscii, cpSyntax, TURKISH_I, unicodeWordInner, ASCII_WORD_INNER } from "./charclass.js";

export interface JsTranslation {
  /** the pattern body (no anchoring added) */
  source: string;
  /** the same with every capture numbered one higher (a capture is put in front of it) */
  shiftedSource: string;
  /** both again for ASCII-only subjects (small classes instead of \p{L}: quicker for V8 to compile) */
  asciiSource: string;
  asciiShiftedSource: string;
  /** "v" or "vi" */
  flags: string;
  /** JS capture index of each Python group (index 0 unused) */
  groupMap: number[];
  /** number of JS capture groups */
  jsGroups: number;
}

class Unsupported {}

/** Whether the JS i flag can carry the pattern's case-insensitivity. */
function chooseIgnoreCase(root: Node): boolean {
  let hasU = false, blocked = false;
  const walk = (n: Node): void => {
    switch (n.k) {
      case "lit": case "set": case "ref":
        if (n.ic === "u") hasU = true;
        else if (n.k !== "lit" || /[\p{Changes_When_Casemapped}\p{Changes_When_Casefolded}]/u.test(String.fromCodePoint(n.cp)) || TURKISH_I.includes(n.cp)) blocked = true;
        if (n.k === "set" && n.items.some((it) => "cat" in it && it.ascii && it.cat === "w")) blocked = true;
        return;
      case "at":
        if ((n.what === "wordb" || n.what === "nwordb") && n.ascii) blocked = true;
        return;
      case "cat": case "alt": n.items.forEach(walk); return;
      case "group": case "nc": case "look": case "atomic": case "rep": walk(n.body); return;
      case "cond": walk(n.yes); walk(n.no); return;
    }
  };
  walk(root);
  return hasU && !blocked;
}

/** True if some capturing group inside n may be skipped in one pass over n. */
function hasOptionalGroup(n: Node, optional: boolean): boolean {
  switch (n.k) {
    case "group": return optional || hasOptionalGroup(n.body, optional);
    case "cat": return n.items.some((it) => hasOptionalGroup(it, optional));
    case "alt": return n.items.some((it) => hasOptionalGroup(it, true));
    case "nc": case "atomic": return hasOptionalGroup(n.body, optional);
    case "look": return hasOptionalGroup(n.body, optional || n.neg);
    case "rep": return hasOptionalGroup(n.body, optional || n.min === 0);
    case "cond": return hasOptionalGroup(n.yes, true) || hasOptionalGroup(n.no, true);
    default: return false;
  }
}

function containsGroup(n: Node): boolean {
  switch (n.k) {
    case "group": return true;
    case "cat": case "alt": return n.items.some(containsGroup);
    case "nc": case "atomic": case "look": case "rep": return containsGroup(n.body);
    case "cond": return containsGroup(n.yes) || containsGroup(n.no);
    default: return false;
  }
}

class Emitter {
  readonly groupMap: number[] = [0];
  constructor(
    readonly useI: boolean,
    /** captures already in front of the translation */
    public jsGroups = 0,
    /** the translation only ever sees ASCII subjects: categories can be spelled small */
    readonly asciiSubject = false,
  ) {}

  setInner(items: SetItem[], asciiSubject: boolean): string {
    let s = "";
    for (const it of items) {
      if ("cat" in it) s += asciiSubject ? categorySyntaxForAscii(it.cat, it.neg, it.ascii) : categorySyntax(it.cat, it.neg, it.ascii);
      else s += it.lo === it.hi ? cpSyntax(it.lo) : `${cpSyntax(it.lo)}-${cpSyntax(it.hi)}`;
    }
    return s;
  }

  emit(n: Node, inBehind: boolean): string {
    switch (n.k) {
      case "empty": return "";
      case "lit": return this.lit(n.cp, n.ic);
      case "any": return n.dotall ? "[\\s\\S]" : "[^\\n]";
      case "set": {
        // decisions about case use the class's full meaning; the output may be spelled for ASCII subjects
        const full = this.setInner(n.items, false);
        let inner = this.asciiSubject ? this.setInner(n.items, true) : full;
        if (n.ic === "u") {
          if (this.useI) {
            const probe = new RegExp(`^[${full}]$`, "v");
            if (TURKISH_I.some((cp) => probe.test(String.fromCodePoint(cp)))) inner += TURKISH_I.map(cpSyntax).join("");
          } else inner += caseClosureExtra(full).map(cpSyntax).join("");
        } else if (n.ic === "a") {
          for (const it of n.items) {
            if ("cat" in it) continue;
            for (const [a, b] of [[0x41, 0x5a], [0x61, 0x7a]]) {
              const lo = Math.max(a, it.lo), hi = Math.min(b, it.hi);
              if (lo <= hi) inner += `${cpSyntax(asciiSwapCase(lo)!)}-${cpSyntax(asciiSwapCase(hi)!)}`;
            }
          }
        }
        return n.neg ? `[^${inner}]` : `[${inner}]`;
      }
      case "cat": return n.items.map((it) => this.emit(it, inBehind)).join("");
      case "alt": return `(?:${n.items.map((it) => this.emit(it, inBehind)).join("|")})`;
      case "group": {
        const j = ++this.jsGroups;
        this.groupMap[n.index] = j;
        return `(${this.emit(n.body, inBehind)})`;
      }
      case "nc": return `(?:${this.emit(n.body, inBehind)})`;
      case "look": {
        if (n.behind && containsGroup(n.body) && hasRepeat(n.body)) throw new Unsupported();
        const open = n.behind ? (n.neg ? "(?<!" : "(?<=") : n.neg ? "(?!" : "(?=";
        return `${open}${this.emit(n.body, inBehind || n.behind)})`;
      }
      case "atomic": return this.atomic(() => this.emit(n.body, inBehind), inBehind);
      case "rep": {
        // JS clears a repeated group's capture on each iteration and refuses empty iterations;
        // Python keeps the last value and allows one empty iteration
        if (containsGroup(n.body) && ((n.max > 1 && hasOptionalGroup(n.body, false)) || (n.max > n.min && widthOf(n.body, [])[0] === 0))) throw new Unsupported();
        // Python takes an empty iteration (and stops) before trying a later alternative that
        // consumes; JS refuses empty optional iterations, so it would pick the later one
        if (n.max > n.min && widthOf(n.body, [])[0] === 0 && containsChoice(n.body)) throw new Unsupported();
        const q = quantifier(n.min, n.max) + (n.mode === "lazy" ? "?" : "");
        if (n.mode === "possessive") return this.atomic(() => this.quantified(n.body, q, inBehind), inBehind);
        return this.quantified(n.body, q, inBehind);
      }
      case "ref": {
        if (n.ic === "a" || (n.ic === "u") !== this.useI) throw new Unsupported();
        return `\\${this.groupMap[n.group]}(?:)`;
      }
      case "cond": throw new Unsupported();
      case "at": {
        switch (n.what) {
          case "bol": return n.multiline ? "(?<![^\\n])" : "^";
          case "eol": return n.multiline ? "(?=\\n|$)" : "(?=\\n?$)";
          case "bos": return "^";
          case "eos": return "$";
          case "wordb":
          case "nwordb": {
            const w = n.ascii || this.asciiSubject ? `[${ASCII_WORD_INNER}]` : `[${unicodeWordInner()}]`;
            return n.what === "wordb" ? `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))` : `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w}))`;
          }
        }
      }
    }
  }

  lit(cp: number, ic: "" | "u" | "a"): string {
    if (ic === "u") {
      if (this.useI) return TURKISH_I.includes(cp) ? `[${TURKISH_I.map(cpSyntax).join("")}]` : cpSyntax(cp);
      const v = caseVariants(cp);
      return v.length === 1 ? cpSyntax(cp) : `[${v.map(cpSyntax).join("")}]`;
    }
    if (ic === "a") {
      const o = asciiSwapCase(cp);
      if (o !== null) return `[${cpSyntax(cp)}${cpSyntax(o)}]`;
    }
    return cpSyntax(cp);
  }

  quantified(body: Node, q: string, inBehind: boolean): string {
    const b = this.emit(body, inBehind);
    const atom = body.k === "lit" || body.k === "set" || body.k === "any" || body.k === "group" || body.k === "nc" || body.k === "ref";
    return atom && !b.endsWith("(?:)") ? b + q : `(?:${b})${q}`;
  }

  /** An atomic group: a lookahead (atomic in JS) captures the text, a backreference consumes it. */
  atomic(body: () => string, inBehind: boolean): string {
    if (inBehind) throw new Unsupported();
    const j = ++this.jsGroups;
    return `(?=(${body()}))\\${j}(?:)`;
  }
}

/** True if n holds a choice whose earlier branch may match empty: alternation, lazy repeat, conditional. */
function containsChoice(n: Node): boolean {
  switch (n.k) {
    case "alt": case "cond": return true;
    case "rep": return n.mode === "lazy" || containsChoice(n.body);
    case "cat": return n.items.some(containsChoice);
    case "group": case "nc": case "atomic": return containsChoice(n.body);
    default: return false;
  }
}

function hasRepeat(n: Node): boolean {
  switch (n.k) {
    case "rep": return true;
    case "cat": case "alt": return n.items.some(hasRepeat);
    case "nc": case "atomic": case "look": case "group": return hasRepeat(n.body);
    case "cond": return hasRepeat(n.yes) || hasRepeat(n.no);
    default: return false;
  }
}

function quantifier(min: number, max: number): string {
  if (max === Infinity) return min === 0 ? "*" : min === 1 ? "+" : `{${min},}`;
  if (min === 0 && max === 1) return "?";
  return min === max ? `{${min}}` : `{${min},${max}}`;
}

/** JS syntax for one character-matching node (lit, set, any), case rules spelled out. */
export function charNodeSource(n: Node): string {
  return new Emitter(false).emit(n, false);
}

/** The JS translation of a pattern, or null when only the backtracking matcher can run it. */
/** Groups that some successful match may leave unset (inside an alternative, an optional repeat ...). */
function optionalGroups(n: Node, optional: boolean, out: Set<number>): void {
  switch (n.k) {
    case "group":
      if (optional) out.add(n.index);
      optionalGroups(n.body, optional, out);
      return;
    case "cat": n.items.forEach((it) => optionalGroups(it, optional, out)); return;
    case "alt": n.items.forEach((it) => optionalGroups(it, true, out)); return;
    case "nc": case "atomic": optionalGroups(n.body, optional, out); return;
    case "look": optionalGroups(n.body, optional || n.neg, out); return;
    case "rep": optionalGroups(n.body, optional || n.min === 0, out); return;
    case "cond": optionalGroups(n.yes, true, out); optionalGroups(n.no, true, out); return;
  }
}

function refsOf(n: Node, out: number[]): void {
  switch (n.k) {
    case "ref": out.push(n.group); return;
    case "cat": case "alt": n.items.forEach((it) => refsOf(it, out)); return;
    case "group": case "nc": case "atomic": case "look": case "rep": refsOf(n.body, out); return;
    case "cond": refsOf(n.yes, out); refsOf(n.no, out); return;
  }
}

export function translateToJs(root: Node, groups: number): JsTranslation | null {
  // a JS backreference to a group that did not match matches the empty string; in Python it fails
  const refs: number[] = [];
  refsOf(root, refs);
  if (refs.length > 0) {
    const optional = new Set<number>();
    optionalGroups(root, false, optional);
    if (refs.some((g) => optional.has(g))) return null;
  }
  const useI = chooseIgnoreCase(root);
  const e = new Emitter(useI);
  let source: string, shiftedSource: string, asciiSource: string, asciiShiftedSource: string;
  try {
    source = e.emit(root, false);
    shiftedSource = new Emitter(useI, 1).emit(root, false);
    asciiSource = new Emitter(useI, 0, true).emit(root, false);
    asciiShiftedSource = new Emitter(useI, 1, true).emit(root, false);
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
  for (let g = 1; g <= groups; g++) if (e.groupMap[g] === undefined) return null;
  return { source, shiftedSource, asciiSource, asciiShiftedSource, flags: useI ? "vi" : "v", groupMap: e.groupMap, jsGroups: e.jsGroups };
}
