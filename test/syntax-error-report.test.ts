// formatSyntaxError's layout against what python3 prints for the same SyntaxError fields
// (test/syntax-error-report-expected.json, made by scripts/gen-syntax-error-report-expected.py).
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { formatSyntaxError, formatSyntaxErrorFields, type SyntaxErrorFields } from "../src/parser/report.js";
import { PySyntaxError } from "../src/lexer/syntax-error.js";

const cases = JSON.parse(
  readFileSync(new URL("./syntax-error-report-expected.json", import.meta.url), "utf8"),
) as [SyntaxErrorFields, string][];

describe("syntax error report", () => {
  it("matches python3 on every recorded case", () => {
    const wrong: string[] = [];
    for (const [fields, want] of cases) {
      const got = formatSyntaxErrorFields(fields);
      if (got !== want) wrong.push(`${JSON.stringify(fields)}\n--- got\n${got}--- want\n${want}`);
    }
    expect(wrong.slice(0, 5).join("\n")).toBe("");
    expect(cases.length).toBeGreaterThan(1000);
  });

  it("formats a PySyntaxError as python3 prints the same fields", () => {
    let checked = 0;
    for (const [f, want] of cases) {
      if (f.offset === null || !["SyntaxError", "IndentationError", "TabError"].includes(f.kind)) continue;
      const kind = f.kind as "SyntaxError" | "IndentationError" | "TabError";
      const err = new PySyntaxError(kind, f.msg, f.filename, f.lineno, f.offset, f.text, f.endLineno, f.endOffset);
      expect(formatSyntaxError(err)).toBe(want);
      checked++;
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
