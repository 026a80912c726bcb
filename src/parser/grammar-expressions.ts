// Expression rules: from star_expressions down to atoms, with comprehensions, calls,
// subscripts, lambda and parameter lists, and the speculative rules used for error messages.
import type { IOrAlt, TokenType } from "chevrotain";
import { NAME, NEWLINE, NUMBER, STRING, type PyToken } from "../lexer/tokens.js";
import { decodeNumber } from "../lexer/numbers.js";
import type * as N from "./nodes.js";
import {
  LOAD, STORE, TargetKind, constantNode, emptyArguments, exprName, invalidTarget, keywordConstant, nameNode,
} from "./ast-build.js";
import { NOT_IN, IS_NOT, type FlatOp } from "./flat-expr.js";
import { buildArguments, type ParamItem } from "./arguments.js";
import { buildStringAtom } from "./string-atoms.js";
import { ParserBase, type Expr } from "./grammar-base.js";
import {
  MATCH_KW, K, LPAR, RPAR, LSQB, RSQB, LBRACE, RBRACE, COLON, COMMA, PLUS, MINUS, STAR, SLASH, EQUAL, DOT,
  TILDE, DOUBLESTAR, ELLIPSIS, COLONEQUAL, EXPECTED_COLON, altIndex, ARITH_OPS, LOGIC_OPS, PREFIX_OPS,
} from "./grammar-tokens.js";

export abstract class ExpressionRules extends ParserBase {
  /** A `for` target not followed by `in`: CPython reads star_expressions from the target's
   *  start instead, and reports what in it cannot be assigned to. */
  protected targetBeforeIn(target: Expr, mark: number): void {
    if (this.RECORDING_PHASE || this.la().tokenType === K.in) return;
    const here = this.mark();
    this.reset_(mark);
    const wider = this.speculate(this.specStarExpressions, true);
    this.reset_(here);
    const bad = invalidTarget(wider ?? target, TargetKind.For);
    if (bad) throw this.errorAtNode(`cannot assign to ${exprName(bad)}`, bad);
  }

  matchSubject = this.RULE("matchSubject", (): Expr => {
    const s = this.la();
    const first = this.SUBRULE(this.starNamedExpression);
    let elts = null as Expr[] | null;
    this.MANY(() => {
      this.CONSUME(COMMA);
      elts ??= [first];
      const more = this.OPTION(() => this.SUBRULE2(this.starNamedExpression));
      if (more) elts.push(more);
      else this.noDoubleComma();
    });
    if (elts) return this.tuple(elts, s, this.prev());
    if (!this.RECORDING_PHASE && first._type === "Starred") throw this.invalidSyntaxAt(this.la());
    return first;
  });

  // ==== parameters ====

  defParams = this.RULE("defParams", (): N.arguments => {
    const items: ParamItem[] = [this.SUBRULE(this.defParam)];
    this.MANY(() => {
      this.CONSUME(COMMA);
      this.parenthesizedParams(false);
      const more = this.OPTION(() => this.SUBRULE2(this.defParam));
      if (more) this.addParam(items, more);
      else this.noDoubleComma();
    });
    // where the list does not end at ')', the grammar's own error comes first
    if (this.RECORDING_PHASE || this.la().tokenType !== RPAR) return emptyArguments();
    return buildArguments(items, this);
  });

  lambdaParams = this.RULE("lambdaParams", (): N.arguments => {
    const items: ParamItem[] = [this.SUBRULE(this.lambdaParam)];
    this.MANY(() => {
      this.CONSUME(COMMA);
      this.parenthesizedParams(true);
      const more = this.OPTION(() => this.SUBRULE2(this.lambdaParam));
      if (more) this.addParam(items, more);
      else this.noDoubleComma();
    });
    if (this.RECORDING_PHASE || this.la().tokenType !== COLON) return emptyArguments();
    return buildArguments(items, this, true);
  });

  /** `def f((a, b))`, `lambda (a, b): …`: a Python 2 habit CPython names. */
  protected parenthesizedParams(isLambda: boolean): void {
    if (this.RECORDING_PHASE || this.la().tokenType !== LPAR) return;
    let k = 2;
    for (;;) {
      if (this.peek(k).tokenType !== NAME) return;
      k++;
      if (this.peek(k).tokenType === COMMA) k++;
      if (this.peek(k).tokenType === RPAR) break;
    }
    const msg = isLambda ? "Lambda expression parameters cannot be parenthesized" : "Function parameters cannot be parenthesized";
    throw this.errorSpan(msg, this.la(), this.peek(k));
  }

  /** A second `*` that is neither `*name` nor `*,` is where CPython's parser gives up. */
  protected addParam(items: ParamItem[], item: ParamItem): void {
    if (!this.RECORDING_PHASE && item.kind === "*" && !item.arg && this.la().tokenType !== COMMA && items.some((i) => i.kind === "*")) {
      throw this.invalidSyntaxAt(item.tok!);
    }
    items.push(item);
  }

  defParam = this.RULE("defParam", (): ParamItem => this.paramItem(true));
  lambdaParam = this.RULE("lambdaParam", (): ParamItem => this.paramItem(false));

  /** One entry of a parameter list: `/`, `*`, `*args`, `**kw`, or `name[: ann][= default]`. */
  protected paramItem(annotations: boolean): ParamItem {
    this.lastEq = null;
    return this.OR([
      { ALT: () => ({ kind: "/", tok: this.CONSUME(SLASH) as PyToken, arg: null, default: null }) },
      {
        ALT: () => {
          const tok = this.CONSUME(STAR) as PyToken;
          const arg = this.OPTION(() => this.paramArg(annotations, 1, true)) ?? null;
          const def = this.OPTION2(() => this.paramDefault(1));
          return { kind: "*", tok, arg, default: def ?? null, eq: this.lastEq };
        },
      },
      {
        ALT: () => {
          const tok = this.CONSUME(DOUBLESTAR) as PyToken;
          const arg = this.paramArg(annotations, 2, false);
          const def = this.OPTION3(() => this.paramDefault(2));
          return { kind: "**", tok, arg, default: def ?? null, eq: this.lastEq };
        },
      },
      {
        ALT: () => {
          const arg = this.paramArg(annotations, 3, false);
          const def = this.OPTION4(() => this.paramDefault(3));
          return { kind: "param", tok: null, arg, default: def ?? null, eq: this.lastEq };
        },
      },
    ]);
  }

  protected lastEq: PyToken | null = null;
  protected paramDefault(i: number): Expr {
    this.lastEq = this.consume(i, EQUAL) as PyToken;
    if (!this.RECORDING_PHASE) {
      const t = this.la().tokenType;
      if (t === COMMA || t === RPAR || t === COLON) throw this.errorAtToken("expected default value expression", this.lastEq);
    }
    return this.subrule(i, this.expression);
  }

  protected paramArg(annotations: boolean, i: number, starred: boolean): N.arg {
    const n = this.consume(i, NAME) as PyToken;
    let annotation = null as Expr | null;
    if (annotations) {
      this.option(10 + i, () => {
        this.consume(10 + i, COLON);
        annotation = this.or(10 + i, [
          {
            GATE: () => starred,
            ALT: () => {
              const st = this.consume(20 + i, STAR) as PyToken;
              const v = this.subrule(20 + i, this.bitorExpr);
              const e = this.prev();
              return { _type: "Starred", value: v, ctx: LOAD, lineno: st.line, col_offset: st.col, end_lineno: e.endLine, end_col_offset: e.endCol };
            },
          },
          { ALT: () => this.subrule(30 + i, this.expression) },
        ]);
      });
    }
    this.lastEq = null;
    const e = this.prev();
    return { _type: "arg", arg: n.image, annotation, type_comment: null, lineno: n.line, col_offset: n.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  }

  // ==== expressions ====

  /** star_expressions: `a`, `*a, b`, `a, b,` (a tuple). */
  starExpressions = this.RULE("starExpressions", (): Expr => {
    const s = this.la();
    const first = this.SUBRULE(this.starExpression);
    if (!this.RECORDING_PHASE && this.la().tokenType !== COMMA) return first;
    const elts: Expr[] = [first];
    this.MANY(() => {
      this.CONSUME(COMMA);
      const more = this.OPTION(() => this.SUBRULE2(this.starExpression));
      if (more) elts.push(more);
      else this.noDoubleComma();
    });
    return this.tuple(elts, s, this.prev());
  });

  starExpression = this.RULE("starExpression", (): Expr => {
    if (!this.RECORDING_PHASE && this.la().tokenType !== STAR) return this.SUBRULE(this.expression);
    return this.OR([
      { ALT: () => this.starred() },
      { ALT: () => this.SUBRULE2(this.expression) },
    ]);
  });

  /** '*' bitwise_or */
  protected starred(): N.Starred {
    const st = this.CONSUME(STAR) as PyToken;
    const value = this.SUBRULE(this.bitorExpr);
    const e = this.prev();
    return { _type: "Starred", value, ctx: LOAD, lineno: st.line, col_offset: st.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  }

  starNamedExpression = this.RULE("starNamedExpression", (): Expr => {
    if (!this.RECORDING_PHASE && this.la().tokenType !== STAR) return this.SUBRULE(this.namedExpression);
    return this.OR([
      { ALT: () => this.starred() },
      { ALT: () => this.SUBRULE2(this.namedExpression) },
    ]);
  });

  /** named_expression: `x := value` or an expression; also where `if x = 1:` is diagnosed. */
  namedExpression = this.RULE("namedExpression", (): Expr => {
    const s = this.la();
    let e = this.SUBRULE(this.expression);
    const t = this.la().tokenType;
    if (!this.RECORDING_PHASE && t !== COLONEQUAL) {
      if (t === EQUAL && !this.speculating) this.checkNamedEquals(e);
      return e;
    }
    this.OPTION(() => {
      const op = this.CONSUME(COLONEQUAL) as PyToken;
      // CPython reads `:=` after anything but a name only to complain about a following value
      if (!this.RECORDING_PHASE && !this.startsExpr[this.la().tokenTypeIdx] && (e._type !== "Name" || this.parens.has(e))) {
        throw this.invalidSyntaxAt(op);
      }
      const value = this.SUBRULE2(this.expression);
      if (!this.RECORDING_PHASE) e = this.namedExpr(e, value, s);
    });
    return e;
  });

  protected namedExpr(target: Expr, value: Expr, s: PyToken): N.NamedExpr {
    if (target._type !== "Name" || this.parens.has(target)) {
      throw this.errorAtNode(`cannot use assignment expressions with ${exprName(target)}`, target);
    }
    target.ctx = STORE;
    const e = this.prev();
    return { _type: "NamedExpr", target, value, lineno: s.line, col_offset: s.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  }

  /** `if x = 1:` and friends: CPython's invalid_named_expression. */
  protected checkNamedEquals(target: Expr): void {
    const rhs = this.speculate(this.specBitor);
    if (!rhs) return;
    const after = this.specEndNext;
    if (after === EQUAL || after === COLONEQUAL) return;
    const err = this.namedEqualsError(target, rhs);
    if (err) throw err;
  }
  specBitor = this.RULE("specBitor", () => {
    this.CONSUME(EQUAL);
    const e = this.SUBRULE(this.bitorExpr);
    if (!this.RECORDING_PHASE) {
      this.specNode = e;
      this.specEndNext = this.la().tokenType;
    }
  });
  specExpression = this.RULE("specExpression", () => {
    const e = this.SUBRULE(this.expression);
    if (!this.RECORDING_PHASE) {
      this.specNode = e;
      this.specEndNext = this.la().tokenType;
      this.specEndTok = this.prev();
    }
  });
  specSubject = this.RULE("specSubject", () => {
    const e = this.SUBRULE(this.matchSubject);
    if (!this.RECORDING_PHASE) {
      this.specNode = e;
      this.specEndNext = this.la().tokenType;
      this.specEndTok = this.prev();
    }
  });
  specStarExpressions = this.RULE("specStarExpressions", () => {
    const e = this.SUBRULE(this.starExpressions);
    if (!this.RECORDING_PHASE) {
      this.specNode = e;
      this.specEndTok = this.prev();
    }
  });

  /** expression: lambda, or a chain `a if c else b if d else e` (built without recursion). */
  expression = this.RULE("expression", (): Expr => {
    if (this.RECORDING_PHASE) {
      return this.OR([{ ALT: () => this.SUBRULE(this.lambdef) }, { ALT: () => this.ternary() }]);
    }
    if (this.la().tokenType === K.lambda) return this.SUBRULE(this.lambdef);
    return this.ternary();
  });

  /** The body of expression when it is no lambda (its DSL calls belong to expression). */
  protected ternary(): Expr {
    const s = this.la();
    const body = this.SUBRULE(this.flatExpr);
    if (!this.RECORDING_PHASE && this.la().tokenType !== K.if) {
      if (this.startsExpr[this.la().tokenTypeIdx] && !this.speculating) this.checkJuxtaposed(body, s);
      return body;
    }
    // a if c else (b if d else (…)): collect the chain, then fold it from the right
    const bodies: Expr[] = [body];
    const starts: PyToken[] = [s];
    const tests: Expr[] = [];
    let tail = null as Expr | null;
    this.MANY(() => {
      this.CONSUME(K.if);
      const test = this.SUBRULE2(this.flatExpr);
      if (!this.RECORDING_PHASE && this.la().tokenType !== K.else && !this.speculating) {
        const t = this.la().tokenType;
        if (t !== COLON) throw this.errorSpan("expected 'else' after 'if' expression", bodies[bodies.length - 1]!, test);
      }
      this.CONSUME(K.else);
      tests.push(test);
      this.OR2([
        { ALT: () => { tail = this.SUBRULE3(this.lambdef); } },
        {
          ALT: () => {
            starts.push(this.la());
            bodies.push(this.SUBRULE4(this.flatExpr));
          },
        },
      ]);
    });
    if (this.RECORDING_PHASE) return body;
    const end = this.prev();
    let orelse: Expr = tail ?? bodies.pop()!;
    for (let i = tests.length - 1; i >= 0; i--) {
      const st = starts[i]!;
      orelse = { _type: "IfExp", test: tests[i]!, body: bodies[i]!, orelse, lineno: st.line, col_offset: st.col, end_lineno: end.endLine, end_col_offset: end.endCol };
    }
    return orelse;
  }

  /** Two expressions side by side: CPython's "Perhaps you forgot a comma?" and the legacy
   *  print statement. Returns quietly when neither applies (the parse then fails as usual). */
  protected checkJuxtaposed(a: Expr, s: PyToken): void {
    const next = this.la();
    if (a._type === "Name" && !this.parens.has(a) && (a.id === "print" || a.id === "exec") && next.tokenType !== LPAR) {
      const b = this.speculate(this.specStarExpressions);
      if (b) throw this.errorSpan(`Missing parentheses in call to '${a.id}'. Did you mean ${a.id}(...)?`, a, b);
    }
    if (a._type === "Name" && a.id === "match" && s.tokenType === NAME && this.startsStatement(s)) {
      // `match subject` without its ':' (CPython's invalid_match_stmt)
      const subject = this.speculate(this.specSubject);
      if (subject && this.specEndNext === NEWLINE) throw this.errorAtToken(EXPECTED_COLON, this.tokenAfter(this.specEndTok!)!);
    }
    const second = this.tokenAfter(s);
    if (s.tokenType === NAME && second && second.tokenType === STRING) return;
    // CPython 3.11 takes any prefix of a soft keyword for one here ("c", "ma", "_" …)
    if (s.tokenType === NAME && ("match".startsWith(s.image) || "case".startsWith(s.image) || s.image === "_")) return;
    if (s.tokenType === MATCH_KW) return;
    if (a._type === "Name" && (a.id === "print" || a.id === "exec")) return;
    const b = this.speculate(this.specExpression);
    if (!b || !this.specEndTok) return;
    if (this.bracketDepthAt(this.specEndTok) === 0) return;
    // CPython reports the span of the two nodes (a parenthesized one without its parentheses)
    throw this.errorSpan("invalid syntax. Perhaps you forgot a comma?", a, b);
  }

  /** lambda_params? ':' expression, with `lambda: lambda: …` chains built without recursion. */
  lambdef = this.RULE("lambdef", (): Expr => {
    const heads: [PyToken, N.arguments][] = [];
    // `lambda: lambda: …` loops here rather than recursing; the grammar records one header
    do {
      const t = this.CONSUME(K.lambda) as PyToken;
      this.parenthesizedParams(true);
      const args = this.OPTION(() => this.SUBRULE(this.lambdaParams)) ?? emptyArguments();
      this.CONSUME(COLON);
      heads.push([t, args]);
    } while (!this.RECORDING_PHASE && this.la().tokenType === K.lambda);
    let body = this.SUBRULE(this.expression);
    if (this.RECORDING_PHASE) return body;
    const e = this.prev();
    for (let i = heads.length - 1; i >= 0; i--) {
      const [t, args] = heads[i]!;
      body = { _type: "Lambda", args, body, lineno: t.line, col_offset: t.col, end_lineno: e.endLine, end_col_offset: e.endCol };
    }
    return body;
  });

  /** disjunction: operands joined by every binary, comparison and boolean operator, with
   *  prefix `not - + ~`, folded by precedence in FlatBuilder. */
  flatExpr = this.RULE("flatExpr", (): Expr => {
    if (!this.RECORDING_PHASE) return this.operatorRun(this.isPrefix, true);
    return this.recordOperatorRun(PREFIX_OPS, [...ARITH_OPS, ...LOGIC_OPS]);
  });

  /** bitwise_or: operands joined by arithmetic and bitwise operators only (targets). */
  bitorExpr = this.RULE("bitorExpr", (): Expr => {
    if (!this.RECORDING_PHASE) return this.operatorRun(this.isArithPrefix, false);
    return this.recordOperatorRun([MINUS, PLUS, TILDE], ARITH_OPS);
  });

  /** What operatorRun parses, for Chevrotain's grammar recording: prefix* primary
   *  (operator prefix* primary)*, where `not` as an operator is `not in` and `is` may take
   *  a `not`. Runs only while recording. */
  protected recordOperatorRun(prefixOps: TokenType[], ops: TokenType[]): Expr {
    const prefixAlts = (i: number) => prefixOps.map((t) => ({ ALT: () => this.consume(i, t) }));
    this.MANY(() => this.OR(prefixAlts(1)));
    this.SUBRULE(this.primary);
    this.MANY2(() => {
      this.OR2(
        ops.map((t) => {
          if (t === K.not) return { ALT: () => { this.consume(3, K.not); this.consume(4, K.in); } };
          if (t === K.is) return { ALT: () => { this.consume(3, K.is); this.OPTION(() => this.consume(5, K.not)); } };
          return { ALT: () => this.consume(3, t) };
        }),
      );
      this.MANY3(() => this.OR3(prefixAlts(2)));
      this.SUBRULE2(this.primary);
    });
    return null as unknown as Expr;
  }

  /** flatExpr (full: every operator) or bitorExpr at run time: the loops recordOperatorRun
   *  describes, driven by token tables. `not` is an operator only as `not in`. */
  protected operatorRun(prefixSet: Uint8Array, full: boolean): Expr {
    const ops = full ? this.isFullOp : this.isArithOp;
    let prefixes: PyToken[] | null = null;
    while (prefixSet[this.la().tokenTypeIdx]) (prefixes ??= []).push(this.consume(1, this.la().tokenType) as PyToken);
    let s = this.la();
    let node = this.SUBRULE(this.primary);
    if (prefixes === null && !(ops[this.la().tokenTypeIdx] && this.notNotIn())) return node;
    const b = this.flat.begin(this);
    b.operand(prefixes, s, node, this.prev());
    while (ops[this.la().tokenTypeIdx] && this.notNotIn()) {
      const t = this.consume(3, this.la().tokenType) as PyToken;
      let op: FlatOp = t;
      if (t.tokenType === K.not) {
        this.consume(4, K.in);
        op = NOT_IN;
      } else if (t.tokenType === K.is && this.la().tokenType === K.not) {
        this.consume(5, K.not);
        op = IS_NOT;
      }
      prefixes = null;
      while (prefixSet[this.la().tokenTypeIdx]) (prefixes ??= []).push(this.consume(2, this.la().tokenType) as PyToken);
      s = this.la();
      node = this.SUBRULE2(this.primary);
      b.op(op);
      b.operand(prefixes, s, node, this.prev());
    }
    return b.finish();
  }

  /** False at a `not` that does not begin `not in` (then it is no operator: `a not b`). */
  protected notNotIn(): boolean {
    return this.la().tokenType !== K.not || this.peek(2).tokenType === K.in;
  }

  /** await? atom trailer* */
  primary = this.RULE("primary", (): Expr => {
    const s = this.la();
    let aw: PyToken | undefined;
    if (this.RECORDING_PHASE || s.tokenType === K.await) aw = this.OPTION(() => this.CONSUME(K.await) as PyToken);
    const start = aw ? this.la() : s;
    let e: Expr;
    if (this.RECORDING_PHASE) {
      e = this.OR(this.atomAlts());
      this.MANY(() => {
        this.trailerBase = e;
        this.trailerStart = start;
        e = this.OR2(this.trailerAlts());
      });
    } else {
      // The same alternatives, chosen by a table: fewer stack frames per nesting level (deeply
      // nested calls and brackets must not overflow the JS stack) and faster.
      const alt = this.atomAltIndex[start.tokenTypeIdx]!;
      e = alt < 0 ? this.OR(this.atomAlts()) : this.atomAltsCache![alt]!.ALT.call(this);
      const trailers = this.trailerAltsCache!;
      for (let t = this.trailerIndex[this.la().tokenTypeIdx]!; t >= 0; t = this.trailerIndex[this.la().tokenTypeIdx]!) {
        this.trailerBase = e;
        this.trailerStart = start;
        e = trailers[t]!.ALT.call(this);
      }
    }
    if (!aw) return e;
    const end = this.prev();
    return { _type: "Await", value: e, lineno: aw.line, col_offset: aw.col, end_lineno: end.endLine, end_col_offset: end.endCol };
  });

  protected atomAltsCache: IOrAlt<Expr>[] | undefined;
  protected atomAlts(): IOrAlt<Expr>[] {
    return (this.atomAltsCache ??= [
      { ALT: () => nameNode(this.CONSUME(NAME) as PyToken) },
      {
        ALT: () => {
          const t = this.CONSUME(NUMBER) as PyToken;
          return constantNode(this.RECORDING_PHASE ? { kind: "None" } : decodeNumber(t.image), null, t, t);
        },
      },
      { ALT: () => this.SUBRULE(this.stringAtom) },
      { ALT: () => this.keywordAtom(this.CONSUME(K.None) as PyToken) },
      { ALT: () => this.keywordAtom(this.CONSUME(K.True) as PyToken) },
      { ALT: () => this.keywordAtom(this.CONSUME(K.False) as PyToken) },
      {
        ALT: () => {
          const t = this.CONSUME(ELLIPSIS) as PyToken;
          return constantNode({ kind: "Ellipsis" }, null, t, t);
        },
      },
      { ALT: () => this.SUBRULE(this.parenAtom) },
      { ALT: () => this.SUBRULE(this.listAtom) },
      { ALT: () => this.SUBRULE(this.braceAtom) },
    ]);
  }

  protected keywordAtom(t: PyToken): Expr {
    return constantNode(keywordConstant(t.image), null, t, t);
  }
  /** Token type → index in atomAlts / trailerAlts, or -1. */
  protected readonly atomAltIndex = altIndex([[NAME], [NUMBER], [STRING], [K.None], [K.True], [K.False], [ELLIPSIS], [LPAR], [LSQB], [LBRACE]]);
  protected readonly trailerIndex = altIndex([[DOT], [LPAR], [LSQB]]);

  protected trailerBase: Expr = null as unknown as Expr;
  protected trailerStart: PyToken = null as unknown as PyToken;
  protected trailerAltsCache: IOrAlt<Expr>[] | undefined;
  protected trailerAlts(): IOrAlt<Expr>[] {
    return (this.trailerAltsCache ??= [
      {
        ALT: () => {
          const value = this.trailerBase, s = this.trailerStart;
          this.CONSUME(DOT);
          const n = this.CONSUME2(NAME) as PyToken;
          return { _type: "Attribute", value, attr: n.image, ctx: LOAD, lineno: s.line, col_offset: s.col, end_lineno: n.endLine, end_col_offset: n.endCol };
        },
      },
      {
        ALT: () => {
          const func = this.trailerBase, s = this.trailerStart;
          const call = this.SUBRULE(this.callArgs);
          const e = this.prev();
          return { _type: "Call", func, args: call.args, keywords: call.keywords, lineno: s.line, col_offset: s.col, end_lineno: e.endLine, end_col_offset: e.endCol };
        },
      },
      {
        ALT: () => {
          const value = this.trailerBase, s = this.trailerStart;
          this.CONSUME(LSQB);
          const slice = this.SUBRULE(this.slices);
          const e = this.CONSUME(RSQB) as PyToken;
          return { _type: "Subscript", value, slice, ctx: LOAD, lineno: s.line, col_offset: s.col, end_lineno: e.endLine, end_col_offset: e.endCol };
        },
      },
    ]);
  }

  stringAtom = this.RULE("stringAtom", (): Expr => {
    const toks: PyToken[] = [];
    this.AT_LEAST_ONE(() => {
      toks.push(this.CONSUME(STRING) as PyToken);
    });
    return this.RECORDING_PHASE ? (null as unknown as Expr) : buildStringAtom(toks, this);
  });

  /** The field of an f-string: "(" expression ")" NEWLINE, from tokenizeFStringExpression. */
  fstringExpression = this.RULE("fstringExpression", (): Expr => {
    const e = this.SUBRULE(this.starExpressions);
    this.CONSUME(NEWLINE);
    return e;
  });
  protected probe(): void {
    this.specExpression();
  }
  protected fieldExpression(): Expr {
    return this.SUBRULE(this.fstringExpression);
  }

  /** ( ) tuples, groups, generator expressions and parenthesized yields. At run time the
   *  alternatives are picked by their first token (fewer frames per nesting level, and faster);
   *  the grammar records them as ORs. */
  parenAtom = this.RULE("parenAtom", (): Expr => {
    const l = this.CONSUME(LPAR) as PyToken;
    if (this.RECORDING_PHASE) {
      return this.OR([
        { ALT: () => this.emptyTuple(l) },
        { ALT: () => this.parenYield() },
        { ALT: () => this.parenRest(l, this.SUBRULE(this.starNamedExpression)) },
      ]);
    }
    const t = this.la().tokenType;
    if (t === RPAR) return this.emptyTuple(l);
    if (t === K.yield) return this.parenYield();
    return this.parenRest(l, t === STAR ? this.SUBRULE(this.starNamedExpression) : this.SUBRULE(this.namedExpression));
  });

  protected emptyTuple(l: PyToken): Expr {
    const r = this.CONSUME(RPAR) as PyToken;
    const t = this.tuple([], l, r);
    this.parens.add(t);
    return t;
  }

  protected parenYield(): Expr {
    const y = this.SUBRULE(this.yieldExpr);
    this.CONSUME2(RPAR);
    this.parens.add(y);
    return y;
  }

  /** After `( first`: a generator, a tuple or a parenthesized expression. */
  protected parenRest(l: PyToken, first: Expr): Expr {
    if (this.RECORDING_PHASE) {
      return this.OR2([
        { ALT: () => this.parenGenerator(l, first) },
        { ALT: () => this.parenTuple(l, first) },
        { ALT: () => this.parenGroup(first) },
      ]);
    }
    const t = this.la().tokenType;
    if (t === K.for || t === K.async) return this.parenGenerator(l, first);
    if (t === COMMA) return this.parenTuple(l, first);
    return this.parenGroup(first);
  }

  protected parenGenerator(l: PyToken, first: Expr): Expr {
    const gens = this.SUBRULE(this.compFor);
    const r = this.CONSUME3(RPAR) as PyToken;
    if (!this.RECORDING_PHASE && first._type === "Starred") throw this.errorAtNode("iterable unpacking cannot be used in comprehension", first);
    return { _type: "GeneratorExp", elt: first, generators: gens, lineno: l.line, col_offset: l.col, end_lineno: r.endLine, end_col_offset: r.endCol };
  }

  protected parenTuple(l: PyToken, first: Expr): Expr {
    const elts = this.elementsAfter(first, RPAR, 1, true);
    const r = this.CONSUME4(RPAR) as PyToken;
    const t = this.tuple(elts, l, r);
    this.parens.add(t);
    return t;
  }

  protected parenGroup(first: Expr): Expr {
    this.CONSUME5(RPAR);
    if (!this.RECORDING_PHASE && first._type === "Starred") throw this.errorAtNode("cannot use starred expression here", first);
    this.parens.add(first);
    return first;
  }

  /** `first (',' element)* ','?` before a closing bracket: star_named_expressions. Each caller
   *  passes its own DSL index `i`. */
  protected elementsAfter(first: Expr, closer: TokenType, i: number, commaRequired = false): Expr[] {
    const elts: Expr[] = [first];
    if (this.RECORDING_PHASE) {
      const item = () => {
        this.consume(i, COMMA);
        this.option(i, () => this.subrule(i, this.starNamedExpression));
      };
      if (commaRequired) this.atLeastOne(i, item);
      else this.many(i, item);
      return elts;
    }
    while (this.la().tokenType === COMMA) {
      this.consume(i, COMMA);
      const t = this.la().tokenType;
      if (t === closer) break;
      elts.push(t === STAR ? this.subrule(i, this.starNamedExpression) : this.subrule(i, this.namedExpression));
    }
    return elts;
  }

  /** [ ] lists and list comprehensions. */
  listAtom = this.RULE("listAtom", (): Expr => {
    const l = this.CONSUME(LSQB) as PyToken;
    if (this.RECORDING_PHASE) {
      return this.OR([
        { ALT: () => this.emptyList(l) },
        { ALT: () => this.listRest(l, this.SUBRULE(this.starNamedExpression)) },
      ]);
    }
    const t = this.la().tokenType;
    if (t === RSQB) return this.emptyList(l);
    return this.listRest(l, t === STAR ? this.SUBRULE(this.starNamedExpression) : this.SUBRULE(this.namedExpression));
  });

  protected emptyList(l: PyToken): Expr {
    const r = this.CONSUME(RSQB) as PyToken;
    return { _type: "List", elts: [], ctx: LOAD, lineno: l.line, col_offset: l.col, end_lineno: r.endLine, end_col_offset: r.endCol };
  }

  protected listRest(l: PyToken, first: Expr): Expr {
    const t = this.la().tokenType;
    if (this.RECORDING_PHASE ? true : t === K.for || t === K.async) {
      const comp = () => {
        const gens = this.SUBRULE(this.compFor);
        const r = this.CONSUME2(RSQB) as PyToken;
        if (!this.RECORDING_PHASE && first._type === "Starred") throw this.errorAtNode("iterable unpacking cannot be used in comprehension", first);
        return { _type: "ListComp", elt: first, generators: gens, lineno: l.line, col_offset: l.col, end_lineno: r.endLine, end_col_offset: r.endCol } as Expr;
      };
      if (!this.RECORDING_PHASE) return comp();
      return this.OR2([{ ALT: comp }, { ALT: () => this.listDisplay(l, first) }]);
    }
    return this.listDisplay(l, first);
  }

  protected listDisplay(l: PyToken, first: Expr): Expr {
    const elts = this.elementsAfter(first, RSQB, 2);
    const r = this.CONSUME3(RSQB) as PyToken;
    return { _type: "List", elts, ctx: LOAD, lineno: l.line, col_offset: l.col, end_lineno: r.endLine, end_col_offset: r.endCol };
  }

  /** { } dicts, sets and their comprehensions. */
  braceAtom = this.RULE("braceAtom", (): Expr => {
    const l = this.CONSUME(LBRACE) as PyToken;
    const keys: (Expr | null)[] = [];
    const values: Expr[] = [];
    // called at two places of this rule: `i` keeps their DSL indices apart
    const dictRest = (i: number) => {
      this.many(i, () => {
        this.consume(i, COMMA);
        this.option(i, () => {
          this.or(i, [
            {
              ALT: () => {
                this.consume(i, DOUBLESTAR);
                keys.push(null);
                values.push(this.subrule(i, this.bitorExpr));
              },
            },
            {
              ALT: () => {
                // a key after a pair: CPython says "':' expected" here before any other
                // complaint about what follows the key, so the key is read without them
                this.speculating++;
                let k: Expr;
                try {
                  k = this.subrule(i, this.expression);
                } finally {
                  this.speculating--;
                }
                this.dictColon(k, i);
                keys.push(k);
                values.push(this.dictValue(i + 1));
              },
            },
          ]);
        });
      });
    };
    return this.OR([
      {
        ALT: () => {
          const r = this.CONSUME(RBRACE) as PyToken;
          return { _type: "Dict", keys: [], values: [], lineno: l.line, col_offset: l.col, end_lineno: r.endLine, end_col_offset: r.endCol } as Expr;
        },
      },
      {
        ALT: () => {
          const st = this.CONSUME2(DOUBLESTAR) as PyToken;
          keys.push(null);
          values.push(this.SUBRULE2(this.bitorExpr));
          if (!this.RECORDING_PHASE && (this.la().tokenType === K.for || this.la().tokenType === K.async)) {
            throw this.errorAtToken("dict unpacking cannot be used in dict comprehension", st);
          }
          dictRest(10);
          const r = this.CONSUME2(RBRACE) as PyToken;
          return { _type: "Dict", keys, values, lineno: l.line, col_offset: l.col, end_lineno: r.endLine, end_col_offset: r.endCol } as Expr;
        },
      },
      {
        ALT: () => {
          const first = this.SUBRULE(this.starNamedExpression);
          return this.OR2([
            {
              ALT: () => {
                this.CONSUME2(COLON);
                if (!this.RECORDING_PHASE) this.checkDictKey(first);
                const value = this.dictValue(30);
                return this.OR4([
                  {
                    ALT: () => {
                      const gens = this.SUBRULE(this.compFor);
                      const r = this.CONSUME3(RBRACE) as PyToken;
                      return { _type: "DictComp", key: first, value, generators: gens, lineno: l.line, col_offset: l.col, end_lineno: r.endLine, end_col_offset: r.endCol } as Expr;
                    },
                  },
                  {
                    ALT: () => {
                      keys.push(first);
                      values.push(value);
                      dictRest(20);
                      const r = this.CONSUME4(RBRACE) as PyToken;
                      return { _type: "Dict", keys, values, lineno: l.line, col_offset: l.col, end_lineno: r.endLine, end_col_offset: r.endCol } as Expr;
                    },
                  },
                ]);
              },
            },
            {
              ALT: () => {
                const gens = this.SUBRULE2(this.compFor);
                const r = this.CONSUME5(RBRACE) as PyToken;
                if (!this.RECORDING_PHASE && first._type === "Starred") throw this.errorAtNode("iterable unpacking cannot be used in comprehension", first);
                return { _type: "SetComp", elt: first, generators: gens, lineno: l.line, col_offset: l.col, end_lineno: r.endLine, end_col_offset: r.endCol } as Expr;
              },
            },
            {
              ALT: () => {
                const elts: Expr[] = [first];
                this.MANY2(() => {
                  this.CONSUME3(COMMA);
                  const more = this.OPTION2(() => this.SUBRULE2(this.starNamedExpression));
                  if (more) elts.push(more);
                  else this.noDoubleComma();
                });
                const r = this.CONSUME6(RBRACE) as PyToken;
                return { _type: "Set", elts, lineno: l.line, col_offset: l.col, end_lineno: r.endLine, end_col_offset: r.endCol } as Expr;
              },
            },
          ]);
        },
      },
    ]);
  });

  /** The ':' after a dict key, with CPython's message when it is missing. */
  /** The ':' after a dict key that follows a pair. CPython points at the key's last
   *  character, with an end offset of 0. */
  protected dictColon(key: Expr, i: number): void {
    if (!this.RECORDING_PHASE && this.la().tokenType !== COLON && !this.speculating) {
      const r = this.reporter;
      const line = key.end_lineno!;
      throw r.raw("SyntaxError", "':' expected after dictionary key", line, r.charCol(line, key.end_col_offset! - 1) + 1, line, 0);
    }
    this.consume(i, COLON);
  }
  protected dictValue(i: number): Expr {
    this.missingDictValue();
    return this.subrule(i, this.expression);
  }
  protected missingDictValue(): void {
    if (this.RECORDING_PHASE) return;
    const t = this.la().tokenType;
    if (t === COMMA || t === RBRACE) throw this.errorAtToken("expression expected after dictionary key and ':'", this.prev());
  }
  protected checkDictKey(k: Expr): void {
    if (k._type === "Starred") throw this.invalidSyntaxAt(this.prev());
    if (k._type === "NamedExpr" && !this.parens.has(k)) throw this.invalidSyntaxAt(this.prev());
  }

  /** for_if_clauses: one or more `[async] for targets in disjunction (if disjunction)*`. */
  compFor = this.RULE("compFor", (): N.comprehension[] => {
    const gens: N.comprehension[] = [];
    this.AT_LEAST_ONE(() => {
      const a = this.OPTION(() => this.CONSUME(K.async));
      this.CONSUME(K.for);
      const mark = this.mark();
      const target = this.SUBRULE(this.starTargets);
      this.targetBeforeIn(target, mark);
      this.CONSUME(K.in);
      const iter = this.SUBRULE(this.flatExpr);
      const ifs: Expr[] = [];
      this.MANY(() => {
        this.CONSUME(K.if);
        ifs.push(this.SUBRULE2(this.flatExpr));
      });
      if (!this.RECORDING_PHASE) this.checkTarget(target, TargetKind.For);
      gens.push({ _type: "comprehension", target, iter, ifs, is_async: a ? 1 : 0 });
    });
    return gens;
  });

  /** star_targets: what `for` and comprehensions assign to. */
  starTargets = this.RULE("starTargets", (): Expr => {
    const s = this.la();
    const first = this.SUBRULE(this.starTarget);
    if (!this.RECORDING_PHASE && this.la().tokenType !== COMMA) return first;
    const elts: Expr[] = [first];
    this.MANY(() => {
      this.CONSUME(COMMA);
      const more = this.OPTION(() => this.SUBRULE2(this.starTarget));
      if (more) elts.push(more);
      else this.noDoubleComma();
    });
    return this.tuple(elts, s, this.prev());
  });

  starTarget = this.RULE("starTarget", (): Expr => {
    return this.OR([
      { ALT: () => this.starred() },
      { ALT: () => this.SUBRULE2(this.bitorExpr) },
    ]);
  });

  yieldExpr = this.RULE("yieldExpr", (): Expr => {
    const y = this.CONSUME(K.yield) as PyToken;
    if (this.RECORDING_PHASE) {
      return this.OR([{ ALT: () => this.yieldFrom(y) }, { ALT: () => this.yieldValue(y) }]);
    }
    return this.la().tokenType === K.from ? this.yieldFrom(y) : this.yieldValue(y);
  });

  protected yieldFrom(y: PyToken): Expr {
    this.CONSUME(K.from);
    const value = this.SUBRULE(this.expression);
    const e = this.prev();
    return { _type: "YieldFrom", value, lineno: y.line, col_offset: y.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  }

  protected yieldValue(y: PyToken): Expr {
    let value: Expr | null = null;
    if (this.RECORDING_PHASE) this.OPTION(() => this.SUBRULE(this.starExpressions));
    else if (this.startsExpr[this.la().tokenTypeIdx] || this.la().tokenType === STAR) value = this.SUBRULE(this.starExpressions);
    const e = this.prev();
    return { _type: "Yield", value, lineno: y.line, col_offset: y.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  }

  /** What is inside `a[...]`: one slice or expression, or a tuple of them. */
  slices = this.RULE("slices", (): Expr => {
    const s = this.la();
    const first = this.SUBRULE(this.sliceItem);
    if (!this.RECORDING_PHASE && this.la().tokenType !== COMMA) {
      if (first._type === "Starred") return this.tuple([first], s, this.prev());
      return first;
    }
    const elts: Expr[] = [first];
    this.MANY(() => {
      this.CONSUME(COMMA);
      const more = this.OPTION(() => this.SUBRULE2(this.sliceItem));
      if (more) elts.push(more);
      else this.noDoubleComma();
    });
    return this.tuple(elts, s, this.prev());
  });

  sliceItem = this.RULE("sliceItem", (): Expr => {
    const s = this.la();
    return this.OR([
      {
        ALT: () => {
          const st = this.CONSUME(STAR) as PyToken;
          const value = this.SUBRULE(this.expression);
          const e = this.prev();
          return { _type: "Starred", value, ctx: LOAD, lineno: st.line, col_offset: st.col, end_lineno: e.endLine, end_col_offset: e.endCol } as Expr;
        },
      },
      { ALT: () => this.sliceFrom(null, s) },
      {
        ALT: () => {
          const lower = this.SUBRULE(this.namedExpression);
          return this.OR2([
            {
              ALT: () => {
                if (!this.RECORDING_PHASE && lower._type === "NamedExpr" && !this.parens.has(lower)) throw this.invalidSyntaxAt(this.la());
                return this.sliceFrom2(lower, s);
              },
            },
            { ALT: () => lower },
          ]);
        },
      },
    ]);
  });

  /** ':' [upper] [':' [step]] after an optional lower bound. */
  protected sliceFrom(lower: Expr | null, s: PyToken): Expr {
    this.CONSUME(COLON);
    const upper = this.OPTION(() => this.SUBRULE2(this.expression)) ?? null;
    const step = this.OPTION2(() => {
      this.CONSUME2(COLON);
      return this.OPTION3(() => this.SUBRULE3(this.expression));
    }) ?? null;
    const e = this.prev();
    return { _type: "Slice", lower, upper, step, lineno: s.line, col_offset: s.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  }
  protected sliceFrom2(lower: Expr | null, s: PyToken): Expr {
    this.CONSUME3(COLON);
    const upper = this.OPTION4(() => this.SUBRULE4(this.expression)) ?? null;
    const step = this.OPTION5(() => {
      this.CONSUME4(COLON);
      return this.OPTION6(() => this.SUBRULE5(this.expression));
    }) ?? null;
    const e = this.prev();
    return { _type: "Slice", lower, upper, step, lineno: s.line, col_offset: s.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  }

  /** '(' arguments ')' of a call or a class header. */
  callArgs = this.RULE("callArgs", (): { args: Expr[]; keywords: N.keyword[] } => {
    const l = this.CONSUME(LPAR) as PyToken;
    const items: (Expr | N.keyword)[] = [];
    let trailingComma = false;
    if (this.RECORDING_PHASE) {
      this.OPTION(() => {
        items.push(this.SUBRULE(this.argItem));
        this.MANY(() => {
          this.CONSUME(COMMA);
          this.OPTION2(() => this.SUBRULE2(this.argItem));
        });
      });
    } else if (this.la().tokenType !== RPAR) {
      // the loop above, without DSL frames (nested calls go deep)
      items.push(this.SUBRULE(this.argItem));
      while (this.la().tokenType === COMMA) {
        this.CONSUME(COMMA);
        if (this.la().tokenType === RPAR) trailingComma = true;
        else items.push(this.SUBRULE2(this.argItem));
      }
    }
    const r = this.CONSUME(RPAR) as PyToken;
    if (this.RECORDING_PHASE) return null as unknown as { args: Expr[]; keywords: N.keyword[] };
    return this.classifyArgs(items, l, r, trailingComma);
  });

  protected classifyArgs(items: (Expr | N.keyword)[], l: PyToken, r: PyToken, trailingComma: boolean) {
    const args: Expr[] = [];
    const keywords: N.keyword[] = [];
    let sawKeyword = false;
    let sawDoubleStar = false;
    for (const item of items) {
      if (item._type === "keyword") {
        if (item.arg === null) sawDoubleStar = true;
        else sawKeyword = true;
        keywords.push(item);
        continue;
      }
      if (item._type === "GeneratorExp" && this.bareGenerators.has(item) && (items.length > 1 || trailingComma)) {
        throw this.errorAtNode("Generator expression must be parenthesized", item);
      }
      if (item._type === "Starred") {
        if (sawDoubleStar) {
          throw this.reporter.error("SyntaxError", "iterable argument unpacking follows keyword argument unpacking", item.lineno, item.col_offset, item.lineno, item.col_offset + 1);
        }
      } else if (sawDoubleStar) {
        throw this.errorAtToken("positional argument follows keyword argument unpacking", r);
      } else if (sawKeyword) {
        throw this.errorAtToken("positional argument follows keyword argument", r);
      }
      args.push(item);
    }
    if (items.length === 1 && args.length === 1) {
      const g = args[0]!;
      if (g._type === "GeneratorExp" && this.bareGenerators.has(g)) {
        // the call's own parentheses belong to a lone generator argument
        g.lineno = l.line;
        g.col_offset = l.col;
        g.end_lineno = r.endLine;
        g.end_col_offset = r.endCol;
      }
    }
    return { args, keywords };
  }

  /** One call argument: `*a`, `**k`, `name=value`, `x := v`, a generator, or an expression. */
  protected argItemAlts: IOrAlt<Expr | N.keyword>[] | undefined;
  argItem = this.RULE("argItem", (): Expr | N.keyword => {
    if (!this.RECORDING_PHASE) {
      const t = this.la().tokenType;
      return this.argItemAlts![t === STAR ? 0 : t === DOUBLESTAR ? 1 : 2]!.ALT.call(this);
    }
    return this.OR((this.argItemAlts ??= [
      {
        ALT: () => {
          const st = this.CONSUME(STAR) as PyToken;
          const value = this.SUBRULE(this.expression);
          const e = this.prev();
          return { _type: "Starred", value, ctx: LOAD, lineno: st.line, col_offset: st.col, end_lineno: e.endLine, end_col_offset: e.endCol } as Expr;
        },
      },
      {
        ALT: () => {
          const st = this.CONSUME(DOUBLESTAR) as PyToken;
          const value = this.SUBRULE2(this.expression);
          const e = this.prev();
          return { _type: "keyword", arg: null, value, lineno: st.line, col_offset: st.col, end_lineno: e.endLine, end_col_offset: e.endCol } as N.keyword;
        },
      },
      {
        ALT: () => {
          const s = this.la();
          let e: Expr | N.keyword = this.SUBRULE3(this.expression);
          const t = this.la().tokenType;
          if (!this.RECORDING_PHASE && t !== COLONEQUAL && t !== EQUAL && t !== K.for && t !== K.async) return e;
          this.OR2([
            {
              ALT: () => {
                const op = this.CONSUME(COLONEQUAL) as PyToken;
                // an argument takes `name := value` only; CPython stops at the `:=` otherwise
                if (!this.RECORDING_PHASE && ((e as Expr)._type !== "Name" || this.parens.has(e))) throw this.invalidSyntaxAt(op);
                const value = this.SUBRULE4(this.expression);
                if (!this.RECORDING_PHASE) e = this.namedExpr(e as Expr, value, s);
              },
            },
            {
              ALT: () => {
                const eq = this.CONSUME(EQUAL) as PyToken;
                if (!this.RECORDING_PHASE) this.checkKeywordName(e as Expr, eq);
                const value = this.SUBRULE5(this.expression);
                if (!this.RECORDING_PHASE && (this.la().tokenType === K.for || this.la().tokenType === K.async)) {
                  throw this.errorSpan("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e as Expr, eq);
                }
                const end = this.prev();
                e = { _type: "keyword", arg: (e as N.Name).id, value, lineno: s.line, col_offset: s.col, end_lineno: end.endLine, end_col_offset: end.endCol };
              },
            },
            {
              ALT: () => {
                const forTok = this.la();
                const gens = this.SUBRULE(this.compFor);
                const end = this.prev();
                e = { _type: "GeneratorExp", elt: e as Expr, generators: gens, lineno: s.line, col_offset: s.col, end_lineno: end.endLine, end_col_offset: end.endCol };
                this.bareGenerators.set(e, forTok);
              },
            },
          ]);
          return e;
        },
      },
    ]));
  });

  /** `f(x.y=1)`, `f(True=1)`: CPython's invalid_kwarg messages. */
  protected checkKeywordName(e: Expr, eq: PyToken): void {
    if (e._type === "Name" && !this.parens.has(e)) return;
    if (e._type === "Constant" && !this.parens.has(e) && (e.value.kind === "bool" || e.value.kind === "None")) {
      throw this.errorSpan(`cannot assign to ${exprName(e)}`, e, eq);
    }
    throw this.errorSpan('expression cannot contain assignment, perhaps you meant "=="?', e, eq);
  }
}
