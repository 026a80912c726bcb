// range: start/stop/step over ints. Plain numbers on the fast path; any bound beyond a safe
// integer makes the whole range use bigints (CPython's "longrange").
import { PyObject, type PyValue } from "./object.js";
import { makeBuiltinType } from "./type.js";
import { None, NotImplemented } from "./singletons.js";
import { intValue, normBig, toBig } from "./int.js";
import { typeOf } from "./typeof.js";
import { NativeIterator, defineIteratorType } from "./iter.js";
import { PySlice, sliceIndices } from "./slice.js";
import { Exc, newException, pyTypeError, pyValueError } from "./exceptions.js";
import { defineGetter, defineMethods, defineStaticMethod } from "./function.js";
import { eqGen } from "./ops.js";
import { PyTuple } from "./tuple.js";
import { callGen, runSync } from "./call.js";
import { repr } from "./stringify.js";

type Int = number | bigint;

export const rangeType = makeBuiltinType("range", undefined, { baseType: false });
export const rangeIteratorType = defineIteratorType("range_iterator");
export const longRangeIteratorType = defineIteratorType("longrange_iterator");

const MAXSIZE = (1n << 63n) - 1n;

function bigLength(start: bigint, stop: bigint, step: bigint): bigint {
  if (step > 0n) return start < stop ? (stop - start - 1n) / step + 1n : 0n;
  return stop < start ? (start - stop - 1n) / -step + 1n : 0n;
}

export class PyRange extends PyObject {
  declare readonly start: Int;
  declare readonly stop: Int;
  declare readonly step: Int;
  /** Number of items (a number unless the range is huge). */
  declare readonly length: Int;
  /** All of start/stop/step/length are plain numbers. */
  declare readonly small: boolean;
  constructor(start: Int, stop: Int, step: Int) {
    super(rangeType);
    const self = this as { start: Int; stop: Int; step: Int; length: Int; small: boolean };
    if (typeof start === "number" && typeof stop === "number" && typeof step === "number") {
      const len = step > 0 ? (start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0) : stop < start ? Math.floor((start - stop - 1) / -step) + 1 : 0;
      if (Number.isSafeInteger(len) && Number.isSafeInteger(start + len * step)) {
        self.start = start;
        self.stop = stop;
        self.step = step;
        self.length = len;
        self.small = true;
        return;
      }
    }
    self.start = normBig(toBig(start));
    self.stop = normBig(toBig(stop));
    self.step = normBig(toBig(step));
    self.length = normBig(bigLength(toBig(start), toBig(stop), toBig(step)));
    self.small = false;
  }
  item(i: Int): Int {
    if (this.small) return (this.start as number) + (i as number) * (this.step as number);
    return normBig(toBig(this.start) + toBig(i) * toBig(this.step));
  }
}

export class RangeIterator extends NativeIterator {
  declare private cur: number;
  declare private left: number;
  declare private readonly step: number;
  constructor(r: PyRange) {
    super(rangeIteratorType);
    this.cur = r.start as number;
    this.left = r.length as number;
    this.step = r.step as number;
  }
  nextValue(): PyValue | undefined {
    if (this.left <= 0) return undefined;
    this.left--;
    const v = this.cur;
    this.cur += this.step;
    return v;
  }
}

// operator.length_hint / list preallocation ask iterators how many items are left
defineMethods(rangeIteratorType, { __length_hint__: (args) => Math.max((args[0] as unknown as { left: number }).left, 0) });

class LongRangeIterator extends NativeIterator {
  declare private cur: bigint;
  declare private left: bigint;
  declare private readonly step: bigint;
  constructor(start: Int, length: Int, step: Int) {
    super(longRangeIteratorType);
    this.cur = toBig(start);
    this.left = toBig(length);
    this.step = toBig(step);
  }
  nextValue(): PyValue | undefined {
    if (this.left <= 0n) return undefined;
    this.left--;
    const v = this.cur;
    this.cur += this.step;
    return normBig(v);
  }
}

defineMethods(longRangeIteratorType, {
  __length_hint__: (args) => {
    const left = (args[0] as unknown as { left: bigint }).left;
    return normBig(left > 0n ? left : 0n);
  },
});

function rangeArg(v: PyValue): Int {
  const n = intValue(v);
  if (n !== undefined) return n;
  const idx = typeOf(v).lookup("__index__");
  if (idx !== undefined) return rangeArg(runSync(callGen(idx, [v])));
  throw pyTypeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
}

defineStaticMethod(rangeType, "__new__", (args, kw) => {
  if (kw && kw.size) throw pyTypeError("range() takes no keyword arguments");
  const a = args.slice(1);
  if (a.length === 0) throw pyTypeError("range expected at least 1 argument, got 0");
  if (a.length > 3) throw pyTypeError(`range expected at most 3 arguments, got ${a.length}`);
  if (a.length === 1) return new PyRange(0, rangeArg(a[0]), 1);
  const step = a.length === 3 ? rangeArg(a[2]) : 1;
  if (step === 0 || step === 0n) throw pyValueError("range() arg 3 must not be zero");
  return new PyRange(rangeArg(a[0]), rangeArg(a[1]), step);
});

function self(v: PyValue): PyRange {
  if (!(v instanceof PyRange)) throw pyTypeError("descriptor requires a 'range' object");
  return v;
}

function rangeContains(r: PyRange, v: PyValue): boolean {
  const n = intValue(v);
  if (n === undefined) return false;
  if (r.small && typeof n === "number") {
    const start = r.start as number, stop = r.stop as number, step = r.step as number;
    if (step > 0 ? n < start || n >= stop : n > start || n <= stop) return false;
    return (n - start) % step === 0;
  }
  const x = toBig(n), start = toBig(r.start), stop = toBig(r.stop), step = toBig(r.step);
  if (step > 0n ? x < start || x >= stop : x > start || x <= stop) return false;
  return (x - start) % step === 0n;
}

function lenOf(r: PyRange): number {
  if (typeof r.length === "number") return r.length;
  if (r.length > MAXSIZE) throw newException(Exc.OverflowError, "Python int too large to convert to C ssize_t");
  return Number(r.length);
}

defineMethods(rangeType, {
  __iter__: (args) => {
    const r = self(args[0]);
    return r.small ? new RangeIterator(r) : new LongRangeIterator(r.start, r.length, r.step);
  },
  __len__: (args) => lenOf(self(args[0])),
  __bool__: (args) => {
    const l = self(args[0]).length;
    return l !== 0 && l !== 0n;
  },
  __contains__: function* (args) {
    const r = self(args[0]);
    if (intValue(args[1]) !== undefined) return rangeContains(r, args[1]);
    const it = r.small ? new RangeIterator(r) : new LongRangeIterator(r.start, r.length, r.step);
    for (let x = it.nextValue(); x !== undefined; x = it.nextValue()) if (yield* eqGen(x, args[1])) return true;
    return false;
  },
  __getitem__: (args) => {
    const r = self(args[0]);
    const k = args[1];
    if (k instanceof PySlice) {
      if (!r.small) throw newException(Exc.OverflowError, "Python int too large to convert to C ssize_t");
      // the slice's own start/stop (as slice.indices gives them) mapped through the range,
      // so the repr reads as CPython's: range(5)[1:-1:2] is range(1, 4, 2)
      const [start, stop, step] = sliceIndices(k, r.length as number);
      const at = (i: number) => normBig(toBig(r.start) + BigInt(i) * toBig(r.step));
      return new PyRange(at(start), at(stop), normBig(toBig(r.step) * BigInt(step)));
    }
    let i = intValue(k);
    if (i === undefined) {
      if (typeOf(k).lookup("__index__") === undefined) throw pyTypeError(`range indices must be integers or slices, not ${typeOf(k).name}`);
      i = rangeArg(k);
    }
    const len = r.length;
    if (i < 0) i = normBig(toBig(i) + toBig(len));
    if (i < 0 || i >= len) throw newException(Exc.IndexError, "range object index out of range");
    return r.item(i);
  },
  __repr__: (args) => {
    const r = self(args[0]);
    return r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
  },
  __eq__: (args) => {
    const a = self(args[0]), b = args[1];
    if (!(b instanceof PyRange)) return NotImplemented;
    if (a.length != b.length) return false; // eslint-disable-line eqeqeq
    if (a.length === 0 || a.length === 0n) return true;
    if (a.start != b.start) return false; // eslint-disable-line eqeqeq
    return a.length === 1 || a.length === 1n || a.step == b.step; // eslint-disable-line eqeqeq
  },
  __hash__: (args) => {
    const r = self(args[0]);
    // CPython hashes (len, start, step), with None for what an empty or one-item range ignores
    const len = r.length;
    const one = len === 1 || len === 1n;
    const empty = len === 0 || len === 0n;
    return runSync(hashTupleGen([len, empty ? None : r.start, empty || one ? None : r.step]));
  },
  __reversed__: (args) => {
    const r = self(args[0]);
    const last = r.item(normBig(toBig(r.length) - 1n));
    const step = normBig(-toBig(r.step));
    if (r.small) return new RangeIterator(new PyRange(last, normBig(toBig(last) + toBig(step) * toBig(r.length)), step));
    return new LongRangeIterator(last, r.length, step);
  },
  index: (args) => {
    const r = self(args[0]);
    if (!rangeContains(r, args[1])) throw pyValueError(`${repr(args[1])} is not in range`);
    return normBig((toBig(intValue(args[1])!) - toBig(r.start)) / toBig(r.step));
  },
  count: (args) => (rangeContains(self(args[0]), args[1]) ? 1 : 0),
});
defineGetter(rangeType, "start", (r) => (r as PyRange).start);
defineGetter(rangeType, "stop", (r) => (r as PyRange).stop);
defineGetter(rangeType, "step", (r) => (r as PyRange).step);

function* hashTupleGen(items: PyValue[]) {
  const { hashGen } = ops;
  return yield* hashGen(new PyTuple(items));
}
import * as ops from "./ops.js";
