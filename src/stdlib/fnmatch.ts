// fnmatch: shell-style wildcards (* ? [seq] [!seq]) matched natively; translate() returns the
// regular expression CPython's fnmatch.translate gives for the pattern.
import type { PyValue } from "../objects/object.js";
import { PyList } from "../objects/list.js";
import { nativeFunction } from "../objects/function.js";
import { strValue } from "../objects/str.js";
import { PyBytes } from "../objects/bytes.js";
import { toArrayGen } from "../objects/iter.js";
import { typeName } from "../objects/typeof.js";
import type { NativeFn, NativeGen } from "../objects/native.js";
import { pyTypeError } from "../objects/exceptions.js";
import { decodeText } from "../objects/text-codecs.js";
import { defineNativeModule } from "../vm/native-modules.js";
import { fspathGen } from "./io/open.js";

type Token = { kind: "lit"; ch: string } | { kind: "any" } | { kind: "star" } | { kind: "set"; py: string; js: string };

const PY_SPECIAL = new Set("()[]{}?*+-|^$\\.&~# \t\n\r\v\f");

function pyEscape(ch: string): string {
  return PY_SPECIAL.has(ch) ? "\\" + ch : ch;
}

function jsEscape(ch: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? "\\" + ch : ch;
}

function jsClassEscape(ch: string): string {
  return /[\\\]\[^-]/.test(ch) ? "\\" + ch : ch;
}

function tokenize(pat: string): Token[] {
  const p = Array.from(pat);
  const n = p.length;
  const out: Token[] = [];
  let i = 0;
  while (i < n) {
    const c = p[i++];
    if (c === "*") {
      if (out.length === 0 || out[out.length - 1].kind !== "star") out.push({ kind: "star" });
    } else if (c === "?") out.push({ kind: "any" });
    else if (c === "[") {
      let j = i;
      if (j < n && p[j] === "!") j++;
      if (j < n && p[j] === "]") j++;
      while (j < n && p[j] !== "]") j++;
      if (j >= n) {
        out.push({ kind: "lit", ch: "[" });
        continue;
      }
      const negate = p[i] === "!";
      let chunks: string[];
      const body = p.slice(i, j).join("");
      if (!body.includes("-")) chunks = [body];
      else {
        chunks = [];
        let start = i;
        let k = negate ? i + 2 : i + 1;
        for (;;) {
          let found = -1;
          for (let x = k; x < j; x++) {
            if (p[x] === "-") {
              found = x;
              break;
            }
          }
          if (found < 0) break;
          chunks.push(p.slice(start, found).join(""));
          start = found + 1;
          k = found + 3;
        }
        const last = p.slice(start, j).join("");
        if (last) chunks.push(last);
        else chunks[chunks.length - 1] += "-";
        // drop empty ranges like z-a
        for (let k2 = chunks.length - 1; k2 > 0; k2--) {
          const prev = chunks[k2 - 1];
          if (prev[prev.length - 1] > chunks[k2][0]) {
            chunks[k2 - 1] = prev.slice(0, -1) + chunks[k2].slice(1);
            chunks.splice(k2, 1);
          }
        }
      }
      i = j + 1;
      const pyRaw = chunks.map((s) => s.replace(/\\/g, "\\\\").replace(/-/g, "\\-")).join("-").replace(/([&~|])/g, "\\$1");
      // the JS class: the same chunks, joined by range hyphens
      const jsBody = chunks.map((s, idx) => Array.from(idx === 0 && negate ? s.slice(1) : s).map(jsClassEscape).join("")).join("-");
      let py = pyRaw;
      if (!py) out.push({ kind: "set", py: "(?!)", js: "(?!)" });
      else if (py === "!") out.push({ kind: "set", py: ".", js: "[^]" });
      else {
        if (py[0] === "!") py = "^" + py.slice(1);
        else if (py[0] === "^" || py[0] === "[") py = "\\" + py;
        out.push({ kind: "set", py: `[${py}]`, js: negate ? `[^${jsBody}]` : `[${jsBody}]` });
      }
    } else out.push({ kind: "lit", ch: c });
  }
  return out;
}

/** fnmatch.translate(pat): CPython's regular expression text for the pattern. */
export function translate(pat: string): string {
  const toks = tokenize(pat);
  const piece = (t: Token) => (t.kind === "lit" ? pyEscape(t.ch) : t.kind === "any" ? "." : t.kind === "set" ? t.py : "");
  const segments: string[] = [];
  let cur = "";
  let stars = 0;
  for (const t of toks) {
    if (t.kind === "star") {
      segments.push(cur);
      cur = "";
      stars++;
    } else cur += piece(t);
  }
  segments.push(cur);
  if (stars === 0) return `(?s:${segments[0]})\\Z`;
  let res = segments[0];
  for (let k = 1; k < segments.length - 1; k++) res += `(?>.*?${segments[k]})`;
  res += ".*" + segments[segments.length - 1];
  return `(?s:${res})\\Z`;
}

const cache = new Map<string, RegExp>();

export function compilePattern(pat: string): RegExp {
  let re = cache.get(pat);
  if (!re) {
    const src = tokenize(pat).map((t) => (t.kind === "lit" ? jsEscape(t.ch) : t.kind === "any" ? "[^]" : t.kind === "star" ? "[^]*" : t.js)).join("");
    re = new RegExp(`^(?:${src})$`, "u");
    if (cache.size > 256) cache.clear();
    cache.set(pat, re);
  }
  return re;
}

export function fnmatchCase(name: string, pat: string): boolean {
  return compilePattern(pat).test(name);
}

function* nameArg(v: PyValue, what: string): NativeGen<[string, boolean]> {
  const s = strValue(v);
  if (s !== undefined) return [s, false];
  if (v instanceof PyBytes) return [decodeText(v.bytes, "latin-1"), true];
  const p = yield* fspathGen(v);
  if (p.isBytes) throw pyTypeError(`${what} must be str`);
  return [p.path, false];
}

defineNativeModule("fnmatch", (m) => {
  const d = m.dict;
  const fn = (name: string, f: NativeFn) => d.setStr(name, nativeFunction(name, f, "fnmatch"));
  d.setStr("__all__", new PyList(["filter", "fnmatch", "fnmatchcase", "translate"]));
  const match: NativeFn = function* (args): NativeGen {
    const [name, nb] = yield* nameArg(args[0], "name");
    const [pat, pb] = yield* nameArg(args[1], "pattern");
    if (nb !== pb) throw pyTypeError("cannot use a string pattern on a bytes-like object");
    return fnmatchCase(name, pat);
  };
  fn("fnmatch", match);
  fn("fnmatchcase", match);
  fn("filter", function* (args): NativeGen {
    const names = yield* toArrayGen(args[0]);
    const [pat] = yield* nameArg(args[1], "pattern");
    const re = compilePattern(pat);
    const out: PyValue[] = [];
    for (const n of names) {
      const [s] = yield* nameArg(n, "name");
      if (re.test(s)) out.push(n);
    }
    return new PyList(out);
  });
  fn("translate", (args) => {
    const pat = strValue(args[0]);
    if (pat === undefined) throw pyTypeError(`expected str, not ${typeName(args[0])}`);
    return translate(pat);
  });
});
