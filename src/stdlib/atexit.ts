// atexit: handlers run when the interpreter ends, last registered first (Interpreter.shutdown
// runs them after the main thread and non-daemon threads finish, also after sys.exit()).
import type { KwArgs, PyValue } from "../objects/object.js";
import { None } from "../objects/singletons.js";
import { nativeFunction } from "../objects/function.js";
import { checkedNative, makeChecker } from "../objects/arity.js";
import type { NativeFn, NativeGen } from "../objects/native.js";
import { eqGen } from "../objects/ops.js";
import { PyBuiltinFunction, PyFunction, PyMethod } from "../objects/function.js";
import { PyType } from "../objects/type.js";
import { typeOf } from "../objects/typeof.js";
import { pyTypeError } from "../objects/exceptions.js";
import { defineNativeModule } from "../vm/native-modules.js";
import { interp } from "../vm/interpreter.js";

defineNativeModule("atexit", (m) => {
  const d = m.dict;
  d.setStr("__doc__", "allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n");
  const def = (name: string, sig: string | null, fn: NativeFn) =>
    d.setStr(name, nativeFunction(name, sig === null ? fn : checkedNative(fn, makeChecker(sig, "atexit", name, 0)), "atexit"));
  def("register", null, (args: PyValue[], kw: KwArgs) => {
    if (args.length === 0) throw pyTypeError("register() takes at least 1 argument (0 given)");
    const fn = args[0];
    if (!callable(fn)) throw pyTypeError("the first argument must be callable");
    interp().atexitHandlers.push([fn, args.slice(1), kw && kw.size ? new Map(kw) : null]);
    return fn;
  });
  def("unregister", "1", function* (args): NativeGen {
    const handlers = interp().atexitHandlers;
    for (let i = handlers.length - 1; i >= 0; i--) {
      const f = handlers[i][0];
      if (f === args[0] || (yield* eqGen(f, args[0]))) handlers.splice(i, 1);
    }
    return None;
  });
  def("_clear", "-", () => {
    interp().atexitHandlers.length = 0;
    return None;
  });
  def("_ncallbacks", "-", () => interp().atexitHandlers.length);
  def("_run_exitfuncs", "-", function* (): NativeGen {
    const { callGen } = callModule;
    const handlers = interp().atexitHandlers.splice(0).reverse();
    for (const [fn, args, kw] of handlers) {
      try {
        yield* callGen(fn, args, kw);
      } catch (e) {
        interp().stderr.write("Exception ignored in atexit callback: " + reprOf(fn) + "\n");
        interp().printException(e);
      }
    }
    return None;
  });
});

function callable(x: PyValue): boolean {
  if (x instanceof PyFunction || x instanceof PyBuiltinFunction || x instanceof PyType || x instanceof PyMethod) return true;
  return typeOf(x).lookup("__call__") !== undefined;
}

function reprOf(v: PyValue): string {
  try {
    return stringify.repr(v);
  } catch {
    return "<object>";
  }
}

import * as callModule from "../objects/call.js";
import * as stringify from "../objects/stringify.js";
