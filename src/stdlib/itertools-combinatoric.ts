// itertools.product, permutations, combinations and combinations_with_replacement as native
// iterators (module _pygil_itertools, re-exported by itertools.py): they only index a pool
// read once at creation, so each step runs without any Python frame — permutations(range(9))
// was ~25x slower as a Python class. Argument errors carry CPython's messages.
import { PyObject, type KwArgs, type PyValue } from "../objects/object.js";
import { PyTuple } from "../objects/tuple.js";
import { makeBuiltinType, PyType } from "../objects/type.js";
import { NativeIterator, toArrayGen } from "../objects/iter.js";
import { defineMethods, defineStaticMethod } from "../objects/function.js";
import { intValue } from "../objects/int.js";
import { typeOf, typeName } from "../objects/typeof.js";
import { callGen } from "../objects/call.js";
import type { NativeGen } from "../objects/native.js";
import { Exc, newException, pyTypeError, pyValueError } from "../objects/exceptions.js";
import { addressOf } from "../objects/identity.js";
import { None } from "../objects/singletons.js";
import { defineNativeModule } from "../vm/native-modules.js";

function iteratorType(name: string): PyType {
  const t = makeBuiltinType(name, undefined, { module: "itertools" });
  defineMethods(t, {
    __iter__: (args) => args[0],
    __next__: (args) => {
      const self = args[0];
      const it = self instanceof SubclassIterator ? self.inner : (self as NativeIterator);
      const v = it.nextValue();
      if (v === undefined) throw newException(Exc.StopIteration);
      return v;
    },
    __repr__: (args) => `<itertools.${name} object at ${addressOf(args[0])}>`,
  });
  return t;
}

const productType = iteratorType("product");
const permutationsType = iteratorType("permutations");
const combinationsType = iteratorType("combinations");
const cwrType = iteratorType("combinations_with_replacement");

/** Pool items at the given positions, as a tuple. */
function pick(pool: PyValue[], indices: number[], r: number): PyTuple {
  const out = new Array<PyValue>(r);
  for (let k = 0; k < r; k++) out[k] = pool[indices[k]];
  return new PyTuple(out);
}

/** Odometer over the pools: the rightmost wheel turns fastest. */
class ProductIterator extends NativeIterator {
  private indices: number[] | null = null;
  private done: boolean;
  constructor(private readonly pools: PyValue[][]) {
    super(productType);
    this.done = pools.some((p) => p.length === 0);
  }
  nextValue(): PyValue | undefined {
    if (this.done) return undefined;
    const pools = this.pools;
    if (this.indices === null) {
      this.indices = new Array<number>(pools.length).fill(0);
    } else {
      const ix = this.indices;
      let pos = pools.length - 1;
      for (; pos >= 0; pos--) {
        if (++ix[pos] < pools[pos].length) break;
        ix[pos] = 0;
      }
      if (pos < 0) {
        this.done = true;
        return undefined;
      }
    }
    const ix = this.indices;
    const out = new Array<PyValue>(pools.length);
    for (let k = 0; k < pools.length; k++) out[k] = pools[k][ix[k]];
    return new PyTuple(out);
  }
}

/** r-length orderings in lexicographic order of positions; cycles[i] counts the choices left at i. */
class PermutationsIterator extends NativeIterator {
  private readonly indices: number[];
  private readonly cycles: number[];
  private started = false;
  private done: boolean;
  constructor(private readonly pool: PyValue[], private readonly r: number) {
    super(permutationsType);
    const n = pool.length;
    this.indices = Array.from({ length: n }, (_, i) => i);
    this.cycles = Array.from({ length: Math.max(r, 0) }, (_, i) => n - i);
    this.done = r > n;
  }
  nextValue(): PyValue | undefined {
    if (this.done) return undefined;
    const { pool, r, indices, cycles } = this;
    if (!this.started) {
      this.started = true;
      return pick(pool, indices, r);
    }
    const n = pool.length;
    for (let i = r - 1; i >= 0; i--) {
      cycles[i]--;
      if (cycles[i] === 0) {
        // rotate indices[i:] left by one
        const first = indices[i];
        for (let k = i; k < n - 1; k++) indices[k] = indices[k + 1];
        indices[n - 1] = first;
        cycles[i] = n - i;
      } else {
        const j = n - cycles[i];
        const t = indices[i];
        indices[i] = indices[j];
        indices[j] = t;
        return pick(pool, indices, r);
      }
    }
    this.done = true;
    return undefined;
  }
}

/** r-length subsequences (with repeats when `replace`), in lexicographic order of positions. */
class CombinationsIterator extends NativeIterator {
  private readonly indices: number[];
  private started = false;
  private done: boolean;
  constructor(private readonly pool: PyValue[], private readonly r: number, private readonly replace: boolean) {
    super(replace ? cwrType : combinationsType);
    this.indices = replace ? new Array<number>(r).fill(0) : Array.from({ length: r }, (_, i) => i);
    this.done = replace ? pool.length === 0 && r > 0 : r > pool.length;
  }
  nextValue(): PyValue | undefined {
    if (this.done) return undefined;
    const { pool, r, indices } = this;
    if (!this.started) {
      this.started = true;
      return pick(pool, indices, r);
    }
    const n = pool.length;
    let i = r - 1;
    // the rightmost index that can still move; the ones after it follow it
    while (i >= 0 && indices[i] === (this.replace ? n - 1 : i + n - r)) i--;
    if (i < 0) {
      this.done = true;
      return undefined;
    }
    indices[i]++;
    for (let j = i + 1; j < r; j++) indices[j] = this.replace ? indices[i] : indices[j - 1] + 1;
    return pick(pool, indices, r);
  }
}

/**
 * A subclass instance holds the native iterator instead of being one, so that the VM's
 * NativeIterator fast path does not bypass an overridden __next__.
 */
class SubclassIterator extends PyObject {
  constructor(
    cls: PyType,
    readonly inner: NativeIterator,
  ) {
    super(cls);
  }
}

/** The iterator as an instance of cls: the itertools types can be subclassed. */
function ofClass(it: NativeIterator, cls: PyValue): PyObject {
  if (cls instanceof PyType && cls !== it.type) return new SubclassIterator(cls, it);
  return it;
}

/** Binds (iterable, r) the way the C functions do, with their messages. */
function bindPoolR(fn: string, args: PyValue[], kw: KwArgs, rRequired: boolean): [PyValue, PyValue | undefined] {
  const names = ["iterable", "r"];
  const given = args.length + (kw?.size ?? 0);
  if (given > 2) throw pyTypeError(`${fn}() takes at most 2 arguments (${given} given)`);
  const vals: (PyValue | undefined)[] = [args[0], args[1]];
  if (kw) {
    for (const [k, v] of kw) {
      const i = names.indexOf(k);
      if (i < 0) throw pyTypeError(`'${k}' is an invalid keyword argument for ${fn}()`);
      if (vals[i] !== undefined) throw pyTypeError(`argument for ${fn}() given by name ('${k}') and position (${i + 1})`);
      vals[i] = v;
    }
  }
  if (vals[0] === undefined) throw pyTypeError(`${fn}() missing required argument 'iterable' (pos 1)`);
  if (rRequired && vals[1] === undefined) throw pyTypeError(`${fn}() missing required argument 'r' (pos 2)`);
  return [vals[0], vals[1]];
}

/** permutations' r: an int (bool and int subclasses too), nothing else. */
function rArg(v: PyValue): number {
  const n = intValue(v);
  if (n === undefined) throw pyTypeError("Expected int as r");
  return rNumber(n);
}

function rNumber(n: number | bigint): number {
  if (n < 0) throw pyValueError("r must be non-negative");
  if (n > Number.MAX_SAFE_INTEGER) throw newException(Exc.OverflowError, "Python int too large to convert to C ssize_t");
  return Number(n);
}

/** An integer argument through __index__ (combinations' r, product's repeat). */
function* indexArg(v: PyValue): NativeGen<number> {
  const n = intValue(v);
  if (n !== undefined) return Number(n);
  const idx = typeOf(v).lookup("__index__");
  if (idx === undefined) throw pyTypeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return Number(intValue(yield* callGen(idx, [v])));
}

function* combinationsR(v: PyValue): NativeGen<number | bigint> {
  const n = intValue(v);
  return n !== undefined ? n : yield* indexArg(v);
}

defineStaticMethod(productType, "__new__", function* (args, kw): NativeGen {
  let repeat = 1;
  if (kw && kw.size > 0) {
    if (kw.size > 1) throw pyTypeError(`product() takes at most 1 keyword argument (${kw.size} given)`);
    const [key, value] = [...kw][0];
    if (key !== "repeat") throw pyTypeError(`'${key}' is an invalid keyword argument for product()`);
    repeat = yield* indexArg(value);
    if (repeat < 0) throw pyValueError("repeat argument cannot be negative");
  }
  const pools: PyValue[][] = [];
  for (const it of args.slice(1)) pools.push(yield* toArrayGen(it));
  const all: PyValue[][] = [];
  for (let k = 0; k < repeat; k++) all.push(...pools);
  return ofClass(new ProductIterator(all), args[0]);
});

defineStaticMethod(permutationsType, "__new__", function* (args, kw): NativeGen {
  const [iterable, rV] = bindPoolR("permutations", args.slice(1), kw, false);
  const pool = yield* toArrayGen(iterable);
  const r = rV === undefined || rV === None ? pool.length : rArg(rV);
  return ofClass(new PermutationsIterator(pool, r), args[0]);
});

defineStaticMethod(combinationsType, "__new__", function* (args, kw): NativeGen {
  const [iterable, rV] = bindPoolR("combinations", args.slice(1), kw, true);
  // r is converted before the iterable is read, and checked after, as in CPython
  const r = yield* combinationsR(rV!);
  const pool = yield* toArrayGen(iterable);
  return ofClass(new CombinationsIterator(pool, rNumber(r), false), args[0]);
});

defineStaticMethod(cwrType, "__new__", function* (args, kw): NativeGen {
  const [iterable, rV] = bindPoolR("combinations_with_replacement", args.slice(1), kw, true);
  // r is converted before the iterable is read, and checked after, as in CPython
  const r = yield* combinationsR(rV!);
  const pool = yield* toArrayGen(iterable);
  return ofClass(new CombinationsIterator(pool, rNumber(r), true), args[0]);
});

defineNativeModule("_pygil_itertools", (m) => {
  m.dict.setStr("product", productType);
  m.dict.setStr("permutations", permutationsType);
  m.dict.setStr("combinations", combinationsType);
  m.dict.setStr("combinations_with_replacement", cwrType);
});
