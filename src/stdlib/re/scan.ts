// The methods that walk every match: findall, finditer, sub, subn, split. After an empty match
// the next match may start at the same place only if it is not empty (Python 3.7+ rules).
import type { KwArgs, PyValue } from "../../objects/object.js";
import { PyTuple } from "../../objects/tuple.js";
import { PyList } from "../../objects/list.js";
import { PyBytes } from "../../objects/bytes.js";
import { fromLatin1, bytesLike, latin1 } from "../../objects/bytes-methods.js";
import { None } from "../../objects/singletons.js";
import { intValue } from "../../objects/int.js";
import { strValue } from "../../objects/str.js";
import { PyFloat } from "../../objects/float.js";
import { PyFunction, PyBuiltinFunction, PyMethod, defineGetter, defineMethods } from "../../objects/function.js";
import { PyType, makeBuiltinType } from "../../objects/type.js";
import { PyObject } from "../../objects/object.js";
import { NativeIterator, defineIteratorType } from "../../objects/iter.js";
import { callGen } from "../../objects/call.js";
import { typeOf, typeName } from "../../objects/typeof.js";
import { pyOverflowError, pyTypeError } from "../../objects/exceptions.js";
import type { NativeGen } from "../../objects/native.js";
import { Mode, type Hit, type Matcher } from "./engine.js";
import { PyMatch } from "./match.js";
import { PyPattern, patternType, regionOf, selfPattern, type Region } from "./pattern.js";
import { parseTemplate, templateText } from "./template.js";
import { withWarnings } from "./errors.js";
import { bindMethodArgs } from "./py-args.js";

/** The next match at or after `at` (UTF-16), honouring the no-empty-match-twice rule. */
export function nextHit(m: Matcher, cut: string, at: number, prevEmpty: boolean, ascii: boolean): Hit | null {
  if (!prevEmpty) return at > cut.length ? null : m.exec(cut, at, Mode.Search, ascii);
  const h = m.exec(cut, at, Mode.Advance, ascii);
  if (h !== null) return h;
  if (at >= cut.length) return null;
  const c = cut.charCodeAt(at);
  const step = c >= 0xd800 && c <= 0xdbff && at + 1 < cut.length && (cut.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  return m.exec(cut, at + step, Mode.Search, ascii);
}

/** Calls `each` for every match of the region; `each` returns false to stop. */
function forEachHit(p: PyPattern, r: Region, each: (h: Hit) => boolean): void {
  let at = r.start;
  let prevEmpty = false;
  for (;;) {
    const h = nextHit(r.matcher, r.cut, at, prevEmpty, r.subject.ascii);
    if (h === null || !each(h)) return;
    prevEmpty = h.start === h.end;
    at = h.end;
  }
}

/** A str or bytes value from a JS text slice. */
function valueOf(p: PyPattern, text: string): PyValue {
  return p.isBytes ? new PyBytes(fromLatin1(text)) : text;
}

function findall(p: PyPattern, r: Region): PyList {
  const out: PyValue[] = [];
  forEachHit(p, r, (h) => {
    if (p.groups === 0) out.push(valueOf(p, r.cut.slice(h.start, h.end)));
    else {
      const m = new PyMatch(p, r.subject, r.cut, h, r.pos, r.endpos);
      if (p.groups === 1) out.push(valueOf(p, m.text(1) ?? ""));
      else {
        const t: PyValue[] = [];
        for (let g = 1; g <= p.groups; g++) t.push(valueOf(p, m.text(g) ?? ""));
        out.push(new PyTuple(t));
      }
    }
    return true;
  });
  return new PyList(out);
}

export const finditerType = defineIteratorType("callable_iterator");

class MatchIterator extends NativeIterator {
  private at: number;
  private prevEmpty = false;
  private done = false;
  constructor(
    readonly p: PyPattern,
    readonly r: Region,
  ) {
    super(finditerType);
    this.at = r.start;
  }
  nextValue(): PyValue | undefined {
    if (this.done) return undefined;
    const h = nextHit(this.r.matcher, this.r.cut, this.at, this.prevEmpty, this.r.subject.ascii);
    if (h === null) {
      this.done = true;
      return undefined;
    }
    this.prevEmpty = h.start === h.end;
    this.at = h.end;
    return new PyMatch(this.p, this.r.subject, this.r.cut, h, this.r.pos, this.r.endpos);
  }
}

export const scannerType = makeBuiltinType("SRE_Scanner", undefined, { module: "re", baseType: false });

/** Pattern.scanner(): match()/search() calls that each continue where the last match ended. */
class PyScanner extends PyObject {
  private at: number;
  private prevEmpty = false;
  private done = false;
  constructor(
    readonly p: PyPattern,
    readonly r: Region,
  ) {
    super(scannerType);
    this.at = r.start;
  }
  next(search: boolean): PyValue {
    if (this.done) return None;
    const m = this.r.matcher;
    const h = search ? nextHit(m, this.r.cut, this.at, this.prevEmpty, this.r.subject.ascii) : this.at > this.r.cut.length ? null : m.exec(this.r.cut, this.at, this.prevEmpty ? Mode.Advance : Mode.Match, this.r.subject.ascii);
    if (h === null) {
      this.done = true;
      return None;
    }
    this.prevEmpty = h.start === h.end;
    this.at = h.end;
    return new PyMatch(this.p, this.r.subject, this.r.cut, h, this.r.pos, this.r.endpos);
  }
}
defineMethods(scannerType, {
  match: (args) => (args[0] as PyScanner).next(false),
  search: (args) => (args[0] as PyScanner).next(true),
});
defineGetter(scannerType, "pattern", (v) => (v as PyScanner).p);

function countArg(v: PyValue | undefined): number {
  if (v === undefined) return 0;
  if (v instanceof PyFloat) throw pyTypeError("'float' object cannot be interpreted as an integer");
  const n = intValue(v);
  if (n === undefined) throw pyTypeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  if (typeof n === "bigint") {
    if (n >= 2n ** 63n || n < -(2n ** 63n)) throw pyOverflowError("Python int too large to convert to C ssize_t");
    return n < 0n ? -1 : Infinity;
  }
  return n;
}

function isCallable(x: PyValue): boolean {
  if (x instanceof PyFunction || x instanceof PyBuiltinFunction || x instanceof PyType || x instanceof PyMethod) return true;
  return typeOf(x).lookup("__call__") !== undefined;
}

/** sub/subn: the new text and the number of replacements. */
export function* substitute(p: PyPattern, repl: PyValue, string: PyValue, countV: PyValue | undefined): NativeGen<[PyValue, number]> {
  const r = regionOf(p, string);
  const count = countArg(countV);
  const fn = isCallable(repl) ? repl : null;
  let template = null;
  /** a replacement of the other kind (bytes for a str pattern): CPython fails when joining */
  let wrongKind: string | null = null;
  if (fn === null) {
    const isStr = strValue(repl) !== undefined, isBytes = bytesLike(repl) !== undefined;
    if (!isStr && !isBytes) throw pyTypeError(`decoding to str: need a bytes-like object, ${typeName(repl)} found`);
    if (isStr === p.isBytes) wrongKind = p.isBytes ? `expected a bytes-like object, ${typeName(repl)} found` : `expected str instance, ${typeName(repl)} found`;
    else template = yield* withWarnings(() => parseTemplate(repl, p));
  }
  const parts: string[] = [];
  let last = 0, n = 0, at = r.start, prevEmpty = false;
  const text = r.cut;
  // count 0: all; a negative count: none
  while (count === 0 || n < count) {
    const h = nextHit(r.matcher, text, at, prevEmpty, r.subject.ascii);
    if (h === null) break;
    if (h.start > last) parts.push(text.slice(last, h.start));
    if (wrongKind !== null) throw pyTypeError(`sequence item ${parts.length}: ${wrongKind}`);
    if (template !== null) {
      const t = template.literal ? (template.pieces[0] as string) : templateText(template, new PyMatch(p, r.subject, text, h, r.pos, r.endpos));
      if (t !== "") parts.push(t);
    } else {
      const v = yield* callGen(fn!, [new PyMatch(p, r.subject, text, h, r.pos, r.endpos)]);
      if (v !== None) {
        if (p.isBytes) {
          const b = bytesLike(v);
          if (b === undefined) throw pyTypeError(`sequence item ${parts.length}: expected a bytes-like object, ${typeName(v)} found`);
          parts.push(latin1(b));
        } else {
          const s = strValue(v);
          if (s === undefined) throw pyTypeError(`sequence item ${parts.length}: expected str instance, ${typeName(v)} found`);
          parts.push(s);
        }
      }
    }
    last = h.end;
    n++;
    prevEmpty = h.start === h.end;
    at = h.end;
  }
  const whole = r.subject.text;
  if (last < whole.length) parts.push(whole.slice(last));
  const joined = parts.join("");
  return [valueOf(p, joined), n];
}

function split(p: PyPattern, string: PyValue, maxsplitV: PyValue | undefined): PyList {
  const r = regionOf(p, string);
  const maxsplit = countArg(maxsplitV);
  const out: PyValue[] = [];
  if (maxsplit < 0) return new PyList([valueOf(p, r.subject.text)]);
  let last = 0, n = 0;
  forEachHit(p, r, (h) => {
    if (maxsplit > 0 && n >= maxsplit) return false;
    out.push(valueOf(p, r.cut.slice(last, h.start)));
    if (p.groups > 0) {
      const m = new PyMatch(p, r.subject, r.cut, h, r.pos, r.endpos);
      for (let g = 1; g <= p.groups; g++) {
        const t = m.text(g);
        out.push(t === undefined ? None : valueOf(p, t));
      }
    }
    last = h.end;
    n++;
    return true;
  });
  out.push(valueOf(p, r.subject.text.slice(last)));
  return new PyList(out);
}

// ---- shared by the Pattern methods and the module functions -----------------------------------

export const scanOps = {
  findall: (p: PyPattern, s: PyValue, pos?: PyValue, endpos?: PyValue) => findall(p, regionOf(p, s, pos, endpos)),
  finditer: (p: PyPattern, s: PyValue, pos?: PyValue, endpos?: PyValue) => new MatchIterator(p, regionOf(p, s, pos, endpos)),
  split,
};


defineMethods(patternType, {
  findall(args: PyValue[], kw: KwArgs) {
    const [s, pos, endpos] = bindMethodArgs("findall", args.slice(1), kw, ["string", "pos", "endpos"], 1);
    return scanOps.findall(selfPattern(args[0]), s!, pos, endpos);
  },
  finditer(args: PyValue[], kw: KwArgs) {
    const [s, pos, endpos] = bindMethodArgs("finditer", args.slice(1), kw, ["string", "pos", "endpos"], 1);
    return scanOps.finditer(selfPattern(args[0]), s!, pos, endpos);
  },
  *sub(args: PyValue[], kw: KwArgs): NativeGen {
    const [repl, s, count] = bindMethodArgs("sub", args.slice(1), kw, ["repl", "string", "count"], 2);
    return (yield* substitute(selfPattern(args[0]), repl!, s!, count))[0];
  },
  *subn(args: PyValue[], kw: KwArgs): NativeGen {
    const [repl, s, count] = bindMethodArgs("subn", args.slice(1), kw, ["repl", "string", "count"], 2);
    return new PyTuple(yield* substitute(selfPattern(args[0]), repl!, s!, count));
  },
  scanner(args: PyValue[], kw: KwArgs) {
    const p = selfPattern(args[0]);
    const [s, pos, endpos] = bindMethodArgs("scanner", args.slice(1), kw, ["string", "pos", "endpos"], 1);
    return new PyScanner(p, regionOf(p, s!, pos, endpos));
  },
  split(args: PyValue[], kw: KwArgs) {
    const [s, maxsplit] = bindMethodArgs("split", args.slice(1), kw, ["string", "maxsplit"], 1);
    return split(selfPattern(args[0]), s!, maxsplit);
  },
});
