// typeOf: the Python class of any value.
import type { PyValue } from "./object.js";
import type { PyType } from "./type.js";
import { intType, boolType } from "./int.js";
import { strType } from "./str.js";

export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case "number":
    case "bigint":
      return intType;
    case "string":
      return strType;
    case "boolean":
      return boolType;
    default:
      return v.type;
  }
}

/** The type's __name__, for messages: `'int' object is not callable`. */
export function typeName(v: PyValue): string {
  return typeOf(v).name;
}
