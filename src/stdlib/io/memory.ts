// In-memory streams: io.StringIO (positions count code points; newline handling as CPython:
// default '\n' keeps text as is, None translates on write, '' keeps and splits on any ending)
// and io.BytesIO (a growable byte buffer; also a ByteLayer, so TextIOWrapper(BytesIO()) works).
import type { KwArgs, PyValue } from "../../objects/object.js";
import { PyObject } from "../../objects/object.js";
import { makeBuiltinType, type PyType } from "../../objects/type.js";
import { PyBytes, PyByteArray } from "../../objects/bytes.js";
import { PyMemoryView } from "../../objects/memoryview.js";
import { bytesLike } from "../../objects/bytes-methods.js";
import { defineMethods, defineGetter, defineStaticMethod } from "../../objects/function.js";
import { None } from "../../objects/singletons.js";
import { intValue } from "../../objects/int.js";
import { strValue } from "../../objects/str.js";
import { typeName } from "../../objects/typeof.js";
import type { NativeFn, NativeGen } from "../../objects/native.js";
import { Exc, newException, pyTypeError, pyValueError } from "../../objects/exceptions.js";
import { textIOBaseType, bufferedIOBaseType, closedError, ioTypeName, type Closable } from "./bases.js";
import type { ByteLayer } from "./binary.js";
import { checkNewline } from "./text.js";
import { bindArgs, sizeArg } from "../native-args.js";

export const stringIOType = ioTypeName(makeBuiltinType("StringIO", textIOBaseType, { module: "_io" }));
export const bytesIOType = ioTypeName(makeBuiltinType("BytesIO", bufferedIOBaseType, { module: "_io" }));

// ---- StringIO ---------------------------------------------------------------------------------

export class PyStringIO extends PyObject implements Closable {
  /** The content as code points joined (a JS string) — kept as parts while only appending. */
  private parts: string[] = [];
  private value = "";
  private joined = true;
  /** Position in JS string units (== code points unless the text has astral characters). */
  pos = 0;
  closed = false;
  newline: string | null = "\n";
  constructor(type: PyType = stringIOType) {
    super(type);
  }
  isClosed(): boolean {
    return this.closed;
  }
  check(): void {
    // StringIO's message has no final period (BytesIO's does)
    if (this.closed) throw closedError("I/O operation on closed file");
  }
  get content(): string {
    if (!this.joined) {
      this.value = this.parts.join("");
      this.parts = [];
      this.joined = true;
    }
    return this.value;
  }
  set content(s: string) {
    this.value = s;
    this.parts = [];
    this.joined = true;
  }
  private get length(): number {
    return this.joined ? this.value.length : this.parts.reduce((n, p) => n + p.length, this.value.length);
  }
  write(s: string): number {
    this.check();
    let t = s;
    const nl = this.newline;
    if (nl === null) t = t.replace(/\r\n?/g, "\n");
    else if (nl !== "" && nl !== "\n") t = t.replace(/\n/g, nl);
    const len = this.length;
    if (this.pos === len) {
      if (this.joined) {
        this.parts = [this.value];
        this.value = "";
        this.joined = false;
      }
      this.parts.push(t);
    } else {
      let cur = this.content;
      if (this.pos > cur.length) cur += "\0".repeat(this.pos - cur.length);
      this.content = cur.slice(0, this.pos) + t + cur.slice(this.pos + t.length);
    }
    this.pos += t.length;
    return cpCount(s);
  }
  read(n: number): string {
    this.check();
    const c = this.content;
    if (this.pos >= c.length) return "";
    const end = n < 0 ? c.length : advanceCp(c, this.pos, n);
    const out = c.slice(this.pos, end);
    this.pos = end;
    return out;
  }
  readline(limit: number): string {
    this.check();
    const c = this.content;
    if (this.pos >= c.length) return "";
    let end: number;
    const nl = this.newline;
    if (nl === "") {
      const m = /\r\n|\r|\n/g;
      m.lastIndex = this.pos;
      const r = m.exec(c);
      end = r ? r.index + r[0].length : c.length;
    } else {
      const term = nl === null ? "\n" : nl;
      const i = c.indexOf(term, this.pos);
      end = i < 0 ? c.length : i + term.length;
    }
    if (limit >= 0) end = Math.min(end, advanceCp(c, this.pos, limit));
    const out = c.slice(this.pos, end);
    this.pos = end;
    return out;
  }
}

function cpCount(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n--;
      i++;
    }
  }
  return n;
}

function advanceCp(s: string, from: number, n: number): number {
  let i = from;
  while (n > 0 && i < s.length) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
    n--;
  }
  return i;
}

function S(v: PyValue): PyStringIO {
  if (!(v instanceof PyStringIO)) throw pyTypeError(`descriptor requires a '_io.StringIO' object but received '${typeName(v)}'`);
  return v;
}

defineStaticMethod(stringIOType, "__new__", (args) => new PyStringIO(args[0] as PyType));

defineMethods(stringIOType, {
  __init__: (args, kw) => {
    const s = S(args[0]);
    const [initial, newline] = bindArgs("StringIO", args.slice(1), kw, ["initial_value", "newline"]);
    s.newline = newline === undefined ? "\n" : checkNewline(newline, "StringIO");
    s.content = "";
    s.pos = 0;
    if (initial !== undefined && initial !== None) {
      const v = strValue(initial);
      if (v === undefined) throw pyTypeError(`initial_value must be str or None, not ${typeName(initial)}`);
      s.write(v);
      s.pos = 0;
    }
    return None;
  },
  getvalue: (args) => {
    const s = S(args[0]);
    s.check();
    return s.content;
  },
  read: (args) => S(args[0]).read(sizeArg(args[1])),
  readline: (args) => S(args[0]).readline(sizeArg(args[1])),
  __next__: (args) => {
    const line = S(args[0]).readline(-1);
    if (line === "") throw newException(Exc.StopIteration);
    return line;
  },
  write: (args) => {
    const s = S(args[0]);
    const t = strValue(args[1]);
    if (t === undefined) throw pyTypeError(`string argument expected, got '${typeName(args[1])}'`);
    return s.write(t);
  },
  seek: (args) => {
    const s = S(args[0]);
    s.check();
    const pos = intValue(args[1] ?? None);
    if (pos === undefined) throw pyTypeError("an integer is required");
    const whence = args[2] === undefined ? 0 : Number(intValue(args[2]) ?? 0);
    if (whence === 0) {
      if (pos < 0) throw pyValueError(`Negative seek position ${pos}`);
      s.pos = Number(pos);
    } else if (whence === 1) {
      if (pos !== 0) throw newException(Exc.OSError, "Can't do nonzero cur-relative seeks");
    } else if (whence === 2) {
      if (pos !== 0) throw newException(Exc.OSError, "Can't do nonzero end-relative seeks");
      s.pos = s.content.length;
    } else throw pyValueError(`Invalid whence (${whence}, should be 0, 1 or 2)`);
    return s.pos;
  },
  tell: (args) => {
    const s = S(args[0]);
    s.check();
    return s.pos;
  },
  truncate: (args) => {
    const s = S(args[0]);
    s.check();
    const size = args[1] === undefined || args[1] === None ? s.pos : Number(intValue(args[1]) ?? 0);
    if (size < 0) throw pyValueError(`Negative size value ${size}`);
    if (size < s.content.length) s.content = s.content.slice(0, size);
    return size;
  },
  close: (args) => {
    S(args[0]).closed = true;
    return None;
  },
  readable: (args) => (S(args[0]).check(), true),
  writable: (args) => (S(args[0]).check(), true),
  seekable: (args) => (S(args[0]).check(), true),
  __getstate__: (args) => S(args[0]).content,
});
defineGetter(stringIOType, "closed", (v) => S(v).closed);
defineGetter(stringIOType, "line_buffering", () => false);
defineGetter(stringIOType, "newlines", () => None);
defineGetter(stringIOType, "encoding", () => None);
defineGetter(stringIOType, "errors", () => None);

// ---- BytesIO ----------------------------------------------------------------------------------

export class PyBytesIO extends PyObject implements ByteLayer, Closable {
  buf = new Uint8Array(0);
  len = 0;
  pos = 0;
  closed = false;
  constructor(type: PyType = bytesIOType) {
    super(type);
  }
  get pyObject(): PyValue {
    return this;
  }
  isClosed(): boolean {
    return this.closed;
  }
  check(): void {
    if (this.closed) throw closedError();
  }
  data(): Uint8Array {
    return this.buf.subarray(0, this.len);
  }
  write(b: Uint8Array): number {
    this.check();
    const end = this.pos + b.length;
    if (end > this.buf.length) {
      const nb = new Uint8Array(Math.max(end, this.buf.length * 2, 64));
      nb.set(this.buf.subarray(0, this.len));
      this.buf = nb;
    }
    if (this.pos > this.len) this.buf.fill(0, this.len, this.pos);
    this.buf.set(b, this.pos);
    this.pos = end;
    if (end > this.len) this.len = end;
    return b.length;
  }
  read(n: number): Uint8Array {
    this.check();
    if (this.pos >= this.len) return new Uint8Array(0);
    const end = n < 0 ? this.len : Math.min(this.len, this.pos + n);
    const out = this.buf.slice(this.pos, end);
    this.pos = end;
    return out;
  }
  readline(limit: number): Uint8Array {
    this.check();
    if (this.pos >= this.len) return new Uint8Array(0);
    let end = this.buf.subarray(0, this.len).indexOf(0x0a, this.pos);
    end = end < 0 ? this.len : end + 1;
    if (limit >= 0) end = Math.min(end, this.pos + limit);
    const out = this.buf.slice(this.pos, end);
    this.pos = end;
    return out;
  }
  seek(pos: number, whence: number): number {
    this.check();
    if (whence === 0) {
      if (pos < 0) throw pyValueError(`negative seek value ${pos}`);
      this.pos = pos;
    } else if (whence === 1) this.pos = Math.max(0, this.pos + pos);
    else if (whence === 2) this.pos = Math.max(0, this.len + pos);
    else throw pyValueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
    return this.pos;
  }
  truncate(size: number): number {
    this.check();
    if (size < 0) throw pyValueError(`negative size value ${size}`);
    if (size < this.len) this.len = size;
    return size;
  }
  // ByteLayer
  canRead(): boolean {
    return true;
  }
  canWrite(): boolean {
    return true;
  }
  canSeek(): boolean {
    return true;
  }
  *read1Gen(n: number): NativeGen<Uint8Array> {
    return this.read(n);
  }
  *readAllGen(): NativeGen<Uint8Array> {
    return this.read(-1);
  }
  *writeGen(b: Uint8Array): NativeGen<void> {
    this.write(b);
  }
  *flushGen(): NativeGen<void> {
    this.check();
  }
  *seekGen(off: number, whence: number): NativeGen<number> {
    return this.seek(off, whence);
  }
  *tellGen(): NativeGen<number> {
    this.check();
    return this.pos;
  }
  *truncateGen(size: number | undefined): NativeGen<number> {
    return this.truncate(size ?? this.pos);
  }
  *closeGen(): NativeGen<void> {
    this.closed = true;
  }
  fileno(): number {
    throw newException(Exc.OSError, "fileno");
  }
  isatty(): boolean {
    return false;
  }
}

function B(v: PyValue): PyBytesIO {
  if (!(v instanceof PyBytesIO)) throw pyTypeError(`descriptor requires a '_io.BytesIO' object but received '${typeName(v)}'`);
  return v;
}

function needBytes(v: PyValue): Uint8Array {
  const b = bytesLike(v);
  if (b === undefined) throw pyTypeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return b;
}

defineStaticMethod(bytesIOType, "__new__", (args) => new PyBytesIO(args[0] as PyType));

const bytesIOMethods: Record<string, NativeFn> = {
  __init__: (args, kw) => {
    const b = B(args[0]);
    const [initial] = bindArgs("BytesIO", args.slice(1), kw, ["initial_bytes"]);
    b.buf = new Uint8Array(0);
    b.len = 0;
    b.pos = 0;
    if (initial !== undefined && initial !== None) {
      b.write(needBytes(initial));
      b.pos = 0;
    }
    return None;
  },
  getvalue: (args) => {
    const b = B(args[0]);
    b.check();
    return new PyBytes(b.data().slice());
  },
  getbuffer: (args) => {
    const b = B(args[0]);
    b.check();
    // a writable view over the buffer itself: writes through it change the BytesIO's bytes
    const data = b.data();
    return new PyMemoryView(new PyByteArray(data), 0, data.length);
  },
  read: (args) => new PyBytes(B(args[0]).read(sizeArg(args[1]))),
  read1: (args) => new PyBytes(B(args[0]).read(sizeArg(args[1]))),
  readline: (args) => new PyBytes(B(args[0]).readline(sizeArg(args[1]))),
  readinto: (args) => {
    const b = B(args[0]);
    const target = bytesLike(args[1]);
    if (target === undefined || args[1] instanceof PyBytes) throw pyTypeError(`readinto() argument must be read-write bytes-like object, not ${typeName(args[1])}`);
    const data = b.read(target.length);
    target.set(data);
    return data.length;
  },
  __next__: (args) => {
    const line = B(args[0]).readline(-1);
    if (line.length === 0) throw newException(Exc.StopIteration);
    return new PyBytes(line);
  },
  write: (args) => B(args[0]).write(needBytes(args[1])),
  seek: (args) => {
    const pos = intValue(args[1] ?? None);
    if (pos === undefined) throw pyTypeError(`'${typeName(args[1] ?? None)}' object cannot be interpreted as an integer`);
    return B(args[0]).seek(Number(pos), args[2] === undefined ? 0 : Number(intValue(args[2]) ?? 0));
  },
  tell: (args) => {
    const b = B(args[0]);
    b.check();
    return b.pos;
  },
  truncate: (args) => {
    const b = B(args[0]);
    return b.truncate(args[1] === undefined || args[1] === None ? b.pos : Number(intValue(args[1]) ?? 0));
  },
  close: (args) => {
    B(args[0]).closed = true;
    return None;
  },
  flush: (args) => (B(args[0]).check(), None),
  readable: (args) => (B(args[0]).check(), true),
  writable: (args) => (B(args[0]).check(), true),
  seekable: (args) => (B(args[0]).check(), true),
};
defineMethods(bytesIOType, bytesIOMethods);
defineGetter(bytesIOType, "closed", (v) => B(v).closed);
