// Methods and attributes of BaseException and the builtin exceptions with extra fields
// (KeyError's str, StopIteration.value, SystemExit.code, OSError errno/strerror, SyntaxError …).
import type { PyValue } from "./object.js";
import type { PyType } from "./type.js";
import { defineMethods, defineGetter, defineStaticMethod } from "./function.js";
import { PyTuple, EMPTY_TUPLE, newTuple } from "./tuple.js";
import { PyList } from "./list.js";
import { None } from "./singletons.js";
import { intValue } from "./int.js";
import { strValue } from "./str.js";
import { typeOf } from "./typeof.js";
import { reprGen, strGen } from "./stringify.js";
import type { NativeGen } from "./native.js";
import { Exc, PyBaseException, PyTraceback, newException, pyTypeError } from "./exceptions.js";
import { toArrayGen } from "./iter.js";

function E(v: PyValue): PyBaseException {
  if (!(v instanceof PyBaseException)) throw pyTypeError(`descriptor requires a 'BaseException' object but received a '${typeOf(v).name}'`);
  return v;
}

const BE = Exc.BaseException;

defineStaticMethod(BE, "__new__", (args) => {
  const cls = args[0] as PyType;
  const e = cls.factory ? cls.factory(cls) : new PyBaseException(cls);
  const be = e as PyBaseException;
  be.args = args.length > 1 ? new PyTuple(args.slice(1)) : EMPTY_TUPLE;
  return be;
});

defineMethods(BE, {
  __init__: (args) => {
    E(args[0]).args = args.length > 1 ? new PyTuple(args.slice(1)) : EMPTY_TUPLE;
    return None;
  },
  __str__: function* (args): NativeGen {
    const a = E(args[0]).args.items;
    if (a.length === 0) return "";
    if (a.length === 1) return yield* strGen(a[0]);
    return yield* reprGen(E(args[0]).args);
  },
  __repr__: function* (args): NativeGen {
    const e = E(args[0]);
    const a = e.args.items;
    const name = typeOf(e).name;
    if (a.length === 1) return `${name}(${yield* reprGen(a[0])})`;
    const r = yield* reprGen(e.args);
    return `${name}${a.length === 0 ? "()" : r}`;
  },
  with_traceback: (args) => {
    const e = E(args[0]);
    e.traceback = args[1] === None ? null : (args[1] as PyTraceback);
    return e;
  },
  add_note: (args) => {
    const e = E(args[0]);
    const note = strValue(args[1]);
    if (note === undefined) throw pyTypeError(`note must be a str, not '${typeOf(args[1]).name}'`);
    let notes = e.dict!.getStr("__notes__");
    if (notes === undefined) {
      notes = new PyList([]);
      e.dict!.setStr("__notes__", notes);
    }
    if (!(notes instanceof PyList)) throw pyTypeError("Cannot add note: __notes__ is not a list");
    notes.items.push(note);
    return None;
  },
  __reduce__: (args) => new PyTuple([typeOf(args[0]), E(args[0]).args]),
});

defineGetter(BE, "args", (e) => E(e).args, (e, v) => {
  E(e).args = v instanceof PyTuple ? v : newTuple([v]);
});
defineGetter(BE, "__traceback__", (e) => E(e).traceback ?? None, (e, v) => {
  if (v !== None && !(v instanceof PyTraceback)) throw pyTypeError("__traceback__ must be a traceback or None");
  E(e).traceback = v === None ? null : (v as PyTraceback);
});
defineGetter(BE, "__cause__", (e) => E(e).cause, (e, v) => {
  if (v !== None && !(v instanceof PyBaseException)) throw pyTypeError("exception cause must be None or derive from BaseException");
  E(e).cause = v;
  E(e).suppressContext = true;
});
defineGetter(BE, "__context__", (e) => E(e).context, (e, v) => {
  if (v !== None && !(v instanceof PyBaseException)) throw pyTypeError("exception context must be None or derive from BaseException");
  E(e).context = v;
});
defineGetter(BE, "__suppress_context__", (e) => E(e).suppressContext, (e, v) => {
  E(e).suppressContext = v === true;
});

/** Attribute with a default, stored in the instance dict. */
function field(type: PyType, name: string, dflt: (e: PyBaseException) => PyValue): void {
  defineGetter(type, name, (e) => E(e).dict!.getStr(name) ?? dflt(E(e)), (e, v) => {
    E(e).dict!.setStr(name, v);
  });
}

// KeyError: str() is the repr of the key
defineMethods(Exc.KeyError, {
  __str__: function* (args): NativeGen {
    const a = E(args[0]).args.items;
    if (a.length === 1) return yield* reprGen(a[0]);
    if (a.length === 0) return "";
    return yield* reprGen(E(args[0]).args);
  },
});

// StopIteration.value
field(Exc.StopIteration, "value", (e) => (e.args.items.length ? e.args.items[0] : None));
defineMethods(Exc.StopIteration, {
  __init__: (args) => {
    const e = E(args[0]);
    e.args = args.length > 1 ? new PyTuple(args.slice(1)) : EMPTY_TUPLE;
    e.dict!.setStr("value", args.length > 1 ? args[1] : None);
    return None;
  },
});

// SystemExit.code
field(Exc.SystemExit, "code", (e) => (e.args.items.length === 0 ? None : e.args.items.length === 1 ? e.args.items[0] : e.args));

// NameError.name, AttributeError.name/obj, ImportError.name/path/msg
field(Exc.NameError, "name", () => None);
field(Exc.AttributeError, "name", () => None);
field(Exc.AttributeError, "obj", () => None);
field(Exc.ImportError, "name", () => None);
field(Exc.ImportError, "path", () => None);
field(Exc.ImportError, "msg", (e) => (e.args.items.length ? e.args.items[0] : None));
for (const t of [Exc.NameError, Exc.AttributeError, Exc.ImportError]) {
  defineMethods(t, {
    __init__: (args, kw) => {
      const e = E(args[0]);
      e.args = args.length > 1 ? new PyTuple(args.slice(1)) : EMPTY_TUPLE;
      if (kw) {
        for (const [k, v] of kw) {
          const allowed = t === Exc.ImportError ? ["name", "path"] : t === Exc.AttributeError ? ["name", "obj"] : ["name"];
          if (!allowed.includes(k)) throw pyTypeError(`'${k}' is an invalid keyword argument for ${t.name}()`);
          e.dict!.setStr(k, v);
        }
      }
      return None;
    },
  });
}
defineMethods(Exc.ImportError, {
  __str__: function* (args): NativeGen {
    const e = E(args[0]);
    const msg = e.dict!.getStr("msg");
    if (msg !== undefined && msg !== None) return yield* strGen(msg);
    const a = e.args.items;
    if (a.length === 0) return "";
    if (a.length === 1) return yield* strGen(a[0]);
    return yield* reprGen(e.args);
  },
});

// OSError: errno, strerror, filename; str "[Errno 2] No such file or directory: 'x'"
field(Exc.OSError, "errno", (e) => (e.args.items.length >= 2 ? e.args.items[0] : None));
field(Exc.OSError, "strerror", (e) => (e.args.items.length >= 2 ? e.args.items[1] : None));
field(Exc.OSError, "filename", (e) => (e.args.items.length >= 3 ? e.args.items[2] : None));
field(Exc.OSError, "filename2", (e) => (e.args.items.length >= 5 ? e.args.items[4] : None));
defineMethods(Exc.OSError, {
  __str__: function* (args): NativeGen {
    const e = E(args[0]);
    const a = e.args.items;
    const errno = e.dict!.getStr("errno") ?? (a.length >= 2 ? a[0] : None);
    const strerror = e.dict!.getStr("strerror") ?? (a.length >= 2 ? a[1] : None);
    const filename = e.dict!.getStr("filename") ?? (a.length >= 3 ? a[2] : None);
    if (filename !== None) {
      return `[Errno ${yield* strGen(errno)}] ${yield* strGen(strerror)}: ${yield* reprGen(filename)}`;
    }
    if (errno !== None && strerror !== None) return `[Errno ${yield* strGen(errno)}] ${yield* strGen(strerror)}`;
    if (a.length === 0) return "";
    if (a.length === 1) return yield* strGen(a[0]);
    return yield* reprGen(e.args);
  },
});

// SyntaxError: msg, filename, lineno, offset, text, end_lineno, end_offset
for (const name of ["filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"]) field(Exc.SyntaxError, name, () => None);
field(Exc.SyntaxError, "msg", (e) => (e.args.items.length ? e.args.items[0] : None));
defineMethods(Exc.SyntaxError, {
  __init__: function* (args): NativeGen {
    const e = E(args[0]);
    e.args = args.length > 1 ? new PyTuple(args.slice(1)) : EMPTY_TUPLE;
    if (args.length > 1) e.dict!.setStr("msg", args[1]);
    if (args.length > 2) {
      const info = yield* toArrayGen(args[2]);
      const names = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];
      if (info.length < 4 || info.length > 6) throw newException(Exc.IndexError, "tuple index out of range");
      info.forEach((v, i) => e.dict!.setStr(names[i], v));
    }
    return None;
  },
  __str__: function* (args): NativeGen {
    const e = E(args[0]);
    const msg = e.dict!.getStr("msg") ?? None;
    const filename = e.dict!.getStr("filename") ?? None;
    const lineno = e.dict!.getStr("lineno") ?? None;
    const m = msg === None ? "" : yield* strGen(msg);
    const fn = strValue(filename);
    const base = fn !== undefined ? fn.split(/[\\/]/).pop()! : undefined;
    const ln = intValue(lineno);
    if (base !== undefined && ln !== undefined) return `${m} (${base}, line ${ln})`;
    if (base !== undefined) return `${m} (${base})`;
    if (ln !== undefined) return `${m} (line ${ln})`;
    return m;
  },
});

// UnicodeError subclasses keep their args; str is the message given
