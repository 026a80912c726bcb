// Tab completion for the REPL, as CPython's rlcompleter offers it: keywords, names of __main__
// and builtins, and `dotted.name.attr` attributes, with "(" after callables. Unlike rlcompleter,
// it never runs Python code to find an object (no properties, no __getattr__): it walks module,
// instance and class namespaces only, so a completion can't block or change the program.
import type { PyValue } from "../objects/object.js";
import { PyObject } from "../objects/object.js";
import { PyDict } from "../objects/dict.js";
import { PyType } from "../objects/type.js";
import { typeOf } from "../objects/typeof.js";

const KEYWORDS = [
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
  "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
  "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with",
  "yield", "_", "case", "match",
];
const KEYWORD_AS_IS = new Set(["False", "None", "True", "break", "continue", "pass", "else", "_"]);
const KEYWORD_COLON = new Set(["finally", "try"]);

/** The word being completed: what follows the last of readline's delimiters. */
const WORD = /[^\s`~!@#$%^&*()\-=+[{\]}\\|;:'",<>/?]*$/;

export function makeCompleter(globals: () => PyDict, builtins: () => PyDict): (line: string) => [string[], string] {
  return (line: string) => {
    const text = WORD.exec(line)?.[0] ?? "";
    if (text === "" && line.trim() === "") return [["    "], ""];
    const matches = text.includes(".") ? attrMatches(text, globals(), builtins()) : globalMatches(text, globals(), builtins());
    return [matches, text];
  };
}

function globalMatches(text: string, globals: PyDict, builtins: PyDict): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const w of KEYWORDS) {
    if (!w.startsWith(text)) continue;
    seen.add(w);
    out.push(KEYWORD_COLON.has(w) ? w + ":" : KEYWORD_AS_IS.has(w) ? w : w + " ");
  }
  for (const ns of [globals, builtins]) {
    for (const [k, v] of ns.entries()) {
      if (typeof k !== "string" || !k.startsWith(text) || seen.has(k)) continue;
      seen.add(k);
      out.push(isCallable(v) ? k + "(" : k);
    }
  }
  return out.sort();
}

function attrMatches(text: string, globals: PyDict, builtins: PyDict): string[] {
  const m = /^([\p{L}_][\p{L}\p{N}_]*(?:\.[\p{L}_][\p{L}\p{N}_]*)*)\.([\p{L}\p{N}_]*)$/u.exec(text);
  if (!m) return [];
  const [, expr, attr] = m;
  const parts = expr.split(".");
  let obj = globals.getStr(parts[0]) ?? builtins.getStr(parts[0]);
  for (let i = 1; i < parts.length && obj !== undefined; i++) obj = staticAttr(obj, parts[i]);
  if (obj === undefined) return [];
  const noprefix = attr === "" ? "_" : attr === "_" ? "__" : null;
  const out: string[] = [];
  for (const name of attributeNames(obj)) {
    if (!name.startsWith(attr)) continue;
    if (noprefix !== null && name.startsWith(noprefix)) continue;
    const v = staticAttr(obj, name);
    out.push(v !== undefined && isCallable(v) ? `${expr}.${name}(` : `${expr}.${name}`);
  }
  return out.sort();
}

/** obj.name when it can be found without running Python code; undefined otherwise. */
function staticAttr(obj: PyValue, name: string): PyValue | undefined {
  if (obj instanceof PyType) {
    for (const t of obj.mro) {
      const v = t.attrs.get(name);
      if (v !== undefined) return v;
    }
    return undefined;
  }
  if (obj instanceof PyObject && obj.dict instanceof PyDict) {
    const v = obj.dict.getStr(name);
    if (v !== undefined) return v;
  }
  const v = typeOf(obj).lookup(name);
  // a plain class attribute, or a method (callable either way); descriptors that compute a
  // value (properties, slots) are not followed
  if (v === undefined) return undefined;
  const get = typeOf(v).lookup("__get__");
  if (get !== undefined && !isCallable(v)) return undefined;
  return v;
}

function attributeNames(obj: PyValue): Set<string> {
  const names = new Set<string>();
  if (obj instanceof PyObject && obj.dict instanceof PyDict) {
    for (const k of obj.dict.keys()) if (typeof k === "string") names.add(k);
  }
  // a class lists its own and its bases' namespaces; anything else, its class's
  const types = obj instanceof PyType ? obj.mro : typeOf(obj).mro;
  for (const t of types) for (const k of t.attrs.keys()) names.add(k);
  names.add("__class__");
  names.delete("__builtins__");
  return names;
}

function isCallable(v: PyValue): boolean {
  return v instanceof PyType || typeOf(v).lookup("__call__") !== undefined;
}
