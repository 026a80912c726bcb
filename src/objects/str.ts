// str: a JS string with Python semantics (length, index and slice count code points).
// Instances of user subclasses of str are boxed PyStrObjects.
import { PyObject, type PyValue } from "./object.js";
import { makeBuiltinType, type PyType } from "./type.js";

export const strType: PyType = makeBuiltinType("str", undefined, { factory: (cls) => new PyStrObject("", cls) });

export class PyStrObject extends PyObject {
  constructor(
    public value: string,
    type: PyType,
  ) {
    super(type);
  }
}

/** The str value of a str or str-subclass instance; undefined for anything else. */
export function strValue(v: PyValue): string | undefined {
  if (typeof v === "string") return v;
  return v instanceof PyStrObject ? v.value : undefined;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** True when the string has surrogate pairs (then JS indices differ from code point indices). */
export function hasSurrogates(s: string): boolean {
  return s.length > 0 && SURROGATE.test(s);
}

/** len(s) in code points. */
export function strLen(s: string): number {
  if (!hasSurrogates(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** The code points of s, one string each. */
export function codePoints(s: string): string[] {
  return hasSurrogates(s) ? Array.from(s) : s.split("");
}
