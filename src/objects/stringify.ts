// repr() and str() of any value, and format(value, spec).
import type { PyValue } from "./object.js";
import { PyFloat } from "./float.js";
import { PyStrObject } from "./str.js";
import { None } from "./singletons.js";
import { typeOf, typeName } from "./typeof.js";
import { callGen, runSync } from "./call.js";
import type { GenNative, NativeGen, PlainNative } from "./native.js";
import { PyBuiltinFunction } from "./function.js";
import { pyTypeError, withFormatErrors } from "./exceptions.js";
import { intToDecimal } from "./format/index.js";
import { reprFloat, reprStr } from "./repr.js";
import { WHILE_REPR, WHILE_STR, enterRecursiveCall, leaveRecursiveCall } from "./recursion.js";

/** repr without calling Python, or undefined. */
export function reprFast(v: PyValue): string | undefined {
  switch (typeof v) {
    case "number":
      return String(v);
    case "bigint":
      // past sys.get_int_max_str_digits() this is CPython 3.11's ValueError
      return withFormatErrors(() => intToDecimal(v));
    case "boolean":
      return v ? "True" : "False";
    case "string":
      return reprStr(v);
  }
  if (v === None) return "None";
  if (v instanceof PyFloat && v.type.isBuiltin) return reprFloat(v.value);
  return undefined;
}

export function* reprGen(v: PyValue): NativeGen<string> {
  const fast = reprFast(v);
  if (fast !== undefined) return fast;
  const f = typeOf(v).lookup("__repr__")!;
  enterRecursiveCall(WHILE_REPR);
  let r: PyValue;
  try {
    r = yield* callDunderGen(f, v);
  } finally {
    leaveRecursiveCall();
  }
  if (typeof r === "string") return r;
  if (r instanceof PyStrObject) return r.value;
  throw pyTypeError(`__repr__ returned non-string (type ${typeName(r)})`);
}

/** f(v) for __repr__/__str__; a native one is run without callGen's frame, since nested
 *  containers repeat this once per level on the JS stack. */
function callDunderGen(f: PyValue, v: PyValue): NativeGen {
  if (f instanceof PyBuiltinFunction) {
    return f.isGen ? (f.fn as GenNative)([v], null) : onlyValue((f.fn as PlainNative)([v], null));
  }
  return callGen(f, [v]);
}

// eslint-disable-next-line require-yield
function* onlyValue(v: PyValue): NativeGen {
  return v;
}

export function repr(v: PyValue): string {
  return reprFast(v) ?? runSync(reprGen(v));
}

/** str without calling Python, or undefined. */
export function strFast(v: PyValue): string | undefined {
  if (typeof v === "string") return v;
  if (typeof v === "object" && v instanceof PyStrObject && v.type.lookup("__str__") === typeOfStr().lookup("__str__")) return v.value;
  if (typeof v !== "object" || v === None || (v instanceof PyFloat && v.type.isBuiltin)) return reprFast(v);
  return undefined;
}

function typeOfStr() {
  return typeOf("");
}

export function* strGen(v: PyValue): NativeGen<string> {
  const fast = strFast(v);
  if (fast !== undefined) return fast;
  const f = typeOf(v).lookup("__str__")!;
  enterRecursiveCall(WHILE_STR);
  let r: PyValue;
  try {
    r = yield* callDunderGen(f, v);
  } finally {
    leaveRecursiveCall();
  }
  if (typeof r === "string") return r;
  if (r instanceof PyStrObject) return r.value;
  throw pyTypeError(`__str__ returned non-string (type ${typeName(r)})`);
}

export function str(v: PyValue): string {
  return strFast(v) ?? runSync(strGen(v));
}

/** format(v, spec): calls type(v).__format__(v, spec). */
export function* formatGen(v: PyValue, spec: string): NativeGen<string> {
  if (spec === "") {
    const fast = strFast(v);
    if (fast !== undefined) return fast;
  }
  const f = typeOf(v).lookup("__format__");
  if (f === undefined) throw pyTypeError(`Type ${typeName(v)} doesn't define __format__`);
  const r = yield* callGen(f, [v, spec]);
  if (typeof r === "string") return r;
  if (r instanceof PyStrObject) return r.value;
  throw pyTypeError(`__format__ must return a str, not ${typeName(r)}`);
}

export function format(v: PyValue, spec: string): string {
  return runSync(formatGen(v, spec));
}
