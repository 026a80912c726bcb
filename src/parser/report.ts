import type { PySyntaxError } from "../lexer/syntax-error.js";

/** The text CPython prints on stderr for an uncaught syntax error (without a traceback header). */
export function formatSyntaxError(err: PySyntaxError): string {
  return `  File "${err.filename}", line ${err.lineno}\n${err.kind}: ${err.msg}\n`;
}
