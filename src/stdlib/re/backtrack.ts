// A backtracking matcher over the parsed pattern, for what JS RegExp can't express with
// Python's meaning: conditionals (?(1)a|b), backreferences under scoped case flags, groups in
// repeats that Python leaves set from an earlier iteration, captures in lookbehinds. Each node
// is compiled once into a function taking a position and a continuation (what must match
// after it); captures live in one array, restored when a branch fails.
import type { Node } from "./ast.js";
import { Mode, type Hit, type Matcher } from "./engine.js";
import { charNodeSource } from "./to-js.js";
import { asciiSwapCase, caseVariants, unicodeWordInner, ASCII_WORD_INNER } from "./charclass.js";
import { pyRecursionError } from "../../objects/exceptions.js";

type Cont = (i: number) => boolean;
type M = (i: number, k: Cont) => boolean;

/** Per-run state the compiled functions share. */
class State {
  s = "";
  caps = new Int32Array(0);
}

function nextIndex(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
}
function prevIndex(s: string, i: number): number {
  const c = s.charCodeAt(i - 1);
  return (c & 0xfc00) === 0xdc00 && i >= 2 && (s.charCodeAt(i - 2) & 0xfc00) === 0xd800 ? i - 2 : i - 1;
}

const UNI_WORD = () => new RegExp(`[${unicodeWordInner()}]`, "vy");
const ASCII_WORD = new RegExp(`[${ASCII_WORD_INNER}]`, "vy");

export class BacktrackMatcher implements Matcher {
  private readonly st = new State();
  private readonly root: M;

  constructor(
    root: Node,
    readonly groups: number,
  ) {
    this.root = this.compile(root);
  }

  /** A sticky RegExp that matches one character the way the node does. */
  private charTest(n: Node): (i: number) => number {
    const re = new RegExp(charNodeSource(n), "vy");
    const st = this.st;
    return (i) => {
      re.lastIndex = i;
      return re.test(st.s) ? re.lastIndex : -1;
    };
  }

  private compile(n: Node): M {
    const st = this.st;
    switch (n.k) {
      case "empty": return (i, k) => k(i);
      case "lit": case "set": case "any": {
        const t = this.charTest(n);
        return (i, k) => {
          const j = t(i);
          return j >= 0 && k(j);
        };
      }
      case "cat": {
        const ms = n.items.map((it) => this.compile(it));
        return ms.reduceRight<M>((rest, m) => (i, k) => m(i, (j) => rest(j, k)), (i, k) => k(i));
      }
      case "alt": {
        const ms = n.items.map((it) => this.compile(it));
        return (i, k) => {
          for (const m of ms) if (m(i, k)) return true;
          return false;
        };
      }
      case "group": {
        const body = this.compile(n.body);
        const a = 2 * n.index, b = a + 1;
        return (i, k) =>
          body(i, (j) => {
            const oa = st.caps[a], ob = st.caps[b];
            st.caps[a] = i;
            st.caps[b] = j;
            if (k(j)) return true;
            st.caps[a] = oa;
            st.caps[b] = ob;
            return false;
          });
      }
      case "nc": return this.compile(n.body);
      case "atomic": return this.atomic(this.compile(n.body));
      case "look": {
        const body = this.compile(n.body);
        const width = n.width;
        const start = n.behind
          ? (i: number) => {
              let p = i;
              for (let c = 0; c < width; c++) {
                if (p <= 0) return -1;
                p = prevIndex(st.s, p);
              }
              return p;
            }
          : (i: number) => i;
        return (i, k) => {
          const saved = st.caps.slice();
          const p = start(i);
          const found = p >= 0 && body(p, (j) => !n.behind || j === i);
          if (n.neg) {
            st.caps.set(saved);
            return !found && k(i);
          }
          if (found && k(i)) return true;
          st.caps.set(saved);
          return false;
        };
      }
      case "rep": return this.repeat(n);
      case "ref": {
        const a = 2 * n.group, b = a + 1, ic = n.ic;
        return (i, k) => {
          const ga = st.caps[a], gb = st.caps[b];
          if (ga < 0) return false;
          const len = gb - ga;
          if (i + len > st.s.length) return false;
          if (ic === "") {
            if (st.s.substr(i, len) !== st.s.substr(ga, len)) return false;
            return k(i + len);
          }
          // compare code point by code point ignoring case
          let p = ga, q = i;
          while (p < gb) {
            const x = st.s.codePointAt(p)!, y = st.s.codePointAt(q);
            if (y === undefined) return false;
            if (x !== y && !(ic === "a" ? asciiSwapCase(x) === y : caseVariants(x).includes(y))) return false;
            p += x > 0xffff ? 2 : 1;
            q += y > 0xffff ? 2 : 1;
          }
          return k(q);
        };
      }
      case "cond": {
        const yes = this.compile(n.yes), no = this.compile(n.no);
        const a = 2 * n.group;
        return (i, k) => (st.caps[a] >= 0 ? yes(i, k) : no(i, k));
      }
      case "at": {
        const ml = n.multiline;
        switch (n.what) {
          case "bol": return ml ? (i, k) => (i === 0 || st.s.charCodeAt(i - 1) === 10) && k(i) : (i, k) => i === 0 && k(i);
          case "eol":
            return ml
              ? (i, k) => (i === st.s.length || st.s.charCodeAt(i) === 10) && k(i)
              : (i, k) => (i === st.s.length || (i === st.s.length - 1 && st.s.charCodeAt(i) === 10)) && k(i);
          case "bos": return (i, k) => i === 0 && k(i);
          case "eos": return (i, k) => i === st.s.length && k(i);
          case "wordb":
          case "nwordb": {
            const w = n.ascii ? ASCII_WORD : UNI_WORD();
            const isW = (p: number) => {
              w.lastIndex = p;
              return w.test(st.s);
            };
            const want = n.what === "wordb";
            return (i, k) => {
              const before = i > 0 && isW(prevIndex(st.s, i));
              const after = i < st.s.length && isW(i);
              return (before !== after) === want && k(i);
            };
          }
        }
      }
    }
  }

  private atomic(body: M): M {
    const st = this.st;
    return (i, k) => {
      const saved = st.caps.slice();
      let end = -1;
      if (!body(i, (j) => ((end = j), true))) return false;
      if (k(end)) return true;
      st.caps.set(saved);
      return false;
    };
  }

  private repeat(n: Extract<Node, { k: "rep" }>): M {
    const { min, max, mode } = n;
    const st = this.st;
    let m: M;
    const single = n.body.k === "lit" || n.body.k === "set" || n.body.k === "any";
    if (single) {
      // one character per iteration: no recursion, positions kept in a list
      const t = this.charTest(n.body);
      m = mode === "lazy"
        ? (i, k) => {
            let c = 0, p = i;
            for (;;) {
              if (c >= min && k(p)) return true;
              if (c >= max) return false;
              const j = t(p);
              if (j < 0) return false;
              p = j;
              c++;
            }
          }
        : (i, k) => {
            const ends = [i];
            let p = i;
            while (ends.length - 1 < max) {
              const j = t(p);
              if (j < 0) break;
              ends.push((p = j));
            }
            for (let c = ends.length - 1; c >= min; c--) if (k(ends[c])) return true;
            return false;
          };
    } else {
      const body = this.compile(n.body);
      // Python stops repeating after an iteration that matched nothing (once min is reached)
      const greedy = (count: number, i: number, last: number, k: Cont): boolean => {
        if (count < min) return body(i, (j) => greedy(count + 1, j, i, k));
        if (count < max && i !== last && body(i, (j) => greedy(count + 1, j, i, k))) return true;
        return k(i);
      };
      const lazy = (count: number, i: number, last: number, k: Cont): boolean => {
        if (count < min) return body(i, (j) => lazy(count + 1, j, i, k));
        if (k(i)) return true;
        return count < max && i !== last && body(i, (j) => lazy(count + 1, j, i, k));
      };
      m = mode === "lazy" ? (i, k) => lazy(0, i, -1, k) : (i, k) => greedy(0, i, -1, k);
    }
    void st;
    return mode === "possessive" ? this.atomic(m) : m;
  }

  exec(subject: string, at: number, mode: Mode): Hit | null {
    const st = this.st;
    st.s = subject;
    st.caps = new Int32Array(2 * (this.groups + 1)).fill(-1);
    let end = -1;
    let start = at;
    const k: Cont =
      mode === Mode.Full ? (j) => j === subject.length && ((end = j), true)
      : mode === Mode.Advance ? (j) => j !== start && ((end = j), true)
      : (j) => ((end = j), true);
    try {
      for (;;) {
        if (this.root(start, k)) break;
        if (mode !== Mode.Search || start >= subject.length) return null;
        st.caps.fill(-1);
        start = nextIndex(subject, start);
      }
    } catch (e) {
      if (e instanceof RangeError) throw pyRecursionError("maximum recursion depth exceeded while matching a regular expression");
      throw e;
    }
    const spans = st.caps;
    spans[0] = start;
    spans[1] = end;
    return { start, end, mode, caps: null, capIndex: null, spans, owner: this };
  }

  spans(_subject: string, hit: Hit): Int32Array {
    return hit.spans!;
  }
}

