// Methods and attributes of functions, bound methods, builtins, cells, staticmethod,
// classmethod, property and super.
import { PyObject, type PyValue } from "./object.js";
import { PyType } from "./type.js";
import {
  PyBuiltinFunction, PyFunction, PyMethod, PyCell, PyStaticMethod, PyClassMethod, PyProperty,
  PyGetSetDescriptor, PyMemberDescriptor,
  builtinFunctionType, methodDescriptorType, functionType, methodType, cellType, staticMethodType,
  classMethodType, propertyType, getSetDescriptorType, memberDescriptorType,
  defineMethods, defineGetter, defineStaticMethod,
} from "./function.js";
import { PyDict } from "./dict.js";
import { PyModule } from "./module.js";
import { PyTuple, newTuple } from "./tuple.js";
import { None, NotImplemented } from "./singletons.js";
import { typeOf } from "./typeof.js";
import { callGen } from "./call.js";
import { classMethodGetGen, descrGetGen, getAttrOptGen, genericGetAttrGen, attributeError } from "./attr.js";
import { strValue } from "./str.js";
import { builtinTextSignature } from "./builtin-docs.js";
import { isSlotWrapper } from "./slot-wrappers.js";
import { checkedNative, makeChecker } from "./arity.js";
import { addressOf, idOf } from "./identity.js";
import type { NativeGen } from "./native.js";
import { Exc, newException, pyAttributeError, pyRuntimeError, pyTypeError } from "./exceptions.js";
import { makeBuiltinType } from "./type.js";

// -- function --
function F(v: PyValue): PyFunction {
  if (!(v instanceof PyFunction)) throw pyTypeError("descriptor requires a 'function' object");
  return v;
}
defineMethods(functionType, {
  __repr__: (args) => `<function ${F(args[0]).qualname} at ${addressOf(args[0])}>`,
  __get__: (args) => (args[1] === None ? args[0] : new PyMethod(args[0], args[1])),
  __call__: function* (args, kw): NativeGen {
    return yield* callGen(args[0], args.slice(1), kw);
  },
});
// the builtins namespace the function's code sees (its globals' __builtins__, as a dict)
defineGetter(functionType, "__builtins__", (f) => {
  const b = F(f).globals.getStr("__builtins__");
  if (b instanceof PyDict) return b;
  if (b instanceof PyModule) return b.dict;
  return new PyDict();
});
defineGetter(functionType, "__name__", (f) => F(f).name, (f, v) => {
  const s = strValue(v);
  if (s === undefined) throw pyTypeError("__name__ must be set to a string object");
  F(f).name = s;
});
defineGetter(functionType, "__qualname__", (f) => F(f).qualname, (f, v) => {
  const s = strValue(v);
  if (s === undefined) throw pyTypeError("__qualname__ must be set to a string object");
  F(f).qualname = s;
});
defineGetter(functionType, "__module__", (f) => F(f).module, (f, v) => {
  F(f).module = v;
});
defineGetter(functionType, "__doc__", (f) => F(f).doc, (f, v) => {
  F(f).doc = v;
});
defineGetter(functionType, "__defaults__", (f) => {
  const d = F(f).defaults;
  return d ? newTuple(d) : None;
}, (f, v) => {
  F(f).defaults = v === None ? null : (v as PyTuple).items;
});
defineGetter(functionType, "__kwdefaults__", (f) => F(f).kwdefaults ?? None, (f, v) => {
  F(f).kwdefaults = v === None ? null : (v as PyDict);
});
defineGetter(functionType, "__code__", (f) => F(f).code);
defineGetter(functionType, "__globals__", (f) => F(f).globals);
defineGetter(functionType, "__closure__", (f) => {
  const c = F(f).closure;
  return c ? newTuple(c) : None;
});
defineGetter(functionType, "__annotations__", (f) => {
  const fn = F(f);
  return (fn.annotations ??= new PyDict());
}, (f, v) => {
  F(f).annotations = v as PyDict;
});
defineGetter(functionType, "__dict__", (f) => {
  const fn = F(f);
  return (fn.dict ??= new PyDict());
});
functionType.hasInstanceDict = true;

// -- bound method --
function M(v: PyValue): PyMethod {
  if (!(v instanceof PyMethod)) throw pyTypeError("descriptor requires a 'method' object");
  return v;
}
defineMethods(methodType, {
  __repr__: function* (args): NativeGen {
    const m = M(args[0]);
    const f = m.func;
    const { reprGen } = stringify;
    const qn = f instanceof PyFunction ? f.qualname : "?";
    return `<bound method ${qn} of ${yield* reprGen(m.self)}>`;
  },
  __call__: function* (args, kw): NativeGen {
    return yield* callGen(args[0], args.slice(1), kw);
  },
  __eq__: (args) => {
    const b = args[1];
    if (!(b instanceof PyMethod)) return NotImplemented;
    const a = M(args[0]);
    return a.func === b.func && a.self === b.self;
  },
  __hash__: (args) => idOf(M(args[0]).func) ^ idOf(M(args[0]).self),
  __getattribute__: function* (args): NativeGen {
    const m = M(args[0]);
    const name = args[1] as string;
    const r = yield* genericGetAttrGen(m, name);
    if (r !== undefined) return r;
    const r2 = yield* getAttrOptGen(m.func, name);
    if (r2 !== undefined) return r2;
    throw attributeError(m, name);
  },
});
defineStaticMethod(methodType, "__new__", (args) => {
  if (args.length !== 3) throw pyTypeError(`method expected 2 arguments, got ${args.length - 1}`);
  const { callableCheck } = helpers;
  if (!callableCheck(args[1])) throw pyTypeError("first argument must be callable");
  if (args[2] === None) throw pyTypeError("instance must not be None");
  return new PyMethod(args[1], args[2]);
});
defineStaticMethod(functionType, "__new__", (args, kw) => {
  const get = (i: number, name: string) => (args.length > i ? args[i] : kw?.get(name));
  const code = get(1, "code");
  const globals = get(2, "globals");
  const { CodeObject } = codeMod;
  if (!(code instanceof CodeObject)) throw pyTypeError(`function() argument 'code' must be code, not ${typeOf(code ?? None).name}`);
  if (!(globals instanceof PyDict)) throw pyTypeError(`function() argument 'globals' must be dict, not ${typeOf(globals ?? None).name}`);
  const name = get(3, "name");
  const defs = get(4, "argdefs");
  const closure = get(5, "closure");
  return new PyFunction(code, globals, strValue(name ?? None) ?? code.name, code.qualname, defs instanceof PyTuple ? defs.items : null, null,
    closure instanceof PyTuple ? (closure.items as PyCell[]) : null, globals.getStr("__name__") ?? None, code.doc ?? None);
});
import * as codeMod from "../compiler/code.js";
const helpers = {
  callableCheck(v: PyValue): boolean {
    return v instanceof PyFunction || v instanceof PyBuiltinFunction || v instanceof PyMethod || v instanceof PyType || typeOf(v).lookup("__call__") !== undefined;
  },
};
defineGetter(methodType, "__func__", (m) => M(m).func);
defineGetter(methodType, "__self__", (m) => M(m).self);
import * as stringify from "./stringify.js";

// -- builtin functions, and native methods bound to an object ([].append) --
function B(v: PyValue): PyBuiltinFunction {
  if (v instanceof PyMethod && v.func instanceof PyBuiltinFunction) return v.func;
  if (!(v instanceof PyBuiltinFunction)) throw pyTypeError("descriptor requires a builtin function");
  return v;
}
defineMethods(builtinFunctionType, {
  __repr__: (args) => {
    const m = args[0];
    if (m instanceof PyMethod) {
      const kind = isSlotWrapper(B(m)) ? "method-wrapper '" : "built-in method ";
      return `<${kind}${B(m).name}${kind.endsWith("'") ? "'" : ""} of ${typeOf(m.self).name} object at ${addressOf(m.self)}>`;
    }
    return `<built-in function ${B(m).name}>`;
  },
  __call__: function* (args, kw): NativeGen {
    return yield* callGen(args[0], args.slice(1), kw);
  },
  __eq__: (args) => {
    const [a, b] = args;
    if (a instanceof PyMethod) return b instanceof PyMethod ? a.func === b.func && a.self === b.self : NotImplemented;
    return b instanceof PyBuiltinFunction || b instanceof PyMethod ? a === b : NotImplemented;
  },
  __hash__: (args) => {
    const f = args[0];
    return f instanceof PyMethod ? idOf(f.func) ^ idOf(f.self) : idOf(f);
  },
});
defineGetter(builtinFunctionType, "__name__", (f) => B(f).name);
defineGetter(builtinFunctionType, "__qualname__", (f) => {
  const owner = B(f).owner;
  return f instanceof PyMethod && owner ? `${owner.name}.${B(f).name}` : B(f).name;
});
defineGetter(builtinFunctionType, "__module__", (f) => (f instanceof PyMethod ? None : B(f).module ?? None));
defineGetter(builtinFunctionType, "__doc__", (f) => B(f).doc ?? None);
defineGetter(builtinFunctionType, "__text_signature__", (f) => builtinTextSignature(B(f)));
defineGetter(builtinFunctionType, "__self__", (f) => (f instanceof PyMethod ? f.self : None));
defineMethods(methodDescriptorType, {
  __repr__: (args) => `<${isSlotWrapper(B(args[0])) ? "slot wrapper" : "method"} '${B(args[0]).name}' of '${B(args[0]).owner?.name ?? "?"}' objects>`,
  __get__: (args) => (args[1] === None ? args[0] : new PyMethod(args[0], args[1])),
  __call__: function* (args, kw): NativeGen {
    return yield* callGen(args[0], args.slice(1), kw);
  },
});
defineGetter(methodDescriptorType, "__name__", (f) => B(f).name);
defineGetter(methodDescriptorType, "__qualname__", (f) => `${B(f).owner?.name ?? "?"}.${B(f).name}`);
defineGetter(methodDescriptorType, "__objclass__", (f) => B(f).owner ?? None);
defineGetter(methodDescriptorType, "__doc__", (f) => B(f).doc ?? None);
defineGetter(methodDescriptorType, "__text_signature__", (f) => builtinTextSignature(B(f)));

// -- cell --
defineMethods(cellType, {
  __repr__: (args) => {
    const c = args[0] as PyCell;
    return c.value === undefined ? `<cell at ${addressOf(c)}: empty>` : `<cell at ${addressOf(c)}: ${typeOf(c.value).name} object at ${addressOf(c.value)}>`;
  },
});
defineGetter(cellType, "cell_contents", (c) => {
  const v = (c as PyCell).value;
  if (v === undefined) throw newException(Exc.ValueError, "Cell is empty");
  return v;
}, (c, v) => {
  (c as PyCell).value = v;
});

// -- staticmethod / classmethod --
defineStaticMethod(staticMethodType, "__new__", checkedNative((args) => new PyStaticMethod(args[1], args[0] as PyType), makeChecker("p 1 1", "", "staticmethod", 1)));
defineMethods(staticMethodType, {
  __init__: (args) => {
    (args[0] as PyStaticMethod).func = args[1];
    return None;
  },
  __get__: (args) => (args[0] as PyStaticMethod).func,
  __call__: function* (args, kw): NativeGen {
    return yield* callGen((args[0] as PyStaticMethod).func, args.slice(1), kw);
  },
  __repr__: function* (args): NativeGen {
    return `<staticmethod(${yield* stringify.reprGen((args[0] as PyStaticMethod).func)})>`;
  },
});
defineGetter(staticMethodType, "__func__", (s) => (s as PyStaticMethod).func);
defineGetter(staticMethodType, "__wrapped__", (s) => (s as PyStaticMethod).func);
defineGetter(staticMethodType, "__isabstractmethod__", (s) => isAbstract((s as PyStaticMethod).func));
defineStaticMethod(classMethodType, "__new__", checkedNative((args) => new PyClassMethod(args[1], args[0] as PyType), makeChecker("p 1 1", "", "classmethod", 1)));
defineMethods(classMethodType, {
  __init__: (args) => {
    (args[0] as PyClassMethod).func = args[1];
    return None;
  },
  __get__: function* (args): NativeGen {
    const owner = args.length > 2 && args[2] !== None ? args[2] : typeOf(args[1]);
    return yield* classMethodGetGen(args[0] as PyClassMethod, owner);
  },
  __repr__: function* (args): NativeGen {
    return `<classmethod(${yield* stringify.reprGen((args[0] as PyClassMethod).func)})>`;
  },
});
defineGetter(classMethodType, "__func__", (s) => (s as PyClassMethod).func);
defineGetter(classMethodType, "__wrapped__", (s) => (s as PyClassMethod).func);
defineGetter(classMethodType, "__isabstractmethod__", (s) => isAbstract((s as PyClassMethod).func));

function isAbstract(f: PyValue): boolean {
  return typeof f === "object" && f.dict?.getStr("__isabstractmethod__") === true;
}

// -- property --
function P(v: PyValue): PyProperty {
  if (!(v instanceof PyProperty)) throw pyTypeError("descriptor requires a 'property' object");
  return v;
}
defineStaticMethod(propertyType, "__new__", (args) => new PyProperty(null, null, null, null, args[0] as PyType));
defineMethods(propertyType, {
  // (checked below: keywords are in their positional slots)
  __init__: (args) => {
    const p = P(args[0]);
    const get = (i: number): PyValue | null => {
      const v = args.length > i ? args[i] : undefined;
      return v === undefined || v === None ? null : v;
    };
    p.fget = get(1);
    p.fset = get(2);
    p.fdel = get(3);
    p.doc = get(4);
    if (p.doc === null && p.fget !== null && typeof p.fget === "object") {
      const d = p.fget instanceof PyFunction ? p.fget.doc : null;
      if (d !== null && d !== None) p.doc = d;
    }
    return None;
  },
  __get__: function* (args): NativeGen {
    const p = P(args[0]);
    const obj = args[1];
    if (obj === None) return p;
    return yield* descrGetGen(p, obj, typeOf(obj));
  },
  __set__: function* (args): NativeGen {
    const p = P(args[0]);
    if (p.fset === null) throw pyAttributeError(`property${p.name ? ` '${p.name}'` : ""} of '${typeOf(args[1]).name}' object has no setter`);
    yield* callGen(p.fset, [args[1], args[2]]);
    return None;
  },
  __delete__: function* (args): NativeGen {
    const p = P(args[0]);
    if (p.fdel === null) throw pyAttributeError(`property${p.name ? ` '${p.name}'` : ""} of '${typeOf(args[1]).name}' object has no deleter`);
    yield* callGen(p.fdel, [args[1]]);
    return None;
  },
  __set_name__: (args) => {
    const p = P(args[0]);
    if (p.name === null) p.name = strValue(args[2]) ?? null;
    return None;
  },
  getter: (args) => copyProperty(P(args[0]), { fget: args[1] }),
  setter: (args) => copyProperty(P(args[0]), { fset: args[1] }),
  deleter: (args) => copyProperty(P(args[0]), { fdel: args[1] }),
});
function copyProperty(p: PyProperty, change: { fget?: PyValue; fset?: PyValue; fdel?: PyValue }): PyProperty {
  const n = new PyProperty(change.fget ?? p.fget, change.fset ?? p.fset, change.fdel ?? p.fdel, p.doc, p.type);
  n.name = p.name;
  if (change.fget !== undefined && change.fget instanceof PyFunction && (p.doc === null || p.doc === None)) n.doc = change.fget.doc;
  return n;
}
defineGetter(propertyType, "fget", (p) => P(p).fget ?? None);
defineGetter(propertyType, "fset", (p) => P(p).fset ?? None);
defineGetter(propertyType, "fdel", (p) => P(p).fdel ?? None);
{
  const init = propertyType.attrs.get("__init__") as PyBuiltinFunction;
  defineMethods(propertyType, { __init__: checkedNative(init.fn, makeChecker("k fget? fset? fdel? doc?", "", "property", 1)) });
}
defineGetter(propertyType, "__doc__", (p) => P(p).doc ?? None, (p, v) => {
  P(p).doc = v;
});
defineGetter(propertyType, "__isabstractmethod__", (p) => isAbstract(P(p).fget ?? None));

// -- descriptors' reprs --
defineMethods(getSetDescriptorType, {
  __repr__: (args) => `<attribute '${(args[0] as PyGetSetDescriptor).name}' of '${(args[0] as PyGetSetDescriptor).owner.name}' objects>`,
  __get__: (args) => {
    const d = args[0] as PyGetSetDescriptor;
    return args[1] === None ? d : d.get(args[1]);
  },
  __set__: (args) => {
    const d = args[0] as PyGetSetDescriptor;
    if (!d.set) throw pyAttributeError(`attribute '${d.name}' of '${d.owner.name}' objects is not writable`);
    d.set(args[1], args[2]);
    return None;
  },
});
defineGetter(getSetDescriptorType, "__doc__", (d) => (d as PyGetSetDescriptor).doc ?? None);
defineMethods(memberDescriptorType, {
  __repr__: (args) => `<member '${(args[0] as PyMemberDescriptor).name}' of '${(args[0] as PyMemberDescriptor).owner.name}' objects>`,
  __get__: function* (args): NativeGen {
    const d = args[0] as PyMemberDescriptor;
    if (args[1] === None) return d;
    return yield* descrGetGen(d, args[1], typeOf(args[1]));
  },
  __set__: function* (args): NativeGen {
    const { genericSetAttrGen } = attrMod;
    yield* genericSetAttrGen(args[1], (args[0] as PyMemberDescriptor).name, args[2]);
    return None;
  },
});
import * as attrMod from "./attr.js";

// -- super --
export const superType = makeBuiltinType("super");
export class PySuper extends PyObject {
  constructor(
    readonly thisType: PyType,
    readonly obj: PyValue,
    readonly objType: PyType,
    type: PyType = superType,
  ) {
    super(type);
  }
}

/** super(type, obj): obj's type (or obj itself when it is a subclass of type). */
export function makeSuper(t: PyValue, obj: PyValue): PySuper {
  if (!(t instanceof PyType)) throw pyTypeError(`super() argument 1 must be a type, not ${typeOf(t).name}`);
  let objType: PyType;
  if (obj instanceof PyType && obj.isSubtypeOf(t)) objType = obj;
  else {
    const ot = typeOf(obj);
    if (!ot.isSubtypeOf(t)) throw pyTypeError("super(type, obj): obj must be an instance or subtype of type");
    objType = ot;
  }
  return new PySuper(t, obj, objType);
}

/** How zero-argument super() finds __class__ and the first argument (set by the VM). */
export const superHook: { zeroArgs: () => [PyValue, PyValue] } = {
  zeroArgs: () => {
    throw pyRuntimeError("super(): no arguments");
  },
};

defineStaticMethod(superType, "__new__", (args) => {
  if (args.length === 0) throw pyTypeError("super.__new__(): not enough arguments");
  if (args.length === 1) {
    const [t, obj] = superHook.zeroArgs();
    return makeSuper(t, obj);
  }
  if (args.length === 2) return new PySuper(args[1] as PyType, None, args[1] as PyType);
  return makeSuper(args[1], args[2]);
});
defineMethods(superType, {
  __init__: () => None,
  __getattribute__: function* (args): NativeGen {
    const s = args[0] as PySuper;
    const name = args[1] as string;
    if (name !== "__class__") {
      const mro = s.objType.mro;
      let i = mro.indexOf(s.thisType);
      for (i++; i < mro.length; i++) {
        const v = mro[i].attrs.get(name);
        if (v !== undefined) {
          const inst = s.obj === s.objType ? undefined : s.obj;
          return yield* descrGetGen(v, inst, s.objType);
        }
      }
    }
    const r = yield* genericGetAttrGen(s, name);
    if (r !== undefined) return r;
    throw pyAttributeError(`'super' object has no attribute '${name}'`, name, s);
  },
  __repr__: (args) => {
    const s = args[0] as PySuper;
    return `<super: <class '${s.thisType.name}'>, <${s.objType.name} object>>`;
  },
});
defineGetter(superType, "__thisclass__", (s) => (s as PySuper).thisType);
defineGetter(superType, "__self__", (s) => (s as PySuper).obj);
defineGetter(superType, "__self_class__", (s) => (s as PySuper).objType);

