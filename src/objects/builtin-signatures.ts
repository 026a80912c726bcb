// CPython 3.11's argument checks for the builtin functions (notation: arity.ts). Applied by
// makeBuiltins to each interpreter's builtins namespace; no side effects at import, so that
// builtins.ts may import it early.
import type { PyDict } from "./dict.js";
import { PyBuiltinFunction } from "./function.js";
import { checkedNative, makeChecker } from "./arity.js";

const BUILTIN_FUNCTIONS: Record<string, string> = {
  abs: "1", all: "1", any: "1", ascii: "1", bin: "1", callable: "1", chr: "1", delattr: "p 2 2", dir: "p 0 1",
  divmod: "p 2 2", format: "p 1 2", getattr: "p 2 3", globals: "-", hasattr: "p 2 2", hash: "1", hex: "1",
  id: "1", isinstance: "p 2 2", issubclass: "p 2 2", iter: "p 1 2", len: "1", locals: "-", next: "p 1 2",
  oct: "1", ord: "1", pow: "k base exp mod?", repr: "1", round: "k number ndigits?", setattr: "p 3 3",
  sum: "k iterable / start?", vars: "p 0 1", eval: "p 1 3", exec: "k source globals? locals? / * closure?",
  compile: "k source filename mode flags? dont_inherit? optimize? * _feature_version?",
};

export function applyBuiltinSignatures(b: PyDict): void {
  for (const name of Object.keys(BUILTIN_FUNCTIONS)) {
    const f = b.getStr(name);
    if (!(f instanceof PyBuiltinFunction)) continue;
    b.setStr(name, new PyBuiltinFunction(name, checkedNative(f.fn, makeChecker(BUILTIN_FUNCTIONS[name], "", name, 0)), false, null, f.module, f.doc));
  }
}
