// Where a syntax error's columns point depends on how CPython got the source (found with
// python3 3.11, printing e.offset/e.end_offset from sys.excepthook and from compile()):
//
// - "text" (compile()/exec() of a str, -c): the parser's columns in characters, as pygil's
//   PySyntaxError holds them;
// - "bytes" (import, runpy/-m, compile() of bytes): the parser's and the compiler's columns in
//   UTF-8 bytes, +1; the tokenizer's own errors stay in characters;
// - "file" (python3 FILE, a script on stdin): as "bytes", and an error at the end-of-file marker
//   (e.g. "expected an indented block" with nothing after it) has offset 0, so no caret.
import { PySyntaxError } from "../lexer/syntax-error.js";
import { byteOffsetIn, ParserSyntaxError } from "./syntax-errors.js";

export type SourceReading = "text" | "bytes" | "file";

/** The error as CPython reports it for source read that way (`source` is the whole text). */
export function syntaxErrorAsRead(e: PySyntaxError, source: string, reading: SourceReading): PySyntaxError {
  if (reading === "text") return e;
  if (e instanceof ParserSyntaxError) {
    const atEnd = reading === "file" && e.atEndOfFile;
    return withOffsets(e, atEnd ? 0 : e.byteOffset, atEnd ? -1 : e.byteEndOffset);
  }
  // Two of pygil's tokenizer errors are raised by CPython's parser, with its byte columns.
  if (e.msg === "unexpected character after line continuation character") {
    return withOffsets(e, byteOffsetIn(e.text, e.offset), e.endOffset);
  }
  if (e.msg === "unexpected EOF while parsing") {
    // a backslash that opens a statement leaves CPython's file reader at the end marker
    if (reading === "file" && opensStatement(source, e.lineno, e.text)) return withOffsets(e, 0, -1);
    return withOffsets(e, byteOffsetIn(e.text, e.offset), e.endOffset);
  }
  return e;
}

function withOffsets(e: PySyntaxError, offset: number, endOffset: number | null): PySyntaxError {
  if (offset === e.offset && endOffset === e.endOffset) return e;
  return new PySyntaxError(e.kind, e.msg, e.filename, e.lineno, offset, e.text, e.endLineno, endOffset);
}

/** True when the line holds nothing before its backslash and does not continue the line before. */
function opensStatement(source: string, lineno: number, text: string | null): boolean {
  if (text === null || !/^[ \t\f]*\\/.test(text)) return false;
  if (lineno < 2) return true;
  const before = source.split(/\r\n|\r|\n/)[lineno - 2] ?? "";
  // a backslash ending the line before continues it, unless it ends a comment (roughly: no '#')
  return !(before.endsWith("\\") && !before.includes("#"));
}
