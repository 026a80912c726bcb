// Cuts what is typed at the REPL into statements, the way CPython's interactive loop does:
// a simple statement runs when its line is complete (brackets closed, no trailing backslash,
// no open triple-quoted string); a compound statement (if, def, class, for, with, try, match,
// a decorator …) goes on with "... " until a blank line. Two things are better than CPython's,
// for pasted code: when a compound statement is complete and a line starts again at column 0
// (no blank line after a block), the block runs and the new line starts the next statement; and
// a blank line that pasted text continues with an indented line (a class with blank lines
// between its methods) stays inside the block.
import type { Module, Stmt } from "../parser/nodes.js";
import { PySyntaxError } from "../lexer/syntax-error.js";

export type Step =
  | { kind: "run"; source: string; tree: Module }
  | { kind: "error"; error: PySyntaxError };

const COMPOUND = new Set([
  "If", "While", "For", "AsyncFor", "Try", "TryStar", "With", "AsyncWith",
  "FunctionDef", "AsyncFunctionDef", "ClassDef", "Match",
]);
const COMPOUND_START = /^(if|while|for|try|with|def|class|async|match)\b|^@/;
/** Lines that continue a compound statement although they start at column 0. */
const CONTINUATION = /^(else|elif|except|finally)\b/;

const isBlank = (line: string) => line.trim() === "";

export class StatementReader {
  private lines: string[] = [];
  private compound = false;

  constructor(private readonly parse: (source: string) => Module) {}

  /** True while a statement is unfinished: the REPL shows sys.ps2 ("... "). */
  get pending(): boolean {
    return this.lines.length > 0;
  }

  reset(): void {
    this.lines = [];
    this.compound = false;
  }

  /** Takes one line (without its newline); returns what to run or report now. `next` is the
   *  line already waiting after it (pasted), if any. */
  push(line: string, next?: string): Step[] {
    const steps: Step[] = [];
    if (this.compound && !isBlank(line) && !/^\s/.test(line) && !CONTINUATION.test(line)) {
      // a line back at column 0 ends a finished block (pasted code)
      const before = this.source();
      const tree = this.tryParse(before);
      if (tree !== null) {
        steps.push({ kind: "run", source: before, tree });
        this.reset();
      }
    }
    if (this.compound && isBlank(line) && next !== undefined && /^\s+\S/.test(next)) {
      // pasted: the block goes on after its blank line
      this.lines.push(line);
      return steps;
    }
    steps.push(...this.add(line));
    return steps;
  }

  private source(): string {
    return this.lines.join("\n") + "\n";
  }

  private tryParse(source: string): Module | null {
    try {
      return this.parse(source);
    } catch (e) {
      if (e instanceof PySyntaxError) return null;
      throw e;
    }
  }

  private add(line: string): Step[] {
    if (this.lines.length === 0 && isBlank(line)) return [];
    this.lines.push(line);
    const source = this.source();
    const blank = isBlank(line);
    let tree: Module;
    try {
      tree = this.parse(source);
    } catch (e) {
      if (!(e instanceof PySyntaxError)) {
        this.reset();
        throw e;
      }
      if (this.incomplete(e, blank)) {
        if (this.lines.length === 1) this.compound = COMPOUND_START.test(line.trimStart());
        return [];
      }
      this.reset();
      return [{ kind: "error", error: e }];
    }
    const first: Stmt | undefined = tree.body[0];
    if (first === undefined) {
      // only comments
      this.reset();
      return [];
    }
    if (COMPOUND.has(first._type) && !blank) {
      this.compound = true;
      return [];
    }
    this.reset();
    return [{ kind: "run", source, tree }];
  }

  /** Whether the error only says that more lines are needed. */
  private incomplete(e: PySyntaxError, blankLine: boolean): boolean {
    const m = e.msg;
    // an open bracket, string or continuation line goes on, blank lines or not
    if (/was never closed$/.test(m) || m.startsWith("unterminated triple-quoted string") || m === "unexpected EOF while parsing") return true;
    if (blankLine) return false;
    const atEnd = e.lineno >= this.lines.length;
    if (e.kind === "IndentationError" && m.startsWith("expected an indented block") && atEnd) return true;
    if (m === "expected 'except' or 'finally' block" && atEnd) return true;
    // decorators: the decorated definition follows
    if (this.lines[0].trimStart().startsWith("@") && this.lines.every((l) => /^\s*(@|$|#)/.test(l))) return true;
    return false;
  }
}
