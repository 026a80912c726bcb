// Frames. A Python frame holds its code, a register array (fast locals, then cells and free
// variables, then the value stack), the pc, and its namespaces. A native frame (gen !== null)
// is a generator native waiting for a Python call it requested (docs/runtime.md).
import type { PyValue } from "../objects/object.js";
import type { PyDict } from "../objects/dict.js";
import type { PyFunction } from "../objects/function.js";
import type { PyTuple } from "../objects/tuple.js";
import type { NativeGen } from "../objects/native.js";
import type { CodeObject } from "../compiler/code.js";
import type { PyGenerator } from "./generator.js";

/** How a finished frame hands its result to `back`. */
export const enum Ret {
  /** Push onto back's stack (or resume back's native generator with it). */
  PUSH = 0,
  /** Generator resumed by FOR_ITER: a yield pushes the value; return pops the iterator and jumps. */
  FOR_ITER = 1,
  /** Generator resumed by SEND (yield from): a yield pushes; return replaces [sub, v] by the value and jumps. */
  SEND = 2,
  /** __init__ run by a class call: must return None; the instance (initSelf) is pushed. */
  INIT = 3,
  /** Nested synchronous run (SyncRunner): the loop returns the value to its JS caller. */
  BARRIER = 4,
  /** Generator resumed by a native (ResumeRequest): yield → gen.next(v); return → StopIteration thrown in. */
  NATIVE_RESUME = 5,
  /** Discard the result. */
  DISCARD = 6,
  /** A Python binary-operator method (initSelf OP opOther, operator in jumpTarget): NotImplemented → the reflected method. */
  BINOP = 7,
  /** A Python rich-comparison method (same fields as BINOP): NotImplemented → the reflected method, then the default. */
  COMPARE = 8,
  /** Generator run to its end for a native's DrainRequest: each yield appends to `drain`; the array is the result. */
  DRAIN = 9,
  /** Generator run for sum()'s SumRequest: each yield adds to the total in `opOther` (the total is the result). */
  SUM = 10,
}

/** What a native frame does with its generator's final value, for the Python frame below it. */
export const enum NativeMode {
  PUSH = 0,
  DISCARD = 1,
  /** FOR_ITER on a Python-level iterator: undefined → pop the iterator and jump. */
  FOR_ITER = 2,
  /** A truth test for POP_JUMP_IF_TRUE/FALSE: jump to jumpTarget when the result equals `jumpWhen`. */
  JUMP_IF = 3,
  /** SEND on a non-generator sub-iterator: result is {value, done}. */
  SEND = 4,
  /** Replace TOS-1.. (used by ops that leave their operands): push. */
  BARRIER = 5,
}

export class Frame {
  declare pc: number;
  declare sp: number;
  declare regs: (PyValue | undefined)[];
  /** The frame waiting for this one's result (caller, or a native frame). */
  declare back: Frame | null;
  declare ret: Ret;
  /** Keyword names set by KW_NAMES for the next CALL. */
  declare kwnames: PyTuple | null;
  /** FOR_ITER/SEND/JUMP_IF target when the generator (or native) finishes that way. */
  declare jumpTarget: number;
  declare jumpWhen: boolean;
  /** For Ret.INIT: the instance being initialised; for Ret.BINOP/COMPARE: the left operand. */
  declare initSelf: PyValue | null;
  /** For Ret.BINOP/COMPARE: the right operand; for Ret.SUM: the running total. */
  declare opOther: PyValue | null;
  /** For Ret.DRAIN: the items yielded so far. */
  declare drain: PyValue[] | null;
  /** For native frames. */
  declare gen: NativeGen | null;
  declare nativeMode: NativeMode;
  /** Something outside the call chain holds this frame (a traceback, frame object): never recycle it. */
  declare escaped: boolean;
  /** SEND: an exception to throw into the sub-iterator instead of sending (throw() during yield from). */
  declare sendThrow: PyValue | null;
  /** The generator object that owns this frame, if any. */
  declare generator: PyGenerator | null;
  declare readonly code: CodeObject;
  declare globals: PyDict;
  declare builtins: PyDict;
  /** The namespace of module/class/exec code (LOAD_NAME …); null in optimised functions. */
  declare locals: PyDict | null;
  declare func: PyFunction | null;

  constructor(code: CodeObject, globals: PyDict, builtins: PyDict, locals: PyDict | null, func: PyFunction | null) {
    (this as { code: CodeObject }).code = code;
    this.globals = globals;
    this.builtins = builtins;
    this.locals = locals;
    this.func = func;
    const n = code.nlocalsplus;
    // filled, so that V8 keeps every frame's registers as generic elements (see genericArray);
    // by a loop, which is about twice as fast as fill() (the array stays of the same kind)
    const size = n + code.stacksize;
    const regs = new Array(size);
    for (let i = 0; i < size; i++) regs[i] = undefined;
    this.regs = regs;
    this.sp = n;
    this.pc = 0;
    this.back = null;
    this.ret = Ret.PUSH;
    this.kwnames = null;
    this.jumpTarget = 0;
    this.jumpWhen = false;
    this.initSelf = null;
    this.opOther = null;
    this.drain = null;
    this.gen = null;
    this.nativeMode = NativeMode.PUSH;
    this.escaped = false;
    this.sendThrow = null;
    this.generator = null;
  }

  /** The instruction now running (or the call in progress). */
  get lasti(): number {
    return this.pc > 0 ? this.pc - 1 : 0;
  }

  get lineno(): number {
    return this.code.lineOf(this.lasti);
  }
}

/** A native frame: holds a generator native waiting for a request's outcome. */
export function nativeFrame(gen: NativeGen, mode: NativeMode, back: Frame, dummyCode: CodeObject, globals: PyDict): Frame {
  const f = new Frame(dummyCode, globals, globals, null, null);
  f.gen = gen;
  f.nativeMode = mode;
  f.back = back;
  return f;
}
