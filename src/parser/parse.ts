// Source text → CPython's ast.Module, or the PySyntaxError CPython would raise.
import { tokenizeWithError } from "../lexer/lexer.js";
import { PySyntaxError } from "../lexer/syntax-error.js";
import { DEDENT, INDENT, NEWLINE, type PyToken } from "../lexer/tokens.js";
import type { FStringField } from "../lexer/fstring.js";
import { EOF, type IRecognitionException } from "chevrotain";
import type { ExprNode, Module } from "./nodes.js";
import { EXPECTED_COLON, EXPECTED_COLON_AT_NEWLINE, PythonParser } from "./grammar.js";
import { ErrorReporter, FStringErrorReporter } from "./syntax-errors.js";

// Building a parser analyses the grammar (slow); each is built once. An f-string field is
// parsed while its enclosing file is, so nested parses take the next parser in the pool.
const pool: PythonParser[] = [];
let depth = 0;

function withParser<T>(tokens: PyToken[], reporter: ErrorReporter, run: (p: PythonParser) => T): T {
  const p = (pool[depth] ??= new PythonParser());
  depth++;
  try {
    p.input = tokens;
    p.reporter = reporter;
    p.parens.clear();
    p.bareGenerators.clear();
    p.fieldParser = parseField;
    const result = run(p);
    if (p.errors.length > 0) throw recognitionError(p, p.errors[0]!, reporter);
    return result;
  } finally {
    depth--;
    p.parens.clear();
    p.bareGenerators.clear();
  }
}

/** Parses a whole file (mode "exec") into an ast.Module; throws PySyntaxError. */
export function parseModule(source: string, filename: string): Module {
  const lexed = tokenizeWithError(source, filename);
  const lexError = lexed.error;
  // CPython's tokenizer errors win over the parser's, wherever they are; only an unclosed
  // bracket gives way to a parser error on its line or before.
  if (lexError && !lexError.msg.endsWith("was never closed")) throw lexError;
  const reporter = new ErrorReporter(lexed.source, filename);
  try {
    const module = withParser(lexed.tokens, reporter, (p) => p.file());
    if (lexError) throw lexError;
    return module;
  } catch (e) {
    if (lexError && e instanceof PySyntaxError && e !== lexError) {
      // CPython compares the line of the last token its parser read with the bracket's line;
      // a parse that ran into the end of the input met the unclosed bracket itself.
      const failed = pool[0]!.errors[0]?.token.tokenType === EOF;
      if (failed || Math.max(e.lineno, e.endLineno ?? 0) > lexError.lineno) throw lexError;
    }
    throw e;
  }
}

function parseField(tokens: PyToken[], field: FStringField): ExprNode {
  const reporter = new FStringErrorReporter(pool[depth - 1]!.reporter.filename, field.expression, field.line, field.col);
  return withParser(tokens, reporter, (p) => p.fstringExpression());
}

/** True for the DEDENTs the lexer adds at the end of the input. */
function isTrailingDedent(p: PythonParser, t: PyToken): boolean {
  const toks = p.input as PyToken[];
  for (let i = toks.indexOf(t); i < toks.length; i++) if (toks[i]!.tokenType !== DEDENT) return false;
  return true;
}

/** Chevrotain's complaint → CPython's: the token where no rule fitted, and what is said there. */
function recognitionError(p: PythonParser, err: IRecognitionException, reporter: ErrorReporter): PySyntaxError {
  const t = err.token as PyToken;
  if (t.tokenType === INDENT) {
    return reporter.raw("IndentationError", "unexpected indent", t.line, reporter.charCol(t.line, t.endCol), t.line, -1);
  }
  if (t.tokenType === EOF) {
    // CPython's end marker: on the last line holding anything, before its first column
    const e = reporter.errorAtEnd("SyntaxError", "invalid syntax");
    return reporter.raw("SyntaxError", "invalid syntax", e.lineno, 0, e.lineno, 0);
  }
  if (t.tokenType === DEDENT) {
    if (isTrailingDedent(p, t)) return reporter.errorAtEnd("IndentationError", "unexpected unindent");
    return reporter.raw("IndentationError", "unexpected unindent", t.line, reporter.charCol(t.line, t.col), t.line, -1);
  }
  const prev = p.tokenBefore(t);
  if (t.image === ">" && prev && prev.image === "<" && prev.line === t.line && prev.endCol === t.col) {
    // `<>`: CPython reads it as one (retired) operator and rejects it whole
    return reporter.error("SyntaxError", "invalid syntax", prev.line, prev.col, t.endLine, t.endCol);
  }
  let msg = "invalid syntax";
  if (err.message === EXPECTED_COLON || err.message === "expected '('") msg = err.message;
  else if (err.message === EXPECTED_COLON_AT_NEWLINE && t.tokenType === NEWLINE) msg = EXPECTED_COLON;
  return p.errorAtToken(msg, t);
}
