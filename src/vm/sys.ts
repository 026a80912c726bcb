// The sys module, and the text stream objects behind sys.stdout / sys.stderr / sys.stdin.
import { PyObject, type PyValue } from "../objects/object.js";
import { makeBuiltinType, typeType, PyType as PyTypeClass, type PyType } from "../objects/type.js";
import { tupleType } from "../objects/tuple.js";
import { PyModule } from "../objects/module.js";
import { PyList } from "../objects/list.js";
import { PyTuple } from "../objects/tuple.js";
import { PyDict } from "../objects/dict.js";
import { None } from "../objects/singletons.js";
import { intValue } from "../objects/int.js";
import { PyFloat } from "../objects/float.js";
import { strValue } from "../objects/str.js";
import { defineMethods, defineGetter, nativeFunction } from "../objects/function.js";
import { SuspendRequest, type NativeGen } from "../objects/native.js";
import { typeName } from "../objects/typeof.js";
import { reprGen } from "../objects/stringify.js";
import { Exc, PyBaseException, newException, pyTypeError, pyValueError } from "../objects/exceptions.js";
import { toArrayGen } from "../objects/iter.js";
import type { OutputStream } from "./output.js";
import { readStdinLine } from "./stdin.js";
import { makeStdin } from "../stdlib/io/stdin.js";
import { installSysExtras } from "../stdlib/sys-extras.js";
import { installSysTrace } from "../stdlib/sys-trace.js";
import { formatException } from "./traceback.js";
import { writeTo } from "./builtins.js";
import { frameObject, pythonFrame } from "./frame-object.js";
import type { Interpreter } from "./interpreter.js";

export const textIOType = makeBuiltinType("TextIOWrapper", undefined, { module: "_io" });

/** sys.stdout / sys.stderr / sys.stdin. */
export class PyTextStream extends PyObject {
  constructor(
    readonly stream: OutputStream | null,
    readonly name: string,
    readonly interp: Interpreter,
    type: PyType = textIOType,
  ) {
    super(type);
  }
}

function S(v: PyValue): PyTextStream {
  if (!(v instanceof PyTextStream)) throw pyTypeError("descriptor requires a TextIOWrapper");
  return v;
}

defineMethods(textIOType, {
  write: (args) => {
    const s = S(args[0]);
    const text = strValue(args[1]);
    if (text === undefined) throw pyTypeError(`write() argument must be str, not ${typeName(args[1])}`);
    if (!s.stream) throw newException(Exc.OSError, "not writable");
    s.stream.write(text);
    return [...text].length;
  },
  writelines: function* (args): NativeGen {
    const s = S(args[0]);
    for (const x of yield* toArrayGen(args[1])) {
      const t = strValue(x);
      if (t === undefined) throw pyTypeError("write() argument must be str");
      s.stream?.write(t);
    }
    return None;
  },
  flush: (args) => {
    S(args[0]).stream?.flush();
    return None;
  },
  readline: function* (args): NativeGen {
    const s = S(args[0]);
    s.interp.flushAll();
    const read = s.interp.options.readLine ?? readStdinLine;
    const line = yield new SuspendRequest("input", Infinity, (w) => {
      read().then((l) => w.wake(l === null ? "" : l + "\n"), (e) => w.fail(newException(Exc.OSError, String(e))));
    }, null, true);
    return line;
  },
  isatty: () => false,
  writable: (args) => S(args[0]).stream !== null,
  readable: (args) => S(args[0]).stream === null,
  fileno: (args) => (S(args[0]).name === "<stdin>" ? 0 : S(args[0]).name === "<stdout>" ? 1 : 2),
  __repr__: (args) => `<_io.TextIOWrapper name='${S(args[0]).name}' mode='${S(args[0]).stream ? "w" : "r"}' encoding='utf-8'>`,
  __enter__: (args) => args[0],
  __exit__: () => None,
});
defineGetter(textIOType, "encoding", () => "utf-8");
defineGetter(textIOType, "errors", () => "strict");
defineGetter(textIOType, "name", (s) => S(s).name);
defineGetter(textIOType, "closed", () => false);

export const versionInfoType = new PyTypeClass(typeType, "version_info", [tupleType], { builtin: true, module: "sys" });

export function makeSysModule(interp: Interpreter): PyModule {
  const m = new PyModule("sys");
  m.builtin = true;
  interp.builtinsModule.builtin = true;
  const d = m.dict;
  const fn = (name: string, f: (args: PyValue[], kw: Map<string, PyValue> | null) => PyValue | NativeGen) => d.setStr(name, nativeFunction(name, f as never, "sys"));
  const stdout = new PyTextStream(interp.stdout, "<stdout>", interp);
  const stderr = new PyTextStream(interp.stderr, "<stderr>", interp);
  const stdin = makeStdin(interp);
  d.setStr("stdout", stdout);
  d.setStr("stderr", stderr);
  d.setStr("stdin", stdin);
  d.setStr("__stdout__", stdout);
  d.setStr("__stderr__", stderr);
  d.setStr("__stdin__", stdin);
  d.setStr("argv", new PyList([...(interp.options.argv ?? [""])]));
  d.setStr("orig_argv", new PyList(["pygil", ...(interp.options.argv ?? [])]));
  d.setStr("modules", interp.modules);
  d.setStr("version", "3.11.7 (main, pygil 0.1.0) [TypeScript]");
  d.setStr("hexversion", 0x030b07f0);
  d.setStr("api_version", 1013);
  d.setStr("version_info", makeVersionInfo());
  d.setStr("platform", process.platform === "win32" ? "win32" : process.platform === "darwin" ? "darwin" : "linux");
  d.setStr("byteorder", "little");
  d.setStr("maxsize", 9223372036854775807n);
  d.setStr("maxunicode", 0x10ffff);
  d.setStr("executable", process.execPath);
  d.setStr("prefix", "/usr");
  d.setStr("exec_prefix", "/usr");
  d.setStr("base_prefix", "/usr");
  d.setStr("copyright", "Copyright (c) pygil authors.");
  d.setStr("builtin_module_names", new PyTuple(["builtins", "sys"]));
  d.setStr("dont_write_bytecode", true);
  d.setStr("warnoptions", new PyList([]));
  d.setStr("meta_path", new PyList([]));
  d.setStr("path_hooks", new PyList([]));
  d.setStr("path_importer_cache", new PyDict());
  d.setStr("float_repr_style", "short");
  const impl = new PyModule("implementation");
  impl.dict.setStr("name", "pygil");
  impl.dict.setStr("cache_tag", None);
  d.setStr("implementation", impl);
  fn("exit", (args) => {
    throw args.length ? newException(Exc.SystemExit, args[0]) : newException(Exc.SystemExit);
  });
  fn("getrecursionlimit", () => interp.recursionLimit);
  fn("setrecursionlimit", (args) => {
    const n = intValue(args[0]);
    if (n === undefined) throw pyTypeError("an integer is required");
    if (n < 1) throw pyValueError("recursion limit must be greater or equal than 1");
    interp.recursionLimit = Number(n);
    return None;
  });
  fn("getswitchinterval", () => new PyFloat(interp.switchInterval));
  fn("setswitchinterval", (args) => {
    const v = args[0];
    const x = v instanceof PyFloat ? v.value : Number(intValue(v) ?? NaN);
    if (!(x > 0)) throw pyValueError("switch interval must be strictly positive");
    interp.switchInterval = x;
    return None;
  });
  fn("exc_info", () => {
    const e = interp.vm.thread?.excInfo ?? None;
    if (!(e instanceof PyBaseException)) return new PyTuple([None, None, None]);
    return new PyTuple([e.type, e, e.traceback ?? None]);
  });
  fn("exception", () => interp.vm.thread?.excInfo ?? None);
  fn("intern", (args) => args[0]);
  fn("_getframe", (args) => {
    const n = args.length ? Number(intValue(args[0]) ?? 0) : 0;
    let f = pythonFrame(interp.vm.thread?.frame ?? null);
    for (let i = 0; i < n && f; i++) f = pythonFrame(f.back);
    if (!f) throw pyValueError("call stack is not deep enough");
    return frameObject(f);
  });
  // Each live thread's innermost Python frame by ident (for stack dumps). A signal handler's
  // stand-in thread shares the main thread's ident: the main thread's own frame is kept.
  fn("_current_frames", () => {
    const d = new PyDict();
    const threads = [...interp.scheduler.liveThreads()];
    const cur = interp.vm.thread;
    if (cur && !threads.includes(cur)) threads.push(cur);
    for (const t of threads) {
      if (t !== interp.mainThread && t.ident === interp.mainThread.ident) continue;
      const f = pythonFrame(t.frame);
      if (f) d.set(t.ident, frameObject(f));
    }
    return d;
  });
  fn("getdefaultencoding", () => "utf-8");
  fn("getfilesystemencoding", () => "utf-8");
  fn("getsizeof", (args) => {
    const v = args[0];
    return typeof v === "string" ? 49 + v.length : 64;
  });
  installSysTrace(d, interp);
  fn("displayhook", function* (args): NativeGen {
    const v = args[0];
    if (v === None) return None;
    interp.builtins.setStr("_", None);
    const text = (yield* reprGen(v)) + "\n";
    // to whatever sys.stdout is now (a StringIO while doctest or redirect_stdout runs)
    const out = d.getStr("stdout");
    if (out === undefined || out === None) throw newException(Exc.RuntimeError, "lost sys.stdout");
    yield* writeTo(interp, out, text, false);
    interp.builtins.setStr("_", v);
    return None;
  });
  d.setStr("__displayhook__", d.getStr("displayhook")!);
  const excepthook = nativeFunction("excepthook", (args) => {
    const e = args[1];
    if (e instanceof PyBaseException) {
      interp.stdout.flush();
      interp.stderr.write(formatException(interp, e));
      interp.stderr.flush();
    }
    return None;
  }, "sys");
  d.setStr("excepthook", excepthook);
  d.setStr("__excepthook__", excepthook);
  installSysExtras(d, interp);
  return m;
}

function makeVersionInfo(): PyValue {
  const t = new PyTuple([3, 11, 7, "final", 0], versionInfoType);
  return t;
}
const fields = ["major", "minor", "micro", "releaselevel", "serial"];
fields.forEach((f, i) => defineGetter(versionInfoType, f, (v) => (v as PyTuple).items[i]));
defineMethods(versionInfoType, {
  __repr__: (args) => {
    const it = (args[0] as PyTuple).items;
    return `sys.version_info(major=${it[0]}, minor=${it[1]}, micro=${it[2]}, releaselevel='${it[3]}', serial=${it[4]})`;
  },
});
