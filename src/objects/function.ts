// Callables and descriptors: native functions, Python functions, bound methods, cells,
// staticmethod/classmethod/property, and native attribute descriptors (getset, slots).
import { PyObject, type KwArgs, type PyValue } from "./object.js";
import { makeBuiltinType, type PyType } from "./type.js";
import { isGeneratorFunction, type NativeFn } from "./native.js";
import type { PyDict } from "./dict.js";
import type { CodeObject } from "../compiler/code.js";

export const builtinFunctionType = makeBuiltinType("builtin_function_or_method", undefined, { baseType: false });
export const methodDescriptorType = makeBuiltinType("method_descriptor", undefined, { baseType: false });
export const classMethodDescriptorType = makeBuiltinType("classmethod_descriptor", undefined, { baseType: false });
export const wrapperDescriptorType = makeBuiltinType("wrapper_descriptor", undefined, { baseType: false });
export const functionType = makeBuiltinType("function", undefined, { baseType: false });
export const methodType = makeBuiltinType("method", undefined, { baseType: false });
export const cellType = makeBuiltinType("cell", undefined, { baseType: false });
export const staticMethodType = makeBuiltinType("staticmethod", undefined, { instanceDict: true });
export const classMethodType = makeBuiltinType("classmethod", undefined, { instanceDict: true });
export const propertyType = makeBuiltinType("property");
export const getSetDescriptorType = makeBuiltinType("getset_descriptor", undefined, { baseType: false });
export const memberDescriptorType = makeBuiltinType("member_descriptor", undefined, { baseType: false });

/**
 * A function written in TypeScript. `binds`: true for methods defined on a type (a method
 * descriptor: `obj.meth` gives a bound method whose first argument is obj); false for plain
 * builtins like `len` (never bound, even when stored as a class attribute).
 */
export class PyBuiltinFunction extends PyObject {
  declare readonly isGen: boolean;
  /**
   * For a generator native that usually finishes without blocking (a lock's acquire): a plain
   * try the VM calls first; `undefined` means "take the generator path" (nothing was done).
   */
  declare fast: ((args: PyValue[], kwargs: KwArgs) => PyValue | undefined) | null;
  /**
   * For a method the VM calls as a context manager's `__enter__`: the call fn(self), without an
   * argument array; `undefined` means "take the general path" (nothing was done: a lock that
   * must be waited for). Set by the type that defines it (a lock), or left null.
   */
  declare enterFast: ((self: PyValue) => PyValue | undefined) | null;
  /** The same for `__exit__`: the call fn(self, None, None, None) of a with-block left normally. */
  declare exitFast: ((self: PyValue) => PyValue) | null;
  constructor(
    readonly name: string,
    readonly fn: NativeFn,
    readonly binds = false,
    /** The type that defines the method (for reprs and `objclass` checks), or null. */
    readonly owner: PyType | null = null,
    /** The module name for plain builtins (`__module__`), e.g. "builtins" or "time". */
    readonly module: string | null = null,
    /** `__doc__`; builtin-docs.ts fills in CPython's text for the builtins at start-up. */
    public doc: string | null = null,
  ) {
    super(binds ? methodDescriptorType : builtinFunctionType);
    (this as { isGen: boolean }).isGen = isGeneratorFunction(fn);
    this.fast = null;
    this.enterFast = null;
    this.exitFast = null;
  }
}

/** A function defined in Python (`def` or `lambda`). */
export class PyFunction extends PyObject {
  declare name: string;
  declare qualname: string;
  /** Positional defaults (`__defaults__`), or null. */
  declare defaults: PyValue[] | null;
  /** Keyword-only defaults (`__kwdefaults__`), or null. */
  declare kwdefaults: PyDict | null;
  /** Cells for the code's free variables, in co_freevars order. */
  declare closure: PyCell[] | null;
  declare module: PyValue;
  declare doc: PyValue;
  declare annotations: PyDict | null;
  constructor(
    public code: CodeObject,
    public globals: PyDict,
    name: string,
    qualname: string,
    defaults: PyValue[] | null,
    kwdefaults: PyDict | null,
    closure: PyCell[] | null,
    module: PyValue,
    doc: PyValue,
  ) {
    super(functionType);
    this.name = name;
    this.qualname = qualname;
    this.defaults = defaults;
    this.kwdefaults = kwdefaults;
    this.closure = closure;
    this.module = module;
    this.doc = doc;
    this.annotations = null;
  }
}

/**
 * A bound method: `func` called with `self` first. Bound to a native method (`[].append`) its
 * type is builtin_function_or_method, as in CPython; bound to a Python function, method.
 */
export class PyMethod {
  declare type: PyType;
  declare dict: PyDict | null;
  declare readonly func: PyValue;
  declare readonly self: PyValue;
  constructor(func: PyValue, self: PyValue) {
    this.type = func instanceof PyBuiltinFunction ? builtinFunctionType : methodType;
    this.dict = null;
    (this as { func: PyValue }).func = func;
    (this as { self: PyValue }).self = self;
  }
}
Object.setPrototypeOf(PyMethod.prototype, PyObject.prototype);

/** A closure cell; `value` is undefined while the variable is unbound. */
export class PyCell extends PyObject {
  declare value: PyValue | undefined;
  constructor(value?: PyValue) {
    super(cellType);
    this.value = value;
  }
}

export class PyStaticMethod extends PyObject {
  constructor(public func: PyValue, type: PyType = staticMethodType) {
    super(type);
  }
}

export class PyClassMethod extends PyObject {
  constructor(public func: PyValue, type: PyType = classMethodType) {
    super(type);
  }
}

export class PyProperty extends PyObject {
  constructor(
    public fget: PyValue | null,
    public fset: PyValue | null,
    public fdel: PyValue | null,
    public doc: PyValue | null,
    type: PyType = propertyType,
  ) {
    super(type);
    this.name = null;
  }
  /** Set by __set_name__, for error messages ("property 'x' of 'C' object has no setter"). */
  declare name: string | null;
}

/** A native attribute (`int.real`, `function.__name__`, `BaseException.args` …). */
export class PyGetSetDescriptor extends PyObject {
  constructor(
    readonly name: string,
    readonly owner: PyType,
    readonly get: (obj: PyValue) => PyValue,
    readonly set: ((obj: PyValue, value: PyValue) => void) | null = null,
    readonly del: ((obj: PyValue) => void) | null = null,
  ) {
    super(getSetDescriptorType);
    this.doc = null;
  }
  /** `__doc__` (CPython's text for the builtin types' attributes, from builtin-docs.ts). */
  declare doc: string | null;
}

/** One `__slots__` entry: reads and writes `slots[index]` of instances. */
export class PyMemberDescriptor extends PyObject {
  constructor(
    readonly name: string,
    readonly owner: PyType,
    readonly index: number,
  ) {
    super(memberDescriptorType);
  }
}

// ---- defining natives on types and modules ------------------------------------------------

/** Adds a method (self is args[0]) to a builtin type's namespace. */
export function defineMethod(type: PyType, name: string, fn: NativeFn, doc: string | null = null): PyBuiltinFunction {
  const f = new PyBuiltinFunction(name, fn, true, type, null, doc);
  type.attrs.set(name, f);
  return f;
}

/** Adds many methods at once: `defineMethods(listType, { append(args) {...}, ... })`. */
export function defineMethods(type: PyType, methods: Record<string, NativeFn>): void {
  for (const name of Object.keys(methods)) defineMethod(type, name, methods[name]);
  type.invalidate();
}

/** A classmethod implemented natively (args[0] is the class), e.g. dict.fromkeys. */
export function defineClassMethod(type: PyType, name: string, fn: NativeFn): void {
  const f = new PyBuiltinFunction(name, fn, true, type);
  type.attrs.set(name, new PyClassMethod(f));
  type.invalidate();
}

/** A staticmethod implemented natively, e.g. `__new__` (args[0] is the class), str.maketrans. */
export function defineStaticMethod(type: PyType, name: string, fn: NativeFn): void {
  const f = new PyBuiltinFunction(name, fn, false, type);
  type.attrs.set(name, name === "__new__" ? f : new PyStaticMethod(f));
  type.invalidate();
}

export function defineGetter(type: PyType, name: string, get: (obj: PyValue) => PyValue, set?: (obj: PyValue, value: PyValue) => void, del?: (obj: PyValue) => void): void {
  type.attrs.set(name, new PyGetSetDescriptor(name, type, get, set ?? null, del ?? null));
  type.invalidate();
}

/** A plain builtin function (not a method), e.g. for a module's namespace. */
export function nativeFunction(name: string, fn: NativeFn, module: string | null = "builtins", doc: string | null = null): PyBuiltinFunction {
  return new PyBuiltinFunction(name, fn, false, null, module, doc);
}

export type { KwArgs };
