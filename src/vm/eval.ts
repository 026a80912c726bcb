// The interpreter loop: one big switch over opcodes, stackless (a Python call pushes a Frame and
// stays in this loop), with exception unwinding through the code's exception table. Slow paths
// run the generic protocols (src/objects) as generator natives: when they need Python code, the
// generator becomes a native frame and the loop runs the Python frame above it.
import type { KwArgs, PyValue } from "../objects/object.js";
import { PyObject } from "../objects/object.js";
import { PyType, typeType } from "../objects/type.js";
import { PyFloat, newFloat } from "../objects/float.js";
import { PyIntObject } from "../objects/int.js";
import { PyStrObject, strLen, strSubscript, formatExactStr } from "../objects/str.js";
import { PyTuple, EMPTY_TUPLE } from "../objects/tuple.js";
import { PyList } from "../objects/list.js";
import { PyDict } from "../objects/dict.js";
import { None, NotImplemented } from "../objects/singletons.js";
import {
  PyBuiltinFunction, PyCell, PyClassMethod, PyFunction, PyMemberDescriptor, PyMethod, PyProperty, PyStaticMethod,
} from "../objects/function.js";
import { AttrCache, AttrKind, ClassAttrCache, ClassAttrKind, superMethod } from "./attr-cache.js";
import { PySuper, superType as superTypeRef } from "../objects/callable-types.js";
import { PyInstance } from "../objects/instance.js";
import { PyModule } from "../objects/module.js";
import { CallRequest, ResumeRequest, SuspendRequest, hooks, type GenNative, type NativeGen, type PlainNative, type Request, type SyncRunner } from "../objects/native.js";
import { typeOf, typeName } from "../objects/typeof.js";
import {
  Exc, PyBaseException, PyTraceback, isExc, newException, pyNameError, pyRecursionError, pyRuntimeError,
  pySystemError, pyTypeError, pyUnboundLocalError, pyValueError,
} from "../objects/exceptions.js";
import { hiddenCodes } from "../stdlib/c-type-names.js";
import { callGen, notCallable } from "../objects/call.js";
import { getAttrGen, setAttrGen, delAttrGen, isDataDescriptor } from "../objects/attr.js";
import {
  binaryOpGen, inplaceOpGen, unaryOpGen, binaryFast, richCompareGen, compareFast, truthFast, isTrueGen, getItemGen,
  setItemGen, delItemGen, containsGen, floatOp,
} from "../objects/ops.js";
import * as A from "../objects/arith.js";
import { RangeIterator } from "../objects/range.js";
import { NativeIterator, ArrayIterator, getIterGen, nextGen, toArrayGen, listIteratorType, GEN_DONE } from "../objects/iter.js";
import { formatGen, reprGen, strGen } from "../objects/stringify.js";
import { asciiOf } from "../objects/ascii.js";
import { CodeObject, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR, genericArray } from "../compiler/code.js";
import { Op } from "../compiler/opcodes.js";
import { Frame, Ret, NativeMode } from "./frame.js";
import { PyThread, ThreadState } from "./thread.js";
import { PyGenerator, generatorType, coroutineType, asyncGeneratorType, AsyncGenValue } from "./generator.js";
import { bindArgs } from "./call.js";
import { CodeRun } from "./coderun.js";
import { isObjectNew, isObjectInit, newInstanceChecked } from "../objects/object-type.js";
import { binaryAfterLeftGen, compareAfterLeftGen } from "./dunder-fallback.js";
import { DrainRequest, SumPartial, SumRequest } from "../objects/drain.js";
import { BINOP_DUNDER, BINOP_IDUNDER, CMP_DUNDER } from "../objects/ops.js";
import { funcStr, mappingMerge, matchClassGen, matchKeysGen, isMappingForMatch, isSequenceForMatch } from "./match.js";
import type { Interpreter } from "./interpreter.js";

/** Why execute() returned. */
export const enum Outcome {
  /** The thread's last frame returned (or raised: see thread.error). */
  DONE = 1,
  /** The thread is blocked on a SuspendRequest. */
  BLOCKED = 2,
  /** The time slice ran out (or the scheduler must look at the event loop). */
  SWITCH = 3,
}

/** Countdown ticks (loop back-edges, calls, in-place adds) between clock checks. The
 *  scheduler sets vm.ticks before each run and reads what is left when the run ends. */
export const CHECK_EVERY = 1000;

const NO_EXC = Symbol("no exception");

const NATIVE_CODE = new CodeObject("<native>", "<native>", "<native>");
NATIVE_CODE.nlocalsplus = 0;
NATIVE_CODE.stacksize = 0;

export class VM implements SyncRunner {
  thread!: PyThread;
  /** Counts down instructions to the next clock check. */
  ticks = CHECK_EVERY;
  /** Set by the scheduler: the deadline (performance.now()) of the current slice. */
  sliceEnd = Infinity;
  /** Called when `ticks` runs out; true when the thread must give up the GIL now. */
  shouldSwitch: () => boolean = () => false;
  private reraising = false;
  /** Value returned by a barrier frame (nested synchronous run). */
  private barrierValue: PyValue = None;

  constructor(readonly interp: Interpreter) {}

  // ---- SyncRunner: synchronous calls from natives ------------------------------------------------

  callPython(fn: PyValue, args: PyValue[], kwargs: KwArgs): PyValue {
    const t = this.thread;
    let f: Frame;
    if (fn instanceof PyFunction) {
      f = this.makeFunctionFrame(fn, args, kwargs);
      if (f.code.flags & GEN_FLAGS) return makeGenerator(f, fn);
    } else if (fn instanceof CodeRun) f = this.makeCodeRunFrame(fn);
    else throw pySystemError("callPython: not a Python function");
    return this.runNested(t, f, Ret.BARRIER);
  }

  resume(req: ResumeRequest): PyValue {
    const t = this.thread;
    const g = req.gen as PyGenerator;
    const f = this.prepareResume(g, req.value, req.exc);
    if (f === null) throw this.genFinishedError(req.exc);
    f.ret = Ret.BARRIER;
    if (req.exc !== null) this.pendingThrow = req.exc;
    return this.runNested(t, f, Ret.BARRIER);
  }

  /** Blocks the current thread inside a synchronous callback (Scheduler.waitNested). */
  block(req: SuspendRequest): PyValue {
    return this.interp.scheduler.waitNested(this.thread, req);
  }

  private runNested(t: PyThread, f: Frame, _ret: Ret): PyValue {
    f.ret = Ret.BARRIER;
    f.back = t.frame;
    const saved = t.frame;
    t.nested++;
    try {
      this.enterDepth(t, f);
      const out = this.execute(t, f);
      if (out !== Outcome.DONE) throw pySystemError("nested run ended unexpectedly");
      return this.barrierValue;
    } finally {
      t.nested--;
      t.frame = saved;
    }
  }

  private enterDepth(t: PyThread, f: Frame): void {
    if (f.gen !== null) return;
    if (++t.depth > this.interp.recursionLimit) {
      t.depth--;
      throw pyRecursionError("maximum recursion depth exceeded");
    }
  }

  // ---- frames -----------------------------------------------------------------------------------

  makeFunctionFrame(func: PyFunction, args: PyValue[], kw: KwArgs): Frame {
    const code = func.code;
    let f = code.framePool.pop() as Frame | undefined;
    if (f === undefined) f = new Frame(code, func.globals, this.interp.builtins, null, func);
    else {
      f.globals = func.globals;
      f.builtins = this.interp.builtins;
      f.func = func;
      f.pc = 0;
      f.sp = code.nlocalsplus;
    }
    const R = f.regs;
    if (kw === null && code.simpleArgs && args.length === code.argcount) {
      for (let i = 0; i < args.length; i++) R[i] = args[i];
    } else bindArgs(func, R, args, kw);
    if (code.hasCells) setupCells(f, func.closure);
    return f;
  }

  makeCodeRunFrame(run: CodeRun): Frame {
    const f = new Frame(run.code, run.globals, this.interp.builtins, run.locals, null);
    if (run.code.hasCells) setupCells(f, run.closure);
    return f;
  }

  /** Prepares a generator frame to be resumed with `value` (or `exc` thrown in); null if finished. */
  private prepareResume(g: PyGenerator, value: PyValue, exc: PyValue | null): Frame | null {
    if (g.running) throw pyValueError("generator already executing");
    if (g.finished) return null;
    const f = g.frame;
    if (f.pc === 0) {
      if (exc === null && value !== None) throw pyTypeError("can't send non-None value to a just-started generator");
    } else if (exc === null) {
      // next() of a `yield` statement: its POP_TOP would drop the None at once
      if (value === None && f.code.code[f.pc << 1] === Op.POP_TOP) f.pc++;
      else f.regs[f.sp++] = value;
    }
    g.running = true;
    const t = this.thread;
    g.outerExc = t.excInfo;
    t.excInfo = g.savedExc;
    return f;
  }

  private genFinishedError(exc: PyValue | null): unknown {
    return exc !== null ? exc : newException(Exc.StopIteration);
  }

  /** The generator frame stops running (yield or end): restore the thread's exception state. */
  private leaveGenerator(g: PyGenerator, t: PyThread, finished: boolean): void {
    g.running = false;
    g.savedExc = t.excInfo;
    t.excInfo = g.outerExc;
    if (finished) {
      g.finished = true;
      g.savedExc = None;
    }
  }

  // ---- natives ----------------------------------------------------------------------------------

  /**
   * Runs a generator native for frame `f` (whose pc/sp are saved). Returns `f` when it finished
   * at once (its result applied to f), or the frame to run next (a Python frame it called), or
   * null when the thread blocked.
   */
  private runNative(f: Frame, g: NativeGen, mode: NativeMode, jumpTarget = 0, jumpWhen = false): Frame | null {
    const r = g.next();
    if (r.done) {
      this.applyNativeResult(f, mode, r.value, jumpTarget, jumpWhen);
      return f;
    }
    const nf = new Frame(NATIVE_CODE, f.globals, f.builtins, null, null);
    nf.gen = g;
    nf.nativeMode = mode;
    nf.jumpTarget = jumpTarget;
    nf.jumpWhen = jumpWhen;
    nf.back = f;
    return this.handleRequest(nf, r.value);
  }

  /** Applies a native's result to the Python frame that started it. */
  private applyNativeResult(f: Frame, mode: NativeMode, v: PyValue, jumpTarget: number, jumpWhen: boolean): void {
    const R = f.regs;
    switch (mode) {
      case NativeMode.PUSH:
        R[f.sp++] = v;
        return;
      case NativeMode.DISCARD:
        return;
      case NativeMode.FOR_ITER:
        if (v === undefined) {
          f.sp--;
          f.pc = jumpTarget;
        } else R[f.sp++] = v;
        return;
      case NativeMode.JUMP_IF:
        if ((v as unknown as boolean) === jumpWhen) f.pc = jumpTarget;
        return;
      case NativeMode.SEND: {
        const res = v as unknown as { value: PyValue; done: boolean };
        if (res.done) {
          R[f.sp - 1] = res.value; // replaces the sub-iterator
          f.pc = jumpTarget;
        } else R[f.sp++] = res.value;
        return;
      }
      case NativeMode.BARRIER:
        R[f.sp++] = v;
        return;
    }
  }

  /** Services a request yielded by native frame nf; returns the next frame to run (or null: blocked). */
  private handleRequest(nf: Frame, req: Request): Frame | null {
    const t = this.thread;
    for (;;) {
      if (req instanceof DrainRequest || req instanceof SumRequest) {
        // run the generator to its end here, each yield appending to the frame's array
        // (or adding to its running total)
        let gf: Frame | null;
        try {
          gf = this.prepareResume(req.gen as PyGenerator, None, null);
          if (gf !== null) this.enterDepth(t, gf);
        } catch (e) {
          const r = this.throwIntoNative(nf, e);
          if (r.frame !== undefined) return r.frame;
          req = r.req!;
          continue;
        }
        if (gf === null) {
          const r = nf.gen!.next(req instanceof SumRequest ? req.start : ([] as unknown as PyValue));
          if (r.done) return this.completeNative(nf, r.value);
          req = r.value;
          continue;
        }
        gf.back = nf;
        if (req instanceof SumRequest) {
          gf.ret = Ret.SUM;
          gf.opOther = req.start;
        } else {
          gf.ret = Ret.DRAIN;
          gf.drain = genericArray([]);
        }
        t.frame = gf;
        return gf;
      }
      if (req instanceof CallRequest) {
        const fn = req.fn;
        let pf: Frame | null = null;
        try {
          if (fn instanceof PyFunction) {
            pf = this.makeFunctionFrame(fn, req.args, req.kwargs);
            if (pf.code.flags & GEN_FLAGS) {
              const gen = makeGenerator(pf, fn);
              pf = null;
              const r = nf.gen!.next(gen);
              if (r.done) return this.completeNative(nf, r.value);
              req = r.value;
              continue;
            }
          } else if (fn instanceof CodeRun) pf = this.makeCodeRunFrame(fn);
          else {
            // any other callable: run its call protocol as a nested native frame
            const g2 = callGen(fn, req.args, req.kwargs);
            const r2 = g2.next();
            if (r2.done) {
              const r = nf.gen!.next(r2.value);
              if (r.done) return this.completeNative(nf, r.value);
              req = r.value;
              continue;
            }
            const nf2 = new Frame(NATIVE_CODE, nf.globals, nf.builtins, null, null);
            nf2.gen = g2;
            nf2.back = nf;
            nf2.nativeMode = NativeMode.PUSH;
            nf = nf2;
            req = r2.value;
            continue;
          }
          this.enterDepth(t, pf);
        } catch (e) {
          const r = this.throwIntoNative(nf, e);
          if (r.frame !== undefined) return r.frame;
          req = r.req!;
          continue;
        }
        pf.back = nf;
        pf.ret = Ret.PUSH;
        t.frame = pf;
        return pf;
      }
      if (req instanceof ResumeRequest) {
        let gf: Frame | null;
        try {
          gf = this.prepareResume(req.gen as PyGenerator, req.value, req.exc);
          if (gf === null) {
            if (req.doneSentinel && req.exc === null) {
              const r = nf.gen!.next(GEN_DONE);
              if (r.done) return this.completeNative(nf, r.value);
              req = r.value;
              continue;
            }
            throw this.genFinishedError(req.exc);
          }
          this.enterDepth(t, gf);
        } catch (e) {
          const r = this.throwIntoNative(nf, e);
          if (r.frame !== undefined) return r.frame;
          req = r.req!;
          continue;
        }
        gf.back = nf;
        gf.ret = Ret.NATIVE_RESUME;
        gf.jumpWhen = req.doneSentinel;
        t.frame = gf;
        if (req.exc !== null) {
          this.pendingThrow = req.exc;
        }
        return gf;
      }
      if (req instanceof SuspendRequest) {
        if (t.nested > 0) {
          // inside a synchronous callback: the other threads run nested until this wait ends
          let v: PyValue;
          try {
            v = this.block(req);
          } catch (e) {
            const r = this.throwIntoNative(nf, e);
            if (r.frame !== undefined) return r.frame;
            req = r.req!;
            continue;
          }
          let r: IteratorResult<Request, PyValue>;
          try {
            r = nf.gen!.next(v);
          } catch (e) {
            return this.propagateFromNative(nf, e);
          }
          if (r.done) return this.completeNative(nf, r.value);
          req = r.value;
          continue;
        }
        t.frame = nf;
        t.state = ThreadState.BLOCKED;
        t.blockedOn = req;
        return null;
      }
      throw pySystemError("native yielded an unknown request");
    }
  }

  /** An exception to raise in the frame being entered (throw() into a generator). */
  private pendingThrow: PyValue | null = null;

  /** Throws into native nf: either it handles it (next request) or the exception moves on. */
  private throwIntoNative(nf: Frame, e: unknown): { frame?: Frame | null; req?: Request } {
    let r: IteratorResult<Request, PyValue>;
    try {
      r = nf.gen!.throw(e);
    } catch (e2) {
      return { frame: this.propagateFromNative(nf, e2) };
    }
    if (r.done) return { frame: this.completeNative(nf, r.value) };
    return { req: r.value };
  }

  /** A native frame finished with value v: hand it to its back frame. Returns the next frame. */
  private completeNative(nf: Frame, v: PyValue): Frame | null {
    const back = nf.back;
    if (back === null) {
      // the thread's entry native finished
      this.thread.frame = null;
      this.thread.result = v;
      return null;
    }
    if (back.gen !== null) return this.resumeNative(back, v);
    this.applyNativeResult(back, nf.nativeMode, v, nf.jumpTarget, nf.jumpWhen);
    this.thread.frame = back;
    return back;
  }

  /** Resumes native frame nf with a value. */
  private resumeNative(nf: Frame, v: PyValue): Frame | null {
    let r: IteratorResult<Request, PyValue>;
    try {
      r = nf.gen!.next(v);
    } catch (e) {
      return this.propagateFromNative(nf, e);
    }
    if (r.done) return this.completeNative(nf, r.value);
    return this.handleRequest(nf, r.value);
  }

  /** An exception escaped native nf: raise it in nf.back. */
  private propagateFromNative(nf: Frame, e: unknown): Frame | null {
    const back = nf.back;
    if (back === null) {
      this.thread.frame = null;
      this.thread.error = toPyException(e);
      return null;
    }
    this.thread.frame = back;
    if (back.gen !== null) {
      const r = this.throwIntoNative(back, e);
      if (r.frame !== undefined) return r.frame;
      return this.handleRequest(back, r.req!);
    }
    this.pendingException = e;
    return back;
  }

  /** An exception to raise in the current frame at the top of the loop (from a native). */
  private pendingException: unknown = NO_EXC;

  /** Raises `e` in the running thread as soon as the native now running returns (the thread
   *  interrupted itself: _thread.interrupt_main() called in the main thread). */
  raiseAfterNative(e: unknown): void {
    this.pendingException = e;
  }

  /** Resumes a thread blocked on a SuspendRequest (its native frame gets the outcome). */
  resumeBlocked(t: PyThread): Frame | null {
    const nf = t.frame!;
    t.blockedOn = null;
    t.state = ThreadState.RUNNABLE;
    if (t.hasResumeError) {
      const e = t.resumeError;
      t.hasResumeError = false;
      t.resumeError = undefined;
      const r = this.throwIntoNative(nf, e);
      if (r.frame !== undefined) return r.frame;
      return this.handleRequest(nf, r.req!);
    }
    const v = t.resumeValue === undefined ? None : t.resumeValue; // JS null passes through (io waits use it for "end")
    t.resumeValue = undefined;
    return this.resumeNative(nf, v);
  }

  // ---- the loop ---------------------------------------------------------------------------------

  /**
   * Runs thread t from t.frame until the thread finishes, blocks, or must switch. With a
   * barrier frame, returns DONE when that frame returns (value in barrierValue) and throws what
   * escapes it.
   */
  execute(t: PyThread, barrier: Frame | null = null): Outcome {
    this.thread = t;
    let f: Frame | null = barrier ?? t.frame;
    if (barrier) t.frame = barrier;
    if (f === null) return Outcome.DONE;
    if (f.gen !== null && barrier === null) {
      // resuming after a block
      f = this.resumeBlocked(t);
      // null: blocked again, or an entry native (callInMainThread) that finished at once
      if (f === null) return t.state === ThreadState.BLOCKED ? Outcome.BLOCKED : Outcome.DONE;
    }
    let pc = 0;
    let sp = 0;
    let ticks = this.ticks;
    // An instruction that runs the countdown out only sets these locals and goes to the clock
    // check, which saves pc/sp: a rare branch with a property store would be compiled by V8 as
    // "deoptimise here" if the optimising compiler had not seen it run yet.
    let tickOut = false;
    /** The pc an interrupt raised at the clock check belongs to (a loop's JUMP), or -1. */
    let tickPc = -1;
    // every way out goes through the one exit below the loop: an exit first taken after V8 has
    // optimised the loop (a slice's first SWITCH) would otherwise deoptimise it
    let outcome = Outcome.DONE;
    frameLoop: for (;;) {
      if (f === null) {
        outcome = t.state === ThreadState.BLOCKED ? Outcome.BLOCKED : Outcome.DONE;
        break;
      }
      try {
        t.frame = f;
        if (ticks <= 0) {
          if (tickOut) {
            tickOut = false;
            f.pc = pc;
            f.sp = sp;
          }
          ticks = CHECK_EVERY;
          // an interrupt tick() raises belongs to the instruction that ran the countdown out
          // (a loop's JUMP: inside the try around the loop), not to the one before f.pc
          pc = tickPc >= 0 ? tickPc : f.pc;
          tickPc = -1;
          sp = f.sp;
          if (this.tick(t, barrier)) {
            outcome = Outcome.SWITCH;
            break;
          }
        }
        if (this.pendingException !== NO_EXC || this.pendingThrow !== null) {
          pc = f.pc;
          sp = f.sp;
          if (this.enterPending(f)) continue frameLoop;
        }
        const code: CodeObject = f.code;
        const instrs: Int32Array = code.code;
        const R: any[] = f.regs;
        const consts = code.consts;
        const names = code.names;
        const caches = code.caches;
        pc = f.pc;
        sp = f.sp;
        for (;;) {
          const op = instrs[pc << 1];
          const arg: number = instrs[(pc << 1) + 1];
          pc++;
          // Only the fast paths of the common opcodes are here: `break` ends an instruction,
          // `break slow` hands it, untouched, to slowOp() (the general case, out of line: the
          // smaller this function, the sooner V8 has optimised it and the less it deoptimises).
          slow: {
            switch (op) {
              case Op.NOP:
                break;
              case Op.POP_TOP:
                R[--sp] = undefined;
                break;
              case Op.PUSH_NULL:
                R[sp++] = undefined;
                break;
              case Op.COPY:
                R[sp] = R[sp - arg];
                sp++;
                break;
              case Op.SWAP: {
                const tmp = R[sp - 1];
                R[sp - 1] = R[sp - arg];
                R[sp - arg] = tmp;
                break;
              }
              case Op.LOAD_CONST:
                R[sp++] = consts[arg];
                break;
              case Op.SWAP_STORE_FAST: {
                // `a, b = x, y` (or three): the values go straight to their locals, in the order
                // the stores would take them
                const p2 = pc << 1;
                const top = sp - arg;
                for (let i = 0; i < arg; i++) R[instrs[p2 + 1 + 2 * i]] = R[top + i];
                sp = top;
                pc += arg;
                break;
              }
              case Op.LOAD_FAST: {
                const v = R[arg];
                if (v === undefined) break slow;
                R[sp++] = v;
                break;
              }
              case Op.STORE_FAST:
                R[arg] = R[--sp];
                break;
              case Op.LOAD_DEREF: {
                const v = (R[arg] as PyCell).value;
                if (v === undefined) break slow;
                R[sp++] = v;
                break;
              }
              case Op.STORE_DEREF:
                (R[arg] as PyCell).value = R[--sp];
                break;
              case Op.LOAD_CLOSURE:
                R[sp++] = R[arg];
                break;
              case Op.LOAD_NAME: {
                const L = f.locals;
                if (L !== null && L.type !== dictTypeRef) break slow;
                const name = names[arg];
                // (the namespaces' maps directly: getStr/setStr calls were not inlined, 8% of a
                // module-level loop's profile; every store still bumps the dict's version)
                let v = L !== null ? L.map.get(name) : undefined;
                if (v === undefined) v = f.globals.map.get(name);
                if (v === undefined) v = f.builtins.map.get(name);
                if (v === undefined) break slow;
                R[sp++] = v;
                break;
              }
              case Op.STORE_GLOBAL: {
                const g = f.globals;
                g.version++;
                g.map.set(names[arg], R[--sp]);
                R[sp] = undefined;
                break;
              }
              case Op.STORE_NAME: {
                const ns = f.locals ?? f.globals;
                if (ns.type !== dictTypeRef) break slow;
                ns.version++;
                ns.map.set(names[arg], R[--sp]);
                R[sp] = undefined;
                break;
              }
              case Op.LOAD_GLOBAL: {
                const c = caches[pc - 1] as GlobalCache | undefined;
                const g = f.globals, bi = f.builtins;
                if (c !== undefined && c.globals === g && c.bver === bi.version) {
                  if (c.gver === g.version) {
                    R[sp++] = c.value;
                    break;
                  }
                  // the module changed (a `global` counter stored each iteration bumps it): a
                  // name found in the globals is as good, and the cache follows it
                  const v = g.map.get(names[arg]);
                  if (v !== undefined) {
                    c.value = v;
                    c.gver = g.version;
                    R[sp++] = v;
                    break;
                  }
                }
                break slow;
              }
              case Op.LOAD_ATTR: {
                const obj = R[sp - 1];
                if (!(obj instanceof PyInstance)) break slow;
                const t2 = obj.type;
                const c = caches[pc - 1] as AttrCache | undefined;
                if (c === undefined || c.type !== t2 || c.version !== t2.version) break slow;
                const kind = c.kind;
                if (kind === AttrKind.SLOT) {
                  // a __slots__ entry (unset: the general path raises)
                  if (obj.slots === null) break slow;
                  const v = obj.slots[(c.attr as PyMemberDescriptor).index];
                  if (v === undefined) break slow;
                  R[sp - 1] = v;
                  break;
                }
                if (kind !== AttrKind.DICT_OR_FUNC && kind !== AttrKind.PLAIN) break slow;
                // the instance dict first, then the class's function or plain value
                const d = obj.dict;
                const v = d !== null ? d.map.get(names[arg]) : undefined;
                if (v !== undefined) R[sp - 1] = v;
                else if (c.attr === undefined) break slow;
                else R[sp - 1] = kind === AttrKind.PLAIN ? c.attr : new PyMethod(c.attr, obj);
                break;
              }
              case Op.LOAD_METHOD: {
                const obj = R[sp - 1];
                let t2: PyType;
                let d: PyDict | null = null;
                if (obj instanceof PyInstance) {
                  t2 = obj.type;
                  d = obj.dict;
                } else if (obj instanceof PyObject) {
                  if (obj instanceof PyModule || obj instanceof PyType || obj instanceof PySuper) break slow;
                  // (native objects come in many classes: read through megamorphic sites)
                  t2 = anyType(obj);
                  d = anyDict(obj);
                } else t2 = typeOf(obj);
                const c = caches[pc - 1] as AttrCache | undefined;
                if (c === undefined || c.type !== t2 || c.version !== t2.version) break slow;
                const kind = c.kind;
                if ((kind !== AttrKind.DICT_OR_FUNC && kind !== AttrKind.NATIVE_METHOD) || c.attr === undefined) break slow;
                if (d !== null && d.map.has(names[arg])) break slow;
                // called as func(obj, ...): no bound method object
                R[sp - 1] = c.attr;
                R[sp++] = obj;
                break;
              }
              case Op.STORE_ATTR: {
                const obj = R[sp - 1];
                if (!(obj instanceof PyInstance)) break slow;
                const t2 = obj.type;
                const c = caches[pc - 1] as AttrCache | undefined;
                if (c === undefined || c.type !== t2 || c.version !== t2.version) break slow;
                const kind = c.kind;
                if (kind === AttrKind.SLOT) {
                  if (obj.slots === null) break slow;
                  obj.slots[(c.attr as PyMemberDescriptor).index] = R[sp - 2];
                } else if (kind === AttrKind.DICT_OR_FUNC || kind === AttrKind.PLAIN) {
                  // no data descriptor on the class: the value goes into the instance dict
                  const d = obj.dict;
                  if (d === null) break slow;
                  d.version++;
                  d.map.set(names[arg], R[sp - 2]);
                } else break slow;
                sp -= 2;
                break;
              }
              case Op.BINARY_SUBSCR: {
                const key = R[sp - 1];
                const obj = R[sp - 2];
                let v: PyValue | undefined;
                if (obj instanceof PyList && obj.type === listTypeRef && typeof key === "number") {
                  v = obj.items[key < 0 ? key + obj.items.length : key];
                } else if (obj instanceof PyDict && obj.type === dictTypeRef) {
                  v = obj.get(key);
                  // a plain dict has no __missing__ (and the key's __eq__ must not run twice)
                  if (v === undefined) throw newException(Exc.KeyError, key);
                } else if (obj instanceof PyTuple && obj.type === tupleTypeRef && typeof key === "number") {
                  v = obj.items[key < 0 ? key + obj.items.length : key];
                } else if (typeof obj === "string") {
                  v = strSubscript(obj, key);
                }
                // a miss (out of range, a missing key) raises on the general path
                if (v === undefined) break slow;
                sp--;
                R[sp - 1] = v;
                break;
              }
              case Op.STORE_SUBSCR: {
                const key = R[sp - 1];
                const obj = R[sp - 2];
                if (obj instanceof PyList && obj.type === listTypeRef && typeof key === "number") {
                  const items = obj.items;
                  const i = key < 0 ? key + items.length : key;
                  if (!(i >= 0 && i < items.length)) break slow;
                  items[i] = R[sp - 3];
                } else if (obj instanceof PyDict && obj.type === dictTypeRef) {
                  obj.set(key, R[sp - 3]);
                } else break slow;
                sp -= 3;
                break;
              }
              case Op.BINARY_OP:
              case Op.BINOP_FF:
              case Op.BINOP_SF:
              case Op.BINOP_FC:
              case Op.BINOP_SC:
              case Op.BINOP_CF: {
                // BINARY_OP, or a quickened LOAD_FAST/LOAD_CONST that starts `x OP y` (assemble.ts
                // quicken()): the operands come from the locals/consts and, when the arithmetic is
                // fast, the following instructions are skipped; otherwise the first instruction runs
                // as itself.
                let a: any, b: any, bop: number, skip: number, popped: number;
                if (op === Op.BINARY_OP) {
                  b = R[sp - 1];
                  a = R[sp - 2];
                  bop = arg;
                  skip = 0;
                  popped = 2;
                } else {
                  const p2 = pc << 1;
                  popped = 0;
                  if (op === Op.BINOP_FF) {
                    a = R[arg];
                    b = R[instrs[p2 + 1]];
                    bop = instrs[p2 + 3];
                    skip = 2;
                  } else if (op === Op.BINOP_SF) {
                    a = R[sp - 1];
                    b = R[arg];
                    bop = instrs[p2 + 1];
                    skip = 1;
                    popped = 1;
                  } else if (op === Op.BINOP_FC) {
                    a = R[arg];
                    b = consts[instrs[p2 + 1]];
                    bop = instrs[p2 + 3];
                    skip = 2;
                  } else if (op === Op.BINOP_SC) {
                    a = R[sp - 1];
                    b = consts[arg];
                    bop = instrs[p2 + 1];
                    skip = 1;
                    popped = 1;
                  } else {
                    a = consts[arg];
                    b = R[instrs[p2 + 1]];
                    bop = instrs[p2 + 3];
                    skip = 2;
                  }
                }
                // past the BINARY_OP already: a ZeroDivisionError from the fast paths is its
                pc += skip;
                const res = binaryFastPath(a, b, bop);
                if (res === undefined) {
                  if (op === Op.BINARY_OP) break slow;
                  pc -= skip;
                  // not a fast case: the quickened instruction runs as the load it is
                  const v = op === Op.BINOP_SF || op === Op.BINOP_SC ? b : a;
                  if (v === undefined) break slow;
                  R[sp++] = v;
                  break;
                }
                sp -= popped;
                R[sp++] = res;
                // int `x += 1` may lose the GIL between its read and its write, as in CPython's teaching examples
                if (bop === 13 && typeof res === "number" && --ticks <= 0) {
                  tickOut = true;
                  continue frameLoop;
                }
                break;
              }
              case Op.UNARY_NEGATIVE:
              case Op.UNARY_NOT: {
                const v = R[sp - 1];
                if (op === Op.UNARY_NEGATIVE) {
                  if (typeof v !== "number") break slow;
                  R[sp - 1] = 0 - v;
                  break;
                }
                const tv = v === true || v === false ? v : truthFast(v);
                if (tv === undefined) break slow;
                R[sp - 1] = !tv;
                break;
              }
              case Op.COMPARE_OP: {
                const b = R[sp - 1];
                const a = R[sp - 2];
                let x: number, y: number;
                if (typeof a === "number" && typeof b === "number") {
                  x = a;
                  y = b;
                } else if (a instanceof PyFloat && a.type === floatTypeRef && b instanceof PyFloat && b.type === floatTypeRef) {
                  x = a.value;
                  y = b.value;
                } else break slow;
                sp--;
                R[sp - 1] = numCompare(x, y, arg);
                break;
              }
              case Op.CMPJ_FF:
              case Op.CMPJ_SF:
              case Op.CMPJ_FC:
              case Op.CMPJ_SC: {
                // a quickened load that starts `x CMP y` followed by POP_JUMP_IF_FALSE/TRUE
                let a: any, b: any, p3: number, skip: number, fromStack: boolean;
                const p2 = pc << 1;
                if (op === Op.CMPJ_FF) {
                  a = R[arg];
                  b = R[instrs[p2 + 1]];
                  p3 = p2 + 2;
                  skip = 3;
                  fromStack = false;
                } else if (op === Op.CMPJ_SF) {
                  a = R[sp - 1];
                  b = R[arg];
                  p3 = p2;
                  skip = 2;
                  fromStack = true;
                } else if (op === Op.CMPJ_FC) {
                  a = R[arg];
                  b = consts[instrs[p2 + 1]];
                  p3 = p2 + 2;
                  skip = 3;
                  fromStack = false;
                } else {
                  a = R[sp - 1];
                  b = consts[arg];
                  p3 = p2;
                  skip = 2;
                  fromStack = true;
                }
                const x = typeof a === "number" ? a : a instanceof PyFloat && a.type === floatTypeRef ? a.value : undefined;
                const y = typeof b === "number" ? b : b instanceof PyFloat && b.type === floatTypeRef ? b.value : undefined;
                if (x !== undefined && y !== undefined) {
                  if (fromStack) sp--;
                  if (numCompare(x, y, instrs[p3 + 1]) === (instrs[p3 + 2] === Op.POP_JUMP_IF_TRUE)) pc = instrs[p3 + 3];
                  else pc += skip;
                  break;
                }
                // not a fast case: the quickened instruction runs as the load it is
                const v = fromStack ? b : a;
                if (v === undefined) break slow;
                R[sp++] = v;
                break;
              }
              case Op.LOAD_FAST_LOAD_FAST: {
                const v = R[arg];
                if (v === undefined) break slow;
                R[sp++] = v;
                const w = R[instrs[(pc << 1) + 1]];
                if (w !== undefined) {
                  R[sp++] = w;
                  pc++;
                }
                break;
              }
              case Op.STORE_FAST_LOAD_FAST: {
                R[arg] = R[--sp];
                const w = R[instrs[(pc << 1) + 1]];
                if (w !== undefined) {
                  R[sp++] = w;
                  pc++;
                }
                break;
              }
              case Op.IS_OP: {
                const b = R[--sp];
                R[sp - 1] = (R[sp - 1] === b) !== (arg === 1);
                break;
              }
              case Op.CONTAINS_OP: {
                const container = R[sp - 1];
                const item = R[sp - 2];
                let found: boolean;
                if (container instanceof PyDict && container.type === dictTypeRef) found = container.has(item);
                else if (typeof container === "string" && typeof item === "string") found = container.includes(item);
                else break slow;
                sp--;
                R[sp - 1] = found !== (arg === 1);
                break;
              }
              case Op.JUMP:
                if (--ticks <= 0) {
                  tickPc = pc;
                  pc = arg;
                  tickOut = true;
                  continue frameLoop;
                }
                pc = arg;
                break;
              case Op.POP_JUMP_IF_FALSE:
              case Op.POP_JUMP_IF_TRUE: {
                const v = R[sp - 1];
                const tv = v === true || v === false ? v : truthFast(v);
                if (tv === undefined) break slow;
                sp--;
                if (tv === (op === Op.POP_JUMP_IF_TRUE)) pc = arg;
                break;
              }
              case Op.JUMP_IF_FALSE_OR_POP:
              case Op.JUMP_IF_TRUE_OR_POP: {
                const v = R[sp - 1];
                const tv = v === true || v === false ? v : truthFast(v);
                if (tv === undefined) break slow;
                if (tv === (op === Op.JUMP_IF_TRUE_OR_POP)) pc = arg;
                else sp--;
                break;
              }
              case Op.POP_JUMP_IF_NONE:
                if (R[--sp] === None) pc = arg;
                break;
              case Op.POP_JUMP_IF_NOT_NONE:
                if (R[--sp] !== None) pc = arg;
                break;
              case Op.GET_ITER: {
                const v = R[sp - 1];
                if (v instanceof PyList && v.type === listTypeRef) {
                  R[sp - 1] = new ArrayIterator(v.items, listIteratorType, v);
                  break;
                }
                if (v instanceof NativeIterator) break;
                break slow;
              }
              case Op.FOR_ITER: {
                // `below` is computed on every step: the exhausted branch, which V8 first meets in
                // optimised code, then does no arithmetic or store of its own (either would
                // deoptimise the loop); the dead slot keeps the iterator until the next push
                const below = sp - 1;
                const it = R[below];
                if (it instanceof NativeIterator) {
                  // range and list iterators inline; the other classes through a megamorphic call
                  // (each new iterator class at a polymorphic site deoptimised the loop)
                  const v = it instanceof RangeIterator ? it.nextValue() : it instanceof ArrayIterator ? it.nextValue() : nextOfAny(it);
                  if (v === undefined) {
                    sp = below;
                    pc = arg;
                  } else R[sp++] = v;
                  break;
                }
                if (!(it instanceof PyGenerator)) break slow;
                // a generator's frame runs above this one; its yield pushes here, its return jumps
                f.pc = pc;
                f.sp = sp;
                const gf = this.prepareResume(it, None, null);
                if (gf === null) {
                  f.sp = --sp;
                  pc = arg;
                  break;
                }
                this.enterDepth(t, gf);
                gf.back = f;
                gf.ret = Ret.FOR_ITER;
                gf.jumpTarget = arg;
                f = gf;
                continue frameLoop;
              }
              case Op.KW_NAMES:
                f.kwnames = consts[arg] as PyTuple;
                break;
              case Op.CALL: {
                // Python function, positional arguments: the fast path
                if (f.kwnames !== null) break slow;
                const base = sp - arg - 2;
                let callable = R[base];
                let argStart: number;
                let nargs: number;
                if (callable === undefined) {
                  callable = R[base + 1];
                  argStart = base + 2;
                  nargs = arg;
                  if (callable instanceof PyMethod) {
                    // a bound method (`m = obj.meth; m(x)`): its function and self take the two
                    // slots, as after LOAD_METHOD
                    R[base] = callable = callable.func;
                    R[base + 1] = (R[base + 1] as PyMethod).self;
                    argStart = base + 1;
                    nargs = arg + 1;
                  }
                } else {
                  argStart = base + 1;
                  nargs = arg + 1;
                }
                if (callable instanceof PyFunction) {
                  const fcode = callable.code;
                  const argc = fcode.argcount;
                  if (!fcode.simpleArgs || (nargs !== argc && !(nargs < argc && nargs >= argc - defaultCount(callable))) || fcode.flags & GEN_FLAGS) break slow;
                  let nf = fcode.framePool.pop() as Frame | undefined;
                  if (nf === undefined) nf = new Frame(fcode, callable.globals, f.builtins, null, callable);
                  else {
                    nf.globals = callable.globals;
                    nf.builtins = f.builtins;
                    nf.func = callable;
                    nf.pc = 0;
                    nf.sp = fcode.nlocalsplus;
                  }
                  const NR = nf.regs;
                  for (let i = 0; i < nargs; i++) NR[i] = R[argStart + i];
                  if (nargs < argc) fillDefaults(NR, callable, nargs);
                  if (fcode.hasCells) setupCells(nf, callable.closure);
                  f.pc = pc;
                  f.sp = base;
                  if (++t.depth > this.interp.recursionLimit) {
                    t.depth--;
                    sp = base;
                    throw pyRecursionError("maximum recursion depth exceeded");
                  }
                  nf.back = f;
                  f = nf;
                  ticks--;
                  continue frameLoop;
                }
                if (callable instanceof PyBuiltinFunction) {
                  // a native (or a native method after LOAD_METHOD), positional arguments
                  const args = R.slice(argStart, sp);
                  f.pc = pc;
                  f.sp = sp;
                  let r: PyValue | undefined;
                  if (!callable.isGen) r = (callable.fn as PlainNative)(args, null);
                  else {
                    // a generator native's synchronous first try, if it has one
                    if (callable.fast === null) break slow;
                    r = callable.fast(args, null);
                    if (r === undefined) break slow;
                  }
                  for (let i = base; i < sp; i++) R[i] = undefined;
                  sp = base;
                  R[sp++] = r;
                  break;
                }
                if (!(callable instanceof PyType && callable.type === typeType)) break slow;
                // a class whose instances come from object.__new__ and a Python __init__
                f.pc = pc;
                const nf = this.initFrame(f, callable, R, argStart, nargs, base, sp);
                if (nf === undefined) break slow;
                sp = base;
                f = nf;
                ticks--;
                continue frameLoop;
              }
              case Op.BUILD_TUPLE: {
                const items = arg === 0 ? null : R.slice(sp - arg, sp);
                sp -= arg;
                R[sp++] = items === null ? EMPTY_TUPLE : new PyTuple(items);
                break;
              }
              case Op.BUILD_LIST: {
                const items = R.slice(sp - arg, sp);
                sp -= arg;
                R[sp++] = new PyList(items);
                break;
              }
              case Op.BUILD_STRING: {
                let s = "";
                for (let i = sp - arg; i < sp; i++) s += R[i] as string;
                sp -= arg;
                R[sp++] = s;
                break;
              }
              case Op.LIST_APPEND: {
                const v = R[--sp];
                (R[sp - arg] as PyList).items.push(v);
                break;
              }
              case Op.UNPACK_SEQUENCE: {
                const seq = R[sp - 1];
                if (!((seq instanceof PyTuple || seq instanceof PyList) && seq.type.isBuiltin && seq.items.length === arg)) break slow;
                const items = seq.items;
                sp--;
                for (let i = arg - 1; i >= 0; i--) R[sp++] = items[i];
                break;
              }
              case Op.FORMAT_VALUE: {
                if (arg !== 0) break slow;
                const v = R[sp - 1];
                if (typeof v === "number") R[sp - 1] = String(v);
                else if (typeof v !== "string") break slow;
                break;
              }
              case Op.RETURN_VALUE: {
                const v = R[--sp];
                f.sp = sp;
                const back: Frame | null = f.back;
                const ret = f.ret;
                if (f.generator === null) t.depth--;
                if (back !== null && back.gen === null && f.generator === null) {
                  // to a Python caller: a call's value, the instance after its __init__ returned
                  // None, an operator method's result other than NotImplemented
                  const out: PyValue | undefined =
                    ret === Ret.PUSH ? v
                    : ret === Ret.INIT ? (v === None ? f.initSelf! : undefined)
                    : (ret === Ret.BINOP || ret === Ret.COMPARE) && v !== NotImplemented ? v
                    : undefined;
                  if (out !== undefined) {
                    f.back = null;
                    back.regs[back.sp++] = out;
                    if (!f.escaped && f.locals === null) recycleFrame(f);
                    f = back;
                    continue frameLoop;
                  }
                }
                const nx = this.finishFrame(f, v);
                if (nx === undefined) {
                  break frameLoop;
                }
                f = nx;
                continue frameLoop;
              }
              case Op.YIELD_VALUE: {
                const ret = f.ret;
                if (ret === Ret.DRAIN) {
                  // collected for a native's DrainRequest: go straight on, as if next() sent None
                  f.drain!.push(R[sp - 1]);
                  R[sp - 1] = None;
                  break;
                }
                // summed by sum() as it goes
                if (ret === Ret.SUM && sumYield(f, R, sp)) break;
                if (ret === Ret.FOR_ITER && arg === 0 && !(code.flags & CO_ASYNC_GENERATOR)) {
                  // to the loop that resumed it: the value lands on the loop's stack
                  const v = R[--sp];
                  f.pc = pc;
                  f.sp = sp;
                  t.depth--;
                  this.leaveGenerator(f.generator!, t, false);
                  const back = f.back!;
                  f.back = null;
                  back.regs[back.sp++] = v;
                  f = back;
                  continue frameLoop;
                }
                break slow;
              }
              case Op.BEFORE_WITH: {
                // a native context manager seen here before (a lock): __enter__ called directly,
                // the bound __exit__ pushed below its result
                const mgr = R[sp - 1];
                if (!(mgr instanceof PyObject)) break slow;
                const c = caches[pc - 1] as WithCache | undefined;
                const mt = mgr.type;
                if (c === undefined || c.type !== mt || c.version !== mt.version || mgr.dict !== null) break slow;
                const r = c.enter(mgr);
                if (r === undefined) break slow;
                R[sp - 1] = new PyMethod(c.exit, mgr);
                R[sp++] = r;
                break;
              }
              case Op.WITH_EXIT_NONE: {
                // exit(None, None, None) of a with-block left normally, the result dropped: a
                // native __exit__ runs without the CALL (and its argument array); else LOAD_CONST
                const ex = R[sp - 1];
                if (ex instanceof PyMethod && consts[arg] === None) {
                  const fn = ex.func;
                  if (fn instanceof PyBuiltinFunction && fn.exitFast !== null) {
                    fn.exitFast(ex.self);
                    R[--sp] = undefined;
                    pc += 4;
                    break;
                  }
                }
                R[sp++] = consts[arg];
                break;
              }
              case Op.PUSH_EXC_INFO: {
                const e = R[sp - 1];
                R[sp - 1] = t.excInfo;
                R[sp++] = e;
                t.excInfo = e;
                break;
              }
              case Op.POP_EXCEPT:
                t.excInfo = R[--sp];
                R[sp] = undefined;
                break;
              default:
                break slow;
            }
            continue;
          }
          f.pc = pc;
          f.sp = sp;
          const nx = this.slowOp(f, op, arg);
          if (nx !== f || this.pendingException !== NO_EXC) {
            if (nx === undefined) {
              break frameLoop;
            }
            f = nx;
            continue frameLoop;
          }
          pc = f.pc;
          sp = f.sp;
        }
      } catch (err) {
        if (f === null) throw err;
        f.pc = pc;
        f.sp = sp;
        const reraise = this.reraising;
        this.reraising = false;
        const nx = this.unwind(t, f, err, reraise, barrier);
        if (nx === undefined) {
          break;
        }
        f = nx;
      }
    }
    this.ticks = ticks;
    return outcome;
  }

  /** A pending exception or generator throw() at the top of the frame loop: throws it, or, for
   *  a generator suspended in `yield from`, hands it to the sub-iterator (true: run f again). */
  private enterPending(f: Frame): boolean {
    if (this.pendingException !== NO_EXC) {
      const e = this.pendingException;
      this.pendingException = NO_EXC;
      throw e;
    }
    const e = this.pendingThrow!;
    this.pendingThrow = null;
    const pc = f.pc;
    const ins = f.code.code;
    if (pc >= 2 && ins[(pc - 1) << 1] === Op.YIELD_VALUE && ins[((pc - 1) << 1) + 1] === 1) {
      // suspended in `yield from`: the sub-iterator gets the exception first
      f.sendThrow = e;
      f.pc = pc - 2;
      f.regs[f.sp++] = None;
      return true;
    }
    throw e;
  }

  /**
   * The general case of an instruction whose fast path in execute() did not apply (or that has
   * none), run from f.pc (past the instruction) and f.sp (its operands still on the stack).
   * Returns the frame to go on with: f itself when the instruction is done (f.pc/f.sp updated),
   * another frame when one must run, undefined when the run is over (Outcome.DONE).
   */
  private slowOp(f: Frame, op: number, arg: number): Frame | null | undefined {
    const t = this.thread;
    const code = f.code;
    const R: any[] = f.regs;
    const names = code.names;
    const caches = code.caches;
    let pc = f.pc;
    let sp = f.sp;
    switch (op) {
      case Op.LOAD_FAST:
      case Op.LOAD_FAST_LOAD_FAST:
      case Op.BINOP_FF:
      case Op.BINOP_SF:
      case Op.BINOP_FC:
      case Op.CMPJ_FF:
      case Op.CMPJ_SF:
      case Op.CMPJ_FC:
        // execute() only gets here for a local that is unbound
        throw pyUnboundLocalError(code.varnames[arg]);
      case Op.DELETE_FAST:
        if (R[arg] === undefined) throw pyUnboundLocalError(code.varnames[arg]);
        R[arg] = undefined;
        break;
      case Op.LOAD_DEREF:
        throw unboundDeref(code, arg);
      case Op.LOAD_NAME: {
        const name = names[arg];
        const L = f.locals;
        if (L !== null && L.type !== dictTypeRef) {
          // a custom namespace (__prepare__): its __getitem__ decides
          return this.runNative(f, loadNameGen(f, L, name), NativeMode.PUSH);
        }
        let v = L !== null ? L.getStr(name) : undefined;
        if (v === undefined) v = f.globals.getStr(name);
        if (v === undefined) v = f.builtins.getStr(name);
        if (v === undefined) throw pyNameError(name);
        R[sp++] = v;
        break;
      }
      case Op.STORE_NAME: {
        const ns = f.locals ?? f.globals;
        const v = R[--sp];
        f.sp = sp;
        return this.runNative(f, setItemGen(ns, names[arg], v) as unknown as NativeGen, NativeMode.DISCARD);
      }
      case Op.LOAD_GLOBAL: {
        const c = caches[pc - 1] as GlobalCache | undefined;
        const g = f.globals, bi = f.builtins;
        const name = names[arg];
        let v = g.map.get(name);
        if (v === undefined) {
          v = bi.map.get(name);
          if (v === undefined) throw pyNameError(name);
        }
        if (c === undefined) caches[pc - 1] = new GlobalCache(g, v);
        else {
          c.globals = g;
          c.value = v;
          c.gver = g.version;
        }
        (caches[pc - 1] as GlobalCache).bver = bi.version;
        R[sp++] = v;
        break;
      }
      case Op.STORE_GLOBAL:
        f.globals.setStr(names[arg], R[--sp]);
        break;
      case Op.LOAD_ATTR: {
        const obj = R[sp - 1];
        const name = names[arg];
        if (obj instanceof PyInstance) {
          const t2 = obj.type;
          let c = caches[pc - 1] as AttrCache | undefined;
          if (c === undefined || c.type !== t2 || c.version !== t2.version) c = caches[pc - 1] = new AttrCache(t2, name);
          const kind = c.kind;
          if (kind === AttrKind.SLOT) {
            // a __slots__ entry (unset: the generic path raises)
            if (obj.slots !== null) {
              const v = obj.slots[(c.attr as PyMemberDescriptor).index];
              if (v !== undefined) {
                R[sp - 1] = v;
                break;
              }
            }
          } else if (kind === AttrKind.PROPERTY) {
            // a data descriptor: its getter runs as a frame whose result lands here
            const fget = (c.attr as PyProperty).fget;
            if (fget instanceof PyFunction) {
              R[--sp] = undefined;
              f.pc = pc;
              f.sp = sp;
              return this.callValue(f, fget, [obj], null);
            }
          } else if (kind !== AttrKind.GENERIC && kind !== AttrKind.NATIVE_METHOD) {
            // non-data descriptors and plain class values: the instance dict first
            const d = obj.dict;
            const v = d !== null ? d.map.get(name) : undefined;
            if (v !== undefined) {
              R[sp - 1] = v;
              break;
            }
            const attr = c.attr;
            if (kind === AttrKind.DICT_OR_FUNC) {
              if (attr !== undefined) {
                R[sp - 1] = new PyMethod(attr, obj);
                break;
              }
            } else if (kind === AttrKind.PLAIN) {
              R[sp - 1] = attr;
              break;
            } else if (kind === AttrKind.STATIC) {
              R[sp - 1] = (attr as PyStaticMethod).func;
              break;
            } else if ((attr as PyClassMethod).func instanceof PyFunction) {
              R[sp - 1] = new PyMethod((attr as PyClassMethod).func, t2);
              break;
            }
          }
        } else if (obj instanceof PyModule) {
          const v = obj.dict.map.get(name);
          if (v !== undefined) {
            R[sp - 1] = v;
            break;
          }
        } else if (obj instanceof PyType) {
          let c = caches[pc - 1] as ClassAttrCache | undefined;
          if (!(c instanceof ClassAttrCache) || c.cls !== obj || c.version !== obj.version) c = caches[pc - 1] = new ClassAttrCache(obj, name);
          if (c.kind === ClassAttrKind.VALUE) {
            R[sp - 1] = c.value;
            break;
          }
          if (c.kind === ClassAttrKind.CLASSMETHOD) {
            R[sp - 1] = new PyMethod(c.value!, obj);
            break;
          }
        } else if (obj instanceof PyObject && obj.dict == null) {
          // a native method of a builtin object read as a value (`lock.__exit__`, `[].append`)
          const t2 = typeOf(obj);
          let c = caches[pc - 1] as AttrCache | undefined;
          if (c === undefined || c.type !== t2 || c.version !== t2.version) c = caches[pc - 1] = new AttrCache(t2, name);
          if (c.kind === AttrKind.NATIVE_METHOD) {
            R[sp - 1] = new PyMethod(c.attr!, obj);
            break;
          }
        }
        sp--;
        f.pc = pc;
        f.sp = sp;
        return this.runNative(f, getAttrGen(obj, name), NativeMode.PUSH);
      }
      case Op.LOAD_METHOD: {
        const obj = R[sp - 1];
        const name = names[arg];
        // instances (the common case) skip the checks for modules, classes and super objects
        if (obj instanceof PyInstance) {
          // (the attribute cache below)
        } else if (obj instanceof PyModule) {
          const v = obj.dict.map.get(name);
          if (v !== undefined) {
            R[sp - 1] = undefined;
            R[sp++] = v;
            break;
          }
        } else if (obj instanceof PyType) {
          let c = caches[pc - 1] as ClassAttrCache | undefined;
          if (!(c instanceof ClassAttrCache) || c.cls !== obj || c.version !== obj.version) c = caches[pc - 1] = new ClassAttrCache(obj, name);
          if (c.kind === ClassAttrKind.VALUE) {
            R[sp - 1] = undefined;
            R[sp++] = c.value;
            break;
          }
          if (c.kind === ClassAttrKind.CLASSMETHOD) {
            // called as func(cls, ...): no bound method object
            R[sp - 1] = c.value;
            R[sp++] = obj;
            break;
          }
        } else if (obj instanceof PySuper && obj.type === superTypeRef) {
          // super().method(...): the function and the instance, no bound method
          const fn = superMethod(obj, name);
          if (fn !== undefined) {
            R[sp - 1] = fn;
            R[sp++] = obj.obj;
            break;
          }
        }
        const t2 = typeOf(obj);
        let c = caches[pc - 1] as AttrCache | undefined;
        if (c === undefined || c.type !== t2 || c.version !== t2.version) c = caches[pc - 1] = new AttrCache(t2, name);
        const kind = c.kind;
        if (kind !== AttrKind.GENERIC) {
          const attr = c.attr;
          if (kind === AttrKind.SLOT) {
            if (obj instanceof PyInstance && obj.slots !== null) {
              const v = obj.slots[(attr as PyMemberDescriptor).index];
              if (v !== undefined) {
                R[sp - 1] = undefined;
                R[sp++] = v;
                break;
              }
            }
          } else if (kind === AttrKind.PROPERTY) {
            const fget = (attr as PyProperty).fget;
            if (fget instanceof PyFunction) {
              R[sp - 1] = undefined;
              f.pc = pc;
              f.sp = sp;
              return this.callValue(f, fget, [obj], null);
            }
          } else {
            const d = typeof obj === "object" ? obj.dict : null;
            const v = d !== null ? d.map.get(name) : undefined;
            if (v !== undefined) {
              R[sp - 1] = undefined;
              R[sp++] = v;
              break;
            }
            if (kind === AttrKind.DICT_OR_FUNC || kind === AttrKind.NATIVE_METHOD) {
              if (attr !== undefined) {
                R[sp - 1] = attr;
                R[sp++] = obj;
                break;
              }
            } else if (kind === AttrKind.PLAIN) {
              R[sp - 1] = undefined;
              R[sp++] = attr;
              break;
            } else if (kind === AttrKind.STATIC) {
              R[sp - 1] = undefined;
              R[sp++] = (attr as PyStaticMethod).func;
              break;
            } else if ((attr as PyClassMethod).func instanceof PyFunction) {
              R[sp - 1] = (attr as PyClassMethod).func;
              R[sp++] = t2;
              break;
            }
          }
        }
        R[sp - 1] = undefined;
        f.pc = pc;
        f.sp = sp;
        return this.runNative(f, getAttrGen(obj, name), NativeMode.PUSH);
      }
      case Op.STORE_ATTR: {
        const obj = R[--sp];
        const v = R[--sp];
        const name = names[arg];
        if (obj instanceof PyInstance) {
          const t2 = obj.type;
          let c = caches[pc - 1] as AttrCache | undefined;
          if (c === undefined || c.type !== t2 || c.version !== t2.version) c = caches[pc - 1] = new AttrCache(t2, name);
          const kind = c.kind;
          if (kind === AttrKind.SLOT) {
            if (obj.slots !== null) {
              obj.slots[(c.attr as PyMemberDescriptor).index] = v;
              break;
            }
          } else if (kind !== AttrKind.GENERIC && kind !== AttrKind.PROPERTY && kind !== AttrKind.NATIVE_METHOD) {
            // no data descriptor on the class: the value goes into the instance dict
            const d = obj.dict;
            if (d !== null) {
              d.version++;
              d.map.set(name, v);
              break;
            }
          }
        }
        f.pc = pc;
        f.sp = sp;
        return this.runNative(f, setAttrGen(obj, name, v) as unknown as NativeGen, NativeMode.DISCARD);
      }
      case Op.BINARY_SUBSCR: {
        const key = R[--sp];
        const obj = R[sp - 1];
        if (obj instanceof PyList && obj.type === listTypeRef && typeof key === "number") {
          throw newException(Exc.IndexError, "list index out of range");
        }
        if (obj instanceof PyDict && obj.type.lookup("__getitem__") === dictGetItem) {
          // a dict subclass with dict's own __getitem__ (defaultdict, Counter …)
          const v = obj.get(key);
          if (v !== undefined) {
            R[sp - 1] = v;
            break;
          }
          const missing = obj.type === dictTypeRef ? undefined : obj.type.lookup("__missing__");
          if (missing === undefined) throw newException(Exc.KeyError, key);
          if (missing instanceof PyFunction) {
            sp--;
            f.pc = pc;
            f.sp = sp;
            R[sp] = undefined;
            return this.callValue(f, missing, [obj, key], null);
          }
        } else if (obj instanceof PyTuple && obj.type === tupleTypeRef && typeof key === "number") {
          throw newException(Exc.IndexError, "tuple index out of range");
        } else if (typeof obj === "string" && typeof key === "number" && obj.length < 256 && !SURROGATES.test(obj)) {
          const i = key < 0 ? key + obj.length : key;
          if (i >= 0 && i < obj.length) {
            R[sp - 1] = obj[i];
            break;
          }
          throw newException(Exc.IndexError, "string index out of range");
        }
        // a type whose __getitem__ is a plain native: call it directly (no generators)
        const gi = typeOf(obj).lookup("__getitem__");
        if (gi instanceof PyBuiltinFunction && !gi.isGen) {
          R[sp - 1] = (gi.fn as PlainNative)([obj, key], null);
          break;
        }
        sp--;
        f.pc = pc;
        f.sp = sp;
        if (gi instanceof PyFunction && obj instanceof PyInstance) {
          // a Python __getitem__: its frame's result lands on this stack
          R[sp] = undefined;
          return this.callValue(f, gi, [obj, key], null);
        }
        return this.runNative(f, getItemGen(obj, key), NativeMode.PUSH);
      }
      case Op.STORE_SUBSCR: {
        const key = R[--sp];
        const obj = R[--sp];
        const v = R[--sp];
        if (obj instanceof PyList && obj.type === listTypeRef && typeof key === "number") {
          throw newException(Exc.IndexError, "list assignment index out of range");
        }
        if (obj instanceof PyDict && obj.type.lookup("__setitem__") === dictSetItem) {
          obj.set(key, v);
          break;
        }
        f.pc = pc;
        f.sp = sp;
        if (obj instanceof PyInstance) {
          const si = obj.type.lookup("__setitem__");
          if (si instanceof PyFunction && !(si.code.flags & GEN_FLAGS)) {
            const nf = this.makeFunctionFrame(si, [obj, key, v], null);
            this.enterDepth(t, nf);
            nf.back = f;
            nf.ret = Ret.DISCARD;
            return nf;
          }
        }
        return this.runNative(f, setItemGen(obj, key, v) as unknown as NativeGen, NativeMode.DISCARD);
      }
      case Op.BINARY_OP: {
        // the fast cases (binaryFastPath) did not apply
        const b = R[--sp];
        const a = R[--sp];
        const base = arg >= 13 ? arg - 13 : arg;
        if (typeof a === "bigint" || typeof b === "bigint" || typeof a === "number") {
          const r = binaryFast(a, b, base);
          if (r !== undefined) {
            R[sp++] = r;
            break;
          }
        }
        f.pc = pc;
        f.sp = sp;
        if (a instanceof PyInstance) {
          const nf = this.binaryDunder(f, a, b, arg);
          if (nf !== undefined) return nf;
        }
        const g = arg >= 13 ? inplaceOpGen(a, b, base) : binaryOpGen(a, b, arg);
        return this.runNative(f, g, NativeMode.PUSH);
      }
      case Op.UNARY_NEGATIVE:
      case Op.UNARY_POSITIVE:
      case Op.UNARY_INVERT:
      case Op.UNARY_NOT: {
        const v = R[--sp];
        const which = op - Op.UNARY_NEGATIVE;
        if (typeof v === "number" && which !== 3) {
          R[sp++] = which === 0 ? 0 - v : which === 1 ? v : -v - 1;
          break;
        }
        f.pc = pc;
        f.sp = sp;
        return this.runNative(f, unaryOpGen(v, which), NativeMode.PUSH);
      }
      case Op.COMPARE_OP: {
        const b = R[--sp];
        const a = R[sp - 1];
        if (a instanceof PyInstance) {
          f.pc = pc;
          f.sp = sp - 1;
          const nf = this.compareDunder(f, a, b, arg);
          if (nf !== undefined) {
            R[--sp] = undefined;
            return nf;
          }
        }
        if (a instanceof PyTuple && b instanceof PyTuple && a.type === tupleTypeRef && b.type === tupleTypeRef) {
          const r = plainTupleCompare(a, b, arg);
          if (r !== undefined) {
            R[sp - 1] = r;
            break;
          }
        }
        const fast = compareFast(a, b, arg);
        if (fast !== undefined) {
          R[sp - 1] = fast;
          break;
        }
        sp--;
        f.pc = pc;
        f.sp = sp;
        return this.runNative(f, richCompareGen(a, b, arg), NativeMode.PUSH);
      }
      case Op.CONTAINS_OP: {
        const container = R[--sp];
        const item = R[--sp];
        if ((container instanceof PyList && container.type === listTypeRef) || (container instanceof PyTuple && container.type === tupleTypeRef)) {
          const found = plainContains(container.items, item);
          if (found !== undefined) {
            R[sp++] = found !== (arg === 1);
            break;
          }
        } else if (container instanceof PySet && container.type.isBuiltin && (typeof item === "string" || typeof item === "number")) {
          R[sp++] = container.has(item) !== (arg === 1);
          break;
        }
        f.pc = pc;
        f.sp = sp;
        const g = arg === 1 ? notGen(containsGen(container, item)) : (containsGen(container, item) as unknown as NativeGen);
        return this.runNative(f, g, NativeMode.PUSH);
      }
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE: {
        const v = R[--sp];
        f.pc = pc;
        f.sp = sp;
        return this.runNative(f, isTrueGen(v) as unknown as NativeGen, NativeMode.JUMP_IF, arg, op === Op.POP_JUMP_IF_TRUE);
      }
      case Op.JUMP_IF_FALSE_OR_POP:
      case Op.JUMP_IF_TRUE_OR_POP: {
        const v = R[sp - 1];
        f.pc = pc;
        f.sp = sp;
        if (this.syncTruth(v) === (op === Op.JUMP_IF_TRUE_OR_POP)) pc = arg;
        else sp--;
        break;
      }
      case Op.GET_ITER: {
        const v = R[sp - 1];
        if (v instanceof PyGenerator && v.type === generatorType) {
          // a generator made by the call just before (`for x in gen():`) belongs to the loop
          const ins = code.code;
          if (pc >= 2 && ins[(pc - 2) << 1] === Op.CALL && v.frame.pc === 0) v.loopOwned = true;
          break;
        }
        sp--;
        f.pc = pc;
        f.sp = sp;
        return this.runNative(f, getIterGen(v), NativeMode.PUSH);
      }
      case Op.FOR_ITER:
        // neither a TypeScript iterator nor a generator: next() the general way
        return this.runNative(f, nextGen(R[sp - 1]) as NativeGen, NativeMode.FOR_ITER, arg);
      case Op.CALL: {
        const kwnames = f.kwnames;
        f.kwnames = null;
        const base = sp - arg - 2;
        let callable = R[base];
        let argStart: number;
        if (callable === undefined) {
          callable = R[base + 1];
          argStart = base + 2;
        } else argStart = base + 1;
        let args: PyValue[];
        if (callable instanceof PyMethod) {
          // a bound method (a stored `obj.meth`, a with-block's __exit__): self first,
          // without shifting the arguments along afterwards
          args = [callable.self];
          for (let i = argStart; i < sp; i++) args.push(R[i]);
          callable = callable.func;
        } else args = R.slice(argStart, sp);
        for (let i = base; i < sp; i++) R[i] = undefined;
        sp = base;
        f.pc = pc;
        f.sp = sp;
        let kw: KwArgs = null;
        if (kwnames !== null) {
          const kn = kwnames.items as string[];
          kw = new Map();
          const off = args.length - kn.length;
          for (let i = 0; i < kn.length; i++) kw.set(kn[i], args[off + i]);
          args.length = off;
        }
        return this.callValue(f, callable, args, kw);
      }
      case Op.UNPACK_SEQUENCE: {
        const seq = R[--sp];
        if ((seq instanceof PyTuple || seq instanceof PyList) && seq.type.isBuiltin) throw unpackError(seq.items.length, arg, false);
        f.pc = pc;
        f.sp = sp;
        return this.runNative(f, unpackGen(f, seq, arg, -1), NativeMode.DISCARD);
      }
      case Op.FORMAT_VALUE: {
        const spec = arg & 4 ? (R[--sp] as string) : "";
        const v = R[--sp];
        const conv = arg & 3;
        if (conv === 0 && spec === "") {
          if (typeof v === "string") {
            R[sp++] = v;
            break;
          }
          if (typeof v === "number") {
            R[sp++] = String(v);
            break;
          }
        } else if (conv === 0) {
          f.pc = pc;
          f.sp = sp;
          const r = formatSpecFast(v, spec);
          if (r !== undefined) {
            R[sp++] = r;
            break;
          }
        }
        f.pc = pc;
        f.sp = sp;
        return this.runNative(f, formatValueGen(v, conv, spec), NativeMode.PUSH);
      }
      case Op.YIELD_VALUE:
        return this.yieldSlow(f, arg);
      default:
        return this.coldOp(f, op, arg);
    }
    f.pc = pc;
    f.sp = sp;
    return f;
  }

  /** A `yield` that does not go straight back to a for loop or sum(): send(), a native's next()
   *  (sum()'s first item it cannot add), a nested run, an async generator. undefined: the nested
   *  run is over (Outcome.DONE). */
  private yieldSlow(f: Frame, arg: number): Frame | null | undefined {
    const t = this.thread;
    const R: any[] = f.regs;
    let sp = f.sp;
    let v = R[--sp];
    // an async generator's own `yield` (not an await passing through) is marked for asend()
    if (arg === 0 && f.code.flags & CO_ASYNC_GENERATOR) v = new AsyncGenValue(v);
    f.sp = sp;
    const g = f.generator!;
    t.depth--;
    this.leaveGenerator(g, t, false);
    const back = f.back!;
    f.back = null;
    const ret = f.ret;
    if (ret === Ret.FOR_ITER || ret === Ret.SEND) {
      back.regs[back.sp++] = v;
      return back;
    }
    if (ret === Ret.BARRIER) {
      this.barrierValue = v;
      t.frame = back;
      return undefined;
    }
    // resumed by a native
    t.frame = back;
    return this.resumeNative(back, v);
  }

  /**
   * The `__init__` frame (Ret.INIT, on a new object.__new__ instance) for a call of cls with the
   * positional arguments R[argStart..argStart+nargs), when cls has object.__new__ and a Python
   * __init__ that takes them; the caller's stack R[base..sp) is then cleared. Else undefined.
   * (Kept out of execute(): V8 compiles that one big function faster the smaller it is.)
   */
  private initFrame(f: Frame, cls: PyType, R: any[], argStart: number, nargs: number, base: number, sp: number): Frame | undefined {
    let ic = cls.instCache as InstCache | null;
    if (ic === null || ic.version !== cls.version) cls.instCache = ic = new InstCache(cls);
    if (ic.kind !== 1) return undefined;
    const init = ic.init as PyFunction;
    const fcode = init.code;
    const argc = fcode.argcount;
    if (!fcode.simpleArgs || fcode.flags & GEN_FLAGS) return undefined;
    if (nargs + 1 !== argc && !(nargs + 1 < argc && nargs + 1 >= argc - defaultCount(init))) return undefined;
    f.sp = sp;
    const obj = newInstanceChecked(cls);
    let nf = fcode.framePool.pop() as Frame | undefined;
    if (nf === undefined) nf = new Frame(fcode, init.globals, f.builtins, null, init);
    else {
      nf.globals = init.globals;
      nf.builtins = f.builtins;
      nf.func = init;
      nf.pc = 0;
      nf.sp = fcode.nlocalsplus;
    }
    const NR = nf.regs;
    NR[0] = obj;
    for (let i = 0; i < nargs; i++) NR[i + 1] = R[argStart + i];
    if (nargs + 1 < argc) fillDefaults(NR, init, nargs + 1);
    for (let i = base; i < sp; i++) R[i] = undefined;
    f.sp = base;
    if (fcode.hasCells) setupCells(nf, init.closure);
    const t = this.thread;
    if (++t.depth > this.interp.recursionLimit) {
      t.depth--;
      throw pyRecursionError("maximum recursion depth exceeded");
    }
    nf.back = f;
    nf.ret = Ret.INIT;
    nf.initSelf = obj;
    return nf;
  }

  /**
   * a OP b (bop ≥ 13: a OP= b) where a's class defines the operator as a Python function: the
   * method runs as a frame (Ret.BINOP). undefined when the generic protocol must decide (the
   * right operand's reflected method may go first, or there is an in-place method).
   */
  private binaryDunder(f: Frame, a: PyInstance, b: PyValue, bop: number): Frame | undefined {
    const ta = a.type;
    const op = bop >= 13 ? bop - 13 : bop;
    if (bop >= 13 && ta.lookup(BINOP_IDUNDER[op]) !== undefined) return undefined;
    const tb = typeOf(b);
    if (tb !== ta && tb.isSubtypeOf(ta)) return undefined;
    const fn = ta.lookup(BINOP_DUNDER[op]);
    if (!(fn instanceof PyFunction) || fn.code.flags & GEN_FLAGS) return undefined;
    return this.operatorFrame(f, fn, a, b, bop, Ret.BINOP);
  }

  /** a CMP b where a's class defines the comparison as a Python function (Ret.COMPARE). */
  private compareDunder(f: Frame, a: PyInstance, b: PyValue, op: number): Frame | undefined {
    const ta = a.type;
    const tb = typeOf(b);
    if (tb !== ta && tb.isSubtypeOf(ta)) return undefined;
    const fn = ta.lookup(CMP_DUNDER[op]);
    if (!(fn instanceof PyFunction) || fn.code.flags & GEN_FLAGS) return undefined;
    return this.operatorFrame(f, fn, a, b, op, Ret.COMPARE);
  }

  private operatorFrame(f: Frame, fn: PyFunction, a: PyValue, b: PyValue, op: number, ret: Ret): Frame {
    const nf = this.makeFunctionFrame(fn, [a, b], null);
    this.enterDepth(this.thread, nf);
    nf.back = f;
    nf.ret = ret;
    nf.initSelf = a;
    nf.opOther = b;
    nf.jumpTarget = op;
    return nf;
  }

  /** The opcodes off the hot path, kept out of execute() so that V8 optimises the loop better. */
  private coldOp(f: Frame, op: number, arg: number): Frame | null {
    const t = this.thread;
    const code = f.code;
    const R: any[] = f.regs;
    const names = code.names;
    let pc = f.pc;
    let sp = f.sp;
    switch (op) {
    case Op.DELETE_DEREF: {
      const cell = R[arg] as PyCell;
      if (cell.value === undefined) throw unboundDeref(code, arg);
      cell.value = undefined;
      break;
    }
    case Op.LOAD_CLASSDEREF: {
      const name = derefName(code, arg);
      const fromLocals = f.locals?.getStr(name);
      if (fromLocals !== undefined) {
        R[sp++] = fromLocals;
        break;
      }
      const v = (R[arg] as PyCell).value;
      if (v === undefined) throw unboundDeref(code, arg);
      R[sp++] = v;
      break;
    }
    case Op.DELETE_NAME: {
      const ns = f.locals ?? f.globals;
      if (ns.type !== dictTypeRef) {
        f.pc = pc;
        f.sp = sp;
        return this.runNative(f, deleteNameGen(ns, names[arg]), NativeMode.DISCARD);
      }
      if (!ns.deleteStr(names[arg])) throw pyNameError(names[arg]);
      break;
    }
    case Op.DELETE_GLOBAL:
      if (!f.globals.deleteStr(names[arg])) throw pyNameError(names[arg]);
      break;
    case Op.DELETE_ATTR: {
      const obj = R[--sp];
      f.pc = pc;
      f.sp = sp;
      const nx = this.runNative(f, delAttrGen(obj, names[arg]) as unknown as NativeGen, NativeMode.DISCARD);
      return nx;
    }
    case Op.DELETE_SUBSCR: {
      const key = R[--sp];
      const obj = R[--sp];
      f.pc = pc;
      f.sp = sp;
      const nx = this.runNative(f, delItemGen(obj, key) as unknown as NativeGen, NativeMode.DISCARD);
      return nx;
    }
    case Op.CALL_FUNCTION_EX: {
      const kwargs = arg & 1 ? R[--sp] : null;
      const argsTuple = R[--sp] as PyTuple;
      const callable = R[--sp];
      sp--; // NULL
      R[sp] = R[sp + 1] = R[sp + 2] = R[sp + 3] = undefined;
      f.pc = pc;
      f.sp = sp;
      let kw: KwArgs = null;
      if (kwargs !== null) {
        kw = new Map();
        for (const [k, v] of (kwargs as PyDict).entries()) kw.set(k as string, v);
      }
      const nx = this.callValue(f, callable, argsTuple.items.slice(), kw);
      return nx;
    }
    case Op.MAKE_FUNCTION: {
      const fcode = R[--sp] as CodeObject;
      const closure = arg & 8 ? ((R[--sp] as PyTuple).items as PyCell[]) : null;
      const annotations = arg & 4 ? (R[--sp] as PyDict) : null;
      const kwdefaults = arg & 2 ? (R[--sp] as PyDict) : null;
      const defaults = arg & 1 ? (R[--sp] as PyTuple).items : null;
      const fn = new PyFunction(fcode, f.globals, fcode.name, fcode.qualname, defaults, kwdefaults, closure, f.globals.getStr("__name__") ?? None, fcode.doc ?? None);
      if (annotations) fn.annotations = annotations;
      R[sp++] = fn;
      break;
    }
    case Op.BUILD_SET: {
      const items = R.slice(sp - arg, sp);
      sp -= arg;
      const s = newSet();
      for (const x of items) s.add(x);
      R[sp++] = s;
      break;
    }
    case Op.BUILD_MAP: {
      const d = new PyDict();
      const start = sp - 2 * arg;
      for (let i = start; i < sp; i += 2) d.set(R[i], R[i + 1]);
      sp = start;
      R[sp++] = d;
      break;
    }
    case Op.BUILD_CONST_KEY_MAP: {
      const keys = (R[--sp] as PyTuple).items;
      const d = new PyDict();
      const start = sp - arg;
      for (let i = 0; i < arg; i++) d.set(keys[i], R[start + i]);
      sp = start;
      R[sp++] = d;
      break;
    }
    case Op.BUILD_SLICE: {
      const step = arg === 3 ? R[--sp] : None;
      const stop = R[--sp];
      const start = R[--sp];
      R[sp++] = newSlice(start, stop, step);
      break;
    }
    case Op.SET_ADD: {
      const v = R[--sp];
      setAdd(R[sp - arg], v);
      break;
    }
    case Op.MAP_ADD: {
      const v = R[--sp];
      const k = R[--sp];
      (R[sp - arg] as PyDict).set(k, v);
      break;
    }
    case Op.LIST_EXTEND:
    case Op.SET_UPDATE: {
      const iterable = R[--sp];
      const target = R[sp - arg];
      if (iterable instanceof PyList || iterable instanceof PyTuple) {
        if (op === Op.LIST_EXTEND) (target as PyList).items.push(...iterable.items);
        else for (const x of iterable.items) setAdd(target, x);
        break;
      }
      f.pc = pc;
      f.sp = sp;
      // f(*x) alone (NULL, callable, [] below; the list becomes the call's tuple): a
      // non-iterable x is reported against the callee, as CPython's CALL_FUNCTION_EX does
      const ops = f.code.code, nextOp = ops[pc << 1], thenOp = ops[(pc + 1) << 1];
      const callee = op === Op.LIST_EXTEND && arg === 1 && sp >= 3 && R[sp - 3] === undefined && R[sp - 2] !== undefined &&
        (target as PyList).items.length === 0 && nextOp === Op.LIST_TO_TUPLE &&
        (thenOp === Op.CALL_FUNCTION_EX || thenOp === Op.BUILD_MAP) ? R[sp - 2] : undefined;
      const nx = this.runNative(f, extendGen(target, iterable, op === Op.SET_UPDATE, callee), NativeMode.DISCARD);
      return nx;
    }
    case Op.DICT_UPDATE:
    case Op.DICT_MERGE: {
      const src = R[--sp];
      const target = R[sp - arg] as PyDict;
      f.pc = pc;
      f.sp = sp;
      const fnObj = op === Op.DICT_MERGE ? R[sp - arg - 2] : null;
      const nx = this.runNative(f, mappingMerge(target, src, op === Op.DICT_MERGE, fnObj), NativeMode.DISCARD);
      return nx;
    }
    case Op.LIST_TO_TUPLE:
      R[sp - 1] = new PyTuple((R[sp - 1] as PyList).items);
      break;
    case Op.UNPACK_EX: {
      const seq = R[--sp];
      f.pc = pc;
      f.sp = sp;
      const nx = this.runNative(f, unpackGen(f, seq, arg & 0xff, arg >> 8), NativeMode.DISCARD);
      return nx;
    }
    case Op.END_FOR: {
      // leaving a for loop early: a generator only the loop referenced is closed now, as
      // CPython's reference counting would
      const it = R[--sp];
      R[sp] = undefined;
      if (it instanceof PyGenerator && it.loopOwned && !it.finished && it.frame.pc > 0) {
        f.pc = pc;
        f.sp = sp;
        const close = typeOf(it).lookup("close")!;
        const nx = this.runNative(f, callGen(close, [it]), NativeMode.DISCARD);
        if (nx !== f) return nx;
        sp = f.sp;
      }
      break;
    }
    case Op.GET_AWAITABLE: {
      const v = R[sp - 1];
      if (v instanceof PyGenerator && v.type === coroutineType) break;
      sp--;
      f.pc = pc;
      f.sp = sp;
      const nx = this.runNative(f, awaitableGen(v), NativeMode.PUSH);
      return nx;
    }
    case Op.BEFORE_ASYNC_WITH: {
      const mgr = R[--sp];
      f.pc = pc;
      f.sp = sp;
      const nx = this.runNative(f, beforeAsyncWithGen(f, mgr), NativeMode.PUSH);
      return nx;
    }
    case Op.GET_AITER: {
      const v = R[--sp];
      f.pc = pc;
      f.sp = sp;
      const nx = this.runNative(f, asyncIterGen(v, "__aiter__"), NativeMode.PUSH);
      return nx;
    }
    case Op.GET_ANEXT: {
      const v = R[sp - 1];
      f.pc = pc;
      f.sp = sp;
      const nx = this.runNative(f, asyncIterGen(v, "__anext__"), NativeMode.PUSH);
      return nx;
    }
    case Op.END_ASYNC_FOR: {
      const e = R[--sp];
      if (isExc(e, Exc.StopAsyncIteration)) {
        R[--sp] = undefined;
        break;
      }
      f.pc = pc;
      f.sp = sp;
      this.reraising = true;
      throw e;
    }
    case Op.GET_YIELD_FROM_ITER: {
      const v = R[sp - 1];
      if (v instanceof PyGenerator) break;
      sp--;
      f.pc = pc;
      f.sp = sp;
      const nx = this.runNative(f, getIterGen(v), NativeMode.PUSH);
      return nx;
    }
    case Op.SEND: {
      const v = R[--sp];
      const sub = R[sp - 1];
      f.pc = pc;
      f.sp = sp;
      const thrown = f.sendThrow;
      f.sendThrow = null;
      if (sub instanceof PyGenerator) {
        const gf = this.prepareResume(sub, v, thrown);
        if (gf === null) {
          if (thrown !== null) throw thrown;
          R[sp - 1] = None;
          pc = arg;
          break;
        }
        this.enterDepth(t, gf);
        gf.back = f;
        gf.ret = Ret.SEND;
        gf.jumpTarget = arg;
        if (thrown !== null) this.pendingThrow = thrown;
        return gf;
      }
      const nx = this.runNative(f, sendGen(sub, v, thrown), NativeMode.SEND, arg);
      return nx;
    }
    case Op.RAISE_VARARGS: {
      f.pc = pc;
      f.sp = sp;
      if (arg === 0) {
        const cur = t.excInfo;
        if (cur === None) throw pyRuntimeError("No active exception to reraise");
        this.reraising = true;
        throw cur;
      }
      const cause = arg === 2 ? R[--sp] : undefined;
      const excArg = R[--sp];
      f.sp = sp;
      // `raise instance`: nothing to call
      if (cause === undefined && excArg instanceof PyBaseException) throw excArg;
      const nx = this.runNative(f, raiseGen(excArg, cause), NativeMode.DISCARD);
      return nx;
    }
    case Op.RERAISE: {
      const e = R[--sp];
      f.pc = pc;
      f.sp = sp;
      this.reraising = true;
      throw e;
    }
    case Op.CHECK_EXC_MATCH: {
      const typ = R[--sp];
      const e = R[sp - 1];
      R[sp++] = excMatches(e, typ);
      break;
    }
    case Op.CHECK_EG_MATCH: {
      const typ = R[--sp];
      const e = R[sp - 1];
      R[sp++] = excMatches(e, typ);
      break;
    }
    case Op.WITH_EXCEPT_START: {
      // [exit, lasti, prev, exc] → call exit(type, exc, tb)
      const e = R[sp - 1] as PyBaseException;
      const exit = R[sp - 4];
      f.pc = pc;
      f.sp = sp;
      const tb = e instanceof PyBaseException && e.traceback ? e.traceback : None;
      const nx = this.runNative(f, callGen(exit, [typeOf(e), e, tb]), NativeMode.PUSH);
      return nx;
    }
    case Op.BEFORE_WITH: {
      const mgr = R[--sp];
      f.pc = pc;
      f.sp = sp;
      // a native context manager (a lock …): no generator chain, exit bound directly
      const mt = typeOf(mgr);
      const enter = mt.lookup("__enter__");
      const exit = mt.lookup("__exit__");
      if (enter instanceof PyBuiltinFunction && enter.binds && exit instanceof PyBuiltinFunction && exit.binds && mt.fastAttr && (mgr as PyObject).dict == null) {
        withCacheFor(code.caches, pc - 1, mt, enter, exit);
        R[f.sp++] = new PyMethod(exit, mgr);
        if (!enter.isGen) {
          R[f.sp++] = (enter.fn as PlainNative)([mgr], null);
          return f;
        }
        if (enter.fast !== null) {
          const r = enter.fast([mgr], null);
          if (r !== undefined) {
            R[f.sp++] = r;
            return f;
          }
        }
        return this.runNative(f, (enter.fn as GenNative)([mgr], null), NativeMode.PUSH);
      }
      // a class with Python __enter__/__exit__ (a Condition …): both are looked up on the type,
      // as CPython does; __enter__ runs as a frame, no generator chain
      if (enter instanceof PyFunction && exit instanceof PyFunction) {
        R[f.sp++] = new PyMethod(exit, mgr);
        return this.callValue(f, enter, [mgr], null);
      }
      const nx = this.runNative(f, beforeWithGen(f, mgr), NativeMode.PUSH);
      return nx;
    }
    case Op.LOAD_ASSERTION_ERROR:
      R[sp++] = Exc.AssertionError;
      break;
    case Op.IMPORT_NAME: {
      const fromlist = R[--sp];
      const level = R[--sp] as number;
      f.pc = pc;
      f.sp = sp;
      const nx = this.runNative(f, this.interp.importer.importNameGen(names[arg], f.globals, fromlist, level), NativeMode.PUSH);
      return nx;
    }
    case Op.IMPORT_FROM: {
      const mod = R[sp - 1];
      f.pc = pc;
      f.sp = sp;
      const nx = this.runNative(f, this.interp.importer.importFromGen(mod, names[arg]), NativeMode.PUSH);
      return nx;
    }
    case Op.IMPORT_STAR: {
      const mod = R[--sp];
      f.pc = pc;
      f.sp = sp;
      const nx = this.runNative(f, this.interp.importer.importStarGen(mod, f.locals ?? f.globals), NativeMode.DISCARD);
      return nx;
    }
    case Op.LOAD_BUILD_CLASS: {
      const bc = f.builtins.getStr("__build_class__");
      if (bc === undefined) throw newException(Exc.NameError, "__build_class__ not found");
      R[sp++] = bc;
      break;
    }
    case Op.SETUP_ANNOTATIONS: {
      const ns = f.locals ?? f.globals;
      if (ns.getStr("__annotations__") === undefined) ns.setStr("__annotations__", new PyDict());
      break;
    }
    case Op.MATCH_CLASS: {
      const kwd = R[--sp] as PyTuple;
      const cls = R[--sp];
      const subj = R[--sp];
      f.pc = pc;
      f.sp = sp;
      const nx = this.runNative(f, matchClassGen(subj, cls, arg, kwd.items as string[]), NativeMode.PUSH);
      return nx;
    }
    case Op.MATCH_MAPPING:
      R[sp] = isMappingForMatch(R[sp - 1]);
      sp++;
      break;
    case Op.MATCH_SEQUENCE:
      R[sp] = isSequenceForMatch(R[sp - 1]);
      sp++;
      break;
    case Op.MATCH_KEYS: {
      const keys = R[sp - 1] as PyTuple;
      const subj = R[sp - 2];
      f.pc = pc;
      f.sp = sp;
      const nx = this.runNative(f, matchKeysGen(subj, keys.items), NativeMode.PUSH);
      return nx;
    }
    case Op.GET_LEN: {
      const v = R[sp - 1];
      if (typeof v === "string") R[sp++] = strLen(v);
      else if ((v instanceof PyList || v instanceof PyTuple)) R[sp++] = v.items.length;
      else if (v instanceof PyDict) R[sp++] = v.size;
      else {
        f.pc = pc;
        f.sp = sp;
        const nx = this.runNative(f, lenOfGen(v), NativeMode.PUSH);
        if (nx !== f) return nx;
        sp = f.sp;
      }
      break;
    }
    case Op.COPY_DICT_WITHOUT_KEYS: {
      const keys = (R[--sp] as PyTuple).items;
      const subj = R[sp - 1];
      const d = new PyDict();
      if (subj instanceof PyDict) for (const [k, v] of subj.entries()) d.set(k, v);
      for (const k of keys) d.delete(k);
      R[sp++] = d;
      break;
    }
    case Op.PRINT_EXPR: {
      const v = R[--sp];
      f.pc = pc;
      f.sp = sp;
      const hook = this.interp.sysModule.dict.getStr("displayhook");
      if (hook === undefined) throw pyRuntimeError("lost sys.displayhook");
      const nx = this.runNative(f, callGen(hook, [v]), NativeMode.DISCARD);
      return nx;
    }
    case Op.LOAD_LOCALS:
      R[sp++] = f.locals ?? f.globals;
      break;

      default:
        throw pySystemError(`unknown opcode ${op}`);
    }
    f.pc = pc;
    f.sp = sp;
    return f;
  }

  /** The periodic check: pending interrupts (raised here) and whether to give up the GIL. */
  private tick(t: PyThread, barrier: Frame | null): boolean {
    if (t.pendingInterrupt !== undefined) {
      const e = t.pendingInterrupt;
      t.pendingInterrupt = undefined;
      throw e;
    }
    return t.nested === 0 && barrier === null && this.shouldSwitch();
  }

  /** Truth of a value whose type has a Python __bool__/__len__, synchronously. */
  private syncTruth(v: PyValue): boolean {
    const g = isTrueGen(v);
    let r = g.next();
    while (!r.done) {
      const req = r.value;
      let res: PyValue;
      try {
        if (req instanceof CallRequest) res = req.fn instanceof PyFunction ? this.callPython(req.fn, req.args, req.kwargs) : (req.fn as never);
        else throw pyRuntimeError("cannot block here");
      } catch (e) {
        r = g.throw(e);
        continue;
      }
      r = g.next(res);
    }
    return r.value;
  }

  /**
   * A callable that isn't a simple Python function: classes, bound methods, natives, objects
   * with __call__. Returns f when done at once (result pushed), else the frame to run.
   */
  private callValue(f: Frame, callable: PyValue, args: PyValue[], kw: KwArgs): Frame | null {
    const t = this.thread;
    for (;;) {
      if (callable instanceof PyBuiltinFunction) {
        if (!callable.isGen) {
          f.regs[f.sp++] = (callable.fn as PlainNative)(args, kw);
          return f;
        }
        if (callable.fast !== null) {
          const r = callable.fast(args, kw);
          if (r !== undefined) {
            f.regs[f.sp++] = r;
            return f;
          }
        }
        return this.runNative(f, (callable.fn as GenNative)(args, kw), NativeMode.PUSH);
      }
      if (callable instanceof PyFunction) {
        const nf = this.makeFunctionFrame(callable, args, kw);
        if (nf.code.flags & GEN_FLAGS) {
          f.regs[f.sp++] = makeGenerator(nf, callable);
          return f;
        }
        this.enterDepth(t, nf);
        nf.back = f;
        return nf;
      }
      if (callable instanceof PyMethod) {
        args.unshift(callable.self);
        callable = callable.func;
        continue;
      }
      if (callable instanceof PyType && callable.type === typeType) {
        // str(x), int(x), float(x) … of plain values, without the generic type call
        if (callable.isBuiltin && args.length === 1 && kw === null) {
          const r = quickTypeCall(callable, args[0]);
          if (r !== undefined) {
            f.regs[f.sp++] = r;
            return f;
          }
        }
        // class instantiation: object.__new__ + a Python __init__ runs as a frame
        let ic = callable.instCache as InstCache | null;
        if (ic === null || ic.version !== callable.version) callable.instCache = ic = new InstCache(callable);
        const initFn = ic.init;
        if (ic.kind === 1) {
          const obj = newInstanceChecked(callable);
          args.unshift(obj);
          const nf = this.makeFunctionFrame(initFn as PyFunction, args, kw);
          this.enterDepth(t, nf);
          nf.back = f;
          nf.ret = Ret.INIT;
          nf.initSelf = obj;
          return nf;
        }
        if (ic.kind === 2) {
          if (args.length || (kw && kw.size)) throw pyTypeError(`${callable.name}() takes no arguments`);
          f.regs[f.sp++] = newInstanceChecked(callable);
          return f;
        }
        if (ic.kind === 3 && kw === null) {
          // type.__call__ with natives that need no Python code: no generators
          const obj = ((ic.newFn as PyBuiltinFunction).fn as PlainNative)([callable, ...args], kw);
          if (typeOf(obj) !== callable) return this.runNative(f, initOtherGen(callable, obj, args, kw), NativeMode.PUSH);
          const r = ((ic.init as PyBuiltinFunction).fn as PlainNative)([obj, ...args], kw);
          if (r !== None) throw pyTypeError(`__init__() should return None, not '${typeName(r)}'`);
          f.regs[f.sp++] = obj;
          return f;
        }
      }
      if (callable instanceof PyObject) {
        return this.runNative(f, callGen(callable, args, kw), NativeMode.PUSH);
      }
      throw notCallable(callable);
    }
  }

  /** A Python frame returned v in a non-simple way. Returns the next frame, or undefined to stop. */
  private finishFrame(f: Frame, v: PyValue): Frame | null | undefined {
    const t = this.thread;
    const back = f.back;
    f.back = null;
    const g = f.generator;
    if (g !== null) {
      t.depth--;
      this.leaveGenerator(g, t, true);
      f.regs.fill(undefined);
    }
    switch (f.ret) {
      case Ret.PUSH:
        if (back === null) {
          t.frame = null;
          t.result = v;
          return undefined;
        }
        if (g === null && !f.escaped && f.locals === null) recycleFrame(f);
        if (back.gen !== null) {
          t.frame = back;
          return this.resumeNative(back, v);
        }
        back.regs[back.sp++] = v;
        return back;
      case Ret.FOR_ITER:
        back!.regs[--back!.sp] = undefined;
        back!.pc = f.jumpTarget;
        return back;
      case Ret.SEND:
        back!.regs[back!.sp - 1] = v;
        back!.pc = f.jumpTarget;
        return back;
      case Ret.INIT: {
        const obj = f.initSelf!;
        if (g === null && !f.escaped && f.locals === null) recycleFrame(f);
        if (v !== None) {
          t.frame = back;
          this.pendingException = pyTypeError(`__init__() should return None, not '${typeName(v)}'`);
          return back;
        }
        back!.regs[back!.sp++] = obj;
        return back;
      }
      case Ret.BARRIER:
        this.barrierValue = v;
        t.frame = back;
        if (g !== null) throw v === None ? newException(Exc.StopIteration) : newException(Exc.StopIteration, v);
        return undefined;
      case Ret.NATIVE_RESUME: {
        t.frame = back;
        if (f.jumpWhen) return this.resumeNative(back!, GEN_DONE);
        const stop = v === None ? newException(Exc.StopIteration) : newException(Exc.StopIteration, v);
        const r = this.throwIntoNative(back!, stop);
        if (r.frame !== undefined) return r.frame;
        return this.handleRequest(back!, r.req!);
      }
      case Ret.DISCARD:
        return back;
      case Ret.DRAIN: {
        const items = f.drain!;
        f.drain = null;
        t.frame = back;
        return this.resumeNative(back!, items as unknown as PyValue);
      }
      case Ret.SUM: {
        const total = f.opOther!;
        f.opOther = null;
        t.frame = back;
        return this.resumeNative(back!, total);
      }
      case Ret.BINOP:
      case Ret.COMPARE: {
        const a = f.initSelf!, b = f.opOther!, op = f.jumpTarget, ret = f.ret;
        if (g === null && !f.escaped && f.locals === null) recycleFrame(f);
        t.frame = back;
        if (v !== NotImplemented) {
          back!.regs[back!.sp++] = v;
          return back;
        }
        try {
          return this.runNative(back!, ret === Ret.BINOP ? binaryAfterLeftGen(a, b, op) : compareAfterLeftGen(a, b, op), NativeMode.PUSH);
        } catch (e) {
          this.pendingException = e;
          return back;
        }
      }
    }
    return back;
  }

  /**
   * An exception was raised in frame f (pc saved). Finds a handler in f or its callers.
   * Returns the frame to continue in, or undefined when the thread (or barrier run) ended.
   */
  private unwind(t: PyThread, f: Frame, err: unknown, reraise: boolean, barrier: Frame | null): Frame | null | undefined {
    let exc = toPyException(err);
    if (!reraise) this.setContext(t, exc);
    let first = true;
    let cur: Frame | null = f;
    while (cur !== null) {
      if (cur.gen !== null) {
        // a native frame: throw into it
        const r = this.throwIntoNativeRaw(cur, exc);
        if (r.kind === "handled") return r.frame;
        exc = toPyException(r.error);
        cur = cur.back;
        t.frame = cur;
        if (cur === null) {
          // the thread's entry native let it through: the thread ends with it
          t.error = exc;
          return undefined;
        }
        first = false;
        continue;
      }
      if (!(reraise && first)) {
        cur.escaped = true;
        // frames of stdlib code standing in for CPython's C functions stay out of tracebacks
        if (!hiddenCodes.has(cur.code)) exc.traceback = new PyTraceback(cur.code, cur.lasti, cur.code.lineOf(cur.lasti), exc.traceback, cur as unknown as PyValue);
      }
      const h = findHandler(cur.code, cur.lasti);
      if (h >= 0) {
        const tab = cur.code.exceptionTable;
        const depth = tab[h + 3];
        const R = cur.regs;
        const base = cur.code.nlocalsplus + depth;
        for (let i = base; i < cur.sp; i++) R[i] = undefined;
        cur.sp = base;
        if (tab[h + 4]) R[cur.sp++] = cur.lasti;
        R[cur.sp++] = exc;
        cur.pc = tab[h + 2];
        t.frame = cur;
        return cur;
      }
      // no handler here: the frame ends
      const back: Frame | null = cur.back;
      const g = cur.generator;
      cur.back = null;
      if (g !== null) {
        this.leaveGenerator(g, t, true);
        if (isExc(exc, Exc.StopIteration)) {
          const re = pyRuntimeError("generator raised StopIteration");
          re.cause = exc;
          re.context = exc;
          re.suppressContext = true;
          exc = re;
        }
        cur.regs.fill(undefined);
      }
      t.depth--;
      const ret = cur.ret;
      if (ret === Ret.BARRIER || cur === barrier) {
        t.frame = back;
        throw exc;
      }
      if (back === null) {
        t.frame = null;
        t.error = exc;
        return undefined;
      }
      if (ret === Ret.INIT || ret === Ret.FOR_ITER || ret === Ret.SEND || ret === Ret.PUSH || ret === Ret.DISCARD || ret === Ret.NATIVE_RESUME || ret === Ret.DRAIN || ret === Ret.SUM) {
        cur = back;
        t.frame = cur;
        first = false;
        continue;
      }
      cur = back;
      first = false;
    }
    return undefined;
  }

  private throwIntoNativeRaw(nf: Frame, exc: unknown): { kind: "handled"; frame: Frame | null } | { kind: "error"; error: unknown } {
    let r: IteratorResult<Request, PyValue>;
    try {
      r = nf.gen!.throw(exc);
    } catch (e) {
      return { kind: "error", error: e };
    }
    if (r.done) return { kind: "handled", frame: this.completeNative(nf, r.value) };
    return { kind: "handled", frame: this.handleRequest(nf, r.value) };
  }

  /** Sets __context__ of a freshly raised exception to the one being handled. */
  private setContext(t: PyThread, exc: PyBaseException): void {
    const cur = t.excInfo;
    if (cur === None || cur === exc || !(cur instanceof PyBaseException)) return;
    // avoid cycles: cut exc out of cur's context chain
    let o: PyBaseException = cur;
    for (let i = 0; i < 1000; i++) {
      const c = o.context;
      if (!(c instanceof PyBaseException)) break;
      if (c === exc) {
        o.context = None;
        break;
      }
      o = c;
    }
    exc.context = cur;
  }
}


const MAX_SAFE = Number.MAX_SAFE_INTEGER;

// Int arithmetic of the fast paths. V8 would otherwise speculate that small ints stay small
// and throw away the whole optimised loop the first time a result leaves the 31-bit range;
// these helpers see fractional operands once at load, so they compile to float arithmetic.
/**
 * a OP b (bop ≥ 13: a OP= b) for the operands that need no protocol: ints that stay exact, floats,
 * an int and a float, str + str. undefined: the general path decides. (Small pieces, so that V8
 * inlines them into execute().)
 */
function binaryFastPath(a: PyValue, b: PyValue, bop: number): PyValue | undefined {
  if (typeof a === "number") {
    if (typeof b === "number") return intBinaryFast(a, b, bop);
    return b instanceof PyFloat && b.type === floatTypeRef ? floatOp(a, b.value, bop >= 13 ? bop - 13 : bop) : undefined;
  }
  if (a instanceof PyFloat && a.type === floatTypeRef) {
    const y = b instanceof PyFloat && b.type === floatTypeRef ? b.value : typeof b === "number" ? b : undefined;
    return y === undefined ? undefined : floatBinaryFast(a.value, y, bop);
  }
  if (typeof a === "string" && typeof b === "string" && (bop === 0 || bop === 13)) return a + b;
  return undefined;
}

/** int OP int when the result is exact (a JS number past 2**53 is not): see binaryFastPath. */
function intBinaryFast(a: number, b: number, bop: number): PyValue | undefined {
  let r: number;
  switch (bop) {
    case 0:
    case 13:
      r = numAdd(a, b);
      break;
    case 1:
    case 14:
      r = numSub(a, b);
      break;
    case 2:
    case 15:
      r = numMul(a, b);
      break;
    case 5:
    case 18:
      return intFloorDivFast(a, b);
    case 6:
    case 19:
      return intModFast(a, b);
    case 4:
    case 17:
      return newFloat(A.intTrueDiv(a, b));
    default:
      return undefined;
  }
  return r <= MAX_SAFE && r >= -MAX_SAFE ? r : undefined;
}

/** float OP float-or-int: see binaryFastPath. */
function floatBinaryFast(x: number, y: number, bop: number): PyValue | undefined {
  switch (bop) {
    case 0:
    case 13:
      return newFloat(x + y);
    case 1:
    case 14:
      return newFloat(x - y);
    case 2:
    case 15:
      return newFloat(x * y);
    case 4:
    case 17:
      if (y !== 0) return newFloat(x / y);
  }
  return floatOp(x, y, bop >= 13 ? bop - 13 : bop);
}

/** x CMP y for numbers, cmp being COMPARE_OP's argument (<, <=, ==, !=, >, >=). */
function numCompare(x: number, y: number, cmp: number): boolean {
  switch (cmp) {
    case 0:
      return x < y;
    case 1:
      return x <= y;
    case 2:
      return x === y;
    case 3:
      return x !== y;
    case 4:
      return x > y;
    default:
      return x >= y;
  }
}

function numAdd(a: number, b: number): number {
  return a + b;
}
function numSub(a: number, b: number): number {
  return a - b;
}
function numMul(a: number, b: number): number {
  return a * b + 0; // + 0: -0 becomes 0 (ints have no -0)
}
/**
 * A yield in a generator run for sum(): true when the item was added to the total (the frame
 * goes on); otherwise the frame becomes an ordinary next()-driven one whose yield hands sum()
 * the total so far and the item (SumPartial).
 */
function sumYield(f: Frame, R: any[], sp: number): boolean {
  const total = sumStep(f.opOther!, R[sp - 1]);
  if (total !== undefined) {
    f.opOther = total;
    R[sp - 1] = None;
    return true;
  }
  R[sp - 1] = new SumPartial(f.opOther!, R[sp - 1]) as unknown as PyValue;
  f.opOther = null;
  f.ret = Ret.NATIVE_RESUME;
  f.jumpWhen = true;
  return false;
}

/** total + item for sum() when both are ints (safe) or floats/ints with a float; else undefined. */
function sumStep(total: PyValue, item: PyValue): PyValue | undefined {
  if (typeof item === "boolean") item = item ? 1 : 0;
  if (typeof item === "number") {
    if (typeof total === "number") {
      const r = total + item;
      return r <= MAX_SAFE && r >= -MAX_SAFE ? r : sumBig(total, item);
    }
    if (typeof total === "bigint") return sumBig(total, item);
    if (total instanceof PyFloat && total.type === floatTypeRef) return newFloat(total.value + item);
  } else if (item instanceof PyFloat && item.type === floatTypeRef) {
    if (typeof total === "number") return newFloat(total + item.value);
    if (total instanceof PyFloat && total.type === floatTypeRef) return newFloat(total.value + item.value);
  } else if (typeof item === "bigint" && (typeof total === "number" || typeof total === "bigint")) return sumBig(total, item);
  return undefined;
}

/** An int total of sum() past 2**53 (kept in the VM's sum loop, not handed back to the native). */
function sumBig(total: number | bigint, item: number | bigint): PyValue {
  return normBig(BigInt(total) + BigInt(item));
}

/** next() of any native iterator, through a call site made megamorphic at load time (below). */
function nextOfAny(it: NativeIterator): PyValue | undefined {
  return it.nextValue();
}
{
  const make = (n: number): NativeIterator => {
    const C = class extends NativeIterator {
      nextValue(): PyValue | undefined {
        return n < 0 ? None : undefined;
      }
    };
    return new C(typeType);
  };
  const its = [make(0), make(1), make(2), make(3), make(4), make(5)];
  for (let i = 0; i < 5; i++) for (const it of its) nextOfAny(it);
}

/**
 * The type and dict of any PyObject. Their property loads are made megamorphic at load time
 * (below): inlined into execute(), a load site that had seen a few classes deoptimises the loop
 * at each new one (lock, thread, iterator, file … objects reaching LOAD_METHOD one by one).
 */
function anyType(o: PyObject): PyType {
  return o.type;
}
function anyDict(o: PyObject): PyDict | null {
  return o.dict;
}
{
  const shapes = [
    { type: typeType, dict: null }, { a: 0, type: typeType, dict: null }, { b: 0, type: typeType, dict: null },
    { c: 0, type: typeType, dict: null }, { d: 0, type: typeType, dict: null }, { e: 0, type: typeType, dict: null },
  ] as unknown as PyObject[];
  for (let i = 0; i < 5; i++) for (const o of shapes) anyType(o), anyDict(o);
}

/** Whether a number holds an int32 (then int32 division and modulus apply). */
function isInt32(x: number): boolean {
  return (x | 0) === x;
}
/** a // b and a % b for int32s a ≥ 0, b > 0 (int32s above 2**30 are not small ints to V8). */
function floorDiv32(a: number, b: number): number {
  return ((a | 0) / (b | 0)) | 0;
}
function mod32(a: number, b: number): number {
  return (a | 0) % (b | 0);
}
/** int // int and int % int (safe ints; the generic helpers take signs and zero). */
function intFloorDivFast(a: number, b: number): PyValue {
  if (b > 0 && a >= 0) return isInt32(a) && isInt32(b) ? floorDiv32(a, b) : Math.floor(a / b);
  return A.intFloorDiv(a, b);
}
function intModFast(a: number, b: number): PyValue {
  if (b > 0 && a >= 0) return isInt32(a) && isInt32(b) ? mod32(a, b) : a < 2 ** 52 && isInt32(b) ? modBig32(a, b) : a % b;
  return A.intMod(a, b);
}
/**
 * a % b for 0 ≤ a < 2**52 and 0 < b < 2**31 without JS `%` on doubles (a C call, several times
 * slower): the rounded quotient is off by at most one, q * b and a - q * b are exact.
 */
function modBig32(a: number, b: number): number {
  const r = a - Math.floor(a / b) * b;
  // (| 0: an int32, as mod32 gives — a double here would be a new type at the loop's compares)
  return (r < 0 ? r + b : r >= b ? r - b : r) | 0;
}
// (feedback vectors exist only after a few calls)
for (let i = 0; i < 20; i++) {
  numAdd(0.5, 2 ** 40);
  numSub(0.5, 2 ** 40);
  numMul(0.5, 2 ** 40);
  isInt32(2 ** 40);
  isInt32(0.5);
  floorDiv32(2 ** 31 - 1, 3);
  mod32(2 ** 31 - 1, 3);
  intFloorDivFast(2 ** 40 + 0.5, 3);
  intModFast(2 ** 40 + 0.5, 3);
  modBig32(2 ** 40 + 0.5, 3);
}
const SURROGATES = /[\uD800-\uDFFF]/;

const GEN_FLAGS = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;

/** str/int/float/bool/list/tuple of a builtin value, or undefined when the generic call is needed. */
function quickTypeCall(cls: PyType, v: PyValue): PyValue | undefined {
  if (cls === strTypeRef) {
    if (typeof v === "string") return v;
    if (typeof v === "number") return String(v);
    if (v instanceof PyFloat && v.type === floatTypeRef) return strFast(v);
    return undefined;
  }
  if (cls === intTypeRef) {
    if (typeof v === "number") return v;
    if (typeof v === "boolean") return v ? 1 : 0;
    if (v instanceof PyFloat && v.type === floatTypeRef) {
      const x = Math.trunc(v.value);
      return Number.isSafeInteger(x) ? (x === 0 ? 0 : x) : undefined;
    }
    // only ASCII spaces here (JS \s and Python whitespace differ: U+FEFF, U+001C …)
    if (typeof v === "string" && /^[ \t\n\r\f\v]*[-+]?\d{1,15}[ \t\n\r\f\v]*$/.test(v)) return Number(v.trim()) || 0;
    return undefined;
  }
  if (cls === floatTypeRef) {
    if (typeof v === "number") return newFloat(v);
    if (v instanceof PyFloat && v.type === floatTypeRef) return v;
    return undefined;
  }
  if (cls === boolTypeRef) {
    const t = truthFast(v);
    return t;
  }
  if (cls === listTypeRef) {
    if ((v instanceof PyList || v instanceof PyTuple) && v.type.isBuiltin) return new PyList(v.items.slice());
    return undefined;
  }
  if (cls === tupleTypeRef) {
    if (v instanceof PyTuple && v.type === tupleTypeRef) return v;
    if (v instanceof PyList && v.type === listTypeRef) return new PyTuple(v.items.slice());
    return undefined;
  }
  return undefined;
}

/** format(v, spec) for a str/int/float, whose __format__ is a plain native; else undefined. */
function formatSpecFast(v: PyValue, spec: string): string | undefined {
  if (typeof v === "string") return formatExactStr(v, spec);
  if (!(typeof v === "string" || typeof v === "number" || (v instanceof PyFloat && v.type === floatTypeRef))) return undefined;
  const fmt = typeOf(v).lookup("__format__");
  if (!(fmt instanceof PyBuiltinFunction) || fmt.isGen) return undefined;
  const r = (fmt.fn as PlainNative)([v, spec], null);
  if (typeof r === "string") return r;
  throw pyTypeError(`__format__ must return a str, not ${typeName(r)}`);
}

/** How many positional parameters have defaults. */
function defaultCount(fn: PyFunction): number {
  const d = fn.defaults;
  return d === null ? 0 : d.length;
}

/** Parameters n.. of a positional-only call take their defaults (the call's count was checked). */
function fillDefaults(regs: (PyValue | undefined)[], fn: PyFunction, n: number): void {
  const defaults = fn.defaults!;
  const argc = fn.code.argcount;
  const first = argc - defaults.length;
  for (let i = n; i < argc; i++) regs[i] = defaults[i - first];
}

/** Returns a finished function frame to its code's pool: locals unbound, defaults restored. */
function recycleFrame(f: Frame): void {
  const code = f.code;
  const pool = code.framePool;
  if (pool.length >= 64) return;
  const R = f.regs;
  const n = code.nlocalsplus;
  for (let i = 0; i < n; i++) R[i] = undefined;
  f.back = null;
  f.ret = Ret.PUSH;
  f.initSelf = null;
  f.opOther = null;
  f.kwnames = null;
  pool.push(f);
}

/** How calling a class makes its instance, for the class's current version. */
class InstCache {
  readonly version: number;
  /**
   * 1: object.__new__ and a Python __init__ (run as a frame); 2: object.__new__ and
   * object.__init__; 3: a plain native __new__ and __init__ (exceptions …); 0: generic.
   */
  readonly kind: number;
  readonly init: PyValue | undefined;
  readonly newFn: PyValue | undefined;
  constructor(cls: PyType) {
    this.version = cls.version;
    let newFn = cls.lookup("__new__");
    this.init = cls.lookup("__init__");
    if (isObjectNew(newFn)) this.kind = this.init instanceof PyFunction ? 1 : isObjectInit(this.init) ? 2 : 0;
    else {
      if (newFn instanceof PyStaticMethod) newFn = newFn.func;
      const plain = (fn: PyValue | undefined) => fn instanceof PyBuiltinFunction && !fn.isGen;
      this.kind = cls !== typeType && plain(newFn) && plain(this.init) ? 3 : 0;
    }
    this.newFn = newFn;
  }
}

/** type.__call__ after a native __new__ made obj of another class: that class's __init__, if obj is a cls. */
function* initOtherGen(cls: PyType, obj: PyValue, args: PyValue[], kw: KwArgs): NativeGen {
  const ot = typeOf(obj);
  if (ot !== cls && !ot.isSubtypeOf(cls)) return obj;
  const init = ot.lookup("__init__");
  if (init !== undefined) {
    const r = yield* callGen(init, [obj, ...args], kw);
    if (r !== None) throw pyTypeError(`__init__() should return None, not '${typeName(r)}'`);
  }
  return obj;
}

/** The generator, coroutine or async generator object for a frame of generator code. */
function makeGenerator(f: Frame, fn: PyFunction): PyGenerator {
  const flags = f.code.flags;
  const g = new PyGenerator(f, fn.name, fn.qualname, (flags & CO_COROUTINE) !== 0);
  if (flags & CO_ASYNC_GENERATOR) g.type = asyncGeneratorType;
  return g;
}

/**
 * BEFORE_WITH inline cache, for a native context manager: its type (at `version`), a direct call
 * of its __enter__ (undefined: take the general path) and its __exit__.
 */
class WithCache {
  declare type: PyType;
  declare version: number;
  declare enter: (self: PyValue) => PyValue | undefined;
  declare exit: PyBuiltinFunction;
  constructor(type: PyType, enter: (self: PyValue) => PyValue | undefined, exit: PyBuiltinFunction) {
    this.type = type;
    this.version = type.version;
    this.enter = enter;
    this.exit = exit;
  }
}

/** Caches a native context manager's methods at a BEFORE_WITH (caches[i]), when __enter__ can
 *  run without a generator. A plain native __exit__ gets its exitFast, for WITH_EXIT_NONE. */
function withCacheFor(caches: unknown[], i: number, type: PyType, enter: PyBuiltinFunction, exit: PyBuiltinFunction): void {
  let call: ((self: PyValue) => PyValue | undefined) | null = enter.enterFast;
  if (call === null) {
    const fast = enter.fast;
    if (!enter.isGen) call = (self) => (enter.fn as PlainNative)([self], null);
    else if (fast !== null) call = (self) => fast([self], null);
  }
  if (exit.exitFast === null && !exit.isGen) exit.exitFast = (self) => (exit.fn as PlainNative)([self, None, None, None], null);
  if (call !== null) caches[i] = new WithCache(type, call, exit);
}

/** LOAD_GLOBAL inline cache: valid while neither the globals nor the builtins dict changed. */
class GlobalCache {
  gver: number;
  bver = 0;
  constructor(
    public globals: PyDict,
    public value: PyValue,
  ) {
    this.gver = globals.version;
  }
}

import { listType as listTypeRef } from "../objects/list.js";
import { strType as strTypeRef } from "../objects/str.js";
import { intType as intTypeRef, boolType as boolTypeRef, normBig } from "../objects/int.js";
import { strFast } from "../objects/stringify.js";
import { dictType as dictTypeRef } from "../objects/dict.js";
/** dict's own item methods, to recognise subclasses that keep them. */
const dictGetItem = dictTypeRef.attrs.get("__getitem__");
const dictSetItem = dictTypeRef.attrs.get("__setitem__");
import { tupleType as tupleTypeRef } from "../objects/tuple.js";
import { floatType as floatTypeRef } from "../objects/float.js";
import { newSet, setAdd, PySet } from "../objects/set.js";
import { plainContains, plainTupleCompare } from "../objects/sort-keys.js";
import { newSlice } from "../objects/slice.js";
import { lenGen } from "../objects/ops.js";

function lenOfGen(v: PyValue): NativeGen {
  return lenGen(v) as unknown as NativeGen;
}

function setupCells(f: Frame, closure: PyCell[] | null): void {
  const code = f.code;
  const R = f.regs;
  const nlocals = code.varnames.length;
  const ncells = code.cellvars.length;
  const c2a = code.cell2arg;
  for (let i = 0; i < ncells; i++) {
    const a = c2a !== null ? c2a[i] : -1;
    R[nlocals + i] = new PyCell(a >= 0 ? R[a] : undefined);
  }
  if (closure !== null) for (let i = 0; i < closure.length; i++) R[nlocals + ncells + i] = closure[i];
}

function derefName(code: CodeObject, slot: number): string {
  const i = slot - code.varnames.length;
  return i < code.cellvars.length ? code.cellvars[i] : code.freevars[i - code.cellvars.length];
}

function unboundDeref(code: CodeObject, slot: number) {
  const i = slot - code.varnames.length;
  const name = derefName(code, slot);
  if (i < code.cellvars.length) return pyUnboundLocalError(name);
  return newException(Exc.NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
}

/** The exception table entry (its offset) covering instruction i, or -1. */
function findHandler(code: CodeObject, i: number): number {
  const tab = code.exceptionTable;
  for (let k = 0; k < tab.length; k += 5) {
    if (i >= tab[k] && i < tab[k + 1]) return k;
  }
  return -1;
}

/** Any thrown JS value as a Python exception. */
export function toPyException(e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e;
  if (e instanceof RangeError && /call stack/i.test(e.message)) return pyRecursionError("maximum recursion depth exceeded");
  const msg = e instanceof Error ? `${e.message}` : String(e);
  const se = pySystemError(`internal error: ${msg}`);
  if (e instanceof Error && process.env.PYGIL_DEBUG) process.stderr.write(`${e.stack}\n`);
  return se;
}

function excMatches(e: PyValue, typ: PyValue): boolean {
  if (typ instanceof PyTuple) {
    for (const t of typ.items) if (excMatches(e, t)) return true;
    return false;
  }
  if (!(typ instanceof PyType) || !typ.isSubtypeOf(Exc.BaseException)) {
    throw pyTypeError("catching classes that do not inherit from BaseException is not allowed");
  }
  return typeOf(e).isSubtypeOf(typ);
}

function* notGen(g: NativeGen<boolean>): NativeGen {
  return !(yield* g);
}

function* extendGen(target: PyValue, iterable: PyValue, isSet: boolean, callee?: PyValue): NativeGen {
  let items: PyValue[];
  try {
    items = yield* toArrayGen(iterable);
  } catch (e) {
    if (!isSet && isExc(e, Exc.TypeError) && typeOf(iterable).lookup("__iter__") === undefined && typeOf(iterable).lookup("__getitem__") === undefined) {
      if (callee !== undefined) throw pyTypeError(`${funcStr(callee)} argument after * must be an iterable, not ${typeName(iterable)}`);
      throw pyTypeError(`Value after * must be an iterable, not ${typeName(iterable)}`);
    }
    throw e;
  }
  if (isSet) for (const x of items) setAdd(target, x);
  else (target as PyList).items.push(...items);
  return None;
}

function unpackError(got: number, expected: number, atLeast: boolean) {
  if (got < expected) {
    return pyValueError(`not enough values to unpack (expected ${atLeast ? "at least " : ""}${expected}, got ${got})`);
  }
  return pyValueError(`too many values to unpack (expected ${expected})`);
}

/** UNPACK_SEQUENCE (after < 0) and UNPACK_EX: pushes the items, first on top. */
function* unpackGen(f: Frame, seq: PyValue, before: number, after: number): NativeGen {
  let items: PyValue[];
  const t = typeOf(seq);
  if (t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined) {
    throw pyTypeError(`cannot unpack non-iterable ${t.name} object`);
  }
  items = yield* toArrayGen(seq);
  const R = f.regs;
  if (after < 0) {
    if (items.length !== before) throw unpackError(items.length, before, false);
    for (let i = before - 1; i >= 0; i--) R[f.sp++] = items[i];
    return None;
  }
  if (items.length < before + after) throw unpackError(items.length, before + after, true);
  const tail = items.slice(items.length - after);
  const mid = items.slice(before, items.length - after);
  for (let i = after - 1; i >= 0; i--) R[f.sp++] = tail[i];
  R[f.sp++] = new PyList(mid);
  for (let i = before - 1; i >= 0; i--) R[f.sp++] = items[i];
  items = [];
  return None;
}

function* formatValueGen(v: PyValue, conv: number, spec: string): NativeGen {
  if (conv === 1) v = yield* strGen(v);
  else if (conv === 2) v = yield* reprGen(v);
  else if (conv === 3) v = asciiOf(yield* reprGen(v));
  return yield* formatGen(v, spec);
}

/** raise X [from Y]: builds the exception instance and throws it. */
function* raiseGen(excArg: PyValue, cause: PyValue | undefined): NativeGen {
  let exc: PyValue;
  if (excArg instanceof PyType) {
    if (!excArg.isSubtypeOf(Exc.BaseException)) throw pyTypeError("exceptions must derive from BaseException");
    exc = yield* callGen(excArg, []);
    if (!(exc instanceof PyBaseException)) {
      throw pyTypeError(`calling ${excArg.name} should have returned an instance of BaseException, not ${typeName(exc)}`);
    }
  } else if (excArg instanceof PyBaseException) exc = excArg;
  else throw pyTypeError("exceptions must derive from BaseException");
  if (cause !== undefined) {
    let c: PyValue = cause;
    if (c instanceof PyType) {
      if (!c.isSubtypeOf(Exc.BaseException)) throw pyTypeError("exception causes must derive from BaseException");
      c = yield* callGen(c, []);
    } else if (c !== None && !(c instanceof PyBaseException)) throw pyTypeError("exception causes must derive from BaseException");
    (exc as PyBaseException).cause = c;
    (exc as PyBaseException).suppressContext = true;
  }
  throw exc;
}

/** BEFORE_WITH: pushes __exit__ (bound) below the value of __enter__(). */
function* beforeWithGen(f: Frame, mgr: PyValue): NativeGen {
  const t = typeOf(mgr);
  const enter = t.lookup("__enter__");
  const exit = t.lookup("__exit__");
  if (enter === undefined) throw pyTypeError(`'${t.name}' object does not support the context manager protocol`);
  if (exit === undefined) throw pyTypeError(`'${t.name}' object does not support the context manager protocol (missed __exit__ method)`);
  const boundExit = yield* getAttrGen(mgr, "__exit__");
  f.regs[f.sp++] = boundExit;
  return yield* callGen(enter, [mgr]);
}

function* awaitableGen(v: PyValue): NativeGen {
  const t = typeOf(v);
  const aw = t.lookup("__await__");
  if (aw === undefined || v instanceof PyGenerator) throw pyTypeError(`object ${t.name} can't be used in 'await' expression`);
  const it = yield* callGen(aw, [v]);
  if (it instanceof PyGenerator && it.type === coroutineType) throw pyTypeError("__await__() returned a coroutine");
  if (typeOf(it).lookup("__next__") === undefined) throw pyTypeError(`__await__() returned non-iterator of type '${typeName(it)}'`);
  return it;
}

function* beforeAsyncWithGen(f: Frame, mgr: PyValue): NativeGen {
  const t = typeOf(mgr);
  const enter = t.lookup("__aenter__");
  const exit = t.lookup("__aexit__");
  if (enter === undefined) throw pyTypeError(`'${t.name}' object does not support the asynchronous context manager protocol`);
  if (exit === undefined) throw pyTypeError(`'${t.name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`);
  f.regs[f.sp++] = yield* getAttrGen(mgr, "__aexit__");
  return yield* callGen(enter, [mgr]);
}

function* asyncIterGen(v: PyValue, name: "__aiter__" | "__anext__"): NativeGen {
  const t = typeOf(v);
  const m = t.lookup(name);
  if (m === undefined) {
    throw pyTypeError(name === "__aiter__" ? `'async for' requires an object with __aiter__ method, got ${t.name}` : `'async for' requires an iterator with __anext__ method, got ${t.name}`);
  }
  return yield* callGen(m, [v]);
}

/** LOAD_NAME in a custom namespace: its __getitem__, then globals and builtins. */
function* loadNameGen(f: Frame, ns: PyDict, name: string): NativeGen {
  try {
    return yield* getItemGen(ns, name);
  } catch (e) {
    if (!isExc(e, Exc.KeyError)) throw e;
  }
  const v = f.globals.getStr(name) ?? f.builtins.getStr(name);
  if (v === undefined) throw pyNameError(name);
  return v;
}

function* deleteNameGen(ns: PyDict, name: string): NativeGen {
  try {
    yield* delItemGen(ns, name);
  } catch (e) {
    if (isExc(e, Exc.KeyError)) throw pyNameError(name);
    throw e;
  }
  return None;
}

/** SEND to a non-generator iterator: {value, done}. */
function* sendGen(sub: PyValue, v: PyValue, thrown: PyValue | null): NativeGen {
  try {
    let r: PyValue;
    if (thrown !== null) {
      const th = typeOf(sub).lookup("throw");
      if (th === undefined) throw thrown;
      r = yield* callGen(th, [sub, thrown]);
    } else if (v === None) {
      const nx = typeOf(sub).lookup("__next__");
      if (nx === undefined) throw pyTypeError(`'${typeName(sub)}' object is not an iterator`);
      r = yield* callGen(nx, [sub]);
    } else {
      const send = typeOf(sub).lookup("send");
      if (send === undefined) throw pyAttributeErrorSend(sub);
      r = yield* callGen(send, [sub, v]);
    }
    return { value: r, done: false } as unknown as PyValue;
  } catch (e) {
    if (isExc(e, Exc.StopIteration)) {
      const val = e.args.items.length ? e.args.items[0] : None;
      return { value: val, done: true } as unknown as PyValue;
    }
    throw e;
  }
}

function pyAttributeErrorSend(sub: PyValue) {
  return newException(Exc.AttributeError, `'${typeName(sub)}' object has no attribute 'send'`);
}

export { NotImplemented, PyStrObject, PyIntObject, isDataDescriptor, strGen };
