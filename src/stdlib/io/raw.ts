// A file descriptor with CPython's buffered-I/O behaviour: a read-ahead buffer, a write buffer
// flushed when it passes io.DEFAULT_BUFFER_SIZE, flush, close, seek and tell over explicit
// positions. Every system call runs in Node's thread pool while the calling Python thread parks
// (awaitIO). Files that are never closed are flushed when the program exits, and files dropped
// without close() are flushed and closed when the garbage collector finds them — the nearest we
// get to CPython closing a file when its last reference goes.
import * as fs from "node:fs";
import * as tty from "node:tty";
import type { PyValue } from "../../objects/object.js";
import type { NativeGen } from "../../objects/native.js";
import { awaitIO, osError, osErrorFrom } from "./host.js";
import { StreamLock } from "./lock.js";

export const DEFAULT_BUFFER_SIZE = 8192;
/** Buffered writes go to the OS in pieces this big (fewer parks than CPython's 8 KiB). */
const WRITE_FLUSH_SIZE = 65536;

/**
 * Text written through a TextIOWrapper and not yet encoded. The RawFile under it holds it too,
 * so every flush of the file — explicit, at exit, or when the GC drops the file object —
 * includes it. `encode` must not hold the text object (it would never be collected).
 */
export class PendingText {
  parts: string[] = [];
  len = 0;
  constructor(readonly encode: (s: string) => Uint8Array) {}
  push(s: string): void {
    this.parts.push(s);
    this.len += s.length;
  }
  take(): Uint8Array | null {
    if (this.len === 0) return null;
    const s = this.parts.length === 1 ? this.parts[0] : this.parts.join("");
    this.parts = [];
    this.len = 0;
    return this.encode(s);
  }
}
/** How much a read-ahead asks the OS for at once (bigger than CPython's 8 KiB: fewer parks). */
const READ_AHEAD = 65536;
const EMPTY = new Uint8Array(0);

function fsRead(fd: number, buf: Uint8Array, off: number, len: number, pos: number | null): Promise<number> {
  return new Promise((resolve, reject) => fs.read(fd, buf, off, len, pos, (err, n) => (err ? reject(err) : resolve(n))));
}

function fsWriteAll(fd: number, data: Uint8Array, pos: number | null): Promise<void> {
  return new Promise((resolve, reject) => {
    let off = 0;
    const step = () => {
      fs.write(fd, data, off, data.length - off, pos === null ? null : pos + off, (err, n) => {
        if (err) return reject(err);
        off += n;
        if (off >= data.length) resolve();
        else step();
      });
    };
    if (data.length === 0) resolve();
    else step();
  });
}

/** Open descriptors, for the flush at exit. */
const openFiles = new Set<RawFile>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const f of [...openFiles]) f.closeSync();
  });
}

/** Flushes and closes the descriptors of file objects the GC collected without close(). */
const finalizer = new FinalizationRegistry<RawFile>((raw) => raw.closeSync());

/** Writes every pending buffer now (before another open() or an os call looks at the files). */
export function flushAllSync(): void {
  for (const f of openFiles) f.flushSync();
}

export class RawFile {
  closed = false;
  /** The OS offset where the next positional read or write happens. */
  pos = 0;
  private rbuf: Uint8Array = EMPTY;
  private rpos = 0;
  private wchunks: Uint8Array[] = [];
  private wlen = 0;
  /** The pending text of the TextIOWrapper over this file, if any. */
  pendingText: PendingText | null = null;

  /** Moves pending text into the byte buffer. */
  private drainText(): void {
    const b = this.pendingText?.take();
    if (b && b.length) {
      this.wchunks.push(b);
      this.wlen += b.length;
    }
  }

  constructor(
    public fd: number,
    /** The name attribute: the path as given, or the descriptor number. */
    public name: PyValue,
    readonly readable: boolean,
    readonly writable: boolean,
    readonly append: boolean,
    /** A regular file (positional I/O, seek/tell); pipes and terminals are not. */
    readonly seekable: boolean,
    readonly closefd: boolean,
  ) {
    openFiles.add(this);
    installExitHook();
  }

  private readonly lock = new StreamLock();

  read(n: number): NativeGen<Uint8Array> {
    return this.lock.run(() => this.readU(n));
  }
  read1(n: number): NativeGen<Uint8Array> {
    return this.lock.run(() => this.read1U(n));
  }
  readAll(): NativeGen<Uint8Array> {
    return this.lock.run(() => this.readAllU());
  }
  readline(limit: number): NativeGen<Uint8Array> {
    return this.lock.run(() => this.readlineU(limit));
  }
  /** Buffers `data` (copied); flushes when the buffer passes DEFAULT_BUFFER_SIZE. */
  *write(data: Uint8Array): NativeGen<number> {
    // the common case: nothing in flight, room in the buffer, no read-ahead to undo
    if (!this.lock.busy && this.rbuf.length === 0 && this.wlen + data.length < WRITE_FLUSH_SIZE) {
      this.wchunks.push(data.slice());
      this.wlen += data.length;
      return data.length;
    }
    return yield* this.lock.run(() => this.writeU(data));
  }
  flush(): NativeGen<void> {
    return this.lock.run(() => this.flushU());
  }
  close(): NativeGen<void> {
    return this.lock.run(() => this.closeU());
  }
  seek(offset: number, whence: number): NativeGen<number> {
    return this.lock.run(() => this.seekU(offset, whence));
  }
  truncate(size: number | undefined): NativeGen<number> {
    return this.lock.run(() => this.truncateU(size));
  }

  /** Opens `path` with fs flags; raises OSError (IsADirectoryError for a directory). */
  static *open(path: string, nameValue: PyValue, flags: number, readable: boolean, writable: boolean, append: boolean): NativeGen<RawFile> {
    flushAllSync();
    const [fd, size, regular] = yield* awaitIO(
      () =>
        new Promise<[number, number, boolean]>((resolve, reject) => {
          fs.open(path, flags, 0o666, (err, fd) => {
            if (err) return reject(err);
            fs.fstat(fd, (err2, st) => {
              if (err2) {
                fs.close(fd, () => reject(err2));
                return;
              }
              if (st.isDirectory()) {
                fs.close(fd, () => reject(Object.assign(new Error("EISDIR"), { code: "EISDIR", errno: -21 })));
                return;
              }
              resolve([fd, st.size, st.isFile()]);
            });
          });
        }),
      (e) => osErrorFrom(e, nameValue),
    );
    const raw = new RawFile(fd, nameValue, readable, writable, append, regular, true);
    if (append) raw.pos = size;
    return raw;
  }

  /** A RawFile over an existing descriptor (open(fd)). */
  static fromFd(fd: number, readable: boolean, writable: boolean, append: boolean, closefd: boolean): RawFile {
    let regular = false;
    let size = 0;
    try {
      const st = fs.fstatSync(fd);
      regular = st.isFile();
      size = st.size;
    } catch (e) {
      throw osErrorFrom(e);
    }
    const raw = new RawFile(fd, fd, readable, writable, append, regular, closefd);
    if (regular) {
      raw.pos = append ? size : 0;
    }
    return raw;
  }

  /** Ties the descriptor's lifetime to a Python object (closed when that object is collected). */
  attach(owner: object): void {
    finalizer.register(owner, this, this);
  }

  /** The logical position (what tell() reports). */
  tell(): number {
    if (!this.seekable) throw osError(29, "Illegal seek");
    this.drainText();
    return this.pos - (this.rbuf.length - this.rpos) + this.wlen;
  }

  get pendingWrite(): number {
    return this.wlen;
  }

  /** Bytes already read ahead and not yet consumed. */
  get buffered(): number {
    return this.rbuf.length - this.rpos;
  }

  private readPos(): number | null {
    return this.seekable ? this.pos : null;
  }

  /** One OS read of up to `n` bytes at the current position (0 bytes at EOF). */
  private *osRead(n: number): NativeGen<Uint8Array> {
    const buf = new Uint8Array(n);
    const fd = this.fd;
    const pos = this.readPos();
    const got = yield* awaitIO(() => fsRead(fd, buf, 0, n, pos));
    if (this.seekable) this.pos += got;
    return got === n ? buf : buf.subarray(0, got);
  }

  /** Makes the read-ahead buffer non-empty unless at EOF; false at EOF. */
  private *fill(): NativeGen<boolean> {
    if (this.rpos < this.rbuf.length) return true;
    if (this.wlen) yield* this.flushU();
    const chunk = yield* this.osRead(READ_AHEAD);
    this.rbuf = chunk;
    this.rpos = 0;
    return chunk.length > 0;
  }

  private take(n: number): Uint8Array {
    const out = this.rbuf.subarray(this.rpos, this.rpos + n);
    this.rpos += out.length;
    return out;
  }

  /** read(n): up to n bytes, fewer only at EOF; n < 0 reads to EOF. */
  private *readU(n: number): NativeGen<Uint8Array> {
    if (this.wlen) yield* this.flushU();
    if (n < 0) return yield* this.readAllU();
    const parts: Uint8Array[] = [];
    let got = 0;
    while (got < n) {
      if (this.rpos < this.rbuf.length) {
        const piece = this.take(n - got);
        parts.push(piece);
        got += piece.length;
        continue;
      }
      const want = n - got;
      if (want >= READ_AHEAD) {
        const chunk = yield* this.osRead(want);
        if (chunk.length === 0) break;
        parts.push(chunk);
        got += chunk.length;
        if (!this.seekable) break;
        continue;
      }
      if (!(yield* this.fill())) break;
      if (!this.seekable && parts.length) {
        // a pipe: return what one read gave rather than wait for more
        const piece = this.take(n - got);
        parts.push(piece);
        got += piece.length;
        break;
      }
    }
    return joinChunks(parts, got);
  }

  /** read1(n): at most one OS read (what a text layer or a stream consumer asks for). */
  private *read1U(n: number): NativeGen<Uint8Array> {
    if (this.wlen) yield* this.flushU();
    if (this.rpos >= this.rbuf.length) {
      if (!(yield* this.fill())) return EMPTY;
    }
    return this.take(n < 0 ? this.rbuf.length : n).slice();
  }

  /** Everything to EOF. */
  private *readAllU(): NativeGen<Uint8Array> {
    if (this.wlen) yield* this.flushU();
    const parts: Uint8Array[] = [];
    let got = 0;
    if (this.rpos < this.rbuf.length) {
      const rest = this.take(this.rbuf.length - this.rpos);
      parts.push(rest);
      got += rest.length;
    }
    const fd = this.fd;
    if (this.seekable) {
      // one fstat and one big read for regular files
      const start = this.pos;
      const data = yield* awaitIO(
        () =>
          new Promise<Uint8Array>((resolve, reject) => {
            fs.fstat(fd, async (err, st) => {
              if (err) return reject(err);
              try {
                const chunks: Uint8Array[] = [];
                let at = start;
                let total = 0;
                let size = Math.max(st.size - start, 0) + 1;
                for (;;) {
                  const buf = new Uint8Array(Math.max(size, 8192));
                  const n = await fsRead(fd, buf, 0, buf.length, at);
                  if (n === 0) break;
                  chunks.push(buf.subarray(0, n));
                  at += n;
                  total += n;
                  size = 65536;
                }
                resolve(joinChunks(chunks, total));
              } catch (e) {
                reject(e);
              }
            });
          }),
      );
      this.pos += data.length;
      parts.push(data);
      got += data.length;
    } else {
      for (;;) {
        const chunk = yield* this.osRead(READ_AHEAD);
        if (chunk.length === 0) break;
        parts.push(chunk);
        got += chunk.length;
      }
    }
    this.rbuf = EMPTY;
    this.rpos = 0;
    return joinChunks(parts, got);
  }

  /** readline(limit) for binary files: up to and including b"\n". */
  private *readlineU(limit: number): NativeGen<Uint8Array> {
    if (this.wlen) yield* this.flushU();
    const parts: Uint8Array[] = [];
    let got = 0;
    for (;;) {
      if (limit >= 0 && got >= limit) break;
      if (this.rpos >= this.rbuf.length && !(yield* this.fill())) break;
      const end = limit >= 0 ? Math.min(this.rbuf.length, this.rpos + (limit - got)) : this.rbuf.length;
      let i = this.rbuf.indexOf(0x0a, this.rpos);
      if (i >= end) i = -1;
      if (i >= 0) {
        const piece = this.take(i + 1 - this.rpos);
        parts.push(piece);
        got += piece.length;
        break;
      }
      const piece = this.take(end - this.rpos);
      parts.push(piece);
      got += piece.length;
    }
    return joinChunks(parts, got);
  }

  private *writeU(data: Uint8Array): NativeGen<number> {
    if (this.rpos < this.rbuf.length || this.rbuf.length) {
      // reading ahead moved the OS position past the logical one: go back
      if (this.seekable) this.pos -= this.rbuf.length - this.rpos;
      this.rbuf = EMPTY;
      this.rpos = 0;
    }
    this.wchunks.push(data.slice());
    this.wlen += data.length;
    if (this.wlen >= WRITE_FLUSH_SIZE) yield* this.flushU();
    return data.length;
  }

  private takeWrites(): Uint8Array {
    const data = joinChunks(this.wchunks, this.wlen);
    this.wchunks = [];
    this.wlen = 0;
    return data;
  }

  private *flushU(): NativeGen<void> {
    this.drainText();
    if (this.wlen === 0 || this.closed) return;
    const data = this.takeWrites();
    const fd = this.fd;
    const pos = this.append || !this.seekable ? null : this.pos;
    yield* awaitIO(() => fsWriteAll(fd, data, pos));
    this.pos += data.length;
  }

  /** Synchronous flush (exit, GC, before another open()); errors are dropped as CPython drops them at exit. */
  flushSync(): void {
    try {
      this.drainText();
    } catch {
      /* an encoding error at exit has nowhere to go */
    }
    if (this.wlen === 0 || this.closed) return;
    const data = this.takeWrites();
    try {
      let off = 0;
      while (off < data.length) {
        const pos = this.append || !this.seekable ? null : this.pos + off;
        off += fs.writeSync(this.fd, data, off, data.length - off, pos);
      }
    } catch {
      /* like CPython at shutdown: nothing to raise into */
    }
    this.pos += data.length;
  }

  closeSync(): void {
    if (this.closed) return;
    this.flushSync();
    this.closed = true;
    openFiles.delete(this);
    finalizer.unregister(this);
    if (this.closefd) {
      try {
        fs.closeSync(this.fd);
      } catch {
        /* already gone */
      }
    }
  }

  private *closeU(): NativeGen<void> {
    if (this.closed) return;
    let err: unknown = undefined;
    try {
      yield* this.flushU();
    } catch (e) {
      err = e;
    }
    this.closed = true;
    openFiles.delete(this);
    finalizer.unregister(this);
    if (this.closefd) {
      const fd = this.fd;
      yield* awaitIO(() => new Promise<void>((resolve, reject) => fs.close(fd, (e) => (e ? reject(e) : resolve()))));
    }
    if (err !== undefined) throw err;
  }

  /** seek(offset, whence) → the new position. */
  private *seekU(offset: number, whence: number): NativeGen<number> {
    if (!this.seekable) throw osError(29, "Illegal seek");
    yield* this.flushU();
    let target: number;
    if (whence === 0) target = offset;
    else if (whence === 1) target = this.tell() + offset;
    else {
      const fd = this.fd;
      const size = yield* awaitIO(() => new Promise<number>((resolve, reject) => fs.fstat(fd, (e, st) => (e ? reject(e) : resolve(st.size)))));
      target = size + offset;
    }
    if (target < 0) throw osError(22, "Invalid argument");
    // inside the read-ahead buffer: just move within it
    const bufStart = this.pos - this.rbuf.length;
    if (this.rbuf.length && target >= bufStart && target <= this.pos) {
      this.rpos = target - bufStart;
      return target;
    }
    this.rbuf = EMPTY;
    this.rpos = 0;
    this.pos = target;
    return target;
  }

  private *truncateU(size: number | undefined): NativeGen<number> {
    yield* this.flushU();
    const at = size ?? this.tell();
    const fd = this.fd;
    yield* awaitIO(() => new Promise<void>((resolve, reject) => fs.ftruncate(fd, at, (e) => (e ? reject(e) : resolve()))));
    // the read-ahead may hold bytes past the new end
    const logical = this.tell();
    this.rbuf = EMPTY;
    this.rpos = 0;
    this.pos = logical;
    return at;
  }

  isatty(): boolean {
    try {
      return tty.isatty(this.fd);
    } catch {
      return false;
    }
  }
}

export function joinChunks(parts: Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) {
    const p = parts[0];
    // a whole buffer of its own is returned as is; a view into a bigger one is copied
    return p.length === total && p.byteOffset === 0 && p.byteLength === p.buffer.byteLength ? p : p.slice(0, total);
  }
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
