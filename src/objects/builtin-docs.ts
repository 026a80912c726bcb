// Gives the builtin functions and classes CPython's docstrings (the generated BUILTIN_DOCS
// table): len.__doc__, int.__doc__, str.join.__doc__, int.real.__doc__. Only objects that have
// no docstring yet get one, so applying it for each interpreter is harmless.
import type { PyDict } from "./dict.js";
import { PyType } from "./type.js";
import { PyBuiltinFunction, PyClassMethod, PyGetSetDescriptor, PyStaticMethod } from "./function.js";
import type { PyValue } from "./object.js";
import { None } from "./singletons.js";
import { BUILTIN_DOCS, BUILTIN_TEXT_SIGNATURES } from "./builtin-docs-data.js";

/** Applies the table to the builtins namespace `b` and to `moreTypes` (function, NoneType …). */
export function applyBuiltinDocs(b: PyDict, moreTypes: PyType[]): void {
  for (const [name, value] of b.entries()) {
    if (typeof name !== "string") continue;
    if (value instanceof PyType) documentType(name, value);
    else if (value instanceof PyBuiltinFunction) documentFunction(value, name);
  }
  for (const t of moreTypes) documentType(t.name, t);
}

// Kept beside the types rather than in their attrs: several builtin types (type, property,
// function) have a __doc__ descriptor there that serves their instances.
const typeDocs = new WeakMap<PyType, string>();

/** A builtin class's docstring (CPython's tp_doc), or None. */
export function builtinTypeDoc(t: PyType): PyValue {
  return typeDocs.get(t) ?? None;
}

function documentType(key: string, t: PyType): void {
  if (!t.isBuiltin) return;
  const doc = BUILTIN_DOCS[key];
  if (doc !== undefined) typeDocs.set(t, doc);
  for (const [attr, value] of t.attrs) {
    const attrKey = `${key}.${attr}`;
    if (value instanceof PyBuiltinFunction) documentFunction(value, attrKey);
    else if (value instanceof PyClassMethod || value instanceof PyStaticMethod) documentFunction(value.func, attrKey);
    else if (value instanceof PyGetSetDescriptor && value.doc === null) value.doc = BUILTIN_DOCS[attrKey] ?? null;
  }
}

const textSignatures = new WeakMap<PyBuiltinFunction, string>();

/** `__text_signature__` of a builtin function ("($module, obj, /)"), or None. */
export function builtinTextSignature(f: PyBuiltinFunction): PyValue {
  return textSignatures.get(f) ?? None;
}

function documentFunction(f: PyValue, key: string): void {
  if (!(f instanceof PyBuiltinFunction)) return;
  const doc = BUILTIN_DOCS[key];
  if (doc !== undefined && f.doc === null) f.doc = doc;
  const sig = BUILTIN_TEXT_SIGNATURES[key];
  if (sig !== undefined) textSignatures.set(f, sig);
}
