// A run of adjacent STRING tokens → one ast node, as CPython 3.11 concatenates them: all plain
// literals fold into one Constant (str or bytes); with any f-string among them, the run becomes
// one JoinedStr whose literal parts are merged and whose parts all span the whole run.
import type { PyToken } from "../lexer/tokens.js";
import { PySyntaxError } from "../lexer/syntax-error.js";
import { decodeString, StringLiteralError, stringParts } from "../lexer/strings.js";
import { splitFString, tokenizeFStringExpression, type FStringField, type FStringPiece } from "../lexer/fstring.js";
import type * as N from "./nodes.js";
import type { ConstantValue } from "./constants.js";

type Expr = N.ExprNode;

/** What building a string atom needs from the parser. */
export interface StringHost {
  /** The token after the run (where CPython reports most literal errors). */
  nextToken(): PyToken;
  errorAtToken(msg: string, t: PyToken): PySyntaxError;
  readonly filename: string;
  /** Parses an f-string field's tokens ("(" expr ")" NEWLINE) with a fresh parser. */
  parseFStringExpression(tokens: PyToken[], field: FStringField): Expr;
}

interface Span {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

export function buildStringAtom(toks: PyToken[], host: StringHost): Expr {
  const first = toks[0]!;
  const last = toks[toks.length - 1]!;
  const span: Span = { lineno: first.line, col_offset: first.col, end_lineno: last.endLine, end_col_offset: last.endCol };
  let bytes: boolean | null = null;
  let anyF = false;
  for (const t of toks) {
    const p = stringParts(t.image);
    if (bytes !== null && bytes !== p.bytes) throw host.errorAtToken("cannot mix bytes and nonbytes literals", host.nextToken());
    bytes = p.bytes;
    if (p.fstring) anyF = true;
  }
  const kind = first.image.charCodeAt(0) === 117 ? "u" : null; // a lower-case u"" prefix
  try {
    if (!anyF) return constantRun(toks, bytes === true, kind, span);
    return joinedRun(toks, kind, span, host);
  } catch (e) {
    if (e instanceof StringLiteralError) {
      throw host.errorAtToken(e.msg, e.atToken ? toks.find((t) => failsAlone(t)) ?? first : host.nextToken());
    }
    throw e;
  }
}

/** Whether decoding this token alone fails (to find the culprit of an error at the token). */
function failsAlone(t: PyToken): boolean {
  try {
    if (!stringParts(t.image).fstring) decodeString(t.image);
    return false;
  } catch {
    return true;
  }
}

function constantRun(toks: PyToken[], bytes: boolean, kind: string | null, span: Span): N.Constant {
  let value: ConstantValue;
  if (toks.length === 1) {
    value = decodeString(toks[0]!.image);
  } else if (bytes) {
    const chunks = toks.map((t) => decodeString(t.image).value as Uint8Array);
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    value = { kind: "bytes", value: out };
  } else {
    let s = "";
    for (const t of toks) s += decodeString(t.image).value as string;
    value = { kind: "str", value: s };
  }
  return { _type: "Constant", value, kind, ...span };
}

function joinedRun(toks: PyToken[], kind: string | null, span: Span, host: StringHost): N.JoinedStr {
  const values: Expr[] = [];
  let literal: string | null = null;
  const flush = () => {
    if (literal !== null && literal !== "") values.push({ _type: "Constant", value: { kind: "str", value: literal }, kind, ...span });
    literal = null;
  };
  for (const t of toks) {
    const p = stringParts(t.image);
    if (!p.fstring) {
      literal = (literal ?? "") + (decodeString(t.image).value as string);
      continue;
    }
    const parsed = new Map<FStringField, Expr>();
    const pieces = splitFString(t, (field) => parsed.set(field, host.parseFStringExpression(tokenizeFStringExpression(field, host.filename), field)));
    const tokenSpan: Span = { lineno: t.line, col_offset: t.col, end_lineno: t.endLine, end_col_offset: t.endCol };
    for (const piece of pieces) {
      if (piece.kind === "literal") {
        literal = (literal ?? "") + piece.value;
        continue;
      }
      flush();
      values.push(formattedValue(piece, parsed, span, tokenSpan, kind));
    }
  }
  flush();
  return { _type: "JoinedStr", values, ...span };
}

function formattedValue(field: FStringField, parsed: Map<FStringField, Expr>, span: Span, tokenSpan: Span, kind: string | null): N.FormattedValue {
  return {
    _type: "FormattedValue",
    value: parsed.get(field)!,
    conversion: field.conversion,
    format_spec: field.formatSpec ? formatSpec(field.formatSpec, parsed, span, tokenSpan, kind) : null,
    ...span,
  };
}

/** A format spec: a JoinedStr spanning the f-string token it is written in (its parts span the
 *  whole run, like every other part). */
function formatSpec(pieces: FStringPiece[], parsed: Map<FStringField, Expr>, span: Span, tokenSpan: Span, kind: string | null): N.JoinedStr {
  const values: Expr[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    // CPython 3.11 gives a spec's trailing literal the token's span, other parts the run's
    const litSpan = i === pieces.length - 1 ? tokenSpan : span;
    if (piece.kind === "literal") values.push({ _type: "Constant", value: { kind: "str", value: piece.value }, kind, ...litSpan });
    else values.push(formattedValue(piece, parsed, span, tokenSpan, kind));
  }
  return { _type: "JoinedStr", values, ...tokenSpan };
}
