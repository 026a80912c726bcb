// A syntax error found while reading source, carrying what CPython's SyntaxError carries.
// The lexer and parser throw it; the CLI formats it (see src/parser/report.ts) and the VM turns
// it into a Python SyntaxError/IndentationError/TabError object for compile()/exec()/import.

export type SyntaxErrorKind = "SyntaxError" | "IndentationError" | "TabError";

export class PySyntaxError extends Error {
  constructor(
    readonly kind: SyntaxErrorKind,
    readonly msg: string,
    readonly filename: string,
    /** 1-based line of the error. */
    readonly lineno: number,
    /** 1-based column (in characters, as CPython's SyntaxError.offset) of the caret. */
    readonly offset: number,
    /** The source line the error is on, without its newline, or null. */
    readonly text: string | null,
    readonly endLineno: number | null = null,
    /** 1-based end column (exclusive), or null: the caret covers offset..endOffset-1. */
    readonly endOffset: number | null = null,
  ) {
    super(`${kind}: ${msg}`);
  }
}
