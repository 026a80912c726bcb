// Inline caches for LOAD_ATTR / LOAD_METHOD / STORE_ATTR: what a class attribute lookup found
// for (type, version), classified once so that the VM's fast paths need only a kind switch.
// A type's version changes whenever a lookup through it could give a different answer.
import type { PyValue } from "../objects/object.js";
import { PyType, typeType } from "../objects/type.js";
import {
  PyBuiltinFunction, PyClassMethod, PyFunction, PyMemberDescriptor, PyProperty, PyStaticMethod,
  classMethodType, propertyType, staticMethodType,
} from "../objects/function.js";
import { typeOf } from "../objects/typeof.js";
import type { PySuper } from "../objects/callable-types.js";

/** How an attribute found on the class behaves when read through an instance. */
export const enum AttrKind {
  /** A hook (__getattribute__, __getattr__) or a descriptor the VM doesn't know: the generic path. */
  GENERIC = 0,
  /** Nothing on the class (instance dict only) or a Python function (bound method). */
  DICT_OR_FUNC = 1,
  /** A __slots__ entry. */
  SLOT = 2,
  /** A property whose getter is a Python function. */
  PROPERTY = 3,
  /** staticmethod: the wrapped callable (after the instance dict). */
  STATIC = 4,
  /** classmethod of a Python function: bound to the class (after the instance dict). */
  CLASSMETHOD = 5,
  /** A value of a builtin type without __get__ (class constants): itself (after the instance dict). */
  PLAIN = 6,
  /** A native method of a builtin type (`[].append`). */
  NATIVE_METHOD = 7,
}

/** Whether v reads as itself through a class: its type is builtin (immutable) and has no __get__. */
function isPlainValue(v: PyValue): boolean {
  const t = typeOf(v);
  return t.isBuiltin && t.lookup("__get__") === undefined;
}

function kindOf(attr: PyValue | undefined): AttrKind {
  if (attr === undefined || attr instanceof PyFunction) return AttrKind.DICT_OR_FUNC;
  if (attr instanceof PyMemberDescriptor) return AttrKind.SLOT;
  if (attr instanceof PyBuiltinFunction) return attr.binds ? AttrKind.NATIVE_METHOD : AttrKind.PLAIN;
  if (attr instanceof PyProperty) return attr.type === propertyType ? AttrKind.PROPERTY : AttrKind.GENERIC;
  if (attr instanceof PyStaticMethod) return attr.type === staticMethodType ? AttrKind.STATIC : AttrKind.GENERIC;
  if (attr instanceof PyClassMethod) return attr.type === classMethodType ? AttrKind.CLASSMETHOD : AttrKind.GENERIC;
  return isPlainValue(attr) ? AttrKind.PLAIN : AttrKind.GENERIC;
}

/** The class attribute found for (type, version) and how it reads through an instance. */
export class AttrCache {
  readonly version: number;
  readonly kind: AttrKind;
  readonly attr: PyValue | undefined;
  constructor(
    readonly type: PyType,
    name: string,
  ) {
    this.version = type.version;
    const fast = type.fastAttr;
    this.attr = fast ? type.lookup(name) : undefined;
    this.kind = fast ? kindOf(this.attr) : AttrKind.GENERIC;
  }
}

/** How `Cls.name` reads for a class whose metaclass is `type`. */
export const enum ClassAttrKind {
  GENERIC = 0,
  /** The value itself (a function, a plain value, a staticmethod's callable). */
  VALUE = 1,
  /** A classmethod of a Python function: bound to the class. */
  CLASSMETHOD = 2,
}

/** LOAD_ATTR/LOAD_METHOD cache for attribute reads on a class object (metaclass `type`). */
export class ClassAttrCache {
  readonly version: number;
  readonly kind: ClassAttrKind;
  readonly value: PyValue | undefined;
  constructor(
    readonly cls: PyType,
    name: string,
  ) {
    this.version = cls.version;
    let kind = ClassAttrKind.GENERIC;
    let value: PyValue | undefined;
    // type's own attributes (__name__, mro …) take part in the lookup: leave them to the generic path
    if (cls.type === typeType && typeType.lookup(name) === undefined) {
      const attr = cls.lookup(name);
      if (attr instanceof PyFunction || (attr !== undefined && !(attr instanceof PyBuiltinFunction && attr.binds) && isPlainValue(attr))) {
        kind = ClassAttrKind.VALUE;
        value = attr;
      } else if (attr instanceof PyStaticMethod && attr.type === staticMethodType) {
        kind = ClassAttrKind.VALUE;
        value = attr.func;
      } else if (attr instanceof PyClassMethod && attr.type === classMethodType && attr.func instanceof PyFunction) {
        kind = ClassAttrKind.CLASSMETHOD;
        value = attr.func;
      }
    }
    this.kind = kind;
    this.value = value;
  }
}

/**
 * `super().name` for a method call: the Python function found after the super object's class in
 * the instance's MRO, or undefined when the generic path must decide (anything but a plain
 * function, a class-level super, `__class__`).
 */
export function superMethod(s: PySuper, name: string): PyFunction | undefined {
  if (name === "__class__" || s.obj === s.objType) return undefined;
  const mro = s.objType.mro;
  let i = mro.indexOf(s.thisType);
  if (i < 0) return undefined;
  for (i++; i < mro.length; i++) {
    const v = mro[i].attrs.get(name);
    if (v !== undefined) return v instanceof PyFunction ? v : undefined;
  }
  return undefined;
}
