// float: a boxed JS number, so that 1 (int, a JS number) and 1.0 (float) stay distinct.
import { PyObject } from "./object.js";
import { makeBuiltinType, type PyType } from "./type.js";

export const floatType: PyType = makeBuiltinType("float", undefined, { factory: (cls) => new PyFloat(0, cls) });

export class PyFloat extends PyObject {
  constructor(
    readonly value: number,
    type: PyType = floatType,
  ) {
    super(type);
  }
}

export function newFloat(v: number): PyFloat {
  return new PyFloat(v);
}
