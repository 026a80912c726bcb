// Exceptions: instances of BaseException subclasses, thrown with a plain JS `throw` (no JS Error,
// so no stack capture). Natives raise with the helpers below: `throw pyTypeError("…")`.
import { PyObject, type PyValue } from "./object.js";
import { makeBuiltinType, type PyType } from "./type.js";
import { PyTuple, EMPTY_TUPLE } from "./tuple.js";
import { None } from "./singletons.js";
import { PyDict } from "./dict.js";
import type { CodeObject } from "../compiler/code.js";

export class PyBaseException extends PyObject {
  declare args: PyTuple;
  /** Innermost-last chain of traceback entries, as `__traceback__` shows it. */
  declare traceback: PyTraceback | null;
  declare cause: PyValue;
  declare context: PyValue;
  declare suppressContext: boolean;
  constructor(type: PyType, args: PyTuple = EMPTY_TUPLE) {
    super(type);
    this.args = args;
    this.dict = new PyDict();
    this.traceback = null;
    this.cause = None;
    this.context = None;
    this.suppressContext = false;
  }
}

export const tracebackType = makeBuiltinType("traceback", undefined, { baseType: false });

/** One traceback entry: where a frame was when the exception passed through it. */
export class PyTraceback extends PyObject {
  constructor(
    readonly code: CodeObject,
    /** Index of the instruction that was running (for line and caret positions). */
    readonly pc: number,
    readonly lineno: number,
    public next: PyTraceback | null,
    /** The frame object (tb_frame), when the VM exposes one. */
    readonly frame: PyValue = None,
  ) {
    super(tracebackType);
  }
}

const excFactory = (cls: PyType) => new PyBaseException(cls);

function exc(name: string, base: PyType | PyType[] | null): PyType {
  return makeBuiltinType(name, base ?? undefined, { factory: excFactory, instanceDict: true });
}

const BaseException = exc("BaseException", null);
const Exception = exc("Exception", BaseException);
const ArithmeticError = exc("ArithmeticError", Exception);
const LookupError = exc("LookupError", Exception);
const OSError = exc("OSError", Exception);
const RuntimeError = exc("RuntimeError", Exception);
const NameError = exc("NameError", Exception);
const ImportError = exc("ImportError", Exception);
const SyntaxError = exc("SyntaxError", Exception);
const IndentationError = exc("IndentationError", SyntaxError);
const ValueError = exc("ValueError", Exception);
const UnicodeError = exc("UnicodeError", ValueError);
const ConnectionError = exc("ConnectionError", OSError);
const Warning = exc("Warning", Exception);
const BaseExceptionGroup = exc("BaseExceptionGroup", BaseException);

/** Every builtin exception type by name: `Exc.TypeError`. */
export const Exc = {
  BaseException,
  BaseExceptionGroup,
  GeneratorExit: exc("GeneratorExit", BaseException),
  KeyboardInterrupt: exc("KeyboardInterrupt", BaseException),
  SystemExit: exc("SystemExit", BaseException),
  Exception,
  ArithmeticError,
  FloatingPointError: exc("FloatingPointError", ArithmeticError),
  OverflowError: exc("OverflowError", ArithmeticError),
  ZeroDivisionError: exc("ZeroDivisionError", ArithmeticError),
  AssertionError: exc("AssertionError", Exception),
  AttributeError: exc("AttributeError", Exception),
  BufferError: exc("BufferError", Exception),
  EOFError: exc("EOFError", Exception),
  ExceptionGroup: exc("ExceptionGroup", [BaseExceptionGroup, Exception]),
  ImportError,
  ModuleNotFoundError: exc("ModuleNotFoundError", ImportError),
  LookupError,
  IndexError: exc("IndexError", LookupError),
  KeyError: exc("KeyError", LookupError),
  MemoryError: exc("MemoryError", Exception),
  NameError,
  UnboundLocalError: exc("UnboundLocalError", NameError),
  OSError,
  BlockingIOError: exc("BlockingIOError", OSError),
  ChildProcessError: exc("ChildProcessError", OSError),
  ConnectionError,
  BrokenPipeError: exc("BrokenPipeError", ConnectionError),
  ConnectionAbortedError: exc("ConnectionAbortedError", ConnectionError),
  ConnectionRefusedError: exc("ConnectionRefusedError", ConnectionError),
  ConnectionResetError: exc("ConnectionResetError", ConnectionError),
  FileExistsError: exc("FileExistsError", OSError),
  FileNotFoundError: exc("FileNotFoundError", OSError),
  InterruptedError: exc("InterruptedError", OSError),
  IsADirectoryError: exc("IsADirectoryError", OSError),
  NotADirectoryError: exc("NotADirectoryError", OSError),
  PermissionError: exc("PermissionError", OSError),
  ProcessLookupError: exc("ProcessLookupError", OSError),
  TimeoutError: exc("TimeoutError", OSError),
  ReferenceError: exc("ReferenceError", Exception),
  RuntimeError,
  NotImplementedError: exc("NotImplementedError", RuntimeError),
  RecursionError: exc("RecursionError", RuntimeError),
  StopAsyncIteration: exc("StopAsyncIteration", Exception),
  StopIteration: exc("StopIteration", Exception),
  SyntaxError,
  IndentationError,
  TabError: exc("TabError", IndentationError),
  SystemError: exc("SystemError", Exception),
  TypeError: exc("TypeError", Exception),
  ValueError,
  UnicodeError,
  UnicodeDecodeError: exc("UnicodeDecodeError", UnicodeError),
  UnicodeEncodeError: exc("UnicodeEncodeError", UnicodeError),
  UnicodeTranslateError: exc("UnicodeTranslateError", UnicodeError),
  Warning,
  BytesWarning: exc("BytesWarning", Warning),
  DeprecationWarning: exc("DeprecationWarning", Warning),
  EncodingWarning: exc("EncodingWarning", Warning),
  FutureWarning: exc("FutureWarning", Warning),
  ImportWarning: exc("ImportWarning", Warning),
  PendingDeprecationWarning: exc("PendingDeprecationWarning", Warning),
  ResourceWarning: exc("ResourceWarning", Warning),
  RuntimeWarning: exc("RuntimeWarning", Warning),
  SyntaxWarning: exc("SyntaxWarning", Warning),
  UnicodeWarning: exc("UnicodeWarning", Warning),
  UserWarning: exc("UserWarning", Warning),
} as const;

export type ExcName = keyof typeof Exc;

/** A new exception instance of `type` with the given args (no __init__ call). */
export function newException(type: PyType, ...args: PyValue[]): PyBaseException {
  const e = type.factory ? type.factory(type) : new PyBaseException(type);
  const be = e instanceof PyBaseException ? e : new PyBaseException(type);
  be.args = args.length === 0 ? EMPTY_TUPLE : new PyTuple(args);
  return be;
}

/** Is v an exception instance of `type` (or a subclass)? */
export function isExc(v: unknown, type: PyType): v is PyBaseException {
  return v instanceof PyBaseException && v.type.isSubtypeOf(type);
}

/** Sets an attribute in the exception's __dict__ (name, obj, value, errno …). */
export function setExcAttr(e: PyBaseException, name: string, value: PyValue): PyBaseException {
  e.dict!.setStr(name, value);
  return e;
}

export const pyTypeError = (msg: string) => newException(Exc.TypeError, msg);
export const pyValueError = (msg: string) => newException(Exc.ValueError, msg);
export const pyIndexError = (msg: string) => newException(Exc.IndexError, msg);
export const pyKeyError = (key: PyValue) => newException(Exc.KeyError, key);
export const pyRuntimeError = (msg: string) => newException(Exc.RuntimeError, msg);
export const pyNotImplementedError = (msg: string) => newException(Exc.NotImplementedError, msg);
export const pyZeroDivisionError = (msg: string) => newException(Exc.ZeroDivisionError, msg);
export const pyOverflowError = (msg: string) => newException(Exc.OverflowError, msg);
export const pyRecursionError = (msg: string) => newException(Exc.RecursionError, msg);
export const pySystemError = (msg: string) => newException(Exc.SystemError, msg);
export const pyAssertionError = (msg?: string) => (msg === undefined ? newException(Exc.AssertionError) : newException(Exc.AssertionError, msg));
export const pyEOFError = (msg: string) => newException(Exc.EOFError, msg);
export const pyOSError = (msg: string) => newException(Exc.OSError, msg);
export const pyUnicodeError = (msg: string) => newException(Exc.UnicodeError, msg);

export function pyAttributeError(msg: string, name?: string, obj?: PyValue): PyBaseException {
  const e = newException(Exc.AttributeError, msg);
  if (name !== undefined) setExcAttr(e, "name", name);
  if (obj !== undefined) setExcAttr(e, "obj", obj);
  return e;
}

export function pyNameError(name: string): PyBaseException {
  return setExcAttr(newException(Exc.NameError, `name '${name}' is not defined`), "name", name);
}

export function pyUnboundLocalError(name: string): PyBaseException {
  return setExcAttr(newException(Exc.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`), "name", name);
}

export function pyImportError(msg: string, name?: string): PyBaseException {
  const e = newException(Exc.ImportError, msg);
  setExcAttr(e, "name", name ?? None);
  return e;
}

export function pyModuleNotFoundError(name: string): PyBaseException {
  const e = newException(Exc.ModuleNotFoundError, `No module named '${name}'`);
  setExcAttr(e, "name", name);
  return e;
}

export function pyStopIteration(value?: PyValue): PyBaseException {
  return value === undefined ? newException(Exc.StopIteration) : newException(Exc.StopIteration, value);
}

/** OSError with errno/strerror/filename; picks the subclass CPython picks for the errno. */
export function pyOSErrorErrno(errno: number, strerror: string, filename?: PyValue): PyBaseException {
  const e = newException(osErrorSubclass(errno), errno, strerror);
  setExcAttr(e, "errno", errno);
  setExcAttr(e, "strerror", strerror);
  setExcAttr(e, "filename", filename ?? None);
  return e;
}

/** The subclass OSError(errno, ...) becomes, as CPython maps errno values (OSError when none). */
export function osErrorSubclass(errno: number): PyType {
  return ERRNO_SUBCLASS[errno] ?? Exc.OSError;
}

const ERRNO_SUBCLASS: Record<number, PyType> = {
  1: Exc.PermissionError, 2: Exc.FileNotFoundError, 3: Exc.ProcessLookupError, 4: Exc.InterruptedError,
  10: Exc.ChildProcessError, 11: Exc.BlockingIOError, 13: Exc.PermissionError, 17: Exc.FileExistsError,
  20: Exc.NotADirectoryError, 21: Exc.IsADirectoryError, 32: Exc.BrokenPipeError, 103: Exc.ConnectionAbortedError,
  104: Exc.ConnectionResetError, 110: Exc.TimeoutError, 111: Exc.ConnectionRefusedError,
};

import { FormatError } from "./format/errors.js";

/** Runs a format/ helper, turning its FormatError into the Python exception it names. */
export function withFormatErrors<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof FormatError) throw newException(Exc[e.excType], e.message);
    throw e;
  }
}
