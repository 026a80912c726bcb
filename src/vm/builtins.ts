// The builtins module: builtin functions, types and exceptions, in CPython's order (the order
// matters for "Did you mean" suggestions).
import { frameLocalsDict } from "./frame-object.js";
import type { KwArgs, PyValue } from "../objects/object.js";
import { PyObject } from "../objects/object.js";
import { PyType, typeType, objectType } from "../objects/type.js";
import { PyDict, dictType } from "../objects/dict.js";
import { PyList, listType, sortGen } from "../objects/list.js";
import { PyTuple, tupleType } from "../objects/tuple.js";
import { PyModule } from "../objects/module.js";
import { None, NotImplemented, Ellipsis } from "../objects/singletons.js";
import { PyFloat, floatType, newFloat } from "../objects/float.js";
import { intType, boolType, intValue } from "../objects/int.js";
import { strType, strValue, strLen, compareStr } from "../objects/str.js";
import { bytesType, bytearrayType } from "../objects/bytes.js";
import { complexType } from "../objects/complex.js";
import { memoryviewType } from "../objects/memoryview.js";
import { applyBuiltinSignatures } from "../objects/builtin-signatures.js";
import { applyBuiltinDocs } from "../objects/builtin-docs.js";
import { applyRecursionGuards } from "../objects/recursion-guards.js";
import { applyMethodGuards } from "../objects/method-guards.js";
import { applyOwnGetattribute } from "../objects/builtin-getattribute.js";
import { functionType, methodType, builtinFunctionType } from "../objects/function.js";
import { noneType, notImplementedType, ellipsisType } from "../objects/singletons.js";
import { generatorType } from "./generator.js";
import { setType, frozensetType } from "../objects/set.js";
import { rangeType } from "../objects/range.js";
import { sliceType } from "../objects/slice.js";
import { PyBuiltinFunction, PyFunction, PyCell, PyMethod, nativeFunction, staticMethodType, classMethodType, propertyType } from "../objects/function.js";
import { superType, superHook } from "../objects/callable-types.js";
import { enumerateType, zipType, mapType, filterType, reversedType } from "../objects/builtin-iterators.js";
import { CallRequest, SuspendRequest, type NativeGen } from "../objects/native.js";
import { typeOf, typeName } from "../objects/typeof.js";
import { callGen } from "../objects/call.js";
import { getAttrGen, getAttrOptGen, setAttrGen, delAttrGen } from "../objects/attr.js";
import { isTrueGen, lenGen, ltGen, hashGen, binaryOpGen, binaryDispatchGen, binaryError, unaryOpGen, richCompareGen } from "../objects/ops.js";
import { NativeIterator, getIterGen, nextGen, toArrayGen, notIterable, generatorNextRequest, GEN_DONE } from "../objects/iter.js";
import { SumPartial, SumRequest } from "../objects/drain.js";
import { reprGen, strGen, formatGen } from "../objects/stringify.js";
import { asciiOf } from "../objects/ascii.js";
import { idOf } from "../objects/identity.js";
import { intToPrefixed } from "../objects/format/index.js";
import { calculateMeta } from "../objects/type-type.js";
import {
  Exc, PyBaseException, isExc, newException, pyEOFError, pyTypeError, pyValueError, withFormatErrors,
} from "../objects/exceptions.js";
import { PySyntaxError } from "../lexer/syntax-error.js";
import { compileExpression, compileModule } from "../compiler/codegen.js";
import type * as N from "../parser/nodes.js";
import { CodeObject } from "../compiler/code.js";
import { CodeRun } from "./coderun.js";
import { Frame } from "./frame.js";
import { syntaxErrorToPy } from "./traceback.js";
import { dirOf } from "./builtins-dir.js";
import { readStdinLine } from "./stdin.js";
import { openGen } from "../stdlib/io/open.js";
import { inputLineGen } from "../stdlib/io/input.js";
import type { Interpreter } from "./interpreter.js";

type Fn = (args: PyValue[], kw: KwArgs) => PyValue | NativeGen;

function noKw(name: string, kw: KwArgs): void {
  if (kw && kw.size) throw pyTypeError(`${name}() takes no keyword arguments`);
}

function exactArgs(name: string, args: PyValue[], n: number): void {
  if (args.length !== n) {
    throw pyTypeError(n === 1 ? `${name}() takes exactly one argument (${args.length} given)` : `${name} expected ${n} arguments, got ${args.length}`);
  }
}

/** The innermost Python frame of the running thread. */
function currentFrame(interp: Interpreter): Frame | null {
  let f = interp.vm.thread?.frame ?? null;
  while (f && f.gen !== null) f = f.back;
  return f;
}

/**
 * locals() of a frame: its namespace dict, or the frame's one locals dict re-synced from its
 * fast locals (frame-object.ts), so exec() writes and later locals() calls see the same dict.
 */
function frameLocals(f: Frame): PyDict {
  return frameLocalsDict(f);
}

export function makeBuiltins(interp: Interpreter, b: PyDict): void {
  const def = (name: string, fn: Fn) => b.setStr(name, nativeFunction(name, fn as never));
  b.setStr("__name__", "builtins");
  b.setStr("__doc__", "Built-in functions, exceptions, and other objects.");
  b.setStr("__package__", "");
  b.setStr("__loader__", None);
  b.setStr("__spec__", None);

  def("__build_class__", function* (args, kw): NativeGen {
    if (args.length < 2) throw pyTypeError("__build_class__: not enough arguments");
    const func = args[0];
    if (!(func instanceof PyFunction)) throw pyTypeError("__build_class__: func must be a function");
    const name = args[1];
    if (strValue(name) === undefined) throw pyTypeError("__build_class__: name is not a string");
    let bases = args.slice(2);
    // __mro_entries__ (typing generics)
    const resolved: PyValue[] = [];
    let changed = false;
    for (const base of bases) {
      if (!(base instanceof PyType)) {
        const me = yield* getAttrOptGen(base, "__mro_entries__");
        if (me !== undefined) {
          const entries = yield* callGen(me, [new PyTuple(bases)]);
          if (!(entries instanceof PyTuple)) throw pyTypeError("__mro_entries__ must return a tuple");
          resolved.push(...entries.items);
          changed = true;
          continue;
        }
      }
      resolved.push(base);
    }
    const origBases = bases;
    if (changed) bases = resolved;
    let meta: PyValue | undefined;
    let kwRest: KwArgs = null;
    if (kw) {
      kwRest = new Map(kw);
      meta = kwRest.get("metaclass");
      kwRest.delete("metaclass");
      if (kwRest.size === 0) kwRest = null;
    }
    if (meta === undefined) meta = bases.length ? typeOf(bases[0]) : typeType;
    if (meta instanceof PyType) meta = calculateMeta(meta, bases);
    let ns: PyValue;
    const prep = yield* getAttrOptGen(meta, "__prepare__");
    if (prep !== undefined) ns = yield* callGen(prep, [name, new PyTuple(bases)], kwRest);
    else ns = new PyDict();
    if (!(ns instanceof PyDict)) throw pyTypeError(`${meta instanceof PyType ? meta.name : "?"}.__prepare__() must return a mapping, not ${typeName(ns)}`);
    const cell = yield new CallRequest(new CodeRun(func.code, func.globals, ns, func.closure), [], null);
    if (changed) ns.setStr("__orig_bases__", new PyTuple(origBases));
    const cls = yield* callGen(meta, [name, new PyTuple(bases), ns], kwRest);
    if (cell instanceof PyCell && cls instanceof PyType && cell.value !== cls) {
      if (cell.value === undefined) cell.value = cls;
    }
    return cls;
  });
  def("__import__", function* (args, kw): NativeGen {
    const name = strValue(args[0] ?? kw?.get("name") ?? None);
    if (name === undefined) throw pyTypeError("__import__() argument 1 must be str");
    const globals = args[1] ?? kw?.get("globals") ?? None;
    const fromlist = args[3] ?? kw?.get("fromlist") ?? None;
    const level = Number(intValue(args[4] ?? kw?.get("level") ?? 0) ?? 0);
    return yield* interp.importer.importNameGen(name, globals instanceof PyDict ? globals : null, fromlist, level);
  });
  def("abs", function* (args, kw): NativeGen {
    noKw("abs", kw);
    exactArgs("abs", args, 1);
    const x = args[0];
    if (typeof x === "number") return Math.abs(x);
    if (x instanceof PyFloat && x.type === floatType) return new PyFloat(Math.abs(x.value));
    const f = typeOf(x).lookup("__abs__");
    if (f === undefined) throw pyTypeError(`bad operand type for abs(): '${typeName(x)}'`);
    return yield* callGen(f, [x]);
  });
  def("all", function* (args, kw): NativeGen {
    noKw("all", kw);
    exactArgs("all", args, 1);
    const it = yield* getIterGen(args[0]);
    const greq = generatorNextRequest(it);
    for (;;) {
      const v = it instanceof NativeIterator ? it.nextValue() : greq !== undefined ? yield greq : yield* nextGen(it);
      if (v === undefined || v === GEN_DONE) return true;
      if (!(yield* isTrueGen(v))) return false;
    }
  });
  def("any", function* (args, kw): NativeGen {
    noKw("any", kw);
    exactArgs("any", args, 1);
    const it = yield* getIterGen(args[0]);
    const greq = generatorNextRequest(it);
    for (;;) {
      const v = it instanceof NativeIterator ? it.nextValue() : greq !== undefined ? yield greq : yield* nextGen(it);
      if (v === undefined || v === GEN_DONE) return false;
      if (yield* isTrueGen(v)) return true;
    }
  });
  def("ascii", function* (args): NativeGen {
    exactArgs("ascii", args, 1);
    return asciiOf(yield* reprGen(args[0]));
  });
  const prefixed = (name: string, base: 2 | 8 | 16) =>
    function* (args: PyValue[]): NativeGen {
      exactArgs(name, args, 1);
      const n = yield* indexValue(args[0]);
      return withFormatErrors(() => intToPrefixed(n, base));
    };
  def("bin", prefixed("bin", 2));
  def("breakpoint", () => None);
  def("callable", (args) => {
    exactArgs("callable", args, 1);
    const x = args[0];
    if (x instanceof PyFunction || x instanceof PyBuiltinFunction || x instanceof PyType || x instanceof PyMethod) return true;
    return typeOf(x).lookup("__call__") !== undefined;
  });
  def("chr", (args) => {
    exactArgs("chr", args, 1);
    const n = intValue(args[0]);
    if (n === undefined) throw pyTypeError(`'${typeName(args[0])}' object cannot be interpreted as an integer`);
    if (n < 0 || n > 0x10ffff) throw pyValueError("chr() arg not in range(0x110000)");
    return String.fromCodePoint(Number(n));
  });
  def("compile", (args, kw) => {
    const source = args[0] ?? kw?.get("source");
    const filename = strValue(args[1] ?? kw?.get("filename") ?? "<string>") ?? "<string>";
    const mode = strValue(args[2] ?? kw?.get("mode") ?? "exec") ?? "exec";
    if (mode !== "exec" && mode !== "eval" && mode !== "single") throw pyValueError("compile() mode must be 'exec', 'eval' or 'single'");
    if (source instanceof CodeObject) return source;
    const src = strValue(source ?? None);
    if (src === undefined) throw pyTypeError("compile() arg 1 must be a string, bytes or AST object");
    return compileSource(interp, src, filename, mode);
  });
  def("delattr", function* (args): NativeGen {
    exactArgs("delattr", args, 2);
    const name = strValue(args[1]);
    if (name === undefined) throw pyTypeError(`attribute name must be string, not '${typeName(args[1])}'`);
    yield* delAttrGen(args[0], name);
    return None;
  });
  def("dir", function* (args): NativeGen {
    if (args.length === 0) {
      const f = currentFrame(interp);
      const d = f ? frameLocals(f) : new PyDict();
      return new PyList((d.keyList() as string[]).slice().sort());
    }
    const f = typeOf(args[0]).lookup("__dir__");
    if (f !== undefined && !(args[0] instanceof PyType && args[0].isBuiltin === false && false)) {
      const r: PyValue[] = yield* toArrayGen(yield* callGen(f, [args[0]]));
      const names = r.filter((x): x is string => typeof x === "string");
      return new PyList([...new Set(names)].sort(compareStr));
    }
    return new PyList(dirOf(args[0]));
  });
  def("divmod", function* (args, kw): NativeGen {
    noKw("divmod", kw);
    exactArgs("divmod", args, 2);
    const [a, bb] = args;
    const ta = typeOf(a), tb = typeOf(bb);
    const fa = ta.lookup("__divmod__");
    if (fa !== undefined) {
      const r = yield* callGen(fa, [a, bb]);
      if (r !== NotImplemented) return r;
    }
    const fb = tb !== ta ? tb.lookup("__rdivmod__") : undefined;
    if (fb !== undefined) {
      const r = yield* callGen(fb, [bb, a]);
      if (r !== NotImplemented) return r;
    }
    throw pyTypeError(`unsupported operand type(s) for divmod(): '${ta.name}' and '${tb.name}'`);
  });
  def("eval", function* (args, kw): NativeGen {
    return yield* execOrEval(interp, args, kw, "eval");
  });
  def("exec", function* (args, kw): NativeGen {
    yield* execOrEval(interp, args, kw, "exec");
    return None;
  });
  def("format", function* (args): NativeGen {
    if (args.length < 1 || args.length > 2) throw pyTypeError(`format expected at most 2 arguments, got ${args.length}`);
    const spec = args.length > 1 ? strValue(args[1]) : "";
    if (spec === undefined) throw pyTypeError(`format() argument 2 must be str, not ${typeName(args[1])}`);
    return yield* formatGen(args[0], spec);
  });
  def("getattr", function* (args): NativeGen {
    if (args.length < 2) throw pyTypeError(`getattr expected at least 2 arguments, got ${args.length}`);
    if (args.length > 3) throw pyTypeError(`getattr expected at most 3 arguments, got ${args.length}`);
    const name = strValue(args[1]);
    if (name === undefined) throw pyTypeError(`attribute name must be string, not '${typeName(args[1])}'`);
    if (args.length === 3) {
      const v = yield* getAttrOptGen(args[0], name);
      return v === undefined ? args[2] : v;
    }
    return yield* getAttrGen(args[0], name);
  });
  def("globals", () => {
    const f = currentFrame(interp);
    return f ? f.globals : new PyDict();
  });
  def("hasattr", function* (args): NativeGen {
    exactArgs("hasattr", args, 2);
    const name = strValue(args[1]);
    if (name === undefined) throw pyTypeError(`attribute name must be string, not '${typeName(args[1])}'`);
    return (yield* getAttrOptGen(args[0], name)) !== undefined;
  });
  def("hash", function* (args): NativeGen {
    exactArgs("hash", args, 1);
    return yield* hashGen(args[0]);
  });
  def("hex", prefixed("hex", 16));
  def("id", (args) => {
    exactArgs("id", args, 1);
    return idOf(args[0]);
  });
  def("input", function* (args): NativeGen {
    if (args.length > 1) throw pyTypeError(`input expected at most 1 argument, got ${args.length}`);
    if (args.length === 1) {
      const prompt = yield* strGen(args[0]);
      yield* writeOut(interp, prompt, true);
    }
    interp.flushAll();
    return yield* inputLineGen(interp);
  });
  def("open", openGen);
  def("isinstance", function* (args): NativeGen {
    exactArgs("isinstance", args, 2);
    return yield* isInstanceGen(args[0], args[1]);
  });
  def("issubclass", function* (args): NativeGen {
    exactArgs("issubclass", args, 2);
    return yield* isSubclassGen(args[0], args[1]);
  });
  def("iter", function* (args): NativeGen {
    if (args.length === 1) return yield* getIterGen(args[0]);
    if (args.length === 2) {
      if (typeOf(args[0]).lookup("__call__") === undefined) throw pyTypeError("iter(v, w): v must be callable");
      return new CallableIterator(args[0], args[1]);
    }
    throw pyTypeError(`iter expected at most 2 arguments, got ${args.length}`);
  });
  def("aiter", () => {
    throw pyTypeError("aiter() is not supported yet");
  });
  def("len", function* (args, kw): NativeGen {
    noKw("len", kw);
    exactArgs("len", args, 1);
    return yield* lenGen(args[0]);
  });
  def("locals", () => {
    const f = currentFrame(interp);
    return f ? frameLocals(f) : new PyDict();
  });
  def("max", function* (args, kw): NativeGen {
    return yield* minMax(args, kw, "max");
  });
  def("min", function* (args, kw): NativeGen {
    return yield* minMax(args, kw, "min");
  });
  def("next", function* (args): NativeGen {
    if (args.length < 1 || args.length > 2) throw pyTypeError(`next expected at most 2 arguments, got ${args.length}`);
    const it = args[0];
    if (it instanceof NativeIterator) {
      const v = it.nextValue();
      if (v !== undefined) return v;
      if (args.length > 1) return args[1];
      throw newException(Exc.StopIteration);
    }
    const f = typeOf(it).lookup("__next__");
    if (f === undefined) throw pyTypeError(`'${typeName(it)}' object is not an iterator`);
    if (args.length > 1) {
      try {
        return yield* callGen(f, [it]);
      } catch (e) {
        if (isExc(e, Exc.StopIteration)) return args[1];
        throw e;
      }
    }
    return yield* callGen(f, [it]);
  });
  def("anext", () => {
    throw pyTypeError("anext() is not supported yet");
  });
  def("oct", prefixed("oct", 8));
  def("ord", (args) => {
    exactArgs("ord", args, 1);
    const s = strValue(args[0]);
    if (s !== undefined) {
      const n = strLen(s);
      if (n !== 1) throw pyTypeError(`ord() expected a character, but string of length ${n} found`);
      return s.codePointAt(0)!;
    }
    const bv = args[0] as { bytes?: Uint8Array };
    if (args[0] instanceof PyObject && bv.bytes instanceof Uint8Array) {
      if (bv.bytes.length !== 1) throw pyTypeError(`ord() expected a character, but string of length ${bv.bytes.length} found`);
      return bv.bytes[0];
    }
    throw pyTypeError(`ord() expected string of length 1, but ${typeName(args[0])} found`);
  });
  def("pow", function* (args, kw): NativeGen {
    let base = args[0], exp = args[1], mod: PyValue = args.length > 2 ? args[2] : None;
    if (kw) {
      base = kw.get("base") ?? base;
      exp = kw.get("exp") ?? exp;
      mod = kw.get("mod") ?? mod;
    }
    if (base === undefined || exp === undefined) throw pyTypeError("pow() missing required argument 'exp' (pos 2)");
    if (mod === None) return yield* binaryOpGen(base, exp, 7);
    const f = typeOf(base).lookup("__pow__");
    if (f !== undefined) {
      const r = yield* callGen(f, [base, exp, mod]);
      if (r !== NotImplemented) return r;
    }
    throw pyTypeError(`unsupported operand type(s) for ** or pow(): '${typeName(base)}', '${typeName(exp)}', '${typeName(mod)}'`);
  });
  def("print", function* (args, kw): NativeGen {
    let sep = " ", end = "\n";
    let file: PyValue = None;
    let flush = false;
    if (kw) {
      for (const [k, v] of kw) {
        if (k === "sep") {
          if (v !== None) {
            const s = strValue(v);
            if (s === undefined) throw pyTypeError(`sep must be None or a string, not ${typeName(v)}`);
            sep = s;
          }
        } else if (k === "end") {
          if (v !== None) {
            const s = strValue(v);
            if (s === undefined) throw pyTypeError(`end must be None or a string, not ${typeName(v)}`);
            end = s;
          }
        } else if (k === "file") file = v;
        else if (k === "flush") flush = yield* isTrueGen(v);
        else throw pyTypeError(`'${k}' is an invalid keyword argument for print()`);
      }
    }
    if (file === None) {
      file = interp.sysModule.dict.getStr("stdout") ?? None;
      if (file === None) return None;
    }
    let text = "";
    for (let i = 0; i < args.length; i++) {
      if (i > 0) text += sep;
      const a = args[i];
      try {
        text += typeof a === "string" ? a : yield* strGen(a);
      } catch (e) {
        // CPython writes each piece as it goes: what came before the failing str() is out
        if (text !== "") yield* writeTo(interp, file, text, flush);
        throw e;
      }
    }
    text += end;
    yield* writeTo(interp, file, text, flush);
    return None;
  });
  def("repr", function* (args): NativeGen {
    exactArgs("repr", args, 1);
    return yield* reprGen(args[0]);
  });
  def("round", function* (args, kw): NativeGen {
    const x = args[0] ?? kw?.get("number");
    const nd = args.length > 1 ? args[1] : (kw?.get("ndigits") ?? None);
    if (x === undefined) throw pyTypeError("round() missing required argument 'number' (pos 1)");
    const f = typeOf(x).lookup("__round__");
    if (f === undefined) throw pyTypeError(`type ${typeName(x)} doesn't define __round__ method`);
    return yield* callGen(f, nd === None ? [x] : [x, nd]);
  });
  def("setattr", function* (args): NativeGen {
    exactArgs("setattr", args, 3);
    const name = strValue(args[1]);
    if (name === undefined) throw pyTypeError(`attribute name must be string, not '${typeName(args[1])}'`);
    yield* setAttrGen(args[0], name, args[2]);
    return None;
  });
  def("sorted", function* (args, kw): NativeGen {
    if (args.length !== 1) throw pyTypeError(args.length === 0 ? "sorted expected 1 argument, got 0" : `sorted expected 1 argument, got ${args.length}`);
    const items = yield* toArrayGen(args[0]);
    return new PyList(yield* sortGen(items, kw, "sort"));
  });
  def("sum", function* (args, kw): NativeGen {
    if (args.length < 1) throw pyTypeError("sum() takes at least 1 positional argument (0 given)");
    let acc: PyValue = args.length > 1 ? args[1] : (kw?.get("start") ?? 0);
    if (typeof acc === "string") throw pyTypeError("sum() can't sum strings [use ''.join(seq) instead]");
    const src = args[0];
    if ((src instanceof PyList && src.type === listType) || (src instanceof PyTuple && src.type === tupleType)) {
      return yield* sumItemsGen(src, acc);
    }
    const it = yield* getIterGen(args[0]);
    const greq = generatorNextRequest(it);
    if (greq !== undefined && (typeof acc === "number" || (acc instanceof PyFloat && acc.type === floatType))) {
      // a Python generator: the VM adds the numbers it yields (objects/drain.ts)
      const r = yield new SumRequest(it, acc);
      if (!(r instanceof SumPartial)) return r;
      acc = yield* binaryOpGen(r.total, r.item, 0);
    }
    for (;;) {
      const v = it instanceof NativeIterator ? it.nextValue() : greq !== undefined ? yield greq : yield* nextGen(it);
      if (v === undefined || v === GEN_DONE) return acc;
      if (typeof acc === "number" && typeof v === "number") {
        const r: number = acc + v;
        if (Number.isSafeInteger(r)) {
          acc = r;
          continue;
        }
      }
      acc = yield* binaryOpGen(acc, v, 0);
    }
  });
  /**
   * sum() of an exact list or tuple: reads the live items by index, as the list iterator would.
   * Ints add as numbers while the total stays safe; from the first float on (with ints or floats
   * after it) the total is one double, as repeated float + float/int gives; anything else goes
   * through the + protocol.
   */
  function* sumItemsGen(src: PyList | PyTuple, start: PyValue): NativeGen {
    let acc = start;
    let i = 0;
    for (;;) {
      if (typeof acc === "number") {
        for (; i < src.items.length; i++) {
          const v = src.items[i];
          if (typeof v !== "number") break;
          const r: number = acc + v;
          if (!Number.isSafeInteger(r)) break;
          acc = r;
        }
      }
      if (i >= src.items.length) return acc;
      const v0 = src.items[i];
      if ((acc instanceof PyFloat && acc.type === floatType) || (typeof acc === "number" && v0 instanceof PyFloat && v0.type === floatType)) {
        let d = typeof acc === "number" ? acc : (acc as PyFloat).value;
        for (; i < src.items.length; i++) {
          const v = src.items[i];
          if (v instanceof PyFloat && v.type === floatType) d += v.value;
          else if (typeof v === "number") d += v;
          else break;
        }
        acc = newFloat(d);
        if (i >= src.items.length) return acc;
      }
      acc = yield* binaryOpGen(acc, src.items[i], 0);
      i++;
    }
  }
  def("vars", function* (args): NativeGen {
    if (args.length === 0) {
      const f = currentFrame(interp);
      return f ? frameLocals(f) : new PyDict();
    }
    const d = yield* getAttrOptGen(args[0], "__dict__");
    if (d === undefined) throw pyTypeError("vars() argument must have __dict__ attribute");
    return d;
  });
  b.setStr("None", None);
  b.setStr("Ellipsis", Ellipsis);
  b.setStr("NotImplemented", NotImplemented);
  b.setStr("False", false);
  b.setStr("True", true);
  b.setStr("bool", boolType);
  b.setStr("memoryview", memoryviewType);
  b.setStr("bytearray", bytearrayType);
  b.setStr("bytes", bytesType);
  b.setStr("classmethod", classMethodType);
  b.setStr("complex", complexType);
  b.setStr("dict", dictType);
  b.setStr("enumerate", enumerateType);
  b.setStr("filter", filterType);
  b.setStr("float", floatType);
  b.setStr("frozenset", frozensetType);
  b.setStr("property", propertyType);
  b.setStr("int", intType);
  b.setStr("list", listType);
  b.setStr("map", mapType);
  b.setStr("object", objectType);
  b.setStr("range", rangeType);
  b.setStr("reversed", reversedType);
  b.setStr("set", setType);
  b.setStr("slice", sliceType);
  b.setStr("staticmethod", staticMethodType);
  b.setStr("str", strType);
  b.setStr("super", superType);
  b.setStr("tuple", tupleType);
  b.setStr("type", typeType);
  b.setStr("zip", zipType);
  b.setStr("__debug__", true);
  for (const name of EXCEPTION_ORDER) {
    const t = (Exc as Record<string, PyType>)[name];
    if (t) b.setStr(name, t);
  }
  b.setStr("EnvironmentError", Exc.OSError);
  b.setStr("IOError", Exc.OSError);
  const exitFn = (name: string) =>
    nativeFunction(name, (args) => {
      throw args.length ? newException(Exc.SystemExit, args[0]) : newException(Exc.SystemExit);
    });
  b.setStr("quit", exitFn("quit"));
  b.setStr("exit", exitFn("exit"));
  // CPython's argument checks and messages for the builtin functions
  applyBuiltinSignatures(b);
  applyMethodGuards(b);
  applyOwnGetattribute(b);
  applyRecursionGuards(b);
  applyBuiltinDocs(b, [functionType, methodType, generatorType, noneType, builtinFunctionType, notImplementedType, ellipsisType]);

  superHook.zeroArgs = () => {
    const f = currentFrame(interp);
    if (!f || !f.func) throw newException(Exc.RuntimeError, "super(): no arguments");
    const code = f.code;
    if (code.argcount === 0 && !(code.flags & 4)) throw newException(Exc.RuntimeError, "super(): no arguments");
    let first = f.regs[0];
    const ci = code.cellvars.indexOf(code.varnames[0]);
    if (ci >= 0) first = (f.regs[code.varnames.length + ci] as PyCell).value;
    if (first === undefined) throw newException(Exc.RuntimeError, "super(): arg[0] deleted");
    const fi = code.freevars.indexOf("__class__");
    if (fi < 0) throw newException(Exc.RuntimeError, "super(): __class__ cell not found");
    const cell = f.regs[code.varnames.length + code.cellvars.length + fi] as PyCell;
    if (cell.value === undefined) throw newException(Exc.RuntimeError, "super(): empty __class__ cell");
    return [cell.value, first];
  };
}


/** The builtin exceptions in the order CPython's builtins module lists them. */
const EXCEPTION_ORDER = [
  "BaseException", "BaseExceptionGroup", "Exception", "GeneratorExit", "KeyboardInterrupt", "SystemExit",
  "ArithmeticError", "AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError", "LookupError",
  "MemoryError", "NameError", "OSError", "ReferenceError", "RuntimeError", "StopAsyncIteration", "StopIteration",
  "SyntaxError", "SystemError", "TypeError", "ValueError", "Warning", "FloatingPointError", "OverflowError",
  "ZeroDivisionError", "BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning", "ImportWarning",
  "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning", "SyntaxWarning", "UnicodeWarning", "UserWarning",
  "BlockingIOError", "ChildProcessError", "ConnectionError", "BrokenPipeError", "ConnectionAbortedError",
  "ConnectionRefusedError", "ConnectionResetError", "FileExistsError", "FileNotFoundError", "IsADirectoryError",
  "NotADirectoryError", "InterruptedError", "PermissionError", "ProcessLookupError", "TimeoutError",
  "IndentationError", "IndexError", "KeyError", "ModuleNotFoundError", "NotImplementedError", "RecursionError",
  "UnboundLocalError", "UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError",
  "ExceptionGroup", "TabError",
];

function* indexValue(v: PyValue): NativeGen<number | bigint> {
  const n = intValue(v);
  if (n !== undefined) return n;
  const f = typeOf(v).lookup("__index__");
  if (f === undefined) throw pyTypeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  const r = yield* callGen(f, [v]);
  const rn = intValue(r);
  if (rn === undefined) throw pyTypeError(`__index__ returned non-int (type ${typeName(r)})`);
  return rn;
}

/** Writes text to a file object: the native stdout/stderr directly, else its write(). */
export function* writeTo(interp: Interpreter, file: PyValue, text: string, flush: boolean): NativeGen<void> {
  const native = nativeStreamOf(interp, file);
  if (native) {
    native.write(text);
    if (flush) native.flush();
    return;
  }
  const write = yield* getAttrGen(file, "write");
  yield* callGen(write, [text]);
  if (flush) {
    const fl = yield* getAttrOptGen(file, "flush");
    if (fl !== undefined) yield* callGen(fl, []);
  }
}

function* writeOut(interp: Interpreter, text: string, flush: boolean): NativeGen<void> {
  const out = interp.sysModule.dict.getStr("stdout") ?? None;
  if (out !== None) yield* writeTo(interp, out, text, flush);
}

/** The OutputStream behind sys.stdout/stderr objects made by sys.ts. */
function nativeStreamOf(interp: Interpreter, file: PyValue) {
  const s = (file as { stream?: unknown }).stream;
  if (s === interp.stdout || s === interp.stderr) return s as Interpreter["stdout"];
  return null;
}

function* minMax(args: PyValue[], kw: KwArgs, name: "min" | "max"): NativeGen {
  let key: PyValue = None;
  let dflt: PyValue | undefined;
  if (kw) {
    for (const [k, v] of kw) {
      if (k === "key") key = v;
      else if (k === "default") dflt = v;
      else throw pyTypeError(`'${k}' is an invalid keyword argument for ${name}()`);
    }
  }
  let items: PyValue[];
  if (args.length === 0) throw pyTypeError(`${name} expected at least 1 argument, got 0`);
  if (args.length === 1) {
    items = yield* toArrayGen(args[0]);
    if (items.length === 0) {
      if (dflt !== undefined) return dflt;
      throw pyValueError(`${name}() arg is an empty sequence`);
    }
  } else {
    if (dflt !== undefined) throw pyTypeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    items = args;
  }
  // a Python key function's calls are requested directly (no callGen generator per item)
  const pyKey = key instanceof PyFunction ? key : null;
  let best = items[0];
  let bestKey = key === None ? best : pyKey !== null ? yield new CallRequest(pyKey, [best], null) : yield* callGen(key, [best]);
  for (let i = 1; i < items.length; i++) {
    const x = items[i];
    const k = key === None ? x : pyKey !== null ? yield new CallRequest(pyKey, [x], null) : yield* callGen(key, [x]);
    let better: boolean;
    if (typeof k === "number" && typeof bestKey === "number") better = name === "max" ? k > bestKey : k < bestKey;
    // CPython asks item > best for max (item < best for min)
    else better = name === "max" ? yield* isTrueGen(yield* richCompareGen(k, bestKey, 4)) : yield* ltGen(k, bestKey);
    if (better) {
      best = x;
      bestKey = k;
    }
  }
  return best;
}

export function* isInstanceGen(obj: PyValue, cls: PyValue): NativeGen<boolean> {
  if (cls instanceof PyType) {
    const t = typeOf(obj);
    if (t === cls || t.isSubtypeOf(cls)) return true;
    const ic = cls.type === typeType ? undefined : cls.type.lookup("__instancecheck__");
    if (ic === undefined || (ic instanceof PyBuiltinFunction && ic.owner === typeType)) return yield* claimedClassIsGen(obj, t, cls);
    return yield* isTrueGen(yield* callGen(ic, [cls, obj]));
  }
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (yield* isInstanceGen(obj, c)) return true;
    return false;
  }
  const ic = typeOf(cls).lookup("__instancecheck__");
  if (ic !== undefined) return yield* isTrueGen(yield* callGen(ic, [cls, obj]));
  throw pyTypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
}

/** isinstance's last resort, as CPython's: an object whose class overrides __class__ (a mock
 * with a spec, a proxy) is an instance of what its __class__ names. */
function* claimedClassIsGen(obj: PyValue, t: PyType, cls: PyType): NativeGen<boolean> {
  if (t.lookup("__class__") === objectType.attrs.get("__class__")) return false;
  const claimed = yield* getAttrOptGen(obj, "__class__");
  return claimed instanceof PyType && claimed !== t && claimed.isSubtypeOf(cls);
}

export function* isSubclassGen(sub: PyValue, cls: PyValue): NativeGen<boolean> {
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (yield* isSubclassGen(sub, c)) return true;
    return false;
  }
  if (cls instanceof PyType && cls.type !== typeType) {
    const sc = cls.type.lookup("__subclasscheck__");
    if (sc !== undefined && !(sc instanceof PyBuiltinFunction && sc.owner === typeType)) return yield* isTrueGen(yield* callGen(sc, [cls, sub]));
  }
  if (!(sub instanceof PyType)) throw pyTypeError("issubclass() arg 1 must be a class");
  if (cls instanceof PyType) return sub.isSubtypeOf(cls);
  const sc = typeOf(cls).lookup("__subclasscheck__");
  if (sc !== undefined) return yield* isTrueGen(yield* callGen(sc, [cls, sub]));
  throw pyTypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

/** iter(callable, sentinel) */
class CallableIterator extends PyObject {
  done = false;
  constructor(
    readonly fn: PyValue,
    readonly sentinel: PyValue,
  ) {
    super(callableIterType);
  }
}
import { callableIteratorType as callableIterType } from "../objects/iter.js";
import { defineMethods } from "../objects/function.js";
import { eqGen } from "../objects/ops.js";
defineMethods(callableIterType, {
  __next__: function* (args): NativeGen {
    const it = args[0] as CallableIterator;
    if (!(it instanceof CallableIterator)) throw pyTypeError("bad iterator");
    if (it.done) throw newException(Exc.StopIteration);
    const v = yield* callGen(it.fn, []);
    if (v === it.sentinel || (yield* eqGen(v, it.sentinel))) {
      it.done = true;
      throw newException(Exc.StopIteration);
    }
    return v;
  },
});

/** compile(): source text to a code object (mode exec/eval/single), through the interpreter's
 *  compiled-code cache when it has one (namedtuple, dataclasses … exec the same text each run). */
export function compileSource(interp: Interpreter, src: string, filename: string, mode: string): CodeObject {
  const cache = interp.options.codeCache;
  if (!cache) return compileSourceText(interp, src, filename, mode);
  const key = `${filename}\0${mode}`;
  const cached = cache.load(src, key);
  if (cached) {
    interp.sources.set(filename, src);
    return cached;
  }
  const code = compileSourceText(interp, src, filename, mode);
  cache.store(src, key, code);
  return code;
}

function compileSourceText(interp: Interpreter, src: string, filename: string, mode: string): CodeObject {
  interp.sources.set(filename, src);
  const parse = interp.options.parse;
  let tree: N.Module | N.Expression;
  try {
    if (mode !== "eval") tree = (parse ?? parseModuleRef)(src, filename);
    else if (!parse) tree = parseExpressionInput(src, filename);
    else {
      tree = parse(src.replace(/^\s+/, ""), filename);
      if (tree.body.length !== 1 || tree.body[0]._type !== "Expr") throw newException(Exc.SyntaxError, "invalid syntax");
    }
  } catch (e) {
    if (e instanceof PySyntaxError) throw syntaxErrorToPy(withSourceText(e, src, mode));
    // source nested past the JS stack: CPython's parser gives up with MemoryError
    if (e instanceof RangeError) throw newException(Exc.MemoryError);
    throw e;
  }
  try {
    if (tree._type === "Expression") return compileExpression(tree.body, filename, src);
    return compileModule(tree, filename, src, { mode: mode === "single" ? "single" : mode === "eval" ? "eval" : "exec" });
  } catch (e) {
    // CPython reads a compile-time error's line back from the file: a "<string>" has none
    if (e instanceof PySyntaxError) throw syntaxErrorToPy(filename.startsWith("<") ? withText(e, null) : e);
    if (e instanceof RangeError) throw newException(Exc.RecursionError, "maximum recursion depth exceeded during compilation");
    throw e;
  }
}

/**
 * SyntaxError.text as CPython gives it for source text: the line with its newline — exec and
 * compile add one to the source when it lacks it, eval keeps the source as it is.
 */
function withSourceText(e: PySyntaxError, src: string, mode: string): PySyntaxError {
  if (e.text === null || e.lineno < 1 || e.text.endsWith("\n")) return e; // some errors carry the newline already
  const lines = src.split("\n");
  const hasNewline = e.lineno < lines.length || mode !== "eval";
  return hasNewline ? withText(e, e.text + "\n") : e;
}

function withText(e: PySyntaxError, text: string | null): PySyntaxError {
  return new PySyntaxError(e.kind, e.msg, e.filename, e.lineno, e.offset, text, e.endLineno, e.endOffset);
}
import { parseModule as parseModuleRef, parseExpressionInput } from "../parser/parse.js";

function* execOrEval(interp: Interpreter, args: PyValue[], kw: KwArgs, mode: "exec" | "eval"): NativeGen {
  const source = args[0] ?? kw?.get("source");
  let globals = args[1] ?? kw?.get("globals") ?? None;
  let locals = args[2] ?? kw?.get("locals") ?? None;
  if (source === undefined) throw pyTypeError(`${mode}() missing required argument 'source' (pos 1)`);
  const f = currentFrame(interp);
  if (globals === None) {
    globals = f ? f.globals : new PyDict();
    if (locals === None) locals = f ? frameLocals(f) : globals;
  } else if (locals === None) locals = globals;
  if (!(globals instanceof PyDict)) throw pyTypeError(`${mode}() globals must be a dict, not ${typeName(globals)}`);
  if (!(locals instanceof PyDict)) throw pyTypeError(`locals must be a mapping`);
  if (globals.getStr("__builtins__") === undefined) globals.setStr("__builtins__", interp.builtinsModule);
  let code: CodeObject;
  if (source instanceof CodeObject) code = source;
  else {
    let src = strValue(source);
    if (src === undefined) {
      const bs = (source as { bytes?: Uint8Array }).bytes;
      if (bs instanceof Uint8Array) src = new TextDecoder().decode(bs);
      else throw pyTypeError(`${mode}() arg 1 must be a string, bytes or code object`);
    }
    code = compileSource(interp, mode === "eval" ? src.replace(/^[ \t]+/, "") : src, "<string>", mode);
  }
  return yield new CallRequest(new CodeRun(code, globals, locals), [], null);
}

export { PyBaseException, isExc, PyModule, richCompareGen, unaryOpGen, binaryDispatchGen, binaryError, notIterable };
