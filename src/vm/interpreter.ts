// One Python interpreter: its builtins, sys.modules, threads and scheduler, output streams.
// Hosts use it through src/index.ts (`new Interpreter(opts)`, `await interp.runFile(path)`).
import { readFileSync } from "node:fs";
import type { PyValue } from "../objects/object.js";
import { PyDict } from "../objects/dict.js";
import { PyModule } from "../objects/module.js";
import { None } from "../objects/singletons.js";
import { hooks } from "../objects/native.js";
import { Exc, PyBaseException, isExc, newException } from "../objects/exceptions.js";
import { moduleHook } from "../objects/type-type.js";
import { intValue } from "../objects/int.js";
import { PySyntaxError } from "../lexer/syntax-error.js";
import { parseModule } from "../parser/parse.js";
import { syntaxErrorAsRead, type SourceReading } from "../parser/source-positions.js";
import type { Module } from "../parser/nodes.js";
import { compileModule } from "../compiler/codegen.js";
import type { CodeObject } from "../compiler/code.js";
import { VM } from "./eval.js";
import { Frame } from "./frame.js";
import { PyThread } from "./thread.js";
import { Scheduler } from "./scheduler.js";
import { Importer } from "./imports.js";
import { makeBuiltins } from "./builtins.js";
import { installBuiltinFastPaths } from "./builtin-fast.js";
import { makeSysModule } from "./sys.js";
import { formatException, syntaxErrorToPy, sourceLine } from "./traceback.js";
import { OutputStream } from "./output.js";
import { Clock } from "./clock.js";
import { strFast } from "../objects/stringify.js";
import { str } from "../objects/stringify.js";
import "./runtime-init.js";
import { callGen } from "../objects/call.js";
import { nativeEntryFrame } from "./entry.js";
import { formatUnraisable } from "./unraisable.js";

export interface InterpreterOptions {
  /** sys.argv (argv[0] is the script path). */
  argv?: string[];
  /** Where stdout/stderr text goes (default: process.stdout/stderr). */
  writeStdout?: (text: string) => void;
  writeStderr?: (text: string) => void;
  /** Reads a line for input() (default: stdin). */
  readLine?: () => Promise<string | null>;
  /** Sleeps jump the clock instead of waiting (`--virtual-time`). */
  virtualTime?: boolean;
  /** Deterministic switch points (`--schedule-seed N`); the clock then counts instructions. */
  scheduleSeed?: number;
  /** Ctrl-C (SIGINT) raises KeyboardInterrupt in the main thread while Python runs (default true). */
  handleSigint?: boolean;
  /** Extra directories for sys.path (the script's directory comes first). */
  path?: string[];
  /** Parse with python3's own parser (dev/testing before pygil's parser exists). */
  parse?: (source: string, filename: string) => Module;
  /** Compiled code kept between runs (the CLI's on-disk cache, src/compiler/code-cache.ts). */
  codeCache?: {
    load(source: string, filename: string): CodeObject | null;
    store(source: string, filename: string, code: CodeObject): void;
  };
}

export class Interpreter {
  readonly builtins: PyDict;
  readonly builtinsModule: PyModule;
  readonly sysModule: PyModule;
  readonly modules: PyDict;
  readonly vm: VM;
  readonly scheduler: Scheduler;
  readonly importer: Importer;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly clock: Clock;
  recursionLimit = 1000;
  /** sys.setswitchinterval, seconds. */
  switchInterval = 0.005;
  readonly mainThread: PyThread;
  /** Source text by filename, for traceback lines. */
  readonly sources = new Map<string, string>();
  readonly options: InterpreterOptions;
  /** Exit status requested by SystemExit, once the program ends. */
  exitCode = 0;
  /** Set when the scheduler found every thread waiting forever. */
  deadlocked = false;

  constructor(opts: InterpreterOptions = {}) {
    this.options = opts;
    this.clock = new Clock(opts.virtualTime ?? false, opts.scheduleSeed !== undefined);
    this.stdout = new OutputStream(opts.writeStdout ?? ((s) => process.stdout.write(s)));
    this.stderr = new OutputStream(opts.writeStderr ?? ((s) => process.stderr.write(s)));
    this.vm = new VM(this);
    this.mainThread = new PyThread(true);
    this.modules = new PyDict();
    this.builtinsModule = new PyModule("builtins");
    this.builtins = this.builtinsModule.dict;
    makeBuiltins(this, this.builtins);
    installBuiltinFastPaths(this.builtins);
    this.sysModule = makeSysModule(this);
    this.modules.setStr("builtins", this.builtinsModule);
    this.modules.setStr("sys", this.sysModule);
    this.importer = new Importer(this);
    this.scheduler = new Scheduler(this);
    this.activate();
  }

  /** Makes this interpreter the one natives call back into. */
  activate(): void {
    hooks.runner = this.vm;
    currentInterp = this;
    moduleHook.current = this.currentModuleName;
  }

  /** `__name__` of the running Python frame's module (made once: activate() runs at every
   *  thread switch). */
  private readonly currentModuleName = (): PyValue | undefined => {
    const f = this.vm.thread?.frame;
    let fr: Frame | null = f ?? null;
    while (fr && fr.gen !== null) fr = fr.back;
    return fr ? fr.globals.getStr("__name__") : undefined;
  };

  /** Parses and compiles a module's source (throws PySyntaxError). */
  compile(source: string, filename: string): CodeObject {
    this.sources.set(filename, source);
    const cache = this.options.codeCache;
    const cached = cache?.load(source, filename);
    if (cached) return cached;
    // source nested past the JS stack: what CPython 3.11 raises when its parser (MemoryError) or
    // its compiler (RecursionError) gives up on it, never a JS trace
    let tree: ReturnType<typeof parseModule>;
    try {
      tree = (this.options.parse ?? parseModule)(source, filename);
    } catch (e) {
      if (e instanceof RangeError) throw newException(Exc.MemoryError);
      throw e;
    }
    let warned = false;
    let code: CodeObject;
    try {
      code = compileModule(tree, filename, source, {
        onWarning: (category, message, lineno) => {
          warned = true;
          this.compileWarning(category, message, filename, lineno);
        },
      });
    } catch (e) {
      if (e instanceof RangeError) throw newException(Exc.RecursionError, "maximum recursion depth exceeded during compilation");
      throw e;
    }
    // code that warns is compiled again next time, so that the warning shows on every run
    if (!warned) cache?.store(source, filename, code);
    return code;
  }

  /** A compiler warning, printed as the warnings module's default format does. */
  compileWarning(category: string, message: string, filename: string, lineno: number): void {
    const line = sourceLine(this, filename, lineno);
    this.stdout.flush();
    this.stderr.write(`${filename}:${lineno}: ${category}: ${message}\n${line !== null && line.trim() ? `  ${line.trim()}\n` : ""}`);
    this.stderr.flush();
  }

  /** Runs a script file as __main__; resolves to the exit status. */
  async runFile(path: string): Promise<number> {
    let source: string;
    try {
      source = readFileSync(path, "utf8");
    } catch {
      this.stderr.write(`pygil: can't open file '${path}': [Errno 2] No such file or directory\n`);
      this.stderr.flush();
      return 2;
    }
    return this.runSource(source, path, "file");
  }

  /** Runs source text as __main__; resolves to the exit status. `reading`: how python3 would
   *  have got the source, which moves a syntax error's columns (see parser/source-positions.ts). */
  async runSource(source: string, filename: string, reading: SourceReading = "text"): Promise<number> {
    this.activate();
    let code: CodeObject;
    try {
      code = this.compile(source, filename);
    } catch (e) {
      if (e instanceof PySyntaxError) {
        this.printException(syntaxErrorToPy(syntaxErrorAsRead(e, source, reading)));
        this.flushAll();
        return 1;
      }
      if (e instanceof PyBaseException) {
        this.printException(e);
        this.flushAll();
        return 1;
      }
      throw e;
    }
    const main = new PyModule("__main__");
    // python3 -c has no __file__ (a file has its path, stdin "<stdin>")
    if (filename !== "<string>") main.dict.setStr("__file__", filename);
    main.dict.setStr("__builtins__", this.builtinsModule);
    main.dict.setStr("__doc__", None);
    main.dict.setStr("__package__", None);
    main.dict.setStr("__spec__", None);
    main.dict.setStr("__loader__", None);
    this.modules.setStr("__main__", main);
    this.importer.setScriptDir(filename);
    return this.runMainCode(code, main);
  }

  private async runMainCode(code: CodeObject, main: PyModule): Promise<number> {
    const t = this.mainThread;
    const f = new Frame(code, main.dict, this.builtins, main.dict, null);
    t.frame = f;
    t.depth = 1;
    this.scheduler.addThread(t);
    await this.scheduler.run(() => t.frame === null);
    let status = 0;
    if (t.error !== undefined) status = await this.handleUncaught(t.error);
    if (this.deadlocked) {
      this.flushAll();
      return 1;
    }
    status = await this.shutdown(status);
    this.flushAll();
    return status;
  }

  /** Ends the program: threading._shutdown(), atexit handlers (also after `pygil -i`'s REPL). */
  async shutdown(status: number): Promise<number> {
    this.scheduler.finalizing = true;
    const threading = this.modules.getStr("threading");
    if (threading instanceof PyModule) {
      const sd = threading.dict.getStr("_shutdown");
      if (sd !== undefined) {
        const err = await this.callInMainThread(sd, []);
        if (isExc(err, Exc.SystemExit)) status = this.systemExitStatus(err);
        else if (err !== undefined) {
          // as CPython: Ctrl-C (or any error) in threading._shutdown() leaves the status alone
          this.stdout.flush();
          const exc = err instanceof PyBaseException ? err : newException(Exc.SystemError, String(err));
          this.stderr.write(formatUnraisable(this, exc, `Exception ignored in: ${this.safeRepr(threading)}`));
          this.stderr.flush();
        }
        if (this.deadlocked) return 1;
      }
    }
    const atexit = this.atexitHandlers.splice(0).reverse();
    for (const [fn, args, kw] of atexit) {
      const err = await this.callInMainThread(fn, args, kw);
      // as CPython 3.11, even SystemExit is reported and ignored (the status stays)
      if (err !== undefined) {
        this.stderr.write("Exception ignored in atexit callback: " + this.safeRepr(fn) + "\n");
        this.printException(err);
      }
    }
    return status;
  }

  /** atexit.register'd calls: (fn, args, kwargs). */
  readonly atexitHandlers: [PyValue, PyValue[], Map<string, PyValue> | null][] = [];

  /** Runs fn(*args) on the main thread through the scheduler; resolves to its exception or undefined. */
  async callInMainThread(fn: PyValue, args: PyValue[], kw: Map<string, PyValue> | null = null): Promise<unknown> {
    const t = this.mainThread;
    t.error = undefined;
    t.state = 0;
    t.frame = nativeEntryFrame(this, callGen(fn, args, kw));
    this.scheduler.addThread(t);
    await this.scheduler.run(() => t.frame === null);
    return t.error;
  }

  private safeRepr(v: PyValue): string {
    try {
      return str(v);
    } catch {
      return "<object>";
    }
  }

  /** Reports an uncaught exception (or handles SystemExit); returns the exit status. The
   *  report goes through sys.excepthook: a hook the program installed is called (in the main
   *  thread), after sys.last_type/last_value/last_traceback are set, as CPython does. */
  async handleUncaught(err: unknown): Promise<number> {
    if (isExc(err, Exc.SystemExit)) return this.systemExitStatus(err);
    const sys = this.sysModule.dict;
    const hook = sys.getStr("excepthook");
    if (err instanceof PyBaseException && !this.deadlocked && hook !== undefined && hook !== sys.getStr("__excepthook__")) {
      const tb: PyValue = err.traceback ?? None;
      sys.setStr("last_type", err.type);
      sys.setStr("last_value", err);
      sys.setStr("last_traceback", tb);
      this.stdout.flush();
      const hookErr = await this.callInMainThread(hook, [err.type, err, tb]);
      if (hookErr !== undefined) {
        this.stderr.write("Error in sys.excepthook:\n");
        this.printException(hookErr);
        this.stderr.write("\nOriginal exception was:\n");
        this.printException(err);
      }
      this.flushAll();
    } else {
      this.printException(err);
    }
    // CPython ends by SIGINT after an uncaught KeyboardInterrupt: the shell sees 128 + 2
    return isExc(err, Exc.KeyboardInterrupt) ? 130 : 1;
  }

  systemExitStatus(e: PyBaseException): number {
    const args = e.args.items;
    const code = args.length === 0 ? None : args.length === 1 ? args[0] : e.args;
    if (code === None) return 0;
    const n = intValue(code);
    if (n !== undefined) return Number(n) & 0xff;
    this.stdout.flush();
    this.stderr.write((strFast(code) ?? this.safeRepr(code)) + "\n");
    return 1;
  }

  /** Writes a traceback through sys.excepthook semantics (default formatting). */
  printException(err: unknown): void {
    this.stdout.flush();
    const exc = err instanceof PyBaseException ? err : newException(Exc.SystemError, String(err));
    this.stderr.write(formatException(this, exc));
    this.stderr.flush();
  }

  flushAll(): void {
    this.stdout.flush();
    this.stderr.flush();
  }
}

/** The interpreter running now (natives that need interpreter state use it). */
export let currentInterp: Interpreter | null = null;

export function interp(): Interpreter {
  if (!currentInterp) throw new Error("no interpreter");
  return currentInterp;
}
