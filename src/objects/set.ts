// set and frozenset: a PyDict of keys (values unused) gives Python's key semantics.
import { PyObject, type KwArgs, type PyValue } from "./object.js";
import { makeBuiltinType, type PyType } from "./type.js";
import { PyDict } from "./dict.js";
import { None, NotImplemented } from "./singletons.js";
import { typeOf } from "./typeof.js";
import { defineMethods, defineStaticMethod } from "./function.js";
import { NativeIterator, defineIteratorType, toArrayGen } from "./iter.js";
import { reprGen } from "./stringify.js";
import { keyHash } from "./dict.js";
import type { NativeGen } from "./native.js";
import { Exc, newException, pyTypeError } from "./exceptions.js";
import { reprEnter, reprLeave } from "./repr-guard.js";

export const setType: PyType = makeBuiltinType("set", undefined, { factory: (cls) => new PySet(cls) });
export const frozensetType: PyType = makeBuiltinType("frozenset", undefined, { factory: (cls) => new PySet(cls) });
export const setIteratorType = defineIteratorType("set_iterator");

export class PySet extends PyObject {
  readonly table = new PyDict();
  constructor(type: PyType = setType) {
    super(type);
  }
  get size(): number {
    return this.table.size;
  }
  add(v: PyValue): void {
    this.table.set(v, true);
  }
  has(v: PyValue): boolean {
    return this.table.has(v);
  }
  delete(v: PyValue): boolean {
    return this.table.delete(v) !== undefined;
  }
  items(): PyValue[] {
    return this.table.keyList();
  }
  get frozen(): boolean {
    return this.type.isSubtypeOf(frozensetType);
  }
}

export function newSet(items: Iterable<PyValue> = []): PySet {
  const s = new PySet();
  for (const x of items) s.add(x);
  return s;
}

export function newFrozenSet(items: Iterable<PyValue> = []): PySet {
  const s = new PySet(frozensetType);
  for (const x of items) s.add(x);
  return s;
}

/** SET_ADD: adds to a set (or anything with .add semantics the compiler targets). */
export function setAdd(s: PyValue, v: PyValue): void {
  (s as PySet).add(v);
}

class SetIterator extends NativeIterator {
  private readonly it: Iterator<unknown>;
  private readonly startSize: number;
  constructor(private readonly s: PySet) {
    super(setIteratorType);
    this.it = s.table.map.keys();
    this.startSize = s.size;
  }
  nextValue(): PyValue | undefined {
    if (this.s.size !== this.startSize) throw newException(Exc.RuntimeError, "Set changed size during iteration");
    const r = this.it.next();
    return r.done ? undefined : this.s.table.keyOf(r.value);
  }
}

function self(v: PyValue): PySet {
  if (!(v instanceof PySet)) throw pyTypeError("descriptor requires a 'set' object");
  return v;
}

function* iterableItems(v: PyValue): NativeGen<PyValue[]> {
  if (v instanceof PySet) return v.items();
  return yield* toArrayGen(v);
}

function sameKind(s: PySet, items: Iterable<PyValue>): PySet {
  const r = new PySet(s.frozen ? frozensetType : setType);
  for (const x of items) r.add(x);
  return r;
}

function* newSetGen(cls: PyType, args: PyValue[], kw: KwArgs): NativeGen {
  if (kw && kw.size) throw pyTypeError(`${cls.name}() takes no keyword arguments`);
  if (args.length > 1) throw pyTypeError(`${cls.name} expected at most 1 argument, got ${args.length}`);
  const s = new PySet(cls);
  if (args.length) for (const x of yield* toArrayGen(args[0])) s.add(x);
  return s;
}

defineStaticMethod(setType, "__new__", function* (args, kw): NativeGen {
  return yield* newSetGen(args[0] as PyType, args.slice(1), kw);
});
defineStaticMethod(frozensetType, "__new__", function* (args, kw): NativeGen {
  return yield* newSetGen(args[0] as PyType, args.slice(1), kw);
});

const common: Record<string, (args: PyValue[], kw: KwArgs) => PyValue | NativeGen> = {
  __len__: (args) => self(args[0]).size,
  __contains__: (args) => {
    const v = args[1];
    if (v instanceof PySet && !v.frozen) return self(args[0]).has(newFrozenSet(v.items()));
    return self(args[0]).has(v);
  },
  __iter__: (args) => new SetIterator(self(args[0])),
  __repr__: function* (args): NativeGen {
    const s = self(args[0]);
    const name = s.type.name;
    if (s.size === 0) return `${name}()`;
    if (!reprEnter(s)) return `${name}(...)`;
    try {
      const parts: string[] = [];
      for (const x of s.items()) parts.push(yield* reprGen(x));
      const body = `{${parts.join(", ")}}`;
      return s.type === setType ? body : `${name}(${body})`;
    } finally {
      reprLeave(s);
    }
  },
  copy: (args) => sameKind(self(args[0]), self(args[0]).items()),
  union: function* (args): NativeGen {
    const s = self(args[0]);
    const out = sameKind(s, s.items());
    for (const o of args.slice(1)) for (const x of yield* iterableItems(o)) out.add(x);
    return out;
  },
  intersection: function* (args): NativeGen {
    const s = self(args[0]);
    let cur = s.items();
    for (const o of args.slice(1)) {
      const other = o instanceof PySet ? o : newSet(yield* iterableItems(o));
      cur = cur.filter((x) => other.has(x));
    }
    return sameKind(s, cur);
  },
  difference: function* (args): NativeGen {
    const s = self(args[0]);
    let cur = s.items();
    for (const o of args.slice(1)) {
      const other = o instanceof PySet ? o : newSet(yield* iterableItems(o));
      cur = cur.filter((x) => !other.has(x));
    }
    return sameKind(s, cur);
  },
  symmetric_difference: function* (args): NativeGen {
    const s = self(args[0]);
    const other = newSet(yield* iterableItems(args[1]));
    const out = sameKind(s, s.items().filter((x) => !other.has(x)));
    for (const x of other.items()) if (!s.has(x)) out.add(x);
    return out;
  },
  issubset: function* (args): NativeGen {
    const s = self(args[0]);
    const other = args[1] instanceof PySet ? args[1] : newSet(yield* iterableItems(args[1]));
    return s.items().every((x) => other.has(x));
  },
  issuperset: function* (args): NativeGen {
    const s = self(args[0]);
    return (yield* iterableItems(args[1])).every((x) => s.has(x));
  },
  isdisjoint: function* (args): NativeGen {
    const s = self(args[0]);
    return !(yield* iterableItems(args[1])).some((x) => s.has(x));
  },
  __eq__: (args) => {
    const a = self(args[0]), b = args[1];
    if (!(b instanceof PySet)) return NotImplemented;
    return a.size === b.size && a.items().every((x) => b.has(x));
  },
  __ne__: (args) => {
    const a = self(args[0]), b = args[1];
    if (!(b instanceof PySet)) return NotImplemented;
    return !(a.size === b.size && a.items().every((x) => b.has(x)));
  },
  __le__: (args) => (args[1] instanceof PySet ? self(args[0]).items().every((x) => (args[1] as PySet).has(x)) : NotImplemented),
  __lt__: (args) => (args[1] instanceof PySet ? self(args[0]).size < args[1].size && self(args[0]).items().every((x) => (args[1] as PySet).has(x)) : NotImplemented),
  __ge__: (args) => (args[1] instanceof PySet ? args[1].items().every((x) => self(args[0]).has(x)) : NotImplemented),
  __gt__: (args) => (args[1] instanceof PySet ? self(args[0]).size > args[1].size && args[1].items().every((x) => self(args[0]).has(x)) : NotImplemented),
  __or__: (args) => (args[1] instanceof PySet ? sameKind(self(args[0]), [...self(args[0]).items(), ...args[1].items()]) : NotImplemented),
  __and__: (args) => (args[1] instanceof PySet ? sameKind(self(args[0]), self(args[0]).items().filter((x) => (args[1] as PySet).has(x))) : NotImplemented),
  __sub__: (args) => (args[1] instanceof PySet ? sameKind(self(args[0]), self(args[0]).items().filter((x) => !(args[1] as PySet).has(x))) : NotImplemented),
  __xor__: (args) => {
    const a = self(args[0]), b = args[1];
    if (!(b instanceof PySet)) return NotImplemented;
    return sameKind(a, [...a.items().filter((x) => !b.has(x)), ...b.items().filter((x) => !a.has(x))]);
  },
};

defineMethods(setType, common as never);
defineMethods(frozensetType, common as never);
setType.attrs.set("__hash__", None);

defineMethods(frozensetType, {
  __hash__: (args) => {
    let h = 0;
    for (const x of self(args[0]).items()) h = (h + keyHash(x) * 1000003) | 0;
    return h === -1 ? -2 : h;
  },
});

defineMethods(setType, {
  add: (args) => {
    self(args[0]).add(args[1]);
    return None;
  },
  discard: (args) => {
    self(args[0]).delete(args[1]);
    return None;
  },
  remove: (args) => {
    if (!self(args[0]).delete(args[1])) throw newException(Exc.KeyError, args[1]);
    return None;
  },
  pop: (args) => {
    const s = self(args[0]);
    const first = s.table.keys().next();
    if (first.done) throw newException(Exc.KeyError, "pop from an empty set");
    s.delete(first.value);
    return first.value;
  },
  clear: (args) => {
    self(args[0]).table.clear();
    return None;
  },
  update: function* (args): NativeGen {
    const s = self(args[0]);
    for (const o of args.slice(1)) for (const x of yield* iterableItems(o)) s.add(x);
    return None;
  },
  intersection_update: function* (args): NativeGen {
    const s = self(args[0]);
    for (const o of args.slice(1)) {
      const other = o instanceof PySet ? o : newSet(yield* iterableItems(o));
      for (const x of s.items()) if (!other.has(x)) s.delete(x);
    }
    return None;
  },
  difference_update: function* (args): NativeGen {
    const s = self(args[0]);
    for (const o of args.slice(1)) for (const x of yield* iterableItems(o)) s.delete(x);
    return None;
  },
  symmetric_difference_update: function* (args): NativeGen {
    const s = self(args[0]);
    const other = newSet(yield* iterableItems(args[1]));
    for (const x of other.items()) {
      if (s.has(x)) s.delete(x);
      else s.add(x);
    }
    return None;
  },
  __ior__: (args) => {
    if (!(args[1] instanceof PySet)) return NotImplemented;
    for (const x of args[1].items()) self(args[0]).add(x);
    return args[0];
  },
  __iand__: (args) => {
    if (!(args[1] instanceof PySet)) return NotImplemented;
    const s = self(args[0]);
    for (const x of s.items()) if (!args[1].has(x)) s.delete(x);
    return s;
  },
  __isub__: (args) => {
    if (!(args[1] instanceof PySet)) return NotImplemented;
    for (const x of args[1].items()) self(args[0]).delete(x);
    return args[0];
  },
  __ixor__: (args) => {
    if (!(args[1] instanceof PySet)) return NotImplemented;
    const s = self(args[0]);
    for (const x of args[1].items()) {
      if (s.has(x)) s.delete(x);
      else s.add(x);
    }
    return s;
  },
});

