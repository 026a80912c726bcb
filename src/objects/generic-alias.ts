// types.GenericAlias (list[int], dict[str, int] …) and types.UnionType (int | None): what type
// hints evaluate to at run time.
import { PyObject, type PyValue } from "./object.js";
import { PyType, makeBuiltinType } from "./type.js";
import { PyTuple } from "./tuple.js";
import { None, NotImplemented, Ellipsis } from "./singletons.js";
import { defineMethods, defineGetter, defineStaticMethod, defineClassMethod } from "./function.js";
import { typeOf } from "./typeof.js";
import { reprGen } from "./stringify.js";
import { getAttrOptGen } from "./attr.js";
import { eqGen } from "./ops.js";
import type { NativeGen } from "./native.js";
import { pyTypeError } from "./exceptions.js";
import { unionHook } from "./type-type.js";
import { tupleType } from "./tuple.js";
import { listType } from "./list.js";
import { dictType } from "./dict.js";
import { setType, frozensetType } from "./set.js";
import { enumerateType } from "./builtin-iterators.js";

export const genericAliasType = makeBuiltinType("GenericAlias", undefined, { module: "types" });
export const unionTypeType = makeBuiltinType("UnionType", undefined, { module: "types", baseType: false });

export class PyGenericAlias extends PyObject {
  constructor(
    readonly origin: PyValue,
    readonly args: PyValue[],
  ) {
    super(genericAliasType);
  }
}

export class PyUnion extends PyObject {
  constructor(readonly args: PyValue[]) {
    super(unionTypeType);
  }
}

/** repr of a type argument as typing shows it: `int`, `module.Class`, `...`, or repr(). */
function* typeRepr(v: PyValue): NativeGen<string> {
  if (v === Ellipsis) return "...";
  if (v === None) return "None";
  if (v instanceof PyType) {
    const mod = v.moduleName;
    return mod === "builtins" ? v.qualname : `${mod}.${v.qualname}`;
  }
  if (v instanceof PyTuple && v.items.length === 0) return "()";
  return yield* reprGen(v);
}

defineStaticMethod(genericAliasType, "__new__", (args) => {
  if (args.length !== 3) throw pyTypeError(`GenericAlias expected 2 arguments, got ${args.length - 1}`);
  const a = args[2];
  return new PyGenericAlias(args[1], a instanceof PyTuple ? a.items : [a]);
});

defineMethods(genericAliasType, {
  __repr__: function* (args): NativeGen {
    const g = args[0] as PyGenericAlias;
    const parts: string[] = [];
    for (const a of g.args) parts.push(yield* typeRepr(a));
    return `${yield* typeRepr(g.origin)}[${g.args.length ? parts.join(", ") : "()"}]`;
  },
  __call__: function* (args, kw): NativeGen {
    const g = args[0] as PyGenericAlias;
    const { callGen } = callMod;
    const r = yield* callGen(g.origin, args.slice(1), kw);
    try {
      const { setAttrGen } = attrMod;
      yield* setAttrGen(r, "__orig_class__", g);
    } catch {
      /* objects without __dict__ */
    }
    return r;
  },
  __mro_entries__: (args) => new PyTuple([(args[0] as PyGenericAlias).origin]),
  __getattr__: function* (args): NativeGen {
    const g = args[0] as PyGenericAlias;
    const name = args[1] as string;
    if (name.startsWith("__") && name.endsWith("__")) {
      const { attributeError } = attrMod;
      throw attributeError(g, name);
    }
    const v = yield* getAttrOptGen(g.origin, name);
    if (v === undefined) {
      const { attributeError } = attrMod;
      throw attributeError(g, name);
    }
    return v;
  },
  __eq__: function* (args): NativeGen {
    const a = args[0] as PyGenericAlias, b = args[1];
    if (!(b instanceof PyGenericAlias)) return NotImplemented;
    if (!(yield* eqGen(a.origin, b.origin)) || a.args.length !== b.args.length) return false;
    for (let i = 0; i < a.args.length; i++) if (!(yield* eqGen(a.args[i], b.args[i]))) return false;
    return true;
  },
  __hash__: (args) => {
    const g = args[0] as PyGenericAlias;
    const { hashOf } = opsMod;
    return Number(hashOf(g.origin)) ^ Number(hashOf(new PyTuple(g.args)));
  },
  __or__: (args) => makeUnion(args[0], args[1]),
  __ror__: (args) => makeUnion(args[1], args[0]),
  __instancecheck__: () => {
    throw pyTypeError("isinstance() argument 2 cannot be a parameterized generic");
  },
  __subclasscheck__: () => {
    throw pyTypeError("issubclass() argument 2 cannot be a parameterized generic");
  },
});
defineGetter(genericAliasType, "__origin__", (g) => (g as PyGenericAlias).origin);
defineGetter(genericAliasType, "__args__", (g) => new PyTuple((g as PyGenericAlias).args));
defineGetter(genericAliasType, "__parameters__", () => new PyTuple([]));

/** X | Y for types: flattens nested unions and drops duplicates. */
export function makeUnion(a: PyValue, b: PyValue): PyValue {
  const ok = (v: PyValue) => v === None || v instanceof PyType || v instanceof PyGenericAlias || v instanceof PyUnion || (v instanceof PyObject && v.type.name === "TypeVar");
  if (!ok(a) || !ok(b)) return NotImplemented;
  const items: PyValue[] = [];
  const add = (v: PyValue) => {
    if (v instanceof PyUnion) v.args.forEach(add);
    else {
      const x = v === None ? typeOf(None) : v;
      if (!items.includes(x)) items.push(x);
    }
  };
  add(a);
  add(b);
  if (items.length === 1) return items[0];
  return new PyUnion(items);
}
unionHook.make = makeUnion;

defineMethods(unionTypeType, {
  __repr__: function* (args): NativeGen {
    const parts: string[] = [];
    for (const a of (args[0] as PyUnion).args) parts.push(a === typeOf(None) ? "None" : yield* typeRepr(a));
    return parts.join(" | ");
  },
  __or__: (args) => makeUnion(args[0], args[1]),
  __ror__: (args) => makeUnion(args[1], args[0]),
  __instancecheck__: (args) => {
    const t = typeOf(args[1]);
    return (args[0] as PyUnion).args.some((a) => a instanceof PyType && t.isSubtypeOf(a));
  },
  __subclasscheck__: (args) => {
    const c = args[1];
    if (!(c instanceof PyType)) throw pyTypeError("issubclass() arg 1 must be a class");
    return (args[0] as PyUnion).args.some((a) => a instanceof PyType && c.isSubtypeOf(a));
  },
  __eq__: (args) => {
    const a = args[0] as PyUnion, b = args[1];
    if (!(b instanceof PyUnion)) return NotImplemented;
    return a.args.length === b.args.length && a.args.every((x) => b.args.includes(x));
  },
  __hash__: (args) => (args[0] as PyUnion).args.length * 1000003,
});
defineGetter(unionTypeType, "__args__", (u) => new PyTuple((u as PyUnion).args));
defineGetter(unionTypeType, "__parameters__", () => new PyTuple([]));

// list[int], dict[str, int] … on the builtin containers; type[int] through ops' typeSubscript
const aliasOf = (cls: PyValue, key: PyValue) => new PyGenericAlias(cls, key instanceof PyTuple ? key.items : [key]);
for (const t of [listType, dictType, tupleType, setType, frozensetType, enumerateType]) {
  defineClassMethod(t, "__class_getitem__", (args) => aliasOf(args[0], args[1]));
}
opsMod.typeSubscript.make = aliasOf;
defineMethods(genericAliasType, {});

import * as callMod from "./call.js";
import * as attrMod from "./attr.js";
import * as opsMod from "./ops.js";
