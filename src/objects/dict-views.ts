// Set operations and comparisons of dict.keys() and dict.items() views, as CPython's
// dictviews_* do: `view OP iterable` and `iterable OP view` give a set built from the left
// operand and updated with the right one; comparisons need a set-like on both sides.
import type { PyValue } from "./object.js";
import { PyObject } from "./object.js";
import { defineMethods } from "./function.js";
import { NotImplemented } from "./singletons.js";
import { PyTuple } from "./tuple.js";
import { dictKeysType, dictItemsType, PyDictView } from "./dict.js";
import { PySet, newSet, setType, frozensetType } from "./set.js";
import { callGen } from "./call.js";
import { containsGen } from "./ops.js";
import { toArrayGen } from "./iter.js";
import type { NativeGen } from "./native.js";

function viewItems(v: PyDictView): PyValue[] {
  const out: PyValue[] = [];
  for (const [k, val] of v.mapping.entries()) out.push(v.kind === 0 ? k : new PyTuple([k, val]));
  return out;
}

function* asSetGen(v: PyValue): NativeGen<PySet> {
  if (v instanceof PyDictView) return newSet(viewItems(v));
  return newSet(yield* toArrayGen(v));
}

/** set(left) updated in place by the set method `update` with `right`. */
function* combineGen(left: PyValue, right: PyValue, update: string): NativeGen {
  const s = yield* asSetGen(left);
  yield* callGen(setType.lookup(update)!, [s, right instanceof PyDictView ? newSet(viewItems(right)) : right]);
  return s;
}

const isSetLike = (v: PyValue) => v instanceof PyDictView ? v.kind !== 1 : v instanceof PyObject && (v.type.isSubtypeOf(setType) || v.type.isSubtypeOf(frozensetType));

function sizeOf(v: PyValue): number {
  return v instanceof PyDictView ? v.mapping.size : (v as PySet).size;
}

/** Every item of `a` is in `b`. */
function* allContainedGen(a: PyValue, b: PyValue): NativeGen<boolean> {
  const items = a instanceof PyDictView ? viewItems(a) : yield* toArrayGen(a);
  for (const x of items) if (!(yield* containsGen(b, x))) return false;
  return true;
}

function* compareGen(a: PyValue, b: PyValue, op: string): NativeGen {
  if (!isSetLike(b)) return NotImplemented;
  const la = sizeOf(a), lb = sizeOf(b);
  switch (op) {
    case "==": return la === lb && (yield* allContainedGen(a, b));
    case "!=": return !(la === lb && (yield* allContainedGen(a, b)));
    case "<": return la < lb && (yield* allContainedGen(a, b));
    case "<=": return la <= lb && (yield* allContainedGen(a, b));
    case ">": return la > lb && (yield* allContainedGen(b, a));
    default: return la >= lb && (yield* allContainedGen(b, a));
  }
}

const ops = {
  __and__: function* (args: PyValue[]): NativeGen {
    return yield* combineGen(args[0], args[1], "intersection_update");
  },
  __rand__: function* (args: PyValue[]): NativeGen {
    return yield* combineGen(args[1], args[0], "intersection_update");
  },
  __or__: function* (args: PyValue[]): NativeGen {
    return yield* combineGen(args[0], args[1], "update");
  },
  __ror__: function* (args: PyValue[]): NativeGen {
    return yield* combineGen(args[1], args[0], "update");
  },
  __sub__: function* (args: PyValue[]): NativeGen {
    return yield* combineGen(args[0], args[1], "difference_update");
  },
  __rsub__: function* (args: PyValue[]): NativeGen {
    return yield* combineGen(args[1], args[0], "difference_update");
  },
  __xor__: function* (args: PyValue[]): NativeGen {
    return yield* combineGen(args[0], args[1], "symmetric_difference_update");
  },
  __rxor__: function* (args: PyValue[]): NativeGen {
    return yield* combineGen(args[1], args[0], "symmetric_difference_update");
  },
  __eq__: function* (args: PyValue[]): NativeGen {
    return yield* compareGen(args[0], args[1], "==");
  },
  __ne__: function* (args: PyValue[]): NativeGen {
    return yield* compareGen(args[0], args[1], "!=");
  },
  __lt__: function* (args: PyValue[]): NativeGen {
    return yield* compareGen(args[0], args[1], "<");
  },
  __le__: function* (args: PyValue[]): NativeGen {
    return yield* compareGen(args[0], args[1], "<=");
  },
  __gt__: function* (args: PyValue[]): NativeGen {
    return yield* compareGen(args[0], args[1], ">");
  },
  __ge__: function* (args: PyValue[]): NativeGen {
    return yield* compareGen(args[0], args[1], ">=");
  },
  isdisjoint: function* (args: PyValue[]): NativeGen {
    const view = args[0] as PyDictView;
    const other = yield* toArrayGen(args[1]);
    for (const x of other) if (yield* containsGen(view, x)) return false;
    return true;
  },
};
defineMethods(dictKeysType, ops);
defineMethods(dictItemsType, ops);
// like sets, keys and items views are unhashable (values views hash by identity)
import { None } from "./singletons.js";
for (const t of [dictKeysType, dictItemsType]) {
  t.attrs.set("__hash__", None);
  t.invalidate();
}
