// The embedding API: what a Node or browser host imports to run Python.
//
//   import { Interpreter } from "pygil";
//   const py = new Interpreter({ writeStdout: (s) => out.push(s) });
//   const status = await py.runSource("print('hi')", "<main>");
export { parseModule, dumpAst, formatSyntaxError } from "./parser/index.js";
export { PySyntaxError } from "./lexer/syntax-error.js";
export { Interpreter, type InterpreterOptions } from "./vm/interpreter.js";
export { compileModule } from "./compiler/codegen.js";
export { disassemble } from "./compiler/dis.js";
export { defineNativeModule } from "./vm/native-modules.js";
