// Builds PySyntaxError objects the way CPython's parser reports them: positions arrive as
// (line, UTF-8 byte column) pairs like ast's, and leave as 1-based character offsets with the
// offending source line attached. Each also keeps the offsets a script run reports (see
// ParserSyntaxError).
import { PySyntaxError, type SyntaxErrorKind } from "../lexer/syntax-error.js";

/** A syntax error from the parser or the compiler (not the tokenizer). CPython's parser and
 *  compiler count columns in UTF-8 bytes; compile() of a str turns the parser's into characters
 *  (`offset`/`endOffset`), while running a file, importing or compile() of bytes keeps the bytes
 *  (`byteOffset`/`byteEndOffset`). `atEndOfFile`: at CPython's end-of-file marker, which a file
 *  run reports at offset 0 (see src/parser/source-positions.ts). */
export class ParserSyntaxError extends PySyntaxError {
  constructor(
    kind: SyntaxErrorKind,
    msg: string,
    filename: string,
    lineno: number,
    offset: number,
    text: string | null,
    endLineno: number | null,
    endOffset: number | null,
    readonly byteOffset: number,
    readonly byteEndOffset: number | null,
    readonly atEndOfFile = false,
  ) {
    super(kind, msg, filename, lineno, offset, text, endLineno, endOffset);
  }
}

/** A 1-based character offset in a line as a 1-based UTF-8 byte offset (0, -1 stay as they
 *  are; past the end of the line each character counts one, as charCol counts them back). */
export function byteOffsetIn(text: string | null, offset: number): number {
  if (text === null || offset < 1) return offset;
  let bytes = 0;
  let chars = 0;
  for (const ch of text) {
    if (chars >= offset - 1) break;
    const cp = ch.codePointAt(0) as number;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    chars += 1;
  }
  return bytes + (offset - 1 - chars) + 1;
}

export class ErrorReporter {
  private lines: string[] | null = null;

  constructor(
    readonly source: string,
    readonly filename: string,
  ) {}

  /** The source line (1-based), without its line ending, or null past the end. */
  lineText(lineno: number): string | null {
    if (!this.lines) this.lines = this.source.split(/\r\n|\r|\n/);
    const text = this.lines[lineno - 1];
    return text === undefined ? null : text;
  }

  /** Character offset (0-based) of a UTF-8 byte column in a line. */
  charCol(lineno: number, byteCol: number): number {
    const text = this.lineText(lineno);
    if (text === null) return byteCol;
    let bytes = 0;
    let chars = 0;
    for (const ch of text) {
      if (bytes >= byteCol) break;
      const cp = ch.codePointAt(0) as number;
      bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      chars += 1; // CPython counts code points
    }
    return bytes >= byteCol ? chars : chars + (byteCol - bytes);
  }

  /** An error with CPython's numbers given as they are (offset 1-based, in characters). */
  raw(kind: SyntaxErrorKind, msg: string, line: number, offset: number, endLine: number | null, endOffset: number | null): PySyntaxError {
    const text = this.lineText(line);
    // CPython converts both ends with the start line's text
    const byteEnd = endOffset === null ? null : byteOffsetIn(text, endOffset);
    return new ParserSyntaxError(kind, msg, this.filename, line, offset, text, endLine, endOffset, byteOffsetIn(text, offset), byteEnd);
  }

  /** An error spanning (line,col)..(endLine,endCol), byte columns 0-based; endCol null → -1. */
  error(kind: SyntaxErrorKind, msg: string, line: number, col: number, endLine: number | null, endCol: number | null): PySyntaxError {
    const offset = this.charCol(line, col) + 1;
    // CPython converts the end column with the *start* line's text, at most one past its end
    let endOffset = endLine === null || endCol === null ? -1 : this.charCol(line, endCol) + 1;
    if (endLine !== null && endLine !== line) endOffset = Math.min(endOffset, [...(this.lineText(line) ?? "")].length + 1);
    // unconverted, the bytes are the columns themselves (on the end line for the end)
    const byteEnd = endLine === null || endCol === null ? -1 : endCol + 1;
    return new ParserSyntaxError(kind, msg, this.filename, line, offset, this.lineText(line), endLine ?? line, endOffset, col + 1, byteEnd);
  }

  /** An error where CPython's end-of-file marker stands: after the end of the file's last line
   *  (blank lines count; a final line ending is not the start of one more line). */
  errorAtEnd(kind: SyntaxErrorKind, msg: string): PySyntaxError {
    if (!this.lines) this.lineText(1);
    const lines = this.lines as string[];
    let n = lines.length;
    if (n > 1 && lines[n - 1] === "") n--;
    const text = lines[n - 1] ?? "";
    const offset = [...text].length + 1;
    return new ParserSyntaxError(kind, msg, this.filename, n, offset, text, n, -1, byteOffsetIn(text, offset), -1, true);
  }
}

/** Errors inside an f-string's replacement field: CPython reports them against the text
 *  "(" + expression + ")" (columns on its first line counted from the "("), prefixed "f-string: ". */
export class FStringErrorReporter extends ErrorReporter {
  private readonly exprLines: string[];

  constructor(
    filename: string,
    expression: string,
    private readonly fieldLine: number,
    private readonly fieldCol: number,
  ) {
    super("(" + expression + ")", filename);
    this.exprLines = ("(" + expression + ")").split(/\r\n|\r|\n/);
  }

  override error(kind: SyntaxErrorKind, msg: string, line: number, col: number, endLine: number | null, endCol: number | null): PySyntaxError {
    const rel = line - this.fieldLine + 1;
    const relEnd = endLine === null ? null : endLine - this.fieldLine + 1;
    const text = this.exprLines[rel - 1] ?? null;
    const c = rel === 1 ? col - this.fieldCol : col;
    const ec = endCol === null ? null : relEnd === 1 ? endCol - this.fieldCol : endCol;
    const offset = this.charColIn(text, c) + 1;
    const endOffset = relEnd === null || ec === null ? -1 : this.charColIn(this.exprLines[relEnd - 1] ?? null, ec) + 1;
    const byteEnd = relEnd === null || ec === null ? -1 : ec + 1;
    return new ParserSyntaxError(kind, "f-string: " + msg, this.filename, line, offset, text, endLine ?? line, endOffset, c + 1, byteEnd);
  }

  override errorAtEnd(kind: SyntaxErrorKind, msg: string): PySyntaxError {
    const text = this.exprLines[this.exprLines.length - 1]!;
    const offset = [...text].length + 1;
    // parsed from a string, not read from the file: no offset-0 marker
    return new ParserSyntaxError(kind, "f-string: " + msg, this.filename, this.fieldLine + this.exprLines.length - 1, offset, text, null, -1, byteOffsetIn(text, offset), -1);
  }

  private charColIn(text: string | null, byteCol: number): number {
    if (text === null) return byteCol;
    let bytes = 0;
    let chars = 0;
    for (const ch of text) {
      if (bytes >= byteCol) break;
      const cp = ch.codePointAt(0) as number;
      bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      chars += 1;
    }
    return bytes >= byteCol ? chars : chars + (byteCol - bytes);
  }
}
