// A callable that runs a code object in given namespaces: module bodies (import, the main
// script), class bodies (__build_class__) and exec()/eval(). Natives request it with
// `yield new CallRequest(new CodeRun(code, globals, locals), [], null)`; the VM pushes the frame.
import { PyObject } from "../objects/object.js";
import { makeBuiltinType } from "../objects/type.js";
import type { PyDict } from "../objects/dict.js";
import type { PyCell } from "../objects/function.js";
import type { CodeObject } from "../compiler/code.js";

export const codeRunType = makeBuiltinType("code_run", undefined, { baseType: false });

export class CodeRun extends PyObject {
  constructor(
    readonly code: CodeObject,
    readonly globals: PyDict,
    readonly locals: PyDict | null,
    readonly closure: PyCell[] | null = null,
  ) {
    super(codeRunType);
  }
}
