// int and bool. An int is a JS number while it is a safe integer and a bigint beyond; bool is a
// JS boolean. Instances of user subclasses of int (IntEnum, …) are boxed PyIntObjects.
import { PyObject, type PyValue } from "./object.js";
import { makeBuiltinType, type PyType } from "./type.js";

export const intType: PyType = makeBuiltinType("int", undefined, { factory: (cls) => new PyIntObject(0, cls) });
export const boolType: PyType = makeBuiltinType("bool", intType, { baseType: false });

/** An instance of a subclass of int: carries the int value and the subclass. */
export class PyIntObject extends PyObject {
  constructor(
    public value: number | bigint,
    type: PyType,
  ) {
    super(type);
  }
}

const MAX_SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE_BIG = -MAX_SAFE_BIG;

/** Normalises a bigint result: back to a number when it is a safe integer. */
export function normBig(b: bigint): number | bigint {
  return b <= MAX_SAFE_BIG && b >= MIN_SAFE_BIG ? Number(b) : b;
}

export function toBig(v: number | bigint | boolean): bigint {
  return typeof v === "bigint" ? v : BigInt(typeof v === "boolean" ? (v ? 1 : 0) : v);
}

/** Is v an int (including bool and int-subclass instances)? */
export function isInt(v: PyValue): v is number | bigint | boolean | PyIntObject {
  return typeof v === "number" || typeof v === "bigint" || typeof v === "boolean" || v instanceof PyIntObject;
}

/** The int value of an int-like (int, bool, int subclass); undefined for anything else. */
export function intValue(v: PyValue): number | bigint | undefined {
  switch (typeof v) {
    case "number":
    case "bigint":
      return v;
    case "boolean":
      return v ? 1 : 0;
    case "object":
      return v instanceof PyIntObject ? v.value : undefined;
  }
  return undefined;
}
