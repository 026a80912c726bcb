// Python 3.11's grammar as a Chevrotain EmbeddedActionsParser that builds CPython's AST
// directly, positions included. One instance is built once and reused (parse.ts).
//
// Shape of the grammar, where it departs from CPython's PEG rules to stay LL(1) and fast:
// - Operators from `or` down to `**` are one flat rule (operand (op operand)*) folded by
//   precedence in flat-expr.ts, so an expression costs a few rule calls, not a dozen, and
//   `- - - x`, `not not x` or `2 ** 2 ** …` chains never recurse.
// - Assignments parse the left side as an expression and check it as a target afterwards
//   (this is also where CPython's "cannot assign to …" messages come from).
// - `match` is a soft keyword: a statement that starts with NAME "match" and whose line ends in
//   ':' at bracket depth 0 has that token retagged MATCH_KW before the statement is chosen.
// - Actions run in Chevrotain's recording phase too; anything that inspects values is guarded
//   by `this.RECORDING_PHASE`.
import { EOF, EmbeddedActionsParser, Lexer, createToken, type IOrAlt, type TokenType } from "chevrotain";
import {
  ALL_TOKENS, AugAssign, DEDENT, INDENT, KEYWORDS, NAME, NEWLINE, NUMBER, OPERATORS, STRING, type PyToken,
} from "../lexer/tokens.js";
import { decodeNumber } from "../lexer/numbers.js";
import type * as N from "./nodes.js";
import {
  AUG_OPS, DEL, LOAD, STORE, TargetKind, constantNode, endOf, exprName, invalidTarget,
  isBitwiseLevel, leftmostAtom, nameNode, setContext, type End, type Start,
} from "./ast-build.js";
import { FlatBuilder, NOT_IN, IS_NOT, type FlatOp } from "./flat-expr.js";
import { buildArguments, type ParamItem } from "./arguments.js";
import type { ErrorReporter } from "./syntax-errors.js";
import type { PySyntaxError } from "../lexer/syntax-error.js";
import type { FStringField } from "../lexer/fstring.js";
import { buildStringAtom, type StringHost } from "./string-atoms.js";

/** `match` at the start of a match statement, retagged from NAME (see statement). */
export const MATCH_KW = createToken({ name: "MATCH_KW", pattern: Lexer.NA });

const K = KEYWORDS;
const O = OPERATORS as Record<string, TokenType>;
const LPAR = O.LPAR!, RPAR = O.RPAR!, LSQB = O.LSQB!, RSQB = O.RSQB!, LBRACE = O.LBRACE!, RBRACE = O.RBRACE!;
const COLON = O.COLON!, COMMA = O.COMMA!, SEMI = O.SEMI!, PLUS = O.PLUS!, MINUS = O.MINUS!, STAR = O.STAR!;
const SLASH = O.SLASH!, VBAR = O.VBAR!, AMPER = O.AMPER!, LESS = O.LESS!, GREATER = O.GREATER!, EQUAL = O.EQUAL!;
const DOT = O.DOT!, PERCENT = O.PERCENT!, EQEQUAL = O.EQEQUAL!, NOTEQUAL = O.NOTEQUAL!, LESSEQUAL = O.LESSEQUAL!;
const GREATEREQUAL = O.GREATEREQUAL!, TILDE = O.TILDE!, CIRCUMFLEX = O.CIRCUMFLEX!, LEFTSHIFT = O.LEFTSHIFT!;
const RIGHTSHIFT = O.RIGHTSHIFT!, DOUBLESTAR = O.DOUBLESTAR!, DOUBLESLASH = O.DOUBLESLASH!, AT = O.AT!;
const RARROW = O.RARROW!, ELLIPSIS = O.ELLIPSIS!, COLONEQUAL = O.COLONEQUAL!;

/** Error-message markers handed to Chevrotain; parse.ts turns them into CPython's messages. */
export const EXPECTED_COLON = "expected ':'";
/** "expected ':'" only when the parser stopped at the end of the line, else "invalid syntax". */
export const EXPECTED_COLON_AT_NEWLINE = "expected ':' at newline";
const FORCED_COLON = { ERR_MSG: EXPECTED_COLON };
const COLON_AT_NEWLINE = { ERR_MSG: EXPECTED_COLON_AT_NEWLINE };
const FORCED_LPAR = { ERR_MSG: "expected '('" };

type Expr = N.ExprNode;
type Stmt = N.Stmt;
type StmtOrList = Stmt | Stmt[];

/** Token types by tokenTypeIdx, for the fast checks that skip a loop that cannot start. */
function idxSet(types: TokenType[]): Uint8Array {
  const set = new Uint8Array(512);
  for (const t of types) set[t.tokenTypeIdx as number] = 1;
  return set;
}

/** Token type → which alternative starts with it (-1: none), for dispatch without lookahead. */
function altIndex(alts: TokenType[][]): Int8Array {
  const table = new Int8Array(512).fill(-1);
  alts.forEach((types, i) => {
    for (const t of types) table[t.tokenTypeIdx as number] = i;
  });
  return table;
}

const PREFIX_OPS = [K.not, MINUS, PLUS, TILDE];
const ARITH_OPS = [VBAR, CIRCUMFLEX, AMPER, LEFTSHIFT, RIGHTSHIFT, PLUS, MINUS, STAR, SLASH, DOUBLESLASH, PERCENT, AT, DOUBLESTAR];
const LOGIC_OPS = [EQEQUAL, NOTEQUAL, LESS, LESSEQUAL, GREATER, GREATEREQUAL, K.in, K.not, K.is, K.and, K.or];

export class PythonParser extends EmbeddedActionsParser implements StringHost {
  /** Set by parse.ts for each parse. */
  reporter!: ErrorReporter;
  /** Expressions written inside their own parentheses (ast keeps no trace of them). */
  parens = new Set<object>();
  /** Generator expressions written as a call's argument without parentheses of their own. */
  bareGenerators = new Map<object, PyToken>();
  /** Set when an error was found at the end of the tokens (where a tokenizer error may be). */
  hitEnd = false;
  /** >0 while speculating: specific error checks are off. */
  private speculating = 0;

  private readonly isPrefix = idxSet(PREFIX_OPS);
  private readonly isFullOp = idxSet([...ARITH_OPS, ...LOGIC_OPS]);
  private readonly isArithOp = idxSet(ARITH_OPS);
  private readonly isArithPrefix = idxSet([MINUS, PLUS, TILDE]);
  private readonly isTrailer = idxSet([DOT, LPAR, LSQB]);
  private readonly isAugAssign = idxSet(Object.values(O).filter((t) => (t.CATEGORIES ?? []).includes(AugAssign)));
  private readonly startsExpr = idxSet([
    NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, ELLIPSIS, K.None, K.True, K.False,
    K.not, K.lambda, K.await,
  ]);
  private readonly flat = new FlatBuilder();

  constructor() {
    super([...ALL_TOKENS, MATCH_KW], { maxLookahead: 1, recoveryEnabled: false });
    this.performSelfAnalysis();
  }

  // ==== small helpers ====

  private la(): PyToken {
    return this.LA(1) as PyToken;
  }
  private prev(): PyToken {
    return this.LA(0) as PyToken;
  }
  /** The token n ahead (1 = next), for scans outside the grammar. */
  private peek(n: number): PyToken {
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
  private errorAtNode(msg: string, n: N.Positioned): PySyntaxError {
    return this.errorSpan(msg, n, n);
  }
  /** After `,` with no item: another `,` is an error (CPython never accepts `a,,b`). */
  private noDoubleComma(): void {
    if (!this.RECORDING_PHASE && this.la().tokenType === COMMA) throw this.invalidSyntaxAt(this.la());
  }
  private pushStmt(body: Stmt[], s: StmtOrList): void {
    if (Array.isArray(s)) for (const x of s) body.push(x);
    else body.push(s);
  }
  /** The last token consumed that is not NEWLINE, INDENT or DEDENT: where a compound
   *  statement ends (a trailing `;` included, as in CPython). */
  private lastSignificant(): PyToken {
    for (let k = 0; ; k--) {
      const t = this.LA(k) as PyToken;
      const u = t.tokenType;
      if (u !== NEWLINE && u !== INDENT && u !== DEDENT) return t;
    }
  }

  // ==== module and statements ====

  file = this.RULE("file", (): N.Module => {
    const body: Stmt[] = [];
    this.MANY(() => {
      const s = this.SUBRULE(this.statement);
      if (!this.RECORDING_PHASE) this.pushStmt(body, s);
    });
    return { _type: "Module", body, type_ignores: [] };
  });

  private statementAlts: IOrAlt<StmtOrList>[] | undefined;
  statement = this.RULE("statement", (): StmtOrList => {
    if (!this.RECORDING_PHASE) this.markMatchKeyword();
    return this.OR(
      (this.statementAlts ??= [
        { ALT: () => this.SUBRULE(this.compoundStmt) },
        { ALT: () => this.SUBRULE(this.simpleStmts) },
      ]),
    );
  });

  /** Retags `match` as MATCH_KW when it begins a match statement: the first ':' at bracket
   *  depth 0 ends the line, with something between. */
  private markMatchKeyword(): void {
    const t = this.la();
    if (t.tokenType !== NAME || t.image !== "match") return;
    if (!this.startsExpr[this.peek(2).tokenTypeIdx] && this.peek(2).tokenType !== STAR) return;
    let depth = 0;
    for (let k = 2; ; k++) {
      const u = this.peek(k).tokenType;
      if (u === LPAR || u === LSQB || u === LBRACE) depth++;
      else if (u === RPAR || u === RSQB || u === RBRACE) depth--;
      else if (u === NEWLINE || u === EOF || depth < 0) return;
      else if (u === COLON && depth === 0) {
        if (k > 2 && this.peek(k + 1).tokenType === NEWLINE) {
          t.tokenType = MATCH_KW;
          t.tokenTypeIdx = MATCH_KW.tokenTypeIdx as number;
        }
        return;
      }
    }
  }

  private compoundAlts: IOrAlt<Stmt>[] | undefined;
  compoundStmt = this.RULE("compoundStmt", (): Stmt => {
    return this.OR(
      (this.compoundAlts ??= [
        { ALT: () => this.SUBRULE(this.funcDef) },
        { ALT: () => this.SUBRULE(this.decorated) },
        { ALT: () => this.SUBRULE(this.classDef) },
        { ALT: () => this.SUBRULE(this.ifStmt) },
        { ALT: () => this.SUBRULE(this.forStmt) },
        { ALT: () => this.SUBRULE(this.whileStmt) },
        { ALT: () => this.SUBRULE(this.tryStmt) },
        { ALT: () => this.SUBRULE(this.withStmt) },
        { ALT: () => this.SUBRULE(this.asyncStmt) },
        { ALT: () => this.SUBRULE(this.matchStmt) },
      ]),
    );
  });

  /** A suite: NEWLINE INDENT statements DEDENT, or simple statements on the header's line. */
  block = this.RULE("block", (what: string, line: number): Stmt[] => {
    if (!this.RECORDING_PHASE && this.la().tokenType === NEWLINE && this.peek(2).tokenType !== INDENT) {
      throw this.indentationExpected(what, line, 2);
    }
    return this.OR([
      {
        ALT: () => {
          const body: Stmt[] = [];
          this.CONSUME(NEWLINE);
          this.CONSUME(INDENT);
          this.AT_LEAST_ONE(() => {
            const s = this.SUBRULE(this.statement);
            if (!this.RECORDING_PHASE) this.pushStmt(body, s);
          });
          this.CONSUME(DEDENT);
          return body;
        },
      },
      {
        ALT: () => {
          const s = this.SUBRULE(this.simpleStmts);
          return this.RECORDING_PHASE ? [] : Array.isArray(s) ? s : [s];
        },
      },
    ]);
  });

  /** "expected an indented block after …", where CPython puts it: at the token after NEWLINE. */
  private indentationExpected(what: string, line: number, k: number): PySyntaxError {
    const msg = `expected an indented block after ${what} on line ${line}`;
    const r = this.reporter;
    const t = this.peek(k);
    if (t.tokenType === DEDENT || t.tokenType === EOF) {
      // at a dedent or the end of the file: CPython has no token width there
      let j = k;
      while (this.peek(j).tokenType === DEDENT) j++;
      if (this.peek(j).tokenType === EOF) {
        this.hitEnd = true;
        return r.errorAtEnd("IndentationError", msg);
      }
      return r.raw("IndentationError", msg, t.line, r.charCol(t.line, t.col), t.line, -1);
    }
    return r.error("IndentationError", msg, t.line, t.col, t.endLine, t.endCol);
  }

  simpleStmts = this.RULE("simpleStmts", (): StmtOrList => {
    const first = this.SUBRULE(this.simpleStmt);
    let list = null as Stmt[] | null;
    if (this.RECORDING_PHASE || this.la().tokenType === SEMI) {
      this.MANY(() => {
        this.CONSUME(SEMI);
        const more = this.OPTION(() => this.SUBRULE2(this.simpleStmt));
        if (more) (list ??= [first]).push(more);
        else if (!this.RECORDING_PHASE && this.la().tokenType !== NEWLINE) throw this.invalidSyntaxAt(this.la());
      });
    }
    this.CONSUME(NEWLINE);
    return list ?? first;
  });

  private simpleAlts: IOrAlt<Stmt>[] | undefined;
  simpleStmt = this.RULE("simpleStmt", (): Stmt => {
    return this.OR(
      (this.simpleAlts ??= [
        { ALT: () => this.SUBRULE(this.exprStmt) },
        { ALT: () => this.SUBRULE(this.returnStmt) },
        { ALT: () => this.SUBRULE(this.importStmt) },
        { ALT: () => this.SUBRULE(this.fromImportStmt) },
        { ALT: () => this.SUBRULE(this.raiseStmt) },
        { ALT: () => this.keywordStmt(this.CONSUME(K.pass) as PyToken, "Pass") },
        { ALT: () => this.keywordStmt(this.CONSUME(K.break) as PyToken, "Break") },
        { ALT: () => this.keywordStmt(this.CONSUME(K.continue) as PyToken, "Continue") },
        { ALT: () => this.SUBRULE(this.delStmt) },
        { ALT: () => this.SUBRULE(this.assertStmt) },
        { ALT: () => this.SUBRULE(this.globalStmt) },
        { ALT: () => this.SUBRULE(this.nonlocalStmt) },
      ]),
    );
  });

  private keywordStmt(t: PyToken, type: "Pass" | "Break" | "Continue"): Stmt {
    return { _type: type, lineno: t.line, col_offset: t.col, end_lineno: t.endLine, end_col_offset: t.endCol } as Stmt;
  }

  // ---- expression statements and assignments ----

  /** yield_expr | star_expressions: what may stand on either side of `=`. */
  assignValue = this.RULE("assignValue", (): Expr => {
    if (!this.RECORDING_PHASE && this.la().tokenType !== K.yield) return this.SUBRULE(this.starExpressions);
    return this.OR([
      { ALT: () => this.SUBRULE2(this.yieldExpr) },
      { ALT: () => this.SUBRULE3(this.starExpressions) },
    ]);
  });

  exprStmt = this.RULE("exprStmt", (): Stmt => {
    const s = this.la();
    const first = this.SUBRULE(this.assignValue);
    const t = this.la().tokenType;
    if (!this.RECORDING_PHASE && t !== EQUAL && t !== COLON && !this.isAugAssign[this.la().tokenTypeIdx]) {
      const e = this.prev();
      return { _type: "Expr", value: first, lineno: s.line, col_offset: s.col, end_lineno: e.endLine, end_col_offset: e.endCol };
    }
    let result = undefined as Stmt | undefined;
    this.OPTION(() => {
      this.OR([
        {
          ALT: () => {
            const parts: Expr[] = [first];
            this.AT_LEAST_ONE(() => {
              this.CONSUME(EQUAL);
              parts.push(this.SUBRULE2(this.assignValue));
            });
            if (!this.RECORDING_PHASE) result = this.buildAssign(parts, s, this.prev());
          },
        },
        {
          ALT: () => {
            const opTok = this.CONSUME(AugAssign) as PyToken;
            const value = this.SUBRULE3(this.assignValue);
            if (!this.RECORDING_PHASE) result = this.buildAugAssign(first, opTok, value, s, this.prev());
          },
        },
        {
          ALT: () => {
            const colon = this.CONSUME(COLON) as PyToken;
            if (!this.RECORDING_PHASE && !this.startsExpr[this.la().tokenTypeIdx] && !this.isSingleTarget(first)) {
              throw this.invalidSyntaxAt(colon); // CPython never reads past ':' after such a target
            }
            const annotation = this.SUBRULE(this.expression);
            const value = this.OPTION2(() => {
              this.CONSUME2(EQUAL);
              return this.SUBRULE4(this.assignValue);
            });
            if (!this.RECORDING_PHASE) result = this.buildAnnAssign(first, annotation, value ?? null, s, this.prev());
          },
        },
      ]);
    });
    if (result) return result;
    const e = this.prev();
    return { _type: "Expr", value: first, lineno: s.line, col_offset: s.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  });

  private buildAssign(parts: Expr[], s: PyToken, e: PyToken): N.Assign {
    const targets = parts.slice(0, -1);
    const value = parts[parts.length - 1]!;
    for (let i = 0; i < targets.length; i++) {
      const t = targets[i]!;
      const bad = t._type === "Yield" || t._type === "YieldFrom" ? t : invalidTarget(t, TargetKind.Store);
      if (bad) this.invalidAssignment(targets, value, i, bad);
    }
    for (const t of targets) setContext(t, STORE);
    return { _type: "Assign", targets, value, type_comment: null, lineno: s.line, col_offset: s.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  }

  /** CPython's report for `targets = value` with an invalid target (index i, culprit bad). */
  private invalidAssignment(targets: Expr[], value: Expr, _i: number, _bad: Expr): never {
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
  private tupleEndsWithComma(e: Expr): boolean {
    if (e._type !== "Tuple" || this.parens.has(e) || e.elts.length === 0) return false;
    const last = e.elts[e.elts.length - 1]!;
    return last.end_col_offset !== e.end_col_offset || last.end_lineno !== e.end_lineno;
  }

  /** Does a bitwise_or start `e`, and is it not directly followed by '=' or ':='? */
  private bitwiseOrFollows(e: Expr, followedByEq: boolean): boolean {
    if (isBitwiseLevel(e, this.parens)) return !followedByEq;
    const left = leftmostAtom(e, this.parens);
    if (left === e) return false;
    if (left._type === "Starred" || left._type === "Lambda" || left._type === "Yield" || left._type === "YieldFrom") return false;
    if (left._type === "UnaryOp" && left.op._type === "Not" && !this.parens.has(left)) return false;
    return true;
  }

  /** CPython's invalid_named_expression: `x = 1` or `f() = 1` where a comparison was expected. */
  private namedEqualsError(target: Expr, rhs: Expr): PySyntaxError | null {
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
  private isSingleTarget(e: Expr): boolean {
    return e._type === "Name" || e._type === "Attribute" || e._type === "Subscript";
  }

  private buildAugAssign(target: Expr, opTok: PyToken, value: Expr, s: PyToken, e: PyToken): N.AugAssign {
    const t = target._type;
    if ((t !== "Name" && t !== "Attribute" && t !== "Subscript") || (this.parens.has(target) && t === "Name" && false)) {
      throw this.errorAtNode(`'${exprName(target)}' is an illegal expression for augmented assignment`, target);
    }
    setContext(target, STORE);
    return { _type: "AugAssign", target, op: AUG_OPS[opTok.image]!, value, lineno: s.line, col_offset: s.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  }

  private buildAnnAssign(target: Expr, annotation: Expr, value: Expr | null, s: PyToken, e: PyToken): N.AnnAssign {
    const t = target._type;
    if (t === "Tuple" || t === "List") {
      const what = t === "Tuple" ? "tuple" : "list";
      const at = t === "Tuple" && !this.parens.has(target) ? target.elts[0]! : target;
      throw this.errorAtNode(`only single target (not ${what}) can be annotated`, at);
    }
    if (t !== "Name" && t !== "Attribute" && t !== "Subscript") throw this.errorAtNode("illegal target for annotation", target);
    setContext(target, STORE);
    const simple = t === "Name" && !this.parens.has(target) ? 1 : 0;
    return { _type: "AnnAssign", target, annotation, value, simple, lineno: s.line, col_offset: s.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  }

  // ---- other simple statements ----

  returnStmt = this.RULE("returnStmt", (): N.Return => {
    const t = this.CONSUME(K.return) as PyToken;
    const value = this.OPTION(() => this.SUBRULE(this.starExpressions));
    const e = this.prev();
    return { _type: "Return", value: value ?? null, lineno: t.line, col_offset: t.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  });

  raiseStmt = this.RULE("raiseStmt", (): N.Raise => {
    const t = this.CONSUME(K.raise) as PyToken;
    let exc = null as Expr | null;
    let cause = null as Expr | null;
    this.OPTION(() => {
      exc = this.SUBRULE(this.expression);
      this.OPTION2(() => {
        this.CONSUME(K.from);
        cause = this.SUBRULE2(this.expression);
      });
    });
    const e = this.prev();
    return { _type: "Raise", exc, cause, lineno: t.line, col_offset: t.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  });

  globalStmt = this.RULE("globalStmt", (): N.Global => {
    const t = this.CONSUME(K.global) as PyToken;
    const names = this.SUBRULE(this.nameList);
    const e = this.prev();
    return { _type: "Global", names, lineno: t.line, col_offset: t.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  });

  nonlocalStmt = this.RULE("nonlocalStmt", (): N.Nonlocal => {
    const t = this.CONSUME(K.nonlocal) as PyToken;
    const names = this.SUBRULE(this.nameList);
    const e = this.prev();
    return { _type: "Nonlocal", names, lineno: t.line, col_offset: t.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  });

  nameList = this.RULE("nameList", (): string[] => {
    const names = [this.CONSUME(NAME).image];
    this.MANY(() => {
      this.CONSUME(COMMA);
      names.push(this.CONSUME2(NAME).image);
    });
    return names;
  });

  delStmt = this.RULE("delStmt", (): N.Delete => {
    const t = this.CONSUME(K.del) as PyToken;
    const targets: Expr[] = [this.SUBRULE(this.starExpression)];
    this.MANY(() => {
      this.CONSUME(COMMA);
      const more = this.OPTION(() => this.SUBRULE2(this.starExpression));
      if (more) targets.push(more);
      else this.noDoubleComma();
    });
    const e = this.prev();
    if (!this.RECORDING_PHASE) {
      for (const target of targets) {
        const bad = invalidTarget(target, TargetKind.Del);
        if (bad) throw this.errorAtNode(`cannot delete ${exprName(bad)}`, bad);
        setContext(target, DEL);
      }
    }
    return { _type: "Delete", targets, lineno: t.line, col_offset: t.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  });

  assertStmt = this.RULE("assertStmt", (): N.Assert => {
    const t = this.CONSUME(K.assert) as PyToken;
    const test = this.SUBRULE(this.expression);
    const msg = this.OPTION(() => {
      this.CONSUME(COMMA);
      return this.SUBRULE2(this.expression);
    });
    const e = this.prev();
    return { _type: "Assert", test, msg: msg ?? null, lineno: t.line, col_offset: t.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  });

  // ---- imports ----

  /** NAME ('.' NAME)*: the dotted name's text. */
  dottedName = this.RULE("dottedName", (): string => {
    let name = this.CONSUME(NAME).image;
    this.MANY(() => {
      this.CONSUME(DOT);
      name += "." + this.CONSUME2(NAME).image;
    });
    return name;
  });

  importStmt = this.RULE("importStmt", (): N.Import => {
    const t = this.CONSUME(K.import) as PyToken;
    const names = [this.SUBRULE(this.dottedAlias)];
    this.MANY(() => {
      this.CONSUME(COMMA);
      names.push(this.SUBRULE2(this.dottedAlias));
    });
    const e = this.prev();
    return { _type: "Import", names, lineno: t.line, col_offset: t.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  });

  dottedAlias = this.RULE("dottedAlias", (): N.alias => {
    const s = this.la();
    const name = this.SUBRULE(this.dottedName);
    const asname = this.OPTION(() => {
      this.CONSUME(K.as);
      return this.CONSUME(NAME).image;
    });
    const e = this.prev();
    return { _type: "alias", name, asname: asname ?? null, lineno: s.line, col_offset: s.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  });

  nameAlias = this.RULE("nameAlias", (): N.alias => {
    const n = this.CONSUME(NAME) as PyToken;
    const asname = this.OPTION(() => {
      this.CONSUME(K.as);
      return this.CONSUME2(NAME).image;
    });
    const e = this.prev();
    return { _type: "alias", name: n.image, asname: asname ?? null, lineno: n.line, col_offset: n.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  });

  fromImportStmt = this.RULE("fromImportStmt", (): N.ImportFrom => {
    const t = this.CONSUME(K.from) as PyToken;
    let level = 0;
    this.MANY(() => {
      this.OR([
        { ALT: () => { this.CONSUME(DOT); level += 1; } },
        { ALT: () => { this.CONSUME(ELLIPSIS); level += 3; } },
      ]);
    });
    const module = this.OPTION(() => this.SUBRULE(this.dottedName)) ?? null;
    if (!this.RECORDING_PHASE && module === null && level === 0) throw this.invalidSyntaxAt(this.la());
    this.CONSUME(K.import);
    const names: N.alias[] = [];
    this.OR2([
      {
        ALT: () => {
          const star = this.CONSUME(STAR) as PyToken;
          names.push({ _type: "alias", name: "*", asname: null, lineno: star.line, col_offset: star.col, end_lineno: star.endLine, end_col_offset: star.endCol });
        },
      },
      {
        ALT: () => {
          this.CONSUME(LPAR);
          names.push(this.SUBRULE(this.nameAlias));
          this.MANY2(() => {
            this.CONSUME(COMMA);
            const more = this.OPTION2(() => this.SUBRULE2(this.nameAlias));
            if (more) names.push(more);
            else this.noDoubleComma();
          });
          this.CONSUME(RPAR);
        },
      },
      {
        ALT: () => {
          names.push(this.SUBRULE3(this.nameAlias));
          this.MANY3(() => {
            this.CONSUME2(COMMA);
            if (!this.RECORDING_PHASE && this.la().tokenType === NEWLINE) {
              throw this.errorAtToken("trailing comma not allowed without surrounding parentheses", this.la());
            }
            names.push(this.SUBRULE4(this.nameAlias));
          });
        },
      },
    ]);
    const e = this.prev();
    return { _type: "ImportFrom", module, names, level, lineno: t.line, col_offset: t.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  });

  // ---- compound statements ----

  funcDef = this.RULE("funcDef", (): N.FunctionDef => {
    const d = this.CONSUME(K.def) as PyToken;
    const name = this.CONSUME(NAME).image;
    this.CONSUME(LPAR, FORCED_LPAR);
    this.parenthesizedParams(false);
    const args = this.OPTION(() => this.SUBRULE(this.defParams)) ?? emptyArguments();
    this.CONSUME(RPAR);
    if (!this.RECORDING_PHASE && this.la().tokenType === RARROW && !this.startsExpr[this.peek(2).tokenTypeIdx]) {
      throw this.errorAtToken(EXPECTED_COLON, this.la()); // CPython skips the empty `->` and wants ':'
    }
    const returns = this.OPTION2(() => {
      this.CONSUME(RARROW);
      return this.SUBRULE(this.expression);
    });
    this.CONSUME(COLON, FORCED_COLON);
    const body = this.SUBRULE(this.block, { ARGS: ["function definition", d.line] });
    const e = this.lastSignificant();
    return {
      _type: "FunctionDef", name, args, body, decorator_list: [], returns: returns ?? null, type_comment: null,
      lineno: d.line, col_offset: d.col, end_lineno: e.endLine, end_col_offset: e.endCol,
    };
  });

  /** `async def`, `async for`, `async with`. */
  asyncStmt = this.RULE("asyncStmt", (): Stmt => {
    const a = this.CONSUME(K.async) as PyToken;
    const node = this.OR([
      { ALT: () => this.SUBRULE(this.funcDef) as Stmt },
      { ALT: () => this.SUBRULE(this.forStmt) as Stmt },
      { ALT: () => this.SUBRULE(this.withStmt) as Stmt },
    ]);
    if (!this.RECORDING_PHASE) {
      const n = node as N.FunctionDef | N.For | N.With;
      (n as { _type: string })._type = n._type === "FunctionDef" ? "AsyncFunctionDef" : n._type === "For" ? "AsyncFor" : "AsyncWith";
      n.lineno = a.line;
      n.col_offset = a.col;
    }
    return node;
  });

  decorated = this.RULE("decorated", (): Stmt => {
    const decorators: Expr[] = [];
    this.AT_LEAST_ONE(() => {
      this.CONSUME(AT);
      decorators.push(this.SUBRULE(this.namedExpression));
      this.CONSUME(NEWLINE);
    });
    const node = this.OR([
      { ALT: () => this.SUBRULE(this.funcDef) as Stmt },
      { ALT: () => this.SUBRULE(this.classDef) as Stmt },
      {
        ALT: () => {
          const a = this.CONSUME(K.async) as PyToken;
          const f = this.SUBRULE2(this.funcDef);
          if (!this.RECORDING_PHASE) {
            (f as { _type: string })._type = "AsyncFunctionDef";
            f.lineno = a.line;
            f.col_offset = a.col;
          }
          return f as Stmt;
        },
      },
    ]);
    if (!this.RECORDING_PHASE) (node as N.FunctionDef | N.ClassDef).decorator_list = decorators;
    return node;
  });

  classDef = this.RULE("classDef", (): N.ClassDef => {
    const c = this.CONSUME(K.class) as PyToken;
    const name = this.CONSUME(NAME).image;
    const call = this.OPTION(() => this.SUBRULE(this.callArgs));
    if (call && !this.RECORDING_PHASE) {
      for (const b of call.args) {
        const forTok = this.bareGenerators.get(b);
        if (forTok) throw this.invalidSyntaxAt(forTok); // a class takes no generator argument
      }
    }
    this.CONSUME(COLON, COLON_AT_NEWLINE);
    const body = this.SUBRULE(this.block, { ARGS: ["class definition", c.line] });
    const e = this.lastSignificant();
    return {
      _type: "ClassDef", name, bases: call ? call.args : [], keywords: call ? call.keywords : [], body, decorator_list: [],
      lineno: c.line, col_offset: c.col, end_lineno: e.endLine, end_col_offset: e.endCol,
    };
  });

  ifStmt = this.RULE("ifStmt", (): N.If => {
    const t = this.CONSUME(K.if) as PyToken;
    const test = this.SUBRULE(this.namedExpression);
    this.CONSUME(COLON, COLON_AT_NEWLINE);
    const body = this.SUBRULE(this.block, { ARGS: ["'if' statement", t.line] });
    const elifs: [PyToken, Expr, Stmt[]][] = [];
    this.MANY(() => {
      const et = this.CONSUME(K.elif) as PyToken;
      const c = this.SUBRULE2(this.namedExpression);
      this.CONSUME2(COLON, COLON_AT_NEWLINE);
      elifs.push([et, c, this.SUBRULE2(this.block, { ARGS: ["'elif' statement", et.line] })]);
    });
    let orelse = this.OPTION(() => this.SUBRULE(this.elseBlock)) ?? [];
    if (this.RECORDING_PHASE) return null as unknown as N.If;
    // elif chains nest from the last one out; all of them end where the last branch ends
    const e = this.lastSignificant();
    for (let i = elifs.length - 1; i >= 0; i--) {
      const [et, c, b] = elifs[i]!;
      orelse = [{ _type: "If", test: c, body: b, orelse, lineno: et.line, col_offset: et.col, end_lineno: e.endLine, end_col_offset: e.endCol }];
    }
    return { _type: "If", test, body, orelse, lineno: t.line, col_offset: t.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  });

  elseBlock = this.RULE("elseBlock", (): Stmt[] => {
    const t = this.CONSUME(K.else) as PyToken;
    this.CONSUME(COLON, FORCED_COLON);
    return this.SUBRULE(this.block, { ARGS: ["'else' statement", t.line] });
  });

  whileStmt = this.RULE("whileStmt", (): N.While => {
    const t = this.CONSUME(K.while) as PyToken;
    const test = this.SUBRULE(this.namedExpression);
    this.CONSUME(COLON, COLON_AT_NEWLINE);
    const body = this.SUBRULE(this.block, { ARGS: ["'while' statement", t.line] });
    const orelse = this.OPTION(() => this.SUBRULE(this.elseBlock)) ?? [];
    if (this.RECORDING_PHASE) return null as unknown as N.While;
    const e = this.lastSignificant();
    return { _type: "While", test, body, orelse, lineno: t.line, col_offset: t.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  });

  forStmt = this.RULE("forStmt", (): N.For => {
    const t = this.CONSUME(K.for) as PyToken;
    const mark = this.mark();
    const target = this.SUBRULE(this.starTargets);
    this.targetBeforeIn(target, mark);
    this.CONSUME(K.in);
    const iter = this.SUBRULE(this.starExpressions);
    this.CONSUME(COLON, COLON_AT_NEWLINE);
    const body = this.SUBRULE(this.block, { ARGS: ["'for' statement", t.line] });
    const orelse = this.OPTION(() => this.SUBRULE(this.elseBlock)) ?? [];
    if (this.RECORDING_PHASE) return null as unknown as N.For;
    this.checkTarget(target, TargetKind.For);
    const e = this.lastSignificant();
    return { _type: "For", target, iter, body, orelse, type_comment: null, lineno: t.line, col_offset: t.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  });

  /** A `for` target not followed by `in`: CPython reads star_expressions from the target's
   *  start instead, and reports what in it cannot be assigned to. */
  private targetBeforeIn(target: Expr, mark: number): void {
    if (this.RECORDING_PHASE || this.la().tokenType === K.in) return;
    const here = this.mark();
    this.reset_(mark);
    const wider = this.speculate(this.specStarExpressions);
    this.reset_(here);
    const bad = invalidTarget(wider ?? target, TargetKind.For);
    if (bad) throw this.errorAtNode(`cannot assign to ${exprName(bad)}`, bad);
  }

  // Chevrotain's position in the token vector (what BACKTRACK saves and restores).
  private mark(): number {
    return (this as unknown as { exportLexerState(): number }).exportLexerState();
  }
  private reset_(mark: number): void {
    (this as unknown as { importLexerState(m: number): void }).importLexerState(mark);
  }

  /** Validates a for/with/comprehension target and gives it Store context. */
  private checkTarget(target: Expr, kind: TargetKind): void {
    const bad = invalidTarget(target, kind);
    if (bad) throw this.errorAtNode(`cannot assign to ${exprName(bad)}`, bad);
    setContext(target, STORE);
  }

  withStmt = this.RULE("withStmt", (): N.With => {
    const t = this.CONSUME(K.with) as PyToken;
    const items: N.withitem[] = [];
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          GATE: () => this.parenthesizedWithItems(),
          ALT: () => {
            this.CONSUME(LPAR);
            items.push(this.SUBRULE(this.withItem));
            this.MANY(() => {
              this.CONSUME(COMMA);
              const more = this.OPTION(() => this.SUBRULE2(this.withItem));
              if (more) items.push(more);
              else this.noDoubleComma();
            });
            this.CONSUME(RPAR);
          },
        },
        {
          ALT: () => {
            items.push(this.SUBRULE3(this.withItem));
            this.MANY2(() => {
              this.CONSUME2(COMMA);
              items.push(this.SUBRULE4(this.withItem));
            });
          },
        },
      ],
    });
    this.CONSUME(COLON, COLON_AT_NEWLINE);
    const body = this.SUBRULE(this.block, { ARGS: ["'with' statement", t.line] });
    const e = this.lastSignificant();
    return { _type: "With", items, body, type_comment: null, lineno: t.line, col_offset: t.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  });

  /** `with (a as b, c):` — parenthesized items — rather than `with (a, b) as c:`. */
  private parenthesizedWithItems(): boolean {
    if (this.la().tokenType !== LPAR || this.peek(2).tokenType === RPAR) return false;
    let depth = 0;
    let itemsLike = false;
    for (let k = 1; ; k++) {
      const u = this.peek(k).tokenType;
      if (u === LPAR || u === LSQB || u === LBRACE) depth++;
      else if (u === RPAR || u === RSQB || u === RBRACE) {
        if (--depth === 0) return itemsLike && this.peek(k + 1).tokenType === COLON;
      } else if (depth === 1) {
        if (u === K.for || u === K.async || u === K.yield || u === COLONEQUAL) return false;
        if (u === COMMA || u === K.as) itemsLike = true;
        if (u === STAR && (k === 2 || this.peek(k - 1).tokenType === COMMA)) return false;
      }
      if (u === NEWLINE || u.name === "EOF") return false;
    }
  }

  withItem = this.RULE("withItem", (): N.withitem => {
    const context_expr = this.SUBRULE(this.expression);
    const vars = this.OPTION(() => {
      this.CONSUME(K.as);
      return this.SUBRULE(this.starTarget);
    });
    if (vars && !this.RECORDING_PHASE) this.checkTarget(vars, TargetKind.Store);
    return { _type: "withitem", context_expr, optional_vars: vars ?? null };
  });

  tryStmt = this.RULE("tryStmt", (): Stmt => {
    const t = this.CONSUME(K.try) as PyToken;
    this.CONSUME(COLON, FORCED_COLON);
    const body = this.SUBRULE(this.block, { ARGS: ["'try' statement", t.line] });
    const next = this.la().tokenType;
    if (!this.RECORDING_PHASE && next !== K.except && next !== K.finally) {
      throw this.errorAtToken("expected 'except' or 'finally' block", this.la());
    }
    const handlers: N.ExceptHandler[] = [];
    let orelse: Stmt[] = [];
    let finalbody: Stmt[] = [];
    let star = null as boolean | null;
    this.OR([
      { ALT: () => { finalbody = this.SUBRULE(this.finallyBlock); } },
      {
        ALT: () => {
          this.AT_LEAST_ONE(() => {
            const h = this.SUBRULE(this.exceptClause);
            if (!this.RECORDING_PHASE) {
              const isStar = this.lastExceptStar;
              if (star !== null && star !== isStar) {
                throw this.reporter.error("SyntaxError", "cannot have both 'except' and 'except*' on the same 'try'", h.lineno, h.col_offset, h.lineno, h.col_offset + 6);
              }
              star = isStar;
              handlers.push(h);
            }
          });
          orelse = this.OPTION(() => this.SUBRULE(this.elseBlock)) ?? [];
          finalbody = this.OPTION2(() => this.SUBRULE2(this.finallyBlock)) ?? [];
        },
      },
    ]);
    if (this.RECORDING_PHASE) return null as unknown as Stmt;
    const e = this.lastSignificant();
    return {
      _type: star ? "TryStar" : "Try", body, handlers, orelse, finalbody,
      lineno: t.line, col_offset: t.col, end_lineno: e.endLine, end_col_offset: e.endCol,
    };
  });

  finallyBlock = this.RULE("finallyBlock", (): Stmt[] => {
    const t = this.CONSUME(K.finally) as PyToken;
    this.CONSUME(COLON, FORCED_COLON);
    return this.SUBRULE(this.block, { ARGS: ["'finally' statement", t.line] });
  });

  private lastExceptStar = false;
  exceptClause = this.RULE("exceptClause", (): N.ExceptHandler => {
    const t = this.CONSUME(K.except) as PyToken;
    const star = this.OPTION(() => this.CONSUME(STAR));
    let type = null as Expr | null;
    let name = null as string | null;
    this.OPTION2(() => {
      type = this.SUBRULE(this.expression);
      this.OPTION3(() => {
        this.CONSUME(COMMA);
        const more: Expr[] = [this.SUBRULE2(this.expression)];
        this.MANY(() => {
          this.CONSUME2(COMMA);
          more.push(this.SUBRULE3(this.expression));
        });
        if (!this.RECORDING_PHASE) {
          throw this.errorSpan("multiple exception types must be parenthesized", type!, more[more.length - 1]!);
        }
      });
      this.OPTION4(() => {
        this.CONSUME(K.as);
        name = this.CONSUME(NAME).image;
      });
    });
    if (!this.RECORDING_PHASE && star && type === null) {
      throw this.errorAtToken("expected one or more exception types", this.la());
    }
    this.CONSUME(COLON, COLON_AT_NEWLINE);
    const body = this.SUBRULE(this.block, { ARGS: [star ? "'except*' statement" : "'except' statement", t.line] });
    this.lastExceptStar = star !== undefined;
    const e = this.lastSignificant();
    return { _type: "ExceptHandler", type, name, body, lineno: t.line, col_offset: t.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  });

  // ---- match statements ----

  matchStmt = this.RULE("matchStmt", (): N.Match => {
    const m = this.CONSUME(MATCH_KW) as PyToken;
    const subject = this.SUBRULE(this.matchSubject);
    this.CONSUME(COLON, COLON_AT_NEWLINE);
    this.CONSUME(NEWLINE);
    if (!this.RECORDING_PHASE && this.la().tokenType !== INDENT) {
      throw this.indentationExpected("'match' statement", m.line, 1);
    }
    this.CONSUME(INDENT);
    const cases: N.match_case[] = [];
    this.AT_LEAST_ONE(() => {
      cases.push(this.SUBRULE(this.caseBlock));
    });
    this.CONSUME(DEDENT);
    if (this.RECORDING_PHASE) return null as unknown as N.Match;
    const e = this.lastSignificant();
    return { _type: "Match", subject, cases, lineno: m.line, col_offset: m.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  });

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

  caseBlock = this.RULE("caseBlock", (): N.match_case => {
    const c = this.CONSUME(NAME) as PyToken;
    if (!this.RECORDING_PHASE && c.image !== "case") throw this.invalidSyntaxAt(c);
    const pattern = this.SUBRULE(this.patterns);
    const guard = this.OPTION(() => {
      this.CONSUME(K.if);
      return this.SUBRULE(this.namedExpression);
    });
    this.CONSUME(COLON, COLON_AT_NEWLINE);
    const body = this.SUBRULE(this.block, { ARGS: ["'case' statement", c.line] });
    return { _type: "match_case", pattern, guard: guard ?? null, body };
  });

  patterns = this.RULE("patterns", (): N.Pattern => {
    const s = this.la();
    const first = this.SUBRULE(this.maybeStarPattern);
    let list = null as N.Pattern[] | null;
    this.MANY(() => {
      this.CONSUME(COMMA);
      list ??= [first];
      const more = this.OPTION(() => this.SUBRULE2(this.maybeStarPattern));
      if (more) list.push(more);
      else this.noDoubleComma();
    });
    const e = this.prev();
    if (list) return { _type: "MatchSequence", patterns: list, lineno: s.line, col_offset: s.col, end_lineno: e.endLine, end_col_offset: e.endCol };
    if (!this.RECORDING_PHASE && first._type === "MatchStar") throw this.invalidSyntaxAt(this.la());
    return first;
  });

  maybeStarPattern = this.RULE("maybeStarPattern", (): N.Pattern => {
    return this.OR([
      {
        ALT: () => {
          const star = this.CONSUME(STAR) as PyToken;
          const n = this.CONSUME(NAME) as PyToken;
          return { _type: "MatchStar", name: n.image === "_" ? null : n.image, lineno: star.line, col_offset: star.col, end_lineno: n.endLine, end_col_offset: n.endCol };
        },
      },
      { ALT: () => this.SUBRULE(this.pattern) },
    ]);
  });

  /** as_pattern | or_pattern */
  pattern = this.RULE("pattern", (): N.Pattern => {
    const s = this.la();
    const p = this.SUBRULE(this.orPattern);
    const asName = this.OPTION(() => {
      this.CONSUME(K.as);
      return this.CONSUME(NAME) as PyToken;
    });
    if (!asName) return p;
    if (!this.RECORDING_PHASE && asName.image === "_") throw this.errorAtToken("cannot use '_' as a target", asName);
    return { _type: "MatchAs", pattern: p, name: asName.image, lineno: s.line, col_offset: s.col, end_lineno: asName.endLine, end_col_offset: asName.endCol };
  });

  orPattern = this.RULE("orPattern", (): N.Pattern => {
    const s = this.la();
    const first = this.SUBRULE(this.closedPattern);
    let alts = null as N.Pattern[] | null;
    this.MANY(() => {
      this.CONSUME(VBAR);
      (alts ??= [first]).push(this.SUBRULE2(this.closedPattern));
    });
    if (!alts) return first;
    const e = this.prev();
    return { _type: "MatchOr", patterns: alts, lineno: s.line, col_offset: s.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  });

  /** The capture pattern most recently built from a lone NAME, for keyword patterns. */
  private lastCapture: { node: N.Pattern; name: string } | null = null;

  closedPattern = this.RULE("closedPattern", (): N.Pattern => {
    const s = this.la();
    return this.OR([
      {
        ALT: () => {
          const value = this.SUBRULE(this.literalNumberExpr);
          return this.matchValue(value, s);
        },
      },
      {
        ALT: () => {
          const value = this.SUBRULE(this.stringAtom);
          return this.matchValue(value, s);
        },
      },
      {
        ALT: () => {
          const t = this.OR2([
            { ALT: () => this.CONSUME(K.None) },
            { ALT: () => this.CONSUME(K.True) },
            { ALT: () => this.CONSUME(K.False) },
          ]) as PyToken;
          return { _type: "MatchSingleton", value: keywordConstant(t.image), lineno: t.line, col_offset: t.col, end_lineno: t.endLine, end_col_offset: t.endCol };
        },
      },
      { ALT: () => this.SUBRULE(this.namePattern) },
      { ALT: () => this.SUBRULE(this.parenPattern) },
      {
        ALT: () => {
          this.CONSUME(LSQB);
          const list: N.Pattern[] = [];
          this.OPTION(() => {
            list.push(this.SUBRULE(this.maybeStarPattern));
            this.MANY(() => {
              this.CONSUME(COMMA);
              const more = this.OPTION2(() => this.SUBRULE2(this.maybeStarPattern));
              if (more) list.push(more);
              else this.noDoubleComma();
            });
          });
          const e = this.CONSUME(RSQB) as PyToken;
          return { _type: "MatchSequence", patterns: list, lineno: s.line, col_offset: s.col, end_lineno: e.endLine, end_col_offset: e.endCol };
        },
      },
      { ALT: () => this.SUBRULE(this.mappingPattern) },
    ]);
  });

  private matchValue(value: Expr, s: PyToken): N.MatchValue {
    const e = this.prev();
    return { _type: "MatchValue", value, lineno: s.line, col_offset: s.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  }

  /** signed_number, or a complex literal `-1+2j`, as the expression ast keeps for it. */
  literalNumberExpr = this.RULE("literalNumberExpr", (): Expr => {
    const s = this.la();
    const neg = this.OPTION(() => this.CONSUME(MINUS) as PyToken);
    const n = this.CONSUME(NUMBER) as PyToken;
    let value: Expr = constantNode(this.RECORDING_PHASE ? { kind: "None" } : decodeNumber(n.image), null, n, n);
    if (neg) value = { _type: "UnaryOp", op: { _type: "USub" }, operand: value, lineno: neg.line, col_offset: neg.col, end_lineno: n.endLine, end_col_offset: n.endCol };
    this.OPTION2(() => {
      const op = this.OR([{ ALT: () => this.CONSUME(PLUS) }, { ALT: () => this.CONSUME2(MINUS) }]) as PyToken;
      const im = this.CONSUME2(NUMBER) as PyToken;
      if (this.RECORDING_PHASE) return;
      const left = value;
      const real = left._type === "UnaryOp" ? (left.operand as N.Constant).value : (left as N.Constant).value;
      if (real.kind === "complex") throw this.errorAtToken("real number required in complex literal", n);
      const imag = decodeNumber(im.image);
      const right = constantNode(imag, null, im, im);
      if (imag.kind !== "complex") throw this.errorAtNode("imaginary number required in complex literal", right);
      value = {
        _type: "BinOp", left, op: op.image === "+" ? { _type: "Add" } : { _type: "Sub" }, right,
        lineno: s.line, col_offset: s.col, end_lineno: im.endLine, end_col_offset: im.endCol,
      };
    });
    return value;
  });

  /** Capture, wildcard, value (dotted name) and class patterns. */
  namePattern = this.RULE("namePattern", (): N.Pattern => {
    const n = this.CONSUME(NAME) as PyToken;
    let dotted = null as Expr | null;
    this.MANY(() => {
      this.CONSUME(DOT);
      const a = this.CONSUME2(NAME) as PyToken;
      const base: Expr = dotted ?? nameNode(n);
      dotted = { _type: "Attribute", value: base, attr: a.image, ctx: LOAD, lineno: n.line, col_offset: n.col, end_lineno: a.endLine, end_col_offset: a.endCol };
    });
    const cls = this.OPTION(() => this.SUBRULE(this.classPatternArgs));
    if (this.RECORDING_PHASE) return null as unknown as N.Pattern;
    if (cls) {
      const e = this.prev();
      return {
        _type: "MatchClass", cls: dotted ?? nameNode(n), patterns: cls.patterns, kwd_attrs: cls.kwd_attrs, kwd_patterns: cls.kwd_patterns,
        lineno: n.line, col_offset: n.col, end_lineno: e.endLine, end_col_offset: e.endCol,
      };
    }
    if (dotted) return this.matchValue(dotted, n);
    const node: N.MatchAs = { _type: "MatchAs", pattern: null, name: n.image === "_" ? null : n.image, lineno: n.line, col_offset: n.col, end_lineno: n.endLine, end_col_offset: n.endCol };
    this.lastCapture = { node, name: n.image };
    return node;
  });

  classPatternArgs = this.RULE("classPatternArgs", () => {
    const patterns: N.Pattern[] = [];
    const kwd_attrs: string[] = [];
    const kwd_patterns: N.Pattern[] = [];
    const add = (item: [N.Pattern, string | null]) => {
      if (this.RECORDING_PHASE) return;
      const [p, kw] = item;
      if (kw !== null) {
        kwd_attrs.push(kw);
        kwd_patterns.push(p);
      } else {
        if (kwd_attrs.length) throw this.errorAtNode("positional patterns follow keyword patterns", p);
        patterns.push(p);
      }
    };
    this.CONSUME(LPAR);
    this.OPTION(() => {
      add(this.SUBRULE(this.classPatternArg));
      this.MANY(() => {
        this.CONSUME(COMMA);
        const more = this.OPTION2(() => this.SUBRULE2(this.classPatternArg));
        if (more) add(more);
        else this.noDoubleComma();
      });
    });
    this.CONSUME(RPAR);
    return { patterns, kwd_attrs, kwd_patterns };
  });

  /** A class pattern's argument: a pattern, or `name=pattern` (then the name comes back). */
  classPatternArg = this.RULE("classPatternArg", (): [N.Pattern, string | null] => {
    const p = this.SUBRULE(this.pattern);
    let name = "";
    const kw = this.OPTION(() => {
      const eq = this.CONSUME(EQUAL) as PyToken;
      if (!this.RECORDING_PHASE && (this.lastCapture === null || this.lastCapture.node !== p)) throw this.invalidSyntaxAt(eq);
      name = this.lastCaptureName(p);
      return this.SUBRULE2(this.pattern);
    });
    return kw ? [kw, name] : [p, null];
  });

  private lastCaptureName(p: N.Pattern): string {
    return this.lastCapture && this.lastCapture.node === p ? this.lastCapture.name : "";
  }

  parenPattern = this.RULE("parenPattern", (): N.Pattern => {
    const l = this.CONSUME(LPAR) as PyToken;
    let list = null as N.Pattern[] | null;
    let first = undefined as N.Pattern | undefined;
    this.OPTION(() => {
      first = this.SUBRULE(this.maybeStarPattern);
      this.MANY(() => {
        this.CONSUME(COMMA);
        list ??= [first!];
        const more = this.OPTION2(() => this.SUBRULE2(this.maybeStarPattern));
        if (more) list.push(more);
        else this.noDoubleComma();
      });
    });
    const r = this.CONSUME(RPAR) as PyToken;
    if (first && !list) {
      if (!this.RECORDING_PHASE && first._type === "MatchStar") throw this.invalidSyntaxAt(r);
      return first; // a group
    }
    return { _type: "MatchSequence", patterns: list ?? (first ? [first] : []), lineno: l.line, col_offset: l.col, end_lineno: r.endLine, end_col_offset: r.endCol };
  });

  mappingPattern = this.RULE("mappingPattern", (): N.MatchMapping => {
    const l = this.CONSUME(LBRACE) as PyToken;
    const keys: Expr[] = [];
    const patterns: N.Pattern[] = [];
    let rest = null as string | null;
    const add = (item: [Expr | null, N.Pattern | string]) => {
      if (this.RECORDING_PHASE) return;
      const [k, p] = item;
      if (k === null) rest = p as string;
      else {
        keys.push(k);
        patterns.push(p as N.Pattern);
      }
    };
    this.OPTION(() => {
      add(this.SUBRULE(this.mappingItem));
      this.MANY(() => {
        this.CONSUME(COMMA);
        // `**rest` comes last
        if (!this.RECORDING_PHASE && rest !== null && this.la().tokenType !== RBRACE) throw this.invalidSyntaxAt(this.la());
        const more = this.OPTION2(() => this.SUBRULE2(this.mappingItem));
        if (more) add(more);
        else this.noDoubleComma();
      });
    });
    const r = this.CONSUME(RBRACE) as PyToken;
    return { _type: "MatchMapping", keys, patterns, rest, lineno: l.line, col_offset: l.col, end_lineno: r.endLine, end_col_offset: r.endCol };
  });

  /** `key: pattern`, or `**rest` (then [null, name]). */
  mappingItem = this.RULE("mappingItem", (): [Expr | null, N.Pattern | string] => {
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(DOUBLESTAR);
          const n = this.CONSUME(NAME) as PyToken;
          if (!this.RECORDING_PHASE && n.image === "_") throw this.invalidSyntaxAt(n);
          return [null, n.image];
        },
      },
      {
        ALT: () => {
          const k = this.SUBRULE(this.patternKey);
          this.CONSUME(COLON);
          return [k, this.SUBRULE(this.pattern)];
        },
      },
    ]);
  });

  /** A mapping pattern's key: a literal or a dotted name. */
  patternKey = this.RULE("patternKey", (): Expr => {
    return this.OR([
      { ALT: () => this.SUBRULE(this.literalNumberExpr) },
      { ALT: () => this.SUBRULE(this.stringAtom) },
      {
        ALT: () => {
          const t = this.OR2([
            { ALT: () => this.CONSUME(K.None) },
            { ALT: () => this.CONSUME(K.True) },
            { ALT: () => this.CONSUME(K.False) },
          ]) as PyToken;
          return constantNode(keywordConstant(t.image), null, t, t);
        },
      },
      {
        ALT: () => {
          const n = this.CONSUME(NAME) as PyToken;
          let value: Expr = nameNode(n);
          this.AT_LEAST_ONE(() => {
            this.CONSUME(DOT);
            const a = this.CONSUME2(NAME) as PyToken;
            value = { _type: "Attribute", value, attr: a.image, ctx: LOAD, lineno: n.line, col_offset: n.col, end_lineno: a.endLine, end_col_offset: a.endCol };
          });
          return value;
        },
      },
    ]);
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
  private parenthesizedParams(isLambda: boolean): void {
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
  private addParam(items: ParamItem[], item: ParamItem): void {
    if (!this.RECORDING_PHASE && item.kind === "*" && !item.arg && this.la().tokenType !== COMMA && items.some((i) => i.kind === "*")) {
      throw this.invalidSyntaxAt(item.tok!);
    }
    items.push(item);
  }

  defParam = this.RULE("defParam", (): ParamItem => this.paramItem(true));
  lambdaParam = this.RULE("lambdaParam", (): ParamItem => this.paramItem(false));

  /** One entry of a parameter list: `/`, `*`, `*args`, `**kw`, or `name[: ann][= default]`. */
  private paramItem(annotations: boolean): ParamItem {
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

  private lastEq: PyToken | null = null;
  private paramDefault(i: number): Expr {
    this.lastEq = this.consume(i, EQUAL) as PyToken;
    if (!this.RECORDING_PHASE) {
      const t = this.la().tokenType;
      if (t === COMMA || t === RPAR || t === COLON) throw this.errorAtToken("expected default value expression", this.lastEq);
    }
    return this.subrule(i, this.expression);
  }

  private paramArg(annotations: boolean, i: number, starred: boolean): N.arg {
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

  private tuple(elts: Expr[], s: Start, e: End): N.Tuple {
    return { _type: "Tuple", elts, ctx: LOAD, lineno: s.line, col_offset: s.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  }

  starExpression = this.RULE("starExpression", (): Expr => {
    if (!this.RECORDING_PHASE && this.la().tokenType !== STAR) return this.SUBRULE(this.expression);
    return this.OR([
      { ALT: () => this.starred() },
      { ALT: () => this.SUBRULE2(this.expression) },
    ]);
  });

  /** '*' bitwise_or */
  private starred(): N.Starred {
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
      this.CONSUME(COLONEQUAL);
      const value = this.SUBRULE2(this.expression);
      if (!this.RECORDING_PHASE) e = this.namedExpr(e, value, s);
    });
    return e;
  });

  private namedExpr(target: Expr, value: Expr, s: PyToken): N.NamedExpr {
    if (target._type !== "Name" || this.parens.has(target)) {
      throw this.errorAtNode(`cannot use assignment expressions with ${exprName(target)}`, target);
    }
    target.ctx = STORE;
    const e = this.prev();
    return { _type: "NamedExpr", target, value, lineno: s.line, col_offset: s.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  }

  /** `if x = 1:` and friends: CPython's invalid_named_expression. */
  private checkNamedEquals(target: Expr): void {
    const rhs = this.speculate(this.specBitor);
    if (!rhs) return;
    const after = this.specEndNext;
    if (after === EQUAL || after === COLONEQUAL) return;
    const err = this.namedEqualsError(target, rhs);
    if (err) throw err;
  }

  // ---- speculative parses (error diagnosis only) ----

  private specNode: Expr | null = null;
  private specEndNext: TokenType | null = null;
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
  private specEndTok: PyToken | null = null;
  private backtrackers = new Map<unknown, () => boolean>();

  /** Parses `rule` from the current token without moving on; its result, or null. */
  private speculate(rule: (...args: any[]) => void): Expr | null {
    let bt = this.backtrackers.get(rule);
    if (!bt) this.backtrackers.set(rule, (bt = this.BACKTRACK(rule)));
    this.speculating++;
    this.specNode = null;
    try {
      return bt.call(this) ? this.specNode : null;
    } catch {
      return null;
    } finally {
      this.speculating--;
    }
  }

  /** expression: lambda, or a chain `a if c else b if d else e` (built without recursion). */
  expression = this.RULE("expression", (): Expr => {
    if (this.RECORDING_PHASE) {
      return this.OR([{ ALT: () => this.SUBRULE(this.lambdef) }, { ALT: () => this.ternary() }]);
    }
    if (this.la().tokenType === K.lambda) return this.SUBRULE(this.lambdef);
    return this.ternary();
  });

  /** The body of expression when it is no lambda (its DSL calls belong to expression). */
  private ternary(): Expr {
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
  private checkJuxtaposed(a: Expr, s: PyToken): void {
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

  /** Whether t is the first token of a statement. */
  private startsStatement(t: PyToken): boolean {
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
    let i = toks.lastIndexOf(t, this.currentIndex());
    return i >= 0 ? toks[i + 1] : undefined;
  }

  private currentIndex(): number {
    const toks = this.input as PyToken[];
    const next = this.la();
    const i = toks.indexOf(next);
    return i < 0 ? toks.length - 1 : i;
  }

  /** How many brackets are open just after token `t` (counted from its logical line's start). */
  private bracketDepthAt(t: PyToken): number {
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
    const prefixes: PyToken[] = [];
    this.MANY(() => {
      prefixes.push(this.OR(this.prefixAlts()) as PyToken);
    });
    const s = this.la();
    const node = this.SUBRULE2(this.primary);
    return this.flatRest(s, node, prefixes);
  });

  private prefixAltsCache: IOrAlt<PyToken>[] | undefined;
  private prefixAlts(): IOrAlt<PyToken>[] {
    return (this.prefixAltsCache ??= [
      { ALT: () => this.CONSUME(K.not) as PyToken },
      { ALT: () => this.CONSUME(MINUS) as PyToken },
      { ALT: () => this.CONSUME(PLUS) as PyToken },
      { ALT: () => this.CONSUME(TILDE) as PyToken },
    ]);
  }

  /** flatExpr (full: every operator) or bitorExpr at run time: the loops their DSL records,
   *  driven by token tables. `not` is an operator only as `not in`. */
  private operatorRun(prefixSet: Uint8Array, full: boolean): Expr {
    const ops = full ? this.isFullOp : this.isArithOp;
    let prefixes: PyToken[] | null = null;
    while (prefixSet[this.la().tokenTypeIdx]) (prefixes ??= []).push(this.consume(1, this.la().tokenType) as PyToken);
    let s = this.la();
    let node = this.SUBRULE(this.primary);
    if (prefixes === null && !(ops[this.la().tokenTypeIdx] && this.notNotIn())) return node;
    const b = this.flat.begin(this);
    b.operand(prefixes, s, node, this.prev());
    while (ops[this.la().tokenTypeIdx] && this.notNotIn()) {
      const t = this.consume(2, this.la().tokenType) as PyToken;
      let op: FlatOp = t;
      if (t.tokenType === K.not) {
        this.consume(3, K.in);
        op = NOT_IN;
      } else if (t.tokenType === K.is && this.la().tokenType === K.not) {
        this.consume(4, K.not);
        op = IS_NOT;
      }
      prefixes = null;
      while (prefixSet[this.la().tokenTypeIdx]) (prefixes ??= []).push(this.consume(5, this.la().tokenType) as PyToken);
      s = this.la();
      node = this.SUBRULE2(this.primary);
      b.op(op);
      b.operand(prefixes, s, node, this.prev());
    }
    return b.finish();
  }

  /** False at a `not` that does not begin `not in` (then it is no operator: `a not b`). */
  private notNotIn(): boolean {
    return this.la().tokenType !== K.not || this.peek(2).tokenType === K.in;
  }

  /** The operator loop of flatExpr (its DSL calls belong to flatExpr). */
  private flatRest(s: PyToken, first: Expr, prefixes: PyToken[] | null): Expr {
    const b = this.RECORDING_PHASE ? null : this.flat.begin(this);
    b?.operand(prefixes, s, first, this.prev());
    this.MANY2(() => {
      const op = this.OR2(this.binaryAlts()) as FlatOp;
      const pre: PyToken[] = [];
      this.MANY3(() => {
        pre.push(this.OR3(this.prefixAlts2()) as PyToken);
      });
      const os = this.la();
      const node = this.SUBRULE3(this.primary);
      b?.op(op);
      b?.operand(pre.length ? pre : null, os, node, this.prev());
    });
    return b ? b.finish() : first;
  }

  private prefixAltsCache2: IOrAlt<PyToken>[] | undefined;
  private prefixAlts2(): IOrAlt<PyToken>[] {
    return (this.prefixAltsCache2 ??= [
      { ALT: () => this.CONSUME2(K.not) as PyToken },
      { ALT: () => this.CONSUME2(MINUS) as PyToken },
      { ALT: () => this.CONSUME2(PLUS) as PyToken },
      { ALT: () => this.CONSUME2(TILDE) as PyToken },
    ]);
  }

  private binaryAltsCache: IOrAlt<FlatOp>[] | undefined;
  private binaryAlts(): IOrAlt<FlatOp>[] {
    const c = (t: TokenType) => ({ ALT: () => this.CONSUME3(t) as PyToken as FlatOp });
    return (this.binaryAltsCache ??= [
      ...ARITH_OPS.map(c),
      c(EQEQUAL), c(NOTEQUAL), c(LESS), c(LESSEQUAL), c(GREATER), c(GREATEREQUAL), c(K.in), c(K.and), c(K.or),
      {
        ALT: () => {
          this.CONSUME3(K.not);
          this.CONSUME4(K.in);
          return NOT_IN;
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME3(K.is) as PyToken;
          const not = this.OPTION(() => this.CONSUME5(K.not));
          return not ? IS_NOT : t;
        },
      },
    ]);
  }

  /** bitwise_or: operands joined by arithmetic and bitwise operators only (targets). */
  bitorExpr = this.RULE("bitorExpr", (): Expr => {
    if (!this.RECORDING_PHASE) return this.operatorRun(this.isArithPrefix, false);
    const prefixes: PyToken[] = [];
    this.MANY(() => {
      prefixes.push(this.OR(this.arithPrefixAlts()) as PyToken);
    });
    const s = this.la();
    const node = this.SUBRULE2(this.primary);
    return this.bitorRest(s, node, prefixes);
  });

  private arithPrefixCache: IOrAlt<PyToken>[] | undefined;
  private arithPrefixAlts(): IOrAlt<PyToken>[] {
    return (this.arithPrefixCache ??= [
      { ALT: () => this.CONSUME(MINUS) as PyToken },
      { ALT: () => this.CONSUME(PLUS) as PyToken },
      { ALT: () => this.CONSUME(TILDE) as PyToken },
    ]);
  }
  private arithPrefixCache2: IOrAlt<PyToken>[] | undefined;
  private arithPrefixAlts2(): IOrAlt<PyToken>[] {
    return (this.arithPrefixCache2 ??= [
      { ALT: () => this.CONSUME2(MINUS) as PyToken },
      { ALT: () => this.CONSUME2(PLUS) as PyToken },
      { ALT: () => this.CONSUME2(TILDE) as PyToken },
    ]);
  }
  private arithAltsCache: IOrAlt<FlatOp>[] | undefined;

  private bitorRest(s: PyToken, first: Expr, prefixes: PyToken[] | null): Expr {
    const b = this.RECORDING_PHASE ? null : this.flat.begin(this);
    b?.operand(prefixes, s, first, this.prev());
    this.MANY2(() => {
      const op = this.OR2((this.arithAltsCache ??= ARITH_OPS.map((t) => ({ ALT: () => this.CONSUME3(t) as PyToken as FlatOp })))) as FlatOp;
      const pre: PyToken[] = [];
      this.MANY3(() => {
        pre.push(this.OR3(this.arithPrefixAlts2()) as PyToken);
      });
      const os = this.la();
      const node = this.SUBRULE3(this.primary);
      b?.op(op);
      b?.operand(pre.length ? pre : null, os, node, this.prev());
    });
    return b ? b.finish() : first;
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

  private atomAltsCache: IOrAlt<Expr>[] | undefined;
  private atomAlts(): IOrAlt<Expr>[] {
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

  private keywordAtom(t: PyToken): Expr {
    return constantNode(keywordConstant(t.image), null, t, t);
  }
  /** Token type → index in atomAlts / trailerAlts, or -1. */
  private readonly atomAltIndex = altIndex([[NAME], [NUMBER], [STRING], [K.None], [K.True], [K.False], [ELLIPSIS], [LPAR], [LSQB], [LBRACE]]);
  private readonly trailerIndex = altIndex([[DOT], [LPAR], [LSQB]]);

  private trailerBase: Expr = null as unknown as Expr;
  private trailerStart: PyToken = null as unknown as PyToken;
  private trailerAltsCache: IOrAlt<Expr>[] | undefined;
  private trailerAlts(): IOrAlt<Expr>[] {
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

  // StringHost, for string-atoms.ts
  get filename(): string {
    return this.reporter.filename;
  }
  nextToken(): PyToken {
    return this.la();
  }
  /** Set by parse.ts: parses an f-string field with a parser of its own. */
  fieldParser!: (tokens: PyToken[], field: FStringField) => Expr;
  parseFStringExpression(tokens: PyToken[], field: FStringField): Expr {
    return this.fieldParser(tokens, field);
  }

  /** ( ) tuples, groups, generator expressions and parenthesized yields. At run time the
   *  alternatives are picked by their first token (fewer frames per nesting level, and faster);
   *  the grammar records them as ORs. */
  parenAtom = this.RULE("parenAtom", (): Expr => {
    const l = this.CONSUME(LPAR) as PyToken;
    if (this.RECORDING_PHASE) {
      return this.OR([
        { ALT: () => this.emptyTuple(l) },
        { ALT: () => this.parenYield(l) },
        { ALT: () => this.parenRest(l, this.SUBRULE(this.starNamedExpression)) },
      ]);
    }
    const t = this.la().tokenType;
    if (t === RPAR) return this.emptyTuple(l);
    if (t === K.yield) return this.parenYield(l);
    return this.parenRest(l, t === STAR ? this.SUBRULE(this.starNamedExpression) : this.SUBRULE(this.namedExpression));
  });

  private emptyTuple(l: PyToken): Expr {
    const r = this.CONSUME(RPAR) as PyToken;
    const t = this.tuple([], l, r);
    this.parens.add(t);
    return t;
  }

  private parenYield(_l: PyToken): Expr {
    const y = this.SUBRULE(this.yieldExpr);
    this.CONSUME2(RPAR);
    this.parens.add(y);
    return y;
  }

  /** After `( first`: a generator, a tuple or a parenthesized expression. */
  private parenRest(l: PyToken, first: Expr): Expr {
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

  private parenGenerator(l: PyToken, first: Expr): Expr {
    const gens = this.SUBRULE(this.compFor);
    const r = this.CONSUME3(RPAR) as PyToken;
    if (!this.RECORDING_PHASE && first._type === "Starred") throw this.errorAtNode("iterable unpacking cannot be used in comprehension", first);
    return { _type: "GeneratorExp", elt: first, generators: gens, lineno: l.line, col_offset: l.col, end_lineno: r.endLine, end_col_offset: r.endCol };
  }

  private parenTuple(l: PyToken, first: Expr): Expr {
    const elts = this.elementsAfter(first, RPAR, 1, true);
    const r = this.CONSUME4(RPAR) as PyToken;
    const t = this.tuple(elts, l, r);
    this.parens.add(t);
    return t;
  }

  private parenGroup(first: Expr): Expr {
    this.CONSUME5(RPAR);
    if (!this.RECORDING_PHASE && first._type === "Starred") throw this.errorAtNode("cannot use starred expression here", first);
    this.parens.add(first);
    return first;
  }

  /** `first (',' element)* ','?` before a closing bracket: star_named_expressions. Each caller
   *  passes its own DSL index `i`. */
  private elementsAfter(first: Expr, closer: TokenType, i: number, commaRequired = false): Expr[] {
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

  private emptyList(l: PyToken): Expr {
    const r = this.CONSUME(RSQB) as PyToken;
    return { _type: "List", elts: [], ctx: LOAD, lineno: l.line, col_offset: l.col, end_lineno: r.endLine, end_col_offset: r.endCol };
  }

  private listRest(l: PyToken, first: Expr): Expr {
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

  private listDisplay(l: PyToken, first: Expr): Expr {
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
                const k = this.subrule(i, this.expression);
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
  private dictColon(key: Expr, i: number): void {
    if (!this.RECORDING_PHASE && this.la().tokenType !== COLON && !this.speculating) {
      const t = this.la().tokenType;
      if (t === COMMA || t === RBRACE || this.startsExpr[this.la().tokenTypeIdx]) {
        const r = this.reporter;
        throw r.raw("SyntaxError", "':' expected after dictionary key", key.lineno, r.charCol(key.lineno, key.col_offset) + 1, key.lineno, 0);
      }
    }
    this.consume(i, COLON);
  }
  private dictValue(i: number): Expr {
    this.missingDictValue();
    return this.subrule(i, this.expression);
  }
  private missingDictValue(): void {
    if (this.RECORDING_PHASE) return;
    const t = this.la().tokenType;
    if (t === COMMA || t === RBRACE) throw this.errorAtToken("expression expected after dictionary key and ':'", this.prev());
  }
  private checkDictKey(k: Expr): void {
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

  private yieldFrom(y: PyToken): Expr {
    this.CONSUME(K.from);
    const value = this.SUBRULE(this.expression);
    const e = this.prev();
    return { _type: "YieldFrom", value, lineno: y.line, col_offset: y.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  }

  private yieldValue(y: PyToken): Expr {
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
  private sliceFrom(lower: Expr | null, s: PyToken): Expr {
    this.CONSUME(COLON);
    const upper = this.OPTION(() => this.SUBRULE2(this.expression)) ?? null;
    const step = this.OPTION2(() => {
      this.CONSUME2(COLON);
      return this.OPTION3(() => this.SUBRULE3(this.expression));
    }) ?? null;
    const e = this.prev();
    return { _type: "Slice", lower, upper, step, lineno: s.line, col_offset: s.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  }
  private sliceFrom2(lower: Expr | null, s: PyToken): Expr {
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

  private classifyArgs(items: (Expr | N.keyword)[], l: PyToken, r: PyToken, trailingComma: boolean) {
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
  private argItemAlts: IOrAlt<Expr | N.keyword>[] | undefined;
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
  private checkKeywordName(e: Expr, eq: PyToken): void {
    if (e._type === "Name" && !this.parens.has(e)) return;
    if (e._type === "Constant" && !this.parens.has(e) && (e.value.kind === "bool" || e.value.kind === "None")) {
      throw this.errorSpan(`cannot assign to ${exprName(e)}`, e, eq);
    }
    throw this.errorSpan('expression cannot contain assignment, perhaps you meant "=="?', e, eq);
  }
}

function keywordConstant(image: string): N.Constant_Value {
  return image === "None" ? { kind: "None" } : { kind: "bool", value: image === "True" };
}

export function emptyArguments(): N.arguments {
  return { _type: "arguments", posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
}
