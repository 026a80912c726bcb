// Dev/test helper: the AST of a file as python3's own parser sees it, through
// scripts/ast-to-nodes-json.py, revived into the nodes.ts shape. Lets the compiler and VM be
// tested independently of pygil's parser.
import type * as ChildProcess from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Module } from "../parser/nodes.js";
import { lazyNode } from "../vm/node-lazy.js";

const childProcess = lazyNode<typeof ChildProcess>("node:child_process");

const SCRIPT = [new URL("../scripts/ast-to-nodes-json.py", import.meta.url), new URL("../../scripts/ast-to-nodes-json.py", import.meta.url)]
  .map((u) => fileURLToPath(u))
  .find((p) => existsSync(p)) ?? "scripts/ast-to-nodes-json.py";

export function parseWithPython(path: string, script = SCRIPT): Module {
  const json = childProcess().execFileSync("python3", [script, path], { encoding: "utf8", maxBuffer: 1 << 28 });
  return reviveAst(JSON.parse(json)) as Module;
}

const num = (v: number | string): number => (typeof v === "number" ? v : v === "inf" ? Infinity : v === "-inf" ? -Infinity : NaN);

/** Turns the JSON constants back into ConstantValues (bigint ints, Uint8Array bytes, inf/nan). */
export function reviveAst(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(reviveAst);
  if (node === null || typeof node !== "object") return node;
  const o = node as Record<string, unknown>;
  if (o._type === "Constant" || o._type === "MatchSingleton") {
    const c = o.value as Record<string, unknown>;
    if (c.kind === "int") o.value = { kind: "int", value: BigInt(c.value as string) };
    else if (c.kind === "float") o.value = { kind: "float", value: num(c.value as number) };
    else if (c.kind === "complex") o.value = { kind: "complex", real: num(c.real as number), imag: num(c.imag as number) };
    else if (c.kind === "bytes") o.value = { kind: "bytes", value: Uint8Array.from(c.value as number[]) };
  }
  for (const k of Object.keys(o)) {
    if (k !== "value" || (o._type !== "Constant" && o._type !== "MatchSingleton")) o[k] = reviveAst(o[k]);
  }
  return o;
}
