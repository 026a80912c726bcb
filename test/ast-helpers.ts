// Shared by the AST tests: the corpus files, python3's trees as pygil nodes, and a readable
// account of where two long dumps first differ.
import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

export const ROOT = new URL("..", import.meta.url).pathname;
export const CORPUS = join(ROOT, "test/ast-corpus");

/** Every .py under the corpus, as paths relative to the repository root, sorted. */
export function corpusFiles(dir = CORPUS): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...corpusFiles(path));
    else if (name.endsWith(".py")) out.push(relative(ROOT, path));
  }
  return out;
}

function pyFloat(text: string): number {
  if (text === "nan") return NaN;
  if (text === "inf") return Infinity;
  if (text === "-inf") return -Infinity;
  return Number(text);
}

/** Turns scripts/gen-ast-expected.py's JSON constants into src/parser/constants.ts values. */
function revive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (value === null || typeof value !== "object") return value;
  const obj = value as Record<string, unknown>;
  if (!("_type" in obj) && typeof obj.kind === "string") {
    switch (obj.kind) {
      case "int":
        return { kind: "int", value: BigInt(obj.value as string) };
      case "float":
        return { kind: "float", value: pyFloat(obj.value as string) };
      case "complex":
        return { kind: "complex", real: pyFloat(obj.real as string), imag: pyFloat(obj.imag as string) };
      case "bytes":
        return { kind: "bytes", value: Uint8Array.from(Buffer.from(obj.value as string, "hex")) };
      default:
        return obj;
    }
  }
  for (const key of Object.keys(obj)) obj[key] = revive(obj[key]);
  return obj;
}

/** python3's ast.parse of each file, as pygil node objects. */
export function pythonTrees(files: string[]): Record<string, object> {
  const json = execFileSync("python3", ["scripts/gen-ast-expected.py", "--json", ...files], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  return revive(JSON.parse(json)) as Record<string, object>;
}

/** "" when equal; otherwise where they part, with a little context from each. */
export function firstDifference(actual: string, expected: string): string {
  if (actual === expected) return "";
  let i = 0;
  while (i < actual.length && i < expected.length && actual[i] === expected[i]) i++;
  const from = Math.max(0, i - 120);
  return `differ at char ${i}:\n  got:  …${actual.slice(from, i + 120)}\n  want: …${expected.slice(from, i + 120)}`;
}
