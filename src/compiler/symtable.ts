// Symbol tables: which names are local, global, free (captured) or cells in each scope, found in
// two passes as CPython does — collect how each scope uses each name, then resolve top-down.
// Comprehensions and generator expressions are scopes of their own (implicit functions).
import type * as N from "../parser/nodes.js";
import type { ErrorReporter } from "../parser/syntax-errors.js";
import { compileError } from "./codegen.js";

export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE_CLASS = 32;
export const DEF_IMPORT = 64;
export const DEF_ANNOT = 128;
export const DEF_COMP_ITER = 256;
const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export enum Sym {
  LOCAL = 1,
  GLOBAL_EXPLICIT,
  GLOBAL_IMPLICIT,
  FREE,
  CELL,
}

export type ScopeKind = "module" | "class" | "function" | "lambda" | "listcomp" | "setcomp" | "dictcomp" | "genexpr";

export class Scope {
  readonly symbols = new Map<string, number>();
  readonly children: Scope[] = [];
  /** Parameter names in order. */
  readonly params: string[] = [];
  readonly resolved = new Map<string, Sym>();
  /** Class scope: names that are class-local but that methods capture from an enclosing function. */
  readonly classFreeThrough = new Set<string>();
  isGenerator = false;
  isCoroutine = false;
  /** Class scope: some method uses super() or __class__, so the class body gets a __class__ cell. */
  needsClassClosure = false;
  hasVarargs = false;
  hasVarkw = false;
  constructor(
    readonly kind: ScopeKind,
    readonly name: string,
    readonly node: object,
    readonly parent: Scope | null,
  ) {}

  get isFunctionLike(): boolean {
    return this.kind !== "module" && this.kind !== "class";
  }
  get isComprehension(): boolean {
    return this.kind === "listcomp" || this.kind === "setcomp" || this.kind === "dictcomp" || this.kind === "genexpr";
  }

  lookup(name: string): Sym {
    return this.resolved.get(name) ?? Sym.GLOBAL_IMPLICIT;
  }

  /** Names that are cells here, sorted as CPython sorts co_cellvars. */
  cellvars(): string[] {
    const out: string[] = [];
    for (const [n, s] of this.resolved) if (s === Sym.CELL) out.push(n);
    if (this.kind === "class" && this.needsClassClosure) out.push("__class__");
    return out.sort();
  }

  freevars(): string[] {
    const out: string[] = [];
    for (const [n, s] of this.resolved) if (s === Sym.FREE) out.push(n);
    for (const n of this.classFreeThrough) out.push(n);
    return out.sort();
  }
}

export class SymbolTable {
  readonly scopes = new Map<object, Scope>();
  readonly top: Scope;
  private cur: Scope;

  constructor(
    readonly module: N.Module,
    private readonly reporter: ErrorReporter,
  ) {
    this.top = new Scope("module", "top", module, null);
    this.scopes.set(module, this.top);
    this.cur = this.top;
    this.stmts(module.body);
    this.analyze(this.top, new Set(), new Set(), new Set());
  }

  scopeOf(node: object): Scope {
    const s = this.scopes.get(node);
    if (!s) throw new Error("internal: no scope for node");
    return s;
  }

  private error(msg: string, node: N.Positioned): never {
    throw compileError(this.reporter, msg, node);
  }

  // ---- pass 1: collect ----------------------------------------------------------------------

  private addDef(name: string, flag: number, node: N.Positioned, scope: Scope = this.cur): void {
    const mangled = mangle(scope, name);
    const old = scope.symbols.get(mangled) ?? 0;
    if (flag & DEF_PARAM && old & DEF_PARAM) this.error(`duplicate argument '${name}' in function definition`, node);
    scope.symbols.set(mangled, old | flag);
    if (flag & DEF_PARAM) scope.params.push(mangled);
  }

  private push(kind: ScopeKind, name: string, node: object): Scope {
    const s = new Scope(kind, name, node, this.cur);
    this.cur.children.push(s);
    this.scopes.set(node, s);
    this.cur = s;
    return s;
  }

  private pop(): void {
    this.cur = this.cur.parent!;
  }

  private stmts(body: N.Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  private stmt(s: N.Stmt): void {
    switch (s._type) {
      case "FunctionDef":
      case "AsyncFunctionDef":
        this.addDef(s.name, DEF_LOCAL, s);
        this.exprs(s.decorator_list);
        this.argDefaults(s.args);
        this.annotations(s.args, s.returns);
        this.push("function", s.name, s);
        if (s._type === "AsyncFunctionDef") this.cur.isCoroutine = true;
        this.params(s.args);
        this.stmts(s.body);
        this.pop();
        break;
      case "ClassDef":
        this.addDef(s.name, DEF_LOCAL, s);
        this.exprs(s.bases);
        for (const k of s.keywords) this.expr(k.value);
        this.exprs(s.decorator_list);
        this.push("class", s.name, s);
        this.stmts(s.body);
        this.pop();
        break;
      case "Return":
        if (!this.cur.isFunctionLike) this.error("'return' outside function", s);
        if (s.value) this.expr(s.value);
        break;
      case "Delete":
        this.exprs(s.targets);
        break;
      case "Assign":
        this.exprs(s.targets);
        this.expr(s.value);
        break;
      case "AugAssign":
        this.expr(s.target);
        this.expr(s.value);
        break;
      case "AnnAssign": {
        if (s.target._type === "Name") {
          const name = mangle(this.cur, s.target.id);
          const old = this.cur.symbols.get(name) ?? 0;
          if (old & (DEF_GLOBAL | DEF_NONLOCAL) && s.simple) {
            this.error(`annotated name '${s.target.id}' can't be ${old & DEF_GLOBAL ? "global" : "nonlocal"}`, s);
          }
          if (s.simple) this.addDef(s.target.id, DEF_ANNOT | DEF_LOCAL, s.target);
          else if (s.value) this.addDef(s.target.id, DEF_LOCAL, s.target);
        } else this.expr(s.target);
        if (!this.cur.isFunctionLike) this.expr(s.annotation);
        if (s.value) this.expr(s.value);
        break;
      }
      case "For":
      case "AsyncFor":
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case "While":
      case "If":
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case "With":
      case "AsyncWith":
        for (const it of s.items) {
          this.expr(it.context_expr);
          if (it.optional_vars) this.expr(it.optional_vars);
        }
        this.stmts(s.body);
        break;
      case "Match":
        this.expr(s.subject);
        for (const c of s.cases) {
          this.pattern(c.pattern);
          if (c.guard) this.expr(c.guard);
          this.stmts(c.body);
        }
        break;
      case "Raise":
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        break;
      case "Try":
      case "TryStar":
        this.stmts(s.body);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name) this.addDef(h.name, DEF_LOCAL, h);
          this.stmts(h.body);
        }
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        break;
      case "Assert":
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        break;
      case "Import":
      case "ImportFrom":
        for (const a of s.names) {
          if (a.name === "*") {
            if (this.cur.kind !== "module") this.error("import * only allowed at module level", a);
            continue;
          }
          const stored = a.asname ?? (s._type === "Import" ? a.name.split(".")[0] : a.name);
          this.addDef(stored, DEF_IMPORT | DEF_LOCAL, a);
        }
        break;
      case "Global":
      case "Nonlocal": {
        const isGlobal = s._type === "Global";
        for (const name of s.names) {
          const cur = this.cur.symbols.get(mangle(this.cur, name)) ?? 0;
          const what = isGlobal ? "global" : "nonlocal";
          if (!isGlobal && this.cur.kind === "module") this.error("nonlocal declaration not allowed at module level", s);
          if (cur & DEF_PARAM) this.error(`name '${name}' is parameter and ${what}`, s);
          if (isGlobal && cur & DEF_NONLOCAL) this.error(`name '${name}' is nonlocal and global`, s);
          if (!isGlobal && cur & DEF_GLOBAL) this.error(`name '${name}' is nonlocal and global`, s);
          if (cur & USE) this.error(`name '${name}' is used prior to ${what} declaration`, s);
          if (cur & DEF_ANNOT) this.error(`annotated name '${name}' can't be ${what}`, s);
          if (cur & DEF_LOCAL) this.error(`name '${name}' is assigned to before ${what} declaration`, s);
          this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
        }
        break;
      }
      case "Expr":
        this.expr(s.value);
        break;
      case "Pass":
      case "Break":
      case "Continue":
        break;
    }
  }

  private argDefaults(a: N.arguments): void {
    this.exprs(a.defaults);
    for (const d of a.kw_defaults) if (d) this.expr(d);
  }

  private annotations(a: N.arguments, returns: N.ExprNode | null): void {
    for (const p of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) if (p.annotation) this.expr(p.annotation);
    if (a.vararg?.annotation) this.expr(a.vararg.annotation);
    if (a.kwarg?.annotation) this.expr(a.kwarg.annotation);
    if (returns) this.expr(returns);
  }

  private params(a: N.arguments): void {
    for (const p of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) this.addDef(p.arg, DEF_PARAM, p);
    if (a.vararg) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur.hasVarargs = true;
    }
    if (a.kwarg) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur.hasVarkw = true;
    }
  }

  private exprs(es: (N.ExprNode | null)[]): void {
    for (const e of es) if (e) this.expr(e);
  }

  private expr(e: N.ExprNode): void {
    switch (e._type) {
      case "Name": {
        const ctx = e.ctx._type;
        this.addDef(e.id, ctx === "Load" ? USE : DEF_LOCAL, e);
        if (ctx === "Load" && this.cur.isFunctionLike && e.id === "super") this.addDef("__class__", USE, e);
        break;
      }
      case "BoolOp":
        this.exprs(e.values);
        break;
      case "NamedExpr":
        this.namedExpr(e);
        break;
      case "BinOp":
        this.expr(e.left);
        this.expr(e.right);
        break;
      case "UnaryOp":
        this.expr(e.operand);
        break;
      case "Lambda":
        this.argDefaults(e.args);
        this.push("lambda", "<lambda>", e);
        this.params(e.args);
        this.expr(e.body);
        this.pop();
        break;
      case "IfExp":
        this.expr(e.test);
        this.expr(e.body);
        this.expr(e.orelse);
        break;
      case "Dict":
        this.exprs(e.keys);
        this.exprs(e.values);
        break;
      case "Set":
        this.exprs(e.elts);
        break;
      case "ListComp":
        this.comprehension(e, "listcomp", e.generators, [e.elt]);
        break;
      case "SetComp":
        this.comprehension(e, "setcomp", e.generators, [e.elt]);
        break;
      case "DictComp":
        this.comprehension(e, "dictcomp", e.generators, [e.key, e.value]);
        break;
      case "GeneratorExp":
        this.comprehension(e, "genexpr", e.generators, [e.elt]);
        break;
      case "Await":
        this.checkYield(e, "await");
        this.expr(e.value);
        break;
      case "Yield":
        this.checkYield(e, "yield");
        if (e.value) this.expr(e.value);
        break;
      case "YieldFrom":
        this.checkYield(e, "yield from");
        this.expr(e.value);
        break;
      case "Compare":
        this.expr(e.left);
        this.exprs(e.comparators);
        break;
      case "Call":
        this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) this.expr(k.value);
        break;
      case "FormattedValue":
        this.expr(e.value);
        if (e.format_spec) this.expr(e.format_spec);
        break;
      case "JoinedStr":
        this.exprs(e.values);
        break;
      case "Constant":
        break;
      case "Attribute":
        this.expr(e.value);
        break;
      case "Subscript":
        this.expr(e.value);
        this.expr(e.slice);
        break;
      case "Starred":
        this.expr(e.value);
        break;
      case "List":
      case "Tuple":
        this.exprs(e.elts);
        break;
      case "Slice":
        if (e.lower) this.expr(e.lower);
        if (e.upper) this.expr(e.upper);
        if (e.step) this.expr(e.step);
        break;
    }
  }

  private checkYield(e: N.Positioned, what: "yield" | "await" | "yield from"): void {
    const s = this.cur;
    if (what === "await") {
      // await in a comprehension makes it asynchronous (a genexpr: an async generator
      // expression); codegen reports one outside an async function
      if (s.isComprehension) s.isCoroutine = true;
      else if (!s.isFunctionLike) this.error("'await' outside function", e);
      return;
    }
    const w = what === "yield from" ? "yield" : what;
    if (s.kind === "listcomp") this.error(`'${w}' inside list comprehension`, e);
    if (s.kind === "setcomp") this.error(`'${w}' inside set comprehension`, e);
    if (s.kind === "dictcomp") this.error(`'${w}' inside dict comprehension`, e);
    if (s.kind === "genexpr") this.error(`'${w}' inside generator expression`, e);
    if (!s.isFunctionLike) this.error(`'${w}' outside function`, e);
    if (what === "yield from" && s.isCoroutine) this.error("'yield from' inside async function", e);
    s.isGenerator = true;
  }

  private comprehension(node: N.ExprNode, kind: ScopeKind, gens: N.comprehension[], elts: N.ExprNode[]): void {
    // the first iterable is evaluated in the enclosing scope
    this.expr(gens[0].iter);
    const name = kind === "genexpr" ? "<genexpr>" : `<${kind}>`;
    const s = this.push(kind, name, node);
    if (kind === "genexpr") s.isGenerator = true;
    this.addDef(".0", DEF_PARAM, node as N.Positioned);
    gens.forEach((g, i) => {
      this.compTarget(g.target);
      if (i > 0) this.expr(g.iter);
      this.exprs(g.ifs);
      if (g.is_async) s.isCoroutine = true;
    });
    this.exprs(elts);
    this.pop();
    // an asynchronous list/set/dict comprehension is awaited where it is built: inside another
    // comprehension, that one becomes asynchronous too
    if (s.isCoroutine && kind !== "genexpr" && this.cur.isComprehension) this.cur.isCoroutine = true;
  }

  private compTarget(t: N.ExprNode): void {
    this.expr(t);
    this.markCompIter(t);
  }

  private markCompIter(t: N.ExprNode): void {
    if (t._type === "Name") {
      const m = mangle(this.cur, t.id);
      this.cur.symbols.set(m, (this.cur.symbols.get(m) ?? 0) | DEF_COMP_ITER);
    } else if (t._type === "Tuple" || t._type === "List") for (const x of t.elts) this.markCompIter(x);
    else if (t._type === "Starred") this.markCompIter(t.value);
  }

  private namedExpr(e: N.NamedExpr): void {
    this.expr(e.value);
    const target = e.target as N.Name;
    if (this.cur.isComprehension) {
      const flags = this.cur.symbols.get(target.id) ?? 0;
      if (flags & DEF_COMP_ITER) {
        this.error(`assignment expression cannot rebind comprehension iteration variable '${target.id}'`, target);
      }
      // bind in the nearest enclosing scope that is not a comprehension
      let s: Scope = this.cur;
      while (s.isComprehension) s = s.parent!;
      if (s.kind === "class") this.error("assignment expression within a comprehension cannot be used in a class body", e);
      for (let c: Scope = this.cur; c !== s; c = c.parent!) {
        const old = c.symbols.get(target.id) ?? 0;
        c.symbols.set(target.id, old | DEF_LOCAL | (s.kind === "module" ? DEF_GLOBAL : DEF_NONLOCAL) | USE);
      }
      const sf = s.symbols.get(target.id) ?? 0;
      if (s.kind === "module") s.symbols.set(target.id, sf | DEF_LOCAL);
      else if (!(sf & (DEF_GLOBAL | DEF_NONLOCAL))) s.symbols.set(target.id, sf | DEF_LOCAL);
      return;
    }
    this.addDef(target.id, DEF_LOCAL, target);
  }

  private pattern(p: N.Pattern): void {
    switch (p._type) {
      case "MatchValue":
        this.expr(p.value);
        break;
      case "MatchSingleton":
        break;
      case "MatchSequence":
        for (const x of p.patterns) this.pattern(x);
        break;
      case "MatchMapping":
        this.exprs(p.keys);
        for (const x of p.patterns) this.pattern(x);
        if (p.rest) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case "MatchClass":
        this.expr(p.cls);
        for (const x of p.patterns) this.pattern(x);
        for (const x of p.kwd_patterns) this.pattern(x);
        break;
      case "MatchStar":
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case "MatchAs":
        if (p.pattern) this.pattern(p.pattern);
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case "MatchOr":
        for (const x of p.patterns) this.pattern(x);
        break;
    }
  }

  // ---- pass 2: resolve ----------------------------------------------------------------------

  /**
   * Resolves every name of `s`. `bound`: names bound in enclosing function scopes; `global`:
   * names declared global above; `free` receives the names `s` (and its children) need from
   * outside.
   */
  private analyze(s: Scope, bound: Set<string>, global: Set<string>, free: Set<string>): void {
    const local = new Set<string>();
    const explicitGlobal = new Set<string>();
    for (const [name, flags] of s.symbols) {
      if (flags & DEF_GLOBAL) {
        s.resolved.set(name, Sym.GLOBAL_EXPLICIT);
        explicitGlobal.add(name);
      } else if (flags & DEF_NONLOCAL) {
        if (!bound.has(name)) this.error(`no binding for nonlocal '${name}' found`, this.findNonlocal(s, name));
        s.resolved.set(name, Sym.FREE);
        free.add(name);
      } else if (flags & DEF_BOUND) {
        s.resolved.set(name, Sym.LOCAL);
        local.add(name);
      } else if (s.kind !== "module" && bound.has(name)) {
        s.resolved.set(name, Sym.FREE);
        free.add(name);
      } else {
        s.resolved.set(name, global.has(name) ? Sym.GLOBAL_EXPLICIT : Sym.GLOBAL_IMPLICIT);
      }
    }
    // what children see
    const newBound = new Set<string>();
    const newGlobal = new Set<string>(global);
    for (const g of explicitGlobal) newGlobal.add(g);
    if (s.kind === "class") {
      for (const b of bound) newBound.add(b);
      newBound.add("__class__");
    } else if (s.kind !== "module") {
      for (const b of bound) newBound.add(b);
      for (const l of local) {
        newBound.add(l);
        newGlobal.delete(l);
      }
      for (const g of explicitGlobal) newBound.delete(g);
    }
    const childFree = new Set<string>();
    for (const c of s.children) {
      const cf = new Set<string>();
      this.analyze(c, newBound, newGlobal, cf);
      for (const n of cf) childFree.add(n);
    }
    if (s.kind === "module") return;
    for (const n of childFree) {
      const r = s.resolved.get(n);
      if (s.kind === "class") {
        if (n === "__class__") {
          s.needsClassClosure = true;
          continue;
        }
        // class-level names are invisible to methods: the cell passes through the class body
        if (r === undefined) s.resolved.set(n, Sym.FREE);
        else if (r !== Sym.FREE) s.classFreeThrough.add(n);
        free.add(n);
        continue;
      }
      if (r === Sym.LOCAL) s.resolved.set(n, Sym.CELL);
      else if (r === Sym.CELL) continue;
      else {
        if (r === undefined || r === Sym.GLOBAL_IMPLICIT) s.resolved.set(n, Sym.FREE);
        free.add(n);
      }
    }
  }

  private findNonlocal(s: Scope, name: string): N.Positioned {
    let found: N.Positioned | null = null;
    const visit = (stmts: N.Stmt[]): void => {
      for (const st of stmts) {
        if (found) return;
        if (st._type === "Nonlocal" && st.names.includes(name)) found = st;
        else if ("body" in st && Array.isArray(st.body) && st._type !== "FunctionDef" && st._type !== "AsyncFunctionDef" && st._type !== "ClassDef") {
          visit(st.body as N.Stmt[]);
          if ("orelse" in st) visit(st.orelse as N.Stmt[]);
          if ("handlers" in st) for (const h of st.handlers) visit(h.body);
          if ("finalbody" in st) visit(st.finalbody as N.Stmt[]);
        }
      }
    };
    const node = s.node as { body?: unknown };
    if (Array.isArray(node.body)) visit(node.body as N.Stmt[]);
    return found ?? (s.node as N.Positioned);
  }
}

/** Private name mangling: `__x` inside class C becomes `_C__x`. */
export function mangle(scope: Scope | null, name: string): string {
  let s = scope;
  while (s && s.kind !== "class") s = s.parent;
  if (!s) return name;
  return mangleName(s.name, name);
}

export function mangleName(className: string, name: string): string {
  if (!name.startsWith("__") || name.endsWith("__") || name.includes(".")) return name;
  const stripped = className.replace(/^_+/, "");
  if (stripped === "") return name;
  return `_${stripped}${name}`;
}
