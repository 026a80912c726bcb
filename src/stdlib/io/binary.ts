// Binary file objects: _io.BufferedReader ('rb'), BufferedWriter ('wb', 'ab', 'xb'),
// BufferedRandom ('r+b', 'w+b' …) and FileIO (buffering=0), all over a RawFile. Also the
// ByteLayer interface a TextIOWrapper reads and writes through, with an adapter for binary
// streams written in Python.
import type { KwArgs, PyValue } from "../../objects/object.js";
import { PyObject } from "../../objects/object.js";
import { makeBuiltinType, type PyType } from "../../objects/type.js";
import { PyBytes, PyByteArray } from "../../objects/bytes.js";
import { bytesLike } from "../../objects/bytes-methods.js";
import { defineMethods, defineGetter } from "../../objects/function.js";
import { None } from "../../objects/singletons.js";
import { intValue } from "../../objects/int.js";
import { reprGen } from "../../objects/stringify.js";
import { typeName } from "../../objects/typeof.js";
import { callGen } from "../../objects/call.js";
import { getAttrGen } from "../../objects/attr.js";
import { isTrueGen } from "../../objects/ops.js";
import type { NativeFn, NativeGen } from "../../objects/native.js";
import { pyTypeError, pyValueError } from "../../objects/exceptions.js";
import { bufferedIOBaseType, rawIOBaseType, closedError, unsupported, ioTypeName, type Closable } from "./bases.js";
import { RawFile } from "./raw.js";
import { optInt, sizeArg } from "../native-args.js";

/** What a text layer needs from the binary stream under it. */
export interface ByteLayer {
  /** The binary object itself (TextIOWrapper.buffer). */
  readonly pyObject: PyValue;
  canRead(): boolean;
  canWrite(): boolean;
  canSeek(): boolean;
  isClosed(): boolean;
  /** Up to n bytes from at most one underlying read; empty at EOF. */
  read1Gen(n: number): NativeGen<Uint8Array>;
  readAllGen(): NativeGen<Uint8Array>;
  writeGen(b: Uint8Array): NativeGen<void>;
  flushGen(): NativeGen<void>;
  seekGen(off: number, whence: number): NativeGen<number>;
  tellGen(): NativeGen<number>;
  truncateGen(size: number | undefined): NativeGen<number>;
  closeGen(): NativeGen<void>;
  fileno(): number;
  isatty(): boolean;
}

export const bufferedReaderType = ioTypeName(makeBuiltinType("BufferedReader", bufferedIOBaseType, { module: "_io" }));
export const bufferedWriterType = ioTypeName(makeBuiltinType("BufferedWriter", bufferedIOBaseType, { module: "_io" }));
export const bufferedRandomType = ioTypeName(makeBuiltinType("BufferedRandom", bufferedIOBaseType, { module: "_io" }));
export const fileIOType = ioTypeName(makeBuiltinType("FileIO", rawIOBaseType, { module: "_io" }));

/** A binary file: one of the four types above over a RawFile. */
export class PyBinaryFile extends PyObject implements ByteLayer, Closable {
  constructor(
    readonly raw: RawFile,
    /** The mode attribute ('rb', 'wb', 'rb+' …). */
    readonly mode: string,
    type: PyType,
  ) {
    super(type);
    raw.attach(this);
  }
  get pyObject(): PyValue {
    return this;
  }
  isClosed(): boolean {
    return this.raw.closed;
  }
  canRead(): boolean {
    return this.raw.readable;
  }
  canWrite(): boolean {
    return this.raw.writable;
  }
  canSeek(): boolean {
    return this.raw.seekable;
  }
  read1Gen(n: number): NativeGen<Uint8Array> {
    return this.raw.read1(n);
  }
  readAllGen(): NativeGen<Uint8Array> {
    return this.raw.readAll();
  }
  *writeGen(b: Uint8Array): NativeGen<void> {
    yield* this.raw.write(b);
    if (this.type === fileIOType) yield* this.raw.flush();
  }
  flushGen(): NativeGen<void> {
    return this.raw.flush();
  }
  seekGen(off: number, whence: number): NativeGen<number> {
    return this.raw.seek(off, whence);
  }
  *tellGen(): NativeGen<number> {
    return this.raw.tell();
  }
  truncateGen(size: number | undefined): NativeGen<number> {
    return this.raw.truncate(size);
  }
  closeGen(): NativeGen<void> {
    return this.raw.close();
  }
  fileno(): number {
    return this.raw.fd;
  }
  isatty(): boolean {
    return this.raw.isatty();
  }
}

function F(v: PyValue): PyBinaryFile {
  if (!(v instanceof PyBinaryFile)) throw pyTypeError(`descriptor requires a binary file object, not '${typeName(v)}'`);
  return v;
}

function readableF(v: PyValue, op: string): PyBinaryFile {
  const f = F(v);
  if (f.raw.closed) throw closedError(op === "read" ? "read of closed file" : op === "readline" ? "readline of closed file" : undefined);
  if (!f.raw.readable) throw unsupported(f.type === fileIOType ? "File not open for reading" : op === "readline" ? "read" : op);
  return f;
}

function writableF(v: PyValue): PyBinaryFile {
  const f = F(v);
  if (f.raw.closed) throw closedError("write to closed file");
  if (!f.raw.writable) throw unsupported(f.type === fileIOType ? "File not open for writing" : "write");
  return f;
}

function openF(v: PyValue): PyBinaryFile {
  const f = F(v);
  if (f.raw.closed) throw closedError();
  return f;
}

function result(data: Uint8Array): PyBytes {
  return new PyBytes(data);
}

const binaryMethods: Record<string, NativeFn> = {
  read: function* (args): NativeGen {
    const f = readableF(args[0], "read");
    return result(yield* f.raw.read(sizeArg(args[1])));
  },
  read1: function* (args): NativeGen {
    const f = readableF(args[0], "read");
    return result(yield* f.raw.read1(sizeArg(args[1])));
  },
  readall: function* (args): NativeGen {
    const f = readableF(args[0], "read");
    return result(yield* f.raw.readAll());
  },
  peek: function* (args): NativeGen {
    const f = readableF(args[0], "read");
    const n = f.raw.buffered;
    if (n > 0) {
      const pos = f.raw.tell();
      const data = yield* f.raw.read(n);
      yield* f.raw.seek(pos, 0);
      return result(data);
    }
    const data = yield* f.raw.read1(-1);
    if (data.length && f.raw.seekable) yield* f.raw.seek(f.raw.tell() - data.length, 0);
    return result(data);
  },
  readinto: function* (args): NativeGen {
    const f = readableF(args[0], "read");
    const target = args[1];
    if (!(target instanceof PyByteArray) && !(target instanceof PyObject && bytesLike(target) && !(target instanceof PyBytes))) {
      throw pyTypeError(`readinto() argument must be read-write bytes-like object, not ${typeName(target)}`);
    }
    const buf = bytesLike(target)!;
    const data = yield* f.raw.read(buf.length);
    buf.set(data);
    return data.length;
  },
  readline: function* (args): NativeGen {
    const f = readableF(args[0], "readline");
    return result(yield* f.raw.readline(sizeArg(args[1])));
  },
  write: function* (args): NativeGen {
    const f = writableF(args[0]);
    const data = bytesLike(args[1]);
    if (data === undefined) throw pyTypeError(`a bytes-like object is required, not '${typeName(args[1])}'`);
    yield* f.writeGen(data);
    return data.length;
  },
  flush: function* (args): NativeGen {
    const f = F(args[0]);
    if (f.raw.closed) throw closedError("flush of closed file");
    yield* f.raw.flush();
    return None;
  },
  close: function* (args): NativeGen {
    yield* F(args[0]).raw.close();
    return None;
  },
  seek: function* (args): NativeGen {
    const f = F(args[0]);
    if (f.raw.closed) throw closedError("seek of closed file");
    const off = intValue(args[1] ?? None);
    if (off === undefined) throw pyTypeError(`'${typeName(args[1] ?? None)}' object cannot be interpreted as an integer`);
    const whence = optInt(args[2], "seek", 0);
    if (whence < 0 || whence > 2) throw pyValueError(`whence value ${whence} unsupported`);
    return yield* f.raw.seek(Number(off), whence);
  },
  tell: (args) => openF(args[0]).raw.tell(),
  truncate: function* (args): NativeGen {
    const f = writableF(args[0]);
    const size = args[1] === undefined || args[1] === None ? undefined : optInt(args[1], "truncate", 0);
    return yield* f.raw.truncate(size);
  },
  fileno: (args) => openF(args[0]).raw.fd,
  isatty: (args) => openF(args[0]).raw.isatty(),
  readable: (args) => openF(args[0]).raw.readable,
  writable: (args) => openF(args[0]).raw.writable,
  seekable: (args) => openF(args[0]).raw.seekable,
  detach: () => {
    throw unsupported("detach");
  },
  __repr__: function* (args): NativeGen {
    const f = F(args[0]);
    if (f.type === fileIOType) {
      if (f.raw.closed) return "<_io.FileIO [closed]>";
      return `<_io.FileIO name=${yield* reprGen(f.raw.name)} mode='${f.mode}' closefd=${f.raw.closefd ? "True" : "False"}>`;
    }
    return `<${f.type.name} name=${yield* reprGen(f.raw.name)}>`;
  },
};

for (const t of [bufferedReaderType, bufferedWriterType, bufferedRandomType, fileIOType]) {
  defineMethods(t, binaryMethods);
  defineGetter(t, "name", (v) => F(v).raw.name);
  defineGetter(t, "mode", (v) => F(v).mode);
  defineGetter(t, "closed", (v) => F(v).raw.closed);
  defineGetter(t, "raw", (v) => v);
  defineGetter(t, "closefd", (v) => F(v).raw.closefd);
}

/** A ByteLayer over a binary stream written in Python (TextIOWrapper(MyStream())). */
export class PyObjectLayer implements ByteLayer {
  constructor(readonly pyObject: PyValue) {}
  private *call(name: string, args: PyValue[] = []): NativeGen {
    return yield* callGen(yield* getAttrGen(this.pyObject, name), args);
  }
  private flags: { r?: boolean; w?: boolean; s?: boolean; closed?: boolean } = {};
  /** Reads the readable/writable/seekable answers once (natives need them synchronously). */
  *init(): NativeGen<void> {
    this.flags.r = yield* isTrueGen(yield* this.call("readable"));
    this.flags.w = yield* isTrueGen(yield* this.call("writable"));
    this.flags.s = yield* isTrueGen(yield* this.call("seekable"));
  }
  canRead(): boolean {
    return this.flags.r ?? true;
  }
  canWrite(): boolean {
    return this.flags.w ?? true;
  }
  canSeek(): boolean {
    return this.flags.s ?? false;
  }
  isClosed(): boolean {
    return this.flags.closed ?? false;
  }
  *read1Gen(n: number): NativeGen<Uint8Array> {
    const name = "read1";
    let r: PyValue;
    try {
      r = yield* this.call(name, [n]);
    } catch {
      r = yield* this.call("read", [n]);
    }
    if (r === None) return new Uint8Array(0);
    const b = bytesLike(r);
    if (b === undefined) throw pyTypeError(`underlying read1() should have returned a bytes-like object, not '${typeName(r)}'`);
    return b;
  }
  *readAllGen(): NativeGen<Uint8Array> {
    const r = yield* this.call("read", []);
    const b = bytesLike(r);
    if (b === undefined) throw pyTypeError(`underlying read() should have returned a bytes object, not '${typeName(r)}'`);
    return b;
  }
  *writeGen(b: Uint8Array): NativeGen<void> {
    yield* this.call("write", [new PyBytes(b)]);
  }
  *flushGen(): NativeGen<void> {
    yield* this.call("flush");
  }
  *seekGen(off: number, whence: number): NativeGen<number> {
    return Number(intValue(yield* this.call("seek", [off, whence])) ?? 0);
  }
  *tellGen(): NativeGen<number> {
    return Number(intValue(yield* this.call("tell")) ?? 0);
  }
  *truncateGen(size: number | undefined): NativeGen<number> {
    return Number(intValue(yield* this.call("truncate", size === undefined ? [] : [size])) ?? 0);
  }
  *closeGen(): NativeGen<void> {
    yield* this.call("close");
    this.flags.closed = true;
  }
  fileno(): number {
    throw unsupported("fileno");
  }
  isatty(): boolean {
    return false;
  }
}
