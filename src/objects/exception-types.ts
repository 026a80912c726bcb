// Methods and attributes of BaseException and the builtin exceptions with extra fields
// (KeyError's str, StopIteration.value, SystemExit.code, OSError errno/strerror, SyntaxError …).
import type { KwArgs, PyValue } from "./object.js";
import { PyType, makeBuiltinType } from "./type.js";
import { defineMethods, defineGetter, defineStaticMethod, nativeFunction } from "./function.js";
import { PyTuple, EMPTY_TUPLE, newTuple, tupleType } from "./tuple.js";
import { PyList } from "./list.js";
import { None } from "./singletons.js";
import { intValue } from "./int.js";
import { strValue } from "./str.js";
import { typeOf } from "./typeof.js";
import { reprGen, strGen } from "./stringify.js";
import type { NativeGen } from "./native.js";
import { Exc, PyBaseException, PyTraceback, newException, osErrorSubclass, pyTypeError } from "./exceptions.js";
import { toArrayGen } from "./iter.js";
import { PyDict } from "./dict.js";
import { setUnicodeErrorFields, unicodeErrorFields } from "./unicode-error-fields.js";
import { PyBytes, PyByteArray } from "./bytes.js";
import { PyMemoryView } from "./memoryview.js";

function E(v: PyValue): PyBaseException {
  if (!(v instanceof PyBaseException)) throw pyTypeError(`descriptor requires a 'BaseException' object but received a '${typeOf(v).name}'`);
  return v;
}

const BE = Exc.BaseException;

/** BaseException.__init__ and the builtin exceptions' own take no keywords (a subclass's may). */
function noKeywords(self: PyValue, kw: KwArgs): void {
  if (kw !== null && kw.size > 0) throw pyTypeError(`${typeOf(self).name}() takes no keyword arguments`);
}

defineStaticMethod(BE, "__new__", (args) => {
  if (args.length === 0) throw pyTypeError("BaseException.__new__(): not enough arguments");
  if (!(args[0] instanceof PyType)) throw pyTypeError(`BaseException.__new__(X): X is not a type object (${typeOf(args[0]).name})`);
  const cls = args[0];
  const e = cls.factory ? cls.factory(cls) : new PyBaseException(cls);
  const be = e as PyBaseException;
  be.args = args.length > 1 ? new PyTuple(args.slice(1)) : EMPTY_TUPLE;
  return be;
});

defineMethods(BE, {
  __init__: (args, kw) => {
    noKeywords(args[0], kw);
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
  // (cls, args), and the instance's own attributes as a third item when it has any
  // (self.code = ... in a subclass's __init__), which copy and pickle then restore
  __reduce__: (args) => reduceException(E(args[0]), E(args[0]).args),
  // pickling's other half: a dict state goes into __dict__
  __setstate__: (args) => {
    const state = args[1];
    if (state === None) return None;
    if (!(state instanceof PyDict)) throw pyTypeError("state is not a dictionary");
    for (const [k, v] of state.entries()) E(args[0]).dict!.set(k, v);
    return None;
  },
});

defineGetter(BE, "args", (e) => E(e).args, (e, v) => {
  // any iterable, made a tuple (e.args = [1, 2] gives (1, 2))
  E(e).args = v instanceof PyTuple && v.type === tupleType ? v : newTuple(callMod.runSync(toArrayGen(v)));
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
/** (cls, args), plus the instance's own attributes (not the builtin fields) when it has any. */
function reduceException(e: PyBaseException, args: PyTuple): PyTuple {
  const cls = typeOf(e);
  const state = new PyDict();
  if (e.dict) {
    for (const [k, v] of e.dict.entries()) {
      if (typeof k === "string" && cls.mro.some((t) => fieldNames.get(t)?.has(k))) continue;
      state.set(k, v);
    }
  }
  return new PyTuple(state.size ? [cls, args, state] : [cls, args]);
}

/** The names each builtin exception type keeps in the instance dict for what CPython holds in C
 *  fields (errno, msg, value ...): not part of the state __reduce__ returns. */
const fieldNames = new Map<PyType, Set<string>>();

function field(type: PyType, name: string, dflt: (e: PyBaseException) => PyValue): void {
  defineGetter(type, name, (e) => E(e).dict!.getStr(name) ?? dflt(E(e)), (e, v) => {
    E(e).dict!.setStr(name, v);
  });
  let names = fieldNames.get(type);
  if (names === undefined) fieldNames.set(type, (names = new Set()));
  names.add(name);
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
  __init__: (args, kw) => {
    noKeywords(args[0], kw);
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

// OSError: errno, strerror, filename, filename2; str "[Errno 2] No such file or directory: 'x'".
// Given 2 to 5 arguments, OSError(errno, strerror[, filename[, winerror[, filename2]]]) stores
// them as attributes (args keeps only (errno, strerror) when a filename is given), and OSError
// itself (not a subclass) becomes the subclass for the errno: OSError(2, "x") is a
// FileNotFoundError. A subclass that defines __init__ (and not __new__) gets its arguments
// parsed by OSError.__init__ instead, when it calls it — as CPython does.
for (const name of ["errno", "strerror", "filename", "filename2"]) field(Exc.OSError, name, () => None);
function setOSErrorFields(e: PyBaseException, a: PyValue[]): void {
  e.args = a.length ? new PyTuple(a) : EMPTY_TUPLE;
  if (a.length < 2 || a.length > 5) return;
  e.dict!.setStr("errno", a[0]);
  e.dict!.setStr("strerror", a[1]);
  if (a.length >= 3 && a[2] !== None) {
    e.dict!.setStr("filename", a[2]);
    e.args = new PyTuple(a.slice(0, 2));
  }
  if (a.length === 5) e.dict!.setStr("filename2", a[4]);
}
// OSError(errno, strerror, filename[, winerror, filename2]) is remade with its filenames
defineMethods(Exc.OSError, {
  __reduce__: (args) => {
    const e = E(args[0]);
    const filename = e.dict!.getStr("filename");
    const filename2 = e.dict!.getStr("filename2");
    let a = e.args;
    if (a.items.length === 2 && filename !== undefined && filename !== None) {
      a = new PyTuple(filename2 !== undefined && filename2 !== None ? [...a.items, filename, None, filename2] : [...a.items, filename]);
    }
    return reduceException(e, a);
  },
});
defineStaticMethod(Exc.OSError, "__new__", (args) => {
  let cls = args[0] as PyType;
  const a = args.slice(1);
  if (cls === Exc.OSError && a.length >= 2 && a.length <= 5) {
    const errno = intValue(a[0]);
    if (typeof errno === "number") cls = osErrorSubclass(errno);
  }
  const e = (cls.factory ? cls.factory(cls) : new PyBaseException(cls)) as PyBaseException;
  if (parsesInInit(cls)) e.args = EMPTY_TUPLE;
  else setOSErrorFields(e, a);
  return e;
});
defineMethods(Exc.OSError, {
  __init__: (args, kw) => {
    noKeywords(args[0], kw);
    const e = E(args[0]);
    if (parsesInInit(typeOf(e))) setOSErrorFields(e, args.slice(1));
    return None;
  },
});
const osErrorNew = Exc.OSError.lookup("__new__");
const osErrorInit = Exc.OSError.lookup("__init__");
function parsesInInit(cls: PyType): boolean {
  return cls.lookup("__init__") !== osErrorInit && cls.lookup("__new__") === osErrorNew;
}
defineMethods(Exc.OSError, {
  __str__: function* (args): NativeGen {
    const e = E(args[0]);
    const a = e.args.items;
    const errno = e.dict!.getStr("errno") ?? None;
    const strerror = e.dict!.getStr("strerror") ?? None;
    const filename = e.dict!.getStr("filename") ?? None;
    const filename2 = e.dict!.getStr("filename2") ?? None;
    if (filename !== None) {
      const head = `[Errno ${yield* strGen(errno)}] ${yield* strGen(strerror)}: ${yield* reprGen(filename)}`;
      return filename2 === None ? head : `${head} -> ${yield* reprGen(filename2)}`;
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

// UnicodeEncodeError/UnicodeDecodeError(encoding, object, start, end, reason) and
// UnicodeTranslateError(object, start, end, reason): the fields as attributes (not in __dict__;
// None/0 when __init__ did not run) and CPython's message made from them.
type UnicodeKind = "encode" | "decode" | "translate";
const UNICODE_FIELDS = ["encoding", "object", "start", "end", "reason"] as const;

function unicodeFields(e: PyValue) {
  const ex = E(e);
  let f = unicodeErrorFields(ex);
  if (f === undefined) {
    f = { encoding: None, object: None, start: 0, end: 0, reason: None };
    setUnicodeErrorFields(ex, f);
  }
  return f;
}

function checkUnicodeField(name: (typeof UNICODE_FIELDS)[number], v: PyValue, kind: UnicodeKind): void {
  if (name === "start" || name === "end") {
    if (intValue(v) === undefined) throw pyTypeError("an integer is required");
  }
  void kind;
}

/** \xNN, \uNNNN or \UNNNNNNNN: how the message shows one code point. */
function escapedCodePoint(c: number): string {
  if (c <= 0xff) return "\\x" + c.toString(16).padStart(2, "0");
  if (c <= 0xffff) return "\\u" + c.toString(16).padStart(4, "0");
  return "\\U" + c.toString(16).padStart(8, "0");
}

function* unicodeErrorStrGen(e: PyValue, kind: UnicodeKind): NativeGen<string> {
  const f = unicodeErrorFields(E(e));
  if (f === undefined) {
    const a = E(e).args.items;
    return a.length === 0 ? "" : a.length === 1 ? yield* strGen(a[0]) : yield* reprGen(E(e).args);
  }
  const start = Number(intValue(f.start) ?? 0);
  const end = Number(intValue(f.end) ?? 0);
  const reason = yield* strGen(f.reason);
  if (kind === "decode") {
    const enc = yield* strGen(f.encoding);
    const bytes = (f.object as unknown as { bytes?: Uint8Array }).bytes;
    if (bytes !== undefined && start >= 0 && start < bytes.length && end === start + 1) {
      return `'${enc}' codec can't decode byte 0x${bytes[start].toString(16).padStart(2, "0")} in position ${start}: ${reason}`;
    }
    return `'${enc}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
  }
  const chars = [...(strValue(f.object) ?? "")];
  const what = kind === "encode" ? `'${yield* strGen(f.encoding)}' codec can't encode` : "can't translate";
  if (start >= 0 && start < chars.length && end === start + 1) {
    return `${what} character '${escapedCodePoint(chars[start].codePointAt(0)!)}' in position ${start}: ${reason}`;
  }
  return `${what} characters in position ${start}-${end - 1}: ${reason}`;
}

function unicodeErrorInit(args: PyValue[], kind: UnicodeKind): PyValue {
  const e = E(args[0]);
  const a = args.slice(1);
  e.args = new PyTuple(a);
  const want = kind === "translate" ? 4 : 5;
  if (a.length !== want) throw pyTypeError(`function takes exactly ${want} arguments (${a.length} given)`);
  const given = kind === "translate" ? [None, ...a] : a;
  const argNo = (i: number) => (kind === "translate" ? i : i + 1);
  if (kind !== "translate" && strValue(given[0]) === undefined) throw pyTypeError(`argument 1 must be str, not ${typeOf(given[0]).name}`);
  let object = given[1];
  if (kind === "decode") {
    if (!(object instanceof PyBytes || object instanceof PyByteArray || object instanceof PyMemoryView)) {
      throw pyTypeError(`a bytes-like object is required, not '${typeOf(object).name}'`);
    }
    object = new PyBytes((object as PyBytes | PyMemoryView).bytes.slice());
  } else if (strValue(object) === undefined) {
    throw pyTypeError(`argument ${argNo(1)} must be str, not ${typeOf(object).name}`);
  }
  for (const i of [2, 3]) {
    if (intValue(given[i]) === undefined) throw pyTypeError(`'${typeOf(given[i]).name}' object cannot be interpreted as an integer`);
  }
  if (strValue(given[4]) === undefined) throw pyTypeError(`argument ${argNo(4)} must be str, not ${typeOf(given[4]).name}`);
  setUnicodeErrorFields(e, { encoding: given[0], object, start: given[2], end: given[3], reason: given[4] });
  return None;
}

for (const [type, kind] of [
  [Exc.UnicodeEncodeError, "encode"],
  [Exc.UnicodeDecodeError, "decode"],
  [Exc.UnicodeTranslateError, "translate"],
] as const) {
  for (const name of UNICODE_FIELDS) {
    defineGetter(type, name, (e) => unicodeFields(e)[name], (e, v) => {
      checkUnicodeField(name, v, kind);
      unicodeFields(e)[name] = v;
    });
  }
  defineMethods(type, {
    __init__: (args) => unicodeErrorInit(args, kind),
    __str__: function* (args): NativeGen {
      return yield* unicodeErrorStrGen(args[0], kind);
    },
  });
}

// ---- exception groups -------------------------------------------------------------------------
// BaseExceptionGroup(message, exceptions): `exceptions` (a tuple) and `message` live in the
// instance dict; split()/subgroup()/derive() as in 3.11.
const BEG = Exc.BaseExceptionGroup;
const EG = Exc.ExceptionGroup;

function* makeGroupGen(cls: PyType, args: PyValue[]): NativeGen {
  if (args.length !== 2) throw pyTypeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  const [message, excs] = args;
  const msg = strValue(message);
  if (msg === undefined) throw pyTypeError(`argument 1 must be str, not ${typeOf(message).name}`);
  const t = typeOf(excs);
  if (t.lookup("__getitem__") === undefined || t.lookup("__len__") === undefined || strValue(excs) !== undefined) {
    throw pyTypeError("second argument (exceptions) must be a sequence");
  }
  const items = yield* toArrayGen(excs);
  if (items.length === 0) throw newException(Exc.ValueError, "second argument (exceptions) must be a non-empty sequence");
  let allExceptions = true;
  items.forEach((x, i) => {
    if (!(x instanceof PyBaseException)) throw newException(Exc.ValueError, `Item ${i} of second argument (exceptions) is not an exception`);
    if (!x.type.isSubtypeOf(Exc.Exception)) allExceptions = false;
  });
  let type = cls;
  if (cls === BEG) {
    if (allExceptions) type = EG;
  } else if (cls === EG) {
    if (!allExceptions) throw pyTypeError("Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (!allExceptions && cls.isSubtypeOf(Exc.Exception)) {
    throw pyTypeError(`Cannot nest BaseExceptions in '${cls.name}'`);
  }
  const e = type.factory ? (type.factory(type) as PyBaseException) : new PyBaseException(type);
  e.args = new PyTuple([message, excs]);
  e.dict!.setStr("message", msg);
  e.dict!.setStr("exceptions", new PyTuple(items));
  return e;
}

defineStaticMethod(BEG, "__new__", function* (args): NativeGen {
  return yield* makeGroupGen(args[0] as PyType, args.slice(1));
});

function members(g: PyBaseException): PyBaseException[] {
  const ex = g.dict!.getStr("exceptions");
  return ex instanceof PyTuple ? (ex.items as PyBaseException[]) : [];
}

/** Copies what split()/subgroup() keep from the original group onto a derived one. */
function copyMeta(from: PyBaseException, to: PyBaseException): void {
  to.traceback = from.traceback;
  to.cause = from.cause;
  to.context = from.context;
  to.suppressContext = from.suppressContext;
  const notes = from.dict!.getStr("__notes__");
  if (notes !== undefined) to.dict!.setStr("__notes__", notes);
}

/** A matcher for split()/subgroup(): a type, a tuple of types, or a predicate. */
function* matcherGen(cond: PyValue): NativeGen<(e: PyBaseException) => NativeGen<boolean>> {
  if (cond instanceof PyType && cond.isSubtypeOf(Exc.BaseException)) {
    return function* (e: PyBaseException) {
      return e.type.isSubtypeOf(cond);
    };
  }
  if (cond instanceof PyTuple && cond.items.every((c) => c instanceof PyType && c.isSubtypeOf(Exc.BaseException))) {
    return function* (e: PyBaseException) {
      return cond.items.some((c) => e.type.isSubtypeOf(c as PyType));
    };
  }
  const { callGen } = callMod;
  const { isTrueGen } = opsMod;
  const tc = typeOf(cond);
  if (tc.lookup("__call__") !== undefined || cond instanceof PyObject) {
    return function* (e: PyBaseException) {
      return yield* isTrueGen(yield* callGen(cond, [e]));
    };
  }
  throw pyTypeError("expected a function, exception type or tuple of exception types");
}

/** [match, rest] of a group under a matcher (null for an empty part). */
export function* splitGroupGen(g: PyBaseException, match: (e: PyBaseException) => NativeGen<boolean>, wantRest: boolean): NativeGen<[PyBaseException | null, PyBaseException | null]> {
  if (yield* match(g)) return [g, null];
  if (!g.type.isSubtypeOf(BEG)) return [null, wantRest ? g : null];
  const m: PyBaseException[] = [];
  const r: PyBaseException[] = [];
  for (const e of members(g)) {
    const [em, er] = yield* splitGroupGen(e, match, wantRest);
    if (em) m.push(em);
    if (er) r.push(er);
  }
  const derive = function* (excs: PyBaseException[]): NativeGen<PyBaseException> {
    const { callGen } = callMod;
    const { getAttrGen } = attrMod;
    const d = yield* callGen(yield* getAttrGen(g, "derive"), [new PyList(excs)]);
    if (!(d instanceof PyBaseException) || !d.type.isSubtypeOf(BEG)) throw pyTypeError("derive must return an instance of BaseExceptionGroup");
    copyMeta(g, d);
    return d;
  };
  const mg = m.length ? yield* derive(m) : null;
  const rg = wantRest && r.length ? yield* derive(r) : null;
  return [mg, rg];
}

function G(v: PyValue): PyBaseException {
  if (!(v instanceof PyBaseException) || !v.type.isSubtypeOf(BEG)) throw pyTypeError("descriptor requires a 'BaseExceptionGroup' object");
  return v;
}

defineMethods(BEG, {
  __init__: () => None,
  __str__: (args) => {
    const g = G(args[0]);
    const n = members(g).length;
    return `${g.dict!.getStr("message") as string} (${n} sub-exception${n === 1 ? "" : "s"})`;
  },
  derive: function* (args): NativeGen {
    const g = G(args[0]);
    return yield* makeGroupGen(BEG, [g.dict!.getStr("message")!, args[1]]);
  },
  split: function* (args): NativeGen {
    const g = G(args[0]);
    const [m, r] = yield* splitGroupGen(g, yield* matcherGen(args[1]), true);
    return new PyTuple([m ?? None, r ?? None]);
  },
  subgroup: function* (args): NativeGen {
    const g = G(args[0]);
    const [m] = yield* splitGroupGen(g, yield* matcherGen(args[1]), false);
    return m ?? None;
  },
});
fieldNames.set(BEG, new Set(["message", "exceptions"]));
defineGetter(BEG, "message", (g) => G(g).dict!.getStr("message") ?? "");
defineGetter(BEG, "exceptions", (g) => G(g).dict!.getStr("exceptions") ?? new PyTuple([]));
import * as callMod from "./call.js";
import * as attrMod from "./attr.js";
import * as opsMod from "./ops.js";
import { PyObject } from "./object.js";

// ---- except* bookkeeping (see src/compiler/trystar.ts) -----------------------------------------
const egStateType = makeBuiltinType("except_star_state", undefined, { baseType: false });

class EGState extends PyObject {
  /** What no clause has matched yet (a group, or the naked exception); null when all matched. */
  rest: PyBaseException | null;
  readonly raised: PyBaseException[] = [];
  constructor(
    readonly orig: PyBaseException,
    readonly naked: boolean,
  ) {
    super(egStateType);
    this.rest = orig;
  }
}

/** `.eg_start(exc)`: the state of one except* statement handling exc. */
export function exceptStarStart(exc: PyValue): PyValue {
  if (!(exc instanceof PyBaseException)) throw pyTypeError("exceptions must derive from BaseException");
  return new EGState(exc, !exc.type.isSubtypeOf(BEG));
}
/** The function the compiler loads for `.eg_start` (a constant: no Python name reaches it). */
export const exceptStarStartFn = nativeFunction(".eg_start", (args) => exceptStarStart(args[0]));

function checkStarType(t: PyValue): void {
  const types = t instanceof PyTuple ? t.items : [t];
  for (const x of types) {
    if (!(x instanceof PyType) || !x.isSubtypeOf(Exc.BaseException)) throw pyTypeError("catching classes that do not inherit from BaseException is not allowed");
    if (x.isSubtypeOf(BEG)) throw pyTypeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
  }
}

defineMethods(egStateType, {
  match: function* (args): NativeGen {
    const st = args[0] as EGState;
    const t = args[1];
    checkStarType(t);
    const rest = st.rest;
    if (rest === null) return None;
    const m = yield* matcherGen(t);
    if (st.naked && rest === st.orig) {
      if (!(yield* m(rest))) return None;
      st.rest = null;
      const g = newException(EG, "", new PyList([rest]));
      g.dict!.setStr("message", "");
      g.dict!.setStr("exceptions", new PyTuple([rest]));
      g.traceback = rest.traceback;
      return g;
    }
    const [match, r] = yield* splitGroupGen(rest, m, true);
    st.rest = r;
    return match ?? None;
  },
  raised: (args) => {
    const st = args[0] as EGState;
    const e = args[1];
    if (e instanceof PyBaseException) st.raised.push(e);
    return None;
  },
  finish: function* (args): NativeGen {
    const st = args[0] as EGState;
    const rest = st.rest;
    if (st.raised.length === 0) return rest ?? None;
    const orig = st.orig;
    // re-raised parts (bare `raise`) keep the original's metadata; they and the unhandled rest
    // go back into the original's shape, newly raised exceptions beside it
    const same = (e: PyBaseException) => e.traceback === orig.traceback && e.cause === orig.cause && e.context === orig.context;
    const reraised = st.raised.filter(same);
    const fresh = st.raised.filter((e) => !same(e));
    const keep = new Set<PyBaseException>();
    const leaves = (e: PyBaseException): void => {
      if (e.type.isSubtypeOf(BEG)) members(e).forEach(leaves);
      else keep.add(e);
    };
    reraised.forEach(leaves);
    if (rest) leaves(rest);
    let projected: PyBaseException | null = null;
    if (keep.size) {
      if (st.naked) projected = orig;
      else [projected] = yield* splitGroupGen(orig, function* (e) {
        return !e.type.isSubtypeOf(BEG) && keep.has(e);
      }, false);
    }
    if (fresh.length === 0) return projected ?? None;
    const all = projected ? [...fresh, projected] : fresh;
    return (yield* makeGroupGen(BEG, ["", new PyList(all)])) as PyBaseException;
  },
});
