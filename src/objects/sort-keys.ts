// A synchronous comparison for sort keys made only of ints, floats (not NaN), bools, strs and
// tuples of them: Python's `<` on such values needs no Python code, so a sort can use it as a
// JS comparator. Anything else (or a pair Python would refuse to order, like 1 < "a") throws
// NOT_PLAIN, and the sort falls back to Python comparisons, which raise where CPython does.
import type { PyValue } from "./object.js";
import { PyFloat, floatType } from "./float.js";
import { PyTuple, tupleType } from "./tuple.js";
import { compareStr } from "./str.js";

export const NOT_PLAIN = Symbol("not plain");

function numberOf(v: PyValue): number | undefined {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyFloat && v.type === floatType && v.value === v.value) return v.value;
  return undefined;
}

/** -1, 0 or 1 as Python orders a and b; throws NOT_PLAIN when that needs Python code or fails. */
export function plainCompare(a: PyValue, b: PyValue): number {
  if (typeof a === "string") {
    if (typeof b === "string") return compareStr(a, b);
    throw NOT_PLAIN;
  }
  const x = numberOf(a);
  if (x !== undefined) {
    const y = numberOf(b);
    if (y === undefined) throw NOT_PLAIN;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (a instanceof PyTuple && a.type === tupleType && b instanceof PyTuple && b.type === tupleType) {
    // the first position where the items differ decides; then the lengths
    const p = a.items, q = b.items;
    const n = p.length < q.length ? p.length : q.length;
    for (let i = 0; i < n; i++) {
      if (p[i] === q[i] && !(p[i] instanceof PyFloat)) continue;
      const c = plainCompare(p[i], q[i]);
      if (c !== 0) return c;
    }
    return p.length < q.length ? -1 : p.length > q.length ? 1 : 0;
  }
  throw NOT_PLAIN;
}

/**
 * `item in items` for an int/float/bool/str item, deciding each element without Python code;
 * undefined as soon as an element would need its __eq__ (then nothing was observable).
 */
export function plainContains(items: PyValue[], item: PyValue): boolean | undefined {
  const y = numberOf(item);
  if (y === undefined && typeof item !== "string") return undefined;
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (x === item) return true;
    if (typeof x === "string") continue; // a str equals only an equal str (=== above)
    if (typeof x === "number" || typeof x === "boolean" || (x instanceof PyFloat && x.type === floatType)) {
      if (y !== undefined && numberOf(x) === y) return true;
      continue;
    }
    return undefined;
  }
  return false;
}

/** a OP b (a comparison opcode's arg) for two plain tuples; undefined when Python code must decide. */
export function plainTupleCompare(a: PyTuple, b: PyTuple, op: number): boolean | undefined {
  let c: number;
  try {
    c = plainCompare(a, b);
  } catch (e) {
    if (e === NOT_PLAIN) return undefined;
    throw e;
  }
  return cmpResult(c, op);
}

/** Whether a three-way result c (<0, 0, >0) satisfies comparison op (0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >=). */
export function cmpResult(c: number, op: number): boolean {
  switch (op) {
    case 0: return c < 0;
    case 1: return c <= 0;
    case 2: return c === 0;
    case 3: return c !== 0;
    case 4: return c > 0;
    default: return c >= 0;
  }
}
