// Source text → PyTokens, the way CPython 3.11's tokenizer cuts it.
//
// Two stages: the Chevrotain lexer in raw-lexer.ts cuts raw tokens (names, numbers, strings,
// operators, newlines, backslash continuations); the layout pass below walks them once, keeping
// track of lines and brackets, and emits what the parser sees: NEWLINE at the end of each logical
// line (never inside brackets, never for blank or comment-only lines), INDENT/DEDENT from the
// indentation of each logical line's first physical line, keyword token types, operator token
// types, and CPython-style positions (1-based lines, 0-based UTF-8 byte columns).
//
// Offsets (startOffset/endOffset) index the *normalised* source: BOM removed, \r\n and \r turned
// into \n (see normalizeSource). endOffset is inclusive, as in Chevrotain.
import type { TokenType } from "chevrotain";
import { checkNumber, isPotentialIdentifierChar } from "./number-errors.js";
import { findInvalidIdentifierChar, invalidCharacterMessage, isPrintable } from "./identifiers.js";
import {
  RawBackslash, RawContinuation, RawName, RawNewline, RawNumber, RawOperator, RawOther, RawString,
  RawUnterminatedString, rawLexer,
} from "./raw-lexer.js";
import { PySyntaxError, type SyntaxErrorKind } from "./syntax-error.js";
import {
  DEDENT, ERRORTOKEN, INDENT, KEYWORDS, NAME, NEWLINE, NUMBER, OPERATOR_BY_TEXT, STRING, type PyToken,
} from "./tokens.js";

/** Tokens up to the first error, and that error (or null). CPython raises a tokenizer error only
 *  when the parser asks for the token where it happens, so a parser may prefer its own error
 *  for an earlier spot; `tokenize` simply throws. */
export interface TokenizeResult {
  tokens: PyToken[];
  error: PySyntaxError | null;
  /** The normalised source the offsets refer to. */
  source: string;
}

/** Removes a UTF-8 BOM and turns \r\n and lone \r line ends into \n. */
export function normalizeSource(source: string): string {
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  if (source.includes("\r")) source = source.replace(/\r\n?/g, "\n");
  return source;
}

/** Tokenizes a whole file; throws PySyntaxError (SyntaxError, IndentationError, TabError). */
export function tokenize(source: string, filename: string): PyToken[] {
  const result = tokenizeWithError(source, filename);
  if (result.error) throw result.error;
  return result.tokens;
}

const KEYWORD_TYPES = new Map<string, TokenType>(Object.entries(KEYWORDS));
const MAX_INDENT_LEVELS = 100;
const MAX_PAREN_LEVEL = 200;
const CLOSER_TO_OPENER: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

/** Thrown inside the layout pass; caught by tokenizeWithError. */
class StopLexing {
  constructor(readonly error: PySyntaxError) {}
}

export function tokenizeWithError(rawSource: string, filename: string): TokenizeResult {
  const src = normalizeSource(rawSource);
  const tokens: PyToken[] = [];
  try {
    new LayoutPass(src, filename, tokens).run();
    return { tokens, error: null, source: src };
  } catch (e) {
    if (e instanceof StopLexing) return { tokens, error: e.error, source: src };
    throw e;
  }
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 4 : c >= 0xdc00 && c <= 0xdfff ? 0 : 3;
  }
  return n;
}

/** Number of code points in src[from, to): CPython's error offsets count characters. */
function charCount(src: string, from: number, to: number): number {
  let n = to - from;
  for (let i = from; i < to; i++) {
    const c = src.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > from) {
      const p = src.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) n--;
    }
  }
  return n;
}

class LayoutPass {
  private readonly ascii: boolean;
  /** Start offsets of the lines holding non-ASCII characters (their byte and char columns differ). */
  private readonly nonAsciiLines = new Set<number>();
  /** Whether the current line is all ASCII. */
  private lineAscii = true;
  /** Current physical line (1-based) and the offset where it starts. */
  private line = 1;
  private lineStart = 0;
  /** Start of the first line of the current run of backslash-joined lines. */
  private joinedRunStart = 0;
  /** True until the current logical line has produced a token. */
  private atLogicalLineStart = true;
  /** Line number and start offset of the physical line the current logical line begins on. */
  private logicalLine = 1;
  private logicalLineStart = 0;
  /** Indentation stack, in columns with tabs to multiples of 8, and with tabs as 1 column. */
  private readonly indents: number[] = [0];
  private readonly altIndents: number[] = [0];
  /** Open brackets: their characters and positions. */
  private readonly parenChars: string[] = [];
  private readonly parenLines: number[] = [];
  private readonly parenOffsets: number[] = [];
  private readonly parenLineStarts: number[] = [];
  // Cache for byte columns on non-ASCII lines: the last (offset → byte column) computed.
  private cacheLineStart = -1;
  private cacheOffset = 0;
  private cacheByteCol = 0;

  constructor(
    private readonly src: string,
    private readonly filename: string,
    private readonly out: PyToken[],
  ) {
    // eslint-disable-next-line no-control-regex
    this.ascii = !/[^\x00-\x7f]/.test(src);
    if (!this.ascii) {
      for (const m of src.matchAll(/[^\x00-\x7f]/g)) this.nonAsciiLines.add(src.lastIndexOf("\n", m.index! - 1) + 1);
      this.lineAscii = !this.nonAsciiLines.has(0);
    }
  }

  run(): void {
    const src = this.src;
    const nul = src.indexOf("\0");
    if (nul >= 0) this.nulError(nul);
    const lexed = rawLexer.tokenize(src);
    const raw = lexed.tokens;
    // Characters no raw token matches (ASCII control characters) come back as lexing errors.
    const unmatched = lexed.errors;
    let nextUnmatched = unmatched.length > 0 ? unmatched[0]!.offset : Infinity;
    for (let i = 0; i < raw.length; i++) {
      const t = raw[i]!;
      const type = t.tokenType;
      const start = t.startOffset;
      const image = t.image;
      if (start > nextUnmatched) this.otherChar(src[nextUnmatched]!, nextUnmatched);
      if (type === RawNewline) {
        if (this.parenChars.length === 0 && !this.atLogicalLineStart) {
          this.emit(NEWLINE, "\n", start, this.line, this.line);
          this.atLogicalLineStart = true;
        }
        this.newLine(start + 1);
        if (this.parenChars.length === 0) this.startLogicalLineAt(start + 1);
        this.joinedRunStart = this.lineStart;
        continue;
      }
      if (type === RawContinuation) {
        if (start + 2 >= src.length) this.eofAfterContinuation(start + 2);
        this.newLine(start + 2);
        continue;
      }
      if (this.atLogicalLineStart) {
        this.atLogicalLineStart = false;
        if (this.parenChars.length === 0) this.indentation(start);
      }
      if (type === RawName) {
        this.name(image, start);
      } else if (type === RawOperator) {
        const c = image.charCodeAt(0);
        if (image.length === 1 && (c === 40 || c === 91 || c === 123)) this.open(image, start);
        else if (image.length === 1 && (c === 41 || c === 93 || c === 125)) this.close(image, start);
        this.emit(OPERATOR_BY_TEXT.get(image)!, image, start, this.line, this.line);
      } else if (type === RawString) {
        this.string(image, start);
      } else if (type === RawNumber) {
        this.number(image, start);
      } else if (type === RawUnterminatedString) {
        this.unterminatedString(image, start);
      } else if (type === RawBackslash) {
        this.strayBackslash(start);
      } else if (type === RawOther) {
        this.otherChar(image, start);
      }
    }
    if (nextUnmatched < Infinity) this.otherChar(src[nextUnmatched]!, nextUnmatched);
    this.endOfFile();
  }

  // ---- positions ----

  private newLine(lineStart: number): void {
    this.line++;
    this.lineStart = lineStart;
    this.lineAscii = this.ascii || !this.nonAsciiLines.has(lineStart);
  }

  private startLogicalLineAt(lineStart: number): void {
    this.logicalLine = this.line;
    this.logicalLineStart = lineStart;
  }

  /** UTF-8 byte column of `offset` on the line starting at `lineStart`. */
  private byteCol(lineStart: number, offset: number): number {
    if (lineStart === this.lineStart ? this.lineAscii : this.ascii || !this.nonAsciiLines.has(lineStart)) return offset - lineStart;
    let from = lineStart;
    let bytes = 0;
    if (this.cacheLineStart === lineStart && this.cacheOffset <= offset) {
      from = this.cacheOffset;
      bytes = this.cacheByteCol;
    }
    const src = this.src;
    for (let i = from; i < offset; i++) {
      const c = src.charCodeAt(i);
      if (c < 0x80) bytes += 1;
      else if (c < 0x800) bytes += 2;
      else if (c >= 0xd800 && c <= 0xdbff) bytes += 4;
      else if (c >= 0xdc00 && c <= 0xdfff) bytes += 0;
      else bytes += 3;
    }
    this.cacheLineStart = lineStart;
    this.cacheOffset = offset;
    this.cacheByteCol = bytes;
    return bytes;
  }

  /** Emits a token that starts on the current line; `endLine` > line for multi-line strings. */
  private emit(type: TokenType, image: string, start: number, line: number, endLine: number, endLineStart = this.lineStart): void {
    const end = start + image.length;
    const col = this.byteCol(this.lineStart, start);
    const endCol = endLine === line ? col + (this.lineAscii ? image.length : this.byteCol(this.lineStart, end) - col) : this.byteCol(endLineStart, end);
    this.out.push({
      image,
      startOffset: start,
      endOffset: end - 1,
      startLine: line,
      startColumn: col + 1,
      endLine,
      endColumn: endCol,
      tokenTypeIdx: type.tokenTypeIdx!,
      tokenType: type,
      line,
      col,
      endCol,
    });
  }

  private emitAt(type: TokenType, image: string, start: number, line: number, col: number, endCol: number): void {
    this.out.push({
      image,
      startOffset: start,
      endOffset: start + image.length - 1,
      startLine: line,
      startColumn: col + 1,
      endLine: line,
      endColumn: endCol,
      tokenTypeIdx: type.tokenTypeIdx!,
      tokenType: type,
      line,
      col,
      endCol,
    });
  }

  // ---- tokens ----

  private name(image: string, start: number): void {
    const keyword = KEYWORD_TYPES.get(image);
    if (keyword) {
      this.emit(keyword, image, start, this.line, this.line);
      return;
    }
    if (!this.lineAscii && !/^[\x00-\x7f]*$/.test(image)) {
      const bad = findInvalidIdentifierChar(image);
      if (bad) this.directError(invalidCharacterMessage(bad.ch), start + bad.index + bad.ch.length);
      const normal = image.normalize("NFKC");
      this.emit(NAME, image, start, this.line, this.line);
      // The parser takes a name's identity from its image: CPython normalises names to NFKC.
      if (normal !== image) this.out[this.out.length - 1]!.image = normal;
      return;
    }
    this.emit(NAME, image, start, this.line, this.line);
  }

  private number(image: string, start: number): void {
    const end = start + image.length;
    const next = end < this.src.length ? this.src.charCodeAt(end) : -1;
    const leadingZero = image.length > 1 && image.charCodeAt(0) === 48 && /^0[\d_]+$/.test(image) && /[1-9]/.test(image);
    if (leadingZero || isPotentialIdentifierChar(next)) {
      const complaint = checkNumber(this.src, start);
      if (complaint) {
        if (complaint.rangeEnd !== undefined) {
          const ls = this.lineStart;
          throw new StopLexing(new PySyntaxError(
            "SyntaxError", complaint.msg, this.filename, this.line, // a range CPython gives in bytes
            this.byteCol(ls, start) + 1, this.lineText(ls), this.line, this.byteCol(ls, complaint.rangeEnd),
          ));
        }
        this.directError(complaint.msg, complaint.at);
      }
    }
    this.emit(NUMBER, image, start, this.line, this.line);
  }

  private string(image: string, start: number): void {
    let nl = image.indexOf("\n");
    if (nl < 0) {
      this.emit(STRING, image, start, this.line, this.line);
      return;
    }
    // A multi-line string: find its last line.
    const line = this.line;
    const lineStart = this.lineStart;
    let endLine = line;
    let lastNl = nl;
    while (nl >= 0) {
      endLine++;
      lastNl = nl;
      nl = image.indexOf("\n", nl + 1);
    }
    const endLineStart = start + lastNl + 1;
    this.emit(STRING, image, start, line, endLine, endLineStart);
    this.line = endLine - 1;
    this.newLine(endLineStart);
    // Lines inside a string are part of the token, not new lines of a backslash-joined run.
    void lineStart;
  }

  private open(ch: string, start: number): void {
    if (this.parenChars.length >= MAX_PAREN_LEVEL) this.directError("too many nested parentheses", start + 1);
    this.parenChars.push(ch);
    this.parenLines.push(this.line);
    this.parenOffsets.push(start);
    this.parenLineStarts.push(this.lineStart);
  }

  private close(ch: string, start: number): void {
    const n = this.parenChars.length;
    if (n === 0) this.directError(`unmatched '${ch}'`, start + 1);
    const opener = this.parenChars[n - 1]!;
    if (CLOSER_TO_OPENER[ch] !== opener) {
      const openLine = this.parenLines[n - 1]!;
      const where = openLine !== this.line ? ` on line ${openLine}` : "";
      this.directError(`closing parenthesis '${ch}' does not match opening parenthesis '${opener}'${where}`, start + 1);
    }
    this.parenChars.pop();
    this.parenLines.pop();
    this.parenOffsets.pop();
    this.parenLineStarts.pop();
  }

  private otherChar(ch: string, start: number): void {
    if (!isPrintable(ch)) this.directError(invalidCharacterMessage(ch), start + 1);
    // $ ? ` and the like: CPython hands them to the parser, which reports "invalid syntax".
    this.emit(ERRORTOKEN, ch, start, this.line, this.line);
  }

  // ---- indentation ----

  /** Measures the indentation of the logical line whose first token starts at `tokenStart`. */
  private indentation(tokenStart: number): void {
    const src = this.src;
    let col = 0;
    let altCol = 0;
    let p = this.logicalLineStart;
    for (;; p++) {
      const c = src.charCodeAt(p);
      if (c === 32) { col++; altCol++; }
      else if (c === 9) { col = (((col / 8) | 0) + 1) * 8; altCol++; }
      else if (c === 12) { col = altCol = 0; }
      else break;
    }
    const indents = this.indents;
    const alts = this.altIndents;
    let top = indents.length - 1;
    const line = this.logicalLine;
    const lineStart = this.logicalLineStart;
    // The INDENT token covers the indentation; DEDENTs are empty, at the first token.
    if (col === indents[top]) {
      if (altCol !== alts[top]) this.tabError(line, lineStart);
    } else if (col > indents[top]!) {
      if (indents.length >= MAX_INDENT_LEVELS) this.tooDeep(line, lineStart);
      if (altCol <= alts[top]!) this.tabError(line, lineStart);
      indents.push(col);
      alts.push(altCol);
      const width = p - lineStart; // the indentation is spaces, tabs and form feeds: 1 byte each
      this.emitAt(INDENT, src.slice(lineStart, p), lineStart, line, 0, width);
    } else {
      while (top > 0 && col < indents[top]!) {
        top--;
      }
      if (col !== indents[top]) this.dedentError(line, lineStart);
      if (altCol !== alts[top]) this.tabError(line, lineStart);
      const col0 = this.byteCol(this.lineStart, tokenStart);
      while (indents.length - 1 > top) {
        indents.pop();
        alts.pop();
        this.emitAt(DEDENT, "", tokenStart, this.line, col0, col0);
      }
    }
  }

  // ---- end of file ----

  private endOfFile(): void {
    if (this.parenChars.length > 0) this.neverClosed();
    const src = this.src;
    if (!this.atLogicalLineStart) {
      // No newline at the end of the last line: CPython adds one.
      this.emitAt(NEWLINE, "", src.length, this.line, this.byteCol(this.lineStart, src.length), this.byteCol(this.lineStart, src.length) + 1);
    }
    const eofLine = this.lineStart === src.length ? this.line : this.line + 1;
    for (let i = this.indents.length - 1; i > 0; i--) this.emitAt(DEDENT, "", src.length, eofLine, 0, 0);
  }

  // ---- errors ----

  /** The text of the line starting at `lineStart`, without its newline. */
  private lineText(lineStart: number): string {
    const nl = this.src.indexOf("\n", lineStart);
    return this.src.slice(lineStart, nl < 0 ? this.src.length : nl);
  }

  /** The line starting at `lineStart` with its newline, if it has one: the text CPython gives
   *  errors reported through its parser (indentation, continuation, EOF). */
  private physicalLine(lineStart: number): string {
    const nl = this.src.indexOf("\n", lineStart);
    return this.src.slice(lineStart, nl < 0 ? this.src.length : nl + 1);
  }

  /** The UTF-8 length of a line plus one for its newline (present or not): where CPython puts
   *  the caret for errors found at the end of a line. */
  private pastLineEnd(lineStart: number): number {
    return utf8Length(this.lineText(lineStart)) + 1;
  }

  /** An error the tokenizer raises itself: reported at its cursor `at` (an offset on the current
   *  line), as a 1-based character offset that points at the character before the cursor. */
  private directError(msg: string, at: number, line = this.line, lineStart = this.lineStart): never {
    const offset = charCount(this.src, lineStart, at);
    throw new StopLexing(new PySyntaxError("SyntaxError", msg, this.filename, line, offset, this.lineText(lineStart), line, offset));
  }

  private fail(kind: SyntaxErrorKind, msg: string, line: number, offset: number, text: string | null, endLine: number | null, endOffset: number | null): never {
    throw new StopLexing(new PySyntaxError(kind, msg, this.filename, line, offset, text, endLine, endOffset));
  }

  private tabError(line: number, lineStart: number): never {
    this.fail("TabError", "inconsistent use of tabs and spaces in indentation", line, 1, this.physicalLine(lineStart), line, 0);
  }

  private tooDeep(line: number, lineStart: number): never {
    this.fail("IndentationError", "too many levels of indentation", line, 1, this.physicalLine(lineStart), line, 0);
  }

  private dedentError(line: number, lineStart: number): never {
    this.fail("IndentationError", "unindent does not match any outer indentation level", line,
      this.pastLineEnd(lineStart), this.physicalLine(lineStart), line, -1);
  }

  private unterminatedString(image: string, start: number): never {
    const triple = image.endsWith("'''") || image.endsWith('"""');
    const quote = image.charCodeAt(image.length - 1);
    const src = this.src;
    let stop: number;
    if (triple) {
      stop = src.length;
    } else {
      stop = start + image.length;
      while (stop < src.length) {
        const c = src.charCodeAt(stop);
        if (c === 92) stop += 2;
        else if (c === 10 || c === quote) break;
        else stop++;
      }
    }
    const detected = stop >= src.length ? this.lastLine() : this.lineOf(stop);
    const kind = triple ? "unterminated triple-quoted string literal" : "unterminated string literal";
    this.directError(`${kind} (detected at line ${detected})`, start + 1);
  }

  /** The number of the last line of the file (a final newline does not start another). */
  private lastLine(): number {
    const src = this.src;
    let n = 1;
    for (let i = this.lineStart; i < src.length - 1; i++) if (src.charCodeAt(i) === 10) n++;
    return this.line + n - 1;
  }

  private lineOf(offset: number): number {
    let n = this.line;
    for (let i = this.lineStart; i < offset; i++) if (this.src.charCodeAt(i) === 10) n++;
    return n;
  }

  private strayBackslash(start: number): never {
    if (start + 1 >= this.src.length) this.eofAfterContinuation(start + 1);
    // CPython counts the column from the start of the backslash-joined run of lines.
    const offset = charCount(this.src, this.joinedRunStart, start + 2) - 1 + 1;
    this.fail("SyntaxError", "unexpected character after line continuation character", this.line, offset,
      this.physicalLine(this.lineStart), this.line, 0);
  }

  private eofAfterContinuation(_end: number): never {
    this.fail("SyntaxError", "unexpected EOF while parsing", this.line, this.pastLineEnd(this.lineStart),
      this.physicalLine(this.lineStart), this.line, -1);
  }

  private neverClosed(): never {
    const n = this.parenChars.length - 1;
    const lineStart = this.parenLineStarts[n]!;
    const offset = this.byteCol(lineStart, this.parenOffsets[n]!) + 1; // CPython counts bytes here
    this.fail("SyntaxError", `'${this.parenChars[n]}' was never closed`, this.parenLines[n]!, offset,
      this.physicalLine(lineStart), this.parenLines[n]!, 0);
  }

  private nulError(at: number): never {
    const line = this.lineOf(at);
    const lineStart = this.src.lastIndexOf("\n", at - 1) + 1;
    this.fail("SyntaxError", "source code cannot contain null bytes", line, 0, this.src.slice(lineStart, at), line, 0);
  }
}
