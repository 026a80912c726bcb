// The builtin methods CPython implements as slot wrappers (int.__add__, object.__init__ …):
// they print as "<slot wrapper '__add__' of 'int' objects>" and, bound, as
// "<method-wrapper '__add__' of int object at 0x…>". Marked by method-guards.ts from the
// measured table.
import type { PyBuiltinFunction } from "./function.js";

const slotWrappers = new WeakSet<PyBuiltinFunction>();

export function markSlotWrapper(f: PyBuiltinFunction): void {
  slotWrappers.add(f);
}

export function isSlotWrapper(f: PyBuiltinFunction): boolean {
  return slotWrappers.has(f);
}
