// dumpAst against ast.dump on the whole corpus, independent of pygil's parser: python3 hands
// over its own trees (as JSON in pygil's node shape) and pygil's dumper must print them exactly
// as the committed .dump/.dumpattrs files, which python3 made.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dumpAst } from "../src/parser/dump.js";
import { ROOT, corpusFiles, firstDifference, pythonTrees } from "./ast-helpers.js";

const files = corpusFiles();
const trees = pythonTrees(files);

describe("dumpAst on python3's trees", () => {
  it("has a corpus", () => {
    expect(files.length).toBeGreaterThan(200);
  });

  it.each(files)("%s", (file) => {
    const base = join(ROOT, file.slice(0, -3));
    const tree = trees[file]!;
    const plain = readFileSync(base + ".dump", "utf8").slice(0, -1);
    const attrs = readFileSync(base + ".dumpattrs", "utf8").slice(0, -1);
    expect(firstDifference(dumpAst(tree), plain)).toBe("");
    expect(firstDifference(dumpAst(tree, { includeAttributes: true }), attrs)).toBe("");
  });
});

// The expected texts below were printed by python3 (ast.dump of the same trees built with ast.*).
describe("dumpAst on hand-built trees", () => {
  const pos = { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 5 };
  it("omits None optional fields and end positions, keeps None list items", () => {
    const tree = {
      _type: "Module",
      type_ignores: [],
      body: [
        { _type: "Return", value: null, lineno: 1, col_offset: 0, end_lineno: null, end_col_offset: null },
        {
          _type: "Expr",
          ...pos,
          value: {
            _type: "Dict",
            ...pos,
            keys: [null],
            values: [{ _type: "Constant", value: { kind: "None" }, kind: null, ...pos }],
          },
        },
        {
          _type: "ImportFrom",
          ...pos,
          module: null,
          names: [{ _type: "alias", name: "x", asname: null, ...pos }],
          level: 2,
        },
      ],
    };
    expect(dumpAst(tree)).toBe(
      "Module(body=[Return(), Expr(value=Dict(keys=[None], values=[Constant(value=None)])), " +
        "ImportFrom(names=[alias(name='x')], level=2)], type_ignores=[])",
    );
    expect(dumpAst(tree, { includeAttributes: true })).toBe(
      "Module(body=[Return(lineno=1, col_offset=0), Expr(value=Dict(keys=[None], values=[Constant(value=None, " +
        "lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], lineno=1, col_offset=0, end_lineno=1, " +
        "end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), ImportFrom(names=[alias(" +
        "name='x', lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], level=2, lineno=1, col_offset=0, " +
        "end_lineno=1, end_col_offset=5)], type_ignores=[])",
    );
  });

  it("prints every constant kind", () => {
    const c = (value: object) => ({ _type: "Constant", value, kind: null, ...pos });
    const list = {
      _type: "List",
      ctx: { _type: "Load" },
      ...pos,
      elts: [
        c({ kind: "Ellipsis" }),
        c({ kind: "bool", value: true }),
        c({ kind: "int", value: 10n ** 30n }),
        c({ kind: "float", value: 1e16 }),
        c({ kind: "complex", real: 0, imag: -0 }),
        c({ kind: "str", value: "it's" }),
        c({ kind: "bytes", value: new Uint8Array([0, 39, 255]) }),
        { _type: "Constant", value: { kind: "str", value: "u" }, kind: "u", ...pos },
      ],
    };
    expect(dumpAst(list)).toBe(
      "List(elts=[Constant(value=Ellipsis), Constant(value=True), Constant(value=1000000000000000000000000000000), " +
        "Constant(value=1e+16), Constant(value=-0j), Constant(value=\"it's\"), Constant(value=b\"\\x00'\\xff\"), " +
        "Constant(value='u', kind='u')], ctx=Load())",
    );
  });

  it("survives a tree 100000 levels deep", () => {
    let node: object = { _type: "Name", id: "x", ctx: { _type: "Load" }, ...pos };
    const depth = 100000;
    for (let i = 0; i < depth; i++) node = { _type: "UnaryOp", op: { _type: "USub" }, operand: node, ...pos };
    const text = dumpAst(node);
    expect(text.length).toBe(depth * "UnaryOp(op=USub(), operand=)".length + "Name(id='x', ctx=Load())".length);
  });
});
