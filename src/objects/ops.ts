// Operators: binary (with reflected operands and NotImplemented), in-place, unary, rich
// comparison, truth, hash, equality, len, item access and `in`. Each generic operation has a
// generator form (…Gen, for the VM and generator natives) and a synchronous form.
import { cmpResult } from "./sort-keys.js";
import type { PyValue } from "./object.js";
import { PyObject } from "./object.js";
import { PyType } from "./type.js";
import { PyFloat } from "./float.js";
import { PyIntObject, boolType, intType, isInt } from "./int.js";
import { PyStrObject, strType, strLen, compareStr } from "./str.js";
import { PyTuple, tupleType } from "./tuple.js";
import { PyList, listType } from "./list.js";
import { PyDict } from "./dict.js";
import { None, NotImplemented } from "./singletons.js";
import { typeOf, typeName } from "./typeof.js";
import { callGen, runSync } from "./call.js";
import type { NativeGen } from "./native.js";
import { Exc, isExc, newException, pyTypeError } from "./exceptions.js";
import * as A from "./arith.js";
import { hashInt, hashFloat } from "./format/hash.js";

// ---- binary operators ---------------------------------------------------------------------

export const BinOp = {
  Add: 0, Sub: 1, Mul: 2, MatMul: 3, TrueDiv: 4, FloorDiv: 5, Mod: 6, Pow: 7,
  LShift: 8, RShift: 9, And: 10, Or: 11, Xor: 12,
} as const;
export type BinOpCode = (typeof BinOp)[keyof typeof BinOp];

const OP_NAMES = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor"];
export const BINOP_DUNDER = OP_NAMES.map((n) => `__${n}__`);
export const BINOP_RDUNDER = OP_NAMES.map((n) => `__r${n}__`);
export const BINOP_IDUNDER = OP_NAMES.map((n) => `__i${n}__`);
export const BINOP_SYMBOL = ["+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"];

/** The result for two ints/floats/strs, or undefined when the generic path is needed. */
export function binaryFast(a: PyValue, b: PyValue, op: number): PyValue | undefined {
  if (typeof a === "number" && typeof b === "number") {
    switch (op) {
      case 0: { const r = a + b; if (Number.isSafeInteger(r)) return r; return A.intAdd(a, b); }
      case 1: { const r = a - b; if (Number.isSafeInteger(r)) return r; return A.intSub(a, b); }
      case 2: return A.intMul(a, b);
      case 4: return new PyFloat(A.intTrueDiv(a, b));
      case 5: return A.intFloorDiv(a, b);
      case 6: return A.intMod(a, b);
      case 7: { const r = A.intPow(a, b); return b < 0 ? new PyFloat(r as number) : r; }
      case 8: return A.intLShift(a, b);
      case 9: return A.intRShift(a, b);
      case 10: return A.intAnd(a, b);
      case 11: return A.intOr(a, b);
      case 12: return A.intXor(a, b);
    }
    return undefined;
  }
  if (a instanceof PyFloat && a.type === floatTypeRef()) {
    if (b instanceof PyFloat && b.type === a.type) return floatOp(a.value, b.value, op);
    if (typeof b === "number") return floatOp(a.value, b, op);
    return undefined;
  }
  if (typeof a === "number" && b instanceof PyFloat && b.type === floatTypeRef()) return floatOp(a, b.value, op);
  if (typeof a === "string" && typeof b === "string" && op === 0) return a + b;
  // big ints (and a big int with a small one)
  if ((typeof a === "bigint" || typeof a === "number") && (typeof b === "bigint" || typeof b === "number")) {
    switch (op) {
      case 0: return A.intAdd(a, b);
      case 1: return A.intSub(a, b);
      case 2: return A.intMul(a, b);
      case 5: return A.intFloorDiv(a, b);
      case 6: return A.intMod(a, b);
      case 7: {
        const r = A.intPow(a, b);
        return (typeof b === "number" ? b < 0 : b < 0n) ? new PyFloat(r as number) : r;
      }
      case 8: return A.intLShift(a, b);
      case 9: return A.intRShift(a, b);
      case 10: return A.intAnd(a, b);
      case 11: return A.intOr(a, b);
      case 12: return A.intXor(a, b);
      case 4: return new PyFloat(A.intTrueDiv(a, b));
    }
  }
  return undefined;
}

let floatTypeCache: PyType | undefined;
function floatTypeRef(): PyType {
  return (floatTypeCache ??= new PyFloat(0).type);
}

/** float op float; undefined for operators floats don't have. */
export function floatOp(x: number, y: number, op: number): PyValue | undefined {
  switch (op) {
    case 0: return new PyFloat(x + y);
    case 1: return new PyFloat(x - y);
    case 2: return new PyFloat(x * y);
    case 4: return new PyFloat(A.floatTrueDiv(x, y));
    case 5: return new PyFloat(A.floatFloorDiv(x, y));
    case 6: return new PyFloat(A.floatMod(x, y));
    case 7:
      // a negative base with a fractional exponent gives a complex: float.__pow__ builds it
      if (x < 0 && !Number.isInteger(y) && Number.isFinite(y)) return undefined;
      return new PyFloat(A.floatPow(x, y));
  }
  return undefined;
}

export function* binaryOpGen(a: PyValue, b: PyValue, op: number): NativeGen {
  const r = binaryFast(a, b, op);
  if (r !== undefined) return r;
  const res = yield* binaryDispatchGen(a, b, op);
  if (res !== NotImplemented) return res;
  throw binaryError(a, b, op, BINOP_SYMBOL[op]);
}

export function binaryOp(a: PyValue, b: PyValue, op: number): PyValue {
  const r = binaryFast(a, b, op);
  if (r !== undefined) return r;
  return runSync(binaryOpGen(a, b, op));
}

/** a.__op__(b) / b.__rop__(a) in CPython's order; NotImplemented when neither applies. */
export function* binaryDispatchGen(a: PyValue, b: PyValue, op: number): NativeGen {
  const ta = typeOf(a), tb = typeOf(b);
  const fa = ta.lookup(BINOP_DUNDER[op]);
  let fb = tb !== ta ? tb.lookup(BINOP_RDUNDER[op]) : undefined;
  if (fb !== undefined && tb.isSubtypeOf(ta) && fb !== ta.lookup(BINOP_RDUNDER[op])) {
    const r = yield* callGen(fb, [b, a]);
    if (r !== NotImplemented) return r;
    fb = undefined;
  }
  if (fa !== undefined && fa !== None) {
    const r = yield* callGen(fa, [a, b]);
    if (r !== NotImplemented) return r;
  }
  if (fb !== undefined && fb !== None) {
    const r = yield* callGen(fb, [b, a]);
    if (r !== NotImplemented) return r;
  }
  return NotImplemented;
}

/** The TypeError for an operator neither operand supports, worded as CPython words it. */
export function binaryError(a: PyValue, b: PyValue, op: number, symbol: string) {
  const ta = typeOf(a), tb = typeOf(b);
  if (op === BinOp.Add) {
    for (const seq of [strType, listType, tupleType]) {
      if (ta.isSubtypeOf(seq) && !tb.isSubtypeOf(seq)) {
        return pyTypeError(seq === strType ? `can only concatenate str (not "${tb.name}") to str` : `can only concatenate ${seq.name} (not "${tb.name}") to ${seq.name}`);
      }
    }
  }
  if (op === BinOp.Mul) {
    if (isSequence(ta) && !isInt(b)) return pyTypeError(`can't multiply sequence by non-int of type '${tb.name}'`);
    if (isSequence(tb) && !isInt(a)) return pyTypeError(`can't multiply sequence by non-int of type '${ta.name}'`);
  }
  const sym = op === BinOp.Pow ? (symbol === "**=" ? "**=" : "** or pow()") : symbol;
  return pyTypeError(`unsupported operand type(s) for ${sym}: '${ta.name}' and '${tb.name}'`);
}

function isSequence(t: PyType): boolean {
  return t.isSubtypeOf(strType) || t.isSubtypeOf(listType) || t.isSubtypeOf(tupleType) || t.lookup("__rmul__") !== undefined && ["bytes", "bytearray"].includes(t.mro[t.mro.length - 2]?.name ?? "");
}

/** a op= b: __iop__ first, then the binary operator. */
export function* inplaceOpGen(a: PyValue, b: PyValue, op: number): NativeGen {
  const r = binaryFast(a, b, op);
  if (r !== undefined) return r;
  if (typeof a === "object") {
    const f = a.type.lookup(BINOP_IDUNDER[op]);
    if (f !== undefined && f !== None) {
      const res = yield* callGen(f, [a, b]);
      if (res !== NotImplemented) return res;
    }
  }
  const res = yield* binaryDispatchGen(a, b, op);
  if (res !== NotImplemented) return res;
  throw binaryError(a, b, op, BINOP_SYMBOL[op] + "=");
}

export function inplaceOp(a: PyValue, b: PyValue, op: number): PyValue {
  const r = binaryFast(a, b, op);
  if (r !== undefined) return r;
  return runSync(inplaceOpGen(a, b, op));
}

// ---- unary operators ----------------------------------------------------------------------

export const UnaryOp = { Neg: 0, Pos: 1, Invert: 2, Not: 3 } as const;
const UNARY_DUNDER = ["__neg__", "__pos__", "__invert__"];
const UNARY_SYMBOL = ["-", "+", "~"];

export function* unaryOpGen(v: PyValue, op: number): NativeGen {
  if (op === UnaryOp.Not) return !(yield* isTrueGen(v));
  if (typeof v === "number") return op === 0 ? 0 - v : op === 1 ? v : -v - 1;
  if (v instanceof PyFloat && v.type === floatTypeRef() && op !== 2) return op === 0 ? new PyFloat(-v.value) : v;
  const f = typeOf(v).lookup(UNARY_DUNDER[op]);
  if (f === undefined || f === None) throw pyTypeError(`bad operand type for unary ${UNARY_SYMBOL[op]}: '${typeName(v)}'`);
  return yield* callGen(f, [v]);
}

export function unaryOp(v: PyValue, op: number): PyValue {
  return runSync(unaryOpGen(v, op));
}

// ---- comparison ---------------------------------------------------------------------------

export const CmpOp = { Lt: 0, Le: 1, Eq: 2, Ne: 3, Gt: 4, Ge: 5 } as const;
export const CMP_DUNDER = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
const CMP_SWAPPED = [4, 5, 2, 3, 0, 1];
export const CMP_SYMBOL = ["<", "<=", "==", "!=", ">", ">="];


/** Comparison of two numbers with JS semantics (NaN compares false; != true). */
function numCmp(a: number | bigint, b: number | bigint, op: number): boolean {
  switch (op) {
    case 0: return a < b;
    case 1: return a <= b;
    case 2: return a == b; // eslint-disable-line eqeqeq -- number/bigint mixed compare is exact
    case 3: return a != b; // eslint-disable-line eqeqeq
    case 4: return a > b;
    default: return a >= b;
  }
}

/** Exact comparison of a float with an int or float (no rounding of big ints). */
function realCmp(a: number | bigint, b: number | bigint, op: number): boolean {
  return numCmp(a, b, op);
}

/** The result for builtin scalars, or undefined for the generic path. */
export function compareFast(a: PyValue, b: PyValue, op: number): boolean | undefined {
  const ta = typeof a, tb = typeof b;
  if (ta === "number" || ta === "bigint") {
    if (tb === "number" || tb === "bigint") return numCmp(a as number, b as number, op);
    if (b instanceof PyFloat && b.type === floatTypeRef()) return realCmp(a as number, b.value, op);
    if (tb === "boolean") return numCmp(a as number, b ? 1 : 0, op);
  } else if (ta === "string") {
    if (tb === "string") return cmpResult(compareStr(a as string, b as string), op);
  } else if (a instanceof PyFloat && a.type === floatTypeRef()) {
    if (b instanceof PyFloat && b.type === a.type) return numCmp(a.value, b.value, op);
    if (tb === "number" || tb === "bigint") return realCmp(a.value, b as number, op);
  } else if (ta === "boolean") {
    if (tb === "boolean" || tb === "number") return numCmp(a ? 1 : 0, tb === "boolean" ? (b ? 1 : 0) : (b as number), op);
  }
  if (op === 2 && a === b && (ta !== "object" || !(a instanceof PyFloat))) return true;
  return undefined;
}

export function* richCompareGen(a: PyValue, b: PyValue, op: number): NativeGen {
  const fast = compareFast(a, b, op);
  if (fast !== undefined) return fast;
  const ta = typeOf(a), tb = typeOf(b);
  let triedReflected = false;
  if (tb !== ta && tb.isSubtypeOf(ta)) {
    const fb = tb.lookup(CMP_DUNDER[CMP_SWAPPED[op]]);
    // CPython tries a subclass's reflected method first even when it only inherits it
    if (fb !== undefined && fb !== None) {
      triedReflected = true;
      const r = yield* callGen(fb, [b, a]);
      if (r !== NotImplemented) return r;
    }
  }
  const fa = ta.lookup(CMP_DUNDER[op]);
  if (fa !== undefined && fa !== None) {
    const r = yield* callGen(fa, [a, b]);
    if (r !== NotImplemented) return r;
  }
  if (!triedReflected) {
    const fb = tb.lookup(CMP_DUNDER[CMP_SWAPPED[op]]);
    if (fb !== undefined && fb !== None) {
      const r = yield* callGen(fb, [b, a]);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === 2) return a === b;
  if (op === 3) return a !== b;
  throw pyTypeError(`'${CMP_SYMBOL[op]}' not supported between instances of '${ta.name}' and '${tb.name}'`);
}

export function richCompare(a: PyValue, b: PyValue, op: number): PyValue {
  const fast = compareFast(a, b, op);
  if (fast !== undefined) return fast;
  return runSync(richCompareGen(a, b, op));
}

/** a == b as a JS boolean (identity first, as containers do). */
export function* eqGen(a: PyValue, b: PyValue): NativeGen<boolean> {
  if (a === b && !(a instanceof PyFloat)) return true;
  const fast = compareFast(a, b, 2);
  if (fast !== undefined) return fast;
  return yield* isTrueGen(yield* richCompareGen(a, b, 2));
}

export function eq(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  const fast = compareFast(a, b, 2);
  if (fast !== undefined) return fast;
  return runSync(eqGen(a, b));
}

/** a < b as a JS boolean (sorting, min, max). */
export function* ltGen(a: PyValue, b: PyValue): NativeGen<boolean> {
  const fast = compareFast(a, b, 0);
  if (fast !== undefined) return fast;
  return yield* isTrueGen(yield* richCompareGen(a, b, 0));
}

export function lt(a: PyValue, b: PyValue): boolean {
  const fast = compareFast(a, b, 0);
  if (fast !== undefined) return fast;
  return runSync(ltGen(a, b));
}

// ---- truth --------------------------------------------------------------------------------

/** bool(v) without calling Python, or undefined when __bool__/__len__ must run. */
export function truthFast(v: PyValue): boolean | undefined {
  switch (typeof v) {
    case "boolean": return v;
    case "number": return v !== 0;
    case "string": return v.length !== 0;
    case "bigint": return v !== 0n;
  }
  if (v === None) return false;
  const t = v.type;
  if (t.isBuiltin) {
    if (v instanceof PyFloat) return v.value !== 0;
    if (v instanceof PyList || v instanceof PyTuple) return v.items.length !== 0;
    if (v instanceof PyDict) return v.size !== 0;
    if (t.lookup("__bool__") === undefined && t.lookup("__len__") === undefined) return true;
  }
  return undefined;
}

export function* isTrueGen(v: PyValue): NativeGen<boolean> {
  const fast = truthFast(v);
  if (fast !== undefined) return fast;
  const t = typeOf(v);
  const b = t.lookup("__bool__");
  if (b !== undefined && b !== None) {
    const r = yield* callGen(b, [v]);
    if (typeof r !== "boolean") throw pyTypeError(`__bool__ should return bool, returned ${typeName(r)}`);
    return r;
  }
  const l = t.lookup("__len__");
  if (l !== undefined && l !== None) {
    const n = yield* callGen(l, [v]);
    return (yield* lenResult(n)) !== 0;
  }
  return true;
}

export function isTrue(v: PyValue): boolean {
  const fast = truthFast(v);
  if (fast !== undefined) return fast;
  return runSync(isTrueGen(v));
}

// ---- len ----------------------------------------------------------------------------------

function* lenResult(n: PyValue): NativeGen<number> {
  if (typeof n === "number") {
    if (n < 0) throw newException(Exc.ValueError, "__len__() should return >= 0");
    return n;
  }
  if (typeof n === "boolean") return n ? 1 : 0;
  if (n instanceof PyIntObject && typeof n.value === "number") return n.value;
  if (typeof n === "bigint") throw newException(Exc.OverflowError, "cannot fit 'int' into an index-sized integer");
  throw pyTypeError(`'${typeName(n)}' object cannot be interpreted as an integer`);
}

export function* lenGen(v: PyValue): NativeGen<number> {
  if (typeof v === "string") return strLen(v);
  if (v instanceof PyList || v instanceof PyTuple) {
    if (v.type.isBuiltin) return v.items.length;
  }
  if (v instanceof PyDict && v.type.isBuiltin) return v.size;
  const f = typeOf(v).lookup("__len__");
  if (f === undefined || f === None) throw pyTypeError(`object of type '${typeName(v)}' has no len()`);
  return yield* lenResult(yield* callGen(f, [v]));
}

export function len(v: PyValue): number {
  if (typeof v === "string") return strLen(v);
  if ((v instanceof PyList || v instanceof PyTuple) && v.type.isBuiltin) return v.items.length;
  return runSync(lenGen(v));
}

// ---- item access --------------------------------------------------------------------------

/** type[X] (set by generic-alias.ts): type itself has no __class_getitem__ in CPython, so
 *  hasattr(int, "__class_getitem__") stays False; subscripting `type` is special-cased. */
export const typeSubscript: { make?: (cls: PyValue, key: PyValue) => PyValue } = {};

export function* getItemGen(obj: PyValue, key: PyValue): NativeGen {
  const t = typeOf(obj);
  const f = t.lookup("__getitem__");
  if (f !== undefined && f !== None) return yield* callGen(f, [obj, key]);
  if (obj instanceof PyType) {
    if (obj === typeTypeRef() && typeSubscript.make !== undefined) return typeSubscript.make(obj, key);
    const cgi = obj.lookup("__class_getitem__");
    if (cgi !== undefined) return yield* callGen(cgi instanceof PyObject && cgi.type.name === "classmethod" ? (cgi as unknown as { func: PyValue }).func : cgi, [obj, key]);
    throw pyTypeError(`type '${obj.name}' is not subscriptable`);
  }
  throw pyTypeError(`'${t.name}' object is not subscriptable`);
}

function typeTypeRef(): PyType {
  return intType.type;
}

export function getItem(obj: PyValue, key: PyValue): PyValue {
  return runSync(getItemGen(obj, key));
}

export function* setItemGen(obj: PyValue, key: PyValue, value: PyValue): NativeGen<void> {
  const t = typeOf(obj);
  const f = t.lookup("__setitem__");
  if (f === undefined || f === None) throw pyTypeError(`'${t.name}' object does not support item assignment`);
  yield* callGen(f, [obj, key, value]);
}

export function setItem(obj: PyValue, key: PyValue, value: PyValue): void {
  runSync(setItemGen(obj, key, value));
}

export function* delItemGen(obj: PyValue, key: PyValue): NativeGen<void> {
  const t = typeOf(obj);
  const f = t.lookup("__delitem__");
  if (f === undefined || f === None) throw pyTypeError(`'${t.name}' object does not support item deletion`);
  yield* callGen(f, [obj, key]);
}

export function delItem(obj: PyValue, key: PyValue): void {
  runSync(delItemGen(obj, key));
}

// ---- hash ---------------------------------------------------------------------------------

// hashInt/hashFloat live with the other numeric formatting code; re-exported here because the
// object modules take their protocol helpers from ops.
export { hashInt, hashFloat };

export function* hashGen(v: PyValue): NativeGen<number | bigint> {
  switch (typeof v) {
    case "number":
    case "bigint":
      return hashInt(v);
    case "boolean":
      return v ? 1 : 0;
    case "string":
      return hashStr(v);
  }
  if (v instanceof PyFloat && v.type.isBuiltin) return hashFloat(v.value);
  if (v instanceof PyTuple && v.type.lookup("__hash__") === tupleType.attrs.get("__hash__")) {
    const hs: (number | bigint)[] = [];
    for (const x of v.items) hs.push(yield* hashGen(x));
    return tupleHashOf(hs);
  }
  const f = v.type.lookup("__hash__");
  if (f === undefined || f === None) throw pyTypeError(`unhashable type: '${v.type.name}'`);
  const r = yield* callGen(f, [v]);
  // a __hash__ result that fits in 64 bits is used as is (-1 becomes -2); bigger ints are hashed
  const n = typeof r === "boolean" ? (r ? 1 : 0) : r instanceof PyIntObject ? r.value : r;
  if (typeof n === "number") return n === -1 ? -2 : n;
  if (typeof n === "bigint") return n >= -(1n << 63n) && n < 1n << 63n ? (n === -1n ? -2 : n) : hashInt(n);
  throw pyTypeError("__hash__ method should return an integer");
}

export function hashOf(v: PyValue): number | bigint {
  switch (typeof v) {
    case "number":
    case "bigint":
      return hashInt(v);
    case "boolean":
      return v ? 1 : 0;
    case "string":
      return hashStr(v);
  }
  return runSync(hashGen(v));
}

const M64 = (1n << 64n) - 1n;
const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** CPython's tuple hash (xxHash-based) of the items' hashes. */
export function tupleHashOf(hashes: (number | bigint)[]): number | bigint {
  let acc = XXPRIME_5;
  for (const h of hashes) {
    const lane = BigInt.asUintN(64, BigInt(h));
    acc = (acc + lane * XXPRIME_2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * XXPRIME_1) & M64;
  }
  acc = (acc + (BigInt(hashes.length) ^ (XXPRIME_5 ^ 3527539n))) & M64;
  if (acc === M64) return 1546275796;
  const r = BigInt.asIntN(64, acc);
  return r >= -9007199254740991n && r <= 9007199254740991n ? Number(r) : r;
}

/**
 * A deterministic 48-bit string hash (CPython's is randomised per process, so any will do; 48
 * bits keep set probing in plain JS numbers).
 */
/** hash(str): CPython's SipHash-1-3 with PYTHONHASHSEED=0, so sets of strings iterate as there. */
export function hashStr(s: string): number | bigint {
  return siphashStr(s);
}
import { siphashStr } from "./siphash.js";

// ---- membership ---------------------------------------------------------------------------

export function* containsGen(container: PyValue, item: PyValue): NativeGen<boolean> {
  if (typeof container === "string" && typeof item === "string") return container.includes(item);
  const t = typeOf(container);
  if (container instanceof PyList && t === listType) {
    for (const x of container.items) if (x === item || (yield* eqGen(x, item))) return true;
    return false;
  }
  const f = t.lookup("__contains__");
  if (f === None) throw pyTypeError(`'${t.name}' object is not a container`);
  if (f !== undefined) return yield* isTrueGen(yield* callGen(f, [container, item]));
  // fall back to iteration
  const { getIterGen, nextGen } = yield* iterModule();
  let it: PyValue;
  try {
    it = yield* getIterGen(container);
  } catch (e) {
    // any TypeError getting the iterator reads as the container not supporting `in`
    if (isExc(e, Exc.TypeError)) throw pyTypeError(`argument of type '${t.name}' is not iterable`);
    throw e;
  }
  for (;;) {
    const x = yield* nextGen(it);
    if (x === undefined) return false;
    if (x === item || (yield* eqGen(x, item))) return true;
  }
}

// iter.ts imports ops.ts; reach it lazily to keep module evaluation order simple
import * as iterMod from "./iter.js";
// eslint-disable-next-line require-yield
function* iterModule(): NativeGen<typeof iterMod> {
  return iterMod;
}

export function contains(container: PyValue, item: PyValue): boolean {
  return runSync(containsGen(container, item));
}

