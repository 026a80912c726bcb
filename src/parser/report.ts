// The report CPython 3.11 prints on stderr for an uncaught SyntaxError (IndentationError,
// TabError): the file and line, the offending source line with a caret line under it, and the
// message. The layout rules below were found by experiment with python3:
//
// - the source line loses its leading spaces, tabs and form feeds and is indented by 4;
// - the caret sits at offset (1-based, in characters) less what was stripped, and is left out
//   when that falls left of the text (e.g. an error at the indentation itself, or offset 0);
//   an offset past the end of the line is pulled back to just after its last character;
// - the caret line spans end_offset - offset characters (at least one), or, when the error
//   runs onto later lines, up to the end of the text, never past the text's own length
//   (lengths counted in UTF-8 bytes, as CPython does); IndentationError/TabError get one caret;
// - a text holding several lines prints from the line the caret falls on to the end.

import type { PySyntaxError } from "../lexer/syntax-error.js";

/** The fields of a SyntaxError that its report shows; offsets as CPython's attributes hold them. */
export interface SyntaxErrorFields {
  kind: string;
  msg: string;
  filename: string;
  lineno: number;
  offset: number | null;
  text: string | null;
  endLineno: number | null;
  endOffset: number | null;
}

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();
const NEWLINE = 0x0a;

/** The source line and caret line of the report ("" when there is no text). */
function sourceAndCaret(fields: SyntaxErrorFields): string {
  if (fields.text === null) return "";
  // CPython walks the UTF-8 bytes of the text while the offsets it is given count characters,
  // and the mix shows (a long caret on a non-ASCII line reaches further); so do the same.
  let bytes = utf8.encode(fields.text);
  const offset = fields.offset ?? 0;
  let endOffset = fields.endOffset ?? 0;
  if (fields.endLineno !== null && fields.endLineno > fields.lineno) endOffset = bytes.length;
  let caretWidth = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  // IndentationError and TabError always get a single caret.
  if (fields.kind !== "SyntaxError") caretWidth = 1;

  let caret = offset - 1; // 0-based from here on
  let start = 0;
  while (start < bytes.length && (bytes[start] === 0x20 || bytes[start] === 0x09 || bytes[start] === 0x0c)) {
    start++;
    caret--;
  }
  bytes = bytes.subarray(start);
  let len = bytes.length;
  if (len > 0 && bytes[len - 1] === NEWLINE) len--;
  if (caret > len) caret = len;
  // A multi-line text shows only the lines from the one the caret is on.
  for (;;) {
    const nl = bytes.indexOf(NEWLINE);
    if (nl < 0 || nl >= caret) break;
    bytes = bytes.subarray(nl + 1);
    len -= nl + 1;
    caret -= nl + 1;
  }
  let out = "    " + fromUtf8.decode(bytes) + (bytes[len] === NEWLINE ? "" : "\n");
  if (caret < 0) return out;
  caretWidth = Math.max(1, Math.min(caretWidth, bytes.length - caret));
  out += "    " + " ".repeat(caret) + "^".repeat(caretWidth) + "\n";
  return out;
}

/** The report for any SyntaxError's fields (also for one raised by Python code). */
export function formatSyntaxErrorFields(fields: SyntaxErrorFields): string {
  const header = `  File "${fields.filename}", line ${fields.lineno}\n`;
  const last = fields.msg === "" ? `${fields.kind}\n` : `${fields.kind}: ${fields.msg}\n`;
  return header + sourceAndCaret(fields) + last;
}

/** What CPython prints on stderr for an uncaught syntax error in a script (no traceback header). */
export function formatSyntaxError(err: PySyntaxError): string {
  return formatSyntaxErrorFields({
    kind: err.kind,
    msg: err.msg,
    filename: err.filename,
    lineno: err.lineno,
    offset: err.offset,
    text: err.text,
    endLineno: err.endLineno,
    endOffset: err.endOffset,
  });
}
