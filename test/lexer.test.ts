// Differential tests of the lexer against CPython 3.11: token streams from python3's `tokenize`
// module and tokenizer errors from `python3 FILE`, all recorded by scripts/gen-lexer-expected.py.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tokenizeWithError } from "../src/lexer/lexer.js";
import { formatSyntaxError } from "../src/parser/report.js";

const CASES = join(__dirname, "lexer-cases");
const EXAMPLES = join(__dirname, "..", "examples");

function tokenLines(source: string): string[] {
  const { tokens, error, source: text } = tokenizeWithError(source, "case.py");
  if (error) throw error;
  return tokens.map((t) =>
    `${t.tokenType.name} ${t.line} ${t.col} ${t.endLine} ${t.endCol} ${JSON.stringify(text.slice(t.startOffset, t.endOffset! + 1))}`);
}

function expectedLines(tokensFile: string): string[] {
  return readFileSync(tokensFile, "utf8").split("\n").filter((l) => l !== "");
}

describe("token streams match python3's tokenize", () => {
  for (const file of readdirSync(CASES).filter((f) => f.endsWith(".py"))) {
    it(file, () => {
      const source = readFileSync(join(CASES, file), "utf8");
      expect(tokenLines(source)).toEqual(expectedLines(join(CASES, file.replace(/\.py$/, ".tokens"))));
    });
  }
  for (const file of readdirSync(EXAMPLES).filter((f) => f.endsWith(".py"))) {
    it(`examples/${file}`, () => {
      const source = readFileSync(join(EXAMPLES, file), "utf8");
      expect(tokenLines(source)).toEqual(expectedLines(join(CASES, "examples", file.replace(/\.py$/, ".tokens"))));
    });
  }
});

interface ExpectedError {
  kind: string | null;
  msg?: string;
  lineno?: number;
  offset?: number;
  end_lineno?: number;
  end_offset?: number;
  text?: string;
  stderr?: string;
}

describe("tokenizer errors match python3", () => {
  const sources: Record<string, string> = JSON.parse(readFileSync(join(CASES, "errors.json"), "utf8"));
  const expected: Record<string, ExpectedError> = JSON.parse(readFileSync(join(CASES, "errors.expected.json"), "utf8"));
  for (const [name, source] of Object.entries(sources)) {
    const want = expected[name]!;
    // No SyntaxError at all, or one the parser raises: the lexer must let the source through.
    const fromParser = want.kind === null || want.msg === "invalid syntax";
    it(name, () => {
      const { error } = tokenizeWithError(source, "case.py");
      if (fromParser) {
        expect(error).toBeNull();
        return;
      }
      expect(error).not.toBeNull();
      expect({
        kind: error!.kind, msg: error!.msg, lineno: error!.lineno, offset: error!.offset,
        end_lineno: error!.endLineno, end_offset: error!.endOffset, text: error!.text,
      }).toEqual({
        kind: want.kind, msg: want.msg, lineno: want.lineno, offset: want.offset,
        end_lineno: want.end_lineno, end_offset: want.end_offset, text: want.text,
      });
      // And the report a user sees is python3's, word for word.
      expect(formatSyntaxError(error!)).toBe(want.stderr);
    });
  }
});
