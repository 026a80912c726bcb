// The buffer of a queue.Queue (`q.queue`), native so that the queue's put() and get() add no
// Python frames of their own. In CPython that buffer is a collections.deque, and programs
// treat it as one (peek q.queue[0], `x in q.queue`, remove an item, put one back in front), so
// this type answers deque's methods and prints like one: `deque([...])`, type
// `collections.deque`. It is not pygil's collections.deque (which is written in Python): only
// queue.py makes these, as `_queue._Fifo`.
import { PyObject, type PyValue } from "../objects/object.js";
import { makeBuiltinType, type PyType } from "../objects/type.js";
import { PyFloat } from "../objects/float.js";
import { Exc, newException, pyTypeError, pyValueError } from "../objects/exceptions.js";
import { None, NotImplemented } from "../objects/singletons.js";
import { defineGetter, defineMethods, defineStaticMethod } from "../objects/function.js";
import type { NativeGen } from "../objects/native.js";
import { eqGen } from "../objects/ops.js";
import { toArrayGen, ArrayIterator, defineIteratorType } from "../objects/iter.js";
import { seqReprGen, seqCompareGen } from "../objects/list.js";
import { indexValue } from "../objects/argconv.js";
import { typeName } from "../objects/typeof.js";
import { reprGen } from "../objects/stringify.js";
import { reprEnter, reprLeave } from "../objects/repr-guard.js";

export const fifoType: PyType = makeBuiltinType("deque", undefined, { module: "collections", factory: (cls) => new PyFifo(cls) });
const fifoIteratorType = defineIteratorType("_deque_iterator");
const fifoReverseIteratorType = defineIteratorType("_deque_reverse_iterator");

/** Items from index `head` of `items` on are the queue's, oldest first. */
export class PyFifo extends PyObject {
  items: PyValue[] = [];
  head = 0;

  constructor(type: PyType = fifoType) {
    super(type);
  }

  get size(): number {
    return this.items.length - this.head;
  }

  /** The live items as a fresh array. */
  snapshot(): PyValue[] {
    return this.items.slice(this.head);
  }

  /** Drops the taken front part, so that indexes into `items` are positions. */
  compact(): void {
    if (this.head > 0) {
      this.items.splice(0, this.head);
      this.head = 0;
    }
  }

  popLeft(): PyValue {
    if (this.head >= this.items.length) throw newException(Exc.IndexError, "pop from an empty deque");
    const items = this.items;
    const item = items[this.head];
    items[this.head++] = undefined as never; // don't keep it alive
    if (this.head === items.length) {
      items.length = 0;
      this.head = 0;
    } else if (this.head >= 1024 && this.head * 2 >= items.length) this.compact();
    return item;
  }
}

function F(v: PyValue): PyFifo {
  if (!(v instanceof PyFifo)) throw pyTypeError(`descriptor requires a 'collections.deque' object but received '${typeName(v)}'`);
  return v;
}

/** A position argument (index, insert, rotate): an int, or an object with __index__. */
function intArg(v: PyValue): number {
  const n = v instanceof PyFloat ? undefined : indexValue(v);
  if (n === undefined) throw pyTypeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return Number(n);
}

/** The position in `items` of deque index `v` (negative counts from the end). */
function position(q: PyFifo, v: PyValue): number {
  const n = v instanceof PyFloat ? undefined : indexValue(v);
  if (n === undefined) throw pyTypeError(`sequence index must be integer, not '${typeName(v)}'`);
  let i = Number(n);
  if (i < 0) i += q.size;
  if (i < 0 || i >= q.size) throw newException(Exc.IndexError, "deque index out of range");
  return q.head + i;
}

/** The position of the first item equal to x, or -1. */
function* findGen(q: PyFifo, x: PyValue, from = 0, to = Infinity): NativeGen<number> {
  const items = q.snapshot();
  const end = Math.min(to, items.length);
  for (let i = Math.max(0, from); i < end; i++) {
    if (items[i] === x || (yield* eqGen(items[i], x))) return i;
  }
  return -1;
}

function* notInDequeGen(x: PyValue): NativeGen<never> {
  throw pyValueError(`${yield* reprGen(x)} is not in deque`);
}

defineStaticMethod(fifoType, "__new__", (args) => new PyFifo(args[0] as PyType));

defineMethods(fifoType, {
  __init__: function* (args): NativeGen {
    const q = F(args[0]);
    q.items = args.length > 1 ? [...(yield* toArrayGen(args[1]))] : [];
    q.head = 0;
    return None;
  },
  append: (args) => {
    F(args[0]).items.push(args[1]);
    return None;
  },
  appendleft: (args) => {
    const q = F(args[0]);
    if (q.head > 0) q.items[--q.head] = args[1];
    else q.items.unshift(args[1]);
    return None;
  },
  popleft: (args) => F(args[0]).popLeft(),
  pop: (args) => {
    const q = F(args[0]);
    if (q.size === 0) throw newException(Exc.IndexError, "pop from an empty deque");
    const item = q.items.pop()!;
    if (q.size === 0) {
      q.items.length = 0;
      q.head = 0;
    }
    return item;
  },
  extend: function* (args): NativeGen {
    const q = F(args[0]);
    for (const x of yield* toArrayGen(args[1])) q.items.push(x);
    return None;
  },
  extendleft: function* (args): NativeGen {
    const q = F(args[0]);
    q.compact();
    for (const x of yield* toArrayGen(args[1])) q.items.unshift(x);
    return None;
  },
  clear: (args) => {
    const q = F(args[0]);
    q.items = [];
    q.head = 0;
    return None;
  },
  copy: (args) => {
    const q = F(args[0]);
    const c = new PyFifo(q.type);
    c.items = q.snapshot();
    return c;
  },
  count: function* (args): NativeGen {
    const q = F(args[0]);
    let n = 0;
    for (const item of q.snapshot()) if (item === args[1] || (yield* eqGen(item, args[1]))) n++;
    return n;
  },
  index: function* (args): NativeGen {
    const q = F(args[0]);
    const size = q.size;
    const clamp = (v: PyValue | undefined, dflt: number): number => {
      if (v === undefined) return dflt;
      const n = v instanceof PyFloat ? undefined : indexValue(v);
      if (n === undefined) throw pyTypeError("slice indices must be integers or have an __index__ method");
      const i = Number(n);
      return i < 0 ? Math.max(0, i + size) : Math.min(i, size);
    };
    const i = yield* findGen(q, args[1], clamp(args[2], 0), clamp(args[3], size));
    if (i < 0) yield* notInDequeGen(args[1]);
    return i;
  },
  insert: (args) => {
    const q = F(args[0]);
    let i = intArg(args[1]);
    q.compact();
    if (i < 0) i = Math.max(0, i + q.items.length);
    q.items.splice(Math.min(i, q.items.length), 0, args[2]);
    return None;
  },
  remove: function* (args): NativeGen {
    const q = F(args[0]);
    const i = yield* findGen(q, args[1]);
    if (i < 0) yield* notInDequeGen(args[1]);
    q.compact();
    q.items.splice(i, 1);
    return None;
  },
  reverse: (args) => {
    const q = F(args[0]);
    q.compact();
    q.items.reverse();
    return None;
  },
  rotate: (args) => {
    const q = F(args[0]);
    const size = q.size;
    if (size === 0) return None;
    const n = ((args.length > 1 ? intArg(args[1]) : 1) % size + size) % size;
    q.compact();
    if (n > 0) q.items.unshift(...q.items.splice(size - n, n));
    return None;
  },
  __len__: (args) => F(args[0]).size,
  __bool__: (args) => F(args[0]).size > 0,
  __iter__: (args) => new ArrayIterator(F(args[0]).snapshot(), fifoIteratorType),
  __reversed__: (args) => new ArrayIterator(F(args[0]).snapshot().reverse(), fifoReverseIteratorType),
  __getitem__: (args) => {
    const q = F(args[0]);
    return q.items[position(q, args[1])];
  },
  __setitem__: (args) => {
    const q = F(args[0]);
    q.items[position(q, args[1])] = args[2];
    return None;
  },
  __delitem__: (args) => {
    const q = F(args[0]);
    const at = position(q, args[1]);
    q.items.splice(at, 1);
    return None;
  },
  __contains__: function* (args): NativeGen {
    return (yield* findGen(F(args[0]), args[1])) >= 0;
  },
  __eq__: function* (args): NativeGen {
    const other = args[1];
    if (!(other instanceof PyFifo)) return NotImplemented;
    return yield* seqCompareGen(F(args[0]).snapshot(), other.snapshot(), 2);
  },
  __copy__: (args) => {
    const q = F(args[0]);
    const c = new PyFifo(q.type);
    c.items = q.snapshot();
    return c;
  },
  __repr__: function* (args): NativeGen {
    const q = F(args[0]);
    // a deque inside itself shows as [...]
    if (!reprEnter(q)) return "[...]";
    reprLeave(q);
    return `deque(${yield* seqReprGen(q, q.snapshot(), "[", "]")})`;
  },
  __hash__: (args) => {
    // CPython names the type with its module here
    throw pyTypeError(`unhashable type: 'collections.deque'`);
  },
});

defineGetter(fifoType, "maxlen", () => None);
