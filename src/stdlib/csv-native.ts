// _csv: CSV reading and writing with CPython's dialect rules, quoting and errors. The reader is a
// state machine over the lines an iterable gives (a file opened with newline='', a list …);
// the writer formats a row and calls fileobj.write(). csv.py (DictReader, DictWriter, the
// dialect classes) is Python over this.
import type { KwArgs, PyValue } from "../objects/object.js";
import { PyObject } from "../objects/object.js";
import { PyType, makeBuiltinType, typeType } from "../objects/type.js";
import { PyList } from "../objects/list.js";
import { PyBytes } from "../objects/bytes.js";
import { PyFloat } from "../objects/float.js";
import { PyDict } from "../objects/dict.js";
import { None } from "../objects/singletons.js";
import { strValue } from "../objects/str.js";
import { intValue, isInt } from "../objects/int.js";
import { defineGetter, defineMethods, defineStaticMethod, nativeFunction } from "../objects/function.js";
import { callGen } from "../objects/call.js";
import { getAttrOptGen } from "../objects/attr.js";
import { isTrueGen } from "../objects/ops.js";
import { getIterGen, nextGen, NativeIterator } from "../objects/iter.js";
import { strGen } from "../objects/stringify.js";
import { typeName } from "../objects/typeof.js";
import type { NativeFn, NativeGen } from "../objects/native.js";
import { Exc, newException, pyTypeError, pyValueError } from "../objects/exceptions.js";
import { reprFloat } from "../objects/repr.js";
import { defineNativeModule } from "../vm/native-modules.js";

export const csvError = new PyType(typeType, "Error", [Exc.Exception], { module: "_csv" });
const err = (msg: string) => newException(csvError, msg);

const QUOTE_MINIMAL = 0, QUOTE_ALL = 1, QUOTE_NONNUMERIC = 2, QUOTE_NONE = 3;

interface DialectSpec {
  delimiter: string;
  quotechar: string | null;
  escapechar: string | null;
  doublequote: boolean;
  skipinitialspace: boolean;
  lineterminator: string;
  quoting: number;
  strict: boolean;
}

export const dialectType = makeBuiltinType("Dialect", undefined, { module: "_csv" });

class PyDialect extends PyObject {
  constructor(readonly spec: DialectSpec) {
    super(dialectType);
  }
}

const FIELDS = ["delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict"];

const registry = new Map<string, PyDialect>();
let fieldLimit = 128 * 1024;

function charArg(name: string, v: PyValue, allowNone: boolean): string | null {
  if (v === None) {
    if (allowNone) return null;
    throw pyTypeError(`"${name}" must be a 1-character string`);
  }
  const s = strValue(v);
  if (s === undefined) {
    throw pyTypeError(allowNone ? `"${name}" must be string or None, not ${typeName(v)}` : `"${name}" must be string, not ${typeName(v)}`);
  }
  if ([...s].length !== 1) throw pyTypeError(`"${name}" must be a 1-character string`);
  return s;
}

/** Builds a dialect from a base (a name, a Dialect, or an object with the attributes) and keyword overrides. */
function* makeDialect(base: PyValue | undefined, kw: KwArgs): NativeGen<PyDialect> {
  const vals = new Map<string, PyValue>();
  if (kw && kw.has("dialect")) {
    if (base !== undefined) throw pyTypeError("argument for reader() given by name ('dialect') and position (2)");
    base = kw.get("dialect");
    kw = new Map([...kw].filter(([k]) => k !== "dialect"));
  }
  if (base !== undefined) {
    let b = base;
    const name = strValue(base);
    if (name !== undefined) {
      const d = registry.get(name);
      if (!d) throw err("unknown dialect");
      b = d;
    }
    if (b instanceof PyDialect && (!kw || kw.size === 0)) return b;
    for (const f of FIELDS) {
      const v = b instanceof PyDialect ? specValue(b.spec, f) : yield* getAttrOptGen(b, f);
      if (v !== undefined) vals.set(f, v);
    }
  }
  if (kw) {
    for (const [k, v] of kw) {
      if (!FIELDS.includes(k)) throw pyTypeError(`'${k}' is an invalid keyword argument for this function`);
      vals.set(k, v);
    }
  }
  const get = (k: string) => vals.get(k);
  let quoting = QUOTE_MINIMAL;
  if (get("quoting") !== undefined) {
    const q = intValue(get("quoting")!);
    if (q === undefined) throw pyTypeError(`"quoting" must be an integer`);
    if (q < 0 || q > 3) throw pyTypeError("bad \"quoting\" value");
    quoting = Number(q);
  }
  const delimiter = get("delimiter") === undefined ? "," : charArg("delimiter", get("delimiter")!, false)!;
  let quotechar: string | null = '"';
  if (get("quotechar") !== undefined) quotechar = charArg("quotechar", get("quotechar")!, true);
  if (quotechar === null && quoting !== QUOTE_NONE) throw pyTypeError("quotechar must be set if quoting enabled");
  const escapechar = get("escapechar") === undefined ? null : charArg("escapechar", get("escapechar")!, true);
  let lineterminator = "\r\n";
  if (get("lineterminator") !== undefined) {
    const lt = strValue(get("lineterminator")!);
    if (lt === undefined) throw pyTypeError(`"lineterminator" must be a string, not ${typeName(get("lineterminator")!)}`);
    lineterminator = lt;
  }
  const bool = function* (k: string, d: boolean): NativeGen<boolean> {
    const v = get(k);
    return v === undefined ? d : yield* isTrueGen(v);
  };
  const spec: DialectSpec = {
    delimiter,
    quotechar,
    escapechar,
    doublequote: yield* bool("doublequote", true),
    skipinitialspace: yield* bool("skipinitialspace", false),
    lineterminator,
    quoting,
    strict: yield* bool("strict", false),
  };
  return new PyDialect(spec);
}

function specValue(s: DialectSpec, f: string): PyValue {
  switch (f) {
    case "delimiter": return s.delimiter;
    case "doublequote": return s.doublequote;
    case "escapechar": return s.escapechar ?? None;
    case "lineterminator": return s.lineterminator;
    case "quotechar": return s.quotechar ?? None;
    case "quoting": return s.quoting;
    case "skipinitialspace": return s.skipinitialspace;
    case "strict": return s.strict;
  }
  return None;
}

defineStaticMethod(dialectType, "__new__", function* (args, kw): NativeGen {
  return yield* makeDialect(args[1], kw);
});
for (const f of FIELDS) defineGetter(dialectType, f, (v) => specValue((v as PyDialect).spec, f));

// ---- reader ---------------------------------------------------------------------------------

const enum S {
  START_RECORD,
  START_FIELD,
  ESCAPED_CHAR,
  IN_FIELD,
  IN_QUOTED_FIELD,
  ESCAPE_IN_QUOTED_FIELD,
  QUOTE_IN_QUOTED_FIELD,
  EAT_CRNL,
  AFTER_ESCAPED_CRNL,
}

const readerType = makeBuiltinType("reader", undefined, { module: "_csv", baseType: false });

class PyCsvReader extends PyObject {
  lineNum = 0;
  private state = S.START_RECORD;
  private fields: PyValue[] = [];
  private field = "";
  private quoted = false;
  constructor(
    readonly it: PyValue,
    readonly dialect: PyDialect,
  ) {
    super(readerType);
  }

  private save(): void {
    const d = this.dialect.spec;
    if (d.quoting === QUOTE_NONNUMERIC && !this.quoted && this.field !== "") {
      const t = this.field.trim();
      const x = Number(t);
      if (t === "" || (Number.isNaN(x) && !/^[+-]?nan$/i.test(t))) {
        if (/^[+-]?(inf|infinity)$/i.test(t)) this.fields.push(new PyFloat(t.startsWith("-") ? -Infinity : Infinity));
        else throw pyValueError(`could not convert string to float: '${this.field}'`);
      } else this.fields.push(new PyFloat(x));
    } else if (d.quoting === QUOTE_NONNUMERIC && !this.quoted && this.field === "") {
      this.fields.push(this.field);
    } else this.fields.push(this.field);
    this.field = "";
    this.quoted = false;
  }

  private add(c: string): void {
    if (this.field.length >= fieldLimit) throw err(`field larger than field limit (${fieldLimit})`);
    this.field += c;
  }


  private startField(c: string): void {
    const d = this.dialect.spec;
    if (c === "\n" || c === "\r" || c === "") {
      this.save();
      this.state = c === "" ? S.START_RECORD : S.EAT_CRNL;
    } else if (c === d.quotechar && d.quoting !== QUOTE_NONE) {
      this.quoted = true;
      this.state = S.IN_QUOTED_FIELD;
    } else if (c === d.escapechar) {
      this.state = S.ESCAPED_CHAR;
    } else if (c === " " && d.skipinitialspace) {
      // ignore spaces at the start of a field
    } else if (c === d.delimiter) {
      this.save();
    } else {
      this.add(c);
      this.state = S.IN_FIELD;
    }
  }

  private inField(c: string): void {
    const d = this.dialect.spec;
    if (c === "\n" || c === "\r" || c === "") {
      this.save();
      this.state = c === "" ? S.START_RECORD : S.EAT_CRNL;
    } else if (c === d.escapechar) {
      this.state = S.ESCAPED_CHAR;
    } else if (c === d.delimiter) {
      this.save();
      this.state = S.START_FIELD;
    } else this.add(c);
  }

  /** Feeds one character ('' for end of line). */
  private process(c: string): void {
    const d = this.dialect.spec;
    switch (this.state) {
      case S.START_RECORD:
        if (c === "") return;
        if (c === "\n" || c === "\r") {
          this.state = S.EAT_CRNL;
          return;
        }
        this.state = S.START_FIELD;
        this.startField(c);
        return;
      case S.START_FIELD:
        this.startField(c);
        return;
      case S.ESCAPED_CHAR:
        if (c === "\n" || c === "\r") {
          this.add(c);
          this.state = S.AFTER_ESCAPED_CRNL;
          return;
        }
        if (c === "") c = "\n";
        this.add(c);
        this.state = S.IN_FIELD;
        return;
      case S.AFTER_ESCAPED_CRNL:
        if (c === "") return;
        this.state = S.IN_FIELD;
        this.inField(c);
        return;
      case S.IN_FIELD:
        this.inField(c);
        return;
      case S.IN_QUOTED_FIELD:
        if (c === "") {
          // the line ended inside quotes: the field goes on in the next line
        } else if (c === d.escapechar) {
          this.state = S.ESCAPE_IN_QUOTED_FIELD;
        } else if (c === d.quotechar && d.quoting !== QUOTE_NONE) {
          this.state = d.doublequote ? S.QUOTE_IN_QUOTED_FIELD : S.IN_FIELD;
        } else this.add(c);
        return;
      case S.ESCAPE_IN_QUOTED_FIELD:
        if (c === "") c = "\n";
        this.add(c);
        this.state = S.IN_QUOTED_FIELD;
        return;
      case S.QUOTE_IN_QUOTED_FIELD:
        if (d.quoting !== QUOTE_NONE && c === d.quotechar) {
          this.add(c);
          this.state = S.IN_QUOTED_FIELD;
        } else if (c === d.delimiter) {
          this.save();
          this.state = S.START_FIELD;
        } else if (c === "\n" || c === "\r" || c === "") {
          this.save();
          this.state = c === "" ? S.START_RECORD : S.EAT_CRNL;
        } else if (!d.strict) {
          this.add(c);
          this.state = S.IN_FIELD;
        } else {
          throw err(`'${d.delimiter}' expected after '${d.quotechar}'`);
        }
        return;
      case S.EAT_CRNL:
        if (c === "\n" || c === "\r") return;
        if (c === "") {
          this.state = S.START_RECORD;
          return;
        }
        throw err("new-line character seen in unquoted field - do you need to open the file with newline=''?");
    }
  }

  /** The next record, or undefined at the end of the input. */
  *nextRecord(): NativeGen<PyValue | undefined> {
    this.fields = [];
    this.field = "";
    this.quoted = false;
    this.state = S.START_RECORD;
    do {
      const line = yield* nextGen(this.it);
      if (line === undefined) {
        if (this.field !== "" || (this.state as S) === S.IN_QUOTED_FIELD) {
          if (this.dialect.spec.strict) throw err("unexpected end of data");
          this.save();
          break;
        }
        return undefined;
      }
      const s = strValue(line);
      if (s === undefined) {
        if (line instanceof PyBytes) throw err("iterator should return strings, not bytes (the file should be opened in text mode)");
        throw err(`iterator should return strings, not ${typeName(line)} (the file should be opened in text mode)`);
      }
      this.lineNum++;
      for (const ch of s) this.process(ch);
      this.process("");
    } while (this.state !== S.START_RECORD);
    const out = this.fields;
    this.fields = [];
    return new PyList(out);
  }
}

defineMethods(readerType, {
  __iter__: (args) => args[0],
  __next__: function* (args): NativeGen {
    const r = yield* (args[0] as PyCsvReader).nextRecord();
    if (r === undefined) throw newException(Exc.StopIteration);
    return r;
  },
});
defineGetter(readerType, "line_num", (v) => (v as PyCsvReader).lineNum);
defineGetter(readerType, "dialect", (v) => (v as PyCsvReader).dialect);

// ---- writer ---------------------------------------------------------------------------------

const writerType = makeBuiltinType("writer", undefined, { module: "_csv", baseType: false });

class PyCsvWriter extends PyObject {
  constructor(
    readonly write: PyValue,
    readonly dialect: PyDialect,
  ) {
    super(writerType);
  }

  /** One field as written: quoted or escaped as the dialect says. */
  formatField(text: string, quoteAll: boolean, only: boolean): string {
    const d = this.dialect.spec;
    let needQuote = quoteAll;
    let out = "";
    for (const c of text) {
      let special = c === d.delimiter || c === d.escapechar || c === d.quotechar || c === "\n" || c === "\r" || d.lineterminator.includes(c);
      if (special) {
        if (d.quoting === QUOTE_NONE) {
          if (d.escapechar === null) throw err("need to escape, but no escapechar set");
          out += d.escapechar + c;
          continue;
        }
        if (c === d.quotechar) {
          if (d.doublequote) out += c;
          else if (d.escapechar !== null) out += d.escapechar;
          else throw err("need to escape, but no escapechar set");
          needQuote = true;
        } else if (c === d.escapechar) {
          out += d.escapechar;
          special = false;
        } else needQuote = true;
      }
      out += c;
    }
    if (text === "" && only) {
      if (d.quoting === QUOTE_NONE) throw err("single empty field record must be quoted");
      needQuote = true;
    }
    if (needQuote && d.quoting !== QUOTE_NONE) return d.quotechar + out + d.quotechar;
    return out;
  }

  *formatRow(row: PyValue): NativeGen<string> {
    const d = this.dialect.spec;
    let it: PyValue;
    try {
      it = yield* getIterGen(row);
    } catch (e) {
      if ((e as { type?: PyType }).type?.isSubtypeOf?.(Exc.TypeError)) throw err(`iterable expected, not ${typeName(row)}`);
      throw e;
    }
    const items: PyValue[] = [];
    for (;;) {
      const v = it instanceof NativeIterator ? it.nextValue() : yield* nextGen(it);
      if (v === undefined) break;
      items.push(v);
    }
    const parts: string[] = [];
    for (const v of items) {
      let text: string;
      let numeric = false;
      if (v === None) text = "";
      else if (typeof v === "string") text = v;
      else if (v instanceof PyFloat) {
        text = v.type.isBuiltin ? reprFloat(v.value) : yield* strGen(v);
        numeric = true;
      } else if (isInt(v)) {
        text = yield* strGen(v);
        numeric = true;
      } else text = yield* strGen(v);
      const quoteAll = d.quoting === QUOTE_ALL || (d.quoting === QUOTE_NONNUMERIC && !numeric);
      parts.push(this.formatField(text, quoteAll, items.length === 1));
    }
    return parts.join(d.delimiter) + d.lineterminator;
  }
}

defineMethods(writerType, {
  writerow: function* (args): NativeGen {
    const w = args[0] as PyCsvWriter;
    const line = yield* w.formatRow(args[1] ?? None);
    return yield* callGen(w.write, [line]);
  },
  writerows: function* (args): NativeGen {
    const w = args[0] as PyCsvWriter;
    const it = yield* getIterGen(args[1] ?? None);
    for (;;) {
      const row = yield* nextGen(it);
      if (row === undefined) break;
      yield* callGen(w.write, [yield* w.formatRow(row)]);
    }
    return None;
  },
});
defineGetter(writerType, "dialect", (v) => (v as PyCsvWriter).dialect);

defineNativeModule("_csv", (m) => {
  const d = m.dict;
  const fn = (name: string, f: NativeFn) => d.setStr(name, nativeFunction(name, f, "_csv"));
  d.setStr("Error", csvError);
  d.setStr("Dialect", dialectType);
  d.setStr("QUOTE_MINIMAL", QUOTE_MINIMAL);
  d.setStr("QUOTE_ALL", QUOTE_ALL);
  d.setStr("QUOTE_NONNUMERIC", QUOTE_NONNUMERIC);
  d.setStr("QUOTE_NONE", QUOTE_NONE);
  d.setStr("__version__", "1.0");
  d.setStr("_dialects", new PyDict());
  fn("reader", function* (args, kw): NativeGen {
    if (args.length === 0) throw pyTypeError("expected at least 1 argument, got 0");
    const it = yield* getIterGen(args[0]);
    return new PyCsvReader(it, yield* makeDialect(args[1], kw));
  });
  fn("writer", function* (args, kw): NativeGen {
    if (args.length === 0) throw pyTypeError("expected at least 1 argument, got 0");
    const write = yield* getAttrOptGen(args[0], "write");
    if (write === undefined) throw pyTypeError('argument 1 must have a "write" method');
    return new PyCsvWriter(write, yield* makeDialect(args[1], kw));
  });
  fn("register_dialect", function* (args, kw): NativeGen {
    const name = strValue(args[0] ?? None);
    if (name === undefined) throw pyTypeError("dialect name must be a string");
    registry.set(name, yield* makeDialect(args[1], kw));
    return None;
  });
  fn("unregister_dialect", (args) => {
    const name = strValue(args[0] ?? None) ?? "";
    if (!registry.delete(name)) throw err("unknown dialect");
    return None;
  });
  fn("get_dialect", (args) => {
    const name = strValue(args[0] ?? None) ?? "";
    const dl = registry.get(name);
    if (!dl) throw err("unknown dialect");
    return dl;
  });
  fn("list_dialects", () => new PyList([...registry.keys()]));
  fn("field_size_limit", (args) => {
    const old = fieldLimit;
    if (args.length) {
      const n = intValue(args[0]);
      if (n === undefined) throw pyTypeError("limit must be an integer");
      fieldLimit = Number(n);
    }
    return old;
  });
});
