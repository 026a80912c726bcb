// Puts CPython's recursion guard on the builtins that have one (the measured table
// RECURSION_GUARDS): called at the recursion limit they raise RecursionError with CPython's
// message, so a recursive function that prints at each level ends as under CPython ("maximum
// recursion depth exceeded while calling a Python object"). The guard only checks: the levels
// the natives' own callbacks add are counted by reprGen/strGen and the frames themselves.
import type { PyDict } from "./dict.js";
import { PyType } from "./type.js";
import { PyBuiltinFunction, PyStaticMethod } from "./function.js";
import type { KwArgs, PyValue } from "./object.js";
import type { GenNative, NativeFn, NativeGen, PlainNative } from "./native.js";
import { checkRecursion } from "./recursion.js";
import { RECURSION_GUARDS } from "./recursion-guards-data.js";

const guarded = new WeakSet<PyBuiltinFunction>();

/** Guards the functions of the builtins namespace `b` and the methods of its classes. */
export function applyRecursionGuards(b: PyDict): void {
  for (const [key, where] of Object.entries(RECURSION_GUARDS)) {
    const dot = key.indexOf(".");
    if (dot < 0) {
      const f = b.getStr(key);
      if (f instanceof PyBuiltinFunction && !guarded.has(f)) b.setStr(key, withGuard(f, where));
      continue;
    }
    const owner = b.getStr(key.slice(0, dot));
    if (!(owner instanceof PyType)) continue;
    const name = key.slice(dot + 1);
    const m = owner.attrs.get(name);
    if (m instanceof PyBuiltinFunction && !guarded.has(m)) {
      owner.attrs.set(name, withGuard(m, where));
      owner.invalidate();
    } else if (m instanceof PyStaticMethod && m.func instanceof PyBuiltinFunction && !guarded.has(m.func)) {
      m.func = withGuard(m.func, where); // __new__: calling the class
      owner.invalidate();
    }
  }
}

function withGuard(f: PyBuiltinFunction, where: string): PyBuiltinFunction {
  const g = new PyBuiltinFunction(f.name, guardedNative(f.fn, f.isGen, where), f.binds, f.owner, f.module, f.doc);
  guarded.add(g);
  return g;
}

function guardedNative(fn: NativeFn, isGen: boolean, where: string): NativeFn {
  if (isGen) {
    const inner = fn as GenNative;
    return function* (args: PyValue[], kw: KwArgs): NativeGen {
      checkRecursion(where);
      return yield* inner(args, kw);
    };
  }
  const inner = fn as PlainNative;
  return (args: PyValue[], kw: KwArgs) => {
    checkRecursion(where);
    return inner(args, kw);
  };
}
