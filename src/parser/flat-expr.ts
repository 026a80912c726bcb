// Folds a flat run `operand op operand op …` (with prefix operators on operands) into CPython's
// tree, by precedence: or < and < not < comparisons < | < ^ < & < shifts < + - < * / // % @ <
// unary - + ~ < ** (right-associative, and tighter than a unary operator on its left).
// Comparison chains become one Compare and `a and b and c` one BoolOp, as in CPython; a
// parenthesized operand is never merged into its neighbour's chain. The fold uses explicit
// stacks, so a thousand `not`s or `**`s never recurse.
import type { PyToken } from "../lexer/tokens.js";
import type * as N from "./nodes.js";
import { BINARY_OPS, BOOL, CMP, UNARY, type End, type Start } from "./ast-build.js";
import type { PySyntaxError } from "../lexer/syntax-error.js";

/** `not in` and `is not`, which take two tokens. */
export const NOT_IN = { image: "not in" } as const;
export const IS_NOT = { image: "is not" } as const;
export type FlatOp = PyToken | typeof NOT_IN | typeof IS_NOT;

const enum Kind {
  Binary,
  Compare,
  And,
  Or,
  Unary,
}

interface OpInfo {
  kind: Kind;
  prec: number;
  op: object;
  right?: boolean;
}

const PREC_NOT = 3;
const PREC_UNARY = 11;

const OP_INFO = new Map<string, OpInfo>();
for (const [text, [op, prec]] of Object.entries(BINARY_OPS)) OP_INFO.set(text, { kind: Kind.Binary, prec: prec + 4, op });
OP_INFO.set("**", { kind: Kind.Binary, prec: 12, op: { _type: "Pow" }, right: true });
OP_INFO.set("or", { kind: Kind.Or, prec: 1, op: BOOL.Or });
OP_INFO.set("and", { kind: Kind.And, prec: 2, op: BOOL.And });
const CMP_TEXT: Record<string, object> = {
  "==": CMP.Eq, "!=": CMP.NotEq, "<": CMP.Lt, "<=": CMP.LtE, ">": CMP.Gt, ">=": CMP.GtE,
  in: CMP.In, "not in": CMP.NotIn, is: CMP.Is, "is not": CMP.IsNot,
};
for (const [text, op] of Object.entries(CMP_TEXT)) OP_INFO.set(text, { kind: Kind.Compare, prec: 4, op });
const UNARY_INFO: Record<string, OpInfo> = {
  not: { kind: Kind.Unary, prec: PREC_NOT, op: UNARY.Not },
  "-": { kind: Kind.Unary, prec: PREC_UNARY, op: UNARY.USub },
  "+": { kind: Kind.Unary, prec: PREC_UNARY, op: UNARY.UAdd },
  "~": { kind: Kind.Unary, prec: PREC_UNARY, op: UNARY.Invert },
};

/** What the fold needs from the parser: where to report a misplaced `not`. */
export interface FlatHost {
  invalidSyntaxAt(t: PyToken): PySyntaxError;
}

type Expr = N.ExprNode;

export class FlatBuilder {
  begin(host: FlatHost): FlatFold {
    return new FlatFold(host);
  }
}

/** One fold in progress: shunting-yard over values and operators. */
export class FlatFold {
  private readonly vals: Expr[] = [];
  private readonly starts: Start[] = [];
  private readonly ends: End[] = [];
  /** Which chain (Compare/And/Or) a value on the stack was built by, or -1. */
  private readonly chains: number[] = [];
  private readonly ops: OpInfo[] = [];
  private readonly opToks: (PyToken | null)[] = [];
  private lastBinary: OpInfo | null = null;
  private operands = 0;

  constructor(private readonly host: FlatHost) {}

  op(o: FlatOp): void {
    const info = OP_INFO.get(o.image)!;
    const ops = this.ops;
    while (ops.length) {
      const top = ops[ops.length - 1]!;
      if (top.prec > info.prec || (top.prec === info.prec && !info.right)) this.reduce();
      else break;
    }
    ops.push(info);
    this.opToks.push(null);
    this.lastBinary = info;
  }

  operand(prefixes: PyToken[] | null, s: Start, node: Expr, e: End): void {
    if (prefixes) {
      for (let i = 0; i < prefixes.length; i++) {
        const t = prefixes[i]!;
        const info = UNARY_INFO[t.image]!;
        if (info.prec === PREC_NOT) {
          // `not` starts an inversion: only at the start, after and/or, or after another not
          const before = i > 0 ? UNARY_INFO[prefixes[i - 1]!.image]! : null;
          const ok = before ? before.prec === PREC_NOT : this.operands === 0 || this.lastBinary!.kind === Kind.And || this.lastBinary!.kind === Kind.Or;
          if (!ok) throw this.host.invalidSyntaxAt(t);
        }
        this.ops.push(info);
        this.opToks.push(t);
      }
    }
    this.vals.push(node);
    this.starts.push(s);
    this.ends.push(e);
    this.chains.push(-1);
    this.operands++;
  }

  finish(): Expr {
    while (this.ops.length) this.reduce();
    return this.vals[0]!;
  }

  private reduce(): void {
    const info = this.ops.pop()!;
    const tok = this.opToks.pop()!;
    const vals = this.vals, starts = this.starts, ends = this.ends, chains = this.chains;
    if (info.kind === Kind.Unary) {
      const operand = vals.pop()!;
      const e = ends.pop()!;
      starts.pop();
      chains.pop();
      vals.push({
        _type: "UnaryOp", op: info.op as N.UnaryOp_, operand,
        lineno: tok!.line, col_offset: tok!.col, end_lineno: e.endLine, end_col_offset: e.endCol,
      });
      starts.push(tok!);
      ends.push(e);
      chains.push(-1);
      return;
    }
    const right = vals.pop()!;
    const re = ends.pop()!;
    starts.pop();
    chains.pop();
    const n = vals.length - 1;
    const left = vals[n]!;
    const ls = starts[n]!;
    if ((info.kind === Kind.Compare || info.kind === Kind.And || info.kind === Kind.Or) && chains[n] === info.kind) {
      // extend the chain this fold built on the left
      if (left._type === "Compare") {
        left.ops.push(info.op as N.CmpOp);
        left.comparators.push(right);
      } else if (left._type === "BoolOp") {
        left.values.push(right);
      }
      left.end_lineno = re.endLine;
      left.end_col_offset = re.endCol;
      ends[n] = re;
      return;
    }
    let node: Expr;
    if (info.kind === Kind.Binary) {
      node = { _type: "BinOp", left, op: info.op as N.Operator, right, lineno: ls.line, col_offset: ls.col, end_lineno: re.endLine, end_col_offset: re.endCol };
    } else if (info.kind === Kind.Compare) {
      node = { _type: "Compare", left, ops: [info.op as N.CmpOp], comparators: [right], lineno: ls.line, col_offset: ls.col, end_lineno: re.endLine, end_col_offset: re.endCol };
    } else {
      node = { _type: "BoolOp", op: info.op as N.BoolOp_, values: [left, right], lineno: ls.line, col_offset: ls.col, end_lineno: re.endLine, end_col_offset: re.endCol };
    }
    vals[n] = node;
    ends[n] = re;
    chains[n] = info.kind === Kind.Binary ? -1 : info.kind;
  }
}
