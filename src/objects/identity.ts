// id() and the addresses shown in default reprs (`<Foo object at 0x7f…>`): a unique number per
// object, handed out on first use. Ints and strs get ids too (they are values, so equal values
// share one, as small ints and interned strs do in CPython).
import type { PyValue } from "./object.js";

const ids = new WeakMap<object, number>();
const valueIds = new Map<unknown, number>();
let next = 0x7f3a1c000000 / 16;

export function idOf(v: PyValue): number {
  if (typeof v === "object") {
    let id = ids.get(v);
    if (id === undefined) {
      id = (next += 3) * 16;
      ids.set(v, id);
    }
    return id;
  }
  let id = valueIds.get(v);
  if (id === undefined) {
    id = (next += 3) * 16;
    if (valueIds.size < 100000) valueIds.set(v, id);
  }
  return id;
}

/** The hex address CPython prints in default reprs. */
export function addressOf(v: PyValue): string {
  return "0x" + idOf(v).toString(16).padStart(12, "0");
}
