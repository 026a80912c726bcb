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

// ---- int and bool methods --------------------------------------------------------------------
import { defineMethods, defineGetter, defineStaticMethod, defineClassMethod } from "./function.js";
import { ssizeArg } from "./argconv.js";
import { NotImplemented, None } from "./singletons.js";
import { PyFloat, floatType } from "./float.js";
import { PyTuple } from "./tuple.js";
import { PyStrObject, strValue } from "./str.js";
import * as A from "./arith.js";
import { Exc, newException, pyTypeError, pyValueError, withFormatErrors } from "./exceptions.js";
import { formatInt, parseIntLiteral, intToDecimal, roundInt } from "./format/index.js";
import { hashInt } from "./ops.js";
import { typeOf } from "./typeof.js";
import { callGen } from "./call.js";
import type { NativeGen } from "./native.js";
import { strGen } from "./stringify.js";
import { PyBytes, PyByteArray } from "./bytes.js";

type Int = number | bigint;

/** The int value of args[i], or undefined when it isn't an int (the operator returns NotImplemented). */
const iv = intValue;

function self(v: PyValue): Int {
  const n = iv(v);
  if (n === undefined) throw pyTypeError(`descriptor requires a 'int' object but received a '${typeOf(v).name}'`);
  return n;
}

function binop(fn: (a: Int, b: Int) => PyValue, reflected = false) {
  return (args: PyValue[]) => {
    const a = self(args[0]);
    const b = iv(args[1]);
    if (b === undefined) return NotImplemented;
    return reflected ? fn(b, a) : fn(a, b);
  };
}

const truediv = (a: Int, b: Int) => new PyFloat(A.intTrueDiv(a, b));
const pow = (a: Int, b: Int) => {
  const r = A.intPow(a, b);
  return (typeof b === "number" ? b < 0 : b < 0n) ? new PyFloat(r as number) : r;
};
const divmod = (a: Int, b: Int) => new PyTuple(A.intDivmod(a, b));

/** int(x) for a str/bytes in a base. */
export function intFromText(text: string, base: number, bytesRepr?: string): Int {
  return withFormatErrors(() => parseIntLiteral(text, base, bytesRepr));
}

function* intNewGen(args: PyValue[], kw: Map<string, PyValue> | null): NativeGen {
  const cls = args[0] as PyType;
  let x: PyValue | undefined = args[1];
  let base: PyValue | undefined = args[2];
  if (kw) {
    for (const [k, v] of kw) {
      if (k === "base") base = v;
      else throw pyTypeError(`'${k}' is an invalid keyword argument for int()`);
    }
  }
  if (args.length > 3) throw pyTypeError(`int() takes at most 2 arguments (${args.length - 1} given)`);
  let result: Int;
  if (x === undefined) {
    if (base !== undefined) throw pyTypeError("int() missing string argument");
    result = 0;
  } else if (base !== undefined && base !== None) {
    const b = iv(base);
    if (b === undefined) throw pyTypeError(`'${typeOf(base).name}' object cannot be interpreted as an integer`);
    const bn = Number(b);
    if (bn !== 0 && (bn < 2 || bn > 36)) throw pyValueError("int() base must be >= 2 and <= 36, or 0");
    const s = strValue(x);
    if (s !== undefined) result = intFromText(s, bn);
    else if (x instanceof PyBytes || x instanceof PyByteArray) result = intFromText(latin1(x.bytes), bn, bytesRepr(x));
    else throw pyTypeError("int() can't convert non-string with explicit base");
  } else result = yield* toIntGen(x);
  if (cls === intType) return result;
  return new PyIntObject(result, cls);
}

function latin1(b: Uint8Array): string {
  let s = "";
  for (const c of b) s += String.fromCharCode(c);
  return s;
}

function bytesRepr(x: PyBytes | PyByteArray): string {
  const { reprBytes } = reprModule;
  return reprBytes(x.bytes);
}
import * as reprModule from "./repr.js";

/** int(x) for one argument: ints, floats, strings, __int__/__index__/__trunc__. */
export function* toIntGen(x: PyValue): NativeGen<Int> {
  const n = iv(x);
  if (n !== undefined) return n;
  if (x instanceof PyFloat) return floatToIntChecked(x.value);
  const s = strValue(x);
  if (s !== undefined) return intFromText(s, 10);
  if (x instanceof PyBytes || x instanceof PyByteArray) return intFromText(latin1(x.bytes), 10, bytesRepr(x));
  const t = typeOf(x);
  for (const name of ["__int__", "__index__", "__trunc__"]) {
    const f = t.lookup(name);
    if (f !== undefined && f !== None) {
      const r = yield* callGen(f, [x]);
      const rv = iv(r);
      if (rv === undefined) {
        if (name === "__trunc__") return yield* toIntGen(r);
        throw pyTypeError(`${name} returned non-int (type ${typeOf(r).name})`);
      }
      return rv;
    }
  }
  throw pyTypeError(`int() argument must be a string, a bytes-like object or a real number, not '${t.name}'`);
}

export function floatToIntChecked(f: number): Int {
  if (Number.isNaN(f)) throw pyValueError("cannot convert float NaN to integer");
  if (!Number.isFinite(f)) throw newException(Exc.OverflowError, "cannot convert float infinity to integer");
  const t = Math.trunc(f);
  if (Number.isSafeInteger(t)) return t === 0 ? 0 : t;
  return normBig(BigInt(t));
}

defineStaticMethod(intType, "__new__", intNewGen);

defineMethods(intType, {
  __add__: binop(A.intAdd),
  __radd__: binop(A.intAdd, true),
  __sub__: binop(A.intSub),
  __rsub__: binop(A.intSub, true),
  __mul__: binop(A.intMul),
  __rmul__: binop(A.intMul, true),
  __floordiv__: binop(A.intFloorDiv),
  __rfloordiv__: binop(A.intFloorDiv, true),
  __truediv__: binop(truediv),
  __rtruediv__: binop(truediv, true),
  __mod__: binop(A.intMod),
  __rmod__: binop(A.intMod, true),
  __divmod__: binop(divmod),
  __rdivmod__: binop(divmod, true),
  __pow__: (args) => {
    const a = self(args[0]);
    const b = iv(args[1]);
    if (b === undefined) return NotImplemented;
    if (args.length > 2 && args[2] !== None) {
      const m = iv(args[2]);
      if (m === undefined) return NotImplemented;
      return A.intPowMod(a, b, m);
    }
    return pow(a, b);
  },
  __rpow__: binop(pow, true),
  __lshift__: binop(A.intLShift),
  __rlshift__: binop(A.intLShift, true),
  __rshift__: binop(A.intRShift),
  __rrshift__: binop(A.intRShift, true),
  __and__: binop(A.intAnd),
  __rand__: binop(A.intAnd, true),
  __or__: binop(A.intOr),
  __ror__: binop(A.intOr, true),
  __xor__: binop(A.intXor),
  __rxor__: binop(A.intXor, true),
  __neg__: (args) => A.intNeg(self(args[0])),
  __pos__: (args) => self(args[0]),
  __abs__: (args) => {
    const a = self(args[0]);
    return a < 0 ? A.intNeg(a) : a;
  },
  __invert__: (args) => A.intInvert(self(args[0])),
  __bool__: (args) => {
    const a = self(args[0]);
    return a !== 0 && a !== 0n;
  },
  __int__: (args) => self(args[0]),
  __index__: (args) => self(args[0]),
  __trunc__: (args) => self(args[0]),
  __floor__: (args) => self(args[0]),
  __ceil__: (args) => self(args[0]),
  __float__: (args) => new PyFloat(A.intToFloat(self(args[0]))),
  __round__: (args) => {
    const a = self(args[0]);
    if (args.length < 2 || args[1] === None) return a;
    const nd = iv(args[1]);
    if (nd === undefined) throw pyTypeError(`'${typeOf(args[1]).name}' object cannot be interpreted as an integer`);
    return withFormatErrors(() => roundInt(a, nd));
  },
  __hash__: (args) => hashInt(self(args[0])),
  __eq__: (args) => {
    const b = iv(args[1]);
    return b === undefined ? NotImplemented : self(args[0]) == b; // eslint-disable-line eqeqeq
  },
  __ne__: (args) => {
    const b = iv(args[1]);
    return b === undefined ? NotImplemented : self(args[0]) != b; // eslint-disable-line eqeqeq
  },
  __lt__: (args) => {
    const b = iv(args[1]);
    return b === undefined ? NotImplemented : self(args[0]) < b;
  },
  __le__: (args) => {
    const b = iv(args[1]);
    return b === undefined ? NotImplemented : self(args[0]) <= b;
  },
  __gt__: (args) => {
    const b = iv(args[1]);
    return b === undefined ? NotImplemented : self(args[0]) > b;
  },
  __ge__: (args) => {
    const b = iv(args[1]);
    return b === undefined ? NotImplemented : self(args[0]) >= b;
  },
  __repr__: (args) => withFormatErrors(() => intToDecimal(self(args[0]))),
  __format__: function* (args): NativeGen {
    const spec = strValue(args[1]);
    if (spec === undefined) throw pyTypeError(`format() argument 2 must be str, not ${typeOf(args[1]).name}`);
    const v = self(args[0]);
    // an empty spec is str(self): True, or what a subclass's __repr__/__str__ says
    if (spec === "") return typeof args[0] === "object" || typeof args[0] === "boolean" ? yield* strGen(args[0]) : withFormatErrors(() => intToDecimal(v));
    return withFormatErrors(() => formatInt(v, spec, typeOf(args[0]).name));
  },
  __getnewargs__: (args) => new PyTuple([self(args[0])]),
  // CPython 3.11's layout: a 24-byte header and 4 bytes per 30-bit digit (at least one)
  __sizeof__: (args) => {
    const v = self(args[0]);
    const mag = typeof v === "bigint" ? (v < 0n ? -v : v) : BigInt(Math.abs(v));
    return 24 + 4 * Math.max(1, Math.ceil(mag.toString(2).length / 30));
  },
  conjugate: (args) => self(args[0]),
  bit_length: (args) => {
    const a = self(args[0]);
    const b = a < 0 ? -BigInt(a) : BigInt(a);
    return b === 0n ? 0 : b.toString(2).length;
  },
  bit_count: (args) => {
    const a = self(args[0]);
    const b = a < 0 ? -BigInt(a) : BigInt(a);
    let n = 0;
    for (const c of b.toString(2)) if (c === "1") n++;
    return n;
  },
  as_integer_ratio: (args) => new PyTuple([self(args[0]), 1]),
  to_bytes: (args) => {
    // args were placed by the signature (length?, byteorder?, *, signed?)
    const a = toBig(self(args[0]));
    const length = args[1] === undefined ? 1 : ssizeArg(args[1]);
    const order = byteOrderArg(args[2], "to_bytes");
    const signed = args[3] === undefined ? false : opsModule.isTrue(args[3]);
    if (length < 0) throw pyValueError("length argument must be non-negative");
    if (a < 0n && !signed) throw newException(Exc.OverflowError, "can't convert negative int to unsigned");
    const bits = BigInt(8 * length);
    if (signed ? a >= 1n << (bits - 1n) || a < -(1n << (bits - 1n)) || (length === 0 && a !== 0n) : a >= 1n << bits) {
      throw newException(Exc.OverflowError, "int too big to convert");
    }
    let v = a < 0n ? (1n << bits) + a : a;
    const out = new Uint8Array(length);
    for (let i = length - 1; i >= 0; i--) {
      out[i] = Number(v & 0xffn);
      v >>= 8n;
    }
    if (order === "little") out.reverse();
    return new PyBytes(out);
  },
});

/** byteorder= of to_bytes/from_bytes. */
function byteOrderArg(v: PyValue | undefined, fn: string): "big" | "little" {
  if (v === undefined) return "big";
  const s = strValue(v);
  if (s === undefined) throw pyTypeError(`${fn}() argument 'byteorder' must be str, not ${typeOf(v).name}`);
  if (s !== "big" && s !== "little") throw pyValueError("byteorder must be either 'little' or 'big'");
  return s;
}

defineClassMethod(intType, "from_bytes", function* (args): NativeGen {
  // args placed by the signature: (cls, bytes, byteorder?, *, signed?)
  const cls = args[0] as PyType;
  const src = args[1];
  let data: Uint8Array;
  if (src instanceof PyBytes || src instanceof PyByteArray) data = src.bytes;
  else if (strValue(src) !== undefined) throw pyTypeError(`cannot convert '${typeOf(src).name}' object to bytes`);
  else {
    const bytesObj = yield* callGen(bytesTypeRef(), [src]);
    data = (bytesObj as PyBytes).bytes;
  }
  const order = byteOrderArg(args[2], "from_bytes");
  const signed = args[3] === undefined ? false : yield* opsModule.isTrueGen(args[3]);
  let v = 0n;
  const n = data.length;
  for (let i = 0; i < n; i++) v = (v << 8n) | BigInt(data[order === "big" ? i : n - 1 - i]);
  if (signed && n > 0 && v >= 1n << BigInt(8 * n - 1)) v -= 1n << BigInt(8 * n);
  const r = normBig(v);
  if (cls === intType) return r;
  return yield* callGen(cls, [r]);
});
import { bytesType as bytesTypeRefValue } from "./bytes.js";
const bytesTypeRef = () => bytesTypeRefValue;

defineGetter(intType, "real", (v) => self(v));
defineGetter(intType, "imag", () => 0);
defineGetter(intType, "numerator", (v) => self(v));
defineGetter(intType, "denominator", () => 1);

// bool: int whose results stay bool for &, |, ^ between bools
defineStaticMethod(boolType, "__new__", function* (args, kw): NativeGen {
  if (kw && kw.size) throw pyTypeError("bool() takes no keyword arguments");
  if (args.length > 2) throw pyTypeError(`bool expected at most 1 argument, got ${args.length - 1}`);
  if (args.length < 2) return false;
  const { isTrueGen } = opsModule;
  return yield* isTrueGen(args[1]);
});
import * as opsModule from "./ops.js";

const boolBin = (fn: (a: boolean, b: boolean) => boolean, intFn: (a: Int, b: Int) => Int) => (args: PyValue[]) => {
  const a = args[0], b = args[1];
  if (typeof a === "boolean" && typeof b === "boolean") return fn(a, b);
  const x = iv(a), y = iv(b);
  if (x === undefined || y === undefined) return NotImplemented;
  return intFn(x, y);
};
defineMethods(boolType, {
  __repr__: (args) => (args[0] === true ? "True" : "False"),
  __and__: boolBin((a, b) => a && b, A.intAnd),
  __rand__: boolBin((a, b) => a && b, A.intAnd),
  __or__: boolBin((a, b) => a || b, A.intOr),
  __ror__: boolBin((a, b) => a || b, A.intOr),
  __xor__: boolBin((a, b) => a !== b, A.intXor),
  __rxor__: boolBin((a, b) => a !== b, A.intXor),
});

