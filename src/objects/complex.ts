// complex: a pair of JS numbers.
import { PyObject } from "./object.js";
import { makeBuiltinType, type PyType } from "./type.js";

export const complexType: PyType = makeBuiltinType("complex", undefined, { factory: (cls) => new PyComplex(0, 0, cls) });

export class PyComplex extends PyObject {
  constructor(
    readonly real: number,
    readonly imag: number,
    type: PyType = complexType,
  ) {
    super(type);
  }
}
