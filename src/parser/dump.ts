// ast.dump() of CPython 3.11, default arguments (annotate_fields=True, indent=None), with
// include_attributes as an option. The walk is iterative (an explicit work stack), so a tree
// nested thousands of levels deep never overflows the JS stack.

import type { ConstantValue } from "./constants.js";
import { NODE_FIELDS } from "./nodes.js";
import { reprBytes, reprComplex, reprFloat, reprInt, reprStr } from "../objects/repr.js";

export interface DumpOptions {
  /** Also print lineno, col_offset, end_lineno, end_col_offset, as ast.dump(include_attributes=True). */
  includeAttributes?: boolean;
}

const ATTRIBUTES = ["lineno", "col_offset", "end_lineno", "end_col_offset"] as const;
// end_lineno and end_col_offset are optional attributes: ast.dump leaves them out when None.
const OPTIONAL_ATTRIBUTES = new Set<string>(["end_lineno", "end_col_offset"]);

/** A work item: text ready to emit, or a node / list / constant still to format. */
type Work = string | object;

/** repr of an ast.Constant's value (and MatchSingleton's). */
export function reprConstant(value: ConstantValue): string {
  switch (value.kind) {
    case "None":
      return "None";
    case "bool":
      return value.value ? "True" : "False";
    case "Ellipsis":
      return "Ellipsis";
    case "int":
      return reprInt(value.value);
    case "float":
      return reprFloat(value.value);
    case "complex":
      return reprComplex(value.real, value.imag);
    case "str":
      return reprStr(value.value);
    case "bytes":
      return reprBytes(value.value);
  }
}

/** Formats a leaf now; returns null for a node or a list, which go on the work stack. */
function formatLeaf(value: unknown): string | null {
  switch (typeof value) {
    case "string":
      return reprStr(value);
    case "number":
      return reprInt(value);
    case "bigint":
      return reprInt(value);
    case "boolean":
      return value ? "True" : "False";
    case "undefined":
      return "None";
    case "object":
      if (value === null) return "None";
      if (Array.isArray(value)) return value.length === 0 ? "[]" : null;
      if ("_type" in value) return null;
      if ("kind" in value) return reprConstant(value as ConstantValue);
      break;
  }
  throw new TypeError(`ast.dump: cannot format ${String(value)}`);
}

/** What CPython 3.11's ast.dump(node) prints (ast.dump(node, include_attributes=True) with the option). */
export function dumpAst(root: object, options: DumpOptions = {}): string {
  const withAttributes = options.includeAttributes === true;
  const out: string[] = [];
  const stack: Work[] = [root];
  // Pushing a node's pieces in reverse lets the stack pop them in print order.
  const pending: Work[] = [];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === "string") {
      out.push(item);
      continue;
    }
    if (Array.isArray(item)) {
      stack.push("]");
      for (let i = item.length - 1; i >= 0; i--) {
        const leaf = formatLeaf(item[i]);
        stack.push(leaf ?? (item[i] as object));
        if (i > 0) stack.push(", ");
      }
      stack.push("[");
      continue;
    }
    const leaf = formatLeaf(item);
    if (leaf !== null) {
      out.push(leaf);
      continue;
    }
    const node = item as Record<string, unknown> & { _type: string };
    const spec = NODE_FIELDS[node._type];
    if (spec === undefined) throw new TypeError(`ast.dump: unknown node type ${String(node._type)}`);
    pending.length = 0;
    for (const name of spec.fields) {
      const value = node[name];
      // A missing field is skipped; a None optional field (the class default) is left out.
      if (value === undefined) continue;
      if (value === null && spec.optional.includes(name)) continue;
      pending.push(name, value as Work);
    }
    if (withAttributes && spec.positioned) {
      for (const name of ATTRIBUTES) {
        const value = node[name];
        if (value === undefined) continue;
        if (value === null && OPTIONAL_ATTRIBUTES.has(name)) continue;
        pending.push(name, value as Work);
      }
    }
    stack.push(")");
    for (let i = pending.length - 2; i >= 0; i -= 2) {
      const value = pending[i + 1];
      const valueLeaf = formatLeaf(value);
      stack.push(valueLeaf ?? (value as object));
      stack.push(i > 0 ? ", " + (pending[i] as string) + "=" : (pending[i] as string) + "=");
    }
    stack.push(node._type + "(");
  }
  return out.join("");
}
