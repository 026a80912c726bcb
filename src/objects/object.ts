// The value representation every part of pygil shares (see docs/runtime.md, "Values").
//   number  → int (always a safe integer)      bigint → int beyond ±2^53
//   boolean → bool                             string → str
//   PyObject → everything else (float is a boxed PyFloat so that 1 and 1.0 differ)
import type { PyType } from "./type.js";
import type { PyDict } from "./dict.js";

export type PyValue = number | bigint | string | boolean | PyObject;

/** Base of every boxed Python object. `type` is its Python class (may change via __class__). */
// Fields are `declare`d and set in constructors throughout the runtime: class-field
// initializers (define semantics) cost an extra call per allocation in V8.
export class PyObject {
  declare type: PyType;
  /** The instance __dict__, for objects that have one (user instances, functions, modules, types). */
  declare dict: PyDict | null;
  constructor(type: PyType) {
    this.type = type;
    this.dict = null;
  }
}

/** Keyword arguments of a call, in call order; null when there are none (the fast path). */
export type KwArgs = Map<string, PyValue> | null;
