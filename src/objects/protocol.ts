// The generic object protocols in one import: typeOf, attributes, calls, operators, iteration,
// repr/str. See docs/runtime.md. Each `fooGen` is for generator natives (`yield* fooGen(…)`) and
// the VM; `foo` is its synchronous twin (Python code it triggers runs to completion).
export { typeOf, typeName } from "./typeof.js";
export { callGen, call, runSync, notCallable } from "./call.js";
export {
  getAttrGen, getAttr, getAttrOptGen, getAttrOpt, setAttrGen, setAttr, delAttrGen, delAttr,
  genericGetAttrGen, genericSetAttrGen, genericDelAttrGen, descrGetGen, isDataDescriptor, attributeError,
} from "./attr.js";
export {
  BinOp, UnaryOp, CmpOp, BINOP_DUNDER, BINOP_RDUNDER, BINOP_IDUNDER, BINOP_SYMBOL, CMP_DUNDER, CMP_SYMBOL,
  binaryFast, binaryOpGen, binaryOp, binaryDispatchGen, binaryError, inplaceOpGen, inplaceOp, floatOp,
  unaryOpGen, unaryOp, compareFast, richCompareGen, richCompare, eqGen, eq, ltGen, lt,
  truthFast, isTrueGen, isTrue, lenGen, len, getItemGen, getItem, setItemGen, setItem, delItemGen, delItem,
  hashGen, hashOf, hashInt, hashFloat, hashStr, containsGen, contains,
} from "./ops.js";
export { NativeIterator, ArrayIterator, defineIteratorType, getIterGen, getIter, nextGen, next, toArrayGen, toArray, notIterable } from "./iter.js";
export { reprGen, repr, reprFast, strGen, str, strFast, formatGen, format } from "./stringify.js";
