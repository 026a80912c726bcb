// module objects: a namespace dict plus a name.
import { PyObject } from "./object.js";
import { makeBuiltinType, type PyType } from "./type.js";
import { PyDict } from "./dict.js";

export const moduleType: PyType = makeBuiltinType("module", undefined, { instanceDict: true, factory: (cls) => new PyModule("?", cls) });

export class PyModule extends PyObject {
  declare dict: PyDict;
  constructor(name: string, type: PyType = moduleType) {
    super(type);
    this.dict = new PyDict();
    this.dict.setStr("__name__", name);
  }
  get name(): string {
    const n = this.dict.getStr("__name__");
    return typeof n === "string" ? n : "?";
  }
}
