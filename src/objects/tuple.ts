// tuple: an immutable JS array of values. Subclasses (namedtuple …) share the representation.
import { PyObject, type PyValue } from "./object.js";
import type { PyDict } from "./dict.js";
import { makeBuiltinType, type PyType } from "./type.js";

export const tupleType: PyType = makeBuiltinType("tuple", undefined, { factory: (cls) => new PyTuple([], cls) });

/** Not `extends PyObject` for allocation speed (see PyFloat); the prototype link keeps instanceof. */
export class PyTuple {
  declare type: PyType;
  declare dict: PyDict | null;
  /** Never mutate after the tuple is visible to Python code. */
  declare readonly items: PyValue[];
  constructor(items: PyValue[], type: PyType = tupleType) {
    this.type = type;
    this.dict = null;
    (this as { items: PyValue[] }).items = items;
  }
}
Object.setPrototypeOf(PyTuple.prototype, PyObject.prototype);

export const EMPTY_TUPLE = new PyTuple([]);

export function newTuple(items: PyValue[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}

// ---- tuple methods ---------------------------------------------------------------------------
import { defineMethods, defineStaticMethod } from "./function.js";
import { NotImplemented } from "./singletons.js";
import { intValue } from "./int.js";
import { repeatCount } from "./argconv.js";
import { PySlice, sliceIndices, asIndex, searchBounds } from "./slice.js";
import { ArrayIterator, toArrayGen, tupleIteratorType } from "./iter.js";
import { typeOf } from "./typeof.js";
import { eqGen } from "./ops.js";
import { keyHash } from "./dict.js";
import type { NativeGen } from "./native.js";
import { pyIndexError, pyTypeError, pyValueError } from "./exceptions.js";
import { seqReprGen, seqCompareGen } from "./list.js";

function T(v: PyValue): PyTuple {
  if (!(v instanceof PyTuple)) throw pyTypeError(`descriptor requires a 'tuple' object but received a '${typeOf(v).name}'`);
  return v;
}

defineStaticMethod(tupleType, "__new__", function* (args, kw): NativeGen {
  const cls = args[0] as PyType;
  if (kw && kw.size) throw pyTypeError("tuple() takes no keyword arguments");
  if (args.length > 2) throw pyTypeError(`tuple expected at most 1 argument, got ${args.length - 1}`);
  if (args.length < 2) return cls === tupleType ? EMPTY_TUPLE : new PyTuple([], cls);
  const src = args[1];
  if (cls === tupleType && src instanceof PyTuple && src.type === tupleType) return src;
  const items = yield* toArrayGen(src);
  return cls === tupleType ? newTuple(items) : new PyTuple(items, cls);
});

const cmpOp = (op: number) =>
  function* (args: PyValue[]): NativeGen {
    const b = args[1];
    if (!(b instanceof PyTuple)) return NotImplemented;
    return yield* seqCompareGen(T(args[0]).items, b.items, op);
  };

defineMethods(tupleType, {
  __len__: (args) => T(args[0]).items.length,
  __iter__: (args) => new ArrayIterator(T(args[0]).items, tupleIteratorType),
  __getitem__: (args) => {
    const t = T(args[0]);
    const k = args[1];
    if (k instanceof PySlice) {
      const [start, , step, n] = sliceIndices(k, t.items.length);
      if (step === 1) return newTuple(t.items.slice(start, start + n));
      const out = new Array(n);
      for (let i = 0, j = start; i < n; i++, j += step) out[i] = t.items[j];
      return newTuple(out);
    }
    if (intValue(k) === undefined && typeOf(k).lookup("__index__") === undefined) throw pyTypeError(`tuple indices must be integers or slices, not ${typeOf(k).name}`);
    let i = asIndex(k);
    if (i < 0) i += t.items.length;
    if (i < 0 || i >= t.items.length) throw pyIndexError("tuple index out of range");
    return t.items[i];
  },
  __contains__: function* (args): NativeGen {
    for (const x of T(args[0]).items) if (x === args[1] || (yield* eqGen(x, args[1]))) return true;
    return false;
  },
  __repr__: function* (args): NativeGen {
    const t = T(args[0]);
    return yield* seqReprGen(t, t.items, "(", ")");
  },
  __hash__: (args) => {
    const h = keyHash(T(args[0]));
    return h === -1 ? -2 : h;
  },
  __add__: (args) => {
    const b = args[1];
    if (!(b instanceof PyTuple)) return NotImplemented;
    return newTuple(T(args[0]).items.concat(b.items));
  },
  __mul__: (args) => {
    const items = T(args[0]).items;
    const n = repeatCount(args[1], items.length, "seq");
    if (n === undefined) return NotImplemented;
    const out: PyValue[] = [];
    for (let i = 0; i < n; i++) for (let j = 0; j < items.length; j++) out.push(items[j]);
    return newTuple(out);
  },
  __rmul__: (args) => {
    const items = T(args[0]).items;
    const n = repeatCount(args[1], items.length, "seq");
    if (n === undefined) return NotImplemented;
    const out: PyValue[] = [];
    for (let i = 0; i < n; i++) for (let j = 0; j < items.length; j++) out.push(items[j]);
    return newTuple(out);
  },
  __eq__: cmpOp(2),
  __ne__: cmpOp(3),
  __lt__: cmpOp(0),
  __le__: cmpOp(1),
  __gt__: cmpOp(4),
  __ge__: cmpOp(5),
  __getnewargs__: (args) => new PyTuple([new PyTuple(T(args[0]).items)]),
  index: function* (args): NativeGen {
    const t = T(args[0]);
    const [start, stop] = searchBounds(args, t.items.length);
    for (let i = start; i < Math.min(stop, t.items.length); i++) if (t.items[i] === args[1] || (yield* eqGen(t.items[i], args[1]))) return i;
    throw pyValueError("tuple.index(x): x not in tuple");
  },
  count: function* (args): NativeGen {
    let c = 0;
    for (const x of T(args[0]).items) if (x === args[1] || (yield* eqGen(x, args[1]))) c++;
    return c;
  },
});
