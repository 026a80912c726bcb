// Splitting an f-string token into the pieces of an ast.JoinedStr, as CPython 3.11 does it (3.11
// reads an f-string as one STRING token and takes it apart afterwards; so do we).
//
// For the parser:
// - splitFString(token) gives FStringPiece[]: literal text (escapes decoded unless raw, `{{`/`}}`
//   collapsed, adjacent literals merged, empty ones dropped) and replacement fields.
// - A field's `expression` is the source between `{` and its `!`, `:`, `=` or `}`. CPython parses
//   it as "(" + expression + ")"; tokenizeFStringExpression(field, filename) returns exactly those
//   tokens (LPAR … RPAR NEWLINE) with the positions CPython gives them, so that parsing them with
//   the star_expressions rule yields nodes with CPython's positions (a bare `a, b` becomes a Tuple
//   spanning the parentheses, i.e. from the `{`).
// - `=` (debug) fields: the text from after `{` through `=` and the whitespace after it becomes
//   literal text before the field, merged into the previous literal; the conversion defaults to
//   !r (114) when there is neither a conversion nor a format spec, as in CPython.
// - conversion: -1 (none), 115 (!s), 114 (!r), 97 (!a). formatSpec: null when there is no `:`,
//   else its pieces (possibly none: `{x:}`); in a spec `{{` opens a nested field, it is no escape.
// - Positions CPython 3.11 gives JoinedStr parts: every Constant and FormattedValue spans the whole
//   implicitly concatenated string; a format_spec JoinedStr spans the f-string token it is in.
// - Errors are FStringError (a StringLiteralError) with CPython's message; CPython reports them,
//   like string decoding errors, at the token after the run of STRING tokens. Errors inside an
//   expression come from the parser: CPython prefixes their message with "f-string: " and reports
//   positions within "(expression)", line 1 being the field's line (see its SyntaxError.text).
// - CPython parses a field's expression before it looks at the conversion and format spec, so a
//   syntax error in the expression wins over, say, a bad conversion character: pass
//   `onExpression` to parse each expression at that moment.
import { tokenizeWithError } from "./lexer.js";
import { decodeStrEscapes, stringParts, StringLiteralError } from "./strings.js";
import type { PyToken } from "./tokens.js";

export type FStringPiece = FStringLiteral | FStringField;

export interface FStringLiteral {
  kind: "literal";
  value: string;
}

export interface FStringField {
  kind: "field";
  /** Source text of the expression, between `{` and its terminator. */
  expression: string;
  /** Where "(" + expression + ")" starts: its line, and the byte column of the "(" — that is of
   *  the `{`. Only the first line is shifted: CPython counts columns on later lines from their
   *  own line starts. */
  line: number;
  col: number;
  /** Offset of the expression in the normalised source (the token's startOffset plus its offset
   *  within the image). */
  sourceOffset: number;
  conversion: number;
  formatSpec: FStringPiece[] | null;
  /** For `{x=}` fields: the literal text `x=` that precedes the value. */
  debugText: string | null;
}

export class FStringError extends StringLiteralError {}

const MAX_NESTED_PARENS = 200;
const CLOSER_TO_OPENER: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

/** Splits one f-string STRING token into its pieces. Throws FStringError / StringLiteralError. */
export function splitFString(token: PyToken, onExpression?: (field: FStringField) => void): FStringPiece[] {
  const image = token.image;
  const parts = stringParts(image);
  const splitter = new FStringSplitter(token, image, parts.raw, parts.bodyEnd, onExpression);
  const pieces = splitter.pieces(parts.bodyStart, 0);
  return pieces;
}

class FStringSplitter {
  pos = 0;

  constructor(
    private readonly token: PyToken,
    private readonly image: string,
    private readonly raw: boolean,
    private readonly end: number,
    private readonly onExpression?: (field: FStringField) => void,
  ) {}

  /** Literal text and fields from `start` up to the end of the body (level 0) or up to the `}`
   *  that closes a format spec (level > 0, left at this.pos). */
  pieces(start: number, level: number): FStringPiece[] {
    const out: FStringPiece[] = [];
    const image = this.image;
    const end = this.end;
    this.pos = start;
    let literal = ""; // raw text of the literal being gathered
    const flushLiteral = () => {
      if (literal !== "") addLiteral(out, this.raw ? literal : decodeStrEscapes(literal));
      literal = "";
    };
    while (this.pos < end) {
      const c = image[this.pos]!;
      if (c === "\\" && !this.raw && image[this.pos + 1] === "N" && image[this.pos + 2] === "{") {
        // \N{NAME}: its braces are no field
        const close = image.indexOf("}", this.pos);
        const stop = close < 0 || close >= end ? end : close + 1;
        literal += image.slice(this.pos, stop);
        this.pos = stop;
        continue;
      }
      if (c === "{" || c === "}") {
        if (level === 0 && image[this.pos + 1] === c) {
          literal += c;
          this.pos += 2;
          continue;
        }
        if (c === "}") {
          if (level === 0) throw new FStringError("f-string: single '}' is not allowed");
          break; // the end of this format spec
        }
        flushLiteral();
        this.field(out, level);
        continue;
      }
      literal += c;
      this.pos++;
    }
    flushLiteral();
    return out;
  }

  /** Reads a replacement field; this.pos is at its `{`. */
  private field(out: FStringPiece[], level: number): void {
    if (level >= 2) throw new FStringError("f-string: expressions nested too deeply");
    const image = this.image;
    const end = this.end;
    const braceAt = this.pos;
    const exprStart = braceAt + 1;
    let i = exprStart;
    let quote = "";
    let quoteLength = 0;
    const parens: string[] = [];
    for (; i < end; i++) {
      const c = image[i]!;
      if (c === "\\") throw new FStringError("f-string expression part cannot include a backslash");
      if (quote !== "") {
        if (c === quote && (quoteLength === 1 || (image[i + 1] === quote && image[i + 2] === quote))) {
          i += quoteLength - 1;
          quote = "";
        }
        continue;
      }
      if (c === "'" || c === '"') {
        quote = c;
        quoteLength = image[i + 1] === c && image[i + 2] === c ? 3 : 1;
        i += quoteLength - 1;
        continue;
      }
      if (c === "(" || c === "[" || c === "{") {
        if (parens.length >= MAX_NESTED_PARENS) throw new FStringError("f-string: too many nested parenthesis");
        parens.push(c);
        continue;
      }
      if (c === "#") throw new FStringError("f-string expression part cannot include '#'");
      if (parens.length === 0 && (c === "!" || c === ":" || c === "}" || c === "=" || c === "<" || c === ">")) {
        const next = image[i + 1];
        // != == <= >= are operators, not terminators; so are < and >.
        if (next === "=" && c !== ":" && c !== "}") {
          i++;
          continue;
        }
        if (c === "<" || c === ">") continue;
        break;
      }
      if (c === ")" || c === "]" || c === "}") {
        const opener = parens.pop();
        if (opener === undefined) throw new FStringError(`f-string: unmatched '${c}'`);
        if (CLOSER_TO_OPENER[c] !== opener) {
          throw new FStringError(`f-string: closing parenthesis '${c}' does not match opening parenthesis '${opener}'`);
        }
      }
    }
    if (quote !== "") throw new FStringError("f-string: unterminated string");
    if (parens.length > 0) throw new FStringError(`f-string: unmatched '${parens[parens.length - 1]}'`);
    if (i >= end) throw new FStringError("f-string: expecting '}'");
    const expression = image.slice(exprStart, i);
    const terminator = image[i]!;
    if (/^[ \t\n\r\f\v]*$/.test(expression)) {
      if (terminator === "}") throw new FStringError("f-string: empty expression not allowed");
      throw new FStringError(`f-string: expression required before '${terminator}'`);
    }
    const { line, col } = this.expressionPosition(braceAt);
    const field: FStringField = {
      kind: "field", expression, line, col, sourceOffset: this.token.startOffset + exprStart,
      conversion: -1, formatSpec: null, debugText: null,
    };
    this.onExpression?.(field);
    this.pos = i;
    if (terminator === "=") {
      this.pos++;
      while (this.pos < end && /[ \t\n\r\f\v]/.test(image[this.pos]!)) this.pos++;
      field.debugText = image.slice(exprStart, this.pos);
    }
    if (image[this.pos] === "!") {
      this.pos++;
      if (this.pos >= end) throw new FStringError("f-string: expecting '}'");
      const conversion = image[this.pos++]!;
      if (conversion !== "s" && conversion !== "r" && conversion !== "a") {
        throw new FStringError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
      field.conversion = conversion.charCodeAt(0);
    }
    if (this.pos < end && image[this.pos] === ":") {
      field.formatSpec = this.pieces(this.pos + 1, level + 1);
    }
    if (this.pos >= end || image[this.pos] !== "}") throw new FStringError("f-string: expecting '}'");
    this.pos++;
    if (field.debugText !== null) {
      addLiteral(out, field.debugText);
      if (field.conversion === -1 && field.formatSpec === null) field.conversion = 114;
    }
    out.push(field);
  }

  /** CPython 3.11's position for "(" + expression + ")": the line of the `{`, and the byte column
   *  of the `{` counted from the last newline before it in the token — or, with none, from the
   *  token's own column. When only whitespace separates the `{` from a newline, that count is 0. */
  private expressionPosition(braceAt: number): { line: number; col: number } {
    const image = this.image;
    let newlines = 0;
    let lastNewline = -1;
    for (let k = image.indexOf("\n"); k >= 0 && k < braceAt; k = image.indexOf("\n", k + 1)) {
      newlines++;
      lastNewline = k;
    }
    let k = braceAt + 1;
    while (image[k] === " " || image[k] === "\t" || image[k] === "\f") k++;
    const cols = image[k] === "\n" ? 0 : utf8Length(image.slice(lastNewline + 1, braceAt));
    return { line: this.token.line + newlines, col: (newlines === 0 ? this.token.col : 0) + cols };
  }
}

function addLiteral(out: FStringPiece[], value: string): void {
  if (value === "") return;
  const last = out[out.length - 1];
  if (last?.kind === "literal") last.value += value;
  else out.push({ kind: "literal", value });
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 4 : c >= 0xdc00 && c <= 0xdfff ? 0 : 3;
  }
  return n;
}

/**
 * The tokens of "(" + field.expression + ")" as CPython's f-string sub-parser sees them: LPAR,
 * the expression's tokens, RPAR, NEWLINE, with lines and columns in the file (first line shifted
 * by field.col) and offsets into the normalised source (the parentheses get the offsets of the
 * `{` and of the terminator). Throws PySyntaxError for tokenizer errors inside the expression.
 */
export function tokenizeFStringExpression(field: FStringField, filename: string): PyToken[] {
  const { tokens, error } = tokenizeWithError("(" + field.expression + ")", filename);
  if (error) throw error;
  const lineShift = field.line - 1;
  const offsetShift = field.sourceOffset - 1;
  for (const t of tokens) {
    if (t.line === 1) {
      t.col += field.col;
      t.startColumn = t.col + 1;
    }
    if (t.endLine === 1) {
      t.endCol += field.col;
      t.endColumn = t.endCol;
    }
    t.line += lineShift;
    t.startLine = t.line;
    t.endLine += lineShift;
    t.startOffset += offsetShift;
    t.endOffset = t.endOffset! + offsetShift;
  }
  return tokens;
}
