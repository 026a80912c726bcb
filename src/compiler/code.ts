// CodeObject: what the compiler produces for a module, class body, function or comprehension.
import { PyObject, type PyValue } from "../objects/object.js";
import { makeBuiltinType } from "../objects/type.js";

export const codeType = makeBuiltinType("code", undefined, { baseType: false });

export const CO_OPTIMIZED = 0x1;
export const CO_NEWLOCALS = 0x2;
export const CO_VARARGS = 0x4;
export const CO_VARKEYWORDS = 0x8;
export const CO_NESTED = 0x10;
export const CO_GENERATOR = 0x20;
export const CO_NOFREE = 0x40;
export const CO_COROUTINE = 0x80;
export const CO_ITERABLE_COROUTINE = 0x100;
export const CO_ASYNC_GENERATOR = 0x200;

/**
 * The items in an array that V8 stores as generic elements from the start. An array made of
 * small ints only is kept as a Smi (or double) array and changes kind when something else goes
 * in; the eval loop reads consts, registers and collected items through the same few
 * instructions, and every new array kind it meets there throws its optimised code away.
 */
export function genericArray<T>(items: readonly T[]): T[] {
  const out: T[] = [null as T];
  out.length = 0;
  for (let i = 0; i < items.length; i++) out.push(items[i]);
  return out;
}

export class CodeObject extends PyObject {
  /** Instructions: code[2*i] is the opcode of instruction i, code[2*i+1] its argument. */
  code: Int32Array = new Int32Array(0);
  consts: PyValue[] = [];
  names: string[] = [];
  /** Fast locals: parameters first (positional, keyword-only, *args, **kwargs), then the rest. */
  varnames: string[] = [];
  /** Locals that inner functions capture (cells), then variables captured from outside (free). */
  cellvars: string[] = [];
  freevars: string[] = [];
  /** For each cell, the index of the parameter it is initialised from, or -1. */
  cell2arg: Int32Array | null = null;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  flags = 0;
  stacksize = 0;
  firstlineno = 1;
  /** Per instruction: lineno, end_lineno, col_offset, end_col_offset (-1 when unknown). */
  positions: Int32Array = new Int32Array(0);
  /**
   * Per instruction, caret anchors for tracebacks, 3 ints: kind (0 none, 1 BinOp, 2 Subscript),
   * then for BinOp the left operand's end and the right operand's start columns, for Subscript
   * the value's end and the slice's end columns (UTF-8 byte columns, like positions).
   */
  anchors: Int32Array | null = null;
  /** Handler ranges: start, end (exclusive), target, stack depth, push-lasti flag — 5 ints each. */
  exceptionTable: Int32Array = new Int32Array(0);
  /** Per-instruction inline caches (LOAD_GLOBAL, LOAD_ATTR …), owned by the VM. */
  caches: unknown[] = [];
  /** The docstring (functions: `__doc__` of functions made from this code), or None. */
  doc: PyValue | null = null;
  /** Positional parameters only (no *args, **kwargs, keyword-only): calls can copy arguments straight in. */
  simpleArgs = false;
  /** Has cells or free variables to set up when a frame starts. */
  hasCells = false;
  /** Finished frames of this code kept for reuse by the VM (calls are the hot path). */
  framePool: unknown[] = genericArray([]);
  /** Number of fast locals + cells + frees. */
  nlocalsplus = 0;

  constructor(
    public name: string,
    public qualname: string,
    public filename: string,
  ) {
    super(codeType);
  }

  get instructionCount(): number {
    return this.code.length >> 1;
  }

  /** The source line of instruction i (or the previous known one). */
  lineOf(i: number): number {
    const p = this.positions;
    for (let j = i; j >= 0; j--) {
      const l = p[4 * j];
      if (l > 0) return l;
    }
    return this.firstlineno;
  }
}
