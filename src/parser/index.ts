// The parser's public face: source text in, CPython-shaped AST out.
export { parseModule } from "./parse.js";
export { dumpAst } from "./dump.js";
export { formatSyntaxError } from "./report.js";
export type * from "./nodes.js";
