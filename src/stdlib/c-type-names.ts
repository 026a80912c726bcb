// _pygil_types: lets a stdlib module written in Python look like the C code CPython has in its
// place. set_c_name gives a class the naming of a C type: messages name it "module.name"
// ("unhashable type: 'collections.deque'") while __name__ stays short ("deque", which reprlib
// dispatches on). hide_frames marks functions and classes whose frames tracebacks leave out,
// as no frame of a C function shows (heapq.heappush(h, "a") points at the caller's line only).
import type { PyValue } from "../objects/object.js";
import { PyType } from "../objects/type.js";
import { None } from "../objects/singletons.js";
import { strValue } from "../objects/str.js";
import { nativeFunction, PyFunction, PyStaticMethod, PyClassMethod, PyProperty } from "../objects/function.js";
import { CodeObject } from "../compiler/code.js";
import { pyTypeError } from "../objects/exceptions.js";
import { defineNativeModule } from "../vm/native-modules.js";

/** Code objects whose frames tracebacks leave out (the eval loop asks when an exception passes). */
export const hiddenCodes = new WeakSet<CodeObject>();

function hideCode(code: CodeObject): void {
  if (hiddenCodes.has(code)) return;
  hiddenCodes.add(code);
  for (const c of code.consts) if (c instanceof CodeObject) hideCode(c);
}

function hide(v: PyValue | null): void {
  if (v instanceof PyFunction) hideCode(v.code);
  else if (v instanceof PyStaticMethod || v instanceof PyClassMethod) hide(v.func);
  else if (v instanceof PyProperty) {
    hide(v.fget);
    hide(v.fset);
    hide(v.fdel);
  } else if (v instanceof PyType) {
    for (const member of v.attrs.values()) hide(member);
  }
}

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
  m.dict.setStr("hide_frames", nativeFunction("hide_frames", (args) => {
    for (const v of args) hide(v);
    return None;
  }, "_pygil_types"));
});
