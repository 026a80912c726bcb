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
  pc = 0;
  sp: number;
  regs: (PyValue | undefined)[];
  /** The frame waiting for this one's result (caller, or a native frame). */
  back: Frame | null = null;
  ret: Ret = Ret.PUSH;
  /** Keyword names set by KW_NAMES for the next CALL. */
  kwnames: PyTuple | null = null;
  /** FOR_ITER/SEND/JUMP_IF target when the generator (or native) finishes that way. */
  jumpTarget = 0;
  jumpWhen = false;
  /** For Ret.INIT: the instance being initialised. */
  initSelf: PyValue | null = null;
  /** For native frames. */
  gen: NativeGen | null = null;
  nativeMode: NativeMode = NativeMode.PUSH;
  /** SEND: an exception to throw into the sub-iterator instead of sending (throw() during yield from). */
  sendThrow: PyValue | null = null;
  /** The generator object that owns this frame, if any. */
  generator: PyGenerator | null = null;
  /** Set while the frame is executing or suspended in a call (not while it is a finished generator). */
  /** Where the frame is in the instruction stream when an exception passes (pc - 1 normally). */
  constructor(
    readonly code: CodeObject,
    public globals: PyDict,
    public builtins: PyDict,
    /** The namespace of module/class/exec code (LOAD_NAME …); null in optimised functions. */
    public locals: PyDict | null,
    readonly func: PyFunction | null,
  ) {
    const n = code.nlocalsplus;
    this.regs = new Array(n + code.stacksize);
    this.sp = n;
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
