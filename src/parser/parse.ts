// Source text → CPython's ast.Module, or the PySyntaxError CPython would raise.
import { tokenizeWithError } from "../lexer/lexer.js";
import { PySyntaxError } from "../lexer/syntax-error.js";
import type { PyToken } from "../lexer/tokens.js";
import type { Expression, Module } from "./nodes.js";
import { PythonParser } from "./grammar.js";
import { ErrorReporter } from "./syntax-errors.js";
import { chooseError, isReachedLexError, recognitionError } from "./parse-errors.js";

// Building the parser analyses the grammar (tens of milliseconds): it is built once, on first
// use, and reused; f-string fields are parsed by the same instance (see parseFStringExpression).
let parser: PythonParser | null = null;

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
  return parseWith(source, filename, (p) => p.file());
}

/**
 * Parses the source of eval() (mode "eval": an expression list) into an ast.Expression. Two
 * differences from a file, as CPython's eval grammar has them: a bare starred item is invalid
 * (`eval("*a")`), and an error at the very end of input without a newline has no column.
 */
export function parseExpressionInput(source: string, filename: string): Expression {
  let tree: Expression;
  try {
    tree = parseWith(source, filename, (p) => p.evalInput());
  } catch (e) {
    if (!(e instanceof PySyntaxError) || source.endsWith("\n") || e.msg !== "invalid syntax") throw e;
    const lines = source.split("\n");
    const last = lines[lines.length - 1];
    const empty = source.trim() === "";
    if (!empty && (e.lineno < lines.length || e.offset <= last.length)) throw e;
    const line = empty ? 0 : e.lineno;
    throw new PySyntaxError(e.kind, e.msg, e.filename, line, 0, e.text, line, 0);
  }
  const body = tree.body;
  const bare = body._type === "Tuple" && body.lineno === body.elts[0]?.lineno && body.col_offset === body.elts[0].col_offset ? body.elts : [body];
  const star = bare.find((x) => x._type === "Starred");
  if (star) {
    const text = source.split("\n")[star.lineno - 1];
    throw new PySyntaxError("SyntaxError", "invalid syntax", filename, star.lineno, star.col_offset + 1, text, star.lineno, star.col_offset + 2);
  }
  return tree;
}

function parseWith<T>(source: string, filename: string, rule: (p: PythonParser) => T): T {
  const lexed = tokenizeWithError(source, filename);
  const lexError = lexed.error;
  if (lexError && !isReachedLexError(lexError)) throw lexError;
  const p = (parser ??= new PythonParser());
  p.reporter = new ErrorReporter(lexed.source, filename);
  p.input = lexed.tokens;
  p.hitEnd = false;
  try {
    const tree = rule(p);
    const failed = p.errors[0];
    if (failed) throw recognitionError(p, failed);
    if (lexError) throw lexError;
    return tree;
  } catch (e) {
    if (lexError && e instanceof PySyntaxError && e !== lexError) throw chooseError(p, e, lexError, p.errors[0]?.token as PyToken | undefined);
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw new SourceTooComplexError(filename);
    throw e;
  } finally {
    p.parens.clear();
    p.bareGenerators.clear();
  }
}
