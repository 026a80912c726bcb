// Iteration: iter()/next() and helpers that collect an iterable into a JS array.
// Builtin iterators subclass NativeIterator, whose `nextValue()` the VM and natives call directly
// (undefined means exhausted; no StopIteration is created).
import { PyObject, type PyValue } from "./object.js";
import { makeBuiltinType, type PyType } from "./type.js";
import { PyList } from "./list.js";
import { PyTuple } from "./tuple.js";
import { PyDict, PyDictView } from "./dict.js";
import { codePoints } from "./str.js";
import { None } from "./singletons.js";
import { typeOf, typeName } from "./typeof.js";
import { callGen, runSync } from "./call.js";
import type { NativeGen, ResumeRequest } from "./native.js";
import { Exc, isExc, newException, pyTypeError } from "./exceptions.js";
import { defineMethods } from "./function.js";
import { DrainRequest, doneMarker } from "./drain.js";

/** What a native gets for a ResumeRequest with doneSentinel when the generator has returned. */
export const GEN_DONE: PyObject = new PyObject(makeBuiltinType("generator_done", undefined, { baseType: false }));
doneMarker.value = GEN_DONE;

/** A Python generator's reusable "next()" request (doneSentinel), or undefined for other objects. */
export function generatorNextRequest(it: PyValue): ResumeRequest | undefined {
  return typeof it === "object" ? (it as { nextRequest?: ResumeRequest }).nextRequest : undefined;
}

/** `__length_hint__` of the iterators over arrays (list, tuple and str iterators). */
export function defineArrayLengthHint(...types: PyType[]): void {
  for (const t of types) defineMethods(t, { __length_hint__: (args) => (args[0] as ArrayIterator).remaining() });
}

/** Base of iterators implemented in TypeScript. */
export abstract class NativeIterator extends PyObject {
  /** The next item, or undefined when exhausted (and forever after). */
  abstract nextValue(): PyValue | undefined;
}

/** Registers `__iter__` (returns self) and `__next__` for a NativeIterator type. */
export function defineIteratorType(name: string): PyType {
  const t = makeBuiltinType(name, undefined, { baseType: false });
  defineMethods(t, {
    __iter__: (args) => args[0],
    __next__: (args) => {
      const v = (args[0] as NativeIterator).nextValue();
      if (v === undefined) throw stopIteration();
      return v;
    },
  });
  return t;
}

function stopIteration() {
  return newException(Exc.StopIteration);
}

export const listIteratorType = defineIteratorType("list_iterator");
export const tupleIteratorType = defineIteratorType("tuple_iterator");
export const strIteratorType = defineIteratorType("str_ascii_iterator");
export const seqIteratorType = defineIteratorType("iterator");
export const callableIteratorType = defineIteratorType("callable_iterator");

defineArrayLengthHint(listIteratorType, tupleIteratorType, strIteratorType);

/** Iterates a JS array that may grow or shrink meanwhile (lists). */
export class ArrayIterator extends NativeIterator {
  declare private i: number;
  declare private items: PyValue[] | null;
  declare private readonly owner: PyList | null;
  constructor(items: PyValue[] | null, type: PyType, owner: PyList | null = null) {
    super(type);
    this.i = 0;
    this.items = items;
    this.owner = owner;
  }
  nextValue(): PyValue | undefined {
    const i = this.i;
    if (i < 0) return undefined; // exhausted: stays so even if the list grows
    const items = this.owner ? this.owner.items : this.items!;
    // one store for both outcomes: the end, which V8 first meets in optimised code (often
    // inlined into the VM loop), then needs no store site of its own (that would deoptimise)
    const more = i < items.length;
    this.i = more ? i + 1 : -1;
    return more ? items[i] : undefined;
  }
  /** Items not yet produced (for __length_hint__ and copying). */
  remaining(): number {
    if (this.i < 0 || this.items === null) return 0;
    const items = this.owner ? this.owner.items : this.items;
    return Math.max(0, items.length - this.i);
  }
}

export function* getIterGen(v: PyValue): NativeGen {
  if (v instanceof PyObject && v.type.isBuiltin) {
    if (v instanceof PyList) return new ArrayIterator(v.items, listIteratorType, v);
    if (v instanceof PyTuple) return new ArrayIterator(v.items, tupleIteratorType);
  }
  if (typeof v === "string") return new ArrayIterator(codePoints(v), strIteratorType);
  const t = typeOf(v);
  const f = t.lookup("__iter__");
  if (f !== undefined) {
    if (f === None) throw notIterable(v);
    const it = yield* callGen(f, [v]);
    const nt = typeOf(it);
    if (nt.lookup("__next__") === undefined) throw pyTypeError(`iter() returned non-iterator of type '${nt.name}'`);
    return it;
  }
  if (t.lookup("__getitem__") !== undefined) return new SeqIterator(v);
  throw notIterable(v);
}

export function notIterable(v: PyValue) {
  return pyTypeError(`'${typeName(v)}' object is not iterable`);
}

export function getIter(v: PyValue): PyValue {
  if (v instanceof PyList && v.type.isBuiltin) return new ArrayIterator(v.items, listIteratorType, v);
  return runSync(getIterGen(v));
}

/** next(it): the next value, or undefined when the iterator is exhausted. */
export function* nextGen(it: PyValue): NativeGen<PyValue | undefined> {
  if (it instanceof NativeIterator) return it.nextValue();
  const req = generatorNextRequest(it);
  if (req !== undefined) {
    const v = yield req;
    return v === GEN_DONE ? undefined : v;
  }
  const f = typeOf(it).lookup("__next__");
  if (f === undefined) throw pyTypeError(`'${typeName(it)}' object is not an iterator`);
  try {
    return yield* callGen(f, [it]);
  } catch (e) {
    if (isExc(e, Exc.StopIteration)) return undefined;
    throw e;
  }
}

export function next(it: PyValue): PyValue | undefined {
  if (it instanceof NativeIterator) return it.nextValue();
  return runSync(nextGen(it));
}

/** All items of an iterable, as a fresh JS array. */
export function* toArrayGen(v: PyValue): NativeGen<PyValue[]> {
  if (v instanceof PyObject && v.type.isBuiltin) {
    if (v instanceof PyList || v instanceof PyTuple) return v.items.slice();
    if (v instanceof PyDict) return v.keyList();
  }
  if (v instanceof PyDictView) return v.mapping.viewList(v.kind);
  if (typeof v === "string") return codePoints(v);
  const it = yield* getIterGen(v);
  const out: PyValue[] = [];
  if (it instanceof NativeIterator) {
    for (let x = it.nextValue(); x !== undefined; x = it.nextValue()) out.push(x);
    return out;
  }
  // a Python generator: the VM runs it to the end, collecting what it yields
  if (generatorNextRequest(it) !== undefined) return (yield new DrainRequest(it)) as unknown as PyValue[];
  for (;;) {
    const x = yield* nextGen(it);
    if (x === undefined) return out;
    out.push(x);
  }
}

export function toArray(v: PyValue): PyValue[] {
  if (v instanceof PyObject && v.type.isBuiltin && (v instanceof PyList || v instanceof PyTuple)) return v.items.slice();
  return runSync(toArrayGen(v));
}

/** The old sequence protocol: __getitem__(0), (1), … until IndexError. */
export class SeqIterator extends NativeIterator {
  private i = 0;
  private done = false;
  constructor(private readonly seq: PyValue) {
    super(seqIteratorType);
  }
  nextValue(): PyValue | undefined {
    if (this.done) return undefined;
    const f = typeOf(this.seq).lookup("__getitem__")!;
    try {
      return runSync(callGen(f, [this.seq, this.i++]));
    } catch (e) {
      if (isExc(e, Exc.IndexError) || isExc(e, Exc.StopIteration)) {
        this.done = true;
        return undefined;
      }
      throw e;
    }
  }
}

