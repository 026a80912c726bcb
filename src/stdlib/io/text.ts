// _io.TextIOWrapper: text over a binary stream — incremental decoding, universal newlines on
// read (newline=None translates \r\n and \r to \n; '' splits on all three and keeps them; '\n',
// '\r', '\r\n' split on that one), newline translation on write, buffered writes, tell/seek
// cookies that are byte offsets (what CPython returns when the decoder has no state).
import type { KwArgs, PyValue } from "../../objects/object.js";
import { PyObject } from "../../objects/object.js";
import { makeBuiltinType, type PyType } from "../../objects/type.js";
import { defineMethods, defineGetter, defineStaticMethod } from "../../objects/function.js";
import { None } from "../../objects/singletons.js";
import { intValue } from "../../objects/int.js";
import { strValue } from "../../objects/str.js";
import { reprGen } from "../../objects/stringify.js";
import { typeName } from "../../objects/typeof.js";
import { getAttrOpt, getAttrOptGen } from "../../objects/attr.js";
import { isTrueGen } from "../../objects/ops.js";
import type { NativeFn, NativeGen } from "../../objects/native.js";
import { Exc, newException, pyTypeError, pyValueError } from "../../objects/exceptions.js";
import { codecName, decodeText, decodeUtf8, encodeText } from "../../objects/text-codecs.js";
import { textIOBaseType, closedError, unsupported, ioTypeName, type Closable } from "./bases.js";
import { PyBinaryFile, PyObjectLayer, type ByteLayer } from "./binary.js";
import { bindArgs, optStr, sizeArg } from "../native-args.js";
import { DEFAULT_BUFFER_SIZE, PendingText } from "./raw.js";
import { StreamLock } from "./lock.js";

export const textIOWrapperType = ioTypeName(makeBuiltinType("TextIOWrapper", textIOBaseType, { module: "_io" }));

const CHUNK = 65536;

/** Index in s after n code points from `from` (or s.length). */
function advance(s: string, from: number, n: number): number {
  let i = from;
  while (n > 0 && i < s.length) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
    n--;
  }
  return i;
}

function cpLen(s: string): number {
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

function utf8Len(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export class PyTextFile extends PyObject implements Closable {
  readonly codec: string;
  /** null: universal newlines (translate on read, os.linesep on write). */
  readonly newline: string | null;
  /** The mode attribute set by open(), or null. */
  mode: string | null = null;
  lineBuffering: boolean;
  writeThrough: boolean;
  private closedFlag = false;
  // read side: decoded text (translated), how far it's consumed, and for tell() the untranslated
  // text of the same span when they differ
  private text = "";
  private tpos = 0;
  private rawText: string | null = null;
  private pending: Uint8Array = new Uint8Array(0);
  /** A '\r' held back until we know whether '\n' follows (universal newlines). */
  private carryCR = false;
  private eof = false;
  private bomDone = false;
  /** Text written and not yet encoded (shared with a RawFile under us). */
  private readonly wbuf: PendingText;

  constructor(
    readonly layer: ByteLayer,
    /** The encoding attribute as the user spelt it ('UTF-8' by default). */
    readonly encoding: string,
    readonly errors: string,
    newline: string | null,
    lineBuffering: boolean,
    writeThrough: boolean,
    type: PyType = textIOWrapperType,
  ) {
    super(type);
    this.codec = codecName(encoding);
    this.newline = newline;
    this.lineBuffering = lineBuffering;
    this.writeThrough = writeThrough;
    if ((layer as { writeThroughText?: boolean }).writeThroughText) this.writeThrough = true;
    this.wbuf = new PendingText(makeEncoder(this.codec, this.errors, layer));
    if (layer instanceof PyBinaryFile) layer.raw.pendingText = this.wbuf;
  }

  isClosed(): boolean {
    return this.closedFlag || this.layer.isClosed();
  }

  checkOpen(): void {
    if (this.isClosed()) throw closedError();
  }

  checkReadable(): void {
    this.checkOpen();
    if (!this.layer.canRead()) throw unsupported("not readable");
  }

  checkWritable(): void {
    this.checkOpen();
    if (!this.layer.canWrite()) throw unsupported("not writable");
  }

  private get translating(): boolean {
    return this.newline === null;
  }

  /** Decodes `bytes` (final at EOF) into the text buffer, translating newlines. */
  private feed(bytes: Uint8Array, final: boolean): void {
    let data = bytes;
    if (this.pending.length) {
      const joined = new Uint8Array(this.pending.length + bytes.length);
      joined.set(this.pending);
      joined.set(bytes, this.pending.length);
      data = joined;
    }
    let decoded: string;
    if (this.codec === "utf-8" || this.codec === "utf-8-sig") {
      let skip = 0;
      if (this.codec === "utf-8-sig" && !this.bomDone) {
        if (data.length < 3 && !final) {
          this.pending = data;
          return;
        }
        if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) skip = 3;
        this.bomDone = true;
      }
      const r = decodeUtf8(skip ? data.subarray(skip) : data, this.errors, final);
      decoded = r.text;
      this.pending = data.slice(skip + r.consumed);
    } else if (/^utf-(16|32)/.test(this.codec)) {
      // multi-byte codecs: decoded once everything is in (readers ask for all of it)
      if (!final) {
        this.pending = data;
        return;
      }
      decoded = decodeText(data, this.codec, this.errors);
      this.pending = new Uint8Array(0);
    } else {
      decoded = decodeText(data, this.codec, this.errors);
      this.pending = new Uint8Array(0);
    }
    if (this.carryCR) {
      decoded = "\r" + decoded;
      this.carryCR = false;
    }
    if (this.translating && decoded.length && decoded.charCodeAt(decoded.length - 1) === 13 && !final) {
      this.carryCR = true;
      decoded = decoded.slice(0, -1);
    }
    let translated = decoded;
    if (this.translating && decoded.includes("\r")) translated = decoded.replace(/\r\n?/g, "\n");
    // keep the unread rest, then append
    const restText = this.text.slice(this.tpos);
    const restRaw = this.rawText === null ? restText : this.rawText.slice(this.rawOffset(this.tpos));
    this.text = restText + translated;
    this.rawText = translated === decoded && this.rawText === null ? null : restRaw + decoded;
    this.tpos = 0;
  }

  /** Offset in rawText matching offset `t` in text. */
  private rawOffset(t: number): number {
    const raw = this.rawText;
    if (raw === null) return t;
    let i = 0, j = 0;
    while (j < t && i < raw.length) {
      if (raw.charCodeAt(i) === 13) {
        i += raw.charCodeAt(i + 1) === 10 ? 2 : 1;
      } else i++;
      j++;
    }
    return i;
  }

  /** Reads one more chunk into the text buffer; false at EOF. */
  private *fill(): NativeGen<boolean> {
    if (this.eof) return false;
    const chunk = yield* this.layer.read1Gen(CHUNK);
    if (chunk.length === 0) {
      this.eof = true;
      this.feed(new Uint8Array(0), true);
      return this.tpos < this.text.length;
    }
    this.feed(chunk, false);
    return true;
  }

  private readonly lock = new StreamLock();

  read(n: number): NativeGen<string> {
    this.checkReadable();
    return this.lock.run(() => this.readU(n));
  }

  /** readline(): served from the buffer when a whole line is there, else under the stream lock. */
  *readline(limit: number): NativeGen<string> {
    this.checkReadable();
    if (!this.lock.busy && limit < 0 && this.wbuf.len === 0) {
      const end = this.lineEnd(this.tpos);
      if (end >= 0) {
        const out = this.text.slice(this.tpos, end);
        this.tpos = end;
        return out;
      }
    }
    return yield* this.lock.run(() => this.readlineU(limit));
  }

  private *readU(n: number): NativeGen<string> {
    yield* this.flushText();
    if (n < 0) {
      const all = yield* this.layer.readAllGen();
      this.feed(all, true);
      this.eof = true;
      const out = this.text.slice(this.tpos);
      this.text = "";
      this.rawText = null;
      this.tpos = 0;
      // a later read() after more is appended to the file continues from here
      this.eof = false;
      return out;
    }
    for (;;) {
      const end = advance(this.text, this.tpos, n);
      const have = cpLen(this.text.slice(this.tpos, end));
      if (have >= n || !(yield* this.fill())) {
        const stop = advance(this.text, this.tpos, n);
        const out = this.text.slice(this.tpos, stop);
        this.tpos = stop;
        if (this.eof && this.tpos >= this.text.length) this.eof = false;
        return out;
      }
    }
  }

  /** The index just past the line terminator at or after `from`, -1 if none yet, -2 if a '\r' at the end needs the next chunk. */
  private lineEnd(from: number): number {
    const t = this.text;
    const nl = this.newline;
    if (nl === null || nl === "\n") {
      const i = t.indexOf("\n", from);
      return i < 0 ? -1 : i + 1;
    }
    if (nl === "") {
      for (let i = from; i < t.length; i++) {
        const c = t.charCodeAt(i);
        if (c === 10) return i + 1;
        if (c === 13) {
          if (i + 1 < t.length) return t.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
          return this.eof ? i + 1 : -2;
        }
      }
      return -1;
    }
    const i = t.indexOf(nl, from);
    return i < 0 ? -1 : i + nl.length;
  }

  private *readlineU(limit: number): NativeGen<string> {
    yield* this.flushText();
    let scanFrom = this.tpos;
    for (;;) {
      let end = this.lineEnd(scanFrom);
      if (end >= 0 && limit >= 0) {
        const lim = advance(this.text, this.tpos, limit);
        if (lim < end) end = lim;
      } else if (end < 0 && limit >= 0) {
        const lim = advance(this.text, this.tpos, limit);
        if (cpLen(this.text.slice(this.tpos, lim)) >= limit) end = lim;
      }
      if (end >= 0) {
        const out = this.text.slice(this.tpos, end);
        this.tpos = end;
        return out;
      }
      const before = this.text.length - this.tpos;
      if (!(yield* this.fill())) {
        const out = this.text.slice(this.tpos);
        this.tpos = this.text.length;
        this.eof = false;
        return out;
      }
      scanFrom = this.tpos + Math.max(0, before - 1);
    }
  }

  *write(s: string): NativeGen<number> {
    this.checkWritable();
    if (this.tpos < this.text.length || this.pending.length || this.carryCR) this.dropReadAhead();
    let out = s;
    const nl = this.newline;
    if (nl !== null && nl !== "" && nl !== "\n" && s.includes("\n")) out = s.replace(/\n/g, nl);
    this.wbuf.push(out);
    const hasNL = this.lineBuffering && (s.includes("\n") || s.includes("\r"));
    if (this.wbuf.len >= DEFAULT_BUFFER_SIZE || this.writeThrough || hasNL) {
      yield* this.flushText();
      if (this.writeThrough || hasNL) yield* this.layer.flushGen();
    }
    return cpLen(s);
  }

  private dropReadAhead(): void {
    this.text = "";
    this.rawText = null;
    this.tpos = 0;
    this.pending = new Uint8Array(0);
    this.carryCR = false;
    this.eof = false;
  }

  /** Encodes pending text into the binary layer. */
  *flushText(): NativeGen<void> {
    const b = this.wbuf.take();
    if (b !== null && b.length) yield* this.layer.writeGen(b);
  }

  *flush(): NativeGen<void> {
    this.checkOpen();
    yield* this.flushText();
    yield* this.layer.flushGen();
  }

  *close(): NativeGen<void> {
    if (this.isClosed()) return;
    try {
      yield* this.flushText();
      yield* this.layer.flushGen();
    } finally {
      this.closedFlag = true;
      yield* this.layer.closeGen();
    }
  }

  *tell(): NativeGen<number> {
    this.checkOpen();
    if (!this.layer.canSeek()) throw unsupported("underlying stream is not seekable");
    yield* this.flushText();
    const pos = yield* this.layer.tellGen();
    const rest = this.rawText === null ? this.text.slice(this.tpos) : this.rawText.slice(this.rawOffset(this.tpos));
    const restBytes = this.codec === "utf-8" || this.codec === "utf-8-sig" ? utf8Len(rest) : this.codec === "latin-1" || this.codec === "ascii" ? rest.length : encodeText(rest, this.codec + (/^utf-(16|32)$/.test(this.codec) ? "-le" : ""), "surrogatepass").length;
    return pos - this.pending.length - restBytes - (this.carryCR ? 1 : 0);
  }

  *seek(cookie: number, whence: number): NativeGen<number> {
    this.checkOpen();
    if (!this.layer.canSeek()) throw unsupported("underlying stream is not seekable");
    if (whence === 1) {
      if (cookie !== 0) throw unsupported("can't do nonzero cur-relative seeks");
      return yield* this.tell();
    }
    if (whence === 2) {
      if (cookie !== 0) throw unsupported("can't do nonzero end-relative seeks");
      yield* this.flushText();
      this.dropReadAhead();
      return yield* this.layer.seekGen(0, 2);
    }
    if (whence !== 0) throw pyValueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
    if (cookie < 0) throw pyValueError(`negative seek position ${cookie}`);
    yield* this.flushText();
    this.dropReadAhead();
    yield* this.layer.flushGen();
    return yield* this.layer.seekGen(cookie, 0);
  }

  *truncate(size: number | undefined): NativeGen<number> {
    this.checkWritable();
    yield* this.flushText();
    const at = size ?? (yield* this.tell());
    return yield* this.layer.truncateGen(at);
  }
}

/**
 * The encoder of a text file's pending writes. A BOM codec (utf-16/32, utf-8-sig) writes its BOM
 * only when the file starts empty. Holds the layer, never the text object.
 */
function makeEncoder(codec: string, errors: string, layer: ByteLayer): (s: string) => Uint8Array {
  const bomCodec = /^utf-(16|32)$/.test(codec) || codec === "utf-8-sig";
  let first = true;
  const plain = codec === "utf-8-sig" ? "utf-8" : bomCodec ? codec + "-le" : codec;
  if (codec === "utf-8" && errors === "strict") {
    const enc = new TextEncoder();
    return (s) => (/[\ud800-\udfff]/.test(s) ? encodeText(s, "utf-8", errors) : enc.encode(s));
  }
  return (s) => {
    if (!bomCodec) return encodeText(s, codec, errors);
    let withBom = false;
    if (first) {
      first = false;
      withBom = true;
      if (layer instanceof PyBinaryFile) withBom = layer.raw.seekable ? layer.raw.tell() === 0 : true;
      else {
        const pos = (layer as unknown as { pos?: number }).pos;
        if (layer.canSeek() && typeof pos === "number") withBom = pos === 0;
      }
    }
    return encodeText(s, withBom ? codec : plain, errors);
  };
}

function T(v: PyValue): PyTextFile {
  if (!(v instanceof PyTextFile)) throw pyTypeError(`descriptor requires a '_io.TextIOWrapper' object but received '${typeName(v)}'`);
  return v;
}

/** The newline argument: None, '', '\n', '\r' or '\r\n'. */
export function checkNewline(v: PyValue | undefined, fn = "TextIOWrapper"): string | null {
  if (v === undefined || v === None) return null;
  const s = strValue(v);
  if (s === undefined) throw pyTypeError(`${fn}() argument 'newline' must be str or None, not ${typeName(v)}`);
  if (!["", "\n", "\r", "\r\n"].includes(s)) throw pyValueError(`illegal newline value: ${s}`);
  return s;
}

/** A ByteLayer for any binary object: native files directly, Python streams through their methods. */
export function* layerFor(buffer: PyValue): NativeGen<ByteLayer> {
  if (buffer instanceof PyBinaryFile) return buffer;
  const asLayer = buffer as unknown as Partial<ByteLayer>;
  if (buffer instanceof PyObject && typeof asLayer.read1Gen === "function" && asLayer.pyObject === buffer) return buffer as unknown as ByteLayer;
  const l = new PyObjectLayer(buffer);
  yield* l.init();
  return l;
}

defineStaticMethod(textIOWrapperType, "__new__", function* (args, kw): NativeGen {
  const [buffer, encoding, errors, newline, lineBuffering, writeThrough] = bindArgs("TextIOWrapper", args.slice(1), kw, ["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"], 1);
  const layer = yield* layerFor(buffer!);
  const enc = optStr(encoding, "TextIOWrapper", "encoding") ?? "UTF-8";
  codecName(enc);
  const f = new PyTextFile(
    layer,
    enc,
    optStr(errors, "TextIOWrapper", "errors") ?? "strict",
    checkNewline(newline),
    lineBuffering === undefined ? false : yield* isTrueGen(lineBuffering),
    writeThrough === undefined ? false : yield* isTrueGen(writeThrough),
    args[0] as PyType,
  );
  return f;
});

const textMethods: Record<string, NativeFn> = {
  __init__: () => None,
  read: function* (args): NativeGen {
    return yield* T(args[0]).read(sizeArg(args[1]));
  },
  readline: function* (args): NativeGen {
    return yield* T(args[0]).readline(sizeArg(args[1]));
  },
  __next__: function* (args): NativeGen {
    const line = yield* T(args[0]).readline(-1);
    if (line === "") throw newException(Exc.StopIteration);
    return line;
  },
  write: function* (args): NativeGen {
    const f = T(args[0]);
    const s = strValue(args[1]);
    if (s === undefined) {
      f.checkWritable();
      throw pyTypeError(`write() argument must be str, not ${typeName(args[1])}`);
    }
    return yield* f.write(s);
  },
  flush: function* (args): NativeGen {
    yield* T(args[0]).flush();
    return None;
  },
  close: function* (args): NativeGen {
    yield* T(args[0]).close();
    return None;
  },
  tell: function* (args): NativeGen {
    return yield* T(args[0]).tell();
  },
  seek: function* (args): NativeGen {
    const off = intValue(args[1] ?? None);
    if (off === undefined) throw pyTypeError(`an integer is required`);
    const whence = args[2] === undefined ? 0 : Number(intValue(args[2]) ?? 0);
    return yield* T(args[0]).seek(Number(off), whence);
  },
  truncate: function* (args): NativeGen {
    const size = args[1] === undefined || args[1] === None ? undefined : Number(intValue(args[1]) ?? 0);
    return yield* T(args[0]).truncate(size);
  },
  fileno: (args) => {
    const f = T(args[0]);
    f.checkOpen();
    return f.layer.fileno();
  },
  isatty: (args) => {
    const f = T(args[0]);
    f.checkOpen();
    return f.layer.isatty();
  },
  readable: (args) => {
    const f = T(args[0]);
    f.checkOpen();
    return f.layer.canRead();
  },
  writable: (args) => {
    const f = T(args[0]);
    f.checkOpen();
    return f.layer.canWrite();
  },
  seekable: (args) => {
    const f = T(args[0]);
    f.checkOpen();
    return f.layer.canSeek();
  },
  detach: function* (args): NativeGen {
    const f = T(args[0]);
    yield* f.flush();
    return f.layer.pyObject;
  },
  reconfigure: function* (args, kw): NativeGen {
    const f = T(args[0]);
    if (args.length > 1) throw pyTypeError("reconfigure() takes no positional arguments");
    if (kw) {
      for (const [k, v] of kw) {
        if (k === "line_buffering" && v !== None) f.lineBuffering = yield* isTrueGen(v);
        else if (k === "write_through" && v !== None) f.writeThrough = yield* isTrueGen(v);
        else if (!["encoding", "errors", "newline"].includes(k)) throw pyTypeError(`'${k}' is an invalid keyword argument for reconfigure()`);
      }
    }
    return None;
  },
  __repr__: function* (args): NativeGen {
    const f = T(args[0]);
    let s = `<_io.TextIOWrapper`;
    const name = yield* getAttrOptGen(f.layer.pyObject, "name");
    if (name !== undefined) s += ` name=${yield* reprGen(name)}`;
    if (f.mode !== null) s += ` mode='${f.mode}'`;
    return s + ` encoding='${f.encoding}'>`;
  },
};
defineMethods(textIOWrapperType, textMethods);
defineGetter(textIOWrapperType, "closed", (v) => T(v).isClosed());
defineGetter(textIOWrapperType, "encoding", (v) => T(v).encoding);
defineGetter(textIOWrapperType, "errors", (v) => T(v).errors);
defineGetter(textIOWrapperType, "buffer", (v) => T(v).layer.pyObject);
defineGetter(textIOWrapperType, "line_buffering", (v) => T(v).lineBuffering);
defineGetter(textIOWrapperType, "write_through", (v) => T(v).writeThrough);
defineGetter(textIOWrapperType, "newlines", () => None);
defineGetter(textIOWrapperType, "mode", (v) => {
  const f = T(v);
  if (f.mode === null) throw newException(Exc.AttributeError, "'_io.TextIOWrapper' object has no attribute 'mode'");
  return f.mode;
});
defineGetter(textIOWrapperType, "name", (v) => {
  const l = T(v).layer;
  if (l instanceof PyBinaryFile) return l.raw.name;
  const n = getAttrOpt(l.pyObject, "name");
  if (n === undefined) throw newException(Exc.AttributeError, "'_io.TextIOWrapper' object has no attribute 'name'");
  return n;
});
