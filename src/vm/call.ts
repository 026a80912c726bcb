// Binding call arguments to a Python function's parameters, with CPython's error messages.
import type { KwArgs, PyValue } from "../objects/object.js";
import type { PyFunction } from "../objects/function.js";
import { PyDict } from "../objects/dict.js";
import { PyTuple, EMPTY_TUPLE } from "../objects/tuple.js";
import { pyTypeError } from "../objects/exceptions.js";
import { CO_VARARGS, CO_VARKEYWORDS } from "../compiler/code.js";

/** Fills regs[0..nparams) from positional args and keywords, applying defaults. */
export function bindArgs(func: PyFunction, regs: (PyValue | undefined)[], args: PyValue[], kw: KwArgs): void {
  const code = func.code;
  const argc = code.argcount, kwonly = code.kwonlyargcount, posonly = code.posonlyargcount;
  const hasVarargs = (code.flags & CO_VARARGS) !== 0, hasVarkw = (code.flags & CO_VARKEYWORDS) !== 0;
  const nargs = args.length;
  const n = nargs < argc ? nargs : argc;
  for (let i = 0; i < n; i++) regs[i] = args[i];
  let varkw: PyDict | null = null;
  if (hasVarkw) {
    varkw = new PyDict();
    regs[argc + kwonly + (hasVarargs ? 1 : 0)] = varkw;
  }
  if (hasVarargs) regs[argc + kwonly] = nargs > argc ? new PyTuple(args.slice(argc)) : EMPTY_TUPLE;
  else if (nargs > argc) throw tooManyPositional(func, nargs, kw);
  if (kw !== null) {
    const names = code.varnames;
    let posonlyPassed: string[] | null = null;
    for (const [name, value] of kw) {
      let idx = -1;
      for (let i = posonly; i < argc + kwonly; i++) {
        if (names[i] === name) {
          idx = i;
          break;
        }
      }
      if (idx >= 0) {
        if (regs[idx] !== undefined) throw pyTypeError(`${func.qualname}() got multiple values for argument '${name}'`);
        regs[idx] = value;
      } else if (varkw !== null) varkw.setStr(name, value);
      else if (names.indexOf(name) >= 0 && names.indexOf(name) < posonly) (posonlyPassed ??= []).push(name);
      else throw pyTypeError(`${func.qualname}() got an unexpected keyword argument '${name}'`);
    }
    if (posonlyPassed) {
      throw pyTypeError(`${func.qualname}() got some positional-only arguments passed as keyword arguments: '${posonlyPassed.join(", ")}'`);
    }
  }
  if (nargs < argc) {
    const defaults = func.defaults;
    const ndef = defaults ? defaults.length : 0;
    const firstDefault = argc - ndef;
    let missing: string[] | null = null;
    for (let i = nargs; i < argc; i++) {
      if (regs[i] === undefined) {
        if (i >= firstDefault) regs[i] = defaults![i - firstDefault];
        else (missing ??= []).push(code.varnames[i]);
      }
    }
    if (missing) throw missingArgs(func, missing, "positional");
  }
  if (kwonly > 0) {
    let missing: string[] | null = null;
    for (let i = argc; i < argc + kwonly; i++) {
      if (regs[i] === undefined) {
        const d = func.kwdefaults?.getStr(code.varnames[i]);
        if (d !== undefined) regs[i] = d;
        else (missing ??= []).push(code.varnames[i]);
      }
    }
    if (missing) throw missingArgs(func, missing, "keyword-only");
  }
}

function quoteList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(", ")}, and ${q[q.length - 1]}`;
}

function missingArgs(func: PyFunction, names: string[], kind: string) {
  const n = names.length;
  return pyTypeError(`${func.qualname}() missing ${n} required ${kind} argument${n === 1 ? "" : "s"}: ${quoteList(names)}`);
}

function tooManyPositional(func: PyFunction, given: number, kw: KwArgs) {
  const code = func.code;
  const argc = code.argcount;
  const ndef = func.defaults ? func.defaults.length : 0;
  const takes = ndef > 0 ? `from ${argc - ndef} to ${argc}` : `${argc}`;
  const plural = ndef > 0 || argc !== 1 ? "s" : "";
  let kwonlyGiven = 0;
  if (kw) for (const name of kw.keys()) if (code.varnames.indexOf(name) >= argc && code.varnames.indexOf(name) < argc + code.kwonlyargcount) kwonlyGiven++;
  const givenText = kwonlyGiven
    ? `${given} positional argument${given === 1 ? "" : "s"} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven === 1 ? "" : "s"}) were given`
    : `${given} ${given === 1 ? "was" : "were"} given`;
  return pyTypeError(`${func.qualname}() takes ${takes} positional argument${plural} but ${givenText}`);
}
