// Instances of user-defined classes that don't derive from a builtin with its own layout.
import { PyObject, type PyValue } from "./object.js";
import type { PyType } from "./type.js";
import { PyDict } from "./dict.js";

/** Not `extends PyObject` for allocation speed (see PyFloat); the prototype link keeps instanceof. */
export class PyInstance {
  declare type: PyType;
  declare dict: PyDict | null;
  /** Values of __slots__ entries (undefined while unset), or null without slots. */
  declare slots: PyValue[] | undefined[] | null;
  constructor(type: PyType) {
    this.type = type;
    this.dict = type.hasInstanceDict ? new PyDict() : null;
    const n = type.slotNames.length;
    this.slots = n > 0 ? emptySlots(n) : null;
  }
}

/** n unset slots, as a packed array (Array(n).fill() makes a holey one, and slower). */
function emptySlots(n: number): undefined[] {
  switch (n) {
    case 1:
      return [undefined];
    case 2:
      return [undefined, undefined];
    case 3:
      return [undefined, undefined, undefined];
  }
  const a: undefined[] = [undefined, undefined, undefined, undefined];
  for (let i = 4; i < n; i++) a.push(undefined);
  return a;
}
Object.setPrototypeOf(PyInstance.prototype, PyObject.prototype);

/** A bare instance of cls: its builtin layout if it has one, else a PyInstance. */
export function newInstance(cls: PyType): PyObject {
  if (cls.factory) {
    const o = cls.factory(cls);
    if (cls.hasInstanceDict && !o.dict) o.dict = new PyDict();
    return o;
  }
  return new PyInstance(cls);
}
