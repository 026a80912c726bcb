// set and frozenset as CPython lays them out: an open-addressing table (linear probes, then
// perturbed jumps), so that iteration order — and so print({3, 1, 2}) — matches CPython's for
// ints, floats, tuples and other deterministically hashed values.
import { PyObject, type KwArgs, type PyValue } from "./object.js";
import { makeBuiltinType, type PyType } from "./type.js";
import { None, NotImplemented } from "./singletons.js";
import { defineMethods, defineStaticMethod } from "./function.js";
import { NativeIterator, defineIteratorType, toArrayGen } from "./iter.js";
import { reprGen } from "./stringify.js";
import { hashOf, eq } from "./ops.js";
import { PyDict, dictType } from "./dict.js";
import type { NativeGen } from "./native.js";
import { Exc, newException, pyTypeError } from "./exceptions.js";
import { reprEnter, reprLeave } from "./repr-guard.js";

export const setType: PyType = makeBuiltinType("set", undefined, { factory: (cls) => new PySet(cls) });
export const frozensetType: PyType = makeBuiltinType("frozenset", undefined, { factory: (cls) => new PySet(cls) });
export const setIteratorType = defineIteratorType("set_iterator");

const MINSIZE = 8;
const LINEAR_PROBES = 9;
const DUMMY = Symbol("dummy");
type Slot = PyValue | typeof DUMMY | undefined;
type Hash = number | bigint;

/**
 * The low and high 32 bits of a hash as an unsigned 64-bit word (CPython probes with size_t):
 * probing then runs on plain numbers whatever the hash's representation.
 */
const halfBuf = new ArrayBuffer(8);
const halves = new Uint32Array(halfBuf);
/** The same 8 bytes as an int64: a BigInt hash is stored whole and read back as halves. */
const halvesWord = new BigInt64Array(halfBuf);
function splitHash(h: Hash): void {
  if (typeof h === "number") {
    const hi = Math.floor(h / 4294967296);
    halves[0] = h - hi * 4294967296;
    halves[1] = hi; // a negative hi wraps to its two's complement
  } else {
    // BigInt64Array stores modulo 2**64 (two's complement); no intermediate BigInts
    halvesWord[0] = h;
  }
}

export class PySet extends PyObject {
  keys: Slot[] = new Array(MINSIZE);
  hashes: Hash[] = new Array(MINSIZE).fill(0);
  mask = MINSIZE - 1;
  fill = 0;
  used = 0;
  finger = 0;
  constructor(type: PyType = setType) {
    super(type);
  }
  get size(): number {
    return this.used;
  }
  get frozen(): boolean {
    return this.type.isSubtypeOf(frozensetType);
  }

  /** The slot holding key, or -1. */
  private find(key: PyValue, hash: Hash): number {
    const mask = this.mask;
    const keys = this.keys, hashes = this.hashes;
    splitHash(hash);
    let plo = halves[0], phi = halves[1];
    let i = plo & mask;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      for (;;) {
        const k = keys[j];
        if (k === undefined) return -1;
        if (k !== DUMMY && hashes[j] === hash && (k === key || eqKeys(k, key))) return j;
        if (probes-- <= 0) break;
        j++;
      }
      // perturb >>= 5 on the 64-bit word; only its low bits reach the mask
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi >>>= 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }

  has(key: PyValue): boolean {
    return this.find(key, hashOf(key)) >= 0;
  }

  add(key: PyValue, hash: Hash = hashOf(key)): void {
    const mask = this.mask;
    const keys = this.keys, hashes = this.hashes;
    let freeslot = -1;
    splitHash(hash);
    let plo = halves[0], phi = halves[1];
    let i = plo & mask;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      for (;;) {
        const k = keys[j];
        if (k === undefined) {
          if (freeslot >= 0) {
            keys[freeslot] = key;
            hashes[freeslot] = hash;
            this.used++;
            return;
          }
          keys[j] = key;
          hashes[j] = hash;
          this.fill++;
          this.used++;
          if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return;
        }
        if (k === DUMMY) {
          if (freeslot < 0) freeslot = j;
        } else if (hashes[j] === hash && (k === key || eqKeys(k, key))) return;
        if (probes-- <= 0) break;
        j++;
      }
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi >>>= 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }

  delete(key: PyValue): boolean {
    const j = this.find(key, hashOf(key));
    if (j < 0) return false;
    this.keys[j] = DUMMY;
    this.hashes[j] = -1;
    this.used--;
    return true;
  }

  clear(): void {
    this.keys = new Array(MINSIZE);
    this.hashes = new Array(MINSIZE).fill(0);
    this.mask = MINSIZE - 1;
    this.fill = this.used = 0;
  }

  /** Inserts into a table known to have room and no equal key (resize, merge). */
  private insertClean(keys: Slot[], hashes: Hash[], mask: number, key: PyValue, hash: Hash): void {
    splitHash(hash);
    let plo = halves[0], phi = halves[1];
    let i = plo & mask;
    for (;;) {
      if (keys[i] === undefined) break;
      let found = false;
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 0; j < LINEAR_PROBES; j++) {
          i++;
          if (keys[i] === undefined) {
            found = true;
            break;
          }
        }
        if (found) break;
        i -= LINEAR_PROBES;
      }
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi >>>= 5;
      i = (i * 5 + 1 + plo) & mask;
    }
    keys[i] = key;
    hashes[i] = hash;
  }

  resize(minused: number): void {
    let newsize = MINSIZE;
    while (newsize <= minused) newsize *= 2;
    const oldKeys = this.keys, oldHashes = this.hashes;
    const keys: Slot[] = new Array(newsize);
    const hashes: Hash[] = new Array(newsize).fill(0);
    const mask = newsize - 1;
    for (let j = 0; j < oldKeys.length; j++) {
      const k = oldKeys[j];
      if (k !== undefined && k !== DUMMY) this.insertClean(keys, hashes, mask, k, oldHashes[j]);
    }
    this.keys = keys;
    this.hashes = hashes;
    this.mask = mask;
    this.fill = this.used;
  }

  /** set_merge: adds all of another set's entries (CPython's fast paths keep its layout). */
  merge(other: PySet): void {
    if (other === this || other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      this.keys = other.keys.slice();
      this.hashes = other.hashes.slice();
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    if (this.fill === 0) {
      this.fill = this.used = other.used;
      for (let j = 0; j <= other.mask; j++) {
        const k = other.keys[j];
        if (k !== undefined && k !== DUMMY) this.insertClean(this.keys, this.hashes, this.mask, k, other.hashes[j]);
      }
      return;
    }
    for (let j = 0; j <= other.mask; j++) {
      const k = other.keys[j];
      if (k !== undefined && k !== DUMMY) this.add(k, other.hashes[j]);
    }
  }

  /** The live keys in table order (iteration order). */
  items(): PyValue[] {
    const out: PyValue[] = [];
    const keys = this.keys;
    for (let j = 0; j <= this.mask; j++) {
      const k = keys[j];
      if (k !== undefined && k !== DUMMY) out.push(k);
    }
    return out;
  }

  /** [key, hash] pairs in table order. */
  entries(): [PyValue, Hash][] {
    const out: [PyValue, Hash][] = [];
    for (let j = 0; j <= this.mask; j++) {
      const k = this.keys[j];
      if (k !== undefined && k !== DUMMY) out.push([k, this.hashes[j]]);
    }
    return out;
  }

  /** set.pop(): the first live slot from the search finger. */
  pop(): PyValue | undefined {
    if (this.used === 0) return undefined;
    let j = this.finger & this.mask;
    while (this.keys[j] === undefined || this.keys[j] === DUMMY) {
      j++;
      if (j > this.mask) j = 0;
    }
    const k = this.keys[j] as PyValue;
    this.keys[j] = DUMMY;
    this.hashes[j] = -1;
    this.used--;
    this.finger = j + 1;
    return k;
  }

  /** The frozenset hash, as CPython computes it from the table. */
  frozenHash(): Hash {
    const M = (1n << 64n) - 1n;
    const shuffle = (h: bigint) => (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & M;
    let hash = 0n;
    for (let j = 0; j <= this.mask; j++) {
      const k = this.keys[j];
      const h = k === undefined ? 0n : k === DUMMY ? M : BigInt.asUintN(64, BigInt(this.hashes[j]));
      hash ^= shuffle(h);
    }
    if ((this.mask + 1 - this.fill) & 1) hash ^= shuffle(0n);
    if ((this.fill - this.used) & 1) hash ^= shuffle(M);
    hash ^= ((BigInt(this.used) + 1n) * 1927868237n) & M;
    hash ^= (hash >> 11n) ^ (hash >> 25n);
    hash = (hash * 69069n + 907133923n) & M;
    if (hash === M) hash = 590923713n;
    const r = BigInt.asIntN(64, hash);
    return r >= -9007199254740991n && r <= 9007199254740991n ? Number(r) : r;
  }
}

function eqKeys(a: PyValue, b: PyValue): boolean {
  if (typeof a === "string" && typeof b === "string") return a === b;
  return eq(a, b);
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

/** SET_ADD */
export function setAdd(s: PyValue, v: PyValue): void {
  (s as PySet).add(v);
}

/** set_update_internal: from a set (merge), a dict (its keys), or any iterable. */
function* updateFrom(s: PySet, v: PyValue): NativeGen<void> {
  if (v instanceof PySet) {
    s.merge(v);
    return;
  }
  if (v instanceof PyDict && v.type === dictType) {
    const n = v.size;
    if ((s.fill + n) * 5 >= s.mask * 3) s.resize((s.used + n) * 2);
    for (const k of v.keys()) s.add(k);
    return;
  }
  const items = yield* toArrayGen(v);
  if (items.length < 32) {
    for (let i = 0; i < items.length; i++) s.add(items[i]);
    return;
  }
  // a str seen before is in the table already: one JS Set lookup instead of SipHash and a probe
  // (nothing here runs Python code, so nothing can remove it in between). Dropped when the first
  // 4096 items had few repeats: then it is only extra work.
  let seen: Set<string> | null = new Set<string>();
  let repeats = 0;
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (seen !== null) {
      if (i === 4096 && repeats < 512) seen = null;
      else if (typeof x === "string") {
        if (seen.has(x)) {
          repeats++;
          continue;
        }
        seen.add(x);
      }
    }
    s.add(x);
  }
}

function copyOf(s: PySet, type?: PyType): PySet {
  const r = new PySet(type ?? (s.frozen ? frozensetType : setType));
  r.merge(s);
  return r;
}

function* asSet(v: PyValue): NativeGen<PySet> {
  if (v instanceof PySet) return v;
  const s = new PySet();
  yield* updateFrom(s, v);
  return s;
}

class SetIterator extends NativeIterator {
  private j = 0;
  private taken = 0;
  private readonly startUsed: number;
  constructor(private readonly s: PySet) {
    super(setIteratorType);
    this.startUsed = s.used;
  }
  nextValue(): PyValue | undefined {
    const s = this.s;
    if (s.used !== this.startUsed) {
      this.j = s.mask + 1;
      throw newException(Exc.RuntimeError, "Set changed size during iteration");
    }
    const keys = s.keys;
    while (this.j <= s.mask) {
      const k = keys[this.j++];
      if (k !== undefined && k !== DUMMY) {
        this.taken++;
        return k;
      }
    }
    return undefined;
  }
  /** Items not handed out yet (0 once the set changed size or the iterator ran out). */
  lengthHint(): number {
    return this.s.used !== this.startUsed || this.j > this.s.mask ? 0 : this.startUsed - this.taken;
  }
}
defineMethods(setIteratorType, { __length_hint__: (args) => (args[0] as SetIterator).lengthHint() });

function self(v: PyValue): PySet {
  if (!(v instanceof PySet)) throw pyTypeError("descriptor requires a 'set' object");
  return v;
}

function* newSetGen(cls: PyType, args: PyValue[], kw: KwArgs): NativeGen {
  if (kw && kw.size) throw pyTypeError(`${cls.name}() takes no keyword arguments`);
  if (args.length > 1) throw pyTypeError(`${cls.name} expected at most 1 argument, got ${args.length}`);
  const s = new PySet(cls);
  if (args.length) yield* updateFrom(s, args[0]);
  return s;
}

defineStaticMethod(setType, "__new__", function* (args, kw): NativeGen {
  return yield* newSetGen(args[0] as PyType, args.slice(1), kw);
});
defineStaticMethod(frozensetType, "__new__", function* (args, kw): NativeGen {
  return yield* newSetGen(args[0] as PyType, args.slice(1), kw);
});

function intersection(a: PySet, b: PySet, type: PyType): PySet {
  let so = a, other = b;
  if (other.used > so.used) [so, other] = [other, so];
  const r = new PySet(type);
  for (const [k, h] of other.entries()) if (so.has(k)) r.add(k, h);
  return r;
}

function difference(a: PySet, b: PySet, type: PyType): PySet {
  if (a.used === 0) return copyOf(a, type);
  if (a.used >> 2 > b.used) {
    const r = copyOf(a, type);
    for (const k of b.items()) r.delete(k);
    return r;
  }
  const r = new PySet(type);
  for (const [k, h] of a.entries()) if (!b.has(k)) r.add(k, h);
  return r;
}

function symmetricDifference(a: PySet, b: PySet, type: PyType): PySet {
  // CPython starts from a copy of the other set and toggles this one's items into it
  // (the order of the result depends on it)
  const r = copyOf(b, type);
  for (const [k, h] of a.entries()) {
    if (!r.delete(k)) r.add(k, h);
  }
  return r;
}

function kindOf(s: PySet): PyType {
  return s.frozen ? frozensetType : setType;
}

function* setEq(a: PySet, b: PyValue): NativeGen {
  if (!(b instanceof PySet)) return NotImplemented;
  return a.used === b.used && a.items().every((x) => b.has(x));
}

const common: Record<string, (args: PyValue[], kw: KwArgs) => PyValue | NativeGen> = {
  __len__: (args) => self(args[0]).used,
  __contains__: (args) => {
    const v = args[1];
    if (v instanceof PySet && !v.frozen) return self(args[0]).has(copyOf(v, frozensetType));
    return self(args[0]).has(v);
  },
  __iter__: (args) => new SetIterator(self(args[0])),
  __repr__: function* (args): NativeGen {
    const s = self(args[0]);
    const name = s.type.name;
    if (s.used === 0) return `${name}()`;
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
  copy: (args) => copyOf(self(args[0])),
  union: function* (args): NativeGen {
    const r = copyOf(self(args[0]));
    for (const o of args.slice(1)) yield* updateFrom(r, o);
    return r;
  },
  intersection: function* (args): NativeGen {
    let r = copyOf(self(args[0]));
    for (const o of args.slice(1)) r = intersection(r, yield* asSet(o), kindOf(self(args[0])));
    return r;
  },
  difference: function* (args): NativeGen {
    let r = copyOf(self(args[0]));
    for (const o of args.slice(1)) r = difference(r, yield* asSet(o), kindOf(self(args[0])));
    return r;
  },
  symmetric_difference: function* (args): NativeGen {
    return symmetricDifference(self(args[0]), yield* asSet(args[1]), kindOf(self(args[0])));
  },
  issubset: function* (args): NativeGen {
    const other = yield* asSet(args[1]);
    return self(args[0]).items().every((x) => other.has(x));
  },
  issuperset: function* (args): NativeGen {
    const s = self(args[0]);
    return (yield* toArrayGen(args[1])).every((x) => s.has(x));
  },
  isdisjoint: function* (args): NativeGen {
    const s = self(args[0]);
    return !(yield* toArrayGen(args[1])).some((x) => s.has(x));
  },
  __eq__: function* (args): NativeGen {
    return yield* setEq(self(args[0]), args[1]);
  },
  __ne__: function* (args): NativeGen {
    const r = yield* setEq(self(args[0]), args[1]);
    return r === NotImplemented ? r : !r;
  },
  __le__: (args) => (args[1] instanceof PySet ? self(args[0]).items().every((x) => (args[1] as PySet).has(x)) : NotImplemented),
  __lt__: (args) => (args[1] instanceof PySet ? self(args[0]).used < args[1].used && self(args[0]).items().every((x) => (args[1] as PySet).has(x)) : NotImplemented),
  __ge__: (args) => (args[1] instanceof PySet ? args[1].items().every((x) => self(args[0]).has(x)) : NotImplemented),
  __gt__: (args) => (args[1] instanceof PySet ? self(args[0]).used > args[1].used && args[1].items().every((x) => self(args[0]).has(x)) : NotImplemented),
  __or__: (args) => {
    if (!(args[1] instanceof PySet)) return NotImplemented;
    const r = copyOf(self(args[0]));
    r.merge(args[1]);
    return r;
  },
  __and__: (args) => (args[1] instanceof PySet ? intersection(self(args[0]), args[1], kindOf(self(args[0]))) : NotImplemented),
  __sub__: (args) => (args[1] instanceof PySet ? difference(self(args[0]), args[1], kindOf(self(args[0]))) : NotImplemented),
  __xor__: (args) => (args[1] instanceof PySet ? symmetricDifference(self(args[0]), args[1], kindOf(self(args[0]))) : NotImplemented),
  __sizeof__: (args) => 200 + 16 * self(args[0]).mask,
};
// the reflected forms: the same operation with the operands swapped (reached only by an explicit
// call, since a set on the left handles a set on the right itself)
for (const op of ["or", "and", "sub", "xor"] as const) {
  const forward = common[`__${op}__`] as (args: PyValue[]) => PyValue;
  common[`__r${op}__`] = (args: PyValue[]) => (args[1] instanceof PySet ? forward([args[1], args[0]]) : NotImplemented);
}

defineMethods(setType, common as never);
defineMethods(frozensetType, common as never);
setType.attrs.set("__hash__", None);

defineMethods(frozensetType, {
  __hash__: (args) => self(args[0]).frozenHash(),
});

defineMethods(setType, {
  add: (args) => {
    self(args[0]).add(args[1]);
    return None;
  },
  discard: (args) => {
    const v = args[1];
    self(args[0]).delete(v instanceof PySet && !v.frozen ? copyOf(v, frozensetType) : v);
    return None;
  },
  remove: (args) => {
    const v = args[1];
    if (!self(args[0]).delete(v instanceof PySet && !v.frozen ? copyOf(v, frozensetType) : v)) throw newException(Exc.KeyError, v);
    return None;
  },
  pop: (args) => {
    const v = self(args[0]).pop();
    if (v === undefined) throw newException(Exc.KeyError, "pop from an empty set");
    return v;
  },
  clear: (args) => {
    self(args[0]).clear();
    return None;
  },
  update: function* (args): NativeGen {
    const s = self(args[0]);
    for (const o of args.slice(1)) yield* updateFrom(s, o);
    return None;
  },
  intersection_update: function* (args): NativeGen {
    const s = self(args[0]);
    let r = copyOf(s, setType);
    for (const o of args.slice(1)) r = intersection(r, yield* asSet(o), setType);
    replaceContents(s, r);
    return None;
  },
  difference_update: function* (args): NativeGen {
    const s = self(args[0]);
    for (const o of args.slice(1)) for (const x of yield* toArrayGen(o)) s.delete(x);
    return None;
  },
  symmetric_difference_update: function* (args): NativeGen {
    const s = self(args[0]);
    const other = yield* asSet(args[1]);
    for (const [k, h] of other.entries()) if (!s.delete(k)) s.add(k, h);
    return None;
  },
  __ior__: (args) => {
    if (!(args[1] instanceof PySet)) return NotImplemented;
    self(args[0]).merge(args[1]);
    return args[0];
  },
  __iand__: (args) => {
    if (!(args[1] instanceof PySet)) return NotImplemented;
    const s = self(args[0]);
    replaceContents(s, intersection(s, args[1], setType));
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
    for (const [k, h] of args[1].entries()) if (!s.delete(k)) s.add(k, h);
    return s;
  },
});

function replaceContents(s: PySet, r: PySet): void {
  s.keys = r.keys;
  s.hashes = r.hashes;
  s.mask = r.mask;
  s.fill = r.fill;
  s.used = r.used;
}
