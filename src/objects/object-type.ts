// The methods of `object`, the root of every class.
import { PyObject, type PyValue } from "./object.js";
import { PyType, objectType, addsInstanceDict } from "./type.js";
import { PyBuiltinFunction, PyMemberDescriptor, defineMethods, defineGetter, defineStaticMethod, defineClassMethod, nativeFunction } from "./function.js";
import { PyInstance } from "./instance.js";
import { newInstance } from "./instance.js";
import { None, NotImplemented } from "./singletons.js";
import { typeOf } from "./typeof.js";
import { PyDict } from "./dict.js";
import { PyList } from "./list.js";
import { idOf, addressOf } from "./identity.js";
import { callGen } from "./call.js";
import { genericGetAttrGen, genericSetAttrGen, genericDelAttrGen, attributeError } from "./attr.js";
import { reprFast } from "./stringify.js";
import { WHILE_REPR, enterRecursiveCall, leaveRecursiveCall } from "./recursion.js";
import type { NativeGen } from "./native.js";
import { pyAttributeError, pyTypeError } from "./exceptions.js";

/** Is f object.__new__? */
export function isObjectNew(f: PyValue | undefined): boolean {
  return f === objectNew;
}
/** Is f object.__init__? */
export function isObjectInit(f: PyValue | undefined): boolean {
  return f === objectInit;
}

/** A new instance of cls, refusing abstract classes as CPython does. */
export function newInstanceChecked(cls: PyType): PyObject {
  const abs = cls.abstractMethods;
  if (abs && abs.length) {
    const names = abs.slice().sort();
    throw pyTypeError(`Can't instantiate abstract class ${cls.name} with abstract method${names.length > 1 ? "s" : ""} ${names.join(", ")}`);
  }
  return newInstance(cls);
}

/** `<module.Qualname object at 0x…>` */
export function defaultRepr(v: PyValue): string {
  const t = typeOf(v);
  const mod = t.moduleName;
  const name = mod === "builtins" ? t.qualname : `${mod}.${t.qualname}`;
  return `<${name} object at ${addressOf(v)}>`;
}

defineStaticMethod(objectType, "__new__", (args, kw) => {
  const cls = args[0];
  if (!(cls instanceof PyType)) throw pyTypeError("object.__new__(X): X is not a type object");
  if (args.length > 1 || (kw && kw.size)) {
    if (cls.lookup("__new__") !== objectNew) throw pyTypeError("object.__new__() takes exactly one argument (the type to instantiate)");
    if (cls.lookup("__init__") === objectInit) throw pyTypeError(`${cls.name}() takes no arguments`);
  }
  return newInstanceChecked(cls);
});
const objectNew = objectType.attrs.get("__new__") as PyBuiltinFunction;

defineMethods(objectType, {
  __init__(args, kw) {
    if (args.length > 1 || (kw && kw.size)) {
      const t = typeOf(args[0]);
      if (t.lookup("__init__") !== objectInit) throw pyTypeError("object.__init__() takes exactly one argument (the instance to initialize)");
      if (t.lookup("__new__") === objectNew) throw pyTypeError(`${t.name}() takes no arguments`);
    }
    return None;
  },
  __repr__: (args) => defaultRepr(args[0]),
  __str__: function* (args): NativeGen {
    // CPython's object.__str__ runs the type's __repr__ and leaves the check of its result to
    // str(): a __repr__ returning 42 makes str(x) say "__str__ returned non-string (type int)".
    // CPython counts no recursion level here, but it counts one for the call of print/str/format
    // that got here, which pygil does not: this level stands in for it, so that the recursion
    // limit is met where CPython meets it (print([node]) with a self-referencing __repr__).
    const v = args[0];
    const fast = reprFast(v);
    if (fast !== undefined) return fast;
    enterRecursiveCall(WHILE_REPR);
    try {
      return yield* callGen(typeOf(v).lookup("__repr__")!, [v]);
    } finally {
      leaveRecursiveCall();
    }
  },
  __eq__: (args) => (args[0] === args[1] ? true : NotImplemented),
  __ne__: function* (args): NativeGen {
    const eqf = typeOf(args[0]).lookup("__eq__");
    if (eqf === undefined) return NotImplemented;
    const r = yield* callGen(eqf, [args[0], args[1]]);
    if (r === NotImplemented) return r;
    return !(yield* truth(r));
  },
  __hash__: (args) => Math.floor(idOf(args[0]) / 16),
  __getattribute__: function* (args): NativeGen {
    const name = attrName(args[1]);
    const r = yield* genericGetAttrGen(args[0], name);
    if (r === undefined) throw attributeError(args[0], name);
    return r;
  },
  __setattr__: function* (args): NativeGen {
    yield* genericSetAttrGen(args[0], attrName(args[1]), args[2]);
    return None;
  },
  __delattr__: function* (args): NativeGen {
    yield* genericDelAttrGen(args[0], attrName(args[1]));
    return None;
  },
  __format__: function* (args): NativeGen {
    const spec = args[1];
    if (typeof spec !== "string") throw pyTypeError(`format spec must be a str, not ${typeOf(spec).name}`);
    if (spec !== "") throw pyTypeError(`unsupported format string passed to ${typeOf(args[0]).name}.__format__`);
    const { strGen } = yield* stringifyModule();
    return yield* strGen(args[0]);
  },
  __dir__: (args) => {
    const names = new Set<string>();
    const o = args[0];
    if (typeof o === "object" && o.dict) for (const k of o.dict.keys()) if (typeof k === "string") names.add(k);
    for (const t of typeOf(o).mro) for (const k of t.attrs.keys()) names.add(k);
    if (typeOf(o).mro.some(addsInstanceDict)) names.add("__weakref__");
    names.add("__doc__"); // every class has one (None when undocumented)
    // object's __dict__ getter only answers for objects that have one
    if (!(typeof o === "object" && o.dict) && !typeOf(o).hasInstanceDict) names.delete("__dict__");
    return new PyList([...names]);
  },
  __sizeof__: () => 16,
  // object's rich comparisons: only == and != mean something by default; the VM then tries
  // the reflected operation and raises TypeError (hasattr(obj, '__lt__') is True, as CPython)
  __lt__: () => NotImplemented,
  __le__: () => NotImplemented,
  __gt__: () => NotImplemented,
  __ge__: () => NotImplemented,
  // 3.11's object.__getstate__: None, the instance dict, or (dict or None, {slot: value})
  __getstate__: (args) => {
    const o = args[0];
    if (typeof o !== "object") return None;
    const dict = o instanceof PyObject && o.dict && o.dict.size ? o.dict : None;
    const slotValues = o instanceof PyInstance && o.slots ? o.slots : null;
    if (slotValues) {
      const { PyDict: D, PyTuple: T } = containers;
      const slots = new D();
      for (const t of typeOf(o).mro) {
        for (const v of t.attrs.values()) {
          if (v instanceof PyMemberDescriptor && slotValues[v.index] !== undefined) slots.setStr(v.name, slotValues[v.index]!);
        }
      }
      if (slots.size) return new T([dict, slots]);
    }
    return dict;
  },
  __reduce_ex__: function* (args): NativeGen {
    const obj = args[0];
    const reduce = typeOf(obj).lookup("__reduce__");
    if (reduce !== undefined && reduce !== objectType.attrs.get("__reduce__")) return yield* callGen(reduce, [obj]);
    return yield* reduceNewobjGen(obj);
  },
  __reduce__: function* (args): NativeGen {
    return yield* reduceNewobjGen(args[0]);
  },
});

/** copyreg.__newobj__(cls, *args): what unpickling (and copy) calls to remake an object. */
export const newobj = nativeFunction("__newobj__", function* (args): NativeGen {
  const cls = args[0];
  if (!(cls instanceof PyType)) throw pyTypeError("__newobj__ arg 1 must be a type");
  const nw = cls.lookup("__new__");
  return yield* callGen(nw instanceof PyObject && "func" in nw ? (nw as { func: PyValue }).func : nw!, [cls, ...args.slice(1)]);
}, "copyreg");

/** object.__reduce_ex__(2+): (copyreg.__newobj__, (cls, *newargs), state, listitems, dictitems). */
function* reduceNewobjGen(obj: PyValue): NativeGen {
  const cls = typeOf(obj);
  if (cls.isBuiltin && !(obj instanceof PyObject && obj.dict)) {
    const { PyList: L, PyDict: D } = containers;
    if (!(obj instanceof L) && !(obj instanceof D)) throw pyTypeError(`cannot pickle '${cls.name}' object`);
  }
  let newargs: PyValue[] = [];
  const gna = cls.lookup("__getnewargs__");
  if (gna !== undefined) {
    const r = yield* callGen(gna, [obj]);
    const { PyTuple: T } = containers;
    if (!(r instanceof T)) throw pyTypeError(`__getnewargs__ should return a tuple, not '${typeOf(r).name}'`);
    newargs = r.items;
  }
  // the state is what __getstate__ says: object's gives the dict, and (dict, {slot: value}) for __slots__
  const gs = cls.lookup("__getstate__");
  const state: PyValue = gs !== undefined ? yield* callGen(gs, [obj]) : None;
  const { PyList: L, PyDict: D, PyTuple: T, ArrayIterator: AI, listIteratorType: LIT, dictItemsIter } = containers;
  const listitems = obj instanceof L ? new AI(obj.items.slice(), LIT) : None;
  const dictitems = obj instanceof D ? dictItemsIter(obj) : None;
  return new T([newobj, new T([cls, ...newargs]), state, listitems, dictitems]);
}
import * as listMod from "./list.js";
import * as dictMod from "./dict.js";
import * as tupleMod from "./tuple.js";
import * as iterMod from "./iter.js";
const containers = {
  get PyList() {
    return listMod.PyList;
  },
  get PyDict() {
    return dictMod.PyDict;
  },
  get PyTuple() {
    return tupleMod.PyTuple;
  },
  get ArrayIterator() {
    return iterMod.ArrayIterator;
  },
  get listIteratorType() {
    return iterMod.listIteratorType;
  },
  dictItemsIter(d: import("./dict.js").PyDict) {
    return new dictMod.DictIterator(d, 2);
  },
};
const objectInit = objectType.attrs.get("__init__") as PyBuiltinFunction;

defineClassMethod(objectType, "__init_subclass__", (args, kw) => {
  if (kw && kw.size) throw pyTypeError(`${(args[0] as PyType).name}.__init_subclass__() takes no keyword arguments`);
  return None;
});
defineClassMethod(objectType, "__subclasshook__", () => NotImplemented);

defineGetter(
  objectType,
  "__class__",
  (o) => typeOf(o),
  (o, v) => {
    if (!(v instanceof PyType)) throw pyTypeError(`__class__ must be set to a class, not '${typeOf(v).name}' object`);
    if (!(o instanceof PyObject) || typeOf(o).isBuiltin || v.isBuiltin) throw pyTypeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
    o.type = v;
  },
);

defineGetter(
  objectType,
  "__dict__",
  (o) => {
    if (typeof o === "object" && o.dict) return o.dict;
    if (o instanceof PyObject && o.type.hasInstanceDict) return (o.dict = new PyDict()); // made on first use
    throw pyAttributeError(`'${typeOf(o).name}' object has no attribute '__dict__'`, "__dict__", o);
  },
  (o, v) => {
    if (!(v instanceof PyDict)) throw pyTypeError(`__dict__ must be set to a dictionary, not a '${typeOf(v).name}'`);
    if (typeof o === "object" && (o.dict || (o instanceof PyObject && o.type.hasInstanceDict))) o.dict = v;
    else throw pyAttributeError(`'${typeOf(o).name}' object has no attribute '__dict__'`);
  },
);

function attrName(v: PyValue): string {
  if (typeof v === "string") return v;
  throw pyTypeError(`attribute name must be string, not '${typeOf(v).name}'`);
}

import * as ops from "./ops.js";
import * as stringify from "./stringify.js";
function* truth(v: PyValue): NativeGen<boolean> {
  return yield* ops.isTrueGen(v);
}
// eslint-disable-next-line require-yield
function* stringifyModule(): NativeGen<typeof stringify> {
  return stringify;
}
