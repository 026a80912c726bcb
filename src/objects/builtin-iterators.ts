// enumerate, zip, map, filter, reversed: classes whose instances are iterators. Their __next__
// is a generator native, because the wrapped iterators or the mapped function may be Python code.
import { PyObject, type KwArgs, type PyValue } from "./object.js";
import { makeBuiltinType, type PyType } from "./type.js";
import { defineMethods, defineStaticMethod } from "./function.js";
import { None } from "./singletons.js";
import { PyTuple } from "./tuple.js";
import { PyList } from "./list.js";
import { intValue } from "./int.js";
import { typeOf } from "./typeof.js";
import { callGen } from "./call.js";
import { NativeIterator, getIterGen, nextGen, defineIteratorType } from "./iter.js";
import { isTrueGen, lenGen, getItemGen } from "./ops.js";
import { binaryOpGen } from "./ops.js";
import type { NativeGen } from "./native.js";
import { Exc, isExc, newException, pyTypeError, pyValueError } from "./exceptions.js";

export const enumerateType = makeBuiltinType("enumerate");
export const zipType = makeBuiltinType("zip");
export const mapType = makeBuiltinType("map");
export const filterType = makeBuiltinType("filter");
export const reversedType = makeBuiltinType("reversed");

function stop() {
  return newException(Exc.StopIteration);
}

class PyEnumerate extends PyObject {
  constructor(
    readonly it: PyValue,
    public count: number | bigint,
    type: PyType,
  ) {
    super(type);
  }
}

/**
 * enumerate() over an iterator implemented in TypeScript: itself such an iterator, so that a for
 * loop (and list(), sum() …) takes its items without calling __next__. Same fields as
 * PyEnumerate, so enumerate's methods serve both.
 */
class NativeEnumerate extends NativeIterator {
  constructor(
    readonly it: NativeIterator,
    public count: number | bigint,
  ) {
    super(enumerateType);
  }
  nextValue(): PyValue | undefined {
    const v = this.it.nextValue();
    if (v === undefined) return undefined;
    const c = this.count;
    this.count = typeof c === "number" && c < Number.MAX_SAFE_INTEGER ? c + 1 : BigInt(c) + 1n;
    return new PyTuple([c, v]);
  }
}

defineStaticMethod(enumerateType, "__new__", function* (args, kw): NativeGen {
  let iterable: PyValue | undefined = args[1];
  let start: PyValue = args.length > 2 ? args[2] : 0;
  if (kw) {
    for (const [k, v] of kw) {
      if (k === "start") start = v;
      else if (k === "iterable") iterable = v;
      else throw pyTypeError(`'${k}' is an invalid keyword argument for enumerate()`);
    }
  }
  if (iterable === undefined) throw pyTypeError("enumerate() missing required argument 'iterable'");
  const n = intValue(start);
  if (n === undefined) throw pyTypeError(`'${typeOf(start).name}' object cannot be interpreted as an integer`);
  const it = yield* getIterGen(iterable);
  if (it instanceof NativeIterator && args[0] === enumerateType) return new NativeEnumerate(it, n);
  return new PyEnumerate(it, n, args[0] as PyType);
});
defineMethods(enumerateType, {
  __iter__: (args) => args[0],
  __next__: function* (args): NativeGen {
    const e = args[0] as PyEnumerate;
    const v = e.it instanceof NativeIterator ? e.it.nextValue() : yield* nextGen(e.it);
    if (v === undefined) throw stop();
    const c = e.count;
    e.count = typeof c === "number" && c < Number.MAX_SAFE_INTEGER ? c + 1 : BigInt(c) + 1n;
    return new PyTuple([c, v]);
  },
});

class PyZip extends PyObject {
  constructor(
    readonly its: PyValue[],
    readonly strict: boolean,
    type: PyType,
  ) {
    super(type);
  }
  done = false;
}

/** zip() of TypeScript-implemented iterators, not strict: itself such an iterator (fields as PyZip). */
class NativeZip extends NativeIterator {
  readonly strict = false;
  done = false;
  constructor(readonly its: NativeIterator[]) {
    super(zipType);
  }
  nextValue(): PyValue | undefined {
    if (this.done) return undefined;
    const its = this.its;
    const out: PyValue[] = new Array(its.length);
    for (let i = 0; i < its.length; i++) {
      const v = its[i].nextValue();
      if (v === undefined) {
        this.done = true;
        return undefined;
      }
      out[i] = v;
    }
    return new PyTuple(out);
  }
}

defineStaticMethod(zipType, "__new__", function* (args, kw): NativeGen {
  let strict = false;
  if (kw) {
    for (const [k, v] of kw) {
      if (k === "strict") strict = yield* isTrueGen(v);
      else throw pyTypeError(`zip() got an unexpected keyword argument '${k}'`);
    }
  }
  const its: PyValue[] = [];
  // 3.11 lets iter()'s own TypeError through ("'int' object is not iterable")
  for (let i = 1; i < args.length; i++) its.push(yield* getIterGen(args[i]));
  if (!strict && its.length > 0 && args[0] === zipType && its.every((it) => it instanceof NativeIterator)) return new NativeZip(its as NativeIterator[]);
  return new PyZip(its, strict, args[0] as PyType);
});
defineMethods(zipType, {
  __iter__: (args) => args[0],
  __next__: function* (args): NativeGen {
    const z = args[0] as PyZip;
    if (z.done || z.its.length === 0) throw stop();
    const out: PyValue[] = [];
    for (let i = 0; i < z.its.length; i++) {
      const it = z.its[i];
      const v = it instanceof NativeIterator ? it.nextValue() : yield* nextGen(it);
      if (v === undefined) {
        z.done = true;
        if (z.strict) {
          if (i > 0) throw pyValueError(`zip() argument ${i + 1} is shorter than argument${i > 1 ? "s 1-" + i : " 1"}`);
          for (let j = 1; j < z.its.length; j++) {
            const w = z.its[j] instanceof NativeIterator ? (z.its[j] as NativeIterator).nextValue() : yield* nextGen(z.its[j]);
            if (w !== undefined) throw pyValueError(`zip() argument ${j + 1} is longer than argument${j > 1 ? "s 1-" + j : " 1"}`);
          }
        }
        throw stop();
      }
      out.push(v);
    }
    return new PyTuple(out);
  },
});

class PyMap extends PyObject {
  constructor(
    readonly fn: PyValue,
    readonly its: PyValue[],
    type: PyType,
  ) {
    super(type);
  }
}

defineStaticMethod(mapType, "__new__", function* (args, kw): NativeGen {
  if (kw && kw.size) throw pyTypeError("map() takes no keyword arguments");
  if (args.length < 3) throw pyTypeError("map() must have at least two arguments.");
  const its: PyValue[] = [];
  for (let i = 2; i < args.length; i++) its.push(yield* getIterGen(args[i]));
  return new PyMap(args[1], its, args[0] as PyType);
});
defineMethods(mapType, {
  __iter__: (args) => args[0],
  __next__: function* (args): NativeGen {
    const m = args[0] as PyMap;
    const vals: PyValue[] = [];
    for (const it of m.its) {
      const v = it instanceof NativeIterator ? it.nextValue() : yield* nextGen(it);
      if (v === undefined) throw stop();
      vals.push(v);
    }
    return yield* callGen(m.fn, vals);
  },
});

class PyFilter extends PyObject {
  constructor(
    readonly fn: PyValue,
    readonly it: PyValue,
    type: PyType,
  ) {
    super(type);
  }
}

defineStaticMethod(filterType, "__new__", function* (args, kw): NativeGen {
  if (kw && kw.size) throw pyTypeError("filter() takes no keyword arguments");
  if (args.length !== 3) throw pyTypeError(`filter expected 2 arguments, got ${args.length - 1}`);
  return new PyFilter(args[1], yield* getIterGen(args[2]), args[0] as PyType);
});
defineMethods(filterType, {
  __iter__: (args) => args[0],
  __next__: function* (args): NativeGen {
    const f = args[0] as PyFilter;
    for (;;) {
      const v = f.it instanceof NativeIterator ? f.it.nextValue() : yield* nextGen(f.it);
      if (v === undefined) throw stop();
      const keep = f.fn === None ? yield* isTrueGen(v) : yield* isTrueGen(yield* callGen(f.fn, [v]));
      if (keep) return v;
    }
  },
});

/** reversed() over the sequence protocol (__len__ + __getitem__). */
class PyReversed extends PyObject {
  constructor(
    readonly seq: PyValue,
    public index: number,
    type: PyType,
  ) {
    super(type);
  }
}
const reversedIterType = defineIteratorType("list_reverseiterator_");
void reversedIterType;

defineStaticMethod(reversedType, "__new__", function* (args, kw): NativeGen {
  if (kw && kw.size) throw pyTypeError("reversed() takes no keyword arguments");
  if (args.length !== 2) throw pyTypeError(`reversed expected 1 argument, got ${args.length - 1}`);
  const seq = args[1];
  const t = typeOf(seq);
  const rev = t.lookup("__reversed__");
  if (rev !== undefined && rev !== None) return yield* callGen(rev, [seq]);
  if (t.lookup("__getitem__") === undefined || t.lookup("__len__") === undefined || t.name === "dict") {
    throw pyTypeError(`'${t.name}' object is not reversible`);
  }
  const n = yield* lenGen(seq);
  return new PyReversed(seq, n - 1, args[0] as PyType);
});
defineMethods(reversedType, {
  __iter__: (args) => args[0],
  __next__: function* (args): NativeGen {
    const r = args[0] as PyReversed;
    if (r.index < 0) throw stop();
    const v = yield* getItemGen(r.seq, r.index--);
    return v;
  },
  __length_hint__: (args) => Math.max(0, (args[0] as PyReversed).index + 1),
});

export { PyList, binaryOpGen };
export type { KwArgs };
