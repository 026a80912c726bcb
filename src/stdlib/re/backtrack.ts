// A backtracking matcher over the parsed pattern, for what JS RegExp can't express with
// Python's meaning: conditionals (?(1)a|b), backreferences under scoped case flags or to
// groups that may not have matched, groups in repeats that Python leaves set from an earlier
// iteration, captures in lookbehinds. The pattern is compiled into a small instruction list
// run by a loop with an explicit backtrack stack (no JS recursion per character, so long
// subjects don't exhaust the JS stack); lookarounds and atomic groups run as nested runs.
import type { Node } from "./ast.js";
import { Mode, type Hit, type Matcher } from "./engine.js";
import { charNodeSource } from "./to-js.js";
import { asciiSwapCase, caseVariants, unicodeWordInner, ASCII_WORD_INNER } from "./charclass.js";

const enum Op {
  Char, // test: one character
  Split, // try a, on failure b
  Jmp,
  Save, // capture slot := position
  Bol, BolMulti, Eol, EolMulti, Bos, Eos, WordB, NWordB,
  Ref,
  Cond, // group unset: jump to b
  Look, // a: body; flags in ins
  Atomic, // a: body
  RepInit, // reg
  RepHead, // reg, min, max, greedy, a: body, b: exit
  RepIter, // reg, a: body (a lazy repeat's deferred iteration)
  RepChar, // test, min, max, greedy
  SubEnd, // end of a lookaround/atomic body
  Match,
}

interface Ins {
  op: Op;
  a: number;
  b: number;
  min: number;
  max: number;
  greedy: boolean;
  test: ((i: number) => number) | null;
  /** Look: behind / negative / width; Ref: case mode; At: ascii */
  behind: boolean;
  neg: boolean;
  width: number;
  ic: "" | "u" | "a";
  /** RepInit/RepHead/RepIter: the repeat's counter register */
  reg: number;
}

// backtrack stack entries: [kind, a, b, c]
const enum K {
  Choice, // a: pc, b: pos
  UndoCap, // a: slot, b: old
  UndoCount, // a: reg, b: old count, c: old last
  CharGreedy, // a: pc, b: pos, c: min pos
  CharLazy, // a: pc (the RepChar), b: pos, c: count so far
  Snapshot, // a: index into snapshots
}

function nextIndex(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
}
function prevIndex(s: string, i: number): number {
  const c = s.charCodeAt(i - 1);
  return (c & 0xfc00) === 0xdc00 && i >= 2 && (s.charCodeAt(i - 2) & 0xfc00) === 0xd800 ? i - 2 : i - 1;
}

export class BacktrackMatcher implements Matcher {
  private readonly prog: Ins[] = [];
  private regs = 0;
  private s = "";
  private caps = new Int32Array(0);
  private count: number[] = [];
  private last: number[] = [];
  private stack: number[] = [];
  private snapshots: Int32Array[] = [];
  private readonly uniWord: RegExp;
  private readonly asciiWord = new RegExp(`[${ASCII_WORD_INNER}]`, "vy");

  constructor(
    root: Node,
    readonly groups: number,
  ) {
    this.uniWord = new RegExp(`[${unicodeWordInner()}]`, "vy");
    this.emit(root);
    this.add(Op.Match);
  }

  // ---- compiling ------------------------------------------------------------------------------

  private add(op: Op, fields: Partial<Ins> = {}): number {
    this.prog.push({ op, a: -1, b: -1, min: 0, max: 0, greedy: true, test: null, behind: false, neg: false, width: 0, ic: "", reg: -1, ...fields });
    return this.prog.length - 1;
  }

  /** A sticky RegExp test of one character the way the node matches it: the index after it, or -1. */
  private charTest(n: Node): (i: number) => number {
    const re = new RegExp(charNodeSource(n), "vy");
    return (i) => {
      re.lastIndex = i;
      return re.test(this.s) ? re.lastIndex : -1;
    };
  }

  private emit(n: Node): void {
    const P = this.prog;
    switch (n.k) {
      case "empty": return;
      case "lit": case "set": case "any": this.add(Op.Char, { test: this.charTest(n) }); return;
      case "cat": for (const it of n.items) this.emit(it); return;
      case "alt": {
        const jumps: number[] = [];
        n.items.forEach((it, k) => {
          if (k < n.items.length - 1) {
            const split = this.add(Op.Split);
            P[split].a = P.length;
            this.emit(it);
            jumps.push(this.add(Op.Jmp));
            P[split].b = P.length;
          } else this.emit(it);
        });
        for (const j of jumps) P[j].a = P.length;
        return;
      }
      case "group": {
        this.add(Op.Save, { a: 2 * n.index });
        this.emit(n.body);
        this.add(Op.Save, { a: 2 * n.index + 1 });
        return;
      }
      case "nc": this.emit(n.body); return;
      case "look": case "atomic": {
        const i = this.add(n.k === "look" ? Op.Look : Op.Atomic, n.k === "look" ? { behind: n.behind, neg: n.neg, width: n.width } : {});
        const skip = this.add(Op.Jmp);
        P[i].a = P.length;
        this.emit(n.body);
        this.add(Op.SubEnd);
        P[skip].a = P.length;
        return;
      }
      case "rep": {
        if (n.mode === "possessive") {
          this.emit({ k: "atomic", body: { ...n, mode: "greedy" } });
          return;
        }
        if (n.body.k === "lit" || n.body.k === "set" || n.body.k === "any") {
          this.add(Op.RepChar, { test: this.charTest(n.body), min: n.min, max: n.max, greedy: n.mode === "greedy" });
          return;
        }
        const reg = this.regs++;
        this.add(Op.RepInit, { reg });
        const head = this.add(Op.RepHead, { reg, min: n.min, max: n.max, greedy: n.mode === "greedy" });
        const iter = this.add(Op.RepIter, { reg });
        P[head].a = P.length;
        P[iter].b = P.length;
        this.emit(n.body);
        this.add(Op.Jmp, { a: head });
        P[head].b = P.length;
        return;
      }
      case "ref": this.add(Op.Ref, { a: n.group, ic: n.ic }); return;
      case "cond": {
        const c = this.add(Op.Cond, { a: n.group });
        this.emit(n.yes);
        const j = this.add(Op.Jmp);
        P[c].b = P.length;
        this.emit(n.no);
        P[j].a = P.length;
        return;
      }
      case "at": {
        const op = { bol: n.multiline ? Op.BolMulti : Op.Bol, eol: n.multiline ? Op.EolMulti : Op.Eol, bos: Op.Bos, eos: Op.Eos, wordb: Op.WordB, nwordb: Op.NWordB }[n.what];
        this.add(op, { neg: n.ascii });
        return;
      }
    }
  }

  // ---- running --------------------------------------------------------------------------------

  private isWord(p: number, ascii: boolean): boolean {
    const w = ascii ? this.asciiWord : this.uniWord;
    w.lastIndex = p;
    return w.test(this.s);
  }

  private refMatch(g: number, i: number, ic: "" | "u" | "a"): number {
    const s = this.s;
    const ga = this.caps[2 * g], gb = this.caps[2 * g + 1];
    if (ga < 0 || gb < 0) return -1;
    const len = gb - ga;
    if (ic === "") return i + len <= s.length && s.substr(i, len) === s.substr(ga, len) ? i + len : -1;
    let p = ga, q = i;
    while (p < gb) {
      const x = s.codePointAt(p)!, y = s.codePointAt(q);
      if (y === undefined) return -1;
      if (x !== y && !(ic === "a" ? asciiSwapCase(x) === y : caseVariants(x).includes(y))) return -1;
      p += x > 0xffff ? 2 : 1;
      q += y > 0xffff ? 2 : 1;
    }
    return q;
  }

  /**
   * Runs the program from pc at pos until Match/SubEnd; the end position, or -1. Entries this
   * run pushes stay above `base` on success (the caller decides what to keep).
   */
  private run(pc: number, pos: number, target: number, mode: Mode, start: number): number {
    const P = this.prog, st = this.stack, s = this.s, caps = this.caps;
    const base = st.length;
    for (;;) {
      const ins = P[pc];
      let ok = true;
      switch (ins.op) {
        case Op.Char: {
          const j = ins.test!(pos);
          if (j < 0) ok = false;
          else {
            pos = j;
            pc++;
          }
          break;
        }
        case Op.Split: st.push(K.Choice, ins.b, pos, 0); pc = ins.a; break;
        case Op.Jmp: pc = ins.a; break;
        case Op.Save: st.push(K.UndoCap, ins.a, caps[ins.a], 0); caps[ins.a] = pos; pc++; break;
        case Op.Bol: ok = pos === 0; pc++; break;
        case Op.BolMulti: ok = pos === 0 || s.charCodeAt(pos - 1) === 10; pc++; break;
        case Op.Eol: ok = pos === s.length || (pos === s.length - 1 && s.charCodeAt(pos) === 10); pc++; break;
        case Op.EolMulti: ok = pos === s.length || s.charCodeAt(pos) === 10; pc++; break;
        case Op.Bos: ok = pos === 0; pc++; break;
        case Op.Eos: ok = pos === s.length; pc++; break;
        case Op.WordB: case Op.NWordB: {
          const before = pos > 0 && this.isWord(prevIndex(s, pos), ins.neg);
          const after = pos < s.length && this.isWord(pos, ins.neg);
          ok = (before !== after) === (ins.op === Op.WordB);
          pc++;
          break;
        }
        case Op.Ref: {
          const j = this.refMatch(ins.a, pos, ins.ic);
          if (j < 0) ok = false;
          else {
            pos = j;
            pc++;
          }
          break;
        }
        case Op.Cond: pc = caps[2 * ins.a] >= 0 && caps[2 * ins.a + 1] >= 0 ? pc + 1 : ins.b; break;
        case Op.Look: case Op.Atomic: {
          const snap = caps.slice();
          const subBase = st.length;
          let from = pos;
          if (ins.op === Op.Look && ins.behind) {
            for (let c = 0; c < ins.width && from >= 0; c++) from = from > 0 ? prevIndex(s, from) : -1;
          }
          const end = from < 0 ? -1 : this.run(ins.a, from, ins.op === Op.Look && ins.behind ? pos : -1, mode, start);
          st.length = subBase;
          if (ins.op === Op.Look && ins.neg) {
            caps.set(snap);
            ok = end < 0;
          } else if (end < 0) {
            ok = false;
          } else {
            this.snapshots.push(snap);
            st.push(K.Snapshot, this.snapshots.length - 1, 0, 0);
            if (ins.op === Op.Atomic) pos = end;
          }
          // the body follows the instruction after this one (a jump over it)
          pc = ok ? P[pc + 1].a : pc;
          break;
        }
        case Op.RepInit: st.push(K.UndoCount, ins.reg, this.count[ins.reg], this.last[ins.reg]); this.count[ins.reg] = 0; this.last[ins.reg] = -1; pc++; break;
        case Op.RepHead: {
          const r = ins.reg, c = this.count[r];
          if (c < ins.min) {
            // iterations up to the minimum don't count as "the last start" (as in CPython)
            st.push(K.UndoCount, r, c, this.last[r]);
            this.count[r] = c + 1;
            pc = ins.a;
          } else if (c < ins.max && pos !== this.last[r]) {
            if (ins.greedy) {
              st.push(K.Choice, ins.b, pos, 0);
              st.push(K.UndoCount, r, c, this.last[r]);
              this.count[r] = c + 1;
              this.last[r] = pos;
              pc = ins.a;
            } else {
              st.push(K.Choice, pc + 1, pos, 0);
              pc = ins.b;
            }
          } else pc = ins.b;
          break;
        }
        case Op.RepIter: {
          const r = ins.reg;
          st.push(K.UndoCount, r, this.count[r], this.last[r]);
          this.count[r]++;
          this.last[r] = pos;
          pc = ins.b;
          break;
        }
        case Op.RepChar: {
          const t = ins.test!;
          let c = 0, p = pos;
          while (c < ins.min) {
            const j = t(p);
            if (j < 0) break;
            p = j;
            c++;
          }
          if (c < ins.min) {
            ok = false;
            break;
          }
          if (ins.greedy) {
            const minPos = p;
            while (c < ins.max) {
              const j = t(p);
              if (j < 0) break;
              p = j;
              c++;
            }
            if (p > minPos) st.push(K.CharGreedy, pc + 1, p, minPos);
          } else if (c < ins.max) st.push(K.CharLazy, pc, p, c);
          pos = p;
          pc++;
          break;
        }
        case Op.SubEnd:
          if (target >= 0 && pos !== target) ok = false;
          else return pos;
          break;
        case Op.Match:
          if ((mode === Mode.Full && pos !== s.length) || (mode === Mode.Advance && pos === start)) ok = false;
          else return pos;
          break;
      }
      if (ok) continue;
      // backtrack: undo until a place to resume
      let resumed = false;
      while (st.length > base) {
        const c = st.pop()!, b = st.pop()!, a = st.pop()!, kind = st.pop()!;
        switch (kind) {
          case K.Choice: pc = a; pos = b; resumed = true; break;
          case K.UndoCap: caps[a] = b; break;
          case K.UndoCount: this.count[a] = b; this.last[a] = c; break;
          case K.Snapshot: caps.set(this.snapshots[a]); this.snapshots.length = a; break;
          case K.CharGreedy: {
            const p = prevIndex(s, b);
            if (p > c) st.push(K.CharGreedy, a, p, c);
            pc = a;
            pos = p;
            resumed = true;
            break;
          }
          case K.CharLazy: {
            const ins2 = P[a];
            const j = ins2.test!(b);
            if (j >= 0) {
              if (c + 1 < ins2.max) st.push(K.CharLazy, a, j, c + 1);
              pc = a + 1;
              pos = j;
              resumed = true;
            }
            break;
          }
        }
        if (resumed) break;
      }
      if (!resumed) return -1;
    }
  }

  exec(subject: string, at: number, mode: Mode): Hit | null {
    this.s = subject;
    this.caps = new Int32Array(2 * (this.groups + 1)).fill(-1);
    this.count = new Array(this.regs).fill(0);
    this.last = new Array(this.regs).fill(-1);
    let start = at;
    let end: number;
    for (;;) {
      this.stack.length = 0;
      this.snapshots.length = 0;
      end = this.run(0, start, -1, mode, start);
      if (end >= 0) break;
      if (mode !== Mode.Search || start >= subject.length) return null;
      this.caps.fill(-1);
      start = nextIndex(subject, start);
    }
    this.stack.length = 0;
    this.snapshots.length = 0;
    const spans = this.caps;
    spans[0] = start;
    spans[1] = end;
    return { start, end, mode, caps: null, capIndex: null, spans, owner: this, ascii: false };
  }

  spans(_subject: string, hit: Hit): Int32Array {
    return hit.spans!;
  }
}
