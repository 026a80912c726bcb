// slice objects and the index arithmetic shared by sequence types.
import { PyObject, type PyValue } from "./object.js";
import { makeBuiltinType } from "./type.js";
import { None } from "./singletons.js";
import { intValue, PyIntObject } from "./int.js";
import { typeOf } from "./typeof.js";
import { Exc, isExc, newException, pyTypeError, pyValueError } from "./exceptions.js";
import { defineGetter, defineMethods, defineStaticMethod } from "./function.js";
import { runSync, callGen } from "./call.js";
import { reprGen } from "./stringify.js";
import type { NativeGen } from "./native.js";
import { PyTuple } from "./tuple.js";

export const sliceType = makeBuiltinType("slice", undefined, { baseType: false });

export class PySlice extends PyObject {
  constructor(
    readonly start: PyValue,
    readonly stop: PyValue,
    readonly step: PyValue,
  ) {
    super(sliceType);
  }
}

export function newSlice(start: PyValue, stop: PyValue, step: PyValue): PySlice {
  return new PySlice(start, stop, step);
}

/**
 * An index-like value as a JS number (__index__ for other types). Big ints clamp to ±Infinity
 * when `clamp` (slice bounds), else raise IndexError ("cannot fit 'int' into an index-sized integer").
 */
export function asIndex(v: PyValue, what = "indices"): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return v < 0n ? -Infinity : Infinity;
  if (v instanceof PyIntObject) return asIndex(v.value);
  const idx = typeOf(v).lookup("__index__");
  if (idx !== undefined) {
    const r = runSync(callGen(idx, [v]));
    const n = intValue(r);
    if (n === undefined) throw pyTypeError(`__index__ returned non-int (type ${typeOf(r).name})`);
    return asIndex(n);
  }
  throw pyTypeError(`${what} must be integers or slices, not ${typeOf(v).name}`);
}

/** slice.indices(length): normalised [start, stop, step] and the number of items selected. */
export function sliceIndices(s: PySlice, length: number): [number, number, number, number] {
  let step = 1;
  if (s.step !== None) {
    step = asSliceBound(s.step);
    if (step === 0) throw pyValueError("slice step cannot be zero");
  }
  const neg = step < 0;
  const lower = neg ? -1 : 0;
  const upper = neg ? length - 1 : length;
  let start: number, stop: number;
  if (s.start === None) start = neg ? upper : lower;
  else {
    start = asSliceBound(s.start);
    if (start < 0) {
      start += length;
      if (start < lower) start = lower;
    } else if (start > upper) start = upper;
  }
  if (s.stop === None) stop = neg ? lower : upper;
  else {
    stop = asSliceBound(s.stop);
    if (stop < 0) {
      stop += length;
      if (stop < lower) stop = lower;
    } else if (stop > upper) stop = upper;
  }
  let n: number;
  if (step > 0) n = start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
  else n = stop < start ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  return [start, stop, step, n];
}

function asSliceBound(v: PyValue): number {
  try {
    return asIndex(v, "slice indices");
  } catch (e) {
    if (e instanceof PyObject && typeOf(e).name === "TypeError") throw pyTypeError("slice indices must be integers or None or have an __index__ method");
    throw e;
  }
}

/**
 * start/stop of list.index/tuple.index (args[2], args[3]), clamped to [0, length]: integers only
 * (no None, unlike a slice).
 */
export function searchBounds(args: PyValue[], length: number): [number, number] {
  const bound = (v: PyValue | undefined, dflt: number): number => {
    if (v === undefined) return dflt;
    let i: number;
    try {
      i = asIndex(v, "slice indices");
    } catch (e) {
      if (isExc(e, Exc.TypeError)) throw pyTypeError("slice indices must be integers or have an __index__ method");
      throw e;
    }
    if (i < 0) i = Math.max(0, i + length);
    return Math.min(i, length);
  };
  return [bound(args[2], 0), bound(args[3], length)];
}

/** Normalises a sequence index (negative from the end); throws IndexError with `what` when out of range. */
export function seqIndex(v: PyValue, length: number, what: string): number {
  let i = asIndex(v, `${what} indices`);
  if (i < 0) i += length;
  if (i < 0 || i >= length) throw newException(Exc.IndexError, `${what} index out of range`);
  return i;
}

defineStaticMethod(sliceType, "__new__", (args) => {
  const a = args.slice(1);
  if (a.length === 0) throw pyTypeError("slice expected at least 1 argument, got 0");
  if (a.length > 3) throw pyTypeError(`slice expected at most 3 arguments, got ${a.length}`);
  if (a.length === 1) return new PySlice(None, a[0], None);
  return new PySlice(a[0], a[1], a.length > 2 ? a[2] : None);
});
defineGetter(sliceType, "start", (s) => (s as PySlice).start);
defineGetter(sliceType, "stop", (s) => (s as PySlice).stop);
defineGetter(sliceType, "step", (s) => (s as PySlice).step);
defineMethods(sliceType, {
  indices: (args) => {
    const n = asIndex(args[1]);
    if (n < 0) throw pyValueError("length should not be negative");
    const [a, b, c] = sliceIndices(args[0] as PySlice, n);
    return new PyTuple([a, b, c]);
  },
  __repr__: function* (args): NativeGen {
    const s = args[0] as PySlice;
    return `slice(${yield* reprGen(s.start)}, ${yield* reprGen(s.stop)}, ${yield* reprGen(s.step)})`;
  },
  __eq__: (args) => {
    const a = args[0] as PySlice, b = args[1];
    if (!(b instanceof PySlice)) return NotImplementedRef();
    return a.start === b.start && a.stop === b.stop && a.step === b.step;
  },
});
sliceType.attrs.set("__hash__", None);
import { NotImplemented } from "./singletons.js";
function NotImplementedRef(): PyValue {
  return NotImplemented;
}
