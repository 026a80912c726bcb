// Which syntax error CPython reports, and where: Chevrotain's complaints turned into CPython's
// messages and positions, and the choice between a tokenizer error and a parser error.
import { EOF, type IRecognitionException } from "chevrotain";
import type { PySyntaxError } from "../lexer/syntax-error.js";
import { DEDENT, INDENT, NAME, NEWLINE, NUMBER, STRING, type PyToken } from "../lexer/tokens.js";
import type { ParserBase } from "./grammar-base.js";
import { EXPECTED_COLON, EXPECTED_COLON_AT_NEWLINE } from "./grammar-tokens.js";

/** Chevrotain's complaint → CPython's: the token where no rule fitted, and what is said there. */
export function recognitionError(p: ParserBase, err: IRecognitionException): PySyntaxError {
  const reporter = p.reporter;
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
  if (err.message === EXPECTED_COLON || err.message === "expected '('") return p.errorAtToken(err.message, t);
  if (err.message === EXPECTED_COLON_AT_NEWLINE && t.tokenType === NEWLINE) return p.errorAtToken(EXPECTED_COLON, t);
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
  return p.errorAtToken("invalid syntax", t);
}

/** True for the DEDENTs the lexer adds at the end of the input. */
function isTrailingDedent(p: ParserBase, t: PyToken): boolean {
  const toks = p.input as PyToken[];
  for (let i = toks.indexOf(t); i < toks.length; i++) if (toks[i]!.tokenType !== DEDENT) return false;
  return true;
}

/** Tokens that can end an operand: after them CPython tries operators and juxtaposed
 *  expressions, reading one token further than where it finally fails. */
export function endsOperand(t: PyToken | undefined): boolean {
  if (!t) return false;
  const i = t.image;
  return t.tokenType === NAME || t.tokenType === NUMBER || t.tokenType === STRING || i === ")" || i === "]" || i === "}" ||
    i === "None" || i === "True" || i === "False" || i === "...";
}

/** Tokenizer errors CPython raises only when its parser asks for the token where they are; all
 *  others win over the parser's errors, wherever they are (CPython tokenizes the rest of the
 *  file after a parser error). */
export function isReachedLexError(e: PySyntaxError): boolean {
  return (
    e.msg.endsWith("was never closed") ||
    e.kind === "TabError" ||
    e.msg === "unindent does not match any outer indentation level" ||
    e.msg === "too many levels of indentation" ||
    e.msg === "unexpected EOF while parsing" ||
    e.msg === "unexpected character after line continuation character"
  );
}

/** Of a parser error and a tokenizer error that the parser may have reached, the one CPython
 *  reports. `failedAt` is where Chevrotain gave up, if it did. */
export function chooseError(p: ParserBase, parserError: PySyntaxError, lexError: PySyntaxError, failedAt: PyToken | undefined): PySyntaxError {
  // A parse that ran into the end of the tokens met the tokenizer's error itself.
  if (failedAt?.tokenType === EOF || p.hitEnd) return lexError;
  if (!lexError.msg.endsWith("was never closed")) return parserError;
  // For an unclosed bracket CPython compares the line of the last token its parser read with
  // the bracket's line. Stopped at the bracket itself after an operand, it went on to read
  // what the bracket holds — everything to the end of the file.
  const last = failedAt;
  const reporter = p.reporter;
  if (
    parserError.msg === "invalid syntax" && last && last.line === lexError.lineno &&
    reporter.charCol(last.line, last.col) + 1 === lexError.offset && endsOperand(p.tokenBefore(last))
  ) {
    // Stopped at the unclosed bracket right after an operand, CPython goes on to read an
    // expression from the bracket (to suggest a comma): how far it gets decides.
    const probe = p.probeExpression(last);
    if (probe.error) return Math.max(probe.error.lineno, probe.error.endLineno ?? 0) > lexError.lineno ? lexError : probe.error;
    if (!probe.stoppedAt || probe.stoppedAt.tokenType === EOF || probe.stoppedAt.line > lexError.lineno) return lexError;
    return parserError;
  }
  const lastLine = Math.max(parserError.lineno, parserError.endLineno ?? 0, last?.line ?? 0);
  return lastLine > lexError.lineno ? lexError : parserError;
}
