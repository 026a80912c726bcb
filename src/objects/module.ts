// module objects: a namespace dict plus a name.
import { PyObject } from "./object.js";
import { makeBuiltinType, type PyType } from "./type.js";
import { PyDict } from "./dict.js";

export const moduleType: PyType = makeBuiltinType("module", undefined, { instanceDict: true, factory: (cls) => new PyModule("?", cls) });

export class PyModule extends PyObject {
  declare dict: PyDict;
  /** Implemented natively (repr says "(built-in)"). */
  builtin = false;
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

import type { PyValue } from "./object.js";
import { defineMethods, defineStaticMethod } from "./function.js";
import { None } from "./singletons.js";
import { PyList } from "./list.js";
import { strValue } from "./str.js";
import { reprGen } from "./stringify.js";
import { callGen } from "./call.js";
import type { NativeGen } from "./native.js";
import { pyTypeError } from "./exceptions.js";

defineStaticMethod(moduleType, "__new__", (args) => new PyModule("?", args[0] as PyType));
defineMethods(moduleType, {
  __init__: (args) => {
    const m = args[0] as PyModule;
    const name = strValue(args[1]);
    if (name === undefined) throw pyTypeError(`module.__init__() argument 'name' must be str, not ${args[1] === undefined ? "nothing" : "other"}`);
    m.dict.setStr("__name__", name);
    m.dict.setStr("__doc__", args.length > 2 ? args[2] : None);
    m.dict.setStr("__package__", None);
    m.dict.setStr("__loader__", None);
    m.dict.setStr("__spec__", None);
    return None;
  },
  __repr__: function* (args): NativeGen {
    const m = args[0] as PyModule;
    const file = m.dict.getStr("__file__");
    const name = yield* reprGen(m.dict.getStr("__name__") ?? "?");
    if (typeof file === "string") return `<module ${name} from '${file}'>`;
    return m.builtin ? `<module ${name} (built-in)>` : `<module ${name}>`;
  },
  __dir__: function* (args): NativeGen {
    const m = args[0] as PyModule;
    // a module-level __dir__ function answers for its module (PEP 562)
    const custom = m.dict.getStr("__dir__");
    if (custom !== undefined) return yield* callGen(custom, []);
    return new PyList(m.dict.keyList() as PyValue[]);
  },
});
