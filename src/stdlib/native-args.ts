// Argument binding for native functions of the I/O modules: positional and keyword arguments
// matched against a parameter list, with CPython's messages for the usual mistakes.
import type { KwArgs, PyValue } from "../objects/object.js";
import { None } from "../objects/singletons.js";
import { intValue } from "../objects/int.js";
import { strValue } from "../objects/str.js";
import { PyFloat } from "../objects/float.js";
import { typeName } from "../objects/typeof.js";
import { pyTypeError } from "../objects/exceptions.js";

/**
 * Binds args/kw to `names`; the first `required` are mandatory. Names starting with "*" are
 * keyword-only (the star is dropped). Returns one slot per name (undefined when not given).
 */
export function bindArgs(fn: string, args: PyValue[], kw: KwArgs, names: string[], required = 0): (PyValue | undefined)[] {
  const kwOnlyAt = names.findIndex((n) => n.startsWith("*"));
  const plain = names.map((n) => (n.startsWith("*") ? n.slice(1) : n));
  const maxPos = kwOnlyAt < 0 ? names.length : kwOnlyAt;
  if (args.length > maxPos) {
    if (maxPos === 0) throw pyTypeError(`${fn}() takes no positional arguments`);
    throw pyTypeError(maxPos === required ? `${fn}() takes exactly ${maxPos} argument${maxPos === 1 ? "" : "s"} (${args.length} given)` : `${fn}() takes at most ${maxPos} argument${maxPos === 1 ? "" : "s"} (${args.length} given)`);
  }
  const out: (PyValue | undefined)[] = new Array(names.length);
  for (let i = 0; i < args.length; i++) out[i] = args[i];
  if (kw) {
    for (const [k, v] of kw) {
      const i = plain.indexOf(k);
      if (i < 0) throw pyTypeError(`${fn}() got an unexpected keyword argument '${k}'`);
      if (out[i] !== undefined) throw pyTypeError(`argument for ${fn}() given by name ('${k}') and position (${i + 1})`);
      out[i] = v;
    }
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) throw pyTypeError(`${fn}() missing required argument '${plain[i]}' (pos ${i + 1})`);
  }
  return out;
}

/** An optional str argument (None counts as absent). */
export function optStr(v: PyValue | undefined, fn: string, what: string): string | undefined {
  if (v === undefined || v === None) return undefined;
  const s = strValue(v);
  if (s === undefined) throw pyTypeError(`${fn}() argument '${what}' must be str or None, not ${typeName(v)}`);
  return s;
}

/** An optional int argument (None counts as absent). */
export function optInt(v: PyValue | undefined, fn: string, dflt: number): number {
  if (v === undefined || v === None) return dflt;
  if (v instanceof PyFloat) throw pyTypeError(`'float' object cannot be interpreted as an integer`);
  const n = intValue(v);
  if (n === undefined) throw pyTypeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return Number(n);
}

/** A size argument of read(n)/readline(n): None or negative means "all". */
export function sizeArg(v: PyValue | undefined): number {
  if (v === undefined || v === None) return -1;
  const n = intValue(v);
  if (n === undefined) throw pyTypeError(`argument should be integer or None, not '${typeName(v)}'`);
  return Number(n);
}

/** A number of seconds (int or float), or undefined for None/absent. */
export function optSeconds(v: PyValue | undefined): number | undefined {
  if (v === undefined || v === None) return undefined;
  if (v instanceof PyFloat) return v.value;
  const n = intValue(v);
  if (n === undefined) throw pyTypeError(`'${typeName(v)}' object cannot be interpreted as a number`);
  return Number(n);
}
