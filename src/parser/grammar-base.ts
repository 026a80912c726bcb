// The parser's foundation: its state and the helpers its rules share (tokens ahead, errors in
// CPython's shape, speculative parses for error messages, assignment-target diagnostics). The
// rules live in grammar-expressions.ts, grammar-patterns.ts and grammar.ts, one class each.
import { EOF, EmbeddedActionsParser, isRecognitionException, type IRecognitionException, type TokenType } from "chevrotain";
import { ALL_TOKENS, AugAssign, DEDENT, INDENT, NAME, NEWLINE, NUMBER, STRING, type PyToken } from "../lexer/tokens.js";
import { PySyntaxError } from "../lexer/syntax-error.js";
import type { FStringField } from "../lexer/fstring.js";
import type * as N from "./nodes.js";
import {
  LOAD, STORE, TargetKind, exprName, invalidTarget, isBitwiseLevel, leftmostAtom, setContext, type End, type Start,
} from "./ast-build.js";
import { FlatBuilder } from "./flat-expr.js";
import { LazyLookaheadStrategy } from "./lazy-lookahead.js";
import { FStringErrorReporter, type ErrorReporter } from "./syntax-errors.js";
import { recognitionError } from "./parse-errors.js";
import type { StringHost } from "./string-atoms.js";
import {
  MATCH_KW, K, LPAR, RPAR, LSQB, RSQB, LBRACE, RBRACE, COMMA, PLUS, MINUS, DOT, TILDE, ELLIPSIS,
  OPERATOR_TYPES, idxSet, PREFIX_OPS, ARITH_OPS, LOGIC_OPS,
} from "./grammar-tokens.js";

export type Expr = N.ExprNode;
export type Stmt = N.Stmt;
export type StmtOrList = Stmt | Stmt[];

export abstract class ParserBase extends EmbeddedActionsParser implements StringHost {
  /** `validate` runs Chevrotain's grammar checks (duplicate DSL indices, ambiguities): the
   *  tests do; the parser used for parsing skips them, which halves its start-up time. */
  constructor(validate: boolean) {
    super([...ALL_TOKENS, MATCH_KW], {
      maxLookahead: 1,
      recoveryEnabled: false,
      skipValidations: !validate,
      // lookahead functions are built on first use: start-up builds none it doesn't need
      lookaheadStrategy: new LazyLookaheadStrategy(1),
    });
  }

  /** Set by parse.ts for each parse. */
  reporter!: ErrorReporter;
  /** Expressions written inside their own parentheses (ast keeps no trace of them). */
  parens = new Set<object>();
  /** Generator expressions written as a call's argument without parentheses of their own. */
  bareGenerators = new Map<object, PyToken>();
  /** Set when an error was found at the end of the tokens (where a tokenizer error may be). */
  hitEnd = false;
  /** >0 while speculating: specific error checks are off. */
  protected speculating = 0;

  protected readonly isPrefix = idxSet(PREFIX_OPS);
  protected readonly isFullOp = idxSet([...ARITH_OPS, ...LOGIC_OPS]);
  protected readonly isArithOp = idxSet(ARITH_OPS);
  protected readonly isArithPrefix = idxSet([MINUS, PLUS, TILDE]);
  protected readonly isTrailer = idxSet([DOT, LPAR, LSQB]);
  protected readonly isAugAssign = idxSet(OPERATOR_TYPES.filter((t) => (t.CATEGORIES ?? []).includes(AugAssign)));
  protected readonly startsExpr = idxSet([
    NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, ELLIPSIS, K.None, K.True, K.False,
    K.not, K.lambda, K.await,
  ]);
  protected readonly flat = new FlatBuilder();

  // ==== small helpers ====

  protected la(): PyToken {
    return this.LA(1) as PyToken;
  }
  protected prev(): PyToken {
    return this.LA(0) as PyToken;
  }
  /** The token n ahead (1 = next), for scans outside the grammar. */
  protected peek(n: number): PyToken {
    return this.LA(n) as PyToken;
  }
  /** Generic "invalid syntax" at a token, as CPython reports it where no rule fits. */
  invalidSyntaxAt(t: PyToken): PySyntaxError {
    return this.errorAtToken("invalid syntax", t);
  }
  /** A SyntaxError located at a token (a NEWLINE has no width, as in CPython's C tokenizer). */
  errorAtToken(msg: string, t: PyToken): PySyntaxError {
    if (t.tokenType === EOF) this.hitEnd = true;
    if (t.tokenType === NEWLINE) return this.reporter.error("SyntaxError", msg, t.line, t.col, t.line, t.col);
    if (t.line === undefined || Number.isNaN(t.line)) return this.reporter.errorAtEnd("SyntaxError", msg);
    return this.reporter.error("SyntaxError", msg, t.line, t.col, t.endLine, t.endCol);
  }
  /** A SyntaxError spanning from a start to an end (nodes or tokens). */
  errorSpan(msg: string, s: Start | N.Positioned, e: End | N.Positioned): PySyntaxError {
    const sl = "lineno" in s ? s.lineno : s.line, sc = "lineno" in s ? s.col_offset : s.col;
    const el = "lineno" in e ? e.end_lineno : e.endLine, ec = "lineno" in e ? e.end_col_offset : e.endCol;
    return this.reporter.error("SyntaxError", msg, sl, sc, el, ec);
  }
  protected errorAtNode(msg: string, n: N.Positioned): PySyntaxError {
    return this.errorSpan(msg, n, n);
  }
  /** After `,` with no item: another `,` is an error (CPython never accepts `a,,b`). */
  protected noDoubleComma(): void {
    if (!this.RECORDING_PHASE && this.la().tokenType === COMMA) throw this.invalidSyntaxAt(this.la());
  }
  protected pushStmt(body: Stmt[], s: StmtOrList): void {
    if (Array.isArray(s)) for (const x of s) body.push(x);
    else body.push(s);
  }
  /** The last token consumed that is not NEWLINE, INDENT or DEDENT: where a compound
   *  statement ends (a trailing `;` included, as in CPython). */
  protected lastSignificant(): PyToken {
    for (let k = 0; ; k--) {
      const t = this.LA(k) as PyToken;
      const u = t.tokenType;
      if (u !== NEWLINE && u !== INDENT && u !== DEDENT) return t;
    }
  }

  /** CPython's report for `targets = value` where some target cannot be assigned to. */
  protected invalidAssignment(targets: Expr[], value: Expr): never {
    // What stands right before the first '=' is checked first, as a named expression would be.
    const first = targets[0]!;
    const last = first._type === "Tuple" && !this.parens.has(first) ? first.elts[first.elts.length - 1] : first;
    const afterEq = targets.length > 1 ? targets[1]! : value;
    const rhsFollowedByEq = targets.length > 1;
    if (last && !this.tupleEndsWithComma(first) && this.bitwiseOrFollows(afterEq, rhsFollowedByEq)) {
      const named = this.namedEqualsError(last, afterEq);
      if (named) throw named;
    }
    for (const t of targets) {
      if (t._type === "Yield" || t._type === "YieldFrom") throw this.errorAtNode("assignment to yield expression not possible", t);
      const bad = invalidTarget(t, TargetKind.Store);
      if (bad) throw this.errorAtNode(`cannot assign to ${exprName(bad)}`, bad);
    }
    throw new Error("unreachable");
  }

  /** `a, = …`: the last element is followed by ',' rather than '='. */
  protected tupleEndsWithComma(e: Expr): boolean {
    if (e._type !== "Tuple" || this.parens.has(e) || e.elts.length === 0) return false;
    const last = e.elts[e.elts.length - 1]!;
    return last.end_col_offset !== e.end_col_offset || last.end_lineno !== e.end_lineno;
  }

  /** Does a bitwise_or start `e`, and is it not directly followed by '=' or ':='? */
  protected bitwiseOrFollows(e: Expr, followedByEq: boolean): boolean {
    if (isBitwiseLevel(e, this.parens)) return !followedByEq;
    const left = leftmostAtom(e, this.parens);
    if (left === e) return false;
    if (left._type === "Starred" || left._type === "Lambda" || left._type === "Yield" || left._type === "YieldFrom") return false;
    if (left._type === "UnaryOp" && left.op._type === "Not" && !this.parens.has(left)) return false;
    return true;
  }

  /** CPython's invalid_named_expression: `x = 1` or `f() = 1` where a comparison was expected. */
  protected namedEqualsError(target: Expr, rhs: Expr): PySyntaxError | null {
    if (target._type === "Name" && !this.parens.has(target)) {
      const end = isBitwiseLevel(rhs, this.parens) ? rhs : leftmostAtom(rhs, this.parens);
      return this.errorSpan("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", target, end);
    }
    if (!isBitwiseLevel(target, this.parens)) return null;
    const head = leftmostAtom(target, this.parens);
    if (head._type === "List" || head._type === "GeneratorExp") return null;
    if (head._type === "Tuple" && this.parens.has(head)) return null;
    if (head._type === "Constant" && !this.parens.has(head) && (head.value.kind === "bool" || head.value.kind === "None")) return null;
    return this.errorAtNode(`cannot assign to ${exprName(target)} here. Maybe you meant '==' instead of '='?`, target);
  }

  /** CPython's single_target: a name, attribute or subscript, possibly parenthesized. */
  protected isSingleTarget(e: Expr): boolean {
    return e._type === "Name" || e._type === "Attribute" || e._type === "Subscript";
  }

  // Chevrotain's position in the token vector (what BACKTRACK saves and restores).
  protected mark(): number {
    return (this as unknown as { exportLexerState(): number }).exportLexerState();
  }
  protected reset_(mark: number): void {
    (this as unknown as { importLexerState(m: number): void }).importLexerState(mark);
  }

  /** Validates a for/with/comprehension target and gives it Store context. */
  protected checkTarget(target: Expr, kind: TargetKind): void {
    const bad = invalidTarget(target, kind);
    if (bad) throw this.errorAtNode(`cannot assign to ${exprName(bad)}`, bad);
    setContext(target, STORE);
  }

  protected tuple(elts: Expr[], s: Start, e: End): N.Tuple {
    return { _type: "Tuple", elts, ctx: LOAD, lineno: s.line, col_offset: s.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  }

  // ---- speculative parses (error diagnosis only) ----

  protected specNode: Expr | null = null;
  protected specEndNext: TokenType | null = null;
  protected specEndTok: PyToken | null = null;
  protected backtrackers = new Map<unknown, () => boolean>();

  /** Parses `rule` from the current token without moving on; its result, or null. With
   *  `reporting`, the errors CPython would raise inside it are raised. */
  protected speculate(rule: (...args: any[]) => void, reporting = false): Expr | null {
    let bt = this.backtrackers.get(rule);
    if (!bt) this.backtrackers.set(rule, (bt = this.BACKTRACK(rule)));
    const speculating = this.speculating;
    if (!reporting) this.speculating++;
    this.specNode = null;
    try {
      return bt.call(this) ? this.specNode : null;
    } catch (e) {
      if (reporting && e instanceof PySyntaxError) throw e;
      return null;
    } finally {
      this.speculating = speculating;
    }
  }

  /** After a failed parse: reads an expression from token `t` as CPython's error pass would,
   *  and tells where it stopped, or the error it raised on the way. */
  probeExpression(t: PyToken): { error?: PySyntaxError; stoppedAt?: PyToken } {
    const i = (this.input as PyToken[]).indexOf(t);
    if (i < 0) return {};
    this.reset_(i - 1);
    this.errors = [];
    try {
      this.probe();
    } catch (e) {
      if (e instanceof PySyntaxError) return { error: e };
      throw e;
    }
    return { stoppedAt: (this.errors[0]?.token ?? this.la()) as PyToken };
  }

  /** The rule probeExpression runs (grammar-expressions.ts). */
  protected abstract probe(): void;

  /** Whether t is the first token of a statement. */
  protected startsStatement(t: PyToken): boolean {
    const before = this.tokenBefore(t);
    return !before || before.tokenType === NEWLINE || before.tokenType === INDENT || before.tokenType === DEDENT;
  }

  /** The token before t in the input. */
  tokenBefore(t: PyToken): PyToken | undefined {
    const toks = this.input as PyToken[];
    const i = toks.indexOf(t);
    return i > 0 ? toks[i - 1] : undefined;
  }

  /** The token after `t` in the input (t must be at or before the current token). */
  tokenAfter(t: PyToken): PyToken | undefined {
    const toks = this.input as PyToken[];
    const i = toks.lastIndexOf(t, this.mark() + 1);
    return i >= 0 ? toks[i + 1] : undefined;
  }

  /** How many brackets are open just after token `t` (counted from its logical line's start). */
  protected bracketDepthAt(t: PyToken): number {
    const toks = this.input as PyToken[];
    let i = toks.indexOf(t);
    if (i < 0) return 0;
    let j = i;
    while (j > 0) {
      const u = toks[j - 1]!.tokenType;
      if (u === NEWLINE || u === INDENT || u === DEDENT) break;
      j--;
    }
    let depth = 0;
    for (let k = j; k <= i; k++) {
      const u = toks[k]!.tokenType;
      if (u === LPAR || u === LSQB || u === LBRACE) depth++;
      else if (u === RPAR || u === RSQB || u === RBRACE) depth--;
    }
    return depth;
  }

  // StringHost, for string-atoms.ts
  get filename(): string {
    return this.reporter.filename;
  }
  nextToken(): PyToken {
    return this.la();
  }

  /** Parses an f-string field ("(" expression ")" NEWLINE tokens) in the middle of the file's
   *  parse, as CPython does: the token vector is swapped for the field's and back (Chevrotain's
   *  `input` setter would reset the enclosing parse), and errors speak of the field. */
  parseFStringExpression(tokens: PyToken[], field: FStringField): Expr {
    const self = this as unknown as { tokVector: PyToken[]; tokVectorLength: number };
    const outer = { tokens: self.tokVector, length: self.tokVectorLength, pos: this.mark(), reporter: this.reporter, errors: this.errors, hitEnd: this.hitEnd };
    self.tokVector = tokens;
    self.tokVectorLength = tokens.length;
    this.reset_(-1);
    this.reporter = new FStringErrorReporter(outer.reporter.filename, field.expression, field.line, field.col);
    try {
      return this.fieldExpression();
    } catch (e) {
      if (isRecognitionException(e as Error)) throw recognitionError(this, e as IRecognitionException);
      throw e;
    } finally {
      self.tokVector = outer.tokens;
      self.tokVectorLength = outer.length;
      this.reset_(outer.pos);
      this.reporter = outer.reporter;
      this.errors = outer.errors;
      this.hitEnd = outer.hitEnd;
    }
  }

  /** The rule for an f-string field (grammar-expressions.ts). */
  protected abstract fieldExpression(): Expr;
}
