// sys.settrace/setprofile and their getters. pygil never calls trace or profile functions (no
// line, call or return events): the function set is only remembered, per thread as in CPython,
// so that code saving and restoring the hook (coverage tools, debuggers' guards) round-trips.
import type { PyValue } from "../objects/object.js";
import type { PyDict } from "../objects/dict.js";
import { None } from "../objects/singletons.js";
import { nativeFunction } from "../objects/function.js";
import { checkedNative, makeChecker } from "../objects/arity.js";
import type { PyThread } from "../vm/thread.js";
import type { Interpreter } from "../vm/interpreter.js";

export function installSysTrace(d: PyDict, interp: Interpreter): void {
  for (const hook of ["trace", "profile"]) {
    const set = new WeakMap<PyThread, PyValue>();
    const current = (): PyThread | null => interp.vm.thread ?? null;
    const setter = (args: PyValue[]): PyValue => {
      const t = current();
      if (t) {
        if (args[0] === None) set.delete(t);
        else set.set(t, args[0]);
      }
      return None;
    };
    const getter = (): PyValue => {
      const t = current();
      return (t && set.get(t)) ?? None;
    };
    d.setStr(`set${hook}`, nativeFunction(`set${hook}`, checkedNative(setter, makeChecker("1", "sys", `set${hook}`, 0)), "sys"));
    d.setStr(`get${hook}`, nativeFunction(`get${hook}`, checkedNative(getter, makeChecker("-", "sys", `get${hook}`, 0)), "sys"));
  }
}
