// Code generation: AST (src/parser/nodes.ts) → CodeObjects. One Unit per code object (module,
// class body, function, lambda, comprehension). Control flow follows CPython 3.11's layout:
// zero-cost `try` through an exception table, `with` through BEFORE_WITH/WITH_EXCEPT_START,
// comprehensions as nested functions called with their first iterator.
import type * as N from "../parser/nodes.js";
import type { ConstantValue } from "../parser/constants.js";
import { ErrorReporter, ParserSyntaxError } from "../parser/syntax-errors.js";
import { PySyntaxError } from "../lexer/syntax-error.js";
import type { PyValue } from "../objects/object.js";
import { PyFloat } from "../objects/float.js";
import { PyComplex } from "../objects/complex.js";
import { PyBytes } from "../objects/bytes.js";
import { PyTuple } from "../objects/tuple.js";
import { None, Ellipsis } from "../objects/singletons.js";
import { normBig } from "../objects/int.js";
import { CodeObject, CO_GENERATOR, CO_NEWLOCALS, CO_OPTIMIZED, CO_VARARGS, CO_VARKEYWORDS, CO_NESTED, CO_COROUTINE, CO_ASYNC_GENERATOR } from "./code.js";
import { Op } from "./opcodes.js";
import { Scope, SymbolTable, Sym, mangle } from "./symtable.js";
import { assemble } from "./assemble.js";
import { unparse } from "./unparse.js";
import { desugarTryStar } from "./trystar.js";
import { exceptStarStartFn } from "../objects/exception-types.js";

export interface CompileOptions {
  /** "exec" (a module), "eval" (one expression), "single" (the REPL: expression values are printed). */
  mode?: "exec" | "eval" | "single";
  /** Receives the compiler's SyntaxWarnings ("is" with a literal …), one per occurrence as CPython. */
  onWarning?: (category: string, message: string, lineno: number) => void;
}

/** Compiles a parsed module into its code object. Throws PySyntaxError for compile-time errors. */
export function compileModule(mod: N.Module, filename: string, source: string, opts: CompileOptions = {}): CodeObject {
  const reporter = new ErrorReporter(source, filename);
  if (hasTryStar(mod.body)) desugarTryStar(mod, reporter);
  const st = new SymbolTable(mod, reporter);
  const c = new Compiler(st, filename, reporter, opts.mode ?? "exec");
  c.onWarning = opts.onWarning ?? null;
  return c.compileTop(mod);
}

/** Whether any try/except* appears (a cheap scan; the rewrite then walks the tree). */
function hasTryStar(body: N.Stmt[]): boolean {
  return JSON.stringify(body, (k, v) => (typeof v === "bigint" || v instanceof Uint8Array ? 0 : v)).includes('"TryStar"');
}

/** Compiles `eval` input: an expression whose value the code returns. */
export function compileExpression(expr: N.ExprNode, filename: string, source: string): CodeObject {
  const mod: N.Module = { _type: "Module", body: [{ _type: "Expr", value: expr, lineno: expr.lineno, col_offset: expr.col_offset, end_lineno: expr.end_lineno, end_col_offset: expr.end_col_offset }], type_ignores: [] };
  const reporter = new ErrorReporter(source, filename);
  const st = new SymbolTable(mod, reporter);
  const c = new Compiler(st, filename, reporter, "eval");
  return c.compileTop(mod);
}

export class Label {
  pos = -1;
}

export interface Handler {
  label: Label;
  /** Instruction index where the handler was set up (its stack depth is the handler's depth). */
  setupIndex: number;
  /** Added to that depth (a `with` handler sits below the value BEFORE_WITH pushed). */
  depthAdjust: number;
  lasti: boolean;
}

type FBlock =
  | { kind: "while"; cont: Label; brk: Label }
  | { kind: "for"; cont: Label; brk: Label }
  | { kind: "try_except"; handler: Handler }
  | { kind: "finally_try"; handler: Handler; body: N.Stmt[] }
  | { kind: "finally_end"; handler: Handler }
  | { kind: "with"; handler: Handler; node: N.Positioned; isAsync: boolean }
  | { kind: "handler_cleanup"; handler: Handler; name: string | null }
  | { kind: "pop_value" };

type Loc = N.Positioned;

/** The code being generated for one code object. */
export class Unit {
  readonly code: CodeObject;
  readonly instrs: number[] = [];
  readonly positions: number[] = [];
  readonly anchors: number[] = [];
  readonly instrHandler: (Handler | null)[] = [];
  readonly consts: PyValue[] = [];
  private readonly constKeys = new Map<string, number>();
  readonly names: string[] = [];
  private readonly nameIdx = new Map<string, number>();
  readonly varnames: string[] = [];
  private readonly varIdx = new Map<string, number>();
  cellvars: string[] = [];
  freevars: string[] = [];
  readonly handlers: Handler[] = [];
  readonly fblocks: FBlock[] = [];
  loc: Loc | null = null;
  /** Caret anchors for the next instructions: [kind (1 BinOp, 2 Subscript), a, b] (see CodeObject.anchors). */
  anchor: [number, number, number] | null = null;
  /** Jump instructions and their target labels (resolved by assemble). */
  readonly jumps: [number, Label][] = [];

  constructor(
    readonly scope: Scope,
    name: string,
    qualname: string,
    filename: string,
    firstlineno: number,
  ) {
    this.code = new CodeObject(name, qualname, filename);
    this.code.firstlineno = firstlineno;
  }

  addConst(v: PyValue, key?: string): number {
    if (key !== undefined) {
      const i = this.constKeys.get(key);
      if (i !== undefined) return i;
      this.constKeys.set(key, this.consts.length);
    }
    this.consts.push(v);
    return this.consts.length - 1;
  }

  addName(n: string): number {
    let i = this.nameIdx.get(n);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(n);
      this.nameIdx.set(n, i);
    }
    return i;
  }

  addVar(n: string): number {
    let i = this.varIdx.get(n);
    if (i === undefined) {
      i = this.varnames.length;
      this.varnames.push(n);
      this.varIdx.set(n, i);
    }
    return i;
  }

  varIndex(n: string): number {
    const i = this.varIdx.get(n);
    return i === undefined ? this.addVar(n) : i;
  }

  /** Slot of a cell or free variable in the frame's locals-plus array (after the fast locals). */
  derefIndex(n: string): number {
    let i = this.cellvars.indexOf(n);
    if (i >= 0) return -1 - i; // resolved to an absolute slot at assembly (varnames may still grow)
    i = this.freevars.indexOf(n);
    if (i >= 0) return -1 - (this.cellvars.length + i);
    throw new Error(`internal: no cell for ${n}`);
  }
}

const BINOP_CODE: Record<string, number> = {
  Add: 0, Sub: 1, Mult: 2, MatMult: 3, Div: 4, FloorDiv: 5, Mod: 6, Pow: 7, LShift: 8, RShift: 9, BitAnd: 10, BitOr: 11, BitXor: 12,
};
const CMP_CODE: Record<string, number> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };

/** Opcodes whose argument is a deref slot (encoded negative until assembly). */
export const DEREF_OPS = new Set<Op>([Op.LOAD_DEREF, Op.STORE_DEREF, Op.DELETE_DEREF, Op.LOAD_CLASSDEREF, Op.LOAD_CLOSURE]);

const FUTURE_FEATURES = new Set(["nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations"]);

class Compiler {
  private u!: Unit;
  private readonly stack: Unit[] = [];
  /** `from __future__ import annotations`: annotations are stored as strings (PEP 563). */
  private futureAnnotations = false;
  onWarning: ((category: string, message: string, lineno: number) => void) | null = null;

  private warn(message: string, node: Loc): void {
    // CPython warns at each occurrence, also twice for a finally body it compiles twice
    if (!this.onWarning) return;
    this.onWarning("SyntaxWarning", message, node.lineno);
  }

  constructor(
    private readonly st: SymbolTable,
    private readonly filename: string,
    private readonly reporter: ErrorReporter,
    private readonly mode: "exec" | "eval" | "single",
  ) {}

  private error(msg: string, node: Loc): never {
    throw compileError(this.reporter, msg, node);
  }

  // ---- units ----------------------------------------------------------------------------------

  private enter(scope: Scope, name: string, qualname: string, firstlineno: number): Unit {
    if (this.u) this.stack.push(this.u);
    const u = new Unit(scope, name, qualname, this.filename, firstlineno);
    u.cellvars = scope.cellvars();
    u.freevars = scope.freevars();
    this.u = u;
    return u;
  }

  private leave(): CodeObject {
    const u = this.u;
    const code = assemble(u);
    this.u = this.stack.pop()!;
    return code;
  }

  /** Checks the `from __future__ import …` statements at the top of a module. */
  private scanFuture(body: N.Stmt[]): void {
    let i = docstring(body) !== null ? 1 : 0;
    for (; i < body.length; i++) {
      const s = body[i];
      if (s._type !== "ImportFrom" || s.module !== "__future__" || (s.level ?? 0) !== 0) break;
      for (const a of s.names) {
        if (a.name === "braces") this.error("not a chance", a);
        if (!FUTURE_FEATURES.has(a.name)) this.error(`future feature ${a.name} is not defined`, a);
        if (a.name === "annotations") this.futureAnnotations = true;
      }
    }
    for (; i < body.length; i++) {
      const s = body[i];
      if (s._type === "ImportFrom" && s.module === "__future__" && (s.level ?? 0) === 0) {
        this.error("from __future__ imports must occur at the beginning of the file", s);
      }
    }
  }

  /** An annotation's value: the expression, or its source text under PEP 563. */
  private annotation(e: N.ExprNode): void {
    if (this.futureAnnotations) this.emit(Op.LOAD_CONST, this.constStr(unparse(e)));
    else this.expr(e);
  }

  compileTop(mod: N.Module): CodeObject {
    this.scanFuture(mod.body);
    const u = this.enter(this.st.top, "<module>", "<module>", 1);
    if (this.mode === "eval") {
      const e = (mod.body[0] as N.Expr).value;
      this.expr(e);
      this.emit(Op.RETURN_VALUE);
      return this.leave();
    }
    if (findAnnotations(mod.body)) this.emit(Op.SETUP_ANNOTATIONS);
    let body = mod.body;
    const doc = docstring(body);
    if (doc !== null && this.mode === "exec") {
      this.setLoc(body[0]);
      this.emit(Op.LOAD_CONST, this.constStr(doc));
      this.storeName("__doc__");
      body = body.slice(1);
    }
    for (const s of body) this.stmt(s);
    u.loc = null;
    this.emit(Op.LOAD_CONST, this.constNone());
    this.emit(Op.RETURN_VALUE);
    return this.leave();
  }

  // ---- emission -------------------------------------------------------------------------------

  private setLoc(n: Loc): void {
    this.u.loc = n;
    this.u.anchor = null;
  }

  emit(op: Op, arg = 0): number {
    const u = this.u;
    u.instrs.push(op, arg);
    const l = u.loc;
    if (l) u.positions.push(l.lineno, l.end_lineno ?? l.lineno, l.col_offset, l.end_col_offset ?? -1);
    else u.positions.push(-1, -1, -1, -1);
    if (u.anchor) u.anchors.push(u.anchor[0], u.anchor[1], u.anchor[2]);
    else u.anchors.push(0, -1, -1);
    u.instrHandler.push(u.handlers.length ? u.handlers[u.handlers.length - 1] : null);
    return (u.instrs.length >> 1) - 1;
  }

  private emitJump(op: Op, target: Label): void {
    const i = this.emit(op, 0);
    this.u.jumps.push([i, target]);
  }

  private bind(l: Label): void {
    l.pos = this.u.instrs.length >> 1;
  }

  private get nextIndex(): number {
    return this.u.instrs.length >> 1;
  }

  private pushHandler(label: Label, lasti: boolean, depthAdjust = 0): Handler {
    const h: Handler = { label, setupIndex: this.nextIndex, lasti, depthAdjust };
    this.u.handlers.push(h);
    return h;
  }

  private popHandler(): Handler {
    return this.u.handlers.pop()!;
  }

  // ---- constants ------------------------------------------------------------------------------

  private constNone(): number {
    return this.u.addConst(None, "None");
  }
  private constStr(s: string): number {
    return this.u.addConst(s, "s" + s);
  }
  private constInt(n: number): number {
    return this.u.addConst(n, "i" + n);
  }
  private constOf(v: ConstantValue): number {
    switch (v.kind) {
      case "None":
        return this.constNone();
      case "bool":
        return this.u.addConst(v.value, v.value ? "True" : "False");
      case "Ellipsis":
        return this.u.addConst(Ellipsis, "...");
      case "int":
        return this.u.addConst(normBig(v.value), "i" + v.value.toString());
      case "float":
        return this.u.addConst(new PyFloat(v.value), "f" + (Object.is(v.value, -0) ? "-0" : String(v.value)));
      case "complex":
        return this.u.addConst(new PyComplex(v.real, v.imag), `c${v.real},${v.imag}`);
      case "str":
        return this.constStr(v.value);
      case "bytes":
        return this.u.addConst(new PyBytes(v.value), "b" + Array.from(v.value).join(","));
    }
  }
  private constTuple(items: string[]): number {
    return this.u.addConst(new PyTuple(items), "t" + JSON.stringify(items));
  }

  // ---- names ----------------------------------------------------------------------------------

  private nameOp(name: string, ctx: "Load" | "Store" | "Del"): void {
    const u = this.u;
    if (name === ".eg_start") {
      this.emit(Op.LOAD_CONST, u.addConst(exceptStarStartFn));
      return;
    }
    const s = u.scope;
    const m = mangle(s, name);
    const sym = s.lookup(m);
    const isFn = s.isFunctionLike;
    let kind: "fast" | "deref" | "global" | "name";
    if (sym === Sym.FREE || sym === Sym.CELL) kind = "deref";
    else if (sym === Sym.LOCAL) kind = isFn ? "fast" : "name";
    else if (sym === Sym.GLOBAL_EXPLICIT) kind = "global";
    else kind = isFn ? "global" : "name";
    if (s.kind === "class" && s.classFreeThrough.has(m)) kind = "name";
    switch (kind) {
      case "fast": {
        const i = u.varIndex(m);
        this.emit(ctx === "Load" ? Op.LOAD_FAST : ctx === "Store" ? Op.STORE_FAST : Op.DELETE_FAST, i);
        return;
      }
      case "deref": {
        const i = u.derefIndex(m);
        if (ctx === "Load") this.emit(s.kind === "class" ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF, i);
        else this.emit(ctx === "Store" ? Op.STORE_DEREF : Op.DELETE_DEREF, i);
        return;
      }
      case "global":
        this.emit(ctx === "Load" ? Op.LOAD_GLOBAL : ctx === "Store" ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, u.addName(m));
        return;
      case "name":
        this.emit(ctx === "Load" ? Op.LOAD_NAME : ctx === "Store" ? Op.STORE_NAME : Op.DELETE_NAME, u.addName(m));
        return;
    }
  }

  private storeName(name: string): void {
    this.nameOp(name, "Store");
  }
  private loadName(name: string): void {
    this.nameOp(name, "Load");
  }

  // ---- statements -----------------------------------------------------------------------------

  private stmts(body: N.Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  private stmt(s: N.Stmt): void {
    this.setLoc(s);
    switch (s._type) {
      case "FunctionDef":
        return this.functionDef(s);
      case "AsyncFunctionDef":
        return this.functionDef(s);
      case "ClassDef":
        return this.classDef(s);
      case "Return":
        return this.returnStmt(s);
      case "Delete":
        for (const t of s.targets) this.deleteTarget(t);
        return;
      case "Assign": {
        // a, b = x, y: no tuple is built (values are swapped into place), as CPython does
        const t0 = s.targets[0];
        if (s.targets.length === 1 && (t0._type === "Tuple" || t0._type === "List") && s.value._type === "Tuple" && t0.elts.length === s.value.elts.length && (t0.elts.length === 2 || t0.elts.length === 3) && !t0.elts.some((e) => e._type === "Starred") && !s.value.elts.some((e) => e._type === "Starred")) {
          for (const v of s.value.elts) this.expr(v);
          this.setLoc(s);
          this.emit(Op.SWAP, t0.elts.length);
          for (const t of t0.elts) this.assignTarget(t);
          return;
        }
        this.expr(s.value);
        s.targets.forEach((t, i) => {
          if (i < s.targets.length - 1) this.emit(Op.COPY, 1);
          this.assignTarget(t);
        });
        return;
      }
      case "AugAssign":
        return this.augAssign(s);
      case "AnnAssign":
        return this.annAssign(s);
      case "For":
        return this.forStmt(s);
      case "AsyncFor":
        return this.asyncFor(s);
      case "While":
        return this.whileStmt(s);
      case "If":
        return this.ifStmt(s);
      case "With":
        return this.withStmt(s, 0);
      case "AsyncWith":
        return this.withStmt(s, 0);
      case "Match":
        return this.matchStmt(s);
      case "Raise":
        if ((s as { pygilReraise?: boolean }).pygilReraise && s.exc) {
          // except*'s leftover: re-raised with the traceback it has
          this.expr(s.exc);
          this.setLoc(s);
          this.emit(Op.RERAISE, 0);
          return;
        }
        if (s.exc) {
          this.expr(s.exc);
          if (s.cause) {
            this.expr(s.cause);
            this.setLoc(s);
            this.emit(Op.RAISE_VARARGS, 2);
          } else {
            this.setLoc(s);
            this.emit(Op.RAISE_VARARGS, 1);
          }
        } else this.emit(Op.RAISE_VARARGS, 0);
        return;
      case "Try":
        if (s.finalbody.length) return this.tryFinally(s);
        return this.tryExcept(s);
      case "TryStar":
        if (s.finalbody.length) return this.tryFinally(s);
        return this.tryExcept(s);
      case "Assert":
        return this.assertStmt(s);
      case "Import":
        return this.importStmt(s);
      case "ImportFrom":
        return this.importFrom(s);
      case "Global":
      case "Nonlocal":
      case "Pass":
        return;
      case "Expr":
        if (s.value._type === "Constant" && this.mode !== "single") return;
        this.expr(s.value);
        this.setLoc(s);
        this.emit(this.mode === "single" && this.u.scope.kind === "module" ? Op.PRINT_EXPR : Op.POP_TOP);
        return;
      case "Break":
        return this.breakStmt(s);
      case "Continue":
        return this.continueStmt(s);
    }
  }

  private returnStmt(s: N.Return): void {
    const scope = this.u.scope;
    if (scope.isCoroutine && scope.isGenerator && s.value) this.error("'return' with value in async generator", s);
    const preserve = s.value !== null && !(s.value._type === "Constant");
    if (s.value && preserve) this.expr(s.value);
    this.unwindAll(s, preserve);
    this.setLoc(s);
    if (!s.value) this.emit(Op.LOAD_CONST, this.constNone());
    else if (!preserve) this.expr(s.value);
    this.setLoc(s);
    this.emit(Op.RETURN_VALUE);
  }

  private breakStmt(s: N.Break): void {
    const loop = this.unwindToLoop(s, true);
    if (!loop) this.error("'break' outside loop", s);
  }

  private continueStmt(s: N.Continue): void {
    const loop = this.unwindToLoop(s, false);
    if (!loop) this.error("'continue' not properly in loop", s);
  }

  /** Emits the unwinding for break/continue and the jump; false when there is no loop. */
  private unwindToLoop(s: Loc, isBreak: boolean): boolean {
    const u = this.u;
    const saved = u.fblocks.slice();
    const savedHandlers = u.handlers.slice();
    let found = false;
    for (let i = u.fblocks.length - 1; i >= 0; i--) {
      const fb = u.fblocks[i];
      if (fb.kind === "while" || fb.kind === "for") {
        if (isBreak) {
          if (fb.kind === "for") this.emit(Op.END_FOR);
          this.emitJump(Op.JUMP, fb.brk);
        } else this.emitJump(Op.JUMP, fb.cont);
        found = true;
        break;
      }
      u.fblocks.length = i;
      this.unwindBlock(fb, false, s);
    }
    u.fblocks.length = 0;
    u.fblocks.push(...saved);
    u.handlers.length = 0;
    u.handlers.push(...savedHandlers);
    return found;
  }

  private unwindAll(s: Loc, preserveTos: boolean): void {
    const u = this.u;
    const saved = u.fblocks.slice();
    const savedHandlers = u.handlers.slice();
    for (let i = u.fblocks.length - 1; i >= 0; i--) {
      const fb = u.fblocks[i];
      u.fblocks.length = i;
      this.unwindBlock(fb, preserveTos, s);
    }
    u.fblocks.length = 0;
    u.fblocks.push(...saved);
    u.handlers.length = 0;
    u.handlers.push(...savedHandlers);
  }

  /** The code that leaves one block early (return/break/continue), as CPython unwinds it. */
  private unwindBlock(fb: FBlock, preserveTos: boolean, s: Loc): void {
    switch (fb.kind) {
      case "while":
        return;
      case "for":
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.END_FOR);
        return;
      case "try_except":
        this.removeHandler(fb.handler);
        return;
      case "finally_try":
        this.removeHandler(fb.handler);
        // the finally body runs here, inline
        if (preserveTos) this.u.fblocks.push({ kind: "pop_value" });
        this.stmts(fb.body);
        if (preserveTos) this.u.fblocks.pop();
        this.setLoc(s);
        return;
      case "finally_end":
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_TOP); // the exception
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.removeHandler(fb.handler);
        this.emit(Op.POP_EXCEPT);
        return;
      case "with":
        this.removeHandler(fb.handler);
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.setLoc(fb.node);
        this.callExitWithNones();
        if (fb.isAsync) {
          this.emit(Op.GET_AWAITABLE);
          this.await_();
        }
        this.emit(Op.POP_TOP);
        this.setLoc(s);
        return;
      case "handler_cleanup":
        this.removeHandler(fb.handler);
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_EXCEPT);
        if (fb.name !== null) {
          this.emit(Op.LOAD_CONST, this.constNone());
          this.storeName(fb.name);
          this.nameOp(fb.name, "Del");
        }
        return;
      case "pop_value":
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_TOP);
        return;
    }
  }

  /** Drops a handler from the active stack (and everything above it) for an early exit path. */
  private removeHandler(h: Handler): void {
    const i = this.u.handlers.lastIndexOf(h);
    if (i >= 0) this.u.handlers.length = i;
  }

  private callExitWithNones(): void {
    const none = this.constNone();
    this.emit(Op.LOAD_CONST, none);
    this.emit(Op.LOAD_CONST, none);
    this.emit(Op.LOAD_CONST, none);
    this.emit(Op.CALL, 2);
  }

  // -- definitions --

  private qualnameFor(name: string): string {
    const u = this.u;
    const s = u.scope;
    if (s.kind === "module") return name;
    const m = mangle(s, name);
    if (s.isFunctionLike && s.lookup(m) === Sym.GLOBAL_EXPLICIT) return name;
    if (s.kind === "class") return `${u.code.qualname}.${name}`;
    return `${u.code.qualname}.<locals>.${name}`;
  }

  private functionDef(s: N.FunctionDef | N.AsyncFunctionDef): void {
    for (const d of s.decorator_list) this.expr(d);
    this.setLoc(s);
    const scope = this.st.scopeOf(s);
    const qualname = this.qualnameFor(s.name);
    const flags = this.functionPrologue(s.args, s.returns);
    const firstLine = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
    const code = this.functionBody(scope, s.name, qualname, s.args, firstLine, () => {
      let body = s.body;
      const doc = docstring(body);
      this.u.code.doc = doc ?? None;
      if (doc !== null) body = body.slice(1);
      for (const st of body) this.stmt(st);
      this.u.loc = null;
      const last = s.body[s.body.length - 1];
      if (last._type !== "Return") {
        this.emit(Op.LOAD_CONST, this.constNone());
        this.emit(Op.RETURN_VALUE);
      }
    });
    this.makeFunction(code, flags, s);
    this.applyDecorators(s);
    this.storeName(s.name);
  }

  /** The decorator calls, innermost first; each is located at its decorator (as CPython
   * 3.11 reports a decorator that raises: the `@deco` line). */
  private applyDecorators(s: N.FunctionDef | N.AsyncFunctionDef | N.ClassDef): void {
    for (let i = s.decorator_list.length - 1; i >= 0; i--) {
      this.setLoc(s.decorator_list[i]);
      this.emit(Op.CALL, 0);
    }
    this.setLoc(s);
  }

  /** Defaults, keyword defaults and annotations for MAKE_FUNCTION; returns its flags. */
  private functionPrologue(a: N.arguments, returns: N.ExprNode | null): number {
    let flags = 0;
    if (a.defaults.length) {
      for (const d of a.defaults) this.expr(d);
      this.emit(Op.BUILD_TUPLE, a.defaults.length);
      flags |= 1;
    }
    const kwNames: string[] = [];
    a.kwonlyargs.forEach((arg, i) => {
      const d = a.kw_defaults[i];
      if (d) {
        kwNames.push(mangle(this.u.scope, arg.arg));
        this.expr(d);
      }
    });
    if (kwNames.length) {
      this.emit(Op.LOAD_CONST, this.constTuple(kwNames));
      this.emit(Op.BUILD_CONST_KEY_MAP, kwNames.length);
      flags |= 2;
    }
    const ann: [string, N.ExprNode][] = [];
    for (const p of [...a.posonlyargs, ...a.args]) if (p.annotation) ann.push([p.arg, p.annotation]);
    if (a.vararg?.annotation) ann.push([a.vararg.arg, a.vararg.annotation]);
    for (const p of a.kwonlyargs) if (p.annotation) ann.push([p.arg, p.annotation]);
    if (a.kwarg?.annotation) ann.push([a.kwarg.arg, a.kwarg.annotation]);
    if (returns) ann.push(["return", returns]);
    if (ann.length) {
      for (const [, e] of ann) this.annotation(e);
      this.emit(Op.LOAD_CONST, this.constTuple(ann.map(([n]) => mangle(this.u.scope, n))));
      this.emit(Op.BUILD_CONST_KEY_MAP, ann.length);
      flags |= 4;
    }
    return flags;
  }

  private functionBody(scope: Scope, name: string, qualname: string, a: N.arguments | null, firstLine: number, body: () => void): CodeObject {
    const u = this.enter(scope, name, qualname, firstLine);
    const code = u.code;
    if (a) {
      for (const p of a.posonlyargs) u.addVar(mangle(scope, p.arg));
      for (const p of a.args) u.addVar(mangle(scope, p.arg));
      for (const p of a.kwonlyargs) u.addVar(mangle(scope, p.arg));
      if (a.vararg) u.addVar(mangle(scope, a.vararg.arg));
      if (a.kwarg) u.addVar(mangle(scope, a.kwarg.arg));
      code.argcount = a.posonlyargs.length + a.args.length;
      code.posonlyargcount = a.posonlyargs.length;
      code.kwonlyargcount = a.kwonlyargs.length;
      if (a.vararg) code.flags |= CO_VARARGS;
      if (a.kwarg) code.flags |= CO_VARKEYWORDS;
    } else {
      // comprehension: the iterator argument
      u.addVar(".0");
      code.argcount = 1;
    }
    code.flags |= CO_OPTIMIZED | CO_NEWLOCALS;
    if (scope.isGenerator && scope.isCoroutine) code.flags |= CO_ASYNC_GENERATOR;
    else if (scope.isGenerator) code.flags |= CO_GENERATOR;
    else if (scope.isCoroutine) code.flags |= CO_COROUTINE;
    if (this.stack.length > 1) code.flags |= CO_NESTED;
    body();
    return this.leave();
  }

  /** Pushes the closure (if any) and the code, then MAKE_FUNCTION. */
  private makeFunction(code: CodeObject, flags: number, loc: Loc): void {
    if (code.freevars.length) {
      for (const fv of code.freevars) {
        // a class body passes through its own cell of the name (or __class__)
        this.emit(Op.LOAD_CLOSURE, this.closureSlot(fv));
      }
      this.emit(Op.BUILD_TUPLE, code.freevars.length);
      flags |= 8;
    }
    this.setLoc(loc);
    this.emit(Op.LOAD_CONST, this.u.addConst(code));
    this.emit(Op.MAKE_FUNCTION, flags);
  }

  private closureSlot(name: string): number {
    const u = this.u;
    if (u.cellvars.includes(name) || u.freevars.includes(name)) return u.derefIndex(name);
    throw new Error(`internal: ${name} is not a cell in ${u.code.qualname}`);
  }

  private classDef(s: N.ClassDef): void {
    for (const d of s.decorator_list) this.expr(d);
    this.setLoc(s);
    const scope = this.st.scopeOf(s);
    const qualname = this.qualnameFor(s.name);
    const firstLine = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
    const u = this.enter(scope, s.name, qualname, firstLine);
    u.loc = s;
    this.loadName("__name__");
    this.storeName("__module__");
    this.emit(Op.LOAD_CONST, this.constStr(qualname));
    this.storeName("__qualname__");
    let body = s.body;
    const doc = docstring(body);
    if (doc !== null) {
      this.setLoc(body[0]);
      this.emit(Op.LOAD_CONST, this.constStr(doc));
      this.storeName("__doc__");
      body = body.slice(1);
    }
    if (findAnnotations(s.body)) this.emit(Op.SETUP_ANNOTATIONS);
    this.stmts(body);
    u.loc = null;
    if (scope.needsClassClosure) {
      this.emit(Op.LOAD_CLOSURE, u.derefIndex("__class__"));
      this.emit(Op.COPY, 1);
      this.storeName("__classcell__");
    } else this.emit(Op.LOAD_CONST, this.constNone());
    this.emit(Op.RETURN_VALUE);
    const code = this.leave();
    this.setLoc(s);
    this.emit(Op.PUSH_NULL);
    this.emit(Op.LOAD_BUILD_CLASS);
    this.makeFunction(code, 0, s);
    this.emit(Op.LOAD_CONST, this.constStr(s.name));
    this.callHelper(2, s.bases, s.keywords, s);
    this.applyDecorators(s);
    this.storeName(s.name);
  }

  // -- assignment --

  private assignTarget(t: N.ExprNode): void {
    switch (t._type) {
      case "Name":
        this.setLoc(t);
        this.storeName(t.id);
        return;
      case "Attribute":
        this.expr(t.value);
        this.setLoc(t);
        this.emit(Op.STORE_ATTR, this.u.addName(mangle(this.u.scope, t.attr)));
        return;
      case "Subscript":
        this.expr(t.value);
        this.expr(t.slice);
        this.setLoc(t);
        this.u.anchor = subscriptAnchor(t);
        this.emit(Op.STORE_SUBSCR);
        return;
      case "Tuple":
      case "List":
        return this.unpackTargets(t.elts, t);
      case "Starred":
        this.error("starred assignment target must be in a list or tuple", t);
        return;
      default:
        this.error(`cannot assign to ${describeExpr(t)}`, t);
    }
  }

  private unpackTargets(elts: N.ExprNode[], node: Loc): void {
    const starIdx = elts.findIndex((e) => e._type === "Starred");
    this.setLoc(node);
    if (starIdx >= 0) {
      if (elts.slice(starIdx + 1).some((e) => e._type === "Starred")) this.error("multiple starred expressions in assignment", node);
      const before = starIdx, after = elts.length - starIdx - 1;
      if (before >= 256 || after >= 1 << 23) this.error("too many expressions in star-unpacking assignment", node);
      this.emit(Op.UNPACK_EX, before | (after << 8));
    } else this.emit(Op.UNPACK_SEQUENCE, elts.length);
    for (const e of elts) this.assignTarget(e._type === "Starred" ? e.value : e);
  }

  private deleteTarget(t: N.ExprNode): void {
    switch (t._type) {
      case "Name":
        this.setLoc(t);
        this.nameOp(t.id, "Del");
        return;
      case "Attribute":
        this.expr(t.value);
        this.setLoc(t);
        this.emit(Op.DELETE_ATTR, this.u.addName(mangle(this.u.scope, t.attr)));
        return;
      case "Subscript":
        this.expr(t.value);
        this.expr(t.slice);
        this.setLoc(t);
        this.u.anchor = subscriptAnchor(t);
        this.emit(Op.DELETE_SUBSCR);
        return;
      case "Tuple":
      case "List":
        for (const e of t.elts) this.deleteTarget(e);
        return;
      default:
        this.error(`cannot delete ${describeExpr(t)}`, t);
    }
  }

  private augAssign(s: N.AugAssign): void {
    const op = BINOP_CODE[s.op._type] + 13;
    const t = s.target;
    switch (t._type) {
      case "Name":
        this.setLoc(t);
        this.loadName(t.id);
        this.expr(s.value);
        this.setLoc(s);
        this.emit(Op.BINARY_OP, op);
        this.setLoc(t);
        this.storeName(t.id);
        return;
      case "Attribute": {
        const name = this.u.addName(mangle(this.u.scope, t.attr));
        this.expr(t.value);
        this.emit(Op.COPY, 1);
        this.setLoc(t);
        this.emit(Op.LOAD_ATTR, name);
        this.expr(s.value);
        this.setLoc(s);
        this.emit(Op.BINARY_OP, op);
        this.emit(Op.SWAP, 2);
        this.setLoc(t);
        this.emit(Op.STORE_ATTR, name);
        return;
      }
      case "Subscript":
        this.expr(t.value);
        this.expr(t.slice);
        this.emit(Op.COPY, 2);
        this.emit(Op.COPY, 2);
        this.setLoc(t);
        this.u.anchor = subscriptAnchor(t);
        this.emit(Op.BINARY_SUBSCR);
        this.expr(s.value);
        this.setLoc(s);
        this.emit(Op.BINARY_OP, op);
        this.emit(Op.SWAP, 3);
        this.emit(Op.SWAP, 2);
        this.setLoc(t);
        this.u.anchor = subscriptAnchor(t);
        this.emit(Op.STORE_SUBSCR);
        return;
      default:
        this.error(`'${describeExpr(t)}' is an illegal expression for augmented assignment`, t);
    }
  }

  private annAssign(s: N.AnnAssign): void {
    const t = s.target;
    if (s.value) {
      this.expr(s.value);
      this.assignTarget(t);
    }
    const scope = this.u.scope;
    if (t._type === "Name") {
      if (s.simple && !scope.isFunctionLike) {
        this.annotation(s.annotation);
        this.setLoc(s);
        this.loadName("__annotations__");
        this.emit(Op.LOAD_CONST, this.constStr(mangle(scope, t.id)));
        this.emit(Op.STORE_SUBSCR);
      }
    } else if (!scope.isFunctionLike) {
      // the target's parts are evaluated (for their errors), the annotation too
      if (!s.value) {
        if (t._type === "Attribute") {
          this.expr(t.value);
          this.emit(Op.POP_TOP);
        } else if (t._type === "Subscript") {
          this.expr(t.value);
          this.emit(Op.POP_TOP);
          this.expr(t.slice);
          this.emit(Op.POP_TOP);
        }
      }
      if (!this.futureAnnotations) {
        this.expr(s.annotation);
        this.emit(Op.POP_TOP);
      }
    }
  }

  // -- control flow --

  private ifStmt(s: N.If): void {
    const end = new Label();
    const orelse = s.orelse.length ? new Label() : end;
    this.jumpIf(s.test, orelse, false);
    this.stmts(s.body);
    if (s.orelse.length) {
      this.emitJump(Op.JUMP, end);
      this.bind(orelse);
      this.stmts(s.orelse);
    }
    this.bind(end);
  }

  private whileStmt(s: N.While): void {
    const top = new Label(), orelse = new Label(), end = new Label();
    this.bind(top);
    const alwaysTrue = s.test._type === "Constant" && constTruthy(s.test.value);
    if (!alwaysTrue) this.jumpIf(s.test, orelse, false);
    this.u.fblocks.push({ kind: "while", cont: top, brk: end });
    this.stmts(s.body);
    this.u.fblocks.pop();
    this.setLoc(s);
    this.emitJump(Op.JUMP, top);
    this.bind(orelse);
    this.stmts(s.orelse);
    this.bind(end);
  }

  private forStmt(s: N.For): void {
    const top = new Label(), cleanup = new Label(), end = new Label();
    this.expr(s.iter);
    this.setLoc(s.iter);
    this.emit(Op.GET_ITER);
    this.bind(top);
    this.setLoc(s);
    this.emitJump(Op.FOR_ITER, cleanup);
    this.assignTarget(s.target);
    this.u.fblocks.push({ kind: "for", cont: top, brk: end });
    this.stmts(s.body);
    this.u.fblocks.pop();
    this.setLoc(s);
    this.emitJump(Op.JUMP, top);
    this.bind(cleanup);
    this.stmts(s.orelse);
    this.bind(end);
  }

  /** Jumps to `target` when `e` is truthy (cond true) or falsy (cond false); falls through otherwise. */
  private jumpIf(e: N.ExprNode, target: Label, cond: boolean): void {
    if (e._type === "UnaryOp" && e.op._type === "Not") return this.jumpIf(e.operand, target, !cond);
    if (e._type === "BoolOp") {
      const isOr = e.op._type === "Or";
      if (isOr === cond) {
        // any operand decides the jump
        for (const v of e.values) this.jumpIf(v, target, cond);
      } else {
        const skip = new Label();
        for (let i = 0; i < e.values.length - 1; i++) this.jumpIf(e.values[i], skip, !cond);
        this.jumpIf(e.values[e.values.length - 1], target, cond);
        this.bind(skip);
      }
      return;
    }
    if (e._type === "IfExp") {
      const end = new Label(), next = new Label();
      this.jumpIf(e.test, next, false);
      this.jumpIf(e.body, target, cond);
      this.emitJump(Op.JUMP, end);
      this.bind(next);
      this.jumpIf(e.orelse, target, cond);
      this.bind(end);
      return;
    }
    if (e._type === "Compare" && e.ops.length === 1 && (e.ops[0]._type === "Is" || e.ops[0]._type === "IsNot") && e.comparators[0]._type === "Constant" && e.comparators[0].value.kind === "None") {
      this.expr(e.left);
      const isNone = (e.ops[0]._type === "Is") === cond;
      this.setLoc(e);
      this.emitJump(isNone ? Op.POP_JUMP_IF_NONE : Op.POP_JUMP_IF_NOT_NONE, target);
      return;
    }
    this.expr(e);
    this.emitJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, target);
  }

  // -- exceptions --

  private tryExcept(s: N.Try | N.TryStar): void {
    const u = this.u;
    const handlerLabel = new Label(), end = new Label(), cleanup = new Label();
    const h = this.pushHandler(handlerLabel, false);
    u.fblocks.push({ kind: "try_except", handler: h });
    this.stmts(s.body);
    u.fblocks.pop();
    this.popHandler();
    this.stmts(s.orelse);
    this.setLoc(s);
    this.emitJump(Op.JUMP, end);
    // exception handlers: [exc] on the stack
    this.bind(handlerLabel);
    const ch = this.pushHandler(cleanup, true);
    this.emit(Op.PUSH_EXC_INFO);
    s.handlers.forEach((hd, i) => {
      this.setLoc(hd);
      if (!hd.type && i < s.handlers.length - 1) this.error("default 'except:' must be last", hd);
      const next = new Label();
      if (hd.type) {
        this.expr(hd.type);
        this.setLoc(hd);
        this.emit(s._type === "TryStar" ? Op.CHECK_EG_MATCH : Op.CHECK_EXC_MATCH);
        this.emitJump(Op.POP_JUMP_IF_FALSE, next);
      }
      if (hd.name) {
        this.storeName(hd.name);
        const nameCleanup = new Label();
        this.pushHandler(nameCleanup, true);
        u.fblocks.push({ kind: "handler_cleanup", handler: ch, name: hd.name });
        this.stmts(hd.body);
        u.fblocks.pop();
        this.popHandler();
        this.setLoc(hd);
        this.emit(Op.POP_EXCEPT);
        this.emit(Op.LOAD_CONST, this.constNone());
        this.storeName(hd.name);
        this.nameOp(hd.name, "Del");
        this.emitJump(Op.JUMP, end);
        // an exception inside the handler body: unbind the name, re-raise
        this.bind(nameCleanup);
        u.loc = null;
        this.emit(Op.LOAD_CONST, this.constNone());
        this.storeName(hd.name);
        this.nameOp(hd.name, "Del");
        this.emit(Op.RERAISE, 1);
      } else {
        this.emit(Op.POP_TOP);
        u.fblocks.push({ kind: "handler_cleanup", handler: ch, name: null });
        this.stmts(hd.body);
        u.fblocks.pop();
        this.setLoc(hd);
        this.emit(Op.POP_EXCEPT);
        this.emitJump(Op.JUMP, end);
      }
      this.bind(next);
    });
    // no handler matched: re-raise (the exception is TOS, the previous one below)
    u.loc = null;
    this.emit(Op.RERAISE, 0);
    this.popHandler();
    this.bind(cleanup);
    this.emit(Op.COPY, 3);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.RERAISE, 1);
    this.bind(end);
  }

  private tryFinally(s: N.Try | N.TryStar): void {
    const u = this.u;
    const finallyExc = new Label(), end = new Label(), cleanup = new Label();
    const h = this.pushHandler(finallyExc, false);
    u.fblocks.push({ kind: "finally_try", handler: h, body: s.finalbody });
    if (s.handlers.length) this.tryExcept({ ...s, finalbody: [] } as N.Try);
    else this.stmts(s.body);
    u.fblocks.pop();
    this.popHandler();
    // normal exit: the finally body, inline
    this.stmts(s.finalbody);
    this.emitJump(Op.JUMP, end);
    // exceptional exit: [exc]
    this.bind(finallyExc);
    u.loc = null;
    const fh = this.pushHandler(cleanup, true);
    this.emit(Op.PUSH_EXC_INFO);
    u.fblocks.push({ kind: "finally_end", handler: fh });
    this.stmts(s.finalbody);
    u.fblocks.pop();
    u.loc = null;
    this.emit(Op.RERAISE, 0);
    this.popHandler();
    this.bind(cleanup);
    this.emit(Op.COPY, 3);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.RERAISE, 1);
    this.bind(end);
  }

  /** The loop of `await`/`yield from` after the awaitable is on the stack. */
  private await_(): void {
    this.emit(Op.LOAD_CONST, this.constNone());
    const send = new Label(), exit = new Label();
    this.bind(send);
    this.emitJump(Op.SEND, exit);
    this.emit(Op.YIELD_VALUE, 1);
    this.emitJump(Op.JUMP, send);
    this.bind(exit);
  }

  private asyncFor(s: N.AsyncFor): void {
    if (!this.u.scope.isCoroutine) this.error("'async for' outside async function", s);
    const u = this.u;
    const top = new Label(), handler = new Label(), end = new Label();
    this.expr(s.iter);
    this.setLoc(s.iter);
    this.emit(Op.GET_AITER);
    this.bind(top);
    this.setLoc(s);
    const h = this.pushHandler(handler, false);
    this.emit(Op.GET_ANEXT);
    this.await_();
    this.popHandler();
    void h;
    this.assignTarget(s.target);
    u.fblocks.push({ kind: "for", cont: top, brk: end });
    this.stmts(s.body);
    u.fblocks.pop();
    this.setLoc(s);
    this.emitJump(Op.JUMP, top);
    this.bind(handler);
    this.emit(Op.END_ASYNC_FOR);
    this.stmts(s.orelse);
    this.bind(end);
  }

  private withStmt(s: N.With | N.AsyncWith, item: number): void {
    const u = this.u;
    const isAsync = s._type === "AsyncWith";
    if (isAsync && !this.u.scope.isCoroutine) this.error("'async with' outside async function", s);
    const it = s.items[item];
    const excLabel = new Label(), end = new Label(), cleanup = new Label(), suppress = new Label();
    this.expr(it.context_expr);
    this.setLoc(s);
    if (isAsync) {
      this.emit(Op.BEFORE_ASYNC_WITH);
      this.emit(Op.GET_AWAITABLE);
      this.await_();
    } else this.emit(Op.BEFORE_WITH);
    const h = this.pushHandler(excLabel, true, -1);
    u.fblocks.push({ kind: "with", handler: h, node: s, isAsync });
    if (it.optional_vars) this.assignTarget(it.optional_vars);
    else this.emit(Op.POP_TOP);
    if (item + 1 < s.items.length) this.withStmt(s, item + 1);
    else this.stmts(s.body);
    u.fblocks.pop();
    this.popHandler();
    this.setLoc(s);
    this.callExitWithNones();
    if (isAsync) {
      this.emit(Op.GET_AWAITABLE);
      this.await_();
    }
    this.emit(Op.POP_TOP);
    this.emitJump(Op.JUMP, end);
    // exception in the body: [exit, lasti, exc]
    this.bind(excLabel);
    this.setLoc(s);
    this.pushHandler(cleanup, true);
    this.emit(Op.PUSH_EXC_INFO);
    this.emit(Op.WITH_EXCEPT_START);
    if (isAsync) {
      this.emit(Op.GET_AWAITABLE);
      this.await_();
    }
    this.emitJump(Op.POP_JUMP_IF_TRUE, suppress);
    this.emit(Op.RERAISE, 2);
    this.bind(suppress);
    this.emit(Op.POP_TOP);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.POP_TOP);
    this.emit(Op.POP_TOP);
    this.popHandler();
    this.emitJump(Op.JUMP, end);
    this.bind(cleanup);
    u.loc = null;
    this.emit(Op.COPY, 3);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.RERAISE, 1);
    this.bind(end);
  }

  /** The last Compare of an assert's test, through `not`, and/or and conditional expressions. */
  private assertRaiseLoc(e: N.ExprNode): N.ExprNode | null {
    switch (e._type) {
      case "Compare":
        return e;
      case "UnaryOp":
        return e.op._type === "Not" ? this.assertRaiseLoc(e.operand) : null;
      case "BoolOp":
        for (let i = e.values.length - 1; i >= 0; i--) {
          const r = this.assertRaiseLoc(e.values[i]);
          if (r) return r;
        }
        return null;
      case "IfExp":
        return this.assertRaiseLoc(e.orelse) ?? this.assertRaiseLoc(e.body) ?? this.assertRaiseLoc(e.test);
      default:
        return null;
    }
  }

  private assertStmt(s: N.Assert): void {
    if (s.test._type === "Tuple" && s.test.elts.length > 0) this.warn("assertion is always true, perhaps remove parentheses?", s);
    const ok = new Label();
    this.jumpIf(s.test, ok, true);
    // CPython 3.11 points the raise at the last comparison in the test, else at the statement
    const loc: N.ExprNode | N.Assert = this.assertRaiseLoc(s.test) ?? s;
    this.setLoc(loc);
    this.emit(Op.LOAD_ASSERTION_ERROR);
    if (s.msg) {
      this.expr(s.msg);
      this.setLoc(loc);
      this.emit(Op.CALL, 0);
    }
    this.emit(Op.RAISE_VARARGS, 1);
    this.bind(ok);
  }

  // -- imports --

  private importStmt(s: N.Import): void {
    for (const a of s.names) {
      this.setLoc(s);
      this.emit(Op.LOAD_CONST, this.constInt(0));
      this.emit(Op.LOAD_CONST, this.constNone());
      this.emit(Op.IMPORT_NAME, this.u.addName(a.name));
      if (a.asname) {
        const parts = a.name.split(".");
        if (parts.length > 1) {
          for (let i = 1; i < parts.length; i++) {
            this.emit(Op.IMPORT_FROM, this.u.addName(parts[i]));
            this.emit(Op.SWAP, 2);
            this.emit(Op.POP_TOP);
          }
        }
        this.storeName(a.asname);
      } else this.storeName(a.name.split(".")[0]);
    }
  }

  private importFrom(s: N.ImportFrom): void {
    const names = s.names.map((a) => a.name);
    this.emit(Op.LOAD_CONST, this.constInt(s.level ?? 0));
    this.emit(Op.LOAD_CONST, this.constTuple(names));
    this.emit(Op.IMPORT_NAME, this.u.addName(s.module ?? ""));
    if (names.length === 1 && names[0] === "*") {
      this.emit(Op.IMPORT_STAR);
      return;
    }
    for (const a of s.names) {
      this.emit(Op.IMPORT_FROM, this.u.addName(a.name));
      this.storeName(a.asname ?? a.name);
    }
    this.emit(Op.POP_TOP);
  }

  // -- match --

  private matchStmt(s: N.Match): void {
    const u = this.u;
    const end = new Label();
    this.expr(s.subject);
    s.cases.forEach((c) => {
      const next = new Label();
      this.setLoc(c.pattern);
      // irrefutable final wildcard needs no copy
      this.emit(Op.COPY, 1);
      const fail = new Label();
      this.pattern(c.pattern, fail);
      if (c.guard) {
        this.jumpIf(c.guard, next, false);
      }
      this.emit(Op.POP_TOP); // the subject
      this.stmts(c.body);
      this.emitJump(Op.JUMP, end);
      this.bind(fail);
      this.bind(next);
    });
    u.loc = null;
    this.emit(Op.POP_TOP);
    this.bind(end);
  }

  /** Matches the pattern against TOS; consumes it on both paths; jumps to fail on mismatch. */
  private pattern(p: N.Pattern, fail: Label): void {
    this.setLoc(p);
    switch (p._type) {
      case "MatchValue":
        this.expr(p.value);
        this.setLoc(p);
        this.emit(Op.COMPARE_OP, CMP_CODE.Eq);
        this.emitJump(Op.POP_JUMP_IF_FALSE, fail);
        return;
      case "MatchSingleton":
        this.emit(Op.LOAD_CONST, this.constOf(p.value));
        this.emit(Op.IS_OP, 0);
        this.emitJump(Op.POP_JUMP_IF_FALSE, fail);
        return;
      case "MatchAs":
        if (p.pattern) {
          if (p.name) this.emit(Op.COPY, 1);
          const f = p.name ? new Label() : fail;
          this.pattern(p.pattern, f);
          if (p.name) {
            this.storeName(p.name);
            const ok = new Label();
            this.emitJump(Op.JUMP, ok);
            this.bind(f);
            this.emit(Op.POP_TOP);
            this.emitJump(Op.JUMP, fail);
            this.bind(ok);
          }
          return;
        }
        if (p.name) this.storeName(p.name);
        else this.emit(Op.POP_TOP);
        return;
      case "MatchOr": {
        const ok = new Label();
        p.patterns.forEach((alt, i) => {
          if (i < p.patterns.length - 1) {
            const nextAlt = new Label();
            this.emit(Op.COPY, 1);
            this.pattern(alt, nextAlt);
            this.emit(Op.POP_TOP);
            this.emitJump(Op.JUMP, ok);
            this.bind(nextAlt);
          } else this.pattern(alt, fail);
        });
        this.bind(ok);
        return;
      }
      case "MatchSequence":
        return this.sequencePattern(p, fail);
      case "MatchMapping":
        return this.mappingPattern(p, fail);
      case "MatchClass":
        return this.classPattern(p, fail);
      case "MatchStar":
        this.error("can't use starred expression here", p);
    }
  }

  /** A label that pops n values and jumps to fail. */
  private failPop(n: number, fail: Label, after: (() => void)[]): Label {
    if (n === 0) return fail;
    const l = new Label();
    after.push(() => {
      this.bind(l);
      for (let i = 0; i < n; i++) this.emit(Op.POP_TOP);
      this.emitJump(Op.JUMP, fail);
    });
    return l;
  }

  private flushFails(after: (() => void)[]): void {
    if (!after.length) return;
    const ok = new Label();
    this.emitJump(Op.JUMP, ok);
    for (const f of after) f();
    this.bind(ok);
  }

  private sequencePattern(p: N.MatchSequence, fail: Label): void {
    const after: (() => void)[] = [];
    const pats = p.patterns;
    const star = pats.findIndex((x) => x._type === "MatchStar");
    const fail1 = this.failPop(1, fail, after);
    this.emit(Op.MATCH_SEQUENCE);
    this.emitJump(Op.POP_JUMP_IF_FALSE, fail1);
    this.emit(Op.GET_LEN);
    if (star < 0) {
      this.emit(Op.LOAD_CONST, this.constInt(pats.length));
      this.emit(Op.COMPARE_OP, CMP_CODE.Eq);
    } else {
      this.emit(Op.LOAD_CONST, this.constInt(pats.length - 1));
      this.emit(Op.COMPARE_OP, CMP_CODE.GtE);
    }
    this.emitJump(Op.POP_JUMP_IF_FALSE, fail1);
    if (star < 0) this.emit(Op.UNPACK_SEQUENCE, pats.length);
    else this.emit(Op.UNPACK_EX, star | ((pats.length - star - 1) << 8));
    pats.forEach((sub, i) => {
      const remaining = pats.length - 1 - i;
      const f = this.failPop(remaining, fail, after);
      if (sub._type === "MatchStar") {
        if (sub.name) this.storeName(sub.name);
        else this.emit(Op.POP_TOP);
      } else this.pattern(sub, f);
    });
    this.flushFails(after);
  }

  private mappingPattern(p: N.MatchMapping, fail: Label): void {
    const after: (() => void)[] = [];
    const fail1 = this.failPop(1, fail, after);
    this.emit(Op.MATCH_MAPPING);
    this.emitJump(Op.POP_JUMP_IF_FALSE, fail1);
    const n = p.keys.length;
    if (n) {
      this.emit(Op.GET_LEN);
      this.emit(Op.LOAD_CONST, this.constInt(n));
      this.emit(Op.COMPARE_OP, CMP_CODE.GtE);
      this.emitJump(Op.POP_JUMP_IF_FALSE, fail1);
    }
    for (const k of p.keys) this.expr(k);
    this.setLoc(p);
    this.emit(Op.BUILD_TUPLE, n);
    this.emit(Op.MATCH_KEYS); // [subj, keys, values|None]
    const fail3 = this.failPop(3, fail, after);
    this.emit(Op.COPY, 1);
    this.emitJump(Op.POP_JUMP_IF_NONE, fail3);
    this.emit(Op.UNPACK_SEQUENCE, n);
    p.patterns.forEach((sub, i) => {
      this.pattern(sub, this.failPop(n - 1 - i + 2, fail, after));
    });
    if (p.rest) {
      this.emit(Op.COPY_DICT_WITHOUT_KEYS); // [subj, rest]
      this.storeName(p.rest);
      this.emit(Op.POP_TOP);
    } else {
      this.emit(Op.POP_TOP);
      this.emit(Op.POP_TOP);
    }
    this.flushFails(after);
  }

  private classPattern(p: N.MatchClass, fail: Label): void {
    const after: (() => void)[] = [];
    this.expr(p.cls);
    this.setLoc(p);
    this.emit(Op.LOAD_CONST, this.constTuple(p.kwd_attrs));
    this.emit(Op.MATCH_CLASS, p.patterns.length); // [result tuple | None]
    const fail1 = this.failPop(1, fail, after);
    this.emit(Op.COPY, 1);
    this.emitJump(Op.POP_JUMP_IF_NONE, fail1);
    const subs = [...p.patterns, ...p.kwd_patterns];
    this.emit(Op.UNPACK_SEQUENCE, subs.length);
    subs.forEach((sub, i) => this.pattern(sub, this.failPop(subs.length - 1 - i, fail, after)));
    this.flushFails(after);
  }

  // ---- expressions ----------------------------------------------------------------------------

  private expr(e: N.ExprNode): void {
    const u = this.u;
    const savedLoc = u.loc, savedAnchor = u.anchor;
    u.loc = e;
    u.anchor = null;
    this.exprInner(e);
    u.loc = savedLoc;
    u.anchor = savedAnchor;
  }

  private exprInner(e: N.ExprNode): void {
    const u = this.u;
    switch (e._type) {
      case "Constant":
        this.emit(Op.LOAD_CONST, this.constOf(e.value));
        return;
      case "Name":
        this.nameOp(e.id, e.ctx._type === "Del" ? "Del" : e.ctx._type === "Store" ? "Store" : "Load");
        return;
      case "BinOp":
        this.expr(e.left);
        this.expr(e.right);
        u.loc = e;
        u.anchor = [1, e.left.end_col_offset ?? -1, e.right.col_offset];
        this.emit(Op.BINARY_OP, BINOP_CODE[e.op._type]);
        return;
      case "UnaryOp":
        this.expr(e.operand);
        u.loc = e;
        this.emit(e.op._type === "USub" ? Op.UNARY_NEGATIVE : e.op._type === "UAdd" ? Op.UNARY_POSITIVE : e.op._type === "Invert" ? Op.UNARY_INVERT : Op.UNARY_NOT);
        return;
      case "BoolOp": {
        const end = new Label();
        const op = e.op._type === "And" ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
        e.values.forEach((v, i) => {
          this.expr(v);
          if (i < e.values.length - 1) {
            u.loc = e;
            this.emitJump(op, end);
          }
        });
        this.bind(end);
        return;
      }
      case "Compare":
        return this.compare(e);
      case "IfExp": {
        const end = new Label(), orelse = new Label();
        this.jumpIf(e.test, orelse, false);
        this.expr(e.body);
        this.emitJump(Op.JUMP, end);
        this.bind(orelse);
        this.expr(e.orelse);
        this.bind(end);
        return;
      }
      case "NamedExpr":
        this.expr(e.value);
        u.loc = e;
        this.emit(Op.COPY, 1);
        this.assignTarget(e.target);
        return;
      case "Call":
        return this.call(e);
      case "Attribute":
        this.expr(e.value);
        u.loc = e;
        this.emit(e.ctx._type === "Del" ? Op.DELETE_ATTR : Op.LOAD_ATTR, u.addName(mangle(u.scope, e.attr)));
        return;
      case "Subscript":
        this.checkSubscript(e);
        this.expr(e.value);
        this.expr(e.slice);
        u.loc = e;
        u.anchor = subscriptAnchor(e);
        this.emit(Op.BINARY_SUBSCR);
        return;
      case "Slice": {
        const parts = [e.lower, e.upper, e.step];
        const n = e.step ? 3 : 2;
        for (let i = 0; i < n; i++) {
          const p = parts[i];
          if (p) this.expr(p);
          else this.emit(Op.LOAD_CONST, this.constNone());
        }
        this.emit(Op.BUILD_SLICE, n);
        return;
      }
      case "Tuple":
        return this.sequence(e.elts, Op.BUILD_TUPLE, e);
      case "List":
        return this.sequence(e.elts, Op.BUILD_LIST, e);
      case "Set":
        return this.sequence(e.elts, Op.BUILD_SET, e);
      case "Dict":
        return this.dict(e);
      case "JoinedStr":
        return this.joinedStr(e);
      case "FormattedValue":
        return this.formattedValue(e);
      case "Lambda": {
        const scope = this.st.scopeOf(e);
        const qualname = this.qualnameFor("<lambda>");
        const flags = this.functionPrologue(e.args, null);
        const code = this.functionBody(scope, "<lambda>", qualname, e.args, e.lineno, () => {
          this.u.code.doc = None;
          this.expr(e.body);
          this.u.loc = e.body;
          this.emit(Op.RETURN_VALUE);
        });
        this.makeFunction(code, flags & ~4, e);
        return;
      }
      case "ListComp":
      case "SetComp":
      case "DictComp":
      case "GeneratorExp":
        return this.comprehension(e);
      case "Yield":
        if (e.value) this.expr(e.value);
        else this.emit(Op.LOAD_CONST, this.constNone());
        u.loc = e;
        this.emit(Op.YIELD_VALUE);
        return;
      case "YieldFrom": {
        this.expr(e.value);
        u.loc = e;
        this.emit(Op.GET_YIELD_FROM_ITER);
        this.emit(Op.LOAD_CONST, this.constNone());
        const send = new Label(), exit = new Label();
        this.bind(send);
        this.emitJump(Op.SEND, exit);
        this.emit(Op.YIELD_VALUE, 1);
        this.emitJump(Op.JUMP, send);
        this.bind(exit);
        return;
      }
      case "Await":
        if (!this.u.scope.isCoroutine) this.error("'await' outside async function", e);
        this.expr(e.value);
        u.loc = e;
        this.emit(Op.GET_AWAITABLE);
        this.await_();
        return;
      case "Starred":
        this.error("can't use starred expression here", e);
        return;
    }
  }

  /** CPython's SyntaxWarnings for subscripting a literal: None[0], "abc"[1.0], [1]["x"] ... */
  private checkSubscript(e: N.Subscript): void {
    const container = literalTypeName(e.value);
    if (container === null) return;
    if (["NoneType", "int", "float", "complex", "bool", "ellipsis", "set", "generator", "function"].includes(container)) {
      this.warn(`'${container}' object is not subscriptable; perhaps you missed a comma?`, e);
    } else if (["str", "bytes", "tuple", "list"].includes(container) && e.slice._type !== "Slice") {
      const index = literalTypeName(e.slice);
      if (index !== null && index !== "int" && index !== "bool") {
        this.warn(`${container} indices must be integers or slices, not ${index}; perhaps you missed a comma?`, e);
      }
    }
  }

  private compare(e: N.Compare): void {
    const u = this.u;
    // "is" with a literal: CPython warns (the result depends on object identity)
    let left: N.ExprNode = e.left;
    e.ops.forEach((op, i) => {
      const right = e.comparators[i];
      if ((op._type === "Is" || op._type === "IsNot") && (isLiteral(left) || isLiteral(right))) {
        this.warn(op._type === "Is" ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?', e);
      }
      left = right;
    });
    this.expr(e.left);
    const n = e.ops.length;
    if (n === 1) {
      this.expr(e.comparators[0]);
      u.loc = e;
      this.compareOp(e.ops[0]);
      return;
    }
    const cleanup = new Label(), end = new Label();
    for (let i = 0; i < n - 1; i++) {
      this.expr(e.comparators[i]);
      u.loc = e;
      this.emit(Op.SWAP, 2);
      this.emit(Op.COPY, 2);
      this.compareOp(e.ops[i]);
      this.emitJump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
    }
    this.expr(e.comparators[n - 1]);
    u.loc = e;
    this.compareOp(e.ops[n - 1]);
    this.emitJump(Op.JUMP, end);
    this.bind(cleanup);
    this.emit(Op.SWAP, 2);
    this.emit(Op.POP_TOP);
    this.bind(end);
  }

  private compareOp(op: N.CmpOp): void {
    switch (op._type) {
      case "Is":
        this.emit(Op.IS_OP, 0);
        return;
      case "IsNot":
        this.emit(Op.IS_OP, 1);
        return;
      case "In":
        this.emit(Op.CONTAINS_OP, 0);
        return;
      case "NotIn":
        this.emit(Op.CONTAINS_OP, 1);
        return;
      default:
        this.emit(Op.COMPARE_OP, CMP_CODE[op._type]);
    }
  }

  /** Builds a tuple/list/set, with *unpacking where present. */
  private sequence(elts: N.ExprNode[], build: Op, node: Loc): void {
    const u = this.u;
    if (!elts.some((x) => x._type === "Starred")) {
      for (const x of elts) this.expr(x);
      u.loc = node;
      this.emit(build, elts.length);
      return;
    }
    // collect into a list (a set for sets), then convert
    const isSet = build === Op.BUILD_SET;
    let pending = 0;
    let started = false;
    for (const x of elts) {
      if (x._type === "Starred") {
        if (!started) {
          u.loc = node;
          this.emit(isSet ? Op.BUILD_SET : Op.BUILD_LIST, pending);
          started = true;
        } else if (pending) {
          this.emit(isSet ? Op.BUILD_SET : Op.BUILD_LIST, pending);
          this.emit(isSet ? Op.SET_UPDATE : Op.LIST_EXTEND, 1);
        }
        pending = 0;
        this.expr(x.value);
        u.loc = node;
        this.emit(isSet ? Op.SET_UPDATE : Op.LIST_EXTEND, 1);
      } else {
        this.expr(x);
        pending++;
      }
    }
    if (pending) {
      u.loc = node;
      this.emit(isSet ? Op.BUILD_SET : Op.BUILD_LIST, pending);
      this.emit(isSet ? Op.SET_UPDATE : Op.LIST_EXTEND, 1);
    }
    if (build === Op.BUILD_TUPLE) this.emit(Op.LIST_TO_TUPLE);
  }

  private dict(e: N.Dict): void {
    const u = this.u;
    let pending = 0;
    let started = false;
    const n = e.keys.length;
    for (let i = 0; i < n; i++) {
      const k = e.keys[i];
      if (k === null) {
        if (!started || pending) {
          u.loc = e;
          this.emit(Op.BUILD_MAP, pending);
          if (started) this.emit(Op.DICT_UPDATE, 1);
          started = true;
        }
        pending = 0;
        this.expr(e.values[i]);
        u.loc = e;
        this.emit(Op.DICT_UPDATE, 1);
      } else {
        this.expr(k);
        this.expr(e.values[i]);
        pending++;
      }
    }
    if (!started || pending) {
      u.loc = e;
      this.emit(Op.BUILD_MAP, pending);
      if (started) this.emit(Op.DICT_UPDATE, 1);
    }
  }

  private joinedStr(e: N.JoinedStr): void {
    const u = this.u;
    if (e.values.length === 0) {
      this.emit(Op.LOAD_CONST, this.constStr(""));
      return;
    }
    for (const v of e.values) this.expr(v);
    u.loc = e;
    if (e.values.length > 1 || e.values[0]._type !== "FormattedValue") {
      if (e.values.length > 1) this.emit(Op.BUILD_STRING, e.values.length);
    }
  }

  private formattedValue(e: N.FormattedValue): void {
    this.expr(e.value);
    let flags = 0;
    if (e.conversion === 115) flags = 1;
    else if (e.conversion === 114) flags = 2;
    else if (e.conversion === 97) flags = 3;
    if (e.format_spec) {
      this.expr(e.format_spec);
      flags |= 4;
    }
    this.u.loc = e;
    this.emit(Op.FORMAT_VALUE, flags);
  }

  private call(e: N.Call): void {
    const u = this.u;
    const what = notCallableLiteral(e.func);
    if (what !== null) this.warn(`'${what}' object is not callable; perhaps you missed a comma?`, e);
    const hasStar = e.args.some((a) => a._type === "Starred") || e.keywords.some((k) => k.arg === null);
    if (e.func._type === "Attribute" && !hasStar) {
      this.expr(e.func.value);
      u.loc = e.func;
      this.emit(Op.LOAD_METHOD, u.addName(mangle(u.scope, e.func.attr)));
      this.callHelper(0, e.args, e.keywords, e);
      return;
    }
    this.emit(Op.PUSH_NULL);
    this.expr(e.func);
    this.callHelper(0, e.args, e.keywords, e);
  }

  /** Arguments and the CALL (or CALL_FUNCTION_EX); `pushed` arguments are already on the stack. */
  private callHelper(pushed: number, args: N.ExprNode[], keywords: N.keyword[], node: Loc): void {
    const u = this.u;
    const hasStar = args.some((a) => a._type === "Starred") || keywords.some((k) => k.arg === null);
    const seen = new Set<string>();
    for (const k of keywords) {
      if (k.arg !== null) {
        if (seen.has(k.arg)) this.error(`keyword argument repeated: ${k.arg}`, k);
        seen.add(k.arg);
      }
    }
    if (!hasStar) {
      for (const a of args) this.expr(a);
      for (const k of keywords) this.expr(k.value);
      u.loc = node;
      if (keywords.length) this.emit(Op.KW_NAMES, this.constTuple(keywords.map((k) => k.arg!)));
      this.emit(Op.CALL, pushed + args.length + keywords.length);
      return;
    }
    // positional part → a tuple
    u.loc = node;
    if (pushed) this.emit(Op.BUILD_LIST, pushed);
    else this.emit(Op.BUILD_LIST, 0);
    let pending = 0;
    for (const a of args) {
      if (a._type === "Starred") {
        if (pending) {
          this.emit(Op.BUILD_LIST, pending);
          this.emit(Op.LIST_EXTEND, 1);
          pending = 0;
        }
        this.expr(a.value);
        u.loc = node;
        this.emit(Op.LIST_EXTEND, 1);
      } else {
        this.expr(a);
        u.loc = node;
        this.emit(Op.LIST_APPEND, 1);
      }
    }
    this.emit(Op.LIST_TO_TUPLE);
    if (keywords.length) {
      this.emit(Op.BUILD_MAP, 0);
      for (const k of keywords) {
        if (k.arg === null) {
          this.expr(k.value);
          u.loc = node;
          this.emit(Op.DICT_MERGE, 1);
        } else {
          this.emit(Op.LOAD_CONST, this.constStr(k.arg));
          this.expr(k.value);
          u.loc = node;
          this.emit(Op.MAP_ADD, 1);
        }
      }
      this.emit(Op.CALL_FUNCTION_EX, 1);
    } else this.emit(Op.CALL_FUNCTION_EX, 0);
  }

  private comprehension(e: N.ListComp | N.SetComp | N.DictComp | N.GeneratorExp): void {
    const scope = this.st.scopeOf(e);
    const name = scope.name;
    const qualname = this.qualnameFor(name);
    const gens = e.generators;
    // async for or await inside: a coroutine, awaited here (a genexpr: an async generator)
    const awaited = scope.isCoroutine && e._type !== "GeneratorExp";
    if (awaited && !this.u.scope.isCoroutine) this.error("asynchronous comprehension outside of an asynchronous function", e);
    const code = this.functionBody(scope, name, qualname, null, e.lineno, () => {
      const u = this.u;
      u.loc = e;
      u.code.doc = None;
      if (e._type === "ListComp") this.emit(Op.BUILD_LIST, 0);
      else if (e._type === "SetComp") this.emit(Op.BUILD_SET, 0);
      else if (e._type === "DictComp") this.emit(Op.BUILD_MAP, 0);
      this.compGenerator(e, gens, 0);
      u.loc = e;
      if (e._type === "GeneratorExp") this.emit(Op.LOAD_CONST, this.constNone());
      this.emit(Op.RETURN_VALUE);
    });
    this.makeFunction(code, 0, e);
    this.expr(gens[0].iter);
    this.u.loc = e;
    this.emit(gens[0].is_async ? Op.GET_AITER : Op.GET_ITER);
    this.emit(Op.CALL, 0);
    if (awaited) {
      this.emit(Op.GET_AWAITABLE);
      this.await_();
    }
  }

  private compGenerator(e: N.ListComp | N.SetComp | N.DictComp | N.GeneratorExp, gens: N.comprehension[], i: number): void {
    const u = this.u;
    const g = gens[i];
    const top = new Label(), end = new Label();
    if (i === 0) this.emit(Op.LOAD_FAST, u.varIndex(".0"));
    else {
      this.expr(g.iter);
      u.loc = e;
      this.emit(g.is_async ? Op.GET_AITER : Op.GET_ITER);
    }
    this.bind(top);
    u.loc = e;
    if (g.is_async) {
      // async for: await __anext__(); StopAsyncIteration ends the loop at END_ASYNC_FOR
      this.pushHandler(end, false);
      this.emit(Op.GET_ANEXT);
      this.await_();
      this.popHandler();
    } else this.emitJump(Op.FOR_ITER, end);
    this.assignTarget(g.target);
    for (const cond of g.ifs) this.jumpIf(cond, top, false);
    if (i + 1 < gens.length) this.compGenerator(e, gens, i + 1);
    else {
      const depth = gens.length + 1;
      switch (e._type) {
        case "ListComp":
          this.expr(e.elt);
          u.loc = e;
          this.emit(Op.LIST_APPEND, depth);
          break;
        case "SetComp":
          this.expr(e.elt);
          u.loc = e;
          this.emit(Op.SET_ADD, depth);
          break;
        case "DictComp":
          this.expr(e.key);
          this.expr(e.value);
          u.loc = e;
          this.emit(Op.MAP_ADD, depth);
          break;
        case "GeneratorExp":
          this.expr(e.elt);
          u.loc = e;
          this.emit(Op.YIELD_VALUE);
          this.emit(Op.POP_TOP);
          break;
      }
    }
    u.loc = e;
    this.emitJump(Op.JUMP, top);
    this.bind(end);
    if (g.is_async) this.emit(Op.END_ASYNC_FOR);
  }
}

/**
 * A compile-time SyntaxError at a node. Its text is the source line with its newline, as
 * CPython's report reads it from the file (the caret width of multi-line nodes depends on it).
 * CPython's compiler gives the node's UTF-8 byte columns (+1) however the source came, also to
 * compile() of a str.
 */
export function compileError(reporter: ErrorReporter, msg: string, node: Loc): PySyntaxError {
  const e = reporter.error("SyntaxError", msg, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset) as ParserSyntaxError;
  const text = e.text === null ? null : e.text + "\n";
  const [offset, endOffset] = [e.byteOffset, e.byteEndOffset];
  return new ParserSyntaxError(e.kind, e.msg, e.filename, e.lineno, offset, text, e.endLineno, endOffset, offset, endOffset);
}

/** Constants whose identity is an implementation detail (not None/True/False/...). */
/** Would CPython's AST optimizer fold e to a constant (-1, 1+1, (1, None))? */
function foldsToConstant(e: N.ExprNode): boolean {
  switch (e._type) {
    case "Constant":
      return true;
    case "UnaryOp":
      return foldsToConstant(e.operand);
    case "BinOp":
      return foldsToConstant(e.left) && foldsToConstant(e.right);
    case "Tuple":
      return e.elts.every(foldsToConstant);
    default:
      return false;
  }
}

/** An operand of `is` that CPython warns about: a constant after folding, other than None, bools and `...`. */
function isLiteral(e: N.ExprNode): boolean {
  if (e._type === "Constant") return !(e.value.kind === "None" || e.value.kind === "bool" || e.value.kind === "Ellipsis");
  if (e._type === "UnaryOp" && e.op._type === "Not") return false; // folds to a bool
  return foldsToConstant(e);
}

/** The type of a literal, after CPython's constant folding (-1.0 is a float, -True an int), else null. */
function literalTypeName(e: N.ExprNode): string | null {
  switch (e._type) {
    case "UnaryOp": {
      const t = literalTypeName(e.operand);
      if (t === null || e.operand._type !== "Constant") return null;
      if (e.op._type === "Not") return "bool";
      if (t === "bool") return "int";
      if (e.op._type === "Invert") return t === "int" ? "int" : null;
      return t === "int" || t === "float" || t === "complex" ? t : null;
    }
    case "BinOp": {
      const a = literalTypeName(e.left), b = literalTypeName(e.right);
      if (a === null || b === null || e.left._type !== "Constant" || e.right._type !== "Constant") return null;
      const nums = ["bool", "int", "float", "complex"];
      if (nums.includes(a) && nums.includes(b)) {
        if (a === "complex" || b === "complex") return "complex";
        if (a === "float" || b === "float" || e.op._type === "Div") return "float";
        return "int";
      }
      return a === b && (a === "str" || a === "bytes") && (e.op._type === "Add") ? a : null;
    }
    case "Lambda":
      return "function";
  }
  return notCallableLiteral(e);
}

/** The type name when a call's target is a literal that can't be called (a constant or a display), else null. */
function notCallableLiteral(e: N.ExprNode): string | null {
  switch (e._type) {
    case "Constant":
      return e.value.kind === "None" ? "NoneType" : e.value.kind === "Ellipsis" ? "ellipsis" : e.value.kind;
    case "Tuple":
      return "tuple";
    case "List":
    case "ListComp":
      return "list";
    case "Dict":
    case "DictComp":
      return "dict";
    case "Set":
    case "SetComp":
      return "set";
    case "GeneratorExp":
      return "generator";
    case "JoinedStr":
      return "str";
  }
  return null;
}

function subscriptAnchor(e: N.Subscript): [number, number, number] {
  return [2, e.value.end_col_offset ?? -1, e.slice.end_col_offset ?? -1];
}

function docstring(body: N.Stmt[]): string | null {
  const first = body[0];
  if (first && first._type === "Expr" && first.value._type === "Constant" && first.value.value.kind === "str") return first.value.value.value;
  return null;
}

function constTruthy(v: ConstantValue): boolean {
  switch (v.kind) {
    case "None":
      return false;
    case "bool":
      return v.value;
    case "int":
      return v.value !== 0n;
    case "float":
      return v.value !== 0;
    case "str":
      return v.value.length > 0;
    case "bytes":
      return v.value.length > 0;
    case "complex":
      return v.real !== 0 || v.imag !== 0;
    case "Ellipsis":
      return true;
  }
}

/** Whether a module/class body has annotated assignments (so it needs __annotations__). */
function findAnnotations(body: N.Stmt[]): boolean {
  for (const s of body) {
    switch (s._type) {
      case "AnnAssign":
        return true;
      case "For":
      case "While":
      case "If":
      case "With":
      case "AsyncFor":
      case "AsyncWith":
        if (findAnnotations(s.body) || ("orelse" in s && findAnnotations(s.orelse))) return true;
        break;
      case "Try":
      case "TryStar":
        if (findAnnotations(s.body) || findAnnotations(s.orelse) || findAnnotations(s.finalbody) || s.handlers.some((h) => findAnnotations(h.body))) return true;
        break;
      case "Match":
        if (s.cases.some((c) => findAnnotations(c.body))) return true;
        break;
    }
  }
  return false;
}

/** How CPython names an expression in "cannot assign to …" messages. */
export function describeExpr(e: N.ExprNode): string {
  switch (e._type) {
    case "Call":
      return "function call";
    case "BinOp":
    case "UnaryOp":
      return "expression";
    case "BoolOp":
      return "expression";
    case "Compare":
      return "comparison";
    case "Constant":
      return e.value.kind === "None" || e.value.kind === "bool" ? String(e.value.kind === "None" ? "None" : e.value.value ? "True" : "False") : e.value.kind === "Ellipsis" ? "ellipsis" : "literal";
    case "Lambda":
      return "lambda";
    case "IfExp":
      return "conditional expression";
    case "NamedExpr":
      return "named expression";
    case "Dict":
      return "dict literal";
    case "Set":
      return "set display";
    case "ListComp":
      return "list comprehension";
    case "SetComp":
      return "set comprehension";
    case "DictComp":
      return "dict comprehension";
    case "GeneratorExp":
      return "generator expression";
    case "Yield":
    case "YieldFrom":
      return "yield expression";
    case "Await":
      return "await expression";
    case "JoinedStr":
    case "FormattedValue":
      return "f-string expression";
    default:
      return "expression";
  }
}

export { PySyntaxError };
