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
