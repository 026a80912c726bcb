// Argument checking for builtin methods, with CPython 3.11's messages. CPython checks arguments
// in one of a few ways, each with its own wording; a method's signature string says which:
//
//   "-"            no arguments:        "str.upper() takes no arguments (1 given)"
//   "1"            exactly one:         "list.append() takes exactly one argument (0 given)"
//   "p MIN MAX"    positional only:     "center expected at least 1 argument, got 0"
//   "t MIN MAX"    old-style tuple:     "find() takes at least 1 argument (0 given)"
//   "v"            any number, no keywords: "union() takes no keyword arguments"
//   "k NAMES"      keywords allowed:    "'x' is an invalid keyword argument for split()"
//                  NAMES is space separated, with "/" after positional-only names and "*"
//                  before keyword-only ones; a name ending in "?" is optional, others are
//                  required. Keyword arguments are moved into their positional slots (missing
//                  optional ones are undefined) and the method gets kwargs = null.
//
// Methods are wrapped once at start-up (applySignatures), so the method bodies can index
// args without checking their count.
import type { KwArgs, PyValue } from "./object.js";
import type { PyType } from "./type.js";
import { PyBuiltinFunction, PyClassMethod, PyStaticMethod } from "./function.js";
import { isGeneratorFunction, type GenNative, type NativeFn, type NativeGen, type PlainNative } from "./native.js";
import { pyTypeError } from "./exceptions.js";
import { typeOf as typeOfValue } from "./typeof.js";

/** Checks a call's arguments; returns the positional arguments to pass on (kwargs become null). */
type Checker = (args: PyValue[], kw: KwArgs) => PyValue[];

const plural = (n: number, word = "argument") => `${n} ${word}${n === 1 ? "" : "s"}`;

function noKeywords(qual: string, kw: KwArgs): void {
  if (kw !== null && kw.size > 0) throw pyTypeError(`${qual}() takes no keyword arguments`);
}

/**
 * Builds the checker for one signature. `self` is how many leading args the VM passes before
 * the user's (1 for methods, 0 for static methods and plain functions; classmethods get the
 * class as args[0] too).
 */
export function makeChecker(sig: string, typeName: string, name: string, self = 1, owner: PyType | null = null): Checker {
  const inner = makeArgChecker(sig, typeName, name, self);
  const quick = quickTest(sig, self, owner);
  if (self !== 1 || owner === null) return Object.assign(inner, { quick });
  // a method called through its class: list.append(x) / list.append(1, x)
  const qual = `${typeName}.${name}`;
  return Object.assign((args: PyValue[], kw: KwArgs) => {
    if (args.length === 0) throw pyTypeError(`unbound method ${qual}() needs an argument`);
    const t = typeOfValue(args[0]);
    if (t !== owner && !t.isSubtypeOf(owner)) throw pyTypeError(`descriptor '${name}' for '${owner.name}' objects doesn't apply to a '${t.name}' object`);
    return inner(args, kw);
  }, { quick });
}

/**
 * The common case, tested without building anything: the right number of positional
 * arguments, no keywords, self of the method's own type. Null when there is no cheap test.
 */
function quickTest(sig: string, self: number, owner: PyType | null): ((args: PyValue[], kw: KwArgs) => boolean) | null {
  const parts = sig.trim().split(/\s+/);
  let lo: number, hi: number;
  switch (parts[0]) {
    case "-": lo = hi = 0; break;
    case "1": lo = hi = 1; break;
    case "p":
    case "t": lo = Number(parts[1]); hi = Number(parts[2]); break;
    default: return null;
  }
  lo += self;
  hi += self;
  if (owner === null) return (args, kw) => args.length >= lo && args.length <= hi && (kw === null || kw.size === 0);
  return (args, kw) => {
    if (args.length < lo || args.length > hi || (kw !== null && kw.size !== 0)) return false;
    const a = args[0];
    return typeof a === "object" ? a.type === owner : typeOfValue(a) === owner;
  };
}

function makeArgChecker(sig: string, typeName: string, name: string, self: number): Checker {
  const qual = typeName ? `${typeName}.${name}` : name;
  const parts = sig.trim().split(/\s+/);
  switch (parts[0]) {
    case "-":
      return (args, kw) => {
        noKeywords(qual, kw);
        if (args.length !== self) throw pyTypeError(`${qual}() takes no arguments (${args.length - self} given)`);
        return args;
      };
    case "1":
      return (args, kw) => {
        noKeywords(qual, kw);
        if (args.length !== self + 1) throw pyTypeError(`${qual}() takes exactly one argument (${args.length - self} given)`);
        return args;
      };
    case "p": {
      const min = Number(parts[1]), max = Number(parts[2]);
      return (args, kw) => {
        noKeywords(qual, kw);
        const n = args.length - self;
        if (n < min || n > max) {
          if (min === max) throw pyTypeError(`${name} expected ${plural(min)}, got ${n}`);
          if (n < min) throw pyTypeError(`${name} expected at least ${plural(min)}, got ${n}`);
          throw pyTypeError(`${name} expected at most ${plural(max)}, got ${n}`);
        }
        return args;
      };
    }
    case "t": {
      const min = Number(parts[1]), max = Number(parts[2]);
      return (args, kw) => {
        noKeywords(name, kw);
        const n = args.length - self;
        if (n < min) throw pyTypeError(`${name}() takes ${min === max ? "exactly" : "at least"} ${plural(min)} (${n} given)`);
        if (n > max) throw pyTypeError(`${name}() takes ${min === max ? "exactly" : "at most"} ${plural(max)} (${n} given)`);
        return args;
      };
    }
    case "v":
      return (args, kw) => {
        noKeywords(qual, kw);
        return args;
      };
    case "k":
      return keywordChecker(parts.slice(1), name, self);
  }
  throw new Error(`bad signature '${sig}' for ${qual}`);
}

function keywordChecker(spec: string[], name: string, self: number): Checker {
  const names: string[] = [];
  const required: boolean[] = [];
  let posOnly = 0;
  let maxPos = -1;
  for (const p of spec) {
    if (p === "/") posOnly = names.length;
    else if (p === "*") maxPos = names.length;
    else {
      const opt = p.endsWith("?");
      names.push(opt ? p.slice(0, -1) : p);
      required.push(!opt);
    }
  }
  const total = names.length;
  if (maxPos < 0) maxPos = total;
  let minPosOnly = 0;
  for (let i = 0; i < posOnly; i++) if (required[i]) minPosOnly = i + 1;
  return (args, kw) => {
    const n = args.length - self;
    const nkw = kw === null ? 0 : kw.size;
    if (n + nkw > total) {
      throw pyTypeError(`${name}() takes at most ${total} ${n === 0 ? "keyword " : ""}argument${total === 1 ? "" : "s"} (${n + nkw} given)`);
    }
    if (n > maxPos) {
      if (maxPos === 0) throw pyTypeError(`${name}() takes no positional arguments`);
      throw pyTypeError(`${name}() takes ${minPosOnly === maxPos ? "exactly" : "at most"} ${plural(maxPos, "positional argument")} (${n} given)`);
    }
    if (n < minPosOnly) throw pyTypeError(`${name}() takes ${minPosOnly === maxPos ? "exactly" : "at least"} ${plural(minPosOnly, "positional argument")} (${n} given)`);
    if (nkw === 0) {
      for (let i = n; i < total; i++) {
        if (required[i]) throw pyTypeError(`${name}() missing required argument '${names[i]}' (pos ${i + 1})`);
      }
      return args;
    }
    const out = args.slice();
    let used = 0;
    for (let i = posOnly; i < total; i++) {
      const v = kw!.get(names[i]);
      if (v === undefined) continue;
      if (i < n) throw pyTypeError(`argument for ${name}() given by name ('${names[i]}') and position (${i + 1})`);
      while (out.length < self + i) out.push(undefined as unknown as PyValue);
      out[self + i] = v;
      used++;
    }
    for (let i = n; i < total; i++) {
      if (required[i] && out[self + i] === undefined) throw pyTypeError(`${name}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
    if (used < nkw) {
      for (const k of kw!.keys()) {
        const i = names.indexOf(k);
        if (i < posOnly) throw pyTypeError(`'${k}' is an invalid keyword argument for ${name}()`);
      }
    }
    return out;
  };
}

/** Wraps a native so that its arguments are checked (and keywords placed) first. */
export function checkedNative(fn: NativeFn, check: Checker): NativeFn {
  const quick = (check as { quick?: ((args: PyValue[], kw: KwArgs) => boolean) | null }).quick ?? null;
  if (isGeneratorFunction(fn)) {
    const g = fn as GenNative;
    if (quick !== null) {
      return function* (args: PyValue[], kw: KwArgs): NativeGen {
        return yield* g(quick(args, kw) ? args : check(args, kw), null);
      };
    }
    return function* (args: PyValue[], kw: KwArgs): NativeGen {
      return yield* g(check(args, kw), null);
    };
  }
  const p = fn as PlainNative;
  if (quick !== null) return (args: PyValue[], kw: KwArgs) => p(quick(args, kw) ? args : check(args, kw), null);
  return (args: PyValue[], kw: KwArgs) => p(check(args, kw), null);
}

/**
 * Replaces the methods of a builtin type named in `sigs` by checked versions. Methods that the
 * type doesn't define itself are skipped (so a shared table can list optional ones).
 */
/** The methods whose arguments are checked already (method-guards.ts leaves them alone). */
export const checkedMethods = new WeakSet<PyBuiltinFunction>();

export function applySignatures(type: PyType, sigs: Record<string, string>): void {
  for (const name of Object.keys(sigs)) {
    const cur = type.attrs.get(name);
    if (cur instanceof PyBuiltinFunction) {
      const self = cur.binds ? 1 : 0;
      const f = new PyBuiltinFunction(name, checkedNative(cur.fn, makeChecker(sigs[name], type.name, name, self, self === 1 ? type : null)), cur.binds, cur.owner, cur.module, cur.doc);
      checkedMethods.add(f);
      type.attrs.set(name, f);
    } else if (cur instanceof PyClassMethod && cur.func instanceof PyBuiltinFunction) {
      const inner = cur.func;
      cur.func = new PyBuiltinFunction(name, checkedNative(inner.fn, makeChecker(sigs[name], type.name, name, 1)), inner.binds, inner.owner, inner.module, inner.doc);
    } else if (cur instanceof PyStaticMethod && cur.func instanceof PyBuiltinFunction) {
      const inner = cur.func;
      cur.func = new PyBuiltinFunction(name, checkedNative(inner.fn, makeChecker(sigs[name], type.name, name, 0)), inner.binds, inner.owner, inner.module, inner.doc);
    }
  }
  type.invalidate();
}

/**
 * Binds arguments the way a Python `def` does, for natives that stand in for functions written
 * in Python (random.Random's methods …), with CPython's messages ("Random.randint() missing 1
 * required positional argument: 'b'"). `params` are the positional-or-keyword names (self
 * first, when there is one) and `kwOnly` the keyword-only ones; a name ending in "?" has a
 * default. Returns the values in parameter order (undefined where defaulted), kwOnly after.
 */
export function bindPyArgs(qualname: string, params: string[], kwOnly: string[], args: PyValue[], kw: KwArgs): (PyValue | undefined)[] {
  const names = params.map((p) => p.replace(/\?$/, ""));
  const kwNames = kwOnly.map((p) => p.replace(/\?$/, ""));
  const required = params.filter((p) => !p.endsWith("?")).length;
  const out: (PyValue | undefined)[] = new Array(names.length + kwNames.length).fill(undefined);
  if (args.length > names.length) {
    const given = args.length;
    const takes = required === names.length ? `${names.length}` : `from ${required} to ${names.length}`;
    const noun = required === names.length && names.length === 1 ? "argument" : "arguments";
    throw pyTypeError(`${qualname}() takes ${takes} positional ${noun} but ${given} ${given === 1 ? "was" : "were"} given`);
  }
  for (let i = 0; i < args.length; i++) out[i] = args[i];
  if (kw) {
    for (const [k, v] of kw) {
      let i = names.indexOf(k);
      if (i < 0) {
        const j = kwNames.indexOf(k);
        if (j < 0) throw pyTypeError(`${qualname}() got an unexpected keyword argument '${k}'`);
        i = names.length + j;
      } else if (i < args.length) throw pyTypeError(`${qualname}() got multiple values for argument '${k}'`);
      out[i] = v;
    }
  }
  const missing = names.filter((n, i) => !params[i].endsWith("?") && out[i] === undefined);
  if (missing.length) throw pyTypeError(`${qualname}() missing ${missing.length} required positional argument${missing.length === 1 ? "" : "s"}: ${nameList(missing)}`);
  const missingKw = kwNames.filter((n, i) => !kwOnly[i].endsWith("?") && out[names.length + i] === undefined);
  if (missingKw.length) throw pyTypeError(`${qualname}() missing ${missingKw.length} required keyword-only argument${missingKw.length === 1 ? "" : "s"}: ${nameList(missingKw)}`);
  return out;
}

function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(", ")}, and ${q[q.length - 1]}`;
}
