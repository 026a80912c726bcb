// list: a mutable JS array of values.
import { PyObject, type PyValue } from "./object.js";
import type { PyDict } from "./dict.js";
import { makeBuiltinType, type PyType } from "./type.js";

export const listType: PyType = makeBuiltinType("list", undefined, { factory: (cls) => new PyList([], cls) });

/** Not `extends PyObject` for allocation speed (see PyFloat); the prototype link keeps instanceof. */
export class PyList {
  declare type: PyType;
  declare dict: PyDict | null;
  declare items: PyValue[];
  constructor(items: PyValue[], type: PyType = listType) {
    this.type = type;
    this.dict = null;
    this.items = items;
  }
}
Object.setPrototypeOf(PyList.prototype, PyObject.prototype);

// ---- list methods ----------------------------------------------------------------------------
import type { KwArgs } from "./object.js";
import { PyFunction, defineMethods, defineStaticMethod } from "./function.js";
import { None, NotImplemented } from "./singletons.js";
import { PyTuple } from "./tuple.js";
import { intValue } from "./int.js";
import { intFlagArg, repeatCount } from "./argconv.js";
import { PySlice, sliceIndices, asIndex, searchBounds } from "./slice.js";
import { ArrayIterator, NativeIterator, defineIteratorType, toArrayGen, listIteratorType } from "./iter.js";
import { typeOf } from "./typeof.js";
import { reprGen } from "./stringify.js";
import { eqGen, richCompareGen, isTrueGen } from "./ops.js";
import { callGen } from "./call.js";
import { CallRequest, type NativeGen } from "./native.js";
import { Exc, isExc, newException, pyIndexError, pyTypeError, pyValueError } from "./exceptions.js";
import { reprEnter, reprLeave } from "./repr-guard.js";
import { compareStr } from "./str.js";
import { NOT_PLAIN, plainCompare } from "./sort-keys.js";
import { timsortGen } from "./timsort.js";

export const listReverseIteratorType = defineIteratorType("list_reverseiterator");

export class ReverseArrayIterator extends NativeIterator {
  private i: number;
  constructor(private readonly list: { items: PyValue[] }, type: PyType) {
    super(type);
    this.i = list.items.length - 1;
  }
  nextValue(): PyValue | undefined {
    const items = this.list.items;
    if (this.i < 0 || this.i >= items.length) {
      this.i = -1;
      return undefined;
    }
    return items[this.i--];
  }
}

defineMethods(listReverseIteratorType, {
  __length_hint__: (args) => {
    const it = args[0] as unknown as { i: number; list: { items: PyValue[] } };
    return it.i >= 0 && it.i < it.list.items.length ? it.i + 1 : 0;
  },
});

function L(v: PyValue): PyList {
  if (!(v instanceof PyList)) throw pyTypeError(`descriptor requires a 'list' object but received a '${typeOf(v).name}'`);
  return v;
}

/** Shared by list and tuple: repr of items between brackets. */
export function* seqReprGen(obj: PyValue & object, items: PyValue[], open: string, close: string): NativeGen<string> {
  if (!reprEnter(obj)) return `${open}...${close}`;
  try {
    const parts: string[] = new Array(items.length);
    for (let i = 0; i < items.length; i++) parts[i] = yield* reprGen(items[i]);
    if (open === "(" && items.length === 1) return `(${parts[0]},)`;
    return open + parts.join(", ") + close;
  } finally {
    reprLeave(obj);
  }
}

/** Lexicographic comparison of two item arrays (list/tuple rich comparison). */
export function* seqCompareGen(a: PyValue[], b: PyValue[], op: number): NativeGen {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (; i < n; i++) {
    if (a[i] === b[i]) continue;
    if (!(yield* eqGen(a[i], b[i]))) break;
  }
  if (i >= n) {
    const la = a.length, lb = b.length;
    switch (op) {
      case 0: return la < lb;
      case 1: return la <= lb;
      case 2: return la === lb;
      case 3: return la !== lb;
      case 4: return la > lb;
      default: return la >= lb;
    }
  }
  if (op === 2) return false;
  if (op === 3) return true;
  return yield* richCompareGen(a[i], b[i], op);
}

/** Sorts idx by keys with plainCompare; false (idx untouched) when some pair needs Python. */
function sortedPlain(idx: number[], keys: PyValue[]): boolean {
  const sorted = idx.slice();
  try {
    sorted.sort((i, j) => plainCompare(keys[i], keys[j]));
  } catch (e) {
    if (e === NOT_PLAIN) return false;
    throw e;
  }
  for (let m = 0; m < idx.length; m++) idx[m] = sorted[m];
  return true;
}

/** Where list.sort finds the items when the sort raises: partly sorted, as CPython leaves them. */
export interface SortState {
  items?: PyValue[];
}

/**
 * Only ints or only strs, no key: sorted by V8's own sort with no JS comparator (numbers through
 * a Float64Array; strs by UTF-16 units, which is code point order when no unit is from U+D800
 * up). Equal ints or strs cannot be told apart, so stability does not matter. null otherwise.
 */
function sortPrimitives(items: PyValue[], reverse: boolean): PyValue[] | null {
  const n = items.length;
  if (n < 16) return null;
  const first = typeof items[0];
  if (first === "number") {
    for (let i = 0; i < n; i++) if (typeof items[i] !== "number") return null;
    const nums = new Float64Array(items as number[]);
    nums.sort();
    const out = items.slice();
    if (reverse) for (let i = 0; i < n; i++) out[i] = nums[n - 1 - i];
    else for (let i = 0; i < n; i++) out[i] = nums[i];
    return out;
  }
  if (first === "string") {
    for (let i = 0; i < n; i++) {
      const x = items[i];
      if (typeof x !== "string") return null;
      for (let j = 0; j < x.length; j++) if (x.charCodeAt(j) >= 0xd800) return null;
    }
    const out = items.slice();
    out.sort();
    if (reverse) out.reverse();
    return out;
  }
  return null;
}

function* sortItemsGen(items: PyValue[], key: PyValue, reverse: boolean, state?: SortState): NativeGen<PyValue[]> {
  if (key === None) {
    const r = sortPrimitives(items, reverse);
    if (r !== null) return r;
  }
  // keys are computed once, before any comparison; the list is untouched if key() raises
  const keys = key === None ? items.slice() : [];
  if (key instanceof PyFunction) {
    // a Python key function: its call requested directly (no callGen generator per item)
    for (const x of items) keys.push(yield new CallRequest(key, [x], null));
  } else if (key !== None) for (const x of items) keys.push(yield* callGen(key, [x]));
  if (keys.every((k) => typeof k === "number")) return plainSorted(items, keys, reverse, (i, j) => (keys[i] as number) - (keys[j] as number));
  if (keys.every((k) => typeof k === "string")) return plainSorted(items, keys, reverse, (i, j) => compareStr(keys[i] as string, keys[j] as string));
  const idx = items.map((_, i) => i);
  if (reverse) idx.reverse();
  if (sortedPlain(idx, keys)) {
    // ints, floats, strs and tuples of them: sorted with a synchronous comparator
    if (reverse) idx.reverse();
    return idx.map((i) => items[i]);
  }
  // CPython's timsort, so Python-level __lt__ sees the same calls in the same order.
  // Python's reverse sort: reverse, stable ascending sort, reverse (equal items keep their order)
  const vals = key === None ? null : items.slice();
  const result = vals ?? keys;
  if (reverse) {
    keys.reverse();
    vals?.reverse();
  }
  try {
    yield* timsortGen(keys, vals);
  } finally {
    if (reverse) result.reverse();
    if (state) state.items = result;
  }
  return result;
}

/** A stable sort of items by their keys with a synchronous comparator of key indexes. */
function plainSorted(items: PyValue[], keys: PyValue[], reverse: boolean, cmp: (i: number, j: number) => number): PyValue[] {
  const idx = items.map((_, i) => i);
  if (reverse) idx.reverse();
  idx.sort(cmp);
  if (reverse) idx.reverse();
  return idx.map((i) => items[i]);
}

/** sorted()/list.sort(): key and reverse as keywords. */
export function* sortGen(items: PyValue[], kw: KwArgs, fn: string, state?: SortState): NativeGen<PyValue[]> {
  let key: PyValue = None, reverse: PyValue = false;
  if (kw) {
    for (const [k, v] of kw) {
      if (k === "key") key = v;
      else if (k === "reverse") reverse = v;
      else throw pyTypeError(`'${k}' is an invalid keyword argument for ${fn}()`);
    }
  }
  // a C int flag, as CPython parses it: reverse=None is a TypeError
  return yield* sortItemsGen(items, key, intFlagArg(reverse), state);
}

defineStaticMethod(listType, "__new__", (args) => new PyList([], args[0] as PyType));

defineMethods(listType, {
  __init__: function* (args, kw): NativeGen {
    if (kw && kw.size) throw pyTypeError("list() takes no keyword arguments");
    if (args.length > 2) throw pyTypeError(`list expected at most 1 argument, got ${args.length - 1}`);
    const l = L(args[0]);
    l.items = args.length > 1 ? yield* toArrayGen(args[1]) : [];
    return None;
  },
  __len__: (args) => L(args[0]).items.length,
  __iter__: (args) => {
    const l = L(args[0]);
    return new ArrayIterator(l.items, listIteratorType, l);
  },
  __reversed__: (args) => new ReverseArrayIterator(L(args[0]), listReverseIteratorType),
  __getitem__: (args) => {
    const l = L(args[0]);
    const k = args[1];
    if (k instanceof PySlice) {
      const [start, , step, n] = sliceIndices(k, l.items.length);
      if (step === 1) return new PyList(l.items.slice(start, start + n));
      const out = new Array(n);
      for (let i = 0, j = start; i < n; i++, j += step) out[i] = l.items[j];
      return new PyList(out);
    }
    if (intValue(k) === undefined && typeOf(k).lookup("__index__") === undefined) throw pyTypeError(`list indices must be integers or slices, not ${typeOf(k).name}`);
    let i = asIndex(k);
    if (i < 0) i += l.items.length;
    if (i < 0 || i >= l.items.length) throw pyIndexError("list index out of range");
    return l.items[i];
  },
  __setitem__: function* (args): NativeGen {
    const l = L(args[0]);
    const k = args[1];
    if (k instanceof PySlice) {
      const [start, stop, step, n] = sliceIndices(k, l.items.length);
      let vals: PyValue[];
      try {
        vals = yield* toArrayGen(args[2]);
      } catch (e) {
        if (isExc(e, Exc.TypeError)) throw pyTypeError(step === 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
        throw e;
      }
      if (step === 1) {
        l.items.splice(start, Math.max(0, stop - start), ...vals);
        return None;
      }
      if (vals.length !== n) throw pyValueError(`attempt to assign sequence of size ${vals.length} to extended slice of size ${n}`);
      for (let i = 0, j = start; i < n; i++, j += step) l.items[j] = vals[i];
      return None;
    }
    if (intValue(k) === undefined && typeOf(k).lookup("__index__") === undefined) throw pyTypeError(`list indices must be integers or slices, not ${typeOf(k).name}`);
    let i = asIndex(k);
    if (i < 0) i += l.items.length;
    if (i < 0 || i >= l.items.length) throw pyIndexError("list assignment index out of range");
    l.items[i] = args[2];
    return None;
  },
  __delitem__: (args) => {
    const l = L(args[0]);
    const k = args[1];
    if (k instanceof PySlice) {
      const [start, , step, n] = sliceIndices(k, l.items.length);
      if (step === 1) l.items.splice(start, n);
      else {
        const drop = new Set<number>();
        for (let i = 0, j = start; i < n; i++, j += step) drop.add(j);
        l.items = l.items.filter((_, i) => !drop.has(i));
      }
      return None;
    }
    if (intValue(k) === undefined && typeOf(k).lookup("__index__") === undefined) throw pyTypeError(`list indices must be integers or slices, not ${typeOf(k).name}`);
    let i = asIndex(k);
    if (i < 0) i += l.items.length;
    if (i < 0 || i >= l.items.length) throw pyIndexError("list assignment index out of range");
    l.items.splice(i, 1);
    return None;
  },
  __contains__: function* (args): NativeGen {
    for (const x of L(args[0]).items) if (x === args[1] || (yield* eqGen(x, args[1]))) return true;
    return false;
  },
  __repr__: function* (args): NativeGen {
    const l = L(args[0]);
    return yield* seqReprGen(l, l.items, "[", "]");
  },
  __add__: (args) => {
    const b = args[1];
    if (!(b instanceof PyList)) return NotImplemented;
    return new PyList(L(args[0]).items.concat(b.items));
  },
  __iadd__: function* (args): NativeGen {
    const l = L(args[0]);
    const b = args[1];
    if (b instanceof PyList || b instanceof PyTuple) l.items.push(...b.items);
    else l.items.push(...(yield* toArrayGen(b)));
    return l;
  },
  __mul__: (args) => {
    const items = L(args[0]).items;
    const n = repeatCount(args[1], items.length, "seq");
    if (n === undefined) return NotImplemented;
    const out: PyValue[] = [];
    for (let i = 0; i < n; i++) for (let j = 0; j < items.length; j++) out.push(items[j]);
    return new PyList(out);
  },
  __rmul__: (args) => {
    const items = L(args[0]).items;
    const n = repeatCount(args[1], items.length, "seq");
    if (n === undefined) return NotImplemented;
    const out: PyValue[] = [];
    for (let i = 0; i < n; i++) for (let j = 0; j < items.length; j++) out.push(items[j]);
    return new PyList(out);
  },
  __imul__: (args) => {
    const l = L(args[0]);
    const n = repeatCount(args[1], l.items.length, "seq");
    if (n === undefined) return NotImplemented;
    const items = l.items.slice();
    l.items = [];
    for (let i = 0; i < n; i++) for (let j = 0; j < items.length; j++) l.items.push(items[j]);
    return l;
  },
  __eq__: function* (args): NativeGen {
    const b = args[1];
    if (!(b instanceof PyList)) return NotImplemented;
    return yield* seqCompareGen(L(args[0]).items, b.items, 2);
  },
  __ne__: function* (args): NativeGen {
    const b = args[1];
    if (!(b instanceof PyList)) return NotImplemented;
    return yield* seqCompareGen(L(args[0]).items, b.items, 3);
  },
  __lt__: function* (args): NativeGen {
    const b = args[1];
    if (!(b instanceof PyList)) return NotImplemented;
    return yield* seqCompareGen(L(args[0]).items, b.items, 0);
  },
  __le__: function* (args): NativeGen {
    const b = args[1];
    if (!(b instanceof PyList)) return NotImplemented;
    return yield* seqCompareGen(L(args[0]).items, b.items, 1);
  },
  __gt__: function* (args): NativeGen {
    const b = args[1];
    if (!(b instanceof PyList)) return NotImplemented;
    return yield* seqCompareGen(L(args[0]).items, b.items, 4);
  },
  __ge__: function* (args): NativeGen {
    const b = args[1];
    if (!(b instanceof PyList)) return NotImplemented;
    return yield* seqCompareGen(L(args[0]).items, b.items, 5);
  },
  append: (args) => {
    if (args.length !== 2) throw pyTypeError(`list.append() takes exactly one argument (${args.length - 1} given)`);
    L(args[0]).items.push(args[1]);
    return None;
  },
  extend: function* (args): NativeGen {
    const l = L(args[0]);
    const b = args[1];
    if (b instanceof PyList || b instanceof PyTuple) l.items.push(...b.items);
    else l.items.push(...(yield* toArrayGen(b)));
    return None;
  },
  insert: (args) => {
    const l = L(args[0]);
    let i = asIndex(args[1]);
    const n = l.items.length;
    if (i < 0) i = Math.max(0, i + n);
    if (i > n) i = n;
    l.items.splice(i, 0, args[2]);
    return None;
  },
  pop: (args) => {
    const l = L(args[0]);
    if (l.items.length === 0) throw pyIndexError("pop from empty list");
    if (args.length < 2) return l.items.pop()!;
    let i = asIndex(args[1]);
    if (i < 0) i += l.items.length;
    if (i < 0 || i >= l.items.length) throw pyIndexError("pop index out of range");
    return l.items.splice(i, 1)[0];
  },
  remove: function* (args): NativeGen {
    const l = L(args[0]);
    for (let i = 0; i < l.items.length; i++) {
      if (l.items[i] === args[1] || (yield* eqGen(l.items[i], args[1]))) {
        l.items.splice(i, 1);
        return None;
      }
    }
    throw pyValueError("list.remove(x): x not in list");
  },
  index: function* (args): NativeGen {
    const l = L(args[0]);
    const [start, stop] = searchBounds(args, l.items.length);
    for (let i = start; i < Math.min(stop, l.items.length); i++) {
      if (l.items[i] === args[1] || (yield* eqGen(l.items[i], args[1]))) return i;
    }
    const { repr } = stringifyMod;
    throw pyValueError(`${repr(args[1])} is not in list`);
  },
  count: function* (args): NativeGen {
    let c = 0;
    for (const x of L(args[0]).items) if (x === args[1] || (yield* eqGen(x, args[1]))) c++;
    return c;
  },
  clear: (args) => {
    L(args[0]).items = [];
    return None;
  },
  copy: (args) => new PyList(L(args[0]).items.slice()),
  reverse: (args) => {
    L(args[0]).items.reverse();
    return None;
  },
  sort: function* (args, kw): NativeGen {
    if (args.length > 1) throw pyTypeError("sort() takes no positional arguments");
    const l = L(args[0]);
    const items = l.items;
    // during the sort the list looks empty; whatever is put in it is dropped afterwards
    const during: PyValue[] = [];
    l.items = during;
    const state: SortState = {};
    let sorted: PyValue[];
    try {
      sorted = yield* sortGen(items, kw, "sort", state);
    } catch (e) {
      // a raising comparison leaves the items partly sorted; a raising key() leaves them as they were
      l.items = state.items ?? items;
      throw e;
    }
    // (clear() of the empty-looking list is no change, as in CPython)
    const modified = during.length !== 0 || l.items.length !== 0;
    l.items = sorted;
    if (modified) throw pyValueError("list modified during sort");
    return None;
  },
  __sizeof__: (args) => 40 + 8 * L(args[0]).items.length,
});
listType.attrs.set("__hash__", None);
import * as stringifyMod from "./stringify.js";
