// f-string splitting against CPython 3.11's ast (recorded by scripts/gen-lexer-expected.py in
// test/lexer-cases/fstrings.expected.json): literal pieces, conversions, format specs, the
// positions of each expression's first and last token, and the f-string error messages.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { splitFString, tokenizeFStringExpression, type FStringPiece } from "../src/lexer/fstring.js";
import { tokenize } from "../src/lexer/lexer.js";
import { decodeString, StringLiteralError, stringParts } from "../src/lexer/strings.js";
import { STRING, type PyToken } from "../src/lexer/tokens.js";

const CASES = join(__dirname, "lexer-cases");
const expected: Record<string, { pieces?: unknown[]; error?: string }> =
  JSON.parse(readFileSync(join(CASES, "fstrings.expected.json"), "utf8"));

/** The first and last token of the expression, without the parentheses CPython wraps it in
 *  (and without parentheses of its own that enclose it all, which its node does not cover). */
function expressionSpan(tokens: PyToken[]) {
  let body = tokens.slice(1, -2); // LPAR … RPAR NEWLINE
  while (body.length >= 2 && body[0]!.image === "(" && body[body.length - 1]!.image === ")" && closes(body)) body = body.slice(1, -1);
  const first = body[0]!;
  const last = body[body.length - 1]!;
  return { line: first.line, col: first.col, endLine: last.endLine, endCol: last.endCol };
}

function closes(body: PyToken[]): boolean {
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const t = body[i]!.image;
    if (t === "(" || t === "[" || t === "{") depth++;
    else if (t === ")" || t === "]" || t === "}") depth--;
    if (depth === 0 && i < body.length - 1) return false;
  }
  return true;
}

function describePieces(pieces: FStringPiece[]): unknown[] {
  return pieces.map((p) => {
    if (p.kind === "literal") return { literal: p.value };
    const d: Record<string, unknown> = {
      conversion: p.conversion, ...expressionSpan(tokenizeFStringExpression(p, "case.py")),
    };
    if (p.formatSpec) d.spec = describePieces(p.formatSpec);
    return d;
  });
}

/** The value of the run of STRING tokens in `source`, piece by piece, as a JoinedStr has it. */
function joinedPieces(source: string): unknown[] {
  const pieces: FStringPiece[] = [];
  for (const t of tokenize(source, "case.py").filter((t) => t.tokenType === STRING)) {
    if (stringParts(t.image).fstring) {
      for (const p of splitFString(t)) {
        const last = pieces[pieces.length - 1];
        if (p.kind === "literal" && last?.kind === "literal") last.value += p.value;
        else pieces.push(p);
      }
    } else {
      const v = decodeString(t.image);
      if (v.kind !== "str" || v.value === "") continue;
      const last = pieces[pieces.length - 1];
      if (last?.kind === "literal") last.value += v.value;
      else pieces.push({ kind: "literal", value: v.value });
    }
  }
  return describePieces(pieces);
}

describe("splitFString matches python3's JoinedStr", () => {
  for (const [source, want] of Object.entries(expected)) {
    // Errors inside an expression are the parser's, not ours.
    if (want.error?.includes("invalid syntax")) continue;
    it(JSON.stringify(source), () => {
      if (want.error !== undefined) {
        let err: unknown = null;
        try {
          joinedPieces(source);
        } catch (e) {
          err = e;
        }
        expect(err).toBeInstanceOf(StringLiteralError);
        expect((err as StringLiteralError).msg).toBe(want.error);
        return;
      }
      const strip = (pieces: unknown[]): unknown[] => pieces.map((p) => {
        const { expr: _expr, spec, ...rest } = p as Record<string, unknown>;
        return spec ? { ...rest, spec: strip(spec as unknown[]) } : rest;
      });
      expect(joinedPieces(source)).toEqual(strip(want.pieces!));
    });
  }
});
