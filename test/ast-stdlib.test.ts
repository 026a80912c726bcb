// Real-world parity: 100 files picked deterministically from python3's own installed stdlib
// (read in place, never copied into the repository), dumped live by python3 and by pygil.
// At least 99 of the 100 must match, with and without positions; the rest are reported.
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseModule } from "../src/parser/parse.js";
import { dumpAst } from "../src/parser/dump.js";
import { ROOT, firstDifference } from "./ast-helpers.js";

interface Sample {
  root: string;
  files: Record<string, [string, string]>;
}

describe("parseModule on python3's stdlib", () => {
  it("matches ast.dump on at least 99 of 100 files", () => {
    const sample = JSON.parse(
      execFileSync("python3", ["scripts/gen-ast-expected.py", "--stdlib-sample", "100"], {
        cwd: ROOT,
        encoding: "utf8",
        maxBuffer: 1 << 30,
      }),
    ) as Sample;
    const differing: string[] = [];
    for (const [file, [plain, attrs]] of Object.entries(sample.files)) {
      let problem: string;
      try {
        const tree = parseModule(readFileSync(join(sample.root, file), "utf8"), file);
        problem = firstDifference(dumpAst(tree), plain) || firstDifference(dumpAst(tree, { includeAttributes: true }), attrs);
      } catch (e) {
        problem = `threw ${String(e).slice(0, 300)}`;
      }
      if (problem) differing.push(`${file}: ${problem}`);
    }
    expect(Object.keys(sample.files).length).toBe(100);
    if (differing.length > 0) console.log(`${differing.length} stdlib files differ:\n${differing.join("\n")}`);
    expect(differing.length, differing.join("\n")).toBeLessThanOrEqual(1);
  });
});
