// sys.stdin: a TextIOWrapper (name '<stdin>', universal newlines) over the process's standard
// input, read in chunks as they arrive — a line at a time from a terminal, blocks from a pipe.
// A thread reading parks alone; stdin is paused while nobody reads, so it never keeps the
// program alive. input() reads through sys.stdin.readline(), as CPython does off a terminal.
// An embedder's InterpreterOptions.readLine, when given, is the source instead.
import * as tty from "node:tty";
import type { PyValue } from "../../objects/object.js";
import { PyObject } from "../../objects/object.js";
import { makeBuiltinType } from "../../objects/type.js";
import { PyBytes } from "../../objects/bytes.js";
import { defineGetter, defineMethods } from "../../objects/function.js";
import { None } from "../../objects/singletons.js";
import type { NativeGen } from "../../objects/native.js";
import type { Interpreter } from "../../vm/interpreter.js";
import { awaitIO } from "./host.js";
import { unsupported, type Closable } from "./bases.js";
import type { ByteLayer } from "./binary.js";
import { PyTextFile } from "./text.js";
import { joinChunks } from "./raw.js";
import { bufferedIOBaseType, ioTypeName } from "./bases.js";
import { sizeArg } from "../native-args.js";

/** Bytes from process.stdin (or from an embedder's line source), as they come. */
class StdinSource {
  private chunks: Uint8Array[] = [];
  private size = 0;
  private ended = false;
  private attached = false;
  private readonly waiters: (() => void)[] = [];
  constructor(private readonly readLine: (() => Promise<string | null>) | undefined) {}

  private attach(): void {
    if (this.attached) return;
    this.attached = true;
    const stdin = process.stdin;
    stdin.on("data", (d: Buffer | string) => {
      const b = typeof d === "string" ? Buffer.from(d, "utf8") : d;
      this.chunks.push(new Uint8Array(b.buffer, b.byteOffset, b.length));
      this.size += b.length;
      this.poke();
    });
    stdin.on("end", () => {
      this.ended = true;
      this.poke();
    });
    stdin.on("error", () => {
      this.ended = true;
      this.poke();
    });
  }

  private poke(): void {
    for (const w of this.waiters.splice(0)) w();
    if (this.waiters.length === 0 && !this.readLine) process.stdin.pause();
  }

  /** Waits until some data or the end is there. */
  private *fill(): NativeGen<void> {
    if (this.readLine) {
      const line = yield* awaitIO(this.readLine, (e) => e, "input");
      if (line === null) this.ended = true;
      else {
        const b = Buffer.from(line + "\n", "utf8");
        this.chunks.push(new Uint8Array(b.buffer, b.byteOffset, b.length));
        this.size += b.length;
      }
      return;
    }
    this.attach();
    yield* awaitIO(
      () =>
        new Promise<void>((resolve) => {
          this.waiters.push(resolve);
          process.stdin.resume();
        }),
      (e) => e,
      "input",
    );
  }

  private take(n: number): Uint8Array {
    const parts: Uint8Array[] = [];
    let got = 0;
    while (this.chunks.length && (n < 0 || got < n)) {
      const c = this.chunks[0];
      const want = n < 0 ? c.length : Math.min(c.length, n - got);
      if (want === c.length) {
        parts.push(c);
        this.chunks.shift();
      } else {
        parts.push(c.subarray(0, want));
        this.chunks[0] = c.subarray(want);
      }
      got += want;
    }
    this.size -= got;
    // a line source (the REPL's terminal) ends one read at a time: after Ctrl-D, more can come
    if (this.readLine && this.ended && this.size === 0) this.ended = false;
    return joinChunks(parts, got).slice();
  }

  /** What has arrived (at least one byte unless at the end), at most n. */
  *read1(n: number): NativeGen<Uint8Array> {
    while (this.size === 0 && !this.ended) yield* this.fill();
    return this.take(n);
  }

  /** Everything up to the end of input. */
  *readAll(): NativeGen<Uint8Array> {
    while (!this.ended) yield* this.fill();
    return this.take(-1);
  }

  /** n bytes, fewer only at the end. */
  *read(n: number): NativeGen<Uint8Array> {
    if (n < 0) return yield* this.readAll();
    while (this.size < n && !this.ended) yield* this.fill();
    return this.take(n);
  }

  *readline(limit: number): NativeGen<Uint8Array> {
    for (;;) {
      let seen = 0;
      for (const c of this.chunks) {
        const i = c.indexOf(0x0a);
        if (i >= 0) return this.take(limit >= 0 ? Math.min(limit, seen + i + 1) : seen + i + 1);
        seen += c.length;
      }
      if (limit >= 0 && this.size >= limit) return this.take(limit);
      if (this.ended) return this.take(-1);
      yield* this.fill();
    }
  }
}

export const stdinBufferType = ioTypeName(makeBuiltinType("BufferedReader", bufferedIOBaseType, { module: "_io", baseType: false }));

/** sys.stdin.buffer: the binary side of standard input. */
class PyStdinBuffer extends PyObject implements ByteLayer, Closable {
  closed = false;
  constructor(readonly source: StdinSource) {
    super(stdinBufferType);
  }
  get pyObject(): PyValue {
    return this;
  }
  isClosed(): boolean {
    return this.closed;
  }
  canRead(): boolean {
    return true;
  }
  canWrite(): boolean {
    return false;
  }
  canSeek(): boolean {
    return false;
  }
  read1Gen(n: number): NativeGen<Uint8Array> {
    return this.source.read1(n);
  }
  readAllGen(): NativeGen<Uint8Array> {
    return this.source.readAll();
  }
  *writeGen(): NativeGen<void> {
    throw unsupported("not writable");
  }
  *flushGen(): NativeGen<void> {}
  *seekGen(): NativeGen<number> {
    throw unsupported("underlying stream is not seekable");
  }
  *tellGen(): NativeGen<number> {
    throw unsupported("underlying stream is not seekable");
  }
  *truncateGen(): NativeGen<number> {
    throw unsupported("truncate");
  }
  *closeGen(): NativeGen<void> {
    this.closed = true;
  }
  fileno(): number {
    return 0;
  }
  isatty(): boolean {
    return tty.isatty(0);
  }
}

const B = (v: PyValue) => v as PyStdinBuffer;

defineMethods(stdinBufferType, {
  read: function* (args): NativeGen {
    return new PyBytes(yield* B(args[0]).source.read(sizeArg(args[1])));
  },
  read1: function* (args): NativeGen {
    return new PyBytes(yield* B(args[0]).source.read1(sizeArg(args[1])));
  },
  readline: function* (args): NativeGen {
    return new PyBytes(yield* B(args[0]).source.readline(sizeArg(args[1])));
  },
  fileno: () => 0,
  isatty: () => tty.isatty(0),
  readable: () => true,
  writable: () => false,
  seekable: () => false,
  close: (args) => {
    B(args[0]).closed = true;
    return None;
  },
  __repr__: () => "<_io.BufferedReader name='<stdin>'>",
});
defineGetter(stdinBufferType, "name", () => "<stdin>");
defineGetter(stdinBufferType, "mode", () => "rb");
defineGetter(stdinBufferType, "closed", (v) => B(v).closed);

let processSource: StdinSource | null = null;

/** A fresh sys.stdin for an interpreter (the process's stdin is one shared source). */
export function makeStdin(interp: Interpreter): PyTextFile {
  const readLine = interp.options.readLine;
  const source = readLine ? new StdinSource(readLine) : (processSource ??= new StdinSource(undefined));
  // CPython opens stdin with newline="\n" on POSIX: no translation of "\r\n"
  const f = new PyTextFile(new PyStdinBuffer(source), "utf-8", "strict", "\n", tty.isatty(0), false);
  f.mode = "r";
  return f;
}
