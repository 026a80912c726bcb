// Argument checks for the builtin types' methods that have no hand-written signature
// (signatures.ts): the self argument ("unbound method list.copy() needs an argument",
// "descriptor '__add__' requires a 'int' object but received a 'str'") and, from the table
// measured on CPython (method-arity-data.ts), the number of positional arguments. Calls with
// keyword arguments are left to the method itself. Without this a method called with too few
// arguments read past its args and failed inside pygil.
import type { KwArgs, PyValue } from "./object.js";
import { PyType } from "./type.js";
import type { PyDict } from "./dict.js";
import { PyBuiltinFunction } from "./function.js";
import type { GenNative, NativeFn, NativeGen, PlainNative } from "./native.js";
import { checkedMethods } from "./arity.js";
import { pyTypeError } from "./exceptions.js";
import { typeOf } from "./typeof.js";
import { METHOD_ARITY } from "./method-arity-data.js";
import { markSlotWrapper } from "./slot-wrappers.js";

// the builtin classes are shared by every interpreter: guard them once
let applied = false;

// methods that other modules hold on to and compare by identity (fast paths)
const KEEP = new Set(["object.__init__", "dict.__getitem__", "dict.__setitem__"]);

/** Guards the methods of the builtin classes in the builtins namespace `b`. */
export function applyMethodGuards(b: PyDict): void {
  if (applied) return;
  applied = true;
  for (const value of b.values()) {
    if (!(value instanceof PyType) || !value.isBuiltin) continue;
    for (const [name, m] of value.attrs) {
      if (!(m instanceof PyBuiltinFunction) || !m.binds || m.owner !== value) continue;
      const spec = METHOD_ARITY[`${value.name}.${name}`];
      let f = m;
      if (!checkedMethods.has(m) && !KEEP.has(`${value.name}.${name}`)) {
        f = new PyBuiltinFunction(name, guardedMethod(m, value, spec), true, m.owner, m.module, m.doc);
        value.attrs.set(name, f);
      }
      if (spec?.startsWith("s ") || name === "__init__") markSlotWrapper(f); // __init__: not measured, always a slot
    }
    value.invalidate();
  }
}

type Check = (args: PyValue[], kw: KwArgs) => void;

function guardedMethod(m: PyBuiltinFunction, owner: PyType, spec: string | undefined): NativeFn {
  const check = makeCheck(m.name, owner, spec);
  if (m.isGen) {
    const inner = m.fn as GenNative;
    return function* (args: PyValue[], kw: KwArgs): NativeGen {
      check(args, kw);
      return yield* inner(args, kw);
    };
  }
  const inner = m.fn as PlainNative;
  return (args: PyValue[], kw: KwArgs) => {
    check(args, kw);
    return inner(args, kw);
  };
}

const plural = (n: number) => `${n} argument${n === 1 ? "" : "s"}`;

function makeCheck(name: string, owner: PyType, spec: string | undefined): Check {
  const [kind, style, lo, hi] = (spec ?? "m ? 0 0").split(" ");
  const min = Number(lo), max = Number(hi);
  const slot = kind === "s";
  const qual = `${owner.name}.${name}`;
  const countError = (k: number): string => {
    switch (style) {
      case "-": return `${qual}() takes no arguments (${k} given)`;
      case "1": return `${qual}() takes exactly one argument (${k} given)`;
      case "t":
        if (k < min) return `${name}() takes ${min === max ? "exactly" : "at least"} ${plural(min)} (${k} given)`;
        return `${name}() takes ${min === max ? "exactly" : "at most"} ${plural(max)} (${k} given)`;
    }
    const prefix = style === "p" ? `${name} ` : style === "q" ? " " : "";
    if (min === max) return `${prefix}expected ${plural(min)}, got ${k}`;
    return k < min ? `${prefix}expected at least ${plural(min)}, got ${k}` : `${prefix}expected at most ${plural(max)}, got ${k}`;
  };
  return (args, kw) => {
    if (args.length === 0) {
      throw pyTypeError(slot ? `descriptor '${name}' of '${owner.name}' object needs an argument` : `unbound method ${qual}() needs an argument`);
    }
    const self = args[0];
    const t = typeof self === "object" ? self.type : typeOf(self);
    if (t !== owner && !t.isSubtypeOf(owner)) {
      throw pyTypeError(slot
        ? `descriptor '${name}' requires a '${owner.name}' object but received a '${t.name}'`
        : `descriptor '${name}' for '${owner.name}' objects doesn't apply to a '${t.name}' object`);
    }
    if (style === "?" || (kw !== null && kw.size > 0)) return;
    const k = args.length - 1;
    if (k < min || k > max) throw pyTypeError(countError(k));
  };
}
