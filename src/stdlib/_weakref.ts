// _weakref: the native part of weakref.py. Python objects live in the JS heap and are freed
// by the JS garbage collector, so a weak reference is a JS WeakRef: the referent stays
// reachable through it until the JS engine collects it, at a time of the engine's choosing
// (never at once on `del`, as CPython's reference counting does). When that happens, the
// weak references to it are queued; weakref.py takes them from the queue (pending()) and
// runs their callbacks.
import { PyObject, type PyValue } from "../objects/object.js";
import { makeBuiltinType } from "../objects/type.js";
import { PyList } from "../objects/list.js";
import { None } from "../objects/singletons.js";
import { nativeFunction } from "../objects/function.js";
import type { NativeFn } from "../objects/native.js";
import { typeOf } from "../objects/typeof.js";
import { pyTypeError } from "../objects/exceptions.js";
import { defineNativeModule } from "../vm/native-modules.js";

const handleType = makeBuiltinType("weakref_handle", undefined, { baseType: false });

/** Holds its target weakly; what a Python weakref object keeps. */
class WeakHandle extends PyObject {
  constructor(readonly target: WeakRef<PyObject>) {
    super(handleType);
  }
}

/** Weak references (the Python objects) whose referents the JS engine has collected. */
const collected: WeakRef<PyObject>[] = [];
const registry = new FinalizationRegistry<WeakRef<PyObject>[]>((refs) => collected.push(...refs));
/** For each referent: its watched weak references, and the list the registry holds. */
const watchers = new WeakMap<PyObject, WeakRef<PyObject>[]>();

/** The objects of refs that the JS engine has not collected yet, as a Python list. */
function liveList(refs: readonly WeakRef<PyObject>[]): PyList {
  return new PyList(refs.map((w) => w.deref()).filter((r): r is PyObject => r !== undefined));
}

function objectArg(v: PyValue | undefined): PyObject {
  if (!(v instanceof PyObject)) throw pyTypeError(`cannot create weak reference to '${typeOf(v ?? None).name}' object`);
  return v;
}

defineNativeModule("_weakref", (m) => {
  const def = (name: string, fn: NativeFn) => m.dict.setStr(name, nativeFunction(name, fn, "_weakref"));
  // handle(obj) -> an object that holds obj weakly
  def("handle", (args) => new WeakHandle(new WeakRef(objectArg(args[0]))));
  // get(handle) -> the referent, or None once collected
  def("get", (args) => {
    const h = args[0];
    if (!(h instanceof WeakHandle)) throw pyTypeError("a weakref handle is required");
    return h.target.deref() ?? None;
  });
  // watch(obj, ref): queue ref (if it still exists) when obj is collected; ref is held weakly
  def("watch", (args) => {
    const obj = objectArg(args[0]);
    const ref = objectArg(args[1]);
    let list = watchers.get(obj);
    if (!list) {
      list = [];
      watchers.set(obj, list);
      registry.register(obj, list);
    }
    list.push(new WeakRef(ref));
    return None;
  });
  // watchers(obj) -> the live weak references registered with watch(obj, ...)
  def("watchers", (args) => {
    const list = args[0] instanceof PyObject ? watchers.get(args[0]) : undefined;
    return liveList(list ?? []);
  });
  // pending() -> the weak references whose referents were collected since the last call
  def("pending", () => liveList(collected.splice(0)));
});
