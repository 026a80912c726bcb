// _pygil_re: the native half of `re` — compile (with its cache), the module-level functions and
// the Pattern/Match types. re/__init__.py adds RegexFlag and re.error on top.
import type { KwArgs, PyValue } from "../../objects/object.js";
import { PyTuple } from "../../objects/tuple.js";
import { PyBytes } from "../../objects/bytes.js";
import { None } from "../../objects/singletons.js";
import { strValue } from "../../objects/str.js";
import { bytesLike } from "../../objects/bytes-methods.js";
import { nativeFunction } from "../../objects/function.js";
import { typeName } from "../../objects/typeof.js";
import { pyTypeError } from "../../objects/exceptions.js";
import type { NativeFn, NativeGen } from "../../objects/native.js";
import { defineNativeModule } from "../../vm/native-modules.js";
import { bindPyArgs } from "./py-args.js";
import { Mode } from "./engine.js";
import { compilePattern, flagsArg, purgeCache } from "./compile.js";
import { matchOnce, patternType, regionOf } from "./pattern.js";
import { matchType } from "./match.js";
import { scanOps, substitute } from "./scan.js";
import { setErrorClass, setWarnHook, withWarnings } from "./errors.js";

/** Characters re.escape() backslashes (Python 3.7+). */
const SPECIAL = new Set(Array.from("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", (c) => c.charCodeAt(0)));

function escape(v: PyValue): PyValue {
  const s = strValue(v);
  if (s !== undefined) {
    let out = "";
    for (const ch of s) out += SPECIAL.has(ch.charCodeAt(0)) && ch.length === 1 ? "\\" + ch : ch;
    return out;
  }
  const b = bytesLike(v);
  if (b === undefined) throw pyTypeError(`decoding to str: need a bytes-like object, ${typeName(v)} found`);
  const out: number[] = [];
  for (const c of b) {
    if (SPECIAL.has(c)) out.push(0x5c);
    out.push(c);
  }
  return new PyBytes(Uint8Array.from(out));
}

defineNativeModule("_pygil_re", (m) => {
  const d = m.dict;
  const def = (name: string, fn: NativeFn) => d.setStr(name, nativeFunction(name, fn, "re"));
  /** a function that compiles: warnings the compiler recorded are issued when it returns */
  const defc = (name: string, fn: (args: PyValue[], kw: KwArgs) => PyValue) =>
    def(name, function* (args: PyValue[], kw: KwArgs): NativeGen {
      return yield* withWarnings(() => fn(args, kw));
    });
  const one = (name: string, mode: Mode) =>
    defc(name, (args: PyValue[], kw: KwArgs) => {
      const [p, s, f] = bindPyArgs(name, args, kw, ["pattern", "string", "flags"], 2);
      const pat = compilePattern(p!, flagsArg(f));
      return matchOnce(pat, regionOf(pat, s!), mode);
    });
  defc("compile", (args, kw) => {
    const [p, f] = bindPyArgs("compile", args, kw, ["pattern", "flags"], 1);
    return compilePattern(p!, flagsArg(f));
  });
  one("match", Mode.Match);
  one("fullmatch", Mode.Full);
  one("search", Mode.Search);
  defc("findall", (args, kw) => {
    const [p, s, f] = bindPyArgs("findall", args, kw, ["pattern", "string", "flags"], 2);
    return scanOps.findall(compilePattern(p!, flagsArg(f)), s!);
  });
  defc("finditer", (args, kw) => {
    const [p, s, f] = bindPyArgs("finditer", args, kw, ["pattern", "string", "flags"], 2);
    return scanOps.finditer(compilePattern(p!, flagsArg(f)), s!);
  });
  def("sub", function* (args: PyValue[], kw: KwArgs): NativeGen {
    const [p, repl, s, count, f] = bindPyArgs("sub", args, kw, ["pattern", "repl", "string", "count", "flags"], 3);
    const pat = yield* withWarnings(() => compilePattern(p!, flagsArg(f)));
    return (yield* substitute(pat, repl!, s!, count))[0];
  });
  def("subn", function* (args: PyValue[], kw: KwArgs): NativeGen {
    const [p, repl, s, count, f] = bindPyArgs("subn", args, kw, ["pattern", "repl", "string", "count", "flags"], 3);
    const pat = yield* withWarnings(() => compilePattern(p!, flagsArg(f)));
    return new PyTuple(yield* substitute(pat, repl!, s!, count));
  });
  defc("split", (args, kw) => {
    const [p, s, maxsplit, f] = bindPyArgs("split", args, kw, ["pattern", "string", "maxsplit", "flags"], 2);
    return scanOps.split(compilePattern(p!, flagsArg(f)), s!, maxsplit);
  });
  def("escape", (args, kw) => {
    const [p] = bindPyArgs("escape", args, kw, ["pattern"], 1);
    return escape(p!);
  });
  def("purge", (args, kw) => {
    bindPyArgs("purge", args, kw, [], 0);
    purgeCache();
    return None;
  });
  def("_set_error_class", (args) => {
    setErrorClass(args[0]);
    return None;
  });
  def("_set_warn", (args) => {
    setWarnHook(args[0]);
    return None;
  });
  d.setStr("Pattern", patternType);
  d.setStr("Match", matchType);
});
