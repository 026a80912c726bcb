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
import { eq, hashOf, typeName } from "./protocol.js";

export const dictType: PyType = makeBuiltinType("dict", undefined, { factory: (cls) => new PyDict(cls) });

const MISSING = Symbol("missing");

export class PyDict extends PyObject {
  /** normalised key → value, in insertion order. */
  readonly map = new Map<unknown, PyValue>();
  /** normalised key → the key as inserted, when they differ (True, 1.0, str subclasses …). */
  private orig: Map<unknown, PyValue> | null = null;
  /** internal hash → stored keys, for keys compared by value (tuples, frozensets, __hash__). */
  private buckets: Map<number, PyValue[]> | null = null;

  constructor(type: PyType = dictType) {
    super(type);
  }

  get size(): number {
    return this.map.size;
  }

  // -- str fast path (namespaces) --
  getStr(key: string): PyValue | undefined {
    return this.map.get(key);
  }
  setStr(key: string, value: PyValue): void {
    this.map.set(key, value);
  }
  deleteStr(key: string): boolean {
    return this.map.delete(key);
  }

  // -- any key --
  get(key: PyValue): PyValue | undefined {
    if (typeof key === "string" || typeof key === "number") return this.map.get(key);
    const n = this.findNorm(key);
    return n === MISSING ? undefined : this.map.get(n);
  }

  has(key: PyValue): boolean {
    if (typeof key === "string" || typeof key === "number") return this.map.has(key);
    const n = this.findNorm(key);
    return n !== MISSING && this.map.has(n);
  }

  set(key: PyValue, value: PyValue): void {
    if (typeof key === "string" || typeof key === "number") {
      this.map.set(key, value);
      return;
    }
    const n = this.findNorm(key, true);
    if (n !== key && !this.map.has(n)) (this.orig ??= new Map()).set(n, key);
    this.map.set(n, value);
  }

  /** Removes key; returns the value it had, or undefined. */
  delete(key: PyValue): PyValue | undefined {
    const n = typeof key === "string" || typeof key === "number" ? key : this.findNorm(key);
    if (n === MISSING) return undefined;
    const v = this.map.get(n);
    if (v === undefined) return undefined;
    this.map.delete(n);
    if (this.orig) this.orig.delete(n);
    if (this.buckets && typeof n === "object" && n !== null) this.unbucket(n as PyValue);
    return v;
  }

  clear(): void {
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
      case "number":
      case "bigint":
        return key;
      case "boolean":
        return key ? 1 : 0;
    }
    if (key instanceof PyFloat) return floatNorm(key);
    if (key instanceof PyStrObject || key instanceof PyIntObject) return key.value;
    if (hashesByIdentity(key)) return key;
    const h = keyHash(key);
    const buckets = (this.buckets ??= new Map());
    const bucket = buckets.get(h);
    if (bucket) {
      for (const k of bucket) if (k === key || eq(k, key)) return k;
    }
    if (!insert) return MISSING;
    if (bucket) bucket.push(key);
    else buckets.set(h, [key]);
    return key;
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
  const ph = hashOf(v);
  return typeof ph === "number" ? numHash(ph) : Number(BigInt.asIntN(32, ph));
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
