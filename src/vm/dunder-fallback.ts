// What follows when a Python operator method run directly by the VM (Ret.BINOP, Ret.COMPARE)
// returned NotImplemented: the right operand's reflected method, then the default or the
// TypeError — the rest of the generic protocol (ops.ts), without calling the first method again.
import type { PyValue } from "../objects/object.js";
import type { NativeGen } from "../objects/native.js";
import { None, NotImplemented } from "../objects/singletons.js";
import { typeOf } from "../objects/typeof.js";
import { callGen } from "../objects/call.js";
import { pyTypeError } from "../objects/exceptions.js";
import { BINOP_RDUNDER, BINOP_SYMBOL, CMP_DUNDER, CMP_SYMBOL, binaryError } from "../objects/ops.js";

/** The comparison with its operands swapped: a < b is b > a. */
const CMP_REFLECTED = [4, 5, 2, 3, 0, 1];

/** After a.__op__(b) (or a.__iop__-less a op= b) gave NotImplemented; bop ≥ 13 is in-place. */
export function* binaryAfterLeftGen(a: PyValue, b: PyValue, bop: number): NativeGen {
  const op = bop >= 13 ? bop - 13 : bop;
  const ta = typeOf(a), tb = typeOf(b);
  if (tb !== ta) {
    const fb = tb.lookup(BINOP_RDUNDER[op]);
    if (fb !== undefined && fb !== None) {
      const r = yield* callGen(fb, [b, a]);
      if (r !== NotImplemented) return r;
    }
  }
  throw binaryError(a, b, op, bop >= 13 ? BINOP_SYMBOL[op] + "=" : BINOP_SYMBOL[op]);
}

/** After a.__cmp__(b) gave NotImplemented. */
export function* compareAfterLeftGen(a: PyValue, b: PyValue, op: number): NativeGen {
  const tb = typeOf(b);
  const fb = tb.lookup(CMP_DUNDER[CMP_REFLECTED[op]]);
  if (fb !== undefined && fb !== None) {
    const r = yield* callGen(fb, [b, a]);
    if (r !== NotImplemented) return r;
  }
  if (op === 2) return a === b;
  if (op === 3) return a !== b;
  throw pyTypeError(`'${CMP_SYMBOL[op]}' not supported between instances of '${typeOf(a).name}' and '${tb.name}'`);
}
