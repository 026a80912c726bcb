// The call protocol: callGen (for generator natives; yields only to run Python code) and call
// (synchronous; runs Python code to completion through the VM's SyncRunner).
import type { KwArgs, PyValue } from "./object.js";

import { PyBuiltinFunction, PyFunction, PyMethod } from "./function.js";
import { CallRequest, ResumeRequest, SuspendRequest, hooks, type GenNative, type NativeGen, type PlainNative } from "./native.js";
import { typeOf, typeName } from "./typeof.js";
import { pySystemError, pyTypeError } from "./exceptions.js";

export function* callGen(fn: PyValue, args: PyValue[], kwargs: KwArgs = null): NativeGen {
  for (;;) {
    if (fn instanceof PyBuiltinFunction) {
      return fn.isGen ? yield* (fn.fn as GenNative)(args, kwargs) : (fn.fn as PlainNative)(args, kwargs);
    }
    if (fn instanceof PyFunction) return yield new CallRequest(fn, args, kwargs);
    if (fn instanceof PyMethod) {
      args = [fn.self, ...args];
      fn = fn.func;
      continue;
    }
    const c = typeOf(fn).lookup("__call__");
    if (c === undefined) throw notCallable(fn);
    args = [fn, ...args];
    fn = c;
  }
}

export function notCallable(fn: PyValue) {
  return pyTypeError(`'${typeName(fn)}' object is not callable`);
}

/** Calls any callable synchronously. Python code runs to completion without thread switches. */
export function call(fn: PyValue, args: PyValue[], kwargs: KwArgs = null): PyValue {
  if (fn instanceof PyBuiltinFunction && !fn.isGen) return (fn.fn as PlainNative)(args, kwargs);
  return runSync(callGen(fn, args, kwargs));
}

/** Drives a native generator to completion synchronously (nested Python calls; a wait lets the other threads run nested). */
export function runSync<T>(gen: NativeGen<T>): T {
  let r = gen.next();
  for (;;) {
    if (r.done) return r.value;
    const req = r.value;
    let v: PyValue;
    try {
      if (!hooks.runner) throw pySystemError("no interpreter is running");
      if (req instanceof SuspendRequest) v = hooks.runner.block(req);
      else if (req instanceof ResumeRequest) v = hooks.runner.resume(req);
      else if (!(req.fn instanceof PyFunction)) v = call(req.fn, req.args, req.kwargs);
      else v = hooks.runner.callPython(req.fn, req.args, req.kwargs);
    } catch (e) {
      r = gen.throw(e);
      continue;
    }
    r = gen.next(v);
  }
}

