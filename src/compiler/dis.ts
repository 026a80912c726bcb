// The disassembler behind `pygil --dis FILE`: CPython's dis layout (line, offset, name,
// argument, argument meaning), code objects nested after their parent, and the exception table.
import type { PyValue } from "../objects/object.js";
import { repr } from "../objects/stringify.js";
import { addressOf } from "../objects/identity.js";
import { CodeObject } from "./code.js";
import { Op, OP_NAMES, JUMP_OPS, NO_ARG_OPS, baseOp } from "./opcodes.js";

const BINOPS = ["+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"];
const CMPOPS = ["<", "<=", "==", "!=", ">", ">="];
const CONVERSIONS = ["", "str", "repr", "ascii"];

function safeRepr(v: PyValue): string {
  if (v instanceof CodeObject) return `<code object ${v.name} at ${addressOf(v)}, file "${v.filename}", line ${v.firstlineno}>`;
  try {
    return repr(v);
  } catch {
    return "<?>";
  }
}

function argMeaning(code: CodeObject, op: Op, arg: number): string {
  switch (op) {
    case Op.LOAD_CONST:
      return safeRepr(code.consts[arg]);
    case Op.KW_NAMES:
      return safeRepr(code.consts[arg]);
    case Op.LOAD_FAST:
    case Op.STORE_FAST:
    case Op.DELETE_FAST:
      return code.varnames[arg];
    case Op.LOAD_DEREF:
    case Op.STORE_DEREF:
    case Op.DELETE_DEREF:
    case Op.LOAD_CLASSDEREF:
    case Op.LOAD_CLOSURE: {
      const i = arg - code.varnames.length;
      return i < code.cellvars.length ? code.cellvars[i] : code.freevars[i - code.cellvars.length];
    }
    case Op.LOAD_NAME:
    case Op.STORE_NAME:
    case Op.DELETE_NAME:
    case Op.LOAD_GLOBAL:
    case Op.STORE_GLOBAL:
    case Op.DELETE_GLOBAL:
    case Op.LOAD_ATTR:
    case Op.STORE_ATTR:
    case Op.DELETE_ATTR:
    case Op.LOAD_METHOD:
    case Op.IMPORT_NAME:
    case Op.IMPORT_FROM:
      return code.names[arg];
    case Op.BINARY_OP:
      return arg >= 13 ? BINOPS[arg - 13] + "=" : BINOPS[arg];
    case Op.COMPARE_OP:
      return CMPOPS[arg];
    case Op.FORMAT_VALUE: {
      const parts = [];
      if (arg & 3) parts.push(CONVERSIONS[arg & 3]);
      if (arg & 4) parts.push("with format");
      return parts.join(", ");
    }
    case Op.IS_OP:
      return arg ? "is not" : "is";
    case Op.CONTAINS_OP:
      return arg ? "not in" : "in";
    case Op.MAKE_FUNCTION: {
      const f = [];
      if (arg & 1) f.push("defaults");
      if (arg & 2) f.push("kwdefaults");
      if (arg & 4) f.push("annotations");
      if (arg & 8) f.push("closure");
      return f.join(", ");
    }
  }
  if (JUMP_OPS.has(op)) return `to ${arg * 2}`;
  return "";
}

/** The disassembly of one code object (without nested ones). */
export function disassembleOne(code: CodeObject): string {
  const lines: string[] = [];
  const n = code.instructionCount;
  const targets = new Set<number>();
  for (let i = 0; i < n; i++) if (JUMP_OPS.has(code.code[2 * i] as Op)) targets.add(code.code[2 * i + 1]);
  for (let k = 0; k < code.exceptionTable.length; k += 5) targets.add(code.exceptionTable[k + 2]);
  let lastLine = -1;
  for (let i = 0; i < n; i++) {
    const op = baseOp(code.code[2 * i] as Op);
    const arg = code.code[2 * i + 1];
    const line = code.positions[4 * i];
    let lineCol = "";
    if (line > 0 && line !== lastLine) {
      if (i > 0) lines.push("");
      lineCol = String(line);
      lastLine = line;
    }
    const marker = targets.has(i) ? ">>" : "  ";
    const name = OP_NAMES[op] ?? `<${op}>`;
    let text = `${lineCol.padStart(4)} ${marker} ${String(i * 2).padStart(6)} ${name}`;
    if (!NO_ARG_OPS.has(op)) {
      text = text.padEnd(4 + 1 + 2 + 1 + 6 + 1 + 28) + String(arg).padStart(3);
      const m = argMeaning(code, op, arg);
      if (m) text += ` (${m})`;
    }
    lines.push(text.trimEnd());
  }
  if (code.exceptionTable.length) {
    lines.push("ExceptionTable:");
    const t = code.exceptionTable;
    for (let k = 0; k < t.length; k += 5) {
      lines.push(`  ${t[k] * 2} to ${(t[k + 1] - 1) * 2} -> ${t[k + 2] * 2} [${t[k + 3]}]${t[k + 4] ? " lasti" : ""}`);
    }
  }
  return lines.join("\n") + "\n";
}

/** The disassembly of a module's code and every code object inside it. */
export function disassemble(code: CodeObject): string {
  let out = disassembleOne(code);
  for (const c of code.consts) {
    if (c instanceof CodeObject) {
      out += `\nDisassembly of ${safeRepr(c)}:\n` + disassemble(c);
    }
  }
  return out;
}
