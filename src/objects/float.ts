// float: a boxed JS number, so that 1 (int, a JS number) and 1.0 (float) stay distinct.
import { PyObject } from "./object.js";
import type { PyDict } from "./dict.js";
import { makeBuiltinType, type PyType } from "./type.js";

export const floatType: PyType = makeBuiltinType("float", undefined, { factory: (cls) => new PyFloat(0, cls) });

/**
 * Not `extends PyObject`: V8 constructs derived classes noticeably slower, and floats are made
 * by the million. The prototype link below keeps `instanceof PyObject` true.
 */
export class PyFloat {
  declare type: PyType;
  declare dict: PyDict | null;
  declare readonly value: number;
  constructor(value: number, type: PyType = floatType) {
    this.type = type;
    this.dict = null;
    (this as { value: number }).value = value;
  }
}
Object.setPrototypeOf(PyFloat.prototype, PyObject.prototype);

/**
 * A new float. Prefer this to `new PyFloat(v)` in big functions (the VM loop): it is small
 * enough for V8 to inline the constructors into, keeping their field stores monomorphic.
 */
export function newFloat(v: number): PyFloat {
  return new PyFloat(v, floatType);
}

// ---- float methods ---------------------------------------------------------------------------
import type { PyValue } from "./object.js";
import { defineMethods, defineGetter, defineStaticMethod, defineClassMethod } from "./function.js";
import { NotImplemented, None } from "./singletons.js";
import { intValue, normBig, floatToIntChecked } from "./int.js";
import { PyTuple } from "./tuple.js";
import { strValue } from "./str.js";
import { PyComplex } from "./complex.js";
import * as A from "./arith.js";
import { Exc, newException, pyTypeError, pyValueError, withFormatErrors } from "./exceptions.js";
import { formatFloat, parseFloatText, roundFloat, roundFloatToInt, floatHex, floatFromHex, floatAsIntegerRatio } from "./format/index.js";
import { reprFloat } from "./repr.js";
import { hashFloat } from "./ops.js";
import { typeOf } from "./typeof.js";
import { callGen } from "./call.js";
import type { NativeGen } from "./native.js";
import { strGen } from "./stringify.js";
import { PyBytes, PyByteArray } from "./bytes.js";

/** The float value of a float or int operand, or undefined (→ NotImplemented). */
function fv(v: PyValue): number | undefined {
  if (v instanceof PyFloat) return v.value;
  const n = intValue(v);
  if (n === undefined) return undefined;
  return A.intToFloat(n);
}

function fself(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  throw pyTypeError(`descriptor requires a 'float' object but received a '${typeOf(v).name}'`);
}

function fbin(fn: (a: number, b: number) => PyValue, reflected = false) {
  return (args: PyValue[]) => {
    const a = fself(args[0]);
    const b = fv(args[1]);
    if (b === undefined) return NotImplemented;
    return reflected ? fn(b, a) : fn(a, b);
  };
}

/** a ** b for floats, giving a complex for a negative base and fractional exponent. */
import * as complexModule from "./complex.js";

export function floatPowValue(a: number, b: number): PyValue {
  try {
    return new PyFloat(A.floatPow(a, b));
  } catch (e) {
    if (e instanceof A.ComplexResult) return complexModule.floatComplexPow(a, b);
    throw e;
  }
}

/** float(x): numbers, strings, __float__/__index__. */
export function* toFloatGen(x: PyValue): NativeGen<number> {
  if (x instanceof PyFloat) return x.value;
  const n = intValue(x);
  if (n !== undefined) return A.intToFloat(n);
  const s = strValue(x);
  if (s !== undefined) return withFormatErrors(() => parseFloatText(s));
  if (x instanceof PyBytes || x instanceof PyByteArray) {
    let t = "";
    for (const c of x.bytes) t += String.fromCharCode(c);
    return withFormatErrors(() => parseFloatText(t));
  }
  const t = typeOf(x);
  const f = t.lookup("__float__");
  if (f !== undefined && f !== None) {
    const r = yield* callGen(f, [x]);
    if (!(r instanceof PyFloat)) throw pyTypeError(`${t.name}.__float__ returned non-float (type ${typeOf(r).name})`);
    return r.value;
  }
  const idx = t.lookup("__index__");
  if (idx !== undefined && idx !== None) {
    const r = yield* callGen(idx, [x]);
    const rv = intValue(r);
    if (rv === undefined) throw pyTypeError(`__index__ returned non-int (type ${typeOf(r).name})`);
    return A.intToFloat(rv);
  }
  throw pyTypeError(`float() argument must be a string or a real number, not '${t.name}'`);
}

defineStaticMethod(floatType, "__new__", function* (args, kw): NativeGen {
  if (kw && kw.size) throw pyTypeError("float() takes no keyword arguments");
  if (args.length > 2) throw pyTypeError(`float expected at most 1 argument, got ${args.length - 1}`);
  const cls = args[0] as import("./type.js").PyType;
  const v = args.length > 1 ? yield* toFloatGen(args[1]) : 0;
  return new PyFloat(v, cls);
});

const cmp = (op: (a: number | bigint, b: number | bigint) => boolean) => (args: PyValue[]) => {
  const a = fself(args[0]);
  const b = args[1];
  if (b instanceof PyFloat) return op(a, b.value);
  const n = intValue(b);
  if (n === undefined) return NotImplemented;
  return exactCompare(a, n, op);
};

/** Compares a float with an int exactly (big ints don't round). */
function exactCompare(a: number, n: number | bigint, op: (a: number | bigint, b: number | bigint) => boolean): boolean {
  if (typeof n === "number" || !Number.isFinite(a)) return op(a, typeof n === "bigint" ? Number(n) : n);
  // a finite, n bigint: compare a's integer part, then the fraction
  const ip = Math.trunc(a);
  const bi = BigInt(ip);
  if (bi !== n) return op(bi, n);
  const frac = a - ip;
  return op(frac, 0);
}

defineMethods(floatType, {
  __add__: fbin((a, b) => new PyFloat(a + b)),
  __radd__: fbin((a, b) => new PyFloat(a + b), true),
  __sub__: fbin((a, b) => new PyFloat(a - b)),
  __rsub__: fbin((a, b) => new PyFloat(a - b), true),
  __mul__: fbin((a, b) => new PyFloat(a * b)),
  __rmul__: fbin((a, b) => new PyFloat(a * b), true),
  __truediv__: fbin((a, b) => new PyFloat(A.floatTrueDiv(a, b))),
  __rtruediv__: fbin((a, b) => new PyFloat(A.floatTrueDiv(a, b)), true),
  __floordiv__: fbin((a, b) => new PyFloat(A.floatFloorDiv(a, b))),
  __rfloordiv__: fbin((a, b) => new PyFloat(A.floatFloorDiv(a, b)), true),
  __mod__: fbin((a, b) => new PyFloat(A.floatMod(a, b))),
  __rmod__: fbin((a, b) => new PyFloat(A.floatMod(a, b)), true),
  __divmod__: fbin((a, b) => new PyTuple(A.floatDivmod(a, b).map((x) => new PyFloat(x)))),
  __rdivmod__: fbin((a, b) => new PyTuple(A.floatDivmod(a, b).map((x) => new PyFloat(x))), true),
  __pow__: (args) => {
    if (args.length > 2 && args[2] !== None) throw pyTypeError("pow() 3rd argument not allowed unless all arguments are integers");
    const a = fself(args[0]);
    const b = fv(args[1]);
    if (b === undefined) return NotImplemented;
    return floatPowValue(a, b);
  },
  __rpow__: fbin(floatPowValue, true),
  __neg__: (args) => new PyFloat(-fself(args[0])),
  __pos__: (args) => new PyFloat(fself(args[0])),
  __abs__: (args) => new PyFloat(Math.abs(fself(args[0]))),
  __bool__: (args) => fself(args[0]) !== 0,
  __int__: (args) => floatToIntChecked(fself(args[0])),
  __trunc__: (args) => floatToIntChecked(fself(args[0])),
  __floor__: (args) => floatToIntChecked(Math.floor(fself(args[0]))),
  __ceil__: (args) => floatToIntChecked(Math.ceil(fself(args[0]))),
  __float__: (args) => new PyFloat(fself(args[0])),
  __round__: (args) => {
    const x = fself(args[0]);
    if (args.length < 2 || args[1] === None) return withFormatErrors(() => roundFloatToInt(x));
    const nd = intValue(args[1]);
    if (nd === undefined) throw pyTypeError(`'${typeOf(args[1]).name}' object cannot be interpreted as an integer`);
    return new PyFloat(withFormatErrors(() => roundFloat(x, nd)));
  },
  __hash__: (args) => hashFloat(fself(args[0])),
  __eq__: cmp((a, b) => a == b), // eslint-disable-line eqeqeq
  __ne__: cmp((a, b) => a != b), // eslint-disable-line eqeqeq
  __lt__: cmp((a, b) => a < b),
  __le__: cmp((a, b) => a <= b),
  __gt__: cmp((a, b) => a > b),
  __ge__: cmp((a, b) => a >= b),
  __repr__: (args) => reprFloat(fself(args[0])),
  __format__: function* (args): NativeGen {
    const spec = strValue(args[1]);
    if (spec === undefined) throw pyTypeError(`format() argument 2 must be str, not ${typeOf(args[1]).name}`);
    const x = fself(args[0]);
    if (spec === "") return (args[0] as PyFloat).type === floatType ? reprFloat(x) : yield* strGen(args[0]);
    return withFormatErrors(() => formatFloat(x, spec, typeOf(args[0]).name));
  },
  is_integer: (args) => Number.isInteger(fself(args[0])),
  conjugate: (args) => new PyFloat(fself(args[0])),
  hex: (args) => floatHex(fself(args[0])),
  as_integer_ratio: (args) => {
    const x = fself(args[0]);
    if (Number.isNaN(x)) throw pyValueError("cannot convert NaN to integer ratio");
    if (!Number.isFinite(x)) throw newException(Exc.OverflowError, "cannot convert Infinity to integer ratio");
    const [n, d] = withFormatErrors(() => floatAsIntegerRatio(x));
    return new PyTuple([typeof n === "bigint" ? normBig(n) : n, typeof d === "bigint" ? normBig(d) : d]);
  },
  __getnewargs__: (args) => new PyTuple([new PyFloat(fself(args[0]))]),
});
// the C double layout ("unknown" was possible on exotic platforms CPython once supported)
defineClassMethod(floatType, "__getformat__", (args) => {
  const kind = strValue(args[1]);
  if (kind === undefined) throw pyTypeError(`__getformat__() argument must be str, not ${typeOf(args[1]).name}`);
  if (kind !== "double" && kind !== "float") throw pyValueError("__getformat__() argument 1 must be 'double' or 'float'");
  return "IEEE, little-endian";
});
defineClassMethod(floatType, "fromhex", (args) => {
  const s = strValue(args[1]);
  if (s === undefined) throw pyTypeError("fromhex() argument must be str");
  return new PyFloat(withFormatErrors(() => floatFromHex(s)));
});
defineGetter(floatType, "real", (v) => new PyFloat(fself(v)));
defineGetter(floatType, "imag", () => new PyFloat(0));
