// The bytecode instruction set. Each instruction is two Int32 slots: opcode, argument.
// Jump arguments are absolute instruction indices (not byte offsets).
// Modelled loosely on CPython 3.11 so that --dis output reads familiar.
export enum Op {
  NOP,
  POP_TOP,
  PUSH_NULL,
  COPY, // arg n: push stack[-n]
  SWAP, // arg n: swap TOS and stack[-n]
  LOAD_CONST,
  LOAD_FAST,
  STORE_FAST,
  DELETE_FAST,
  LOAD_DEREF, // arg: index into cells+frees (after the fast locals)
  STORE_DEREF,
  DELETE_DEREF,
  LOAD_CLASSDEREF, // class body reading a free variable: locals dict first, then the cell
  LOAD_CLOSURE, // push the cell object itself
  LOAD_NAME,
  STORE_NAME,
  DELETE_NAME,
  LOAD_GLOBAL,
  STORE_GLOBAL,
  DELETE_GLOBAL,
  LOAD_ATTR,
  STORE_ATTR,
  DELETE_ATTR,
  LOAD_METHOD, // pushes (method, self) or (NULL, attribute)
  BINARY_SUBSCR,
  STORE_SUBSCR,
  DELETE_SUBSCR,
  BINARY_OP, // arg: ops.ts BinOp code; +13 for the in-place form
  UNARY_NEGATIVE,
  UNARY_POSITIVE,
  UNARY_INVERT,
  UNARY_NOT,
  COMPARE_OP, // arg: CmpOp
  IS_OP, // arg 1: is not
  CONTAINS_OP, // arg 1: not in
  JUMP, // arg: target
  POP_JUMP_IF_FALSE,
  POP_JUMP_IF_TRUE,
  POP_JUMP_IF_NONE,
  POP_JUMP_IF_NOT_NONE,
  JUMP_IF_FALSE_OR_POP,
  JUMP_IF_TRUE_OR_POP,
  GET_ITER,
  FOR_ITER, // arg: target when exhausted (the iterator is popped)
  KW_NAMES, // arg: const index of a tuple of keyword names for the next CALL
  CALL, // arg: argc; stack: NULL|callable, callable|self, args…
  CALL_FUNCTION_EX, // arg 1: with kwargs mapping; stack: NULL, callable, args tuple, [kwargs]
  MAKE_FUNCTION, // arg flags: 1 defaults, 2 kwdefaults, 4 annotations, 8 closure
  BUILD_TUPLE,
  BUILD_LIST,
  BUILD_SET,
  BUILD_MAP,
  BUILD_CONST_KEY_MAP,
  BUILD_STRING,
  BUILD_SLICE,
  LIST_APPEND, // arg: depth of the list below TOS
  SET_ADD,
  MAP_ADD,
  LIST_EXTEND,
  SET_UPDATE,
  DICT_UPDATE,
  DICT_MERGE,
  LIST_TO_TUPLE,
  UNPACK_SEQUENCE,
  UNPACK_EX, // arg: before | after << 8
  FORMAT_VALUE, // arg: conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 when a spec is on the stack
  RETURN_VALUE,
  YIELD_VALUE,
  GET_YIELD_FROM_ITER,
  SEND, // arg: target when the subgenerator returns (its value is left on the stack)
  RAISE_VARARGS,
  RERAISE, // arg 1: restore frame.lasti from the stack below the exception
  PUSH_EXC_INFO,
  POP_EXCEPT,
  CHECK_EXC_MATCH,
  CHECK_EG_MATCH,
  PREP_RERAISE_STAR,
  WITH_EXCEPT_START,
  BEFORE_WITH,
  LOAD_ASSERTION_ERROR,
  IMPORT_NAME,
  IMPORT_FROM,
  IMPORT_STAR,
  LOAD_BUILD_CLASS,
  SETUP_ANNOTATIONS,
  MATCH_CLASS,
  MATCH_MAPPING,
  MATCH_SEQUENCE,
  MATCH_KEYS,
  GET_LEN,
  COPY_DICT_WITHOUT_KEYS,
  PRINT_EXPR,
  LOAD_LOCALS,
  RETURN_GENERATOR, // unused: calling generator code creates the generator directly
  GET_AWAITABLE,
  END_FOR,
  BEFORE_ASYNC_WITH, // [mgr] → [bound __aexit__, awaitable of __aenter__()]
  GET_AITER,
  GET_ANEXT, // [aiter] → [aiter, awaitable of __anext__()]
  END_ASYNC_FOR, // [aiter, exc]: StopAsyncIteration ends the loop, anything else is re-raised
  // Quickened forms (assemble.ts quicken()): a LOAD_FAST/LOAD_CONST/STORE_FAST that also does
  // the instructions after it when their operands allow a fast path, skipping them; otherwise it
  // runs as itself. The argument stays the original one; the disassembler shows the base op.
  BINOP_FF, // LOAD_FAST, LOAD_FAST, BINARY_OP
  BINOP_SF, // LOAD_FAST, BINARY_OP
  BINOP_FC, // LOAD_FAST, LOAD_CONST, BINARY_OP
  BINOP_SC, // LOAD_CONST, BINARY_OP
  BINOP_CF, // LOAD_CONST, LOAD_FAST, BINARY_OP
  CMPJ_FF, // LOAD_FAST, LOAD_FAST, COMPARE_OP, POP_JUMP_IF_FALSE/TRUE
  CMPJ_SF, // LOAD_FAST, COMPARE_OP, POP_JUMP_IF_FALSE/TRUE
  CMPJ_FC, // LOAD_FAST, LOAD_CONST, COMPARE_OP, POP_JUMP_IF_FALSE/TRUE
  CMPJ_SC, // LOAD_CONST, COMPARE_OP, POP_JUMP_IF_FALSE/TRUE
  LOAD_FAST_LOAD_FAST,
  STORE_FAST_LOAD_FAST,
  WITH_EXIT_NONE, // LOAD_CONST None ×3, CALL 2, POP_TOP: a with-block's exit call when nothing was raised
  SWAP_STORE_FAST, // SWAP n, STORE_FAST ×n (n = 2, 3): `a, b = x, y` into locals
}

/** The instruction a quickened opcode stands for. */
export function baseOp(op: Op): Op {
  switch (op) {
    case Op.BINOP_FF: case Op.BINOP_SF: case Op.BINOP_FC: case Op.CMPJ_FF: case Op.CMPJ_SF: case Op.CMPJ_FC:
    case Op.LOAD_FAST_LOAD_FAST:
      return Op.LOAD_FAST;
    case Op.BINOP_SC: case Op.BINOP_CF: case Op.CMPJ_SC: case Op.WITH_EXIT_NONE:
      return Op.LOAD_CONST;
    case Op.STORE_FAST_LOAD_FAST:
      return Op.STORE_FAST;
    case Op.SWAP_STORE_FAST:
      return Op.SWAP;
  }
  return op;
}

export const OP_NAMES: string[] = Object.keys(Op).filter((k) => Number.isNaN(Number(k)));

/** Opcodes whose argument is a jump target (instruction index). */
export const JUMP_OPS = new Set<Op>([
  Op.JUMP, Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.POP_JUMP_IF_NONE, Op.POP_JUMP_IF_NOT_NONE,
  Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP, Op.FOR_ITER, Op.SEND,
]);

/** Opcodes that take no argument (for the disassembler). */
export const NO_ARG_OPS = new Set<Op>([
  Op.NOP, Op.POP_TOP, Op.PUSH_NULL, Op.BINARY_SUBSCR, Op.STORE_SUBSCR, Op.DELETE_SUBSCR, Op.UNARY_NEGATIVE,
  Op.UNARY_POSITIVE, Op.UNARY_INVERT, Op.UNARY_NOT, Op.GET_ITER, Op.LIST_TO_TUPLE, Op.RETURN_VALUE,
  Op.YIELD_VALUE, Op.GET_YIELD_FROM_ITER, Op.PUSH_EXC_INFO, Op.POP_EXCEPT, Op.CHECK_EXC_MATCH,
  Op.CHECK_EG_MATCH, Op.PREP_RERAISE_STAR, Op.WITH_EXCEPT_START, Op.BEFORE_WITH, Op.LOAD_ASSERTION_ERROR,
  Op.IMPORT_STAR, Op.LOAD_BUILD_CLASS, Op.SETUP_ANNOTATIONS, Op.MATCH_MAPPING, Op.MATCH_SEQUENCE,
  Op.MATCH_KEYS, Op.GET_LEN, Op.COPY_DICT_WITHOUT_KEYS, Op.PRINT_EXPR, Op.LOAD_LOCALS, Op.RETURN_GENERATOR,
  Op.GET_AWAITABLE, Op.END_FOR, Op.BEFORE_ASYNC_WITH, Op.GET_AITER, Op.GET_ANEXT, Op.END_ASYNC_FOR,
]);
