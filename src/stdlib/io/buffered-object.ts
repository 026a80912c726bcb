// io.BufferedReader / BufferedWriter / BufferedRandom made by calling the class on a raw stream
// object (io.BufferedReader(io.BytesIO(data)), a RawIOBase subclass written in Python ...).
// open() builds its buffered files over a RawFile (binary.ts); these instead buffer in front of
// any object with the raw-stream methods, calling them as Python methods. Every method of the
// three types first asks whether self is one of these and otherwise runs the file version.
import type { KwArgs, PyValue } from "../../objects/object.js";
import { PyObject } from "../../objects/object.js";
import type { PyType } from "../../objects/type.js";
import { PyBytes, PyByteArray } from "../../objects/bytes.js";
import { bytesLike } from "../../objects/bytes-methods.js";
import { PyGetSetDescriptor, defineGetter, defineMethods, defineStaticMethod } from "../../objects/function.js";
import { None } from "../../objects/singletons.js";
import { intValue } from "../../objects/int.js";
import { reprGen } from "../../objects/stringify.js";
import { typeName } from "../../objects/typeof.js";
import { callGen, runSync } from "../../objects/call.js";
import { getAttrGen } from "../../objects/attr.js";
import { isTrueGen } from "../../objects/ops.js";
import type { NativeFn, NativeGen } from "../../objects/native.js";
import { Exc, isExc, pyTypeError, pyValueError } from "../../objects/exceptions.js";
import { closedError, unsupported } from "./bases.js";
import { bufferedReaderType, bufferedWriterType, bufferedRandomType } from "./binary.js";
import { DEFAULT_BUFFER_SIZE } from "./raw.js";
import { optInt, sizeArg } from "../native-args.js";

const EMPTY = new Uint8Array(0);

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** A buffered stream in front of a raw stream object. */
export class PyBufferedOverObject extends PyObject {
  /** Read ahead of the logical position (reader side). */
  readBuf: Uint8Array = EMPTY;
  /** Written but not yet passed to the raw stream (writer side). */
  writeBuf: Uint8Array = EMPTY;
  detached = false;
  constructor(
    type: PyType,
    public raw: PyValue,
    readonly bufferSize: number,
    readonly reads: boolean,
    readonly writes: boolean,
  ) {
    super(type);
  }
}

function* rawCall(raw: PyValue, name: string, args: PyValue[] = []): NativeGen {
  return yield* callGen(yield* getAttrGen(raw, name), args);
}

function* rawClosed(raw: PyValue): NativeGen<boolean> {
  return yield* isTrueGen(yield* getAttrGen(raw, "closed"));
}

/** self, checked: not detached (and, with `op`, not closed: "read of closed file" ...). */
function* live(b: PyBufferedOverObject, closedMessage?: string): NativeGen<PyBufferedOverObject> {
  if (b.detached) throw pyValueError("raw stream has been detached");
  if (closedMessage !== undefined && (yield* rawClosed(b.raw))) throw closedError(closedMessage || undefined);
  return b;
}

/** One read from the raw stream: up to n bytes, empty at EOF (None from a non-blocking raw too). */
function* rawRead(b: PyBufferedOverObject, n: number): NativeGen<Uint8Array> {
  const target = new PyByteArray(new Uint8Array(n));
  let got: PyValue;
  try {
    got = yield* rawCall(b.raw, "readinto", [target]);
  } catch (e) {
    if (!isExc(e, Exc.AttributeError)) throw e;
    const data = yield* rawCall(b.raw, "read", [n]);
    if (data === None) return EMPTY;
    const bytes = bytesLike(data);
    if (bytes === undefined) throw pyTypeError(`read() should return bytes, not '${typeName(data)}'`);
    return bytes.slice();
  }
  if (got === None) return EMPTY;
  const count = Number(intValue(got) ?? 0);
  return target.bytes.slice(0, count);
}

function* flushWrites(b: PyBufferedOverObject): NativeGen<void> {
  while (b.writeBuf.length > 0) {
    const written = yield* rawCall(b.raw, "write", [new PyBytes(b.writeBuf)]);
    const n = written === None ? 0 : Number(intValue(written) ?? b.writeBuf.length);
    if (n <= 0) break;
    b.writeBuf = b.writeBuf.subarray(n);
  }
  b.writeBuf = EMPTY;
}

/** Before reading (random access): written bytes go out first. */
function* beforeRead(b: PyBufferedOverObject): NativeGen<void> {
  if (!b.reads) throw unsupported("read");
  if (b.writeBuf.length > 0) yield* flushWrites(b);
}

/** Before writing (random access): the raw position goes back over what was read ahead. */
function* beforeWrite(b: PyBufferedOverObject): NativeGen<void> {
  if (!b.writes) throw unsupported("write");
  if (b.readBuf.length > 0) {
    yield* rawCall(b.raw, "seek", [-b.readBuf.length, 1]);
    b.readBuf = EMPTY;
  }
}

function take(b: PyBufferedOverObject, n: number): Uint8Array {
  const out = b.readBuf.slice(0, n);
  b.readBuf = b.readBuf.subarray(out.length);
  return out;
}

function* readAll(b: PyBufferedOverObject): NativeGen<Uint8Array> {
  let data = take(b, b.readBuf.length);
  for (;;) {
    const chunk = yield* rawRead(b, Math.max(b.bufferSize, DEFAULT_BUFFER_SIZE));
    if (chunk.length === 0) return data;
    data = concat(data, chunk);
  }
}

function* readUpTo(b: PyBufferedOverObject, n: number): NativeGen<Uint8Array> {
  while (b.readBuf.length < n) {
    const chunk = yield* rawRead(b, Math.max(b.bufferSize, n - b.readBuf.length));
    if (chunk.length === 0) break;
    b.readBuf = concat(b.readBuf, chunk);
  }
  return take(b, n);
}

function* readLine(b: PyBufferedOverObject, limit: number): NativeGen<Uint8Array> {
  for (;;) {
    const nl = b.readBuf.indexOf(10);
    if (nl >= 0 && (limit < 0 || nl < limit)) return take(b, nl + 1);
    if (limit >= 0 && b.readBuf.length >= limit) return take(b, limit);
    const chunk = yield* rawRead(b, b.bufferSize);
    if (chunk.length === 0) return take(b, limit < 0 ? b.readBuf.length : limit);
    b.readBuf = concat(b.readBuf, chunk);
  }
}

const overObjectMethods: Record<string, (b: PyBufferedOverObject, args: PyValue[]) => NativeGen> = {
  *read(b, args) {
    yield* live(b, "read of closed file");
    yield* beforeRead(b);
    const n = sizeArg(args[1]);
    return new PyBytes(n < 0 ? yield* readAll(b) : yield* readUpTo(b, n));
  },
  *read1(b, args) {
    yield* live(b, "read of closed file");
    yield* beforeRead(b);
    let n = sizeArg(args[1]);
    if (n === 0) return new PyBytes(EMPTY);
    if (b.readBuf.length > 0) return new PyBytes(take(b, n < 0 ? b.readBuf.length : n));
    if (n < 0) n = b.bufferSize;
    return new PyBytes(yield* rawRead(b, n));
  },
  *readall(b) {
    yield* live(b, "read of closed file");
    yield* beforeRead(b);
    return new PyBytes(yield* readAll(b));
  },
  *peek(b) {
    yield* live(b, "peek of closed file");
    yield* beforeRead(b);
    if (b.readBuf.length === 0) b.readBuf = yield* rawRead(b, b.bufferSize);
    return new PyBytes(b.readBuf.slice());
  },
  *readinto(b, args) {
    yield* live(b, "readinto of closed file");
    yield* beforeRead(b);
    const target = args[1];
    const buf = target instanceof PyBytes ? undefined : bytesLike(target);
    if (buf === undefined) throw pyTypeError(`readinto() argument must be read-write bytes-like object, not ${typeName(target)}`);
    const data = yield* readUpTo(b, buf.length);
    buf.set(data);
    return data.length;
  },
  *readline(b, args) {
    yield* live(b, "readline of closed file");
    yield* beforeRead(b);
    return new PyBytes(yield* readLine(b, sizeArg(args[1])));
  },
  *write(b, args) {
    yield* live(b, "write to closed file");
    yield* beforeWrite(b);
    const data = bytesLike(args[1]);
    if (data === undefined) throw pyTypeError(`a bytes-like object is required, not '${typeName(args[1])}'`);
    // what no longer fits goes out first; data larger than the whole buffer goes straight out
    if (b.writeBuf.length + data.length > b.bufferSize) yield* flushWrites(b);
    b.writeBuf = concat(b.writeBuf, data.slice());
    if (b.writeBuf.length > b.bufferSize) yield* flushWrites(b);
    return data.length;
  },
  *flush(b) {
    yield* live(b, "flush of closed file");
    if (b.writes) yield* flushWrites(b);
    return None;
  },
  *close(b) {
    yield* live(b);
    if (yield* rawClosed(b.raw)) return None;
    try {
      if (b.writes) yield* flushWrites(b);
    } finally {
      yield* rawCall(b.raw, "close");
    }
    return None;
  },
  *detach(b) {
    yield* live(b);
    if (b.writes) yield* flushWrites(b);
    b.detached = true;
    return b.raw;
  },
  *seek(b, args) {
    yield* live(b, "seek of closed file");
    const off = intValue(args[1] ?? None);
    if (off === undefined) throw pyTypeError(`'${typeName(args[1] ?? None)}' object cannot be interpreted as an integer`);
    const whence = optInt(args[2], "seek", 0);
    if (whence < 0 || whence > 2) throw pyValueError(`whence value ${whence} unsupported`);
    if (b.writeBuf.length > 0) yield* flushWrites(b);
    let target = Number(off);
    if (whence === 1) target -= b.readBuf.length;
    b.readBuf = EMPTY;
    return yield* rawCall(b.raw, "seek", [target, whence]);
  },
  *tell(b) {
    yield* live(b, "tell of closed file");
    const pos = Number(intValue(yield* rawCall(b.raw, "tell")) ?? 0);
    return pos - b.readBuf.length + b.writeBuf.length;
  },
  *truncate(b, args) {
    yield* live(b, "truncate of closed file");
    if (!b.writes) throw unsupported("truncate");
    yield* flushWrites(b);
    const pos = args[1] === undefined || args[1] === None ? yield* overObjectMethods.tell(b, []) : args[1];
    b.readBuf = EMPTY;
    return yield* rawCall(b.raw, "truncate", [pos]);
  },
  *fileno(b) {
    yield* live(b);
    return yield* rawCall(b.raw, "fileno");
  },
  *isatty(b) {
    yield* live(b);
    return yield* rawCall(b.raw, "isatty");
  },
  *readable(b) {
    yield* live(b);
    return b.reads && (yield* isTrueGen(yield* rawCall(b.raw, "readable")));
  },
  *writable(b) {
    yield* live(b);
    return b.writes && (yield* isTrueGen(yield* rawCall(b.raw, "writable")));
  },
  *seekable(b) {
    yield* live(b);
    return yield* rawCall(b.raw, "seekable");
  },
  *__repr__(b) {
    const shown = `<${b.type.name}`;
    if (b.detached) return shown + ">";
    try {
      const name = yield* getAttrGen(b.raw, "name");
      return `${shown} name=${yield* reprGen(name)}>`;
    } catch (e) {
      if (isExc(e, Exc.AttributeError) || isExc(e, Exc.ValueError)) return shown + ">";
      throw e;
    }
  },
};

/** What each kind of buffer needs from its raw stream, and the message when it lacks it. */
const needs: [PyType, string[]][] = [
  [bufferedReaderType, ["readable"]],
  [bufferedWriterType, ["writable"]],
  [bufferedRandomType, ["seekable", "readable", "writable"]],
];

for (const [type, checks] of needs) {
  const kind = type.shortName ?? type.name;
  defineStaticMethod(type, "__new__", function* (args, kw): NativeGen {
    const cls = args[0] as PyType;
    let raw = args[1];
    let size: PyValue | undefined = args[2];
    if (kw !== null) {
      for (const [k, v] of kw) {
        if (k === "raw" && raw === undefined) raw = v;
        else if (k === "buffer_size" && size === undefined) size = v;
        else throw pyTypeError(`${kind}() got an unexpected keyword argument '${k}'`);
      }
    }
    if (raw === undefined) throw pyTypeError(`${kind}() missing required argument 'raw' (pos 1)`);
    if (args.length > 3) throw pyTypeError(`${kind}() takes at most 2 arguments (${args.length - 1} given)`);
    const bufferSize = size === undefined ? DEFAULT_BUFFER_SIZE : optInt(size, kind, DEFAULT_BUFFER_SIZE);
    for (const check of checks) {
      if (!(yield* isTrueGen(yield* rawCall(raw, check)))) throw unsupported(`File or stream is not ${check}.`);
    }
    if (bufferSize <= 0) throw pyValueError("buffer size must be strictly positive");
    return new PyBufferedOverObject(cls, raw, bufferSize, type !== bufferedWriterType, type !== bufferedReaderType);
  });
  // the file versions stay for open()'s objects
  const fileVersions = new Map<string, PyValue>();
  for (const name of Object.keys(overObjectMethods)) {
    const existing = type.attrs.get(name);
    if (existing !== undefined) fileVersions.set(name, existing);
  }
  const methods: Record<string, NativeFn> = {};
  for (const [name, impl] of Object.entries(overObjectMethods)) {
    methods[name] = function* (args: PyValue[], kw: KwArgs): NativeGen {
      const self = args[0];
      if (self instanceof PyBufferedOverObject) return yield* impl(self, args);
      const fallback = fileVersions.get(name);
      if (fallback === undefined) throw unsupported(name);
      return yield* callGen(fallback, args, kw);
    };
  }
  defineMethods(type, methods);
  for (const getter of ["name", "mode", "closed", "raw"]) {
    const previous = type.attrs.get(getter);
    const fileGet = previous instanceof PyGetSetDescriptor ? previous.get : null;
    defineGetter(type, getter, (self) => {
      if (!(self instanceof PyBufferedOverObject)) {
        if (fileGet === null) throw unsupported(getter);
        return fileGet(self);
      }
      if (getter === "raw") return self.detached ? None : self.raw;
      if (self.detached) throw pyValueError("raw stream has been detached");
      return runSync(getAttrGen(self.raw, getter));
    });
  }
}
