// tuple: an immutable JS array of values. Subclasses (namedtuple …) share the representation.
import { PyObject, type PyValue } from "./object.js";
import { makeBuiltinType, type PyType } from "./type.js";

export const tupleType: PyType = makeBuiltinType("tuple", undefined, { factory: (cls) => new PyTuple([], cls) });

export class PyTuple extends PyObject {
  constructor(
    /** Never mutate after the tuple is visible to Python code. */
    readonly items: PyValue[],
    type: PyType = tupleType,
  ) {
    super(type);
  }
}

export const EMPTY_TUPLE = new PyTuple([]);

export function newTuple(items: PyValue[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}
