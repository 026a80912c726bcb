// _pygil_types: lets a stdlib module written in Python give one of its classes the naming of a
// type CPython implements in C: messages name it "module.name" ("unhashable type:
// 'collections.deque'") while __name__ stays short ("deque", which reprlib dispatches on).
import { PyType } from "../objects/type.js";
import { None } from "../objects/singletons.js";
import { strValue } from "../objects/str.js";
import { nativeFunction } from "../objects/function.js";
import { pyTypeError } from "../objects/exceptions.js";
import { defineNativeModule } from "../vm/native-modules.js";

defineNativeModule("_pygil_types", (m) => {
  m.dict.setStr("set_c_name", nativeFunction("set_c_name", (args) => {
    const [cls, dotted] = args;
    const name = strValue(dotted);
    if (!(cls instanceof PyType) || name === undefined || args.length !== 2) {
      throw pyTypeError("set_c_name(cls, dotted_name) takes a class and a str");
    }
    cls.shortName = name.slice(name.lastIndexOf(".") + 1);
    cls.name = name;
    return None;
  }, "_pygil_types"));
});
