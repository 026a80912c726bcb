import type { Module } from "./nodes.js";

/** Parses a whole file (mode "exec") into an ast.Module; throws PySyntaxError. */
export function parseModule(_source: string, _filename: string): Module {
  throw new Error("parser not written yet");
}
