// re.Pattern: a compiled pattern — its attributes, repr, equality, and the single-match
// methods (match, fullmatch, search). The scanning methods are in scan.ts.
import type { KwArgs, PyValue } from "../../objects/object.js";
import { PyObject } from "../../objects/object.js";
import { makeBuiltinType } from "../../objects/type.js";
import { PyTuple } from "../../objects/tuple.js";
import { PyDict } from "../../objects/dict.js";
import { None } from "../../objects/singletons.js";
import { intValue } from "../../objects/int.js";
import { PyFloat } from "../../objects/float.js";
import { defineClassMethod, defineGetter, defineMethods, defineStaticMethod } from "../../objects/function.js";
import { PyGenericAlias } from "../../objects/generic-alias.js";
import { reprGen } from "../../objects/stringify.js";
import { eq, hashOf } from "../../objects/ops.js";
import { NotImplemented } from "../../objects/singletons.js";
import { pyOverflowError, pyTypeError } from "../../objects/exceptions.js";
import { typeName } from "../../objects/typeof.js";
import type { NativeGen } from "../../objects/native.js";
import { F } from "./ast.js";
import { Mode, type Matcher } from "./engine.js";
import { subjectOf, type Subject } from "./subject.js";
import { PyMatch } from "./match.js";
import type { ParsedTemplate } from "./template.js";
import { bindMethodArgs } from "./py-args.js";

export const patternType = makeBuiltinType("Pattern", undefined, { module: "re", baseType: false });

export class PyPattern extends PyObject {
  /** parsed replacement templates, by template object */
  readonly templates = new Map<PyValue, ParsedTemplate>();
  constructor(
    /** the pattern as given (str or bytes) */
    readonly source: PyValue,
    readonly flags: number,
    readonly isBytes: boolean,
    readonly groups: number,
    readonly groupindex: Map<string, number>,
    readonly matcher: Matcher,
    /** rank of each group's closing parenthesis in the pattern */
    readonly closeOrder: number[],
    /** makes the matcher for an empty region (pos == endpos), where \B never matches; null if no \B */
    private readonly emptyRegionBuild: (() => Matcher) | null,
  ) {
    super(patternType);
  }
  private emptyRegion: Matcher | null = null;
  matcherFor(pos: number, endpos: number): Matcher {
    if (pos !== endpos || this.emptyRegionBuild === null) return this.matcher;
    return (this.emptyRegion ??= this.emptyRegionBuild());
  }
}

export function selfPattern(v: PyValue): PyPattern {
  if (v instanceof PyPattern) return v;
  throw pyTypeError(`descriptor requires a 're.Pattern' object but received a '${typeName(v)}'`);
}

/** An index argument (pos/endpos) as a number; huge values clamp. */
function indexArg(v: PyValue | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  if (v instanceof PyFloat) throw pyTypeError("'float' object cannot be interpreted as an integer");
  const n = intValue(v);
  if (n === undefined) throw pyTypeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  if (typeof n === "bigint") {
    if (n >= 2n ** 63n || n < -(2n ** 63n)) throw pyOverflowError("Python int too large to convert to C ssize_t");
    return n < 0n ? -Infinity : Infinity;
  }
  return n;
}

/** The matching region of a call: the subject, the text cut at endpos and the UTF-16 start. */
export interface Region {
  subject: Subject;
  cut: string;
  start: number;
  pos: number;
  endpos: number;
  matcher: Matcher;
}

export function regionOf(p: PyPattern, string: PyValue, posArg?: PyValue, endposArg?: PyValue): Region {
  const subject = subjectOf(string, p.isBytes);
  const len = subject.length;
  let pos = indexArg(posArg, 0), endpos = indexArg(endposArg, len);
  pos = pos < 0 ? 0 : pos > len ? len : pos;
  endpos = endpos < 0 ? 0 : endpos > len ? len : endpos;
  const stop = subject.toU16(Math.max(pos, endpos));
  const cut = stop === subject.text.length ? subject.text : subject.text.slice(0, stop);
  return { subject, cut, start: subject.toU16(pos), pos, endpos, matcher: p.matcherFor(pos, endpos) };
}

/** match/fullmatch/search: a Match or None. */
export function matchOnce(p: PyPattern, r: Region, mode: Mode): PyValue {
  const hit = r.matcher.exec(r.cut, r.start, mode, r.subject.ascii);
  return hit === null ? None : new PyMatch(p, r.subject, r.cut, hit, r.pos, r.endpos);
}

function matchMethod(name: string, mode: Mode) {
  return (args: PyValue[], kw: KwArgs): PyValue => {
    const p = selfPattern(args[0]);
    // the common call, p.match(s), skips the general argument binding
    if (args.length <= 4 && args.length >= 2 && (kw === null || kw.size === 0)) return matchOnce(p, regionOf(p, args[1], args[2], args[3]), mode);
    const [s, pos, endpos] = bindMethodArgs(name, args.slice(1), kw, ["string", "pos", "endpos"], 1);
    return matchOnce(p, regionOf(p, s!, pos, endpos), mode);
  };
}

const FLAG_NAMES: [number, string][] = [
  [F.TEMPLATE, "re.TEMPLATE"], [F.IGNORECASE, "re.IGNORECASE"], [F.LOCALE, "re.LOCALE"], [F.MULTILINE, "re.MULTILINE"],
  [F.DOTALL, "re.DOTALL"], [F.UNICODE, "re.UNICODE"], [F.VERBOSE, "re.VERBOSE"], [F.DEBUG, "re.DEBUG"], [F.ASCII, "re.ASCII"],
];

defineMethods(patternType, {
  match: matchMethod("match", Mode.Match),
  fullmatch: matchMethod("fullmatch", Mode.Full),
  search: matchMethod("search", Mode.Search),
  *__repr__(args): NativeGen {
    const p = selfPattern(args[0]);
    let r = yield* reprGen(p.source);
    // CPython shows at most 200 characters of the pattern's repr
    if (r.length > 200 && [...r].length > 200) r = [...r].slice(0, 200).join("");
    let flags = p.flags;
    if (!p.isBytes && (flags & (F.LOCALE | F.UNICODE | F.ASCII)) === F.UNICODE) flags &= ~F.UNICODE;
    if (flags === 0) return `re.compile(${r})`;
    const names: string[] = [];
    for (const [bit, name] of FLAG_NAMES) {
      if (flags & bit) {
        names.push(name);
        flags &= ~bit;
      }
    }
    if (flags) names.push(`0x${flags.toString(16)}`);
    return `re.compile(${r}, ${names.join("|")})`;
  },
  __eq__: (args) => {
    const a = selfPattern(args[0]), b = args[1];
    if (!(b instanceof PyPattern)) return NotImplemented;
    return a === b || (a.flags === b.flags && a.isBytes === b.isBytes && eq(a.source, b.source));
  },
  __ne__: (args) => {
    const a = selfPattern(args[0]), b = args[1];
    if (!(b instanceof PyPattern)) return NotImplemented;
    return !(a === b || (a.flags === b.flags && a.isBytes === b.isBytes && eq(a.source, b.source)));
  },
  __hash__: (args) => {
    const p = selfPattern(args[0]);
    const h = hashOf(p.source);
    return typeof h === "bigint" ? h ^ BigInt(p.flags) : h ^ p.flags;
  },
  __copy__: (args) => args[0],
  __deepcopy__: (args) => args[0],
});
defineStaticMethod(patternType, "__new__", () => {
  throw pyTypeError("cannot create 're.Pattern' instances");
});
defineClassMethod(patternType, "__class_getitem__", (args) => new PyGenericAlias(args[0], args[1] instanceof PyTuple ? args[1].items : [args[1]]));

defineGetter(patternType, "pattern", (v) => selfPattern(v).source);
defineGetter(patternType, "flags", (v) => selfPattern(v).flags);
defineGetter(patternType, "groups", (v) => selfPattern(v).groups);
defineGetter(patternType, "groupindex", (v) => {
  const d = new PyDict();
  for (const [k, g] of selfPattern(v).groupindex) d.setStr(k, g);
  return d;
});
