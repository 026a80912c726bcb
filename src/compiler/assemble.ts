// Assembly: resolves jump targets and cell slots, computes the maximum stack depth by flow
// analysis, and builds the exception table from the handler active at each instruction.
import { Op } from "./opcodes.js";
import { CO_VARARGS, CO_VARKEYWORDS, genericArray, type CodeObject } from "./code.js";
import type { Handler, Unit } from "./codegen.js";
import { DEREF_OPS } from "./codegen.js";

export function assemble(u: Unit): CodeObject {
  const code = u.code;
  const n = u.instrs.length >> 1;
  const instrs = Int32Array.from(u.instrs);
  for (const [i, label] of u.jumps) {
    if (label.pos < 0) throw new Error("internal: unbound label");
    instrs[2 * i + 1] = label.pos;
  }
  const nlocals = u.varnames.length;
  for (let i = 0; i < n; i++) {
    if (DEREF_OPS.has(instrs[2 * i] as Op)) {
      const a = instrs[2 * i + 1];
      if (a < 0) instrs[2 * i + 1] = nlocals + (-1 - a);
    }
  }
  code.code = instrs;
  code.consts = genericArray(u.consts);
  code.names = u.names;
  code.varnames = u.varnames;
  code.cellvars = u.cellvars;
  code.freevars = u.freevars;
  code.nlocalsplus = nlocals + u.cellvars.length + u.freevars.length;
  const nargs = code.argcount + code.kwonlyargcount + (code.flags & CO_VARARGS ? 1 : 0) + (code.flags & CO_VARKEYWORDS ? 1 : 0);
  if (u.cellvars.some((c) => u.varnames.indexOf(c) >= 0 && u.varnames.indexOf(c) < nargs)) {
    code.cell2arg = Int32Array.from(u.cellvars.map((c) => {
      const i = u.varnames.indexOf(c);
      return i >= 0 && i < nargs ? i : -1;
    }));
  }
  code.simpleArgs = (code.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && code.kwonlyargcount === 0;
  code.hasCells = u.cellvars.length + u.freevars.length > 0;
  code.positions = Int32Array.from(u.positions);
  code.anchors = u.anchors.some((a, i) => i % 3 === 0 && a > 0) ? Int32Array.from(u.anchors) : null;
  const { maxDepth, table } = stackAndHandlers(instrs, u.instrHandler);
  code.stacksize = maxDepth;
  code.exceptionTable = table;
  code.caches = new Array(n).fill(undefined);
  quicken(instrs);
  return code;
}

/**
 * Marks the loads that start common sequences (`a + b`, `i < n` before a conditional jump, two
 * loads in a row …) with the quickened opcodes the VM runs as one step (opcodes.ts). Each
 * instruction keeps its argument and the following instructions stay as they are, so jumps into
 * the middle of a sequence, line numbers and the exception table are unaffected.
 */
export function quicken(instrs: Int32Array): void {
  const n = instrs.length >> 1;
  const at = (i: number): number => (i < n ? instrs[2 * i] : -1);
  const isCondJump = (o: number): boolean => o === Op.POP_JUMP_IF_FALSE || o === Op.POP_JUMP_IF_TRUE;
  for (let i = 0; i < n; i++) {
    const op = instrs[2 * i];
    const o1 = at(i + 1), o2 = at(i + 2), o3 = at(i + 3);
    let q = -1;
    if (op === Op.LOAD_FAST) {
      if (o1 === Op.LOAD_FAST && o2 === Op.BINARY_OP) q = Op.BINOP_FF;
      else if (o1 === Op.LOAD_CONST && o2 === Op.BINARY_OP) q = Op.BINOP_FC;
      else if (o1 === Op.LOAD_FAST && o2 === Op.COMPARE_OP && isCondJump(o3)) q = Op.CMPJ_FF;
      else if (o1 === Op.LOAD_CONST && o2 === Op.COMPARE_OP && isCondJump(o3)) q = Op.CMPJ_FC;
      else if (o1 === Op.BINARY_OP) q = Op.BINOP_SF;
      else if (o1 === Op.COMPARE_OP && isCondJump(o2)) q = Op.CMPJ_SF;
      else if (o1 === Op.LOAD_FAST) q = Op.LOAD_FAST_LOAD_FAST;
    } else if (op === Op.LOAD_CONST) {
      const a = instrs[2 * i + 1];
      if (o1 === Op.LOAD_FAST && o2 === Op.BINARY_OP) q = Op.BINOP_CF;
      else if (
        o1 === Op.LOAD_CONST && o2 === Op.LOAD_CONST && o3 === Op.CALL && at(i + 4) === Op.POP_TOP &&
        instrs[2 * i + 3] === a && instrs[2 * i + 5] === a && instrs[2 * i + 7] === 2
      ) q = Op.WITH_EXIT_NONE; // (the VM checks that the constant is None)
      else if (o1 === Op.BINARY_OP) q = Op.BINOP_SC;
      else if (o1 === Op.COMPARE_OP && isCondJump(o2)) q = Op.CMPJ_SC;
    } else if (op === Op.STORE_FAST) {
      if (o1 === Op.LOAD_FAST) q = Op.STORE_FAST_LOAD_FAST;
    } else if (op === Op.SWAP) {
      const k = instrs[2 * i + 1];
      if ((k === 2 || k === 3) && o1 === Op.STORE_FAST && o2 === Op.STORE_FAST && (k === 2 || o3 === Op.STORE_FAST)) q = Op.SWAP_STORE_FAST;
    }
    if (q >= 0) instrs[2 * i] = q;
  }
}

/** Stack effect of an instruction; `jump`: along its jump edge. */
export function stackEffect(op: Op, arg: number, jump: boolean): number {
  switch (op) {
    case Op.NOP: case Op.SWAP: case Op.LOAD_ATTR: case Op.UNARY_NEGATIVE: case Op.UNARY_POSITIVE:
    case Op.UNARY_INVERT: case Op.UNARY_NOT: case Op.GET_ITER: case Op.KW_NAMES: case Op.LIST_TO_TUPLE:
    case Op.YIELD_VALUE: case Op.GET_YIELD_FROM_ITER: case Op.CHECK_EXC_MATCH: case Op.CHECK_EG_MATCH:
    case Op.SETUP_ANNOTATIONS: case Op.DELETE_FAST: case Op.DELETE_NAME: case Op.DELETE_GLOBAL:
    case Op.DELETE_DEREF: case Op.JUMP: case Op.COPY_DICT_WITHOUT_KEYS: case Op.GET_AWAITABLE:
    case Op.RETURN_GENERATOR: case Op.PREP_RERAISE_STAR: case Op.GET_AITER:
      return 0;
    case Op.BEFORE_ASYNC_WITH: case Op.GET_ANEXT:
      return 1;
    case Op.END_ASYNC_FOR:
      return -2;
    case Op.POP_TOP: case Op.STORE_FAST: case Op.STORE_DEREF: case Op.STORE_NAME: case Op.STORE_GLOBAL:
    case Op.DELETE_ATTR: case Op.BINARY_SUBSCR: case Op.BINARY_OP: case Op.COMPARE_OP: case Op.IS_OP:
    case Op.CONTAINS_OP: case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: case Op.POP_JUMP_IF_NONE:
    case Op.POP_JUMP_IF_NOT_NONE: case Op.LIST_APPEND: case Op.SET_ADD: case Op.LIST_EXTEND:
    case Op.SET_UPDATE: case Op.DICT_UPDATE: case Op.DICT_MERGE: case Op.RETURN_VALUE: case Op.POP_EXCEPT:
    case Op.IMPORT_NAME: case Op.IMPORT_STAR: case Op.PRINT_EXPR: case Op.RERAISE: case Op.END_FOR:
      return -1;
    case Op.PUSH_NULL: case Op.COPY: case Op.LOAD_CONST: case Op.LOAD_FAST: case Op.LOAD_DEREF:
    case Op.LOAD_CLASSDEREF: case Op.LOAD_CLOSURE: case Op.LOAD_NAME: case Op.LOAD_GLOBAL: case Op.LOAD_METHOD:
    case Op.PUSH_EXC_INFO: case Op.WITH_EXCEPT_START: case Op.BEFORE_WITH: case Op.LOAD_ASSERTION_ERROR:
    case Op.IMPORT_FROM: case Op.LOAD_BUILD_CLASS: case Op.MATCH_MAPPING: case Op.MATCH_SEQUENCE:
    case Op.MATCH_KEYS: case Op.GET_LEN: case Op.LOAD_LOCALS:
      return 1;
    case Op.STORE_ATTR: case Op.DELETE_SUBSCR: case Op.MAP_ADD: case Op.MATCH_CLASS:
      return -2;
    case Op.STORE_SUBSCR:
      return -3;
    case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP:
      return jump ? 0 : -1;
    case Op.FOR_ITER:
      return jump ? -1 : 1;
    case Op.SEND:
      return jump ? -1 : 0;
    case Op.CALL:
      return -arg - 1;
    case Op.CALL_FUNCTION_EX:
      return -2 - (arg & 1);
    case Op.MAKE_FUNCTION: {
      let c = 0;
      for (let f = arg; f; f >>= 1) c += f & 1;
      return -c;
    }
    case Op.BUILD_TUPLE: case Op.BUILD_LIST: case Op.BUILD_SET: case Op.BUILD_STRING: case Op.BUILD_SLICE:
      return 1 - arg;
    case Op.BUILD_MAP:
      return 1 - 2 * arg;
    case Op.BUILD_CONST_KEY_MAP:
      return -arg;
    case Op.UNPACK_SEQUENCE:
      return arg - 1;
    case Op.UNPACK_EX:
      return (arg & 0xff) + (arg >> 8);
    case Op.FORMAT_VALUE:
      return arg & 4 ? -1 : 0;
    case Op.RAISE_VARARGS:
      return -arg;
  }
  return 0;
}

const TERMINATORS = new Set<Op>([Op.JUMP, Op.RETURN_VALUE, Op.RAISE_VARARGS, Op.RERAISE]);
const JUMPS = new Set<Op>([
  Op.JUMP, Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.POP_JUMP_IF_NONE, Op.POP_JUMP_IF_NOT_NONE,
  Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP, Op.FOR_ITER, Op.SEND,
]);

function stackAndHandlers(instrs: Int32Array, handlers: (Handler | null)[]): { maxDepth: number; table: Int32Array } {
  const n = instrs.length >> 1;
  const depth = new Int32Array(n + 1).fill(-1);
  let max = 0;
  const work: number[] = [];
  const reach = (i: number, d: number): void => {
    if (i > n) return;
    if (d > max) max = d;
    if (depth[i] < 0) {
      depth[i] = d;
      work.push(i);
    }
  };
  reach(0, 0);
  const handlerDepth = (h: Handler): number => (depth[h.setupIndex] < 0 ? -1 : depth[h.setupIndex] + h.depthAdjust);
  const pending = new Set<number>(); // instructions whose handler's setup depth was unknown
  for (;;) {
    while (work.length) {
      const i = work.pop()!;
      if (i >= n) continue;
      const d = depth[i];
      const op = instrs[2 * i] as Op, arg = instrs[2 * i + 1];
      const h = handlers[i];
      if (h) {
        const hd = handlerDepth(h);
        if (hd >= 0) reach(h.label.pos, hd + (h.lasti ? 2 : 1));
        else pending.add(i);
      }
      if (JUMPS.has(op)) reach(arg, d + stackEffect(op, arg, true));
      if (!TERMINATORS.has(op)) reach(i + 1, d + stackEffect(op, arg, false));
      const after = d + stackEffect(op, arg, false);
      if (after > max) max = after;
    }
    let progressed = false;
    for (const i of pending) {
      const h = handlers[i]!;
      const hd = handlerDepth(h);
      if (hd >= 0) {
        pending.delete(i);
        if (depth[h.label.pos] < 0) progressed = true;
        reach(h.label.pos, hd + (h.lasti ? 2 : 1));
      }
    }
    if (!progressed) break;
  }
  // exception table: runs of instructions sharing a handler
  const entries: number[] = [];
  let i = 0;
  while (i < n) {
    const h = handlers[i];
    if (!h || depth[i] < 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && handlers[j] === h) j++;
    entries.push(i, j, h.label.pos, Math.max(0, handlerDepth(h)), h.lasti ? 1 : 0);
    i = j;
  }
  return { maxDepth: max + 2, table: Int32Array.from(entries) };
}
