// _pygil_dis: the compiler's disassembly of a code object, for the Python `dis` module
// (pygil's bytecode is its own, so the listing is pygil's, in dis's layout).
import { CodeObject } from "../compiler/code.js";
import { disassemble, disassembleOne } from "../compiler/dis.js";
import { nativeFunction } from "../objects/function.js";
import { pyTypeError } from "../objects/exceptions.js";
import { typeName } from "../objects/typeof.js";
import type { PyValue } from "../objects/object.js";
import { defineNativeModule } from "../vm/native-modules.js";

function codeArg(v: PyValue | undefined): CodeObject {
  if (v instanceof CodeObject) return v;
  throw pyTypeError(`expected a code object, not '${typeName(v ?? "")}'`);
}

defineNativeModule("_pygil_dis", (m) => {
  const d = m.dict;
  d.setStr("disassemble", nativeFunction("disassemble", (args) => disassemble(codeArg(args[0])), "_pygil_dis"));
  d.setStr("disassemble_one", nativeFunction("disassemble_one", (args) => disassembleOne(codeArg(args[0])), "_pygil_dis"));
});
