// The io class tree (_io._IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase), io.UnsupportedOperation,
// and what every stream shares: the context manager, iteration by line, readlines/writelines,
// and the closed checks with CPython's messages.
import type { KwArgs, PyValue } from "../../objects/object.js";
import { PyObject } from "../../objects/object.js";
import { PyType, makeBuiltinType, typeType } from "../../objects/type.js";
import { Exc, newException, pyValueError, type PyBaseException } from "../../objects/exceptions.js";
import { defineMethods, defineGetter } from "../../objects/function.js";
import { None } from "../../objects/singletons.js";
import { PyList } from "../../objects/list.js";
import { callGen } from "../../objects/call.js";
import { getAttrGen, setAttrGen } from "../../objects/attr.js";
import { isTrueGen, lenGen } from "../../objects/ops.js";
import { getIterGen, nextGen } from "../../objects/iter.js";
import type { NativeGen } from "../../objects/native.js";
import { sizeArg } from "../native-args.js";

/** CPython's _io types are named "_io.X" in messages ('_io.BytesIO' object has no attribute ...)
 * while __name__ is "X". */
export function ioTypeName(t: PyType): PyType {
  t.shortName = t.name;
  t.name = "_io." + t.name;
  return t;
}

export const ioBaseType = makeBuiltinType("_IOBase", undefined, { module: "_io", instanceDict: true });
export const rawIOBaseType = makeBuiltinType("_RawIOBase", ioBaseType, { module: "_io" });
export const bufferedIOBaseType = makeBuiltinType("_BufferedIOBase", ioBaseType, { module: "_io" });
export const textIOBaseType = makeBuiltinType("_TextIOBase", ioBaseType, { module: "_io" });

/** io.UnsupportedOperation(OSError, ValueError), as `io.UnsupportedOperation: not readable` prints. */
export const unsupportedOperationType = new PyType(typeType, "UnsupportedOperation", [Exc.OSError, Exc.ValueError], { module: "io" });

export function unsupported(msg: string): PyBaseException {
  return newException(unsupportedOperationType, msg);
}

export function closedError(msg = "I/O operation on closed file."): PyBaseException {
  return pyValueError(msg);
}

/** Anything with a `closed` flag the shared methods can check cheaply. */
export interface Closable {
  isClosed(): boolean;
}

function isClosable(v: PyValue): v is PyObject & Closable {
  return v instanceof PyObject && typeof (v as unknown as Closable).isClosed === "function";
}

// Python subclasses of the io bases are closed once close() has set this instance attribute
// (CPython's name for it, visible in their __dict__).
const CLOSED_FLAG = "__IOBase_closed";

function closedFlagSet(self: PyValue): boolean {
  return self instanceof PyObject && self.dict?.getStr(CLOSED_FLAG) !== undefined;
}

/** self.closed, for natives and for Python subclasses alike. */
function* closedGen(self: PyValue): NativeGen<boolean> {
  if (isClosable(self)) return self.isClosed();
  return yield* isTrueGen(yield* getAttrGen(self, "closed"));
}

function* callMethod(self: PyValue, name: string, args: PyValue[] = [], kw: KwArgs = null): NativeGen {
  return yield* callGen(yield* getAttrGen(self, name), args, kw);
}

defineMethods(ioBaseType, {
  __enter__: function* (args): NativeGen {
    if (yield* closedGen(args[0])) throw closedError();
    return args[0];
  },
  __exit__: function* (args): NativeGen {
    yield* callMethod(args[0], "close");
    return None;
  },
  __iter__: function* (args): NativeGen {
    if (yield* closedGen(args[0])) throw closedError();
    return args[0];
  },
  __next__: function* (args): NativeGen {
    const line = yield* callMethod(args[0], "readline");
    if (!(yield* isTrueGen(line))) throw newException(Exc.StopIteration);
    return line;
  },
  readlines: function* (args): NativeGen {
    const hint = sizeArg(args[1]);
    const out: PyValue[] = [];
    let total = 0;
    const it = yield* getIterGen(args[0]);
    for (;;) {
      const line = yield* nextGen(it);
      if (line === undefined) break;
      out.push(line);
      if (hint > 0) {
        total += yield* lenGen(line);
        if (total >= hint) break;
      }
    }
    return new PyList(out);
  },
  writelines: function* (args): NativeGen {
    if (yield* closedGen(args[0])) throw closedError();
    const it = yield* getIterGen(args[1]);
    const write = yield* getAttrGen(args[0], "write");
    for (;;) {
      const line = yield* nextGen(it);
      if (line === undefined) break;
      yield* callGen(write, [line]);
    }
    return None;
  },
  readable: () => false,
  writable: () => false,
  seekable: () => false,
  isatty: function* (args): NativeGen {
    if (yield* closedGen(args[0])) throw closedError();
    return false;
  },
  flush: function* (args): NativeGen {
    if (yield* closedGen(args[0])) throw closedError();
    return None;
  },
  close: function* (args): NativeGen {
    // as _io._IOBase: flush once, then mark closed in the instance (natives close themselves)
    const self = args[0];
    if (isClosable(self) || closedFlagSet(self)) return None;
    try {
      yield* callMethod(self, "flush");
    } finally {
      yield* setAttrGen(self, CLOSED_FLAG, true);
    }
    return None;
  },
  fileno: () => {
    throw unsupported("fileno");
  },
  seek: () => {
    throw unsupported("seek");
  },
  truncate: () => {
    throw unsupported("truncate");
  },
  tell: function* (args): NativeGen {
    return yield* callMethod(args[0], "seek", [0, 1]);
  },
});
defineGetter(ioBaseType, "closed", (self) => (isClosable(self) ? self.isClosed() : closedFlagSet(self)));
