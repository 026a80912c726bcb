// Parser of Python's regular expression syntax (3.11), written from the documented syntax and
// CPython's observable behaviour: the same errors, messages and positions (position = index in
// the pattern's code points, or null where CPython gives none).
import { F, MAXREPEAT, type CaseMode, type Node, type ParsedPattern, type SetItem, type CatItem } from "./ast.js";
import { isIdentifier } from "../../objects/unicode-case.js";
import { lookupUnicodeName } from "../../lexer/unicode-names.js";

/** A syntax error in a pattern; module.ts turns it into re.error(msg, pattern, pos). */
export class PatternError {
  constructor(
    readonly msg: string,
    readonly pos: number | null,
  ) {}
}
/** A ValueError/OverflowError raised while compiling (not re.error). */
export class PatternValueError {
  constructor(
    readonly kind: "ValueError" | "OverflowError",
    readonly msg: string,
  ) {}
}

const VERBOSE_WS = new Set([0x20, 0x09, 0x0a, 0x0d, 0x0b, 0x0c]);
const FLAG_LETTERS: Record<string, number> = { a: F.ASCII, i: F.IGNORECASE, L: F.LOCALE, m: F.MULTILINE, s: F.DOTALL, u: F.UNICODE, x: F.VERBOSE };
const TYPE_FLAGS = F.ASCII | F.LOCALE | F.UNICODE;
const isDigit = (c: number | undefined) => c !== undefined && c >= 0x30 && c <= 0x39;
const isOct = (c: number | undefined) => c !== undefined && c >= 0x30 && c <= 0x37;
const isHex = (c: number | undefined) => c !== undefined && ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66));
const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** Doubled characters in a class that future set operations may give a meaning (FutureWarning). */
const SET_OPS: Record<number, string> = { 0x26: "intersection", 0x7e: "symmetric difference", 0x7c: "union", 0x2d: "difference" };

/** One parsed class member: a range end, or a category (which can't bound a range). */
type ClassAtom = { cp: number; text: string } | { cat: CatItem; text: string };

class Parser {
  readonly cps: number[];
  pos = 0;
  /** global flags (argument flags plus inline global flags at the start) */
  flags: number;
  groups = 0;
  readonly open = new Set<number>();
  readonly groupindex = new Map<string, number>();
  readonly groupWidth: [number, number][] = [];
  /** closing rank of each group (index 0 holds a placeholder) */
  readonly closeOrder: number[] = [0];
  private closed = 0;
  /** group count when the outermost lookbehind being parsed started, else -1 */
  lookbehindGroups = -1;
  /** conditional group numbers and where they were written */
  readonly condRefs: [number, number][] = [];
  /** a lookbehind's width error is reported after the whole pattern parsed (CPython does it when compiling) */
  widthError = false;

  constructor(
    readonly text: string,
    flags: number,
    readonly isBytes: boolean,
  ) {
    this.cps = isBytes ? Array.from(text, (c) => c.charCodeAt(0)) : Array.from(text, (c) => c.codePointAt(0)!);
    this.flags = flags;
  }

  peek(off = 0): number | undefined {
    return this.cps[this.pos + off];
  }
  at(ch: string): boolean {
    return this.cps[this.pos] === ch.charCodeAt(0);
  }
  eat(ch: string): boolean {
    if (this.at(ch)) {
      this.pos++;
      return true;
    }
    return false;
  }
  slice(a: number, b: number): string {
    return String.fromCodePoint(...this.cps.slice(a, b));
  }
  /** where FutureWarnings go (possible set operations in classes) */
  onWarning: (message: string) => void = () => {};
  warn(msg: string, pos: number): void {
    this.onWarning(`${msg} at position ${pos}`);
  }

  err(msg: string, pos: number | null = this.pos): PatternError {
    return new PatternError(msg, pos);
  }

  caseMode(flags: number): CaseMode {
    if (!(flags & F.IGNORECASE)) return "";
    return this.isBytes || flags & (F.ASCII | F.LOCALE) ? "a" : "u";
  }
  asciiMode(flags: number): boolean {
    return this.isBytes || (flags & (F.ASCII | F.LOCALE)) !== 0;
  }

  /** Skips verbose-mode whitespace and comments; true if something was skipped. */
  skipVerbose(flags: number): void {
    if (!(flags & F.VERBOSE)) return;
    for (;;) {
      const c = this.peek();
      if (c !== undefined && VERBOSE_WS.has(c)) this.pos++;
      else if (c === 0x23) {
        while (this.pos < this.cps.length && this.cps[this.pos] !== 0x0a) this.pos++;
      } else return;
    }
  }

  /** Alternatives up to ')' or the end. */
  parseAlternation(flags: number, top: boolean): Node {
    const alts: Node[] = [];
    let first = top;
    for (;;) {
      alts.push(this.parseSequence(flags, first));
      if (top) flags = this.topFlags(flags);
      first = false;
      if (!this.eat("|")) break;
    }
    return alts.length === 1 ? alts[0] : { k: "alt", items: alts };
  }

  /** After the first alternative at top level, inline global flags found there apply to the rest. */
  topFlags(flags: number): number {
    return flags | this.flags;
  }

  /** One sequence of items up to '|', ')' or the end; `first`: global flags allowed at its start. */
  parseSequence(flags: number, first: boolean): Node {
    const items: Node[] = [];
    /** items made by a quantifier, to detect "multiple repeat" */
    const repeated = new Set<Node>();
    for (;;) {
      this.skipVerbose(flags);
      const c = this.peek();
      if (c === undefined || c === 0x7c /* | */ || c === 0x29 /* ) */) break;
      const start = this.pos;
      if (c === 0x2a || c === 0x2b || c === 0x3f || c === 0x7b) {
        const rep = this.parseRepeatBounds();
        if (rep !== null) {
          const last = items[items.length - 1];
          if (last === undefined || last.k === "at") throw this.err("nothing to repeat", start);
          if (repeated.has(last)) throw this.err("multiple repeat", start);
          let mode: "greedy" | "lazy" | "possessive" = "greedy";
          if (this.eat("?")) mode = "lazy";
          else if (this.eat("+")) mode = "possessive";
          const node: Node = { k: "rep", min: rep[0], max: rep[1], mode, body: last };
          items[items.length - 1] = node;
          repeated.add(node);
          continue;
        }
        // '{' not starting a valid repeat is a literal
      }
      const r = this.parseAtom(flags, first && items.length === 0);
      if (r === null) continue; // a comment
      if (typeof r === "number") {
        // inline global flags at the start: they apply from here on
        flags |= r;
        continue;
      }
      items.push(r);
    }
    return items.length === 1 ? items[0] : items.length === 0 ? { k: "empty" } : { k: "cat", items };
  }

  /** A quantifier at pos ([min, max]) or null when '{' is not a valid repeat (pos unchanged then). */
  parseRepeatBounds(): [number, number] | null {
    const c = this.peek()!;
    if (c !== 0x7b) {
      this.pos++;
      return c === 0x2a ? [0, Infinity] : c === 0x2b ? [1, Infinity] : [0, 1];
    }
    const save = this.pos;
    this.pos++;
    let lo = "", hi = "";
    while (isDigit(this.peek())) lo += String.fromCharCode(this.cps[this.pos++]);
    let comma = false;
    if (this.eat(",")) {
      comma = true;
      while (isDigit(this.peek())) hi += String.fromCharCode(this.cps[this.pos++]);
    } else hi = lo;
    if (!this.at("}") || (!comma && lo === "")) {
      this.pos = save;
      return null;
    }
    const min = lo === "" ? 0 : Number(lo);
    const max = hi === "" ? Infinity : Number(hi);
    if (min >= MAXREPEAT || (max !== Infinity && max >= MAXREPEAT)) throw new PatternValueError("OverflowError", "the repetition number is too large");
    if (max < min) throw this.err("min repeat greater than max repeat", save + 1);
    this.pos++;
    return [min, max];
  }

  /** One item; a number for inline global flags, null for something that adds nothing. */
  parseAtom(flags: number, atStart: boolean): Node | number | null {
    const start = this.pos;
    const c = this.cps[this.pos++];
    switch (c) {
      case 0x2e: return { k: "any", dotall: (flags & F.DOTALL) !== 0 };
      case 0x5e: return { k: "at", what: "bol", multiline: (flags & F.MULTILINE) !== 0, ascii: false };
      case 0x24: return { k: "at", what: "eol", multiline: (flags & F.MULTILINE) !== 0, ascii: false };
      case 0x5b: return this.parseClass(flags, start);
      case 0x5c: return this.parseEscape(flags, start);
      case 0x28: return this.parseGroup(flags, start, atStart);
      default: return { k: "lit", cp: c, ic: this.caseMode(flags) };
    }
  }

  parseGroup(flags: number, start: number, atStart: boolean): Node | number | null {
    if (!this.eat("?")) {
      const index = this.openGroup();
      const body = this.parseAlternation(flags, false);
      this.closeParen(start);
      return this.closeGroup(index, body);
    }
    const c = this.peek();
    if (c === undefined) throw this.err("unexpected end of pattern");
    const ch = String.fromCodePoint(c);
    this.pos++;
    switch (ch) {
      case ":": {
        const body = this.parseAlternation(flags, false);
        this.closeParen(start);
        return { k: "nc", body };
      }
      case ">": {
        const body = this.parseAlternation(flags, false);
        this.closeParen(start);
        return { k: "atomic", body };
      }
      case "#": {
        while (this.pos < this.cps.length && !this.at(")")) this.pos++;
        if (!this.eat(")")) throw this.err("missing ), unterminated comment", start);
        return null;
      }
      case "=":
      case "!":
        return this.parseLook(flags, start, false, ch === "!");
      case "<": {
        const d = this.peek();
        if (d === undefined) throw this.err("unexpected end of pattern");
        this.pos++;
        if (d === 0x3d || d === 0x21) return this.parseLook(flags, start, true, d === 0x21);
        throw this.err(`unknown extension ?<${String.fromCodePoint(d)}`, start + 1);
      }
      case "P": {
        const d = this.peek();
        if (d === undefined) throw this.err("unexpected end of pattern");
        this.pos++;
        if (d === 0x3c) {
          const nameStart = this.pos;
          const name = this.readName(">", "missing >, unterminated name");
          if (!isIdentifier(name)) throw this.err(`bad character in group name '${name}'`, nameStart);
          const index = this.openGroup();
          const prev = this.groupindex.get(name);
          if (prev !== undefined) throw this.err(`redefinition of group name '${name}' as group ${index}; was group ${prev}`, nameStart);
          this.groupindex.set(name, index);
          const body = this.parseAlternation(flags, false);
          this.closeParen(start);
          return this.closeGroup(index, body);
        }
        if (d === 0x3d) {
          const nameStart = this.pos;
          const name = this.readName(")", "missing ), unterminated name");
          if (!isIdentifier(name)) throw this.err(`bad character in group name '${name}'`, nameStart);
          const g = this.groupindex.get(name);
          if (g === undefined) throw this.err(`unknown group name '${name}'`, nameStart);
          if (this.open.has(g)) throw this.err("cannot refer to an open group", nameStart);
          this.checkLookbehindRef(g, this.pos);
          return { k: "ref", group: g, ic: this.caseMode(flags) };
        }
        throw this.err(`unknown extension ?P${String.fromCodePoint(d)}`, start + 1);
      }
      case "(":
        return this.parseConditional(flags, start);
      default:
        if (ch in FLAG_LETTERS || ch === "-") return this.parseInlineFlags(flags, start, atStart);
        throw this.err(`unknown extension ?${ch}`, start + 1);
    }
  }

  /** Reads a group name up to `end` (consumed). */
  readName(end: string, unterminated: string): string {
    const nameStart = this.pos;
    const endCp = end.charCodeAt(0);
    while (this.pos < this.cps.length && this.cps[this.pos] !== endCp) this.pos++;
    if (this.pos >= this.cps.length) throw this.err(this.pos === nameStart ? "missing group name" : unterminated, nameStart);
    const name = this.slice(nameStart, this.pos);
    this.pos++;
    if (name === "") throw this.err("missing group name", nameStart);
    return name;
  }

  openGroup(): number {
    const index = ++this.groups;
    this.open.add(index);
    return index;
  }
  closeGroup(index: number, body: Node): Node {
    this.open.delete(index);
    this.closeOrder[index] = ++this.closed;
    this.groupWidth[index] = widthOf(body, this.groupWidth);
    return { k: "group", index, body };
  }
  closeParen(start: number): void {
    if (!this.eat(")")) throw this.err("missing ), unterminated subpattern", start);
  }

  checkLookbehindRef(group: number, pos: number): void {
    if (this.lookbehindGroups >= 0 && group > this.lookbehindGroups) throw this.err("cannot refer to group defined in the same lookbehind subpattern", pos);
  }

  parseLook(flags: number, start: number, behind: boolean, neg: boolean): Node {
    const outer = this.lookbehindGroups;
    if (behind && outer < 0) this.lookbehindGroups = this.groups;
    const body = this.parseAlternation(flags, false);
    this.closeParen(start);
    this.lookbehindGroups = outer;
    let width = 0;
    if (behind) {
      const [lo, hi] = widthOf(body, this.groupWidth);
      if (lo !== hi) this.widthError = true;
      width = lo;
    }
    return { k: "look", behind, neg, body, width };
  }

  parseConditional(flags: number, start: number): Node {
    const nameStart = this.pos;
    const name = this.readName(")", "missing ), unterminated name");
    let group: number;
    if (isIdentifier(name)) {
      const g = this.groupindex.get(name);
      if (g === undefined) throw this.err(`unknown group name '${name}'`, nameStart);
      group = g;
    } else {
      if (!/^[0-9]+$/.test(name)) throw this.err(`bad character in group name '${name}'`, nameStart);
      group = Number(name);
      if (group === 0) throw this.err("bad group number", nameStart);
      // checked against the final group count once the whole pattern is parsed
      this.condRefs.push([group, nameStart]);
    }
    this.checkLookbehindRef(group, nameStart);
    const yes = this.parseSequence(flags, false);
    let no: Node = { k: "empty" };
    if (this.eat("|")) {
      no = this.parseSequence(flags, false);
      if (this.at("|")) throw this.err("conditional backref with more than two branches");
    }
    this.closeParen(start);
    return { k: "cond", group, yes, no };
  }

  /** (?aiLmsux) at the start, or (?flags-flags:...) anywhere. */
  parseInlineFlags(flags: number, start: number, atStart: boolean): Node | number {
    let add = 0, del = 0;
    this.pos--;
    let c = this.cps[this.pos++];
    let ch = String.fromCodePoint(c);
    if (ch !== "-") {
      for (;;) {
        const f = FLAG_LETTERS[ch];
        if (!this.isBytes && ch === "L") throw this.err("bad inline flags: cannot use 'L' flag with a str pattern");
        if (this.isBytes && ch === "u") throw this.err("bad inline flags: cannot use 'u' flag with a bytes pattern");
        add |= f;
        if (f & TYPE_FLAGS && (add & TYPE_FLAGS) !== f) throw this.err("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
        if (this.pos >= this.cps.length) throw this.err("missing -, : or )");
        c = this.cps[this.pos++];
        ch = String.fromCodePoint(c);
        if (ch === ")" || ch === "-" || ch === ":") break;
        if (!(ch in FLAG_LETTERS)) throw this.err(/\p{L}/u.test(ch) ? "unknown flag" : "missing -, : or )", this.pos - 1);
      }
    }
    if (ch === ")") {
      if (!atStart) throw this.err("global flags not at the start of the expression", start);
      this.flags |= add;
      return add;
    }
    if (ch === "-") {
      if (this.pos >= this.cps.length) throw this.err("missing flag");
      c = this.cps[this.pos++];
      ch = String.fromCodePoint(c);
      if (!(ch in FLAG_LETTERS)) throw this.err(/\p{L}/u.test(ch) ? "unknown flag" : "missing flag", this.pos - 1);
      for (;;) {
        const f = FLAG_LETTERS[ch];
        if (f & TYPE_FLAGS) throw this.err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
        del |= f;
        if (this.pos >= this.cps.length) throw this.err("missing :");
        c = this.cps[this.pos++];
        ch = String.fromCodePoint(c);
        if (ch === ":") break;
        if (!(ch in FLAG_LETTERS)) throw this.err(/\p{L}/u.test(ch) ? "unknown flag" : "missing :", this.pos - 1);
      }
    }
    if (add & del) throw this.err("bad inline flags: flag turned on and off", this.pos - 1);
    let inner = (flags | add) & ~del;
    // a type flag turned on replaces the others
    if (add & TYPE_FLAGS) inner = (inner & ~TYPE_FLAGS) | (add & TYPE_FLAGS);
    const body = this.parseAlternation(inner, false);
    this.closeParen(start);
    return { k: "nc", body };
  }

  // ---- escapes -------------------------------------------------------------------------------

  /** An escape outside a class. */
  parseEscape(flags: number, start: number): Node {
    const c = this.peek();
    if (c === undefined) throw this.err("bad escape (end of pattern)", start);
    this.pos++;
    const ch = String.fromCodePoint(c);
    const ascii = this.asciiMode(flags);
    switch (ch) {
      case "A": return { k: "at", what: "bos", multiline: false, ascii };
      case "Z": return { k: "at", what: "eos", multiline: false, ascii };
      case "b": return { k: "at", what: "wordb", multiline: false, ascii };
      case "B": return { k: "at", what: "nwordb", multiline: false, ascii };
      case "d": case "D": case "s": case "S": case "w": case "W":
        return { k: "set", neg: false, items: [{ cat: ch.toLowerCase() as "d" | "w" | "s", neg: ch !== ch.toLowerCase(), ascii }], ic: "" };
    }
    if (c === 0x30) {
      // \0 and up to two more octal digits
      let v = 0;
      for (let i = 0; i < 2 && isOct(this.peek()); i++) v = v * 8 + (this.cps[this.pos++] - 0x30);
      return { k: "lit", cp: v, ic: this.caseMode(flags) };
    }
    if (isDigit(c)) {
      if (isDigit(this.peek())) {
        if (isOct(c) && isOct(this.peek()) && isOct(this.peek(1))) {
          const v = (c - 0x30) * 64 + (this.cps[this.pos] - 0x30) * 8 + (this.cps[this.pos + 1] - 0x30);
          this.pos += 2;
          if (v > 0o377) throw this.err(`octal escape value ${this.slice(start, this.pos)} outside of range 0-0o377`, start);
          return { k: "lit", cp: v, ic: this.caseMode(flags) };
        }
        this.pos++;
      }
      const group = Number(this.slice(start + 1, this.pos));
      if (group > this.groups) throw this.err(`invalid group reference ${group}`, start + 1);
      if (this.open.has(group)) throw this.err("cannot refer to an open group", start);
      this.checkLookbehindRef(group, this.pos);
      return { k: "ref", group, ic: this.caseMode(flags) };
    }
    const cp = this.charEscape(c, start);
    return { k: "lit", cp, ic: this.caseMode(flags) };
  }

  /** Escapes with the same meaning in and out of classes (after the backslash and `c`). */
  charEscape(c: number, start: number): number {
    const ch = String.fromCodePoint(c);
    switch (ch) {
      case "a": return 7;
      case "f": return 12;
      case "n": return 10;
      case "r": return 13;
      case "t": return 9;
      case "v": return 11;
      case "\\": return 92;
      case "x": return this.hexEscape(2, start);
      case "u": case "U":
        if (this.isBytes) break;
        return this.hexEscape(ch === "u" ? 4 : 8, start);
      case "N": {
        if (this.isBytes) break;
        if (!this.eat("{")) throw this.err("missing {");
        const nameStart = this.pos;
        while (this.pos < this.cps.length && !this.at("}")) this.pos++;
        if (!this.at("}")) throw this.err(this.pos === nameStart ? "missing character name" : "missing }, unterminated name", nameStart);
        const name = this.slice(nameStart, this.pos);
        this.pos++;
        if (name === "") throw this.err("missing character name", nameStart);
        const v = lookupUnicodeName(name);
        if (v === undefined) throw this.err(`undefined character name '${name}'`, start);
        return v;
      }
    }
    if (c < 0x80 && (isAsciiLetter(c) || isDigit(c))) throw this.err(`bad escape ${this.slice(start, this.pos)}`, start);
    return c;
  }

  hexEscape(n: number, start: number): number {
    let digits = "";
    while (digits.length < n && isHex(this.peek())) digits += String.fromCharCode(this.cps[this.pos++]);
    if (digits.length < n) throw this.err(`incomplete escape ${this.slice(start, this.pos)}`, start);
    const v = parseInt(digits, 16);
    if (v > 0x10ffff) throw this.err(`bad escape ${this.slice(start, this.pos)}`, start);
    return v;
  }

  // ---- character classes ---------------------------------------------------------------------

  parseClass(flags: number, start: number): Node {
    const items: SetItem[] = [];
    const neg = this.eat("^");
    const ascii = this.asciiMode(flags);
    let first = true;
    for (;;) {
      const c = this.peek();
      if (c === undefined) throw this.err("unterminated character set", start);
      if (c === 0x5d && !first) {
        this.pos++;
        break;
      }
      const itemStart = this.pos;
      if (first && c === 0x5b) this.warn("Possible nested set", itemStart);
      else if (!first && SET_OPS[c] !== undefined && this.peek(1) === c) this.warn(`Possible set ${SET_OPS[c]}`, itemStart);
      first = false;
      const a = this.classAtom(ascii);
      if (this.at("-") && this.peek(1) !== undefined && this.peek(1) !== 0x5d) {
        if (this.peek(1) === 0x2d) this.warn("Possible set difference", this.pos);
        this.pos++;
        const b = this.classAtom(ascii);
        if (!("cp" in a) || !("cp" in b)) throw this.err(`bad character range ${a.text}-${b.text}`, itemStart);
        if (b.cp < a.cp) throw this.err(`bad character range ${a.text}-${b.text}`, itemStart);
        items.push({ lo: a.cp, hi: b.cp });
      } else if (this.at("-") && this.peek(1) === undefined) {
        this.pos++;
        throw this.err("unterminated character set", start);
      } else if ("cp" in a) items.push({ lo: a.cp, hi: a.cp });
      else items.push(a.cat);
    }
    return { k: "set", neg, items, ic: this.caseMode(flags) };
  }

  classAtom(ascii: boolean): ClassAtom {
    const start = this.pos;
    const c = this.cps[this.pos++];
    if (c !== 0x5c) return { cp: c, text: String.fromCodePoint(c) };
    const d = this.peek();
    if (d === undefined) throw this.err("unterminated character set", start - 1);
    this.pos++;
    const ch = String.fromCodePoint(d);
    const text = () => this.slice(start, this.pos);
    if ("dDsSwW".includes(ch)) return { cat: { cat: ch.toLowerCase() as "d" | "w" | "s", neg: ch !== ch.toLowerCase(), ascii }, text: text() };
    if (ch === "b") return { cp: 8, text: text() };
    if (isOct(d)) {
      let v = d - 0x30;
      for (let i = 0; i < 2 && isOct(this.peek()); i++) v = v * 8 + (this.cps[this.pos++] - 0x30);
      if (v > 0o377) throw this.err(`octal escape value ${text()} outside of range 0-0o377`, start);
      return { cp: v, text: text() };
    }
    return { cp: this.charEscape(d, start), text: text() };
  }
}

/** [min, max] width of what a node matches (max Infinity when unbounded). */
export function widthOf(n: Node, groupWidth: [number, number][]): [number, number] {
  switch (n.k) {
    case "empty": case "at": case "look": return [0, 0];
    case "lit": case "any": case "set": return [1, 1];
    case "group": case "nc": case "atomic": return widthOf(n.body, groupWidth);
    case "ref": return groupWidth[n.group] ?? [0, Infinity];
    case "cat": {
      let lo = 0, hi = 0;
      for (const it of n.items) {
        const [a, b] = widthOf(it, groupWidth);
        lo += a;
        hi += b;
      }
      return [lo, hi];
    }
    case "alt": {
      let lo = Infinity, hi = 0;
      for (const it of n.items) {
        const [a, b] = widthOf(it, groupWidth);
        lo = Math.min(lo, a);
        hi = Math.max(hi, b);
      }
      return [lo, hi];
    }
    case "cond": {
      const [a, b] = widthOf(n.yes, groupWidth);
      const [c, d] = widthOf(n.no, groupWidth);
      return [Math.min(a, c), Math.max(b, d)];
    }
    case "rep": {
      const [a, b] = widthOf(n.body, groupWidth);
      return [a * n.min, b === 0 ? 0 : b * n.max];
    }
  }
}

/** Parses `text` (a str pattern, or a bytes pattern as a latin-1 string) with `flags`. */
export function parsePattern(text: string, flags: number, isBytes: boolean, onWarning?: (message: string) => void): ParsedPattern {
  const p = new Parser(text, flags, isBytes);
  if (onWarning) p.onWarning = onWarning;
  if (flags & F.VERBOSE) p.flags |= F.VERBOSE;
  const root = p.parseAlternation(p.flags, true);
  if (p.pos < p.cps.length) throw p.err("unbalanced parenthesis");
  for (const [g, pos] of p.condRefs) if (g > p.groups) throw new PatternError(`invalid group reference ${g}`, pos);
  let out = p.flags;
  if (isBytes) {
    if (out & F.UNICODE) throw new PatternValueError("ValueError", "cannot use UNICODE flag with a bytes pattern");
    if (out & F.LOCALE && out & F.ASCII) throw new PatternValueError("ValueError", "ASCII and LOCALE flags are incompatible");
  } else {
    if (out & F.LOCALE) throw new PatternValueError("ValueError", "cannot use LOCALE flag with a str pattern");
    if (out & F.ASCII && out & F.UNICODE) throw new PatternValueError("ValueError", "ASCII and UNICODE flags are incompatible");
    if (!(out & F.ASCII)) out |= F.UNICODE;
  }
  if (p.widthError) throw new PatternError("look-behind requires fixed-width pattern", null);
  return { root, groups: p.groups, groupindex: p.groupindex, flags: out, closeOrder: p.closeOrder };
}
