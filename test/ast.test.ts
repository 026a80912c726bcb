// pygil's parser against CPython's: every corpus file parsed by parseModule must dump exactly
// as python3's ast.dump printed it (test/ast-corpus/**/*.dump and .dumpattrs, made by
// scripts/gen-ast-expected.py). Sources are read the way the CLI reads a script.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseModule } from "../src/parser/parse.js";
import { dumpAst } from "../src/parser/dump.js";
import { ROOT, corpusFiles, firstDifference } from "./ast-helpers.js";

const files = corpusFiles();

describe("parseModule matches ast.parse on the corpus", () => {
  it.each(files)("%s", (file) => {
    const base = join(ROOT, file.slice(0, -3));
    const source = readFileSync(join(ROOT, file), "utf8");
    const tree = parseModule(source, file);
    expect(firstDifference(dumpAst(tree), readFileSync(base + ".dump", "utf8").slice(0, -1))).toBe("");
    expect(
      firstDifference(dumpAst(tree, { includeAttributes: true }), readFileSync(base + ".dumpattrs", "utf8").slice(0, -1)),
    ).toBe("");
  });
});
