// Shared by the parser tests: python3's ast.parse (via scripts/py-ast-json.py) and pygil's
// parseModule, both as the same JSON-ish shape, so that trees compare structurally.
import { execFileSync } from "node:child_process";
import { parseModule } from "../src/parser/parse.js";
import { NODE_FIELDS } from "../src/parser/nodes.js";
import type { ConstantValue } from "../src/parser/constants.js";
import { PySyntaxError } from "../src/lexer/syntax-error.js";

export const ROOT = new URL("..", import.meta.url).pathname;

/** The error fields compared: CPython's SyntaxError attributes (text without its newline). */
export interface ErrorJson {
  kind: string;
  msg: string;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
}

export type Result = { error: ErrorJson } | Record<string, unknown>;

/** python3's result for each source, in one python3 run. */
export function pythonResults(sources: string[]): Result[] {
  const out = execFileSync("python3", ["scripts/py-ast-json.py", "--stdin"], {
    cwd: ROOT,
    input: JSON.stringify(sources),
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  const results = JSON.parse(out) as Result[];
  for (const r of results) if ("error" in r) delete (r.error as { text?: string }).text;
  return results;
}

/** python3's result for each file, in one python3 run. */
export function pythonFileResults(files: string[]): Record<string, Result> {
  const out = execFileSync("python3", ["scripts/py-ast-json.py", ...files], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 30 });
  const results = JSON.parse(out) as Record<string, Result>;
  for (const r of Object.values(results)) if ("error" in r) delete (r.error as { text?: string }).text;
  return results;
}

function floatJson(x: number): number | string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  return x;
}

function constantJson(v: ConstantValue): unknown {
  switch (v.kind) {
    case "int":
      return { kind: "int", value: v.value.toString() };
    case "float":
      return { kind: "float", value: floatJson(v.value) };
    case "complex":
      return { kind: "complex", real: floatJson(v.real), imag: floatJson(v.imag) };
    case "bytes":
      return { kind: "bytes", value: Buffer.from(v.value).toString("hex") };
    default:
      return v;
  }
}

const POSITIONS = ["lineno", "col_offset", "end_lineno", "end_col_offset"];

/** A pygil node tree in py-ast-json.py's shape. */
export function nodeJson(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(nodeJson);
  if (node === null || typeof node !== "object") return node ?? null;
  const obj = node as Record<string, unknown>;
  const type = obj._type as string;
  const info = NODE_FIELDS[type];
  if (!info) throw new Error(`not a node: ${JSON.stringify(node).slice(0, 200)}`);
  const out: Record<string, unknown> = { _type: type };
  for (const f of info.fields) {
    const v = obj[f];
    out[f] = f === "value" && (type === "Constant" || type === "MatchSingleton") ? constantJson(v as ConstantValue) : nodeJson(v);
  }
  if (info.positioned) for (const p of POSITIONS) out[p] = obj[p] ?? null;
  return out;
}

/** pygil's result for a source: its tree, or its syntax error. */
export function pygilResult(source: string, filename = "<unknown>"): Result {
  try {
    return nodeJson(parseModule(source, filename)) as Result;
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return {
      error: { kind: e.kind, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.endLineno, end_offset: e.endOffset },
    };
  }
}
