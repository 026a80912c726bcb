// re.Match: the result of a successful match. Group text comes from the matcher's hit; group
// positions (start/end/span/regs/lastindex) are computed on first use, in Python indices.
import type { PyValue } from "../../objects/object.js";
import { PyObject } from "../../objects/object.js";
import { makeBuiltinType } from "../../objects/type.js";
import { PyTuple } from "../../objects/tuple.js";
import { PyDict } from "../../objects/dict.js";
import { PyBytes } from "../../objects/bytes.js";
import { fromLatin1 } from "../../objects/bytes-methods.js";
import { None } from "../../objects/singletons.js";
import { intValue } from "../../objects/int.js";
import { strValue } from "../../objects/str.js";
import { PyFloat } from "../../objects/float.js";
import { defineClassMethod, defineGetter, defineMethods, defineStaticMethod } from "../../objects/function.js";
import { PyGenericAlias } from "../../objects/generic-alias.js";
import { reprGen } from "../../objects/stringify.js";
import { pyIndexError, pyTypeError } from "../../objects/exceptions.js";
import { typeName } from "../../objects/typeof.js";
import type { NativeGen } from "../../objects/native.js";
import type { Hit } from "./engine.js";
import type { Subject } from "./subject.js";
import type { PyPattern } from "./pattern.js";
import { expandTemplate, parseTemplate } from "./template.js";
import { bindMethodArgs } from "./py-args.js";
import { withWarnings } from "./errors.js";

export const matchType = makeBuiltinType("Match", undefined, { module: "re", baseType: false });

export class PyMatch extends PyObject {
  declare readonly pattern: PyPattern;
  declare readonly subject: Subject;
  /** the text the matcher ran on (cut at endpos) */
  declare readonly cut: string;
  declare readonly hit: Hit;
  declare readonly pos: number;
  declare readonly endpos: number;
  constructor(pattern: PyPattern, subject: Subject, cut: string, hit: Hit, pos: number, endpos: number) {
    super(matchType);
    this.pattern = pattern;
    this.subject = subject;
    this.cut = cut;
    this.hit = hit;
    this.pos = pos;
    this.endpos = endpos;
  }

  /** The text of a group as a JS string (latin-1 for bytes), or undefined if it did not match. */
  text(g: number): string | undefined {
    if (g === 0) return this.cut.slice(this.hit.start, this.hit.end);
    if (this.hit.caps !== null) return this.hit.caps[this.hit.capIndex![g]];
    const sp = this.hit.owner.spans(this.cut, this.hit);
    return sp[2 * g] < 0 ? undefined : this.cut.slice(sp[2 * g], sp[2 * g + 1]);
  }

  /** A group's value: str/bytes, or `dflt` if the group did not match. */
  value(g: number, dflt: PyValue = None): PyValue {
    const t = this.text(g);
    if (t === undefined) return dflt;
    return this.subject.isBytes ? new PyBytes(fromLatin1(t)) : t;
  }

  /** [start, end] of a group in Python indices ([-1, -1] if it did not match). */
  span(g: number): [number, number] {
    if (g === 0) return [this.subject.toCp(this.hit.start), this.subject.toCp(this.hit.end)];
    const sp = this.hit.owner.spans(this.cut, this.hit);
    if (sp[2 * g] < 0) return [-1, -1];
    return [this.subject.toCp(sp[2 * g]), this.subject.toCp(sp[2 * g + 1])];
  }

  /** The group number for an index argument (an int or a group name). */
  groupIndex(v: PyValue): number {
    const s = strValue(v);
    if (s !== undefined) {
      const g = this.pattern.groupindex.get(s);
      if (g !== undefined) return g;
      throw pyIndexError("no such group");
    }
    if (!(v instanceof PyFloat)) {
      const n = intValue(v);
      if (n !== undefined) {
        if (n >= 0 && n <= this.pattern.groups) return Number(n);
        throw pyIndexError("no such group");
      }
    }
    throw pyIndexError("no such group");
  }

  /** The last group to close: the one ending last; on ties the one whose ')' comes later. */
  lastIndex(): number {
    if (this.pattern.groups === 0) return -1;
    const sp = this.hit.owner.spans(this.cut, this.hit);
    let best = -1;
    for (let g = 1; g <= this.pattern.groups; g++) {
      if (sp[2 * g] < 0) continue;
      if (best < 0 || sp[2 * g + 1] > sp[2 * best + 1] || (sp[2 * g + 1] === sp[2 * best + 1] && this.pattern.closeOrder[g] > this.pattern.closeOrder[best])) best = g;
    }
    return best;
  }
}

function self(v: PyValue): PyMatch {
  if (v instanceof PyMatch) return v;
  throw pyTypeError(`descriptor requires a 're.Match' object but received a '${typeName(v)}'`);
}

function defaultArg(args: PyValue[], kw: Map<string, PyValue> | null, fn: string): PyValue {
  const [d] = bindMethodArgs(fn, args.slice(1), kw, ["default"]);
  return d ?? None;
}

defineMethods(matchType, {
  group(args, kw) {
    const m = self(args[0]);
    if (kw !== null && kw.size > 0) throw pyTypeError("Match.group() takes no keyword arguments");
    if (args.length <= 2) return m.value(args.length === 1 ? 0 : m.groupIndex(args[1]));
    return new PyTuple(args.slice(1).map((a) => m.value(m.groupIndex(a))));
  },
  __getitem__: (args) => {
    const m = self(args[0]);
    return m.value(m.groupIndex(args[1]));
  },
  groups(args, kw) {
    const m = self(args[0]);
    const d = defaultArg(args, kw, "groups");
    const out: PyValue[] = [];
    for (let g = 1; g <= m.pattern.groups; g++) out.push(m.value(g, d));
    return new PyTuple(out);
  },
  groupdict(args, kw) {
    const m = self(args[0]);
    const d = defaultArg(args, kw, "groupdict");
    const out = new PyDict();
    for (const [name, g] of m.pattern.groupindex) out.setStr(name, m.value(g, d));
    return out;
  },
  start(args) {
    const m = self(args[0]);
    if (args.length > 2) throw pyTypeError(`start expected at most 1 argument, got ${args.length - 1}`);
    return m.span(args.length === 1 ? 0 : m.groupIndex(args[1]))[0];
  },
  end(args) {
    const m = self(args[0]);
    if (args.length > 2) throw pyTypeError(`end expected at most 1 argument, got ${args.length - 1}`);
    return m.span(args.length === 1 ? 0 : m.groupIndex(args[1]))[1];
  },
  span(args) {
    const m = self(args[0]);
    if (args.length > 2) throw pyTypeError(`span expected at most 1 argument, got ${args.length - 1}`);
    return new PyTuple(m.span(args.length === 1 ? 0 : m.groupIndex(args[1])));
  },
  *expand(args, kw): NativeGen {
    const m = self(args[0]);
    const [t] = bindMethodArgs("expand", args.slice(1), kw, ["template"], 1);
    return expandTemplate(yield* withWarnings(() => parseTemplate(t!, m.pattern, true)), m);
  },
  *__repr__(args): NativeGen {
    const m = self(args[0]);
    const [a, b] = m.span(0);
    let r = yield* reprGen(m.value(0));
    // CPython shows at most 50 characters of the matched text's repr
    if ([...r].length > 50) r = [...r].slice(0, 50).join("");
    return `<re.Match object; span=(${a}, ${b}), match=${r}>`;
  },
  __copy__: (args) => args[0],
  __deepcopy__: (args) => args[0],
});
defineStaticMethod(matchType, "__new__", () => {
  throw pyTypeError("cannot create 're.Match' instances");
});
defineClassMethod(matchType, "__class_getitem__", (args) => new PyGenericAlias(args[0], args[1] instanceof PyTuple ? args[1].items : [args[1]]));

defineGetter(matchType, "string", (v) => self(v).subject.value);
defineGetter(matchType, "re", (v) => self(v).pattern);
defineGetter(matchType, "pos", (v) => self(v).pos);
defineGetter(matchType, "endpos", (v) => self(v).endpos);
defineGetter(matchType, "lastindex", (v) => {
  const g = self(v).lastIndex();
  return g < 0 ? None : g;
});
defineGetter(matchType, "lastgroup", (v) => {
  const m = self(v);
  const g = m.lastIndex();
  if (g < 0) return None;
  for (const [name, i] of m.pattern.groupindex) if (i === g) return name;
  return None;
});
defineGetter(matchType, "regs", (v) => {
  const m = self(v);
  const out: PyValue[] = [];
  for (let g = 0; g <= m.pattern.groups; g++) out.push(new PyTuple(m.span(g)));
  return new PyTuple(out);
});

