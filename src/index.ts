// The embedding API: what a Node or browser host imports to run Python.
export { parseModule, dumpAst, formatSyntaxError } from "./parser/index.js";
export { PySyntaxError } from "./lexer/syntax-error.js";
