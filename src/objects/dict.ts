// dict: an insertion-ordered hash table with Python's key semantics (1, 1.0 and True are one
// key; tuples compare by value). Keys are normalised into a JS Map:
//   str, int            → themselves (the fast path: globals, instance dicts, counters …)
//   bool, float, str/int subclass instances → the equal primitive (the original key is kept in `orig`)
//   objects hashed by identity (object.__hash__) → the object itself
//   other hashables (tuple, frozenset, objects with __hash__) → the first equal key inserted,
//     found through `buckets` (internal hash → keys) and Python equality.
import { PyObject, type PyValue } from "./object.js";
import { makeBuiltinType, objectType, type PyType } from "./type.js";
import { PyFloat } from "./float.js";
import { PyIntObject } from "./int.js";
import { PyStrObject } from "./str.js";
import { PyBuiltinFunction } from "./function.js";
import { PyTuple, tupleType } from "./tuple.js";
import { pyTypeError } from "./exceptions.js";
import { eq, hashOf, hashFloat, hashInt, typeName } from "./protocol.js";

export const dictType: PyType = makeBuiltinType("dict", undefined, { factory: (cls) => new PyDict(cls) });

const MISSING = Symbol("missing");

export class PyDict extends PyObject {
  /** normalised key → value, in insertion order. */
  declare readonly map: Map<unknown, PyValue>;
  /** normalised key → the key as inserted, when they differ (True, 1.0, str subclasses …). */
  declare private orig: Map<unknown, PyValue> | null;
  /** internal hash → stored keys, for keys compared by value (tuples, frozensets, __hash__). */
  declare private buckets: Map<number, PyValue[]> | null;
  /** Bumped on every change (the VM's global-variable caches check it). */
  declare version: number;

  constructor(type: PyType = dictType) {
    super(type);
    (this as { map: Map<unknown, PyValue> }).map = new Map();
    this.orig = null;
    this.buckets = null;
    this.version = 0;
  }

  get size(): number {
    return this.map.size;
  }

  // -- str fast path (namespaces) --
  getStr(key: string): PyValue | undefined {
    return this.map.get(key);
  }
  setStr(key: string, value: PyValue): void {
    this.version++;
    this.map.set(key, value);
  }
  deleteStr(key: string): boolean {
    this.version++;
    return this.map.delete(key);
  }

  // -- any key --
  get(key: PyValue): PyValue | undefined {
    if (typeof key === "string" || (typeof key === "number" && this.buckets === null)) return this.map.get(key);
    const n = this.findNorm(key);
    return n === MISSING ? undefined : this.map.get(n);
  }

  has(key: PyValue): boolean {
    if (typeof key === "string" || (typeof key === "number" && this.buckets === null)) return this.map.has(key);
    const n = this.findNorm(key);
    return n !== MISSING && this.map.has(n);
  }

  set(key: PyValue, value: PyValue): void {
    this.version++;
    if (typeof key === "string" || (typeof key === "number" && this.buckets === null)) {
      this.map.set(key, value);
      return;
    }
    const n = this.findNorm(key, true);
    if (n !== key && !this.map.has(n)) (this.orig ??= new Map()).set(n, key);
    this.map.set(n, value);
  }

  /** Removes key; returns the value it had, or undefined. */
  delete(key: PyValue): PyValue | undefined {
    this.version++;
    const n = typeof key === "string" || (typeof key === "number" && this.buckets === null) ? key : this.findNorm(key);
    if (n === MISSING) return undefined;
    const v = this.map.get(n);
    if (v === undefined) return undefined;
    this.map.delete(n);
    if (this.orig) this.orig.delete(n);
    if (this.buckets && typeof n === "object" && n !== null) this.unbucket(n as PyValue);
    return v;
  }

  clear(): void {
    this.version++;
    this.map.clear();
    this.orig = null;
    this.buckets = null;
  }

  /** The key as inserted for a normalised key from `map`. */
  keyOf(norm: unknown): PyValue {
    if (this.orig) {
      const o = this.orig.get(norm);
      if (o !== undefined) return o;
    }
    return norm as PyValue;
  }

  *keys(): IterableIterator<PyValue> {
    for (const n of this.map.keys()) yield this.keyOf(n);
  }
  values(): IterableIterator<PyValue> {
    return this.map.values();
  }
  *entries(): IterableIterator<[PyValue, PyValue]> {
    for (const [n, v] of this.map) yield [this.keyOf(n), v];
  }
  keyList(): PyValue[] {
    if (!this.orig) return Array.from(this.map.keys()) as PyValue[];
    return Array.from(this.keys());
  }

  /** list(d.keys()) / list(d.values()) / list(d.items()) for view kind 0/1/2, in order. */
  viewList(kind: 0 | 1 | 2): PyValue[] {
    if (kind === 0) return this.keyList();
    const out: PyValue[] = new Array(this.map.size);
    let i = 0;
    if (kind === 1) for (const v of this.map.values()) out[i++] = v;
    else for (const [n, v] of this.map) out[i++] = new PyTuple([this.keyOf(n), v]);
    return out;
  }

  copy(type: PyType = dictType): PyDict {
    const d = new PyDict(type);
    for (const [n, v] of this.map) d.map.set(n, v);
    if (this.orig) d.orig = new Map(this.orig);
    if (this.buckets) {
      d.buckets = new Map();
      for (const [h, ks] of this.buckets) d.buckets.set(h, ks.slice());
    }
    return d;
  }

  /** Normalises key for lookup; with insert, a new by-value key is registered in buckets. */
  private findNorm(key: PyValue, insert = false): unknown {
    switch (typeof key) {
      case "string":
        return key;
      case "number":
      case "bigint":
        return this.numberNorm(key, key);
      case "boolean":
        return this.numberNorm(key ? 1 : 0, key);
    }
    if (key instanceof PyFloat) return this.numberNorm(floatNorm(key), key);
    if (key instanceof PyStrObject) return key.value;
    if (key instanceof PyIntObject) return this.numberNorm(key.value, key);
    if (hashesByIdentity(key)) return key;
    // by value: tuples hash natively; other objects by their Python hash
    const native = key instanceof PyTuple && tupleHashIsNative(key);
    const ph = native ? 0 : hashOf(key);
    const h = native ? keyHash(key) : bucketHash(ph);
    const buckets = (this.buckets ??= new Map());
    const bucket = buckets.get(h);
    if (bucket) {
      for (const k of bucket) if (k === key || eq(k, key)) return k;
    }
    // an object equal to an int key already stored (Decimal(1), Fraction(3) …): CPython finds
    // the int, whose hash is the object's; the candidates are the ints with that hash
    if (!native && this.map.size > 0) {
      for (const c of intsHashingTo(ph)) if (this.map.has(c) && eq(c, key)) return c;
    }
    if (!insert) return MISSING;
    if (bucket) bucket.push(key);
    else buckets.set(h, [key]);
    return key;
  }

  /**
   * A number key as stored: itself, unless it is missing and an equal object with the same
   * hash was stored as a by-value key (`{Decimal(1): 'a'}[1]`) — then that object.
   */
  private numberNorm(n: unknown, key: PyValue): unknown {
    if (this.buckets === null || this.buckets.size === 0 || this.map.has(n)) return n;
    if (typeof n !== "number" && typeof n !== "bigint") return n;
    const ph = Number.isInteger(n) || typeof n === "bigint" ? hashInt(n as number | bigint) : hashFloat(n as number);
    const bucket = this.buckets.get(bucketHash(ph));
    if (bucket) for (const k of bucket) if (eq(k, key)) return k;
    return n;
  }

  private unbucket(stored: PyValue): void {
    for (const [h, ks] of this.buckets!) {
      const i = ks.indexOf(stored);
      if (i >= 0) {
        if (ks.length === 1) this.buckets!.delete(h);
        else ks.splice(i, 1);
        return;
      }
    }
  }
}

function floatNorm(f: PyFloat): unknown {
  const v = f.value;
  if (Number.isInteger(v)) return Number.isSafeInteger(v) ? v : BigInt(v);
  if (v !== v) return f; // NaN: only equal to itself
  return v;
}

/** Objects whose hash and equality are identity (object.__hash__ and object.__eq__). */
function hashesByIdentity(key: PyObject): boolean {
  const h = key.type.lookup("__hash__");
  if (h instanceof PyBuiltinFunction && h.owner === objectType) return true;
  if (h === undefined || (h instanceof PyObject && h.type.name === "NoneType")) {
    throw pyTypeError(`unhashable type: '${typeName(key)}'`);
  }
  return false;
}

/**
 * The hash dict uses internally for by-value keys: equal keys give equal hashes (1 == 1.0 ==
 * True inside tuples too); it need not equal Python's hash() except for user __hash__.
 */
export function keyHash(v: PyValue): number {
  switch (typeof v) {
    case "string":
      return strHash(v);
    case "number":
      return numHash(v);
    case "boolean":
      return v ? 1 : 0;
    case "bigint":
      return Number(BigInt.asIntN(32, v));
  }
  if (v instanceof PyFloat) {
    const n = floatNorm(v);
    return typeof n === "number" ? numHash(n) : typeof n === "bigint" ? Number(BigInt.asIntN(32, n)) : 0x7ff80000;
  }
  if (v instanceof PyStrObject) return strHash(v.value);
  if (v instanceof PyIntObject) return keyHash(v.value);
  if (v instanceof PyTuple && tupleHashIsNative(v)) {
    let h = 0x345678;
    for (const x of v.items) h = (Math.imul(h ^ keyHash(x), 1000003) + 97531) | 0;
    return h ^ v.items.length;
  }
  return bucketHash(hashOf(v));
}

/** The bucket of an object key from its Python hash. */
function bucketHash(ph: number | bigint): number {
  return typeof ph === "number" ? numHash(ph) : Number(BigInt.asIntN(32, ph));
}

/** The int keys whose Python hash is ph, as normalised keys (hash(-1) is -2, like hash(-2)). */
function intsHashingTo(ph: number | bigint): (number | bigint)[] {
  if (typeof ph !== "number") return [ph];
  return ph === -2 ? [-2, -1] : [ph];
}

/** Whether a tuple (or subclass) keeps tuple's own __hash__, so hashing needs no Python call. */
function tupleHashIsNative(t: PyTuple): boolean {
  return t.type === tupleType || t.type.lookup("__hash__") === tupleType.attrs.get("__hash__");
}

function numHash(n: number): number {
  if ((n | 0) === n) return n;
  // non-int32 numbers: mix the high and low words
  const hi = Math.floor(n / 4294967296);
  return (n ^ Math.imul(hi | 0, 0x9e3779b1)) | 0;
}

export function strHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h | 0;
}

// ---- dict methods ----------------------------------------------------------------------------
import type { KwArgs } from "./object.js";
import { defineMethods, defineStaticMethod, defineClassMethod } from "./function.js";
import { None, NotImplemented } from "./singletons.js";
import { NativeIterator, defineIteratorType, toArrayGen } from "./iter.js";
import { typeOf } from "./typeof.js";
import { reprGen } from "./stringify.js";
import { eqGen } from "./ops.js";
import { callGen } from "./call.js";
import type { NativeGen } from "./native.js";
import { Exc, newException } from "./exceptions.js";
import { reprEnter, reprLeave } from "./repr-guard.js";
import { mappingMergeFrom } from "./dict-update.js";

export const dictKeysType = makeBuiltinType("dict_keys", undefined, { baseType: false });
export const dictValuesType = makeBuiltinType("dict_values", undefined, { baseType: false });
export const dictItemsType = makeBuiltinType("dict_items", undefined, { baseType: false });
export const dictKeyIteratorType = defineIteratorType("dict_keyiterator");
export const dictValueIteratorType = defineIteratorType("dict_valueiterator");
export const dictItemIteratorType = defineIteratorType("dict_itemiterator");
const dictReverseKeyIteratorType = defineIteratorType("dict_reversekeyiterator");
const dictReverseValueIteratorType = defineIteratorType("dict_reversevalueiterator");
const dictReverseItemIteratorType = defineIteratorType("dict_reverseitemiterator");

/** Iterates a dict's keys/values/items; detects size changes like CPython. */
export class DictIterator extends NativeIterator {
  /** Over the map's keys (kind 0), values (1) or entries (2): no [key, value] pair when not needed. */
  private readonly it: Iterator<unknown>;
  private readonly size: number;
  private done = false;
  /** Items handed out so far (for __length_hint__). */
  private taken = 0;
  constructor(
    private readonly d: PyDict,
    private readonly kind: 0 | 1 | 2,
  ) {
    super(kind === 0 ? dictKeyIteratorType : kind === 1 ? dictValueIteratorType : dictItemIteratorType);
    this.it = kind === 0 ? d.map.keys() : kind === 1 ? d.map.values() : d.map.entries();
    this.size = d.size;
  }
  nextValue(): PyValue | undefined {
    if (this.done) return undefined;
    if (this.d.size !== this.size) {
      this.done = true;
      throw newException(Exc.RuntimeError, "dictionary changed size during iteration");
    }
    const r = this.it.next();
    if (r.done) {
      this.done = true;
      return undefined;
    }
    this.taken++;
    if (this.kind === 1) return r.value as PyValue;
    if (this.kind === 0) return this.d.keyOf(r.value);
    const [n, v] = r.value as [unknown, PyValue];
    return new PyTuple([this.d.keyOf(n), v]);
  }
  lengthHint(): number {
    return this.done || this.d.size !== this.size ? 0 : this.size - this.taken;
  }
}
for (const t of [dictKeyIteratorType, dictValueIteratorType, dictItemIteratorType]) {
  defineMethods(t, { __length_hint__: (args) => (args[0] as DictIterator).lengthHint() });
}

/** dict.keys()/values()/items() views. */
export class PyDictView extends PyObject {
  constructor(
    readonly mapping: PyDict,
    readonly kind: 0 | 1 | 2,
  ) {
    super(kind === 0 ? dictKeysType : kind === 1 ? dictValuesType : dictItemsType);
  }
}

function D(v: PyValue): PyDict {
  if (!(v instanceof PyDict)) throw pyTypeError(`descriptor requires a 'dict' object but received a '${typeOf(v).name}'`);
  return v;
}

function* dictEqGen(a: PyDict, b: PyDict): NativeGen<boolean> {
  if (a.size !== b.size) return false;
  for (const [k, v] of a.entries()) {
    const bv = b.get(k);
    if (bv === undefined) return false;
    if (bv !== v && !(yield* eqGen(v, bv))) return false;
  }
  return true;
}

/** dict(...) / dict.update(...): a mapping or iterable of pairs, then keywords. */
export function* dictUpdateGen(d: PyDict, args: PyValue[], kw: KwArgs, fn: string): NativeGen<void> {
  if (args.length > 1) throw pyTypeError(`${fn} expected at most 1 argument, got ${args.length}`);
  if (args.length === 1) yield* mappingMergeFrom(d, args[0]);
  if (kw) for (const [k, v] of kw) d.setStr(k, v);
}

defineStaticMethod(dictType, "__new__", (args) => new PyDict(args[0] as PyType));

defineMethods(dictType, {
  __init__: function* (args, kw): NativeGen {
    yield* dictUpdateGen(D(args[0]), args.slice(1), kw, "dict");
    return None;
  },
  __len__: (args) => D(args[0]).size,
  __iter__: (args) => new DictIterator(D(args[0]), 0),
  __reversed__: (args) => {
    const d = D(args[0]);
    const { ArrayIterator } = iterMod;
    return new ArrayIterator(d.keyList().reverse(), dictReverseKeyIteratorType);
  },
  __getitem__: function* (args): NativeGen {
    if (args.length !== 2) throw args.length === 0 ? pyTypeError("unbound method dict.__getitem__() needs an argument") : pyTypeError(`dict.__getitem__() takes exactly one argument (${args.length - 1} given)`);
    const d = D(args[0]);
    const v = d.get(args[1]);
    if (v !== undefined) return v;
    if (d.type !== dictType) {
      const missing = d.type.lookup("__missing__");
      if (missing !== undefined) return yield* callGen(missing, [d, args[1]]);
    }
    throw newException(Exc.KeyError, args[1]);
  },
  __setitem__: (args) => {
    // called directly (not through d[k] = v): CPython's slot-wrapper checks
    if (args.length !== 3) throw args.length === 0 ? pyTypeError("descriptor '__setitem__' of 'dict' object needs an argument") : pyTypeError(` expected 2 arguments, got ${args.length - 1}`);
    if (!(args[0] instanceof PyDict)) throw pyTypeError(`descriptor '__setitem__' requires a 'dict' object but received a '${typeOf(args[0]).name}'`);
    D(args[0]).set(args[1], args[2]);
    return None;
  },
  __delitem__: (args) => {
    if (D(args[0]).delete(args[1]) === undefined) throw newException(Exc.KeyError, args[1]);
    return None;
  },
  __contains__: (args) => D(args[0]).has(args[1]),
  __repr__: function* (args): NativeGen {
    const d = D(args[0]);
    if (d.size === 0) return "{}";
    if (!reprEnter(d)) return "{...}";
    try {
      const parts: string[] = [];
      for (const [k, v] of d.entries()) parts.push(`${yield* reprGen(k)}: ${yield* reprGen(v)}`);
      return `{${parts.join(", ")}}`;
    } finally {
      reprLeave(d);
    }
  },
  __eq__: function* (args): NativeGen {
    const b = args[1];
    if (!(b instanceof PyDict)) return NotImplemented;
    return yield* dictEqGen(D(args[0]), b);
  },
  __ne__: function* (args): NativeGen {
    const b = args[1];
    if (!(b instanceof PyDict)) return NotImplemented;
    return !(yield* dictEqGen(D(args[0]), b));
  },
  __or__: function* (args): NativeGen {
    const b = args[1];
    if (!(b instanceof PyDict)) return NotImplemented;
    const d = D(args[0]).copy();
    yield* mappingMergeFrom(d, b);
    return d;
  },
  // dicts are not ordered; CPython still lists these comparisons among dict's methods
  __lt__: () => NotImplemented,
  __le__: () => NotImplemented,
  __gt__: () => NotImplemented,
  __ge__: () => NotImplemented,
  __ror__: function* (args): NativeGen {
    const a = args[1];
    if (!(a instanceof PyDict)) return NotImplemented;
    const d = a.copy();
    yield* mappingMergeFrom(d, D(args[0]));
    return d;
  },
  __ior__: function* (args): NativeGen {
    const d = D(args[0]);
    yield* mappingMergeFrom(d, args[1]);
    return d;
  },
  get: (args) => {
    if (args.length < 2) throw pyTypeError(`get expected at least 1 argument, got 0`);
    const v = D(args[0]).get(args[1]);
    return v === undefined ? (args.length > 2 ? args[2] : None) : v;
  },
  setdefault: (args) => {
    const d = D(args[0]);
    const v = d.get(args[1]);
    if (v !== undefined) return v;
    const dflt = args.length > 2 ? args[2] : None;
    d.set(args[1], dflt);
    return dflt;
  },
  pop: (args) => {
    const d = D(args[0]);
    const v = d.delete(args[1]);
    if (v !== undefined) return v;
    if (args.length > 2) return args[2];
    throw newException(Exc.KeyError, args[1]);
  },
  popitem: (args) => {
    const d = D(args[0]);
    if (d.size === 0) throw newException(Exc.KeyError, "popitem(): dictionary is empty");
    const keys = d.keyList();
    const k = keys[keys.length - 1];
    const v = d.delete(k)!;
    return new PyTuple([k, v]);
  },
  keys: (args) => new PyDictView(D(args[0]), 0),
  values: (args) => new PyDictView(D(args[0]), 1),
  items: (args) => new PyDictView(D(args[0]), 2),
  update: function* (args, kw): NativeGen {
    yield* dictUpdateGen(D(args[0]), args.slice(1), kw, "update");
    return None;
  },
  clear: (args) => {
    D(args[0]).clear();
    return None;
  },
  copy: (args) => D(args[0]).copy(),
  __sizeof__: (args) => 64 + 24 * D(args[0]).size,
});
dictType.attrs.set("__hash__", None);
defineClassMethod(dictType, "fromkeys", function* (args): NativeGen {
  const cls = args[0] as PyType;
  const d = cls === dictType ? new PyDict() : ((yield* callGen(cls, [])) as PyDict);
  const v = args.length > 2 ? args[2] : None;
  for (const k of yield* toArrayGen(args[1])) d.set(k, v);
  return d;
});

function V(v: PyValue): PyDictView {
  return v as PyDictView;
}
const viewCommon = {
  __len__: (args: PyValue[]) => V(args[0]).mapping.size,
  __iter__: (args: PyValue[]) => new DictIterator(V(args[0]).mapping, V(args[0]).kind),
  __reversed__: (args: PyValue[]) => {
    const view = V(args[0]);
    const { ArrayIterator } = iterMod;
    const d = view.mapping;
    const entries = [...d.entries()].reverse();
    const items = entries.map(([k, v]) => (view.kind === 0 ? k : view.kind === 1 ? v : new PyTuple([k, v])));
    return new ArrayIterator(items, [dictReverseKeyIteratorType, dictReverseValueIteratorType, dictReverseItemIteratorType][view.kind]);
  },
  __repr__: function* (args: PyValue[]): NativeGen {
    const view = V(args[0]);
    const items: PyValue[] = [];
    for (const [k, v] of view.mapping.entries()) items.push(view.kind === 0 ? k : view.kind === 1 ? v : new PyTuple([k, v]));
    const parts: string[] = [];
    for (const x of items) parts.push(yield* reprGen(x));
    return `${view.type.name}([${parts.join(", ")}])`;
  },
};
defineMethods(dictKeysType, {
  ...viewCommon,
  __contains__: (args) => V(args[0]).mapping.has(args[1]),
  __eq__: function* (args): NativeGen {
    const { toArrayGen: ta } = iterMod;
    const other = args[1];
    if (!(other instanceof PyDictView) && !(other instanceof PyObject && other.type.name.endsWith("set"))) return NotImplemented;
    const mine = V(args[0]).mapping;
    const theirs = yield* ta(other);
    if (theirs.length !== mine.size) return false;
    return theirs.every((k) => mine.has(k));
  },
  __sub__: function* (args): NativeGen {
    const { newSet } = setMod;
    const other = newSet(yield* toArrayGen(args[1]));
    return newSet(V(args[0]).mapping.keyList().filter((k) => !other.has(k)));
  },
  __and__: function* (args): NativeGen {
    const { newSet } = setMod;
    const other = newSet(yield* toArrayGen(args[1]));
    return newSet(V(args[0]).mapping.keyList().filter((k) => other.has(k)));
  },
  __or__: function* (args): NativeGen {
    const { newSet } = setMod;
    return newSet([...V(args[0]).mapping.keyList(), ...(yield* toArrayGen(args[1]))]);
  },
  isdisjoint: function* (args): NativeGen {
    const d = V(args[0]).mapping;
    return !(yield* toArrayGen(args[1])).some((k) => d.has(k));
  },
});
defineMethods(dictValuesType, viewCommon);
defineMethods(dictItemsType, {
  ...viewCommon,
  __contains__: function* (args): NativeGen {
    const t = args[1];
    if (!(t instanceof PyTuple) || t.items.length !== 2) return false;
    const v = V(args[0]).mapping.get(t.items[0]);
    return v !== undefined && (v === t.items[1] || (yield* eqGen(v, t.items[1])));
  },
});
import * as iterMod from "./iter.js";
import * as setMod from "./set.js";
