// dir(obj) without a custom __dir__: instance attributes plus class attributes, sorted.
import type { PyValue } from "../objects/object.js";
import { PyType, addsInstanceDict } from "../objects/type.js";
import { PyModule } from "../objects/module.js";
import { typeOf } from "../objects/typeof.js";

export function dirOf(obj: PyValue): string[] {
  const names = new Set<string>();
  if (obj instanceof PyModule) {
    for (const k of obj.dict.keyList()) if (typeof k === "string") names.add(k);
  } else if (obj instanceof PyType) {
    for (const t of obj.mro) for (const k of t.attrs.keys()) names.add(k);
    if (obj.mro.some(addsInstanceDict)) names.add("__weakref__");
  } else {
    if (typeof obj === "object" && obj.dict) for (const k of obj.dict.keyList()) if (typeof k === "string") names.add(k);
    for (const t of typeOf(obj).mro) for (const k of t.attrs.keys()) names.add(k);
    if (typeOf(obj).mro.some(addsInstanceDict)) names.add("__weakref__");
    if (typeof obj === "object" && "slots" in obj) {
      /* slot names are class attributes already */
    }
    names.add("__class__");
  }
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
