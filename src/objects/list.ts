// list: a mutable JS array of values.
import { PyObject, type PyValue } from "./object.js";
import { makeBuiltinType, type PyType } from "./type.js";

export const listType: PyType = makeBuiltinType("list", undefined, { factory: (cls) => new PyList([], cls) });

export class PyList extends PyObject {
  constructor(
    public items: PyValue[],
    type: PyType = listType,
  ) {
    super(type);
  }
}
