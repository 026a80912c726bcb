// Generator objects: a suspended frame plus its state. Resuming is done by the VM (FOR_ITER,
// SEND, or a ResumeRequest from the methods below), never by a nested loop.
import { PyObject, type PyValue } from "../objects/object.js";
import { makeBuiltinType } from "../objects/type.js";
import { defineMethods, defineGetter } from "../objects/function.js";
import { ResumeRequest, type NativeGen } from "../objects/native.js";
import { None } from "../objects/singletons.js";
import { Exc, isExc, newException, pyRuntimeError, pyTypeError } from "../objects/exceptions.js";
import { typeOf } from "../objects/typeof.js";
import { PyType } from "../objects/type.js";
import type { Frame } from "./frame.js";
import { frameObject } from "./frame-object.js";
import { addressOf } from "../objects/identity.js";

export const generatorType = makeBuiltinType("generator", undefined, { baseType: false });
export const coroutineType = makeBuiltinType("coroutine", undefined, { baseType: false });

export class PyGenerator extends PyObject {
  declare running: boolean;
  declare finished: boolean;
  /** The handled exception saved while the generator is suspended inside an except block. */
  declare savedExc: PyValue;
  /** The request natives yield to get the next value (see ResumeRequest.doneSentinel). */
  declare readonly nextRequest: ResumeRequest;
  /** Only a for loop references it (closed when the loop is left early). */
  declare loopOwned: boolean;
  /** The thread's handled exception, restored when the generator yields. */
  declare outerExc: PyValue;
  constructor(
    readonly frame: Frame,
    public name: string,
    public qualname: string,
    isCoroutine = false,
  ) {
    super(isCoroutine ? coroutineType : generatorType);
    this.running = false;
    this.finished = false;
    this.savedExc = None;
    this.loopOwned = false;
    this.outerExc = None;
    (this as { nextRequest: ResumeRequest }).nextRequest = new ResumeRequest(this, None, null, true);
    frame.generator = this;
  }
  get started(): boolean {
    return this.frame.pc > 0;
  }
}

function self(args: PyValue[]): PyGenerator {
  const g = args[0];
  if (!(g instanceof PyGenerator)) throw pyTypeError("descriptor requires a 'generator' object");
  return g;
}

/** The exception instance for gen.throw(type[, value[, tb]]). */
export function throwArgs(args: PyValue[]): PyValue {
  const typ = args[1];
  const val = args.length > 2 ? args[2] : None;
  if (typ instanceof PyType) {
    if (!typ.isSubtypeOf(Exc.BaseException)) throw pyTypeError(`exceptions must be classes or instances deriving from BaseException, not type`);
    if (val !== None && isExc(val, typ)) return val;
    return val === None ? newException(typ) : newException(typ, val);
  }
  if (isExc(typ, Exc.BaseException)) {
    if (val !== None) throw pyTypeError("instance exception may not have a separate value");
    return typ;
  }
  throw pyTypeError(`exceptions must be classes or instances deriving from BaseException, not ${typeOf(typ).name}`);
}

defineMethods(generatorType, {
  __iter__: (args) => args[0],
  __next__: function* (args): NativeGen {
    return yield new ResumeRequest(self(args), None);
  },
  send: function* (args): NativeGen {
    return yield new ResumeRequest(self(args), args[1] ?? None);
  },
  throw: function* (args): NativeGen {
    const g = self(args);
    return yield new ResumeRequest(g, None, throwArgs(args));
  },
  close: function* (args): NativeGen {
    const g = self(args);
    if (g.finished || !g.started) {
      g.finished = true;
      return None;
    }
    try {
      yield new ResumeRequest(g, None, newException(Exc.GeneratorExit));
    } catch (e) {
      if (isExc(e, Exc.GeneratorExit) || isExc(e, Exc.StopIteration)) return None;
      throw e;
    }
    throw pyRuntimeError("generator ignored GeneratorExit");
  },
  __repr__: (args) => {
    const g = self(args);
    return `<generator object ${g.qualname} at ${addressOf(g)}>`;
  },
});

defineMethods(coroutineType, {
  send: generatorType.attrs.get("send") as never,
  throw: generatorType.attrs.get("throw") as never,
  close: generatorType.attrs.get("close") as never,
  __await__: (args) => new CoroutineWrapper(self(args)),
  __repr__: (args) => `<coroutine object ${self(args).qualname} at ${addressOf(args[0])}>`,
});
for (const k of ["send", "throw", "close"]) {
  const f = generatorType.attrs.get(k)!;
  coroutineType.attrs.set(k, f);
}
coroutineType.invalidate();

/** coro.__await__(): an iterator over the coroutine (what `yield from coro` would drive). */
export const coroutineWrapperType = makeBuiltinType("coroutine_wrapper", undefined, { baseType: false });
export class CoroutineWrapper extends PyObject {
  constructor(readonly coro: PyGenerator) {
    super(coroutineWrapperType);
  }
}
defineMethods(coroutineWrapperType, {
  __iter__: (args) => args[0],
  __next__: function* (args): NativeGen {
    return yield new ResumeRequest((args[0] as CoroutineWrapper).coro, None);
  },
  send: function* (args): NativeGen {
    return yield new ResumeRequest((args[0] as CoroutineWrapper).coro, args[1] ?? None);
  },
  throw: function* (args): NativeGen {
    return yield new ResumeRequest((args[0] as CoroutineWrapper).coro, None, throwArgs(args));
  },
});

defineGetter(generatorType, "__name__", (g) => (g as PyGenerator).name, (g, v) => {
  (g as PyGenerator).name = String(v);
});
defineGetter(generatorType, "__qualname__", (g) => (g as PyGenerator).qualname);
defineGetter(generatorType, "gi_running", (g) => (g as PyGenerator).running);
// the suspended frame (None once finished); inspect.getgeneratorstate/getgeneratorlocals read it
defineGetter(generatorType, "gi_frame", (g) => ((g as PyGenerator).finished ? None : frameObject((g as PyGenerator).frame)));
defineGetter(generatorType, "gi_suspended", (g) => isSuspended(g as PyGenerator));
defineGetter(generatorType, "gi_code", (g) => (g as PyGenerator).frame.code);
defineGetter(coroutineType, "cr_running", (g) => (g as PyGenerator).running);
defineGetter(coroutineType, "cr_frame", (g) => ((g as PyGenerator).finished ? None : frameObject((g as PyGenerator).frame)));
defineGetter(coroutineType, "cr_suspended", (g) => isSuspended(g as PyGenerator));
defineGetter(coroutineType, "cr_code", (g) => (g as PyGenerator).frame.code);

function isSuspended(g: PyGenerator): boolean {
  return g.started && !g.running && !g.finished;
}



// ---- async generators ---------------------------------------------------------------------
// An async generator is a PyGenerator whose own `yield`s reach the resumer wrapped in
// AsyncGenValue (awaits inside it pass through unwrapped). asend()/athrow()/__anext__ return
// awaitables that resume it: a wrapped value ends the await with StopIteration(value), the
// generator's end becomes StopAsyncIteration.
export const asyncGeneratorType = makeBuiltinType("async_generator", undefined, { baseType: false });
export const asyncGenASendType = makeBuiltinType("async_generator_asend", undefined, { baseType: false });
const asyncGenValueType = makeBuiltinType("async_generator_wrapped_value", undefined, { baseType: false });

export class AsyncGenValue extends PyObject {
  constructor(readonly value: PyValue) {
    super(asyncGenValueType);
  }
}

class AsyncGenASend extends PyObject {
  started = false;
  done = false;
  /** The awaitable of aclose(): the generator ending (by GeneratorExit or a return) completes it. */
  closing = false;
  constructor(
    readonly gen: PyGenerator,
    readonly value: PyValue,
    readonly exc: PyValue | null,
  ) {
    super(asyncGenASendType);
  }
}

function* asendStep(a: AsyncGenASend, value: PyValue, exc: PyValue | null): NativeGen {
  if (a.done) throw newException(Exc.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  let r: PyValue;
  const first = !a.started;
  a.started = true;
  try {
    if (first && a.exc !== null) r = yield new ResumeRequest(a.gen, None, a.exc);
    else if (exc !== null) r = yield new ResumeRequest(a.gen, None, exc);
    else r = yield new ResumeRequest(a.gen, first ? a.value : value);
  } catch (e) {
    a.done = true;
    if (a.closing && (isExc(e, Exc.GeneratorExit) || isExc(e, Exc.StopIteration))) throw newException(Exc.StopIteration);
    if (isExc(e, Exc.StopIteration)) throw newException(Exc.StopAsyncIteration);
    throw e;
  }
  if (r instanceof AsyncGenValue) {
    a.done = true;
    if (a.closing) throw newException(Exc.RuntimeError, "async generator ignored GeneratorExit");
    throw r.value === None ? newException(Exc.StopIteration) : newException(Exc.StopIteration, r.value);
  }
  return r;
}

defineMethods(asyncGenASendType, {
  __await__: (args) => args[0],
  __iter__: (args) => args[0],
  __next__: function* (args): NativeGen {
    return yield* asendStep(args[0] as AsyncGenASend, None, null);
  },
  send: function* (args): NativeGen {
    return yield* asendStep(args[0] as AsyncGenASend, args[1] ?? None, null);
  },
  throw: function* (args): NativeGen {
    return yield* asendStep(args[0] as AsyncGenASend, None, throwArgs(args));
  },
  close: () => None,
});

function agen(args: PyValue[]): PyGenerator {
  const g = args[0];
  if (!(g instanceof PyGenerator) || g.type !== asyncGeneratorType) throw pyTypeError("descriptor requires an 'async_generator' object");
  return g;
}

defineMethods(asyncGeneratorType, {
  __aiter__: (args) => args[0],
  __anext__: (args) => new AsyncGenASend(agen(args), None, null),
  asend: (args) => new AsyncGenASend(agen(args), args[1] ?? None, null),
  athrow: (args) => new AsyncGenASend(agen(args), None, throwArgs(args)),
  aclose: (args) => {
    const closer = new AsyncGenASend(agen(args), None, newException(Exc.GeneratorExit));
    closer.closing = true;
    return closer;
  },
  __repr__: (args) => `<async_generator object ${agen(args).qualname} at ${addressOf(args[0])}>`,
});
defineGetter(asyncGeneratorType, "__name__", (g) => (g as PyGenerator).name);
defineGetter(asyncGeneratorType, "__qualname__", (g) => (g as PyGenerator).qualname);
defineGetter(asyncGeneratorType, "ag_running", (g) => (g as PyGenerator).running);
