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
//
// The rules are split by subject: grammar-base.ts (state, helpers), grammar-expressions.ts,
// grammar-patterns.ts, and the statements here.
import { EOF, type IOrAlt } from "chevrotain";
import { AugAssign, DEDENT, INDENT, NAME, NEWLINE, type PyToken } from "../lexer/tokens.js";
import type { PySyntaxError } from "../lexer/syntax-error.js";
import type * as N from "./nodes.js";
import { AUG_OPS, DEL, STORE, TargetKind, emptyArguments, exprName, invalidTarget, setContext } from "./ast-build.js";
import { PatternRules } from "./grammar-patterns.js";
import type { Expr, Stmt, StmtOrList } from "./grammar-base.js";
import {
  MATCH_KW, K, LPAR, RPAR, LSQB, RSQB, LBRACE, RBRACE, COLON, COMMA, SEMI, STAR, EQUAL, DOT, AT, RARROW,
  ELLIPSIS, COLONEQUAL, EXPECTED_COLON, FORCED_COLON, COLON_AT_NEWLINE, FORCED_LPAR,
} from "./grammar-tokens.js";

export { EXPECTED_COLON, EXPECTED_COLON_AT_NEWLINE, MATCH_KW } from "./grammar-tokens.js";

export class PythonParser extends PatternRules {
  constructor(options: { validate?: boolean } = {}) {
    super(options.validate ?? false);
    this.performSelfAnalysis();
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

  /** eval_input (mode "eval"): one expression list and trailing newlines, as an ast.Expression. */
  evalInput = this.RULE("evalInput", (): N.Expression => {
    const body = this.SUBRULE(this.starExpressions);
    this.MANY(() => this.CONSUME(NEWLINE));
    return { _type: "Expression", body };
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
    for (const t of targets) {
      if (t._type === "Yield" || t._type === "YieldFrom" || invalidTarget(t, TargetKind.Store)) this.invalidAssignment(targets, value);
    }
    for (const t of targets) setContext(t, STORE);
    return { _type: "Assign", targets, value, type_comment: null, lineno: s.line, col_offset: s.col, end_lineno: e.endLine, end_col_offset: e.endCol };
  }

  private buildAugAssign(target: Expr, opTok: PyToken, value: Expr, s: PyToken, e: PyToken): N.AugAssign {
    const t = target._type;
    if (t !== "Name" && t !== "Attribute" && t !== "Subscript") {
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
}
