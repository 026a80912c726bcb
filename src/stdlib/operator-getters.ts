// operator.itemgetter and operator.attrgetter as native callables (module _pygil_operator,
// re-exported by operator.py): they are the usual sort keys, and as Python classes every key
// call ran a Python frame (sorting by itemgetter(0, 1) was ~50x slower than CPython).
import type { PyValue } from "../objects/object.js";
import { PyObject } from "../objects/object.js";
import { PyTuple } from "../objects/tuple.js";
import { makeBuiltinType, type PyType } from "../objects/type.js";
import { defineMethods, defineStaticMethod } from "../objects/function.js";
import { getItemGen } from "../objects/ops.js";
import { getAttrGen } from "../objects/attr.js";
import { reprGen } from "../objects/stringify.js";
import type { NativeGen } from "../objects/native.js";
import { pyTypeError } from "../objects/exceptions.js";
import { defineNativeModule } from "../vm/native-modules.js";

const itemgetterType = makeBuiltinType("itemgetter", undefined, { module: "operator", baseType: false });
const attrgetterType = makeBuiltinType("attrgetter", undefined, { module: "operator", baseType: false });

class ItemGetter extends PyObject {
  constructor(readonly items: PyValue[]) {
    super(itemgetterType);
  }
}

class AttrGetter extends PyObject {
  constructor(
    readonly attrs: string[],
    /** Each attribute name split at the dots. */
    readonly paths: string[][],
  ) {
    super(attrgetterType);
  }
}

function self<T>(v: PyValue, cls: new (...a: never[]) => T, name: string): T {
  if (!(v instanceof cls)) throw pyTypeError(`descriptor '__call__' requires a 'operator.${name}' object`);
  return v;
}

function oneArg(name: string, args: PyValue[], kw: Map<string, PyValue> | null): PyValue {
  if (kw && kw.size) throw pyTypeError(`${name}() takes no keyword arguments`);
  if (args.length !== 2) throw pyTypeError(`${name} expected 1 argument, got ${args.length - 1}`);
  return args[1];
}

function* reprOf(type: PyType, parts: PyValue[]): NativeGen<string> {
  const shown: string[] = [];
  for (const p of parts) shown.push(yield* reprGen(p));
  return `operator.${type.name}(${shown.join(", ")})`;
}

defineStaticMethod(itemgetterType, "__new__", (args, kw) => {
  if (kw && kw.size) throw pyTypeError("itemgetter() takes no keyword arguments");
  const items = args.slice(1);
  if (items.length === 0) throw pyTypeError("itemgetter expected 1 argument, got 0");
  return new ItemGetter(items);
});

defineMethods(itemgetterType, {
  __call__: function* (args, kw): NativeGen {
    const g = self(args[0], ItemGetter, "itemgetter");
    const obj = oneArg("itemgetter", args, kw);
    if (g.items.length === 1) return yield* getItemGen(obj, g.items[0]);
    const out: PyValue[] = [];
    for (const item of g.items) out.push(yield* getItemGen(obj, item));
    return new PyTuple(out);
  },
  __repr__: function* (args): NativeGen {
    return yield* reprOf(itemgetterType, self(args[0], ItemGetter, "itemgetter").items);
  },
  __reduce__: (args) => new PyTuple([itemgetterType, new PyTuple(self(args[0], ItemGetter, "itemgetter").items)]),
});

defineStaticMethod(attrgetterType, "__new__", (args, kw) => {
  if (kw && kw.size) throw pyTypeError("attrgetter() takes no keyword arguments");
  const attrs = args.slice(1);
  if (attrs.length === 0) throw pyTypeError("attrgetter expected 1 argument, got 0");
  const names: string[] = [];
  for (const a of attrs) {
    if (typeof a !== "string") throw pyTypeError("attribute name must be a string");
    names.push(a);
  }
  return new AttrGetter(names, names.map((n) => n.split(".")));
});

function* resolveGen(obj: PyValue, path: string[]): NativeGen {
  let v = obj;
  for (const name of path) v = yield* getAttrGen(v, name);
  return v;
}

defineMethods(attrgetterType, {
  __call__: function* (args, kw): NativeGen {
    const g = self(args[0], AttrGetter, "attrgetter");
    const obj = oneArg("attrgetter", args, kw);
    if (g.paths.length === 1) return yield* resolveGen(obj, g.paths[0]);
    const out: PyValue[] = [];
    for (const path of g.paths) out.push(yield* resolveGen(obj, path));
    return new PyTuple(out);
  },
  __repr__: function* (args): NativeGen {
    return yield* reprOf(attrgetterType, self(args[0], AttrGetter, "attrgetter").attrs);
  },
  __reduce__: (args) => new PyTuple([attrgetterType, new PyTuple(self(args[0], AttrGetter, "attrgetter").attrs)]),
});

defineNativeModule("_pygil_operator", (m) => {
  m.dict.setStr("itemgetter", itemgetterType);
  m.dict.setStr("attrgetter", attrgetterType);
});
