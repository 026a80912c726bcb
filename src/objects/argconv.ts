// Converting builtin-method arguments the way CPython's argument parsers do, with their errors:
// `n` (Py_ssize_t via __index__), `i` (C int), `p` (truth value, ints only for some), str.
import type { PyValue } from "./object.js";
import { PyIntObject, intValue } from "./int.js";
import { strValue } from "./str.js";
import { typeOf } from "./typeof.js";
import { runSync, callGen } from "./call.js";
import { Exc, newException, pyTypeError } from "./exceptions.js";

const SSIZE_MAX = 9223372036854775807n;
const SSIZE_MIN = -9223372036854775808n;

/** The int behind an int-like or an object with __index__ (undefined for anything else). */
export function indexValue(v: PyValue): number | bigint | undefined {
  const n = intValue(v);
  if (n !== undefined) return n;
  if (typeof v !== "object" || v instanceof PyIntObject) return undefined;
  const idx = typeOf(v).lookup("__index__");
  if (idx === undefined) return undefined;
  const r = runSync(callGen(idx, [v]));
  const rn = intValue(r);
  if (rn === undefined) throw pyTypeError(`__index__ returned non-int (type ${typeOf(r).name})`);
  return rn;
}

/** A Py_ssize_t argument: "'str' object cannot be interpreted as an integer" for non-ints. */
export function ssizeArg(v: PyValue): number {
  const n = indexValue(v);
  if (n === undefined) throw pyTypeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  if (typeof n === "number") return n;
  if (n > SSIZE_MAX || n < SSIZE_MIN) throw newException(Exc.OverflowError, "Python int too large to convert to C ssize_t");
  return Number(n);
}

/** A C int argument (tabsize, …). */
export function cIntArg(v: PyValue): number {
  const n = indexValue(v);
  if (n === undefined) throw pyTypeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  if (n > 2147483647 || n < -2147483648) {
    throw newException(Exc.OverflowError, `Python int too large to convert to C ${n > 0 ? "int" : "int"}`);
  }
  return Number(n);
}

/** A C int used as a flag (keepends=…): ints and bools, not floats. */
export function intFlagArg(v: PyValue): boolean {
  if (v === undefined) return false;
  const n = indexValue(v);
  if (n === undefined) throw pyTypeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  return n !== 0 && n !== 0n;
}

/** A str argument of method `fn`: "fn() argument N must be str, not int". */
export function strArg(v: PyValue, fn: string, pos = 1): string {
  const s = strValue(v);
  if (s === undefined) throw pyTypeError(`${fn}() argument ${pos} must be str, not ${typeOf(v).name}`);
  return s;
}

/**
 * The count of seq * n (str, bytes, list, tuple): undefined when n isn't an int (the operator
 * returns NotImplemented), 0 for n <= 0; CPython's errors for counts that can't be a
 * Py_ssize_t or results too long, and MemoryError where CPython would fail to allocate.
 */
export function repeatCount(v: PyValue, itemLen: number, kind: "str" | "bytes" | "seq"): number | undefined {
  const n = typeof v === "number" ? v : indexValue(v);
  if (n === undefined) return undefined;
  if (n > SSIZE_MAX || n < SSIZE_MIN) throw newException(Exc.OverflowError, "cannot fit 'int' into an index-sized integer");
  if (n <= 0 || itemLen === 0) return 0;
  const total = BigInt(itemLen) * BigInt(n);
  if (total > SSIZE_MAX) {
    if (kind === "str") throw newException(Exc.OverflowError, "repeated string is too long");
    if (kind === "bytes") throw newException(Exc.OverflowError, "repeated bytes are too long");
    throw newException(Exc.MemoryError);
  }
  // what a JS engine can hold: strings up to ~2^29 characters, arrays kept well below the heap
  if (total > (kind === "seq" ? 2n ** 27n : 2n ** 29n - 24n)) throw newException(Exc.MemoryError);
  return Number(n);
}
