// Turns a parameter list, read as a flat list of items, into ast.arguments, raising CPython's
// messages for items in the wrong order.
import type { PyToken } from "../lexer/tokens.js";
import type { PySyntaxError } from "../lexer/syntax-error.js";
import type * as N from "./nodes.js";

export interface ParamItem {
  kind: "/" | "*" | "**" | "param";
  /** The `/`, `*` or `**` token; null for a plain parameter. */
  tok: PyToken | null;
  arg: N.arg | null;
  default: N.ExprNode | null;
  /** The `=` before the default, if any. */
  eq?: PyToken | null;
}

export interface ArgumentsHost {
  errorAtToken(msg: string, t: PyToken): PySyntaxError;
  /** The token after t in the input. */
  tokenAfter(t: PyToken): PyToken | undefined;
  errorSpan(msg: string, s: N.Positioned, e: N.Positioned): PySyntaxError;
}

/** `lambda` says "named arguments must follow bare *" where its parser stopped: after the `*`
 *  and the comma that may follow it; `def` says it at the `*`. */
export function buildArguments(items: ParamItem[], host: ArgumentsHost, isLambda = false): N.arguments {
  const posonlyargs: N.arg[] = [];
  let args: N.arg[] = [];
  let vararg: N.arg | null = null;
  const kwonlyargs: N.arg[] = [];
  const kw_defaults: (N.ExprNode | null)[] = [];
  let kwarg: N.arg | null = null;
  const defaults: N.ExprNode[] = [];
  let slash: PyToken | null = null;
  let star: PyToken | null = null;
  let bareStar: PyToken | null = null;
  let sawKwarg = false;

  for (const item of items) {
    if (sawKwarg) {
      const at = item.arg ?? null;
      if (at) throw host.errorSpan("arguments cannot follow var-keyword argument", at, at);
      throw host.errorAtToken("arguments cannot follow var-keyword argument", item.tok!);
    }
    switch (item.kind) {
      case "/":
        if (star) throw host.errorAtToken("/ must be ahead of *", item.tok!);
        if (slash) throw host.errorAtToken("/ may appear only once", item.tok!);
        if (args.length === 0) throw host.errorAtToken("at least one argument must precede /", item.tok!);
        slash = item.tok;
        posonlyargs.push(...args);
        args = [];
        break;
      case "*":
        if (star) throw host.errorAtToken("* argument may appear only once", item.tok!);
        if (item.default && item.eq) throw host.errorAtToken("var-positional argument cannot have default value", item.eq);
        star = item.tok;
        if (item.arg) vararg = item.arg;
        else bareStar = item.tok;
        break;
      case "**":
        if (item.default && item.eq) throw host.errorAtToken("var-keyword argument cannot have default value", item.eq);
        if (bareStar && kwonlyargs.length === 0) throw bareStarError(bareStar, host, isLambda);
        kwarg = item.arg;
        sawKwarg = true;
        break;
      case "param": {
        const arg = item.arg!;
        if (star) {
          kwonlyargs.push(arg);
          kw_defaults.push(item.default);
        } else {
          if (item.default) defaults.push(item.default);
          else if (defaults.length) throw host.errorSpan("non-default argument follows default argument", arg, arg);
          args.push(arg);
        }
        break;
      }
    }
  }
  if (bareStar && kwonlyargs.length === 0) throw bareStarError(bareStar, host, isLambda);
  return { _type: "arguments", posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults };
}

function bareStarError(star: PyToken, host: ArgumentsHost, isLambda: boolean): PySyntaxError {
  const msg = "named arguments must follow bare *";
  if (!isLambda) return host.errorAtToken(msg, star);
  let t = host.tokenAfter(star) ?? star;
  if (t.image === ",") t = host.tokenAfter(t) ?? t;
  return host.errorAtToken(msg, t);
}
