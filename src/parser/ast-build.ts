// Small pieces the grammar uses to build CPython-shaped nodes: shared context/operator
// singletons, position helpers, and the names CPython uses for expressions in its messages.
import type { PyToken } from "../lexer/tokens.js";
import type * as N from "./nodes.js";

/** Where a node or token starts (tokens and nodes both convert to this). */
export interface Start {
  line: number;
  col: number;
}
/** Where a node or token ends. */
export interface End {
  endLine: number;
  endCol: number;
}

// ast.Load() and friends are singletons in CPython too; sharing them costs nothing.
export const LOAD: N.Load = { _type: "Load" };
export const STORE: N.Store = { _type: "Store" };
export const DEL: N.Del = { _type: "Del" };

const op = <T extends string>(t: T) => ({ _type: t }) as { _type: T };
export const OPS = {
  Add: op("Add"), Sub: op("Sub"), Mult: op("Mult"), MatMult: op("MatMult"), Div: op("Div"),
  Mod: op("Mod"), Pow: op("Pow"), LShift: op("LShift"), RShift: op("RShift"), BitOr: op("BitOr"),
  BitXor: op("BitXor"), BitAnd: op("BitAnd"), FloorDiv: op("FloorDiv"),
} as const;
export const UNARY = { Invert: op("Invert"), Not: op("Not"), UAdd: op("UAdd"), USub: op("USub") } as const;
export const BOOL = { And: op("And"), Or: op("Or") } as const;
export const CMP = {
  Eq: op("Eq"), NotEq: op("NotEq"), Lt: op("Lt"), LtE: op("LtE"), Gt: op("Gt"), GtE: op("GtE"),
  Is: op("Is"), IsNot: op("IsNot"), In: op("In"), NotIn: op("NotIn"),
} as const;

/** Binary operator text → [ast operator, precedence] (higher binds tighter). */
export const BINARY_OPS: Record<string, [N.Operator, number]> = {
  "|": [OPS.BitOr, 1], "^": [OPS.BitXor, 2], "&": [OPS.BitAnd, 3], "<<": [OPS.LShift, 4],
  ">>": [OPS.RShift, 4], "+": [OPS.Add, 5], "-": [OPS.Sub, 5], "*": [OPS.Mult, 6],
  "/": [OPS.Div, 6], "//": [OPS.FloorDiv, 6], "%": [OPS.Mod, 6], "@": [OPS.MatMult, 6],
};
/** Augmented assignment text → operator. */
export const AUG_OPS: Record<string, N.Operator> = {
  "+=": OPS.Add, "-=": OPS.Sub, "*=": OPS.Mult, "@=": OPS.MatMult, "/=": OPS.Div, "%=": OPS.Mod,
  "&=": OPS.BitAnd, "|=": OPS.BitOr, "^=": OPS.BitXor, "<<=": OPS.LShift, ">>=": OPS.RShift,
  "**=": OPS.Pow, "//=": OPS.FloorDiv,
};

export type Positioned = N.Positioned;
export type AnyExpr = N.ExprNode;

/** A node's start, as a Start. */
export function startOf(n: Positioned): Start {
  return { line: n.lineno, col: n.col_offset };
}
/** A node's end, as an End. */
export function endOf(n: Positioned): End {
  return { endLine: n.end_lineno as number, endCol: n.end_col_offset as number };
}

/** Copies a token span (s..e) onto a node's position fields. */
export function setSpan<T extends Positioned>(node: T, s: Start, e: End): T {
  node.lineno = s.line;
  node.col_offset = s.col;
  node.end_lineno = e.endLine;
  node.end_col_offset = e.endCol;
  return node;
}

export function nameNode(t: PyToken, ctx: N.ExprContext = LOAD): N.Name {
  return { _type: "Name", id: t.image, ctx, lineno: t.line, col_offset: t.col, end_lineno: t.endLine, end_col_offset: t.endCol };
}

export function constantNode(value: N.Constant_Value, kind: string | null, s: Start, e: End): N.Constant {
  return { _type: "Constant", value, kind, lineno: s.line, col_offset: s.col, end_lineno: e.endLine, end_col_offset: e.endCol };
}

/** What CPython calls an expression in "cannot assign to %s" and similar messages. */
export function exprName(e: AnyExpr): string {
  switch (e._type) {
    case "Attribute": return "attribute";
    case "Subscript": return "subscript";
    case "Starred": return "starred";
    case "Name": return "name";
    case "List": return "list";
    case "Tuple": return "tuple";
    case "Lambda": return "lambda";
    case "Call": return "function call";
    case "BoolOp": case "BinOp": case "UnaryOp": return "expression";
    case "GeneratorExp": return "generator expression";
    case "Yield": case "YieldFrom": return "yield expression";
    case "Await": return "await expression";
    case "ListComp": return "list comprehension";
    case "SetComp": return "set comprehension";
    case "DictComp": return "dict comprehension";
    case "Dict": return "dict literal";
    case "Set": return "set display";
    case "JoinedStr": case "FormattedValue": return "f-string expression";
    case "Constant": {
      const v = e.value;
      if (v.kind === "None") return "None";
      if (v.kind === "bool") return v.value ? "True" : "False";
      if (v.kind === "Ellipsis") return "ellipsis";
      return "literal";
    }
    case "Compare": return "comparison";
    case "IfExp": return "conditional expression";
    case "NamedExpr": return "named expression";
    default: return e._type;
  }
}

export const enum TargetKind {
  Store,
  Del,
  For,
}

/** The first sub-expression that cannot be a target of this kind, or null (CPython's
 *  _PyPegen_get_invalid_target, as far as ast.parse shows it). */
export function invalidTarget(e: AnyExpr, kind: TargetKind): AnyExpr | null {
  switch (e._type) {
    case "List":
    case "Tuple":
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, kind);
        if (bad) return bad;
      }
      return null;
    case "Starred":
      return kind === TargetKind.Del ? e : invalidTarget(e.value, kind);
    case "Compare":
      // `for x in y in z`: the target is what stands before the first `in`
      if (kind === TargetKind.For && e.ops[0]._type === "In") return invalidTarget(e.left, kind);
      return e;
    case "Name":
    case "Subscript":
    case "Attribute":
      return null;
    default:
      return e;
  }
}

/** Sets `ctx` on a valid target tree (after invalidTarget said it is valid). */
export function setContext(e: AnyExpr, ctx: N.ExprContext): void {
  switch (e._type) {
    case "Name": case "Attribute": case "Subscript":
      e.ctx = ctx;
      return;
    case "Starred":
      e.ctx = ctx;
      setContext(e.value, ctx);
      return;
    case "List": case "Tuple":
      e.ctx = ctx;
      for (const elt of e.elts) setContext(elt, ctx);
      return;
  }
}

/** True for nodes that CPython's bitwise_or rule can produce without parentheses. */
export function isBitwiseLevel(e: AnyExpr, parens: Set<object>): boolean {
  if (parens.has(e)) return true;
  switch (e._type) {
    case "BoolOp": case "Compare": case "IfExp": case "Lambda": case "NamedExpr": case "Starred":
    case "Yield": case "YieldFrom":
      return false;
    case "UnaryOp":
      return e.op._type !== "Not";
    case "Tuple":
      return false; // an unparenthesized tuple
    default:
      return true;
  }
}

/** The leftmost operand a bitwise_or expression starts with (to test what it begins with). */
export function leftmostAtom(e: AnyExpr, parens: Set<object>): AnyExpr {
  for (;;) {
    if (parens.has(e)) return e;
    switch (e._type) {
      case "BinOp": e = e.left; continue;
      case "Call": e = e.func; continue;
      case "Attribute": e = e.value; continue;
      case "Subscript": e = e.value; continue;
      case "Compare": e = e.left; continue;
      case "BoolOp": e = e.values[0]; continue;
      case "IfExp": e = e.body; continue;
      case "Tuple": if (e.elts.length) { e = e.elts[0]; continue; } return e;
      default: return e;
    }
  }
}

/** The value of the constant keywords None, True and False. */
export function keywordConstant(image: string): N.Constant_Value {
  return image === "None" ? { kind: "None" } : { kind: "bool", value: image === "True" };
}

/** The arguments of a function or lambda without parameters. */
export function emptyArguments(): N.arguments {
  return { _type: "arguments", posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
}
