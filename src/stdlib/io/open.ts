// open(): CPython's mode validation and messages, then a FileIO / BufferedReader / BufferedWriter /
// BufferedRandom over the descriptor, wrapped in a TextIOWrapper for text modes.
import * as fs from "node:fs";
import type { KwArgs, PyValue } from "../../objects/object.js";
import { PyObject } from "../../objects/object.js";
import { PyBytes } from "../../objects/bytes.js";
import { None } from "../../objects/singletons.js";
import { intValue, isInt } from "../../objects/int.js";
import { strValue } from "../../objects/str.js";
import { typeOf, typeName } from "../../objects/typeof.js";
import { callGen } from "../../objects/call.js";
import { isTrueGen } from "../../objects/ops.js";
import type { NativeGen } from "../../objects/native.js";
import { pyTypeError, pyValueError } from "../../objects/exceptions.js";
import { decodeText } from "../../objects/text-codecs.js";
import { codecName } from "../../objects/text-codecs.js";
import { bindArgs, optInt, optStr } from "../native-args.js";
import { RawFile } from "./raw.js";
import { PyBinaryFile, bufferedReaderType, bufferedWriterType, bufferedRandomType, fileIOType } from "./binary.js";
import { PyTextFile, checkNewline } from "./text.js";

/** A path argument: the host path, and the value to report in errors and `name`. */
export interface FsPath {
  path: string;
  value: PyValue;
  isBytes: boolean;
}

/** os.fspath(): str and bytes as they are, else __fspath__() (CPython's TypeError otherwise). */
export function* fspathGen(v: PyValue, fn = "", allowFd = false): NativeGen<FsPath> {
  const s = strValue(v);
  if (s !== undefined) return { path: s, value: v, isBytes: false };
  if (v instanceof PyBytes) return { path: decodeText(v.bytes, "utf-8", "surrogateescape"), value: v, isBytes: true };
  if (v instanceof PyObject) {
    const f = typeOf(v).lookup("__fspath__");
    if (f !== undefined) {
      const r = yield* callGen(f, [v]);
      const rs = strValue(r);
      if (rs !== undefined) return { path: rs, value: r, isBytes: false };
      if (r instanceof PyBytes) return { path: decodeText(r.bytes, "utf-8", "surrogateescape"), value: r, isBytes: true };
      throw pyTypeError(`expected ${typeName(v)}.__fspath__() to return str or bytes, not ${typeName(r)}`);
    }
  }
  const what = allowFd ? "str, bytes, os.PathLike object or integer" : "str, bytes or os.PathLike object";
  throw pyTypeError(fn ? `${fn}: path should be ${what}, not ${typeName(v)}` : `expected ${what}, not ${typeName(v)}`);
}

interface ParsedMode {
  reading: boolean;
  writing: boolean;
  appending: boolean;
  creating: boolean;
  updating: boolean;
  binary: boolean;
  text: boolean;
}

export function parseMode(mode: string): ParsedMode {
  const seen = new Set<string>();
  for (const c of mode) {
    if (!"rwxabt+".includes(c) || seen.has(c)) throw pyValueError(`invalid mode: '${mode}'`);
    seen.add(c);
  }
  const m: ParsedMode = {
    reading: seen.has("r"),
    writing: seen.has("w"),
    appending: seen.has("a"),
    creating: seen.has("x"),
    updating: seen.has("+"),
    binary: seen.has("b"),
    text: seen.has("t"),
  };
  if (m.text && m.binary) throw pyValueError("can't have text and binary mode at once");
  const n = +m.reading + +m.writing + +m.appending + +m.creating;
  if (n > 1) throw pyValueError("must have exactly one of create/read/write/append mode");
  if (n === 0) throw pyValueError("Must have exactly one of create/read/write/append mode and at most one plus");
  return m;
}

function osFlags(m: ParsedMode): number {
  const C = fs.constants;
  let f = m.updating ? C.O_RDWR : m.reading ? C.O_RDONLY : C.O_WRONLY;
  if (m.writing) f |= C.O_CREAT | C.O_TRUNC;
  if (m.creating) f |= C.O_CREAT | C.O_EXCL;
  if (m.appending) f |= C.O_CREAT | C.O_APPEND;
  return f;
}

/** The raw mode string FileIO and the buffered objects report ('rb', 'wb', 'rb+', 'ab+' …). */
function rawMode(m: ParsedMode): string {
  const base = m.creating ? "xb" : m.appending ? "ab" : m.writing ? "wb" : "rb";
  return base + (m.updating ? "+" : "");
}

export function* openGen(args: PyValue[], kw: KwArgs): NativeGen {
  const [fileV, modeV, bufferingV, encodingV, errorsV, newlineV, closefdV, openerV] = bindArgs(
    "open",
    args,
    kw,
    ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"],
    1,
  );
  const file = fileV!;
  let mode = "r";
  if (modeV !== undefined) {
    const s = strValue(modeV);
    if (s === undefined) throw pyTypeError(`open() argument 'mode' must be str, not ${typeName(modeV)}`);
    mode = s;
  }
  const buffering = optInt(bufferingV, "open", -1);
  const encoding = optStr(encodingV, "open", "encoding");
  const errors = optStr(errorsV, "open", "errors");
  const newline = newlineV === undefined || newlineV === None ? null : checkNewline(newlineV, "open");
  const closefd = closefdV === undefined ? true : yield* isTrueGen(closefdV);
  const m = parseMode(mode);
  if (m.binary && encoding !== undefined) throw pyValueError("binary mode doesn't take an encoding argument");
  if (m.binary && errors !== undefined) throw pyValueError("binary mode doesn't take an errors argument");
  if (m.binary && newline !== null) throw pyValueError("binary mode doesn't take a newline argument");
  if (!m.binary && buffering === 0) throw pyValueError("can't have unbuffered text I/O");
  if (encoding !== undefined) codecName(encoding);
  const readable = m.reading || m.updating;
  const writable = !m.reading || m.updating;

  let raw: RawFile;
  if (isInt(file) && typeof file !== "boolean") {
    const fd = Number(intValue(file));
    if (fd < 0) throw pyValueError("negative file descriptor");
    raw = RawFile.fromFd(fd, readable, writable, m.appending, closefd);
  } else {
    if (!closefd) throw pyValueError("Cannot use closefd=False with file name");
    const p = yield* fspathGen(file);
    if (openerV !== undefined && openerV !== None) {
      const fdV = yield* callGen(openerV, [p.value, osFlags(m)]);
      const fd = intValue(fdV);
      if (fd === undefined) throw pyTypeError("expected integer from opener");
      if (fd < 0) throw pyValueError(`opener returned ${fd}`);
      raw = RawFile.fromFd(Number(fd), readable, writable, m.appending, true);
      raw.name = p.value;
    } else {
      raw = yield* RawFile.open(p.path, p.value, osFlags(m), readable, writable, m.appending);
    }
  }
  const rmode = rawMode(m);
  const type = buffering === 0 ? fileIOType : m.updating ? bufferedRandomType : m.reading ? bufferedReaderType : bufferedWriterType;
  const binary = new PyBinaryFile(raw, rmode, type);
  if (m.binary) return binary;
  const lineBuffering = buffering === 1 || raw.isatty();
  const text = new PyTextFile(binary, encoding ?? "UTF-8", errors ?? "strict", newline, lineBuffering, false);
  text.mode = mode;
  return text;
}
