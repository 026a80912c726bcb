// Synchronous first tries (PyBuiltinFunction.fast) for builtins that are generator natives
// because some argument may need Python code: len(), isinstance(), abs(), min(), max() of
// plain values answer here without making a generator; `undefined` sends the call on to the
// native itself, which handles everything else exactly as before.
import type { KwArgs, PyValue } from "../objects/object.js";
import type { PyDict } from "../objects/dict.js";
import { PyDict as PyDictClass } from "../objects/dict.js";
import { PyType, typeType, objectType } from "../objects/type.js";
import { PyBuiltinFunction } from "../objects/function.js";
import { PyList } from "../objects/list.js";
import { PyTuple } from "../objects/tuple.js";
import { PyFloat, floatType, newFloat } from "../objects/float.js";
import { strLen } from "../objects/str.js";
import { PySet } from "../objects/set.js";
import { typeOf } from "../objects/typeof.js";
import { NOT_PLAIN, plainCompare } from "../objects/sort-keys.js";

type Fast = (args: PyValue[], kw: KwArgs) => PyValue | undefined;

function lenFast(args: PyValue[], kw: KwArgs): PyValue | undefined {
  if (kw !== null || args.length !== 1) return undefined;
  const v = args[0];
  if (typeof v === "string") return strLen(v);
  if ((v instanceof PyList || v instanceof PyTuple) && v.type.isBuiltin) return v.items.length;
  if (v instanceof PyDictClass && v.type.isBuiltin) return v.size;
  if (v instanceof PySet && v.type.isBuiltin) return v.size;
  // another native type (deque-like buffers, arrays …) whose __len__ is a plain native: ask it
  const t = typeOf(v);
  if (t.isBuiltin) {
    const f = t.lookup("__len__");
    if (f instanceof PyBuiltinFunction && !f.isGen) {
      const n = (f.fn as (args: PyValue[], kw: KwArgs) => PyValue)([v], null);
      if (typeof n === "number" && n >= 0) return n;
    }
  }
  return undefined;
}

/** isinstance(obj, cls) when cls (or each class of a tuple) is an ordinary class (metaclass type). */
function isinstanceFast(args: PyValue[], kw: KwArgs): PyValue | undefined {
  if (kw !== null || args.length !== 2) return undefined;
  const cls = args[1];
  const t = typeOf(args[0]);
  // an object that overrides __class__ may claim another class: the full isinstance decides
  const plainClass = () => t.lookup("__class__") === objectType.attrs.get("__class__");
  if (cls instanceof PyType) {
    if (t === cls || t.isSubtypeOf(cls)) return true;
    return cls.type === typeType && plainClass() ? false : undefined;
  }
  if (cls instanceof PyTuple && cls.type.isBuiltin) {
    for (const c of cls.items) {
      if (!(c instanceof PyType) || c.type !== typeType) return undefined;
      if (t === c || t.isSubtypeOf(c)) return true;
    }
    return plainClass() ? false : undefined;
  }
  return undefined;
}

function absFast(args: PyValue[], kw: KwArgs): PyValue | undefined {
  if (kw !== null || args.length !== 1) return undefined;
  const v = args[0];
  if (typeof v === "number") return v < 0 ? -v : v;
  if (v instanceof PyFloat && v.type === floatType) return newFloat(Math.abs(v.value));
  return undefined;
}

/** min()/max() of plain values given as arguments or in a list/tuple: the first best, as CPython keeps. */
function minMaxFast(isMax: boolean): Fast {
  return (args, kw) => {
    if (kw !== null) return undefined;
    let items: PyValue[];
    if (args.length === 1) {
      const v = args[0];
      if (!((v instanceof PyList || v instanceof PyTuple) && v.type.isBuiltin) || v.items.length === 0) return undefined;
      items = v.items;
    } else if (args.length >= 2) items = args;
    else return undefined;
    let best = items[0];
    if (typeof best === "number") {
      let i = 1;
      for (; i < items.length; i++) {
        const x = items[i];
        if (typeof x !== "number") break;
        if (isMax ? x > best : x < best) best = x;
      }
      if (i === items.length) return best;
    }
    // strs, floats, tuples …: Python's order without Python code (the first best wins)
    best = items[0];
    try {
      for (let i = 1; i < items.length; i++) {
        const c = plainCompare(items[i], best);
        if (isMax ? c > 0 : c < 0) best = items[i];
      }
    } catch (e) {
      if (e === NOT_PLAIN) return undefined;
      throw e;
    }
    return best;
  };
}

const FAST: [string, Fast][] = [
  ["len", lenFast],
  ["isinstance", isinstanceFast],
  ["abs", absFast],
  ["min", minMaxFast(false)],
  ["max", minMaxFast(true)],
];

/** Gives the builtins module's generator natives above their synchronous first try. */
export function installBuiltinFastPaths(builtins: PyDict): void {
  for (const [name, fast] of FAST) {
    const fn = builtins.getStr(name);
    if (fn instanceof PyBuiltinFunction && fn.isGen && fn.fast === null) fn.fast = fast;
  }
}
