// random: the Python-facing module over the engine in stdlib/random/ (CPython 3.11's
// random.Random, word for word). random.Random is a class users may subclass (its instances
// carry an engine); the module-level functions are methods bound to one hidden instance, as
// in random.py; SystemRandom draws from the OS. Engine errors (RandomError) become the Python
// exceptions they name.
import type { KwArgs, PyValue } from "../objects/object.js";
import { PyObject } from "../objects/object.js";
import { makeBuiltinType, type PyType } from "../objects/type.js";
import { PyFloat } from "../objects/float.js";
import { PyTuple } from "../objects/tuple.js";
import { PyList } from "../objects/list.js";
import { PyDict } from "../objects/dict.js";
import { PyBytes, PyByteArray } from "../objects/bytes.js";
import { PySet } from "../objects/set.js";
import { None } from "../objects/singletons.js";
import { intValue } from "../objects/int.js";
import { strValue } from "../objects/str.js";
import { PyBuiltinFunction, PyMethod, defineMethods, defineStaticMethod } from "../objects/function.js";
import { bindPyArgs, applySignatures } from "../objects/arity.js";
import type { NativeGen } from "../objects/native.js";
import { typeOf } from "../objects/typeof.js";
import { callGen, runSync } from "../objects/call.js";
import { lenGen, getItemGen, setItemGen, hashGen, binaryOpGen, BinOp } from "../objects/ops.js";
import { toArrayGen } from "../objects/iter.js";
import { Exc, newException, pyTypeError, pyValueError } from "../objects/exceptions.js";
import { defineNativeModule } from "../vm/native-modules.js";
import { interp } from "../vm/interpreter.js";
import { getAttrGen } from "../objects/attr.js";
import { RandomEngine, RandomError, randrangeFloatArg, crExp, crLog, type RandrangeArgName, type Real } from "./random/index.js";
import type * as Crypto from "node:crypto";
import { lazyNode } from "../vm/node-lazy.js";

const crypto = lazyNode<typeof Crypto>("node:crypto");

/** An instance of random.Random (or a subclass): the engine is its state. */
export class PyRandom extends PyObject {
  engine = new RandomEngine(0);
  /** The engine over a subclass's own random(), made on first use. */
  override: RandomEngine & { fn: PyValue } | null = null;
}

/** _random.Random: the C-level base of random.Random in CPython (the MRO shows it). */
export const coreRandomType: PyType = makeBuiltinType("Random", undefined, { factory: (cls) => new PyRandom(cls), module: "_random" });
export const randomType: PyType = makeBuiltinType("Random", coreRandomType, { instanceDict: true, module: "random" });
export const systemRandomType: PyType = makeBuiltinType("SystemRandom", randomType, { instanceDict: true, module: "random" });

function eng(v: PyValue): RandomEngine {
  if (v instanceof PyRandom) return v.engine;
  throw pyTypeError(`descriptor requires a 'random.Random' object but received a '${typeOf(v).name}'`);
}

/** Runs engine code, raising its RandomError as the Python exception it names. */
function run<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof RandomError) throw newException(Exc[e.pyType], e.message);
    throw e;
  }
}

const isSystem = (v: PyValue) => v instanceof PyObject && v.type.isSubtypeOf(systemRandomType);

/** A uniform double in [0, 1) from the OS (SystemRandom.random). */
function systemRandom(): number {
  const b = crypto().randomBytes(7);
  let x = 0;
  for (let i = 0; i < 7; i++) x = x * 256 + b[i];
  return Math.floor(x / 8) * 2 ** -53;
}

/** An int argument (ints and __index__), as a number or bigint. */
function* intArgGen(v: PyValue): NativeGen<number | bigint> {
  const n = intValue(v);
  if (n !== undefined) return n;
  const idx = typeOf(v).lookup("__index__");
  if (idx !== undefined && idx !== None) {
    const r = yield* callGen(idx, [v]);
    const rn = intValue(r);
    if (rn !== undefined) return rn;
  }
  throw pyTypeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
}

/** A real argument of the float-valued functions: floats as numbers, ints as bigints. */
function* realArgGen(v: PyValue): NativeGen<Real> {
  if (v instanceof PyFloat) return v.value;
  const n = intValue(v);
  if (n !== undefined) return BigInt(n);
  const t = typeOf(v);
  const f = t.lookup("__float__");
  if (f !== undefined && f !== None) {
    const r = yield* callGen(f, [v]);
    if (r instanceof PyFloat) return r.value;
  }
  throw pyTypeError(`must be real number, not ${t.name}`);
}

const F = (x: number) => new PyFloat(x);

/** warnings.warn(message, DeprecationWarning), attributed to the calling Python line. */
function* deprecationWarningGen(message: string): NativeGen<void> {
  const warnings = yield* interp().importer.importModuleGen("warnings");
  yield* callGen(yield* getAttrGen(warnings, "warn"), [message, Exc.DeprecationWarning]);
}

/** randrange's int conversion of one argument (3.11: floats deprecated, non-integral ones fail). */
function* randrangeArgGen(v: PyValue, which: RandrangeArgName): NativeGen<number | bigint> {
  const n = intValue(v);
  if (n !== undefined) return n;
  if (v instanceof PyFloat) {
    const r = randrangeFloatArg(v.value, which);
    if (r.warning !== "") yield* deprecationWarningGen(r.warning);
    if (r.ok) return r.value;
    throw newException(Exc[r.error.pyType], r.error.message);
  }
  const idx = typeOf(v).lookup("__index__");
  if (idx !== undefined && idx !== None) return yield* intArgGen(v);
  throw pyValueError(`non-integer ${which} for randrange()`);
}

/** The items of a sequence argument (list/tuple/str fast, anything else by len and index). */
function* seqItemsGen(seq: PyValue): NativeGen<PyValue[]> {
  if (seq instanceof PyList || seq instanceof PyTuple) return seq.items;
  const s = strValue(seq);
  if (s !== undefined) return Array.from(s);
  const n = yield* lenGen(seq);
  const out: PyValue[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = yield* getItemGen(seq, i);
  return out;
}

function* seedGen(self: PyValue, a: PyValue | undefined, version: PyValue | undefined): NativeGen<void> {
  if (isSystem(self)) return;
  const e = eng(self);
  const ver = version === undefined ? 2 : intValue(version) ?? 2;
  if (a === undefined || a === None) return e.seed(null);
  const n = intValue(a);
  if (n !== undefined) return run(() => e.seed(n));
  if (a instanceof PyFloat) return e.seedFloat(a.value);
  if (!(strValue(a) !== undefined || a instanceof PyBytes || a instanceof PyByteArray)) {
    throw pyTypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
  }
  const s = strValue(a);
  if (s !== undefined && (ver === 1 || ver === 2)) return run(() => e.seed(s, ver));
  if ((a instanceof PyBytes && (ver === 1 || ver === 2)) || (a instanceof PyByteArray && ver === 2)) {
    const bytes = (a as PyBytes).bytes;
    return run(() => e.seed(Uint8Array.from(bytes), ver));
  }
  const h = yield* hashGen(a);
  e.seedFromHash(h);
}

/** A method of random.Random with a Python-style signature (params include self). */
type Impl = (a: (PyValue | undefined)[], self: PyValue) => NativeGen | PyValue;

function def(type: PyType, name: string, params: string[], kwOnly: string[], impl: Impl): void {
  const qual = `${type.name}.${name}`;
  defineMethods(type, {
    [name]: function* (args: PyValue[], kw: KwArgs): NativeGen {
      const a = bindPyArgs(qual, params, kwOnly, args, kw);
      const r = impl(a, args[0]);
      if (r !== null && typeof r === "object" && typeof (r as Generator).next === "function" && !(r instanceof PyObject)) {
        return yield* r as NativeGen;
      }
      return r as PyValue;
    },
  });
}

defineStaticMethod(randomType, "__new__", (args) => {
  const cls = args[0] as PyType;
  const o = new PyRandom(cls);
  if (cls.hasInstanceDict) o.dict = new PyDict();
  return o;
});

def(randomType, "__init__", ["self", "x?"], [], function* (a, self): NativeGen {
  yield* callGen(typeOf(self).lookup("seed")!, [self, a[1] ?? None]);
  return None;
});
def(randomType, "seed", ["self", "a?", "version?"], [], function* (a, self): NativeGen {
  yield* seedGen(self, a[1], a[2]);
  return None;
});
def(randomType, "getstate", ["self"], [], (_a, self) => {
  if (isSystem(self)) throw newException(Exc.NotImplementedError, "System entropy source does not have state.");
  const st = eng(self).getstate();
  return new PyTuple([st.version, new PyTuple(st.internal), st.gaussNext === null ? None : F(st.gaussNext)]);
});
def(randomType, "setstate", ["self", "state"], [], function* (a, self): NativeGen {
  if (isSystem(self)) throw newException(Exc.NotImplementedError, "System entropy source does not have state.");
  const st = yield* toArrayGen(a[1]!);
  const version = st[0];
  const vn = intValue(version);
  if (vn !== 3 && vn !== 2) {
    const { repr } = stringify;
    throw pyValueError(`state with version ${repr(version)} passed to Random.setstate() of version 3`);
  }
  if (st.length !== 3) throw pyValueError(`${st.length > 3 ? "too many values to unpack (expected 3)" : `not enough values to unpack (expected 3, got ${st.length})`}`);
  const internal = st[1];
  const items = internal instanceof PyTuple ? internal.items : [];
  const gaussNext = st[2] instanceof PyFloat ? st[2].value : st[2] === None ? null : Number(intValue(st[2]) ?? 0);
  run(() =>
    eng(self).setstate({
      version: vn,
      internal: items.map((x) => intValue(x) ?? typeOf(x).name),
      gaussNext,
      internalIsTuple: internal instanceof PyTuple,
    }),
  );
  return None;
});
defineMethods(coreRandomType, {
  random: (args) => F(isSystem(args[0]) ? systemRandom() : eng(args[0]).random()),
});
applySignatures(coreRandomType, { random: "-" });
def(randomType, "getrandbits", ["self", "k"], [], function* (a, self): NativeGen {
  const k = yield* intArgGen(a[1]!);
  if (isSystem(self)) {
    const kb = Number(k);
    if (kb < 0) throw pyValueError("number of bits must be non-negative");
    const bytes = crypto().randomBytes(Math.ceil(kb / 8));
    let v = 0n;
    for (const b of bytes) v = (v << 8n) | BigInt(b);
    v >>= BigInt(bytes.length * 8 - kb);
    const { normBig } = intModule;
    return normBig(v);
  }
  return run(() => eng(self).getrandbits(k));
});
def(randomType, "randbytes", ["self", "n"], [], function* (a, self): NativeGen {
  const n = yield* intArgGen(a[1]!);
  if (isSystem(self)) return new PyBytes(Uint8Array.from(crypto().randomBytes(Number(n))));
  return new PyBytes(run(() => eng(self).randbytes(n)));
});
def(randomType, "_randbelow", ["self", "n"], [], function* (a, self): NativeGen {
  const n = yield* intArgGen(a[1]!);
  return run(() => eng(self).randbelow(n));
});

/** A generator-like engine for SystemRandom: the same algorithms over OS randomness. */
/**
 * An engine whose random() is a subclass's Python random(): every method built on random()
 * uses it, and integers come from random() too (random.py's _randbelow_without_getrandbits,
 * which __init_subclass__ picks when a subclass overrides random() but not getrandbits()).
 */
class OverriddenRandomEngine extends RandomEngine {
  constructor(private readonly self: PyValue, readonly fn: PyValue) {
    super(0);
  }
  override random(): number {
    const r = runSync(callGen(this.fn, [this.self]));
    if (r instanceof PyFloat) return r.value;
    const n = intValue(r);
    if (n !== undefined) return Number(n);
    throw pyTypeError(`must be real number, not ${typeOf(r).name}`);
  }
  override randbelow(n: number | bigint): number | bigint {
    const maxsize = 2 ** 53;
    if (n >= maxsize) return Math.floor(this.random() * Number(n));
    const nn = Number(n);
    if (nn === 0) return 0;
    const rem = maxsize % nn;
    const limit = (maxsize - rem) / maxsize;
    let r = this.random();
    while (r >= limit) r = this.random();
    return Math.floor(r * maxsize) % nn;
  }
}

const coreRandom = () => coreRandomType.attrs.get("random");

function engineFor(self: PyValue): RandomEngine {
  if (!isSystem(self)) {
    const fn = typeOf(self).lookup("random");
    if (fn === coreRandom() || fn === undefined || !(self instanceof PyRandom)) return eng(self);
    if (self.override === null || self.override.fn !== fn) self.override = new OverriddenRandomEngine(self, fn);
    return self.override;
  }
  const e = new RandomEngine(null);
  e.seed(null);
  return e;
}

def(randomType, "randrange", ["self", "start", "stop?", "step?"], [], function* (a, self): NativeGen {
  const start = yield* randrangeArgGen(a[1]!, "arg 1");
  const stop = a[2] === undefined || a[2] === None ? null : yield* randrangeArgGen(a[2], "stop");
  let step: number | bigint | null = 1;
  if (a[3] !== undefined) {
    if (a[3] === None) step = null;
    else if (stop === null && a[3] !== 1) step = 0;
    else step = yield* randrangeArgGen(a[3], "step");
  }
  return run(() => engineFor(self).randrange(start, stop, step));
});
def(randomType, "randint", ["self", "a", "b"], [], function* (a, self): NativeGen {
  const lo = yield* randrangeArgGen(a[1]!, "arg 1");
  const hi = yield* randrangeArgGen(yield* binaryOpGen(a[2]!, 1, BinOp.Add), "stop");
  return run(() => engineFor(self).randrange(lo, hi));
});
def(randomType, "choice", ["self", "seq"], [], function* (a, self): NativeGen {
  const seq = a[1]!;
  if (seq instanceof PyList || seq instanceof PyTuple) return seq.items[run(() => engineFor(self).choiceIndex(seq.items.length)) as number];
  const n = yield* lenGen(seq);
  if (n === 0) throw newException(Exc.IndexError, "Cannot choose from an empty sequence");
  const i = run(() => engineFor(self).choiceIndex(n));
  return yield* getItemGen(seq, i);
});
def(randomType, "shuffle", ["self", "x"], [], function* (a, self): NativeGen {
  const x = a[1]!;
  const e = engineFor(self);
  if (x instanceof PyList) {
    run(() => e.shuffle(x.items));
    return None;
  }
  const n = yield* lenGen(x);
  for (let i = n - 1; i > 0; i--) {
    const j = run(() => e.randbelow(i + 1)) as number;
    const xi = yield* getItemGen(x, i);
    const xj = yield* getItemGen(x, j);
    yield* setItemGen(x, i, xj);
    yield* setItemGen(x, j, xi);
  }
  return None;
});
def(randomType, "sample", ["self", "population", "k"], ["counts?"], function* (a, self): NativeGen {
  const pop = a[1]!;
  if (pop instanceof PySet || pop instanceof PyDict || typeOf(pop).lookup("__getitem__") === undefined || typeOf(pop).lookup("__len__") === undefined) {
    throw pyTypeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
  }
  // Only the chosen positions are read, so sample(range(10**9), k) costs k items, not 10**9.
  const n = yield* lenGen(pop);
  const kArg = a[2]!;
  if (intValue(kArg) === undefined) {
    if (kArg instanceof PyFloat) {
      if (!(kArg.value >= 0 && kArg.value <= n)) throw pyValueError("Sample larger than population or is negative");
      throw pyTypeError("can't multiply sequence by non-int of type 'float'");
    }
    throw pyTypeError(`'<=' not supported between instances of 'int' and '${typeOf(kArg).name}'`);
  }
  const k = Number(intValue(kArg));
  const e = engineFor(self);
  if (a[3] !== undefined && a[3] !== None) {
    const items = yield* seqItemsGen(pop);
    const counts = yield* toArrayGen(a[3]);
    const ints = counts.map((c) => intValue(c));
    const allInts = ints.every((c) => c !== undefined);
    const idx = run(() => e.sampleCountsIndices(allInts ? (ints as (number | bigint)[]) : [], items.length, k, allInts));
    return new PyList(idx.map((i) => items[i]));
  }
  const idx = run(() => e.sampleIndices(n, k));
  if (pop instanceof PyList || pop instanceof PyTuple) return new PyList(idx.map((i) => pop.items[i as number]));
  const picked: PyValue[] = [];
  for (const i of idx) picked.push(yield* getItemGen(pop, i));
  return new PyList(picked);
});
def(randomType, "choices", ["self", "population", "weights?"], ["cum_weights?", "k?"], function* (a, self): NativeGen {
  const items = yield* seqItemsGen(a[1]!);
  const k = a[4] === undefined ? 1 : Number(yield* intArgGen(a[4]));
  const reals = function* (v: PyValue | undefined): NativeGen<Real[] | null> {
    if (v === undefined || v === None) return null;
    const out: Real[] = [];
    for (const w of yield* toArrayGen(v)) out.push(yield* realArgGen(w));
    return out;
  };
  const weights = yield* reals(a[2]);
  const cum = yield* reals(a[3]);
  const e = engineFor(self);
  if (items.length === 0 && weights === null && cum === null && k > 0) {
    // Python draws once, then indexing the empty population fails with its own message
    e.random();
    return yield* getItemGen(a[1]!, 0);
  }
  return new PyList(run(() => e.choices(items, { weights, cumWeights: cum, k: Math.max(0, k) })));
});

const realMethod = (name: string, params: string[], fn: (e: RandomEngine, xs: Real[]) => number) =>
  def(randomType, name, ["self", ...params], [], function* (a, self): NativeGen {
    const xs: Real[] = [];
    for (let i = 0; i < params.length; i++) {
      if (a[i + 1] !== undefined) xs.push(yield* realArgGen(a[i + 1]!));
    }
    const e = engineFor(self);
    return F(run(() => fn(e, xs)));
  });

def(randomType, "uniform", ["self", "a", "b"], [], function* (a, self): NativeGen {
  const x = a[1]!, y = a[2]!;
  const simple = (v: PyValue) => v instanceof PyFloat || intValue(v) !== undefined;
  if (simple(x) && simple(y)) {
    const lo = yield* realArgGen(x), hi = yield* realArgGen(y);
    return F(run(() => engineFor(self).uniform(lo, hi)));
  }
  // other numbers: a + (b - a) * random() with Python's operators, in Python's order (b - a
  // first: when it fails, no number is drawn)
  const width = yield* binaryOpGen(y, x, BinOp.Sub);
  const u = F(run(() => engineFor(self).random()));
  return yield* binaryOpGen(x, yield* binaryOpGen(width, u, BinOp.Mul), BinOp.Add);
});
def(randomType, "triangular", ["self", "low?", "high?", "mode?"], [], function* (a, self): NativeGen {
  const low = a[1] === undefined ? 0.0 : yield* realArgGen(a[1]);
  const high = a[2] === undefined ? 1.0 : yield* realArgGen(a[2]);
  const mode = a[3] === undefined || a[3] === None ? null : yield* realArgGen(a[3]);
  const r = run(() => engineFor(self).triangular(low, high, mode));
  return r === null ? a[1] ?? F(0.0) : F(r);
});
realMethod("normalvariate", ["mu?", "sigma?"], (e, [mu, sigma]) => e.normalvariate(mu ?? 0.0, sigma ?? 1.0));
realMethod("gauss", ["mu?", "sigma?"], (e, [mu, sigma]) => e.gauss(mu ?? 0.0, sigma ?? 1.0));
realMethod("lognormvariate", ["mu", "sigma"], (e, [mu, sigma]) => e.lognormvariate(mu, sigma));
realMethod("expovariate", ["lambd"], (e, [l]) => e.expovariate(l));
realMethod("vonmisesvariate", ["mu", "kappa"], (e, [mu, k]) => e.vonmisesvariate(mu, k));
realMethod("gammavariate", ["alpha", "beta"], (e, [al, be]) => e.gammavariate(al, be));
realMethod("betavariate", ["alpha", "beta"], (e, [al, be]) => e.betavariate(al, be));
realMethod("paretovariate", ["alpha"], (e, [al]) => e.paretovariate(al));
realMethod("weibullvariate", ["alpha", "beta"], (e, [al, be]) => e.weibullvariate(al, be));

randomType.attrs.set("VERSION", 3);
randomType.attrs.set("__doc__", "Random number generator base class used by bound module functions.");
systemRandomType.attrs.set("__doc__", "Alternate random number generator using sources provided by the operating system.");
randomType.invalidate();

const MODULE_FUNCTIONS = [
  "seed", "random", "uniform", "triangular", "randint", "choice", "randrange", "sample", "shuffle", "choices",
  "normalvariate", "lognormvariate", "expovariate", "vonmisesvariate", "gammavariate", "gauss", "betavariate",
  "paretovariate", "weibullvariate", "getstate", "setstate", "getrandbits", "randbytes",
];

defineNativeModule("random", (m) => {
  const d = m.dict;
  d.setStr("Random", randomType);
  d.setStr("SystemRandom", systemRandomType);
  const inst = new PyRandom(randomType);
  inst.dict = new PyDict();
  inst.engine.seed(null);
  d.setStr("_inst", inst);
  for (const name of MODULE_FUNCTIONS) {
    const f = randomType.lookup(name) as PyBuiltinFunction;
    d.setStr(name, new PyMethod(f, inst));
  }
  d.setStr("NV_MAGICCONST", F((4 * crExp(-0.5)) / Math.sqrt(2.0)));
  d.setStr("TWOPI", F(2.0 * Math.PI));
  d.setStr("LOG4", F(crLog(4.0)));
  d.setStr("SG_MAGICCONST", F(1.0 + crLog(4.5)));
  d.setStr("BPF", 53);
  d.setStr("RECIP_BPF", F(2 ** -53));
});

import * as stringify from "../objects/stringify.js";
import * as intModule from "../objects/int.js";
