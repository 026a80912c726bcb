import type { Node } from "./nodes.js";

/** What CPython 3.11's ast.dump(node) prints. */
export function dumpAst(_node: Node): string {
  throw new Error("dump not written yet");
}
