// Source text → CPython's ast.Module, or the PySyntaxError CPython would raise.
import { tokenizeWithError } from "../lexer/lexer.js";
import { PySyntaxError } from "../lexer/syntax-error.js";
import { DEDENT, INDENT, NAME, NEWLINE, NUMBER, STRING, type PyToken } from "../lexer/tokens.js";
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
    p.hitEnd = false;
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

/** Source nested deeper than the parser's stack allows (CPython: MemoryError from its parser). */
export class SourceTooComplexError extends Error {
  readonly pythonType = "MemoryError";
  constructor(readonly filename: string) {
    super("source code too complex to parse");
  }
}

/** Parses a whole file (mode "exec") into an ast.Module; throws PySyntaxError, or
 *  SourceTooComplexError where CPython's parser would run out of stack too. */
export function parseModule(source: string, filename: string): Module {
  try {
    return parseModuleOrOverflow(source, filename);
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      depth = 0;
      throw new SourceTooComplexError(filename);
    }
    throw e;
  }
}

function parseModuleOrOverflow(source: string, filename: string): Module {
  const lexed = tokenizeWithError(source, filename);
  const lexError = lexed.error;
  // Most tokenizer errors win over the parser's, wherever they are (CPython tokenizes the rest
  // of the file after a parser error). Some are only noticed when the parser reaches them:
  // an unclosed bracket, bad indentation, a stray backslash, the end of the file.
  if (lexError && !isReachedLexError(lexError)) throw lexError;
  const reporter = new ErrorReporter(lexed.source, filename);
  try {
    const module = withParser(lexed.tokens, reporter, (p) => p.file());
    if (lexError) throw lexError;
    return module;
  } catch (e) {
    if (lexError && e instanceof PySyntaxError && e !== lexError) {
      // A parse that ran into the end of the tokens met the tokenizer's error itself.
      let last = pool[0]!.errors[0]?.token as PyToken | undefined;
      if (last?.tokenType === EOF || pool[0]!.hitEnd) throw lexError;
      // For an unclosed bracket CPython compares the line of the last token its parser read
      // with the bracket's line. Stopped at the bracket itself, it would have read one more.
      if (lexError.msg.endsWith("was never closed")) {
        const generic = e.msg === "invalid syntax";
        if (generic && last && last.line === lexError.lineno && reporter.charCol(last.line, last.col) + 1 === lexError.offset && endsOperand(pool[0]!.tokenBefore(last))) {
          last = pool[0]!.tokenAfter(last);
          if (!last) throw lexError;
        }
        const lastLine = Math.max(e.lineno, e.endLineno ?? 0, last?.line ?? 0);
        if (lastLine > lexError.lineno) throw lexError;
      }
    }
    throw e;
  }
}

/** Tokens that can end an operand: after them CPython tries operators and juxtaposed
 *  expressions, reading one token further than where it finally fails. */
export function endsOperand(t: PyToken | undefined): boolean {
  if (!t) return false;
  const i = t.image;
  return t.tokenType === NAME || t.tokenType === NUMBER || t.tokenType === STRING || i === ")" || i === "]" || i === "}" ||
    i === "None" || i === "True" || i === "False" || i === "...";
}

/** Tokenizer errors CPython raises only when its parser asks for the token where they are. */
function isReachedLexError(e: PySyntaxError): boolean {
  return (
    e.msg.endsWith("was never closed") ||
    e.kind === "TabError" ||
    e.msg === "unindent does not match any outer indentation level" ||
    e.msg === "too many levels of indentation" ||
    e.msg === "unexpected EOF while parsing" ||
    e.msg === "unexpected character after line continuation character"
  );
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
  if (t.image === "not" && t.tokenType !== NEWLINE && endsOperand(p.tokenBefore(t))) {
    // after an operand CPython's parser looks past a `not` (for `not in`) before it gives up
    const next = p.tokenAfter(t);
    if (next) return p.errorAtToken("invalid syntax", next);
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
