// Argument binding for re's module-level functions, with the messages of a Python function
// (they are Python functions in CPython: "sub() missing 2 required positional arguments:
// 'repl' and 'string'"). Pattern/Match methods use native-args.ts (C-style messages).
import type { KwArgs, PyValue } from "../../objects/object.js";
import { pyTypeError } from "../../objects/exceptions.js";
import { bindArgs } from "../native-args.js";

function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(", ")}, and ${q[q.length - 1]}`;
}

/** Binds args/kw to `names` (the first `required` mandatory); one slot per name. */
export function bindPyArgs(fn: string, args: PyValue[], kw: KwArgs, names: string[], required: number): (PyValue | undefined)[] {
  const max = names.length;
  if (args.length > max) {
    const takes = required === max ? `${max}` : `from ${required} to ${max}`;
    const plural = required === max && max === 1 ? "argument" : "arguments";
    throw pyTypeError(`${fn}() takes ${takes} positional ${plural} but ${args.length} ${args.length === 1 ? "was" : "were"} given`);
  }
  const out: (PyValue | undefined)[] = new Array(max);
  for (let i = 0; i < args.length; i++) out[i] = args[i];
  if (kw !== null) {
    for (const [k, v] of kw) {
      const i = names.indexOf(k);
      if (i < 0) throw pyTypeError(`${fn}() got an unexpected keyword argument '${k}'`);
      if (out[i] !== undefined) throw pyTypeError(`${fn}() got multiple values for argument '${k}'`);
      out[i] = v;
    }
  }
  const missing = names.slice(0, required).filter((_, i) => out[i] === undefined);
  if (missing.length > 0) {
    throw pyTypeError(`${fn}() missing ${missing.length} required positional argument${missing.length === 1 ? "" : "s"}: ${nameList(missing)}`);
  }
  return out;
}

/** Pattern/Match methods (C functions in CPython): its wording for an unknown keyword. */
export function bindMethodArgs(fn: string, args: PyValue[], kw: KwArgs, names: string[], required = 0): (PyValue | undefined)[] {
  const given = args.length + (kw === null ? 0 : kw.size);
  if (given > names.length) throw pyTypeError(`${fn}() takes at most ${names.length} argument${names.length === 1 ? "" : "s"} (${given} given)`);
  if (kw !== null) for (const k of kw.keys()) if (!names.includes(k)) throw pyTypeError(`'${k}' is an invalid keyword argument for ${fn}()`);
  return bindArgs(fn, args, kw, names, required);
}
