// Attribute access: getattr/setattr/delattr with CPython's descriptor rules.
//   instance.x: data descriptor on the type > instance __dict__ > other class attribute
//               (bound through __get__) > __getattr__ > AttributeError
//   Class.x:    data descriptor on the metaclass > the class's MRO (through __get__(None, C))
//               > metaclass attribute > AttributeError
import type { PyValue } from "./object.js";
import { PyType, objectType, typeType, addsInstanceDict } from "./type.js";
import {
  PyBuiltinFunction, PyClassMethod, PyFunction, PyGetSetDescriptor, PyMemberDescriptor, PyMethod,
  PyProperty, PyStaticMethod,
} from "./function.js";
import { PyInstance } from "./instance.js";
import { PyModule } from "./module.js";
import { PyDict } from "./dict.js";
import { None } from "./singletons.js";
import { typeOf, typeName } from "./typeof.js";
import { callGen, runSync } from "./call.js";
import type { NativeGen } from "./native.js";
import { builtinTypeDoc } from "./builtin-docs.js";
import { Exc, isExc, pyAttributeError, pyTypeError } from "./exceptions.js";

/** object.__getattribute__ / type.__getattribute__ / module.__getattribute__ are builtin: skip the call. */
function isGenericGetattribute(f: PyValue | undefined): boolean {
  return f instanceof PyBuiltinFunction && f.name === "__getattribute__" && (f.owner === objectType || f.owner === typeType || f.owner?.name === "module");
}

export function* getAttrGen(obj: PyValue, name: string): NativeGen {
  const t = typeOf(obj);
  const ga = t.lookup("__getattribute__");
  if (ga === undefined || isGenericGetattribute(ga)) {
    const gf = t.lookup("__getattr__");
    if (gf !== undefined) {
      // __getattr__ also answers when a descriptor (a property …) raised AttributeError
      let r: PyValue | undefined;
      try {
        r = yield* genericGetAttrGen(obj, name);
      } catch (e) {
        if (!isExc(e, Exc.AttributeError)) throw e;
      }
      return r !== undefined ? r : yield* callGen(gf, [obj, name]);
    }
    const r = yield* genericGetAttrGen(obj, name);
    if (r !== undefined) return r;
    // every class has a __doc__ in CPython; pygil's builtin types keep theirs aside
    if (name === "__doc__") return builtinTypeDoc(t);
    // instances of a class based on object have a __weakref__ slot (None: no weak references)
    if (name === "__weakref__" && t.mro.some(addsInstanceDict)) return None;
    throw attributeError(obj, name);
  }
  try {
    return yield* callGen(ga, [obj, name]);
  } catch (e) {
    const gf = t.lookup("__getattr__");
    if (gf !== undefined && isExc(e, Exc.AttributeError)) return yield* callGen(gf, [obj, name]);
    throw e;
  }
}

/** getattr(obj, name), synchronously. */
export function getAttr(obj: PyValue, name: string): PyValue {
  return runSync(getAttrGen(obj, name));
}

/** getattr(obj, name, <missing>): undefined instead of AttributeError. */
export function* getAttrOptGen(obj: PyValue, name: string): NativeGen<PyValue | undefined> {
  try {
    return yield* getAttrGen(obj, name);
  } catch (e) {
    if (isExc(e, Exc.AttributeError)) return undefined;
    throw e;
  }
}

export function getAttrOpt(obj: PyValue, name: string): PyValue | undefined {
  return runSync(getAttrOptGen(obj, name));
}

/** The AttributeError CPython raises for a missing attribute (with name/obj for suggestions). */
export function attributeError(obj: PyValue, name: string) {
  let msg: string;
  if (obj instanceof PyType) msg = `type object '${obj.name}' has no attribute '${name}'`;
  else if (obj instanceof PyModule) msg = `module '${obj.name}' has no attribute '${name}'`;
  else msg = `'${typeName(obj)}' object has no attribute '${name}'`;
  return pyAttributeError(msg, name, obj);
}

/** object.__getattribute__ without the __getattr__ fallback; undefined when missing. */
export function* genericGetAttrGen(obj: PyValue, name: string): NativeGen<PyValue | undefined> {
  if (obj instanceof PyType) return yield* typeGetAttrGen(obj, name);
  const t = typeOf(obj);
  const attr = t.lookup(name);
  if (attr !== undefined && isDataDescriptor(attr)) return yield* descrGetGen(attr, obj, t);
  if (typeof obj === "object") {
    const d = obj.dict;
    if (d !== null) {
      const v = d.getStr(name);
      if (v !== undefined) return v;
    }
  }
  if (attr !== undefined) return yield* descrGetGen(attr, obj, t);
  if (obj instanceof PyModule) {
    const mga = obj.dict.getStr("__getattr__");
    if (mga !== undefined) return yield* callGen(mga, [name]);
  }
  return undefined;
}

function* typeGetAttrGen(cls: PyType, name: string): NativeGen<PyValue | undefined> {
  const meta = cls.type;
  const metaAttr = meta.lookup(name);
  if (metaAttr !== undefined && isDataDescriptor(metaAttr)) return yield* descrGetGen(metaAttr, cls, meta);
  const attr = cls.lookup(name);
  if (attr !== undefined) return yield* descrGetGen(attr, undefined, cls);
  if (metaAttr !== undefined) return yield* descrGetGen(metaAttr, cls, meta);
  if (name === "__weakref__" && weakrefSlot.find !== undefined) return weakrefSlot.find(cls);
  return undefined;
}

/** Class.__weakref__: the descriptor that the first class of the MRO giving its instances a
 *  __dict__ holds (made lazily by type-type.ts, which sets `find`). */
export const weakrefSlot: { find?: (cls: PyType) => PyValue | undefined } = {};

/** Whether a class attribute takes precedence over the instance __dict__. */
export function isDataDescriptor(attr: PyValue): boolean {
  if (typeof attr !== "object") return false;
  if (attr instanceof PyFunction || attr instanceof PyBuiltinFunction) return false;
  if (attr instanceof PyProperty || attr instanceof PyGetSetDescriptor || attr instanceof PyMemberDescriptor) return true;
  const t = attr.type;
  if (t.isBuiltin) return false;
  return t.lookup("__set__") !== undefined || t.lookup("__delete__") !== undefined;
}

/**
 * attr.__get__(instance, owner). `instance` is undefined for access through the class itself
 * (Python's __get__ then receives None).
 */
export function* descrGetGen(attr: PyValue, instance: PyValue | undefined, owner: PyType): NativeGen {
  if (typeof attr !== "object") return attr;
  if (attr instanceof PyFunction) return instance === undefined ? attr : new PyMethod(attr, instance);
  if (attr instanceof PyBuiltinFunction) return attr.binds && instance !== undefined ? new PyMethod(attr, instance) : attr;
  if (attr instanceof PyClassMethod) return yield* classMethodGetGen(attr, instance === undefined ? owner : typeOf(instance));
  if (attr instanceof PyStaticMethod) return attr.func;
  if (attr instanceof PyProperty) {
    if (instance === undefined) return attr;
    if (attr.fget === null || attr.fget === None) {
      throw pyAttributeError(`property${attr.name ? ` '${attr.name}'` : ""} of '${typeName(instance)}' object has no getter`);
    }
    return yield* callGen(attr.fget, [instance]);
  }
  if (attr instanceof PyGetSetDescriptor) {
    if (instance === undefined) return attr;
    checkDescrOwner(attr.name, attr.owner, instance);
    return attr.get(instance);
  }
  if (attr instanceof PyMemberDescriptor) {
    if (instance === undefined) return attr;
    const v = instance instanceof PyInstance && instance.slots ? instance.slots[attr.index] : undefined;
    if (v === undefined) throw pyAttributeError(`'${typeName(instance)}' object has no attribute '${attr.name}'`, attr.name, instance);
    return v;
  }
  const t = attr.type;
  if (t.isBuiltin) return attr;
  const get = t.lookup("__get__");
  if (get === undefined) return attr;
  return yield* callGen(get, [attr, instance ?? None, owner]);
}

/**
 * classmethod.__get__ for class `cls`: since 3.9 a wrapped object that is itself a descriptor
 * (a property, another classmethod …) is asked for its value with cls as the instance.
 */
export function* classMethodGetGen(cm: PyClassMethod, cls: PyValue): NativeGen {
  const f = cm.func;
  if (f instanceof PyFunction || f instanceof PyBuiltinFunction || !hasDescrGet(f)) return new PyMethod(f, cls);
  return yield* descrGetGen(f, cls, cls as PyType);
}

function hasDescrGet(v: PyValue): boolean {
  if (typeof v !== "object") return false;
  if (v instanceof PyProperty || v instanceof PyClassMethod || v instanceof PyStaticMethod) return true;
  if (v instanceof PyGetSetDescriptor || v instanceof PyMemberDescriptor) return true;
  return !v.type.isBuiltin && v.type.lookup("__get__") !== undefined;
}

function checkDescrOwner(name: string, owner: PyType, instance: PyValue): void {
  const t = typeOf(instance);
  if (t !== owner && !t.isSubtypeOf(owner)) {
    throw pyTypeError(`descriptor '${name}' for '${owner.name}' objects doesn't apply to a '${t.name}' object`);
  }
}

// ---- setattr / delattr --------------------------------------------------------------------

function isGenericSetattr(f: PyValue | undefined, dunder: string): boolean {
  return f instanceof PyBuiltinFunction && f.name === dunder && (f.owner === objectType || f.owner === typeType);
}

export function* setAttrGen(obj: PyValue, name: string, value: PyValue): NativeGen<void> {
  const t = typeOf(obj);
  const sa = t.lookup("__setattr__");
  if (sa === undefined || isGenericSetattr(sa, "__setattr__")) {
    yield* genericSetAttrGen(obj, name, value);
    return;
  }
  yield* callGen(sa, [obj, name, value]);
}

export function setAttr(obj: PyValue, name: string, value: PyValue): void {
  runSync(setAttrGen(obj, name, value));
}

/** object.__setattr__ (and type.__setattr__ for classes). */
export function* genericSetAttrGen(obj: PyValue, name: string, value: PyValue): NativeGen<void> {
  const t = typeOf(obj);
  const attr = t.lookup(name);
  if (attr !== undefined && typeof attr === "object") {
    if (attr instanceof PyProperty) {
      if (attr.fset === null || attr.fset === None) {
        throw pyAttributeError(`property${attr.name ? ` '${attr.name}'` : ""} of '${typeName(obj)}' object has no setter`);
      }
      yield* callGen(attr.fset, [obj, value]);
      return;
    }
    if (attr instanceof PyGetSetDescriptor) {
      if (!attr.set) throw pyAttributeError(`attribute '${name}' of '${attr.owner.name}' objects is not writable`);
      attr.set(obj, value);
      return;
    }
    if (attr instanceof PyMemberDescriptor && obj instanceof PyInstance && obj.slots) {
      obj.slots[attr.index] = value;
      return;
    }
    if (!attr.type.isBuiltin && !(attr instanceof PyFunction)) {
      const set = attr.type.lookup("__set__");
      if (set !== undefined) {
        yield* callGen(set, [attr, obj, value]);
        return;
      }
    }
  }
  if (obj instanceof PyType) {
    if (obj.isBuiltin) throw pyTypeError(`cannot set '${name}' attribute of immutable type '${obj.name}'`);
    obj.setAttr(name, value);
    return;
  }
  if (typeof obj === "object") {
    if (obj.dict === null && obj.type.hasInstanceDict) obj.dict = new PyDict(); // made on first use (functions …)
    if (obj.dict !== null) {
      obj.dict.setStr(name, value);
      return;
    }
  }
  throw noSetAttr(obj, name, attr !== undefined);
}

function noSetAttr(obj: PyValue, name: string, hasClassAttr: boolean) {
  if (hasClassAttr && typeof obj === "object" && !(obj instanceof PyInstance && obj.slots)) {
    return pyAttributeError(`'${typeName(obj)}' object attribute '${name}' is read-only`, name, obj);
  }
  return pyAttributeError(`'${typeName(obj)}' object has no attribute '${name}'`, name, obj);
}

export function* delAttrGen(obj: PyValue, name: string): NativeGen<void> {
  const t = typeOf(obj);
  const da = t.lookup("__delattr__");
  if (da === undefined || isGenericSetattr(da, "__delattr__")) {
    yield* genericDelAttrGen(obj, name);
    return;
  }
  yield* callGen(da, [obj, name]);
}

export function delAttr(obj: PyValue, name: string): void {
  runSync(delAttrGen(obj, name));
}

export function* genericDelAttrGen(obj: PyValue, name: string): NativeGen<void> {
  const t = typeOf(obj);
  const attr = t.lookup(name);
  if (attr !== undefined && typeof attr === "object") {
    if (attr instanceof PyProperty) {
      if (attr.fdel === null || attr.fdel === None) {
        throw pyAttributeError(`property${attr.name ? ` '${attr.name}'` : ""} of '${typeName(obj)}' object has no deleter`);
      }
      yield* callGen(attr.fdel, [obj]);
      return;
    }
    if (attr instanceof PyGetSetDescriptor) {
      if (!attr.del) throw pyAttributeError(`attribute '${name}' of '${attr.owner.name}' objects is not writable`);
      attr.del(obj);
      return;
    }
    if (attr instanceof PyMemberDescriptor && obj instanceof PyInstance && obj.slots) {
      if (obj.slots[attr.index] === undefined) throw pyAttributeError(`'${typeName(obj)}' object has no attribute '${name}'`, name, obj);
      obj.slots[attr.index] = undefined;
      return;
    }
    if (!attr.type.isBuiltin && !(attr instanceof PyFunction)) {
      const del = attr.type.lookup("__delete__");
      if (del !== undefined) {
        yield* callGen(del, [attr, obj]);
        return;
      }
    }
  }
  if (obj instanceof PyType) {
    if (obj.isBuiltin) throw pyTypeError(`cannot set '${name}' attribute of immutable type '${obj.name}'`);
    if (!obj.deleteAttr(name)) throw pyAttributeError(`type object '${obj.name}' has no attribute '${name}'`, name, obj);
    return;
  }
  if (typeof obj === "object" && obj.dict !== null) {
    if (!obj.dict.deleteStr(name)) throw pyAttributeError(`'${typeName(obj)}' object has no attribute '${name}'`, name, obj);
    return;
  }
  throw pyAttributeError(`'${typeName(obj)}' object has no attribute '${name}'`, name, obj);
}

