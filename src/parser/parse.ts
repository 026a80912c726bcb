// Source text → CPython's ast.Module, or the PySyntaxError CPython would raise.
import { tokenizeWithError } from "../lexer/lexer.js";
import { PySyntaxError } from "../lexer/syntax-error.js";
import type { PyToken } from "../lexer/tokens.js";
import type { Module } from "./nodes.js";
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
  const lexed = tokenizeWithError(source, filename);
  const lexError = lexed.error;
  if (lexError && !isReachedLexError(lexError)) throw lexError;
  const p = (parser ??= new PythonParser());
  p.reporter = new ErrorReporter(lexed.source, filename);
  p.input = lexed.tokens;
  p.hitEnd = false;
  try {
    const module = p.file();
    const failed = p.errors[0];
    if (failed) throw recognitionError(p, failed);
    if (lexError) throw lexError;
    return module;
  } catch (e) {
    if (lexError && e instanceof PySyntaxError && e !== lexError) throw chooseError(p, e, lexError, p.errors[0]?.token as PyToken | undefined);
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw new SourceTooComplexError(filename);
    throw e;
  } finally {
    p.parens.clear();
    p.bareGenerators.clear();
  }
}
