// The methods of `type`: calling a class, creating classes (type.__new__), and the class
// attributes (__name__, __mro__, __dict__ …).
import { PyObject, type KwArgs, type PyValue } from "./object.js";
import { PyType, typeType, objectType, MroError } from "./type.js";
import { builtinTypeDoc } from "./builtin-docs.js";
import {
  PyBuiltinFunction, PyFunction, PyStaticMethod, PyClassMethod, PyMemberDescriptor, PyCell, PyGetSetDescriptor,
  defineMethods, defineGetter, defineStaticMethod,
} from "./function.js";
import { PyDict } from "./dict.js";
import { PyTuple, newTuple } from "./tuple.js";
import { PyList } from "./list.js";
import { None } from "./singletons.js";
import { typeOf } from "./typeof.js";
import { callGen } from "./call.js";
import { typeGetAttrGenExport } from "./attr-type.js";
import { genericSetAttrGen, genericDelAttrGen, descrGetGen } from "./attr.js";
import { toArrayGen } from "./iter.js";
import { strValue } from "./str.js";
import type { NativeGen } from "./native.js";
import { Exc, isExc, newException, pyAttributeError, pyTypeError, pyValueError } from "./exceptions.js";
import { addressOf } from "./identity.js";

/** type(obj) / type(name, bases, dict) / calling any class. */
export function* typeCallGen(cls: PyType, args: PyValue[], kw: KwArgs): NativeGen {
  if (cls === typeType && args.length === 1 && (kw === null || kw.size === 0)) return typeOf(args[0]);
  let newFn = cls.lookup("__new__");
  if (newFn instanceof PyStaticMethod) newFn = newFn.func;
  if (newFn === undefined) throw pyTypeError(`cannot create '${cls.name}' instances`);
  const obj = yield* callGen(newFn, [cls, ...args], kw);
  const ot = typeOf(obj);
  if (ot !== cls && !ot.isSubtypeOf(cls)) return obj;
  if (cls === typeType && args.length === 1) return obj;
  const init = ot.lookup("__init__");
  if (init !== undefined) {
    const r = yield* callGen(init, [obj, ...args], kw);
    if (r !== None) throw pyTypeError(`__init__() should return None, not '${typeOf(r).name}'`);
  }
  return obj;
}

defineMethods(typeType, {
  __call__: function* (args, kw): NativeGen {
    const cls = args[0];
    if (!(cls instanceof PyType)) throw pyTypeError("descriptor '__call__' requires a 'type' object");
    return yield* typeCallGen(cls, args.slice(1), kw);
  },
  __init__: () => None,
  __repr__: (args) => {
    const t = args[0] as PyType;
    const mod = t.moduleName;
    return mod === "builtins" ? `<class '${t.qualname}'>` : `<class '${mod}.${t.qualname}'>`;
  },
  __getattribute__: function* (args): NativeGen {
    const cls = args[0] as PyType;
    const name = args[1] as string;
    const r = yield* typeGetAttrGenExport(cls, name);
    if (r === undefined) throw pyAttributeError(`type object '${cls.name}' has no attribute '${name}'`, name, cls);
    return r;
  },
  __setattr__: function* (args): NativeGen {
    yield* genericSetAttrGen(args[0], args[1] as string, args[2]);
    return None;
  },
  __delattr__: function* (args): NativeGen {
    yield* genericDelAttrGen(args[0], args[1] as string);
    return None;
  },
  mro: (args) => new PyList(computeMroChecked(args[0] as PyType, (args[0] as PyType).bases)),
  __subclasses__: (args) => new PyList((args[0] as PyType).subclasses.slice()),
  __instancecheck__: (args) => {
    if (args.length !== 2) throw pyTypeError(`${(args[0] as PyType).name}.__instancecheck__() takes exactly one argument (${args.length - 1} given)`);
    return typeOf(args[1]).isSubtypeOf(args[0] as PyType);
  },
  __subclasscheck__: (args) => {
    if (args.length !== 2) throw pyTypeError(`${(args[0] as PyType).name}.__subclasscheck__() takes exactly one argument (${args.length - 1} given)`);
    if (!(args[1] instanceof PyType)) throw pyTypeError("issubclass() arg 1 must be a class");
    return args[1].isSubtypeOf(args[0] as PyType);
  },
  __prepare__: () => new PyDict(),
  __dir__: (args) => {
    const names = new Set<string>();
    for (const t of (args[0] as PyType).mro) for (const k of t.attrs.keys()) names.add(k);
    if ((args[0] as PyType).mro.some(typeModule.addsInstanceDict)) names.add("__weakref__");
    names.add("__doc__"); // every class has one (None when undocumented)
    if (!(args[0] as PyType).hasInstanceDict) names.delete("__dict__");
    return new PyList([...names]);
  },
  __or__: (args) => unionOf(args[0], args[1]),
  __ror__: (args) => unionOf(args[1], args[0]),
});
// __prepare__ is a classmethod-like static on type
typeType.attrs.set("__prepare__", new PyClassMethod(typeType.attrs.get("__prepare__")!));

function unionOf(a: PyValue, b: PyValue): PyValue {
  const mk = unionHook.make;
  if (!mk) throw pyTypeError("unsupported operand type(s) for |");
  return mk(a, b);
}
/** Set by the module that implements types.UnionType. */
export const unionHook: { make: ((a: PyValue, b: PyValue) => PyValue) | null } = { make: null };

defineStaticMethod(typeType, "__new__", function* (args, kw): NativeGen {
  const meta = args[0];
  if (!(meta instanceof PyType)) throw pyTypeError("type.__new__(X): X is not a type object");
  if (args.length === 2 && meta === typeType) return typeOf(args[1]);
  if (args.length !== 4) throw pyTypeError("type() takes 1 or 3 arguments");
  const name = strValue(args[1]);
  if (name === undefined) throw pyTypeError(`type.__new__() argument 1 must be str, not ${typeOf(args[1]).name}`);
  if (!(args[2] instanceof PyTuple)) throw pyTypeError(`type.__new__() argument 2 must be tuple, not ${typeOf(args[2]).name}`);
  if (!(args[3] instanceof PyDict)) throw pyTypeError(`type.__new__() argument 3 must be dict, not ${typeOf(args[3]).name}`);
  // `type(name, bases, ns)` with a base whose metaclass is more derived (ABCMeta …): that
  // metaclass's own __new__ makes the class, as CPython's type_new does
  const winner = calculateMeta(meta, args[2].items);
  if (winner !== meta) {
    const wnew = winner.lookup("__new__");
    if (wnew !== undefined && wnew !== typeType.lookup("__new__")) {
      const f = yield* descrGetGen(wnew, undefined, winner);
      return yield* callGen(f, [winner, args[1], args[2], args[3]], kw);
    }
  }
  return yield* createClassGen(winner, name, args[2].items, args[3], kw);
});

function computeMroChecked(cls: PyType, bases: PyType[]): PyType[] {
  try {
    const { computeMro } = typeModule;
    return computeMro(cls, bases);
  } catch (e) {
    if (e instanceof MroError) throw pyTypeError(e.message);
    throw e;
  }
}
import * as typeModule from "./type.js";

/** The solid base (builtin layout) of a class: the nearest base with a factory, or object. */
// Exceptions whose instances carry fields of their own in CPython (others share BaseException's).
const EXCEPTIONS_WITH_FIELDS = new Set([
  "BaseException", "OSError", "SyntaxError", "ImportError", "StopIteration", "SystemExit",
  "AttributeError", "NameError", "UnicodeError", "BaseExceptionGroup",
]);
// builtins whose instances vary in size: a subclass that adds a __dict__ changes their layout
const VAR_SIZED = new Set(["int", "tuple", "bytes"]);

/** The class that fixes the instance layout of t (CPython's "solid base"), object at the root. */
function solidBase(t: PyType): PyType {
  if (t === objectType || t.bases.length === 0) return objectType;
  const base = t.bases[0];
  const inherited = solidBase(base);
  return addsToLayout(t, base, inherited) ? t : inherited;
}

function addsToLayout(t: PyType, base: PyType, baseSolid: PyType): boolean {
  if (t.isBuiltin) {
    if (!t.factory) return false;
    if (base.factory !== t.factory) return true;
    return EXCEPTIONS_WITH_FIELDS.has(t.name) && base.moduleName === "builtins";
  }
  const slots = t.attrs.get("__slots__");
  if (slots !== undefined) {
    const names = typeof slots === "string" ? [slots] : slots instanceof PyTuple || slots instanceof PyList ? slots.items : [];
    return names.some((n) => n !== "__dict__" && n !== "__weakref__");
  }
  // a first __dict__ over a variable-size builtin
  return VAR_SIZED.has(baseSolid.name) && baseSolid.isBuiltin && base.mro.every((m) => m.isBuiltin || m.attrs.has("__slots__"));
}

/** The base whose layout the new class extends: its solid base derives from every other's. */
function checkLayouts(bases: PyType[]): void {
  let winner: PyType | null = null;
  for (const b of bases) {
    const s = solidBase(b);
    if (winner === null || s.isSubtypeOf(winner)) winner = s;
    else if (!winner.isSubtypeOf(s)) throw pyTypeError("multiple bases have instance lay-out conflict");
  }
}

/** The most derived metaclass among meta and the bases' metaclasses. */
export function calculateMeta(meta: PyType, bases: PyValue[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const bt = typeOf(b);
    if (winner.isSubtypeOf(bt)) continue;
    if (bt.isSubtypeOf(winner)) {
      winner = bt;
      continue;
    }
    throw pyTypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
  }
  return winner;
}

/** type.__new__(meta, name, bases, ns, **kw). */
export function* createClassGen(meta: PyType, name: string, baseValues: PyValue[], ns: PyDict, kw: KwArgs): NativeGen {
  const bases: PyType[] = [];
  for (const b of baseValues) {
    if (!(b instanceof PyType)) throw pyTypeError(`bases must be types`);
    if (!b.isBaseType) {
      // CPython names a C type outside builtins with its module (operator.itemgetter)
      const mod = b.moduleName;
      throw pyTypeError(`type '${mod && mod !== "builtins" ? `${mod}.${b.name}` : b.name}' is not an acceptable base type`);
    }
    bases.push(b);
  }
  if (bases.length === 0) bases.push(objectType);
  const dup = bases.find((b, i) => bases.indexOf(b) !== i);
  if (dup !== undefined) throw pyTypeError(`duplicate base class ${dup.name}`);
  checkLayouts(bases);
  let cls: PyType;
  try {
    cls = new PyType(meta, name, bases, { builtin: false });
  } catch (e) {
    if (e instanceof MroError) throw pyTypeError(e.message);
    throw e;
  }
  // namespace → class attributes
  let classcell: PyValue | undefined;
  for (const [k, v] of ns.entries()) {
    const key = strValue(k);
    if (key === undefined) continue;
    if (key === "__qualname__") {
      const q = strValue(v);
      if (q === undefined) throw pyTypeError(`type __qualname__ must be a str, not ${typeOf(v).name}`);
      cls.qualname = q;
      continue;
    }
    if (key === "__classcell__") {
      classcell = v;
      continue;
    }
    cls.attrs.set(key, v);
  }
  if (!cls.attrs.has("__module__")) {
    const mod = moduleHook.current();
    if (mod !== undefined) cls.attrs.set("__module__", mod);
  }
  // implicit staticmethod / classmethod
  const nw = cls.attrs.get("__new__");
  if (nw instanceof PyFunction) cls.attrs.set("__new__", new PyStaticMethod(nw));
  for (const cm of ["__init_subclass__", "__class_getitem__"]) {
    const f = cls.attrs.get(cm);
    if (f instanceof PyFunction) cls.attrs.set(cm, new PyClassMethod(f));
  }
  if (cls.attrs.has("__eq__") && !cls.attrs.has("__hash__")) cls.attrs.set("__hash__", None);
  // __slots__
  const slots = cls.attrs.get("__slots__");
  const inheritedSlots: string[] = [];
  for (const b of bases) for (const s of b.slotNames) if (!inheritedSlots.includes(s)) inheritedSlots.push(s);
  cls.slotNames = inheritedSlots;
  if (slots !== undefined) {
    const names = typeof slots === "string" ? [slots] : (yield* toArrayGen(slots));
    let wantsDict = false;
    for (const n of names) {
      const s = strValue(n);
      if (s === undefined) throw pyTypeError(`__slots__ items must be strings, not '${typeOf(n).name}'`);
      if (s === "__dict__") {
        wantsDict = true;
        continue;
      }
      if (s === "__weakref__") continue;
      const varBase = bases.find((b) => b.mro.some((m) => m.isBuiltin && VAR_SIZED.has(m.name)));
      if (varBase !== undefined) throw pyTypeError(`nonempty __slots__ not supported for subtype of '${varBase.name}'`);
      const mangled = s.startsWith("__") && !s.endsWith("__") ? `_${name.replace(/^_+/, "")}${s}` : s;
      if (cls.attrs.has(mangled)) throw pyValueError(`'${s}' in __slots__ conflicts with class variable`);
      cls.slotNames = [...cls.slotNames, mangled];
      cls.attrs.set(mangled, new PyMemberDescriptor(mangled, cls, cls.slotNames.length - 1));
    }
    cls.hasInstanceDict = wantsDict || bases.some((b) => b.hasInstanceDict && !b.isBuiltin);
  } else cls.hasInstanceDict = true;
  if (!cls.attrs.has("__doc__")) cls.attrs.set("__doc__", None);
  cls.invalidate();
  if (classcell !== undefined) {
    if (!(classcell instanceof PyCell)) throw pyTypeError(`__classcell__ must be a nonlocal cell, not ${typeOf(classcell)}`);
    classcell.value = cls;
  }
  // __set_name__
  for (const [k, v] of [...cls.attrs]) {
    if (typeof v !== "object") continue;
    const sn = v.type.lookup("__set_name__");
    if (sn === undefined) continue;
    try {
      yield* callGen(sn, [v, cls, k]);
    } catch (e) {
      if (isExc(e, Exc.BaseException)) {
        const re = newException(Exc.RuntimeError, `Error calling __set_name__ on '${v.type.name}' instance '${k}' in '${name}'`);
        re.cause = e;
        re.suppressContext = true;
        throw re;
      }
      throw e;
    }
  }
  // super().__init_subclass__(**kw)
  let isc: PyValue | undefined;
  for (let i = 1; i < cls.mro.length && isc === undefined; i++) isc = cls.mro[i].attrs.get("__init_subclass__");
  if (isc !== undefined) {
    const bound = yield* descrGetGen(isc, undefined, cls);
    yield* callGen(bound, [], kw && kw.size ? kw : null);
  }
  return cls;
}

/** Where type() finds the calling module's name for __module__ (set by the VM). */
export const moduleHook: { current: () => PyValue | undefined } = { current: () => undefined };

// ---- class attributes ----------------------------------------------------------------------

function asType(v: PyValue): PyType {
  if (!(v instanceof PyType)) throw pyTypeError("descriptor requires a 'type' object");
  return v;
}

defineGetter(typeType, "__name__", (t) => asType(t).shortName ?? asType(t).name, (t, v) => {
  const s = strValue(v);
  if (s === undefined) throw pyTypeError(`can only assign string to ${asType(t).name}.__name__, not '${typeOf(v).name}'`);
  const ty = asType(t);
  if (ty.isBuiltin) throw pyTypeError(`cannot set '__name__' attribute of immutable type '${ty.name}'`);
  ty.name = s;
  ty.shortName = undefined;
});
defineGetter(typeType, "__qualname__", (t) => asType(t).qualname, (t, v) => {
  const s = strValue(v);
  if (s === undefined) throw pyTypeError(`can only assign string to ${asType(t).name}.__qualname__, not '${typeOf(v).name}'`);
  asType(t).qualname = s;
});
defineGetter(
  typeType,
  "__module__",
  (t) => {
    const m = asType(t).attrs.get("__module__");
    // type's own "__module__" entry is this descriptor: type.__module__ is 'builtins'
    return m === undefined || m === moduleDescriptor ? "builtins" : m;
  },
  (t, v) => asType(t).setAttr("__module__", v),
);
const moduleDescriptor = typeType.attrs.get("__module__");
defineGetter(typeType, "__bases__", (t) => newTuple(asType(t).bases.slice()), (t, v) => {
  if (!(v instanceof PyTuple) || v.items.length === 0 || !v.items.every((b) => b instanceof PyType)) throw pyTypeError("can only assign non-empty tuple to __bases__");
  asType(t).setBases(v.items as PyType[]);
});
defineGetter(typeType, "__base__", (t) => {
  const ty = asType(t);
  return ty.bases.length ? ty.bases[0] : None;
});
defineGetter(typeType, "__mro__", (t) => newTuple(asType(t).mro.slice()));
defineGetter(typeType, "__dict__", (t) => mappingProxy(asType(t)));
defineGetter(typeType, "__doc__", (t) => {
  const ty = asType(t);
  const d = ty.attrs.get("__doc__");
  if (ty.isBuiltin && typeof d !== "string") return builtinTypeDoc(ty);
  if (d === undefined) return None;
  return d;
}, (t, v) => asType(t).setAttr("__doc__", v));
defineGetter(typeType, "__abstractmethods__", (t) => {
  const ty = asType(t);
  const a = ty.attrs.get("__abstractmethods__");
  if (a === undefined) throw pyAttributeError("__abstractmethods__");
  return a;
}, (t, v) => {
  const ty = asType(t);
  ty.setAttr("__abstractmethods__", v);
  abstractHook.update(ty, v);
});
/** Keeps PyType.abstractMethods in step with __abstractmethods__ (set by the abc support). */
export const abstractHook: { update: (t: PyType, v: PyValue) => void } = {
  update: (t, v) => {
    const { toArray } = iterModule;
    t.abstractMethods = toArray(v).map((x) => String(x));
  },
};

/** `Class.__dict__`: a read-only view of the class namespace. */
export const mappingProxyType = typeModule.makeBuiltinType("mappingproxy", undefined, { baseType: false });
export class PyMappingProxy extends PyObject {
  constructor(readonly cls: PyType) {
    super(mappingProxyType);
  }
  /**
   * The namespace as CPython shows it: a class whose only base is object also holds the
   * `__dict__` and `__weakref__` descriptors its instances got, and a `__doc__` of None (no
   * docstring) comes after them.
   */
  entries(): [string, PyValue][] {
    const cls = this.cls;
    const all = [...cls.attrs];
    if (cls.isBuiltin) return all;
    const addsDict = typeModule.addsInstanceDict(cls);
    const docIsNone = cls.attrs.get("__doc__") === None;
    if (!addsDict && !docIsNone) return all;
    // what a metaclass adds after the class is made (ABCMeta) stays last
    const late = all.filter(([k]) => LATE_CLASS_ATTRS.has(k));
    const out = all.filter(([k]) => !LATE_CLASS_ATTRS.has(k) && !(docIsNone && k === "__doc__"));
    if (addsDict) {
      let ds = instanceDescriptors.get(cls);
      if (ds === undefined) {
        ds = [
          new PyGetSetDescriptor("__dict__", cls, (o) => instanceDictOf(o)),
          new PyGetSetDescriptor("__weakref__", cls, () => None),
        ];
        instanceDescriptors.set(cls, ds);
      }
      out.push(["__dict__", ds[0]], ["__weakref__", ds[1]]);
    }
    if (docIsNone) out.push(["__doc__", None]);
    return [...out, ...late];
  }
  get(k: PyValue): PyValue | undefined {
    if (typeof k !== "string") return undefined;
    const v = this.cls.attrs.get(k);
    if (v !== undefined) return v;
    if (k !== "__dict__" && k !== "__weakref__") return undefined;
    return this.entries().find(([name]) => name === k)?.[1];
  }
  toDict(): PyDict {
    const d = new PyDict();
    for (const [k, v] of this.entries()) d.setStr(k, v);
    return d;
  }
}
attrModule.weakrefSlot.find = (cls) => {
  const owner = cls.mro.find((c) => !c.isBuiltin && typeModule.addsInstanceDict(c));
  return owner === undefined ? undefined : new PyMappingProxy(owner).get("__weakref__");
};
const LATE_CLASS_ATTRS = new Set(["__abstractmethods__", "_abc_impl"]);
const instanceDescriptors = new WeakMap<PyType, PyGetSetDescriptor[]>();
function instanceDictOf(o: PyValue): PyValue {
  const { getAttr } = attrModule;
  return getAttr(o, "__dict__");
}
function mappingProxy(t: PyType): PyMappingProxy {
  return new PyMappingProxy(t);
}
defineMethods(mappingProxyType, {
  __getitem__: (args) => {
    const v = (args[0] as PyMappingProxy).get(args[1]);
    if (v === undefined) throw newException(Exc.KeyError, args[1]);
    return v;
  },
  __contains__: (args) => (args[0] as PyMappingProxy).get(args[1]) !== undefined,
  __len__: (args) => (args[0] as PyMappingProxy).entries().length,
  __iter__: (args) => {
    const { getIter } = iterModule;
    return getIter(new PyList((args[0] as PyMappingProxy).entries().map(([k]) => k)));
  },
  get: (args) => {
    const v = (args[0] as PyMappingProxy).get(args[1]);
    return v === undefined ? (args[2] ?? None) : v;
  },
  keys: function* (args): NativeGen {
    return yield* callGen(dictMethod("keys"), [(args[0] as PyMappingProxy).toDict()]);
  },
  values: function* (args): NativeGen {
    return yield* callGen(dictMethod("values"), [(args[0] as PyMappingProxy).toDict()]);
  },
  items: function* (args): NativeGen {
    return yield* callGen(dictMethod("items"), [(args[0] as PyMappingProxy).toDict()]);
  },
  copy: (args) => (args[0] as PyMappingProxy).toDict(),
  // repr: mappingproxy({...}); str: the namespace's own str, as CPython
  __repr__: function* (args): NativeGen {
    const { reprGen } = stringifyModule;
    return `mappingproxy(${yield* reprGen((args[0] as PyMappingProxy).toDict())})`;
  },
  __str__: function* (args): NativeGen {
    const { reprGen } = stringifyModule;
    return yield* reprGen((args[0] as PyMappingProxy).toDict());
  },
});
function dictMethod(name: string): PyValue {
  return typeOf(new PyDict()).lookup(name)!;
}
import * as attrModule from "./attr.js";
import * as stringifyModule from "./stringify.js";
import * as iterModule from "./iter.js";

export { addressOf, PyBuiltinFunction };
