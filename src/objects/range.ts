// range: start/stop/step over ints (numbers; big ranges use bigints only at the edges).
import { PyObject, type PyValue } from "./object.js";
import { makeBuiltinType } from "./type.js";
import { None, NotImplemented } from "./singletons.js";
import { intValue } from "./int.js";
import { typeOf } from "./typeof.js";
import { NativeIterator, defineIteratorType } from "./iter.js";
import { PySlice, asIndex, sliceIndices } from "./slice.js";
import { Exc, newException, pyTypeError, pyValueError } from "./exceptions.js";
import { defineGetter, defineMethods, defineStaticMethod } from "./function.js";
import { hashInt } from "./ops.js";
import { PyTuple } from "./tuple.js";
import { callGen, runSync } from "./call.js";

export const rangeType = makeBuiltinType("range", undefined, { baseType: false });
export const rangeIteratorType = defineIteratorType("range_iterator");

export class PyRange extends PyObject {
  declare readonly length: number;
  constructor(
    readonly start: number,
    readonly stop: number,
    readonly step: number,
  ) {
    super(rangeType);
    if (step > 0) (this as { length: number }).length = start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    else (this as { length: number }).length = stop < start ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  item(i: number): number {
    return this.start + i * this.step;
  }
}

export class RangeIterator extends NativeIterator {
  declare private cur: number;
  declare private left: number;
  declare private readonly step: number;
  constructor(r: PyRange) {
    super(rangeIteratorType);
    this.cur = r.start;
    this.left = r.length;
    this.step = r.step;
  }
  nextValue(): PyValue | undefined {
    if (this.left <= 0) return undefined;
    this.left--;
    const v = this.cur;
    this.cur += this.step;
    return v;
  }
}

function rangeArg(v: PyValue): number {
  const n = intValue(v);
  if (n !== undefined) {
    if (typeof n === "bigint") throw newException(Exc.OverflowError, "Python int too large to convert to C ssize_t");
    return n;
  }
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
  if (step === 0) throw pyValueError("range() arg 3 must not be zero");
  return new PyRange(rangeArg(a[0]), rangeArg(a[1]), step);
});

function self(v: PyValue): PyRange {
  if (!(v instanceof PyRange)) throw pyTypeError("descriptor requires a 'range' object");
  return v;
}

function rangeContains(r: PyRange, v: PyValue): boolean {
  const n = intValue(v);
  if (n === undefined || typeof n === "bigint") return false;
  if (r.step > 0 ? n < r.start || n >= r.stop : n > r.start || n <= r.stop) return false;
  return (n - r.start) % r.step === 0;
}

defineMethods(rangeType, {
  __iter__: (args) => new RangeIterator(self(args[0])),
  __len__: (args) => self(args[0]).length,
  __bool__: (args) => self(args[0]).length > 0,
  __contains__: (args) => {
    const r = self(args[0]);
    const n = intValue(args[1]);
    if (n !== undefined) return rangeContains(r, args[1]);
    for (let i = 0; i < r.length; i++) if (runSync(eqGenRef(r.item(i), args[1]))) return true;
    return false;
  },
  __getitem__: (args) => {
    const r = self(args[0]);
    const k = args[1];
    if (k instanceof PySlice) {
      const [start, , step, n] = sliceIndices(k, r.length);
      const newStart = r.start + start * r.step;
      const newStep = r.step * step;
      return new PyRange(newStart, newStart + n * newStep, newStep);
    }
    let i = asIndex(k, "range");
    if (i < 0) i += r.length;
    if (i < 0 || i >= r.length) throw newException(Exc.IndexError, "range object index out of range");
    return r.item(i);
  },
  __repr__: (args) => {
    const r = self(args[0]);
    return r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
  },
  __eq__: (args) => {
    const a = self(args[0]), b = args[1];
    if (!(b instanceof PyRange)) return NotImplemented;
    if (a.length !== b.length) return false;
    if (a.length === 0) return true;
    if (a.start !== b.start) return false;
    return a.length === 1 || a.step === b.step;
  },
  __hash__: (args) => {
    const r = self(args[0]);
    return hashInt(r.length * 31 + r.start);
  },
  __reversed__: (args) => {
    const r = self(args[0]);
    const last = r.start + (r.length - 1) * r.step;
    return new RangeIterator(new PyRange(last, r.start - r.step, -r.step));
  },
  index: (args) => {
    const r = self(args[0]);
    if (!rangeContains(r, args[1])) throw pyValueError(`${typeof args[1] === "number" ? args[1] : "value"} is not in range`);
    return ((intValue(args[1]) as number) - r.start) / r.step;
  },
  count: (args) => (rangeContains(self(args[0]), args[1]) ? 1 : 0),
});
defineGetter(rangeType, "start", (r) => (r as PyRange).start);
defineGetter(rangeType, "stop", (r) => (r as PyRange).stop);
defineGetter(rangeType, "step", (r) => (r as PyRange).step);

import { eqGen as eqGenRef } from "./ops.js";
