// try/except* (PEP 654) rewritten into plain try/except before the symbol tables are built:
//
//   try:                                   try:
//       BODY                                   BODY
//   except* T as e:                        except BaseException as .egexc:
//       H                          →           .egstate = .eg_start(.egexc)
//   [else/finally as usual]                    .egm = .egstate.match(T)
//                                              if .egm is not None:
//                                                  e = .egm
//                                                  try: H
//                                                  except BaseException as .egraised: .egstate.raised(.egraised)
//                                                  finally: e = None; del e
//                                              <re-raise .egstate.finish(), if not None, keeping its traceback>
//
// The hidden names start with a dot, so no Python code can name them; `.eg_start` is a builtin.
import type * as N from "../parser/nodes.js";
import type { ErrorReporter } from "../parser/syntax-errors.js";
import { compileError } from "./codegen.js";

type Pos = N.Positioned;

function at<T extends object>(node: T, p: Pos): T & Pos {
  return Object.assign(node, { lineno: p.lineno, col_offset: p.col_offset, end_lineno: p.end_lineno, end_col_offset: p.end_col_offset });
}

const LOAD = { _type: "Load" } as N.Load;
const STORE = { _type: "Store" } as N.Store;
const DEL = { _type: "Del" } as N.Del;

function name(id: string, p: Pos, ctx: N.ExprContext = LOAD): N.Name {
  return at({ _type: "Name", id, ctx }, p) as N.Name;
}

function call(func: N.ExprNode, args: N.ExprNode[], p: Pos): N.Call {
  return at({ _type: "Call", func, args, keywords: [] }, p) as N.Call;
}

function attr(value: N.ExprNode, a: string, p: Pos): N.Attribute {
  return at({ _type: "Attribute", value, attr: a, ctx: LOAD }, p) as N.Attribute;
}

function assign(target: string, value: N.ExprNode, p: Pos): N.Assign {
  return at({ _type: "Assign", targets: [name(target, p, STORE)], value, type_comment: null }, p) as N.Assign;
}

function exprStmt(value: N.ExprNode, p: Pos): N.Expr {
  return at({ _type: "Expr", value }, p) as N.Expr;
}

function handler(type: N.ExprNode | null, nm: string | null, body: N.Stmt[], p: Pos): N.ExceptHandler {
  return at({ _type: "ExceptHandler", type, name: nm, body }, p) as N.ExceptHandler;
}

/** Rewrites every try/except* in the module, in place. */
export function desugarTryStar(mod: N.Module, reporter: ErrorReporter): void {
  rewriteBody(mod.body, reporter);
}

function rewriteBody(body: N.Stmt[], reporter: ErrorReporter): void {
  for (let i = 0; i < body.length; i++) {
    const s = body[i];
    visitChildren(s, reporter);
    if (s._type === "TryStar") body[i] = rewrite(s, reporter);
  }
}

function visitChildren(s: N.Stmt, reporter: ErrorReporter): void {
  switch (s._type) {
    case "FunctionDef":
    case "AsyncFunctionDef":
    case "ClassDef":
    case "With":
    case "AsyncWith":
      rewriteBody(s.body, reporter);
      return;
    case "For":
    case "AsyncFor":
    case "While":
    case "If":
      rewriteBody(s.body, reporter);
      rewriteBody(s.orelse, reporter);
      return;
    case "Try":
    case "TryStar":
      rewriteBody(s.body, reporter);
      for (const h of s.handlers) rewriteBody(h.body, reporter);
      rewriteBody(s.orelse, reporter);
      rewriteBody(s.finalbody, reporter);
      return;
    case "Match":
      for (const c of s.cases) rewriteBody(c.body, reporter);
      return;
  }
}

/** break/continue/return may not leave an except* block. */
function checkHandlerBody(body: N.Stmt[], reporter: ErrorReporter, inLoop: boolean): void {
  for (const s of body) {
    if (s._type === "Return" || (!inLoop && (s._type === "Break" || s._type === "Continue"))) {
      throw compileError(reporter, "'break', 'continue' and 'return' cannot appear in an except* block", s);
    }
    switch (s._type) {
      case "For":
      case "AsyncFor":
      case "While":
        checkHandlerBody(s.body, reporter, true);
        checkHandlerBody(s.orelse, reporter, inLoop);
        break;
      case "If":
      case "With":
      case "AsyncWith":
        checkHandlerBody(s.body, reporter, inLoop);
        if (s._type === "If") checkHandlerBody(s.orelse, reporter, inLoop);
        break;
      case "Try":
      case "TryStar":
        checkHandlerBody(s.body, reporter, inLoop);
        for (const h of s.handlers) checkHandlerBody(h.body, reporter, inLoop);
        checkHandlerBody(s.orelse, reporter, inLoop);
        checkHandlerBody(s.finalbody, reporter, inLoop);
        break;
      case "Match":
        for (const c of s.cases) checkHandlerBody(c.body, reporter, inLoop);
        break;
    }
  }
}

function rewrite(s: N.TryStar, reporter: ErrorReporter): N.Stmt {
  const inner: N.Stmt[] = [];
  inner.push(assign(".egstate", call(name(".eg_start", s), [name(".egexc", s)], s), s));
  for (const h of s.handlers) {
    checkHandlerBody(h.body, reporter, false);
    const hp: Pos = h;
    inner.push(assign(".egm", call(attr(name(".egstate", hp), "match", hp), [h.type ?? name("BaseException", hp)], hp), hp));
    const guarded: N.Stmt[] = [];
    if (h.name) guarded.push(at({ _type: "Assign", targets: [name(h.name, hp, STORE)], value: name(".egm", hp), type_comment: null }, hp) as N.Assign);
    // the handler runs with the matched part as the exception being handled (sys.exc_info(),
    // __context__ of what it raises): raise it silently and catch it around the body
    const reraiseMatch = at({ _type: "Raise", exc: name(".egm", hp), cause: null }, hp) as N.Raise & { pygilReraise?: boolean };
    reraiseMatch.pygilReraise = true;
    const handling = at({ _type: "Try", body: [reraiseMatch], handlers: [handler(name("BaseException", hp), null, h.body, hp)], orelse: [], finalbody: [] }, hp) as N.Try;
    const protectedBody = at(
      {
        _type: "Try",
        body: [handling],
        handlers: [handler(name("BaseException", hp), ".egraised", [exprStmt(call(attr(name(".egstate", hp), "raised", hp), [name(".egraised", hp)], hp), hp)], hp)],
        orelse: [],
        finalbody: h.name
          ? [
              at({ _type: "Assign", targets: [name(h.name, hp, STORE)], value: at({ _type: "Constant", value: { kind: "None" }, kind: null }, hp), type_comment: null }, hp) as N.Assign,
              at({ _type: "Delete", targets: [name(h.name, hp, DEL)] }, hp) as N.Delete,
            ]
          : [],
      },
      hp,
    ) as N.Try;
    guarded.push(protectedBody);
    const test = at(
      { _type: "Compare", left: name(".egm", hp), ops: [{ _type: "IsNot" }], comparators: [at({ _type: "Constant", value: { kind: "None" }, kind: null }, hp)] },
      hp,
    ) as N.Compare;
    inner.push(at({ _type: "If", test, body: guarded, orelse: [] }, hp) as N.If);
  }
  // re-raise what is left (keeping its traceback): RERAISE, marked for the code generator
  inner.push(assign(".egout", call(attr(name(".egstate", s), "finish", s), [], s), s));
  const reraise = at({ _type: "Raise", exc: name(".egout", s), cause: null }, s) as N.Raise & { pygilReraise?: boolean };
  reraise.pygilReraise = true;
  const test = at({ _type: "Compare", left: name(".egout", s), ops: [{ _type: "IsNot" }], comparators: [at({ _type: "Constant", value: { kind: "None" }, kind: null }, s)] }, s) as N.Compare;
  inner.push(at({ _type: "If", test, body: [reraise], orelse: [] }, s) as N.If);
  const tryExcept = at({ _type: "Try", body: s.body, handlers: [handler(name("BaseException", s), ".egexc", inner, s)], orelse: s.orelse, finalbody: [] }, s) as N.Try;
  if (!s.finalbody.length) return tryExcept;
  return at({ _type: "Try", body: [tryExcept], handlers: [], orelse: [], finalbody: s.finalbody }, s) as N.Try;
}
