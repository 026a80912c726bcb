// Expressions back to source text, as CPython's compiler writes annotations under
// `from __future__ import annotations` (PEP 563): precedence-aware, strings as repr().
import type * as N from "../parser/nodes.js";
import type { ConstantValue } from "../parser/constants.js";
import { reprFloat, reprStr, reprBytes, reprComplex } from "../objects/repr.js";

const enum P {
  TUPLE = 1,
  TEST,
  OR,
  AND,
  NOT,
  CMP,
  BOR,
  BXOR,
  BAND,
  SHIFT,
  ARITH,
  TERM,
  FACTOR,
  POWER,
  AWAIT,
  ATOM,
}

const BINOP: Record<string, [string, P]> = {
  Add: ["+", P.ARITH], Sub: ["-", P.ARITH], Mult: ["*", P.TERM], MatMult: ["@", P.TERM], Div: ["/", P.TERM],
  Mod: ["%", P.TERM], FloorDiv: ["//", P.TERM], Pow: ["**", P.POWER], LShift: ["<<", P.SHIFT], RShift: [">>", P.SHIFT],
  BitOr: ["|", P.BOR], BitXor: ["^", P.BXOR], BitAnd: ["&", P.BAND],
};
const CMP: Record<string, string> = { Eq: "==", NotEq: "!=", Lt: "<", LtE: "<=", Gt: ">", GtE: ">=", Is: "is", IsNot: "is not", In: "in", NotIn: "not in" };
const UNARY: Record<string, [string, P]> = { Invert: ["~", P.FACTOR], Not: ["not ", P.NOT], UAdd: ["+", P.FACTOR], USub: ["-", P.FACTOR] };

export function constText(v: ConstantValue): string {
  switch (v.kind) {
    case "None":
      return "None";
    case "bool":
      return v.value ? "True" : "False";
    case "Ellipsis":
      return "...";
    case "int":
      return v.value.toString();
    case "float":
      return reprFloat(v.value);
    case "complex":
      return reprComplex(v.real, v.imag);
    case "str":
      return reprStr(v.value);
    case "bytes":
      return reprBytes(v.value);
  }
}

export function unparse(e: N.ExprNode, level: number = P.TEST): string {
  const paren = (p: P, s: string) => (level > p ? `(${s})` : s);
  switch (e._type) {
    case "Name":
      return e.id;
    case "Constant":
      return constText(e.value);
    case "Attribute": {
      const v = unparse(e.value, P.ATOM);
      const needsSpace = e.value._type === "Constant" && e.value.value.kind === "int";
      return `${v}${needsSpace ? " " : ""}.${e.attr}`;
    }
    case "Subscript": {
      const s = e.slice._type === "Tuple" && e.slice.elts.length > 0 ? e.slice.elts.map((x) => unparse(x, P.TEST)).join(", ") : unparse(e.slice, P.TUPLE);
      return `${unparse(e.value, P.ATOM)}[${s}]`;
    }
    case "Tuple":
      if (e.elts.length === 0) return "()";
      if (e.elts.length === 1) return `(${unparse(e.elts[0], P.TEST)},)`;
      return `(${e.elts.map((x) => unparse(x, P.TEST)).join(", ")})`;
    case "List":
      return `[${e.elts.map((x) => unparse(x, P.TEST)).join(", ")}]`;
    case "Set":
      return e.elts.length ? `{${e.elts.map((x) => unparse(x, P.TEST)).join(", ")}}` : "{*()}";
    case "Dict":
      return `{${e.keys.map((k, i) => (k === null ? `**${unparse(e.values[i], P.BOR)}` : `${unparse(k, P.TEST)}: ${unparse(e.values[i], P.TEST)}`)).join(", ")}}`;
    case "BinOp": {
      const [op, p] = BINOP[e.op._type];
      const rightAssoc = e.op._type === "Pow";
      return paren(p, `${unparse(e.left, rightAssoc ? p + 1 : p)} ${op} ${unparse(e.right, rightAssoc ? p : p + 1)}`);
    }
    case "UnaryOp": {
      const [op, p] = UNARY[e.op._type];
      return paren(p, `${op}${unparse(e.operand, p)}`);
    }
    case "BoolOp": {
      const p = e.op._type === "And" ? P.AND : P.OR;
      return paren(p, e.values.map((v) => unparse(v, p + 1)).join(e.op._type === "And" ? " and " : " or "));
    }
    case "Compare": {
      let s = unparse(e.left, P.CMP + 1);
      e.ops.forEach((op, i) => (s += ` ${CMP[op._type]} ${unparse(e.comparators[i], P.CMP + 1)}`));
      return paren(P.CMP, s);
    }
    case "Call": {
      const args = [...e.args.map((a) => unparse(a, P.TEST)), ...e.keywords.map((k) => (k.arg === null ? `**${unparse(k.value, P.TEST)}` : `${k.arg}=${unparse(k.value, P.TEST)}`))];
      return `${unparse(e.func, P.ATOM)}(${args.join(", ")})`;
    }
    case "Starred":
      return `*${unparse(e.value, P.BOR)}`;
    case "IfExp":
      return paren(P.TEST, `${unparse(e.body, P.TEST + 1)} if ${unparse(e.test, P.TEST + 1)} else ${unparse(e.orelse, P.TEST)}`);
    case "Lambda":
      return paren(P.TEST, `lambda${e.args.args.length ? " " + e.args.args.map((a) => a.arg).join(", ") : ""}: ${unparse(e.body, P.TEST)}`);
    case "Slice": {
      let s = (e.lower ? unparse(e.lower, P.TEST) : "") + ":" + (e.upper ? unparse(e.upper, P.TEST) : "");
      if (e.step) s += ":" + unparse(e.step, P.TEST);
      return s;
    }
    case "JoinedStr":
    case "FormattedValue":
      return "f'...'";
    case "Await":
      return paren(P.AWAIT, `await ${unparse(e.value, P.ATOM)}`);
    case "NamedExpr":
      return `(${unparse(e.target, P.ATOM)} := ${unparse(e.value, P.ATOM)})`;
    default:
      return "...";
  }
}
