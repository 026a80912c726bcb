// Struct sequences (os.stat_result, os.terminal_size, time.struct_time-like): tuples whose
// items also have names, plus named fields beyond the tuple part (st_atime as a float …).
// repr: `os.stat_result(st_mode=33188, …)` with the visible fields only, as CPython prints it.
import type { PyValue } from "../objects/object.js";
import { PyTuple, tupleType } from "../objects/tuple.js";
import { PyType, typeType } from "../objects/type.js";
import { defineGetter, defineMethods } from "../objects/function.js";
import { reprGen } from "../objects/stringify.js";
import type { NativeGen } from "../objects/native.js";
import { None } from "../objects/singletons.js";

export class PyStructSeq extends PyTuple {
  constructor(
    items: PyValue[],
    /** Values of the named fields that aren't part of the tuple. */
    readonly extra: PyValue[],
    type: PyType,
  ) {
    super(items, type);
  }
}

/**
 * A struct-sequence type: `visible` fields make the tuple, `hidden` ones are attributes only;
 * `reprOnly` names tuple items past the visible ones in the repr (os.stat_result's int times).
 */
export function makeStructSeqType(module: string, name: string, visible: string[], hidden: string[] = [], reprOnly: string[] = []): PyType {
  const t = new PyType(typeType, name, [tupleType], { builtin: true, module });
  visible.forEach((f, i) => defineGetter(t, f, (v) => (v as PyTuple).items[i]));
  hidden.forEach((f, i) => defineGetter(t, f, (v) => (v instanceof PyStructSeq ? (v.extra[i] ?? None) : None)));
  defineMethods(t, {
    __repr__: function* (args): NativeGen {
      const items = (args[0] as PyTuple).items;
      const parts: string[] = [];
      const names = [...visible, ...reprOnly];
      for (let i = 0; i < names.length && i < items.length; i++) parts.push(`${names[i]}=${yield* reprGen(items[i])}`);
      return `${module}.${name}(${parts.join(", ")})`;
    },
    __reduce__: (args) => new PyTuple([t, new PyTuple([new PyTuple((args[0] as PyTuple).items)])]),
  });
  t.attrs.set("n_sequence_fields", visible.length + reprOnly.length);
  t.attrs.set("n_fields", visible.length + reprOnly.length + hidden.length);
  t.attrs.set("_fields", new PyTuple(visible));
  return t;
}
