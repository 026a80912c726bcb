// CPython's builtin classes that fill the getattr slot themselves list `__getattribute__` in
// their own namespace (vars(list), help(list)); pygil's share object's, put under their names.
import type { PyDict } from "./dict.js";
import { PyType, objectType } from "./type.js";

const OWN_GETATTRIBUTE = [
  "memoryview", "bytearray", "bytes", "complex", "dict", "enumerate", "filter", "float", "frozenset",
  "property", "int", "list", "map", "range", "reversed", "set", "slice", "str", "super", "tuple", "zip",
  "BaseException",
];

export function applyOwnGetattribute(b: PyDict): void {
  const generic = objectType.attrs.get("__getattribute__");
  if (generic === undefined) return;
  for (const name of OWN_GETATTRIBUTE) {
    const t = b.getStr(name);
    if (t instanceof PyType && !t.attrs.has("__getattribute__")) {
      t.attrs.set("__getattribute__", generic);
      t.invalidate();
    }
  }
}
