// What `pygil ARGS…` does, as python3 does it: runs a script, `-c CMD`, `-m MODULE`, a program
// piped on stdin, or the REPL (stdin a terminal and no program); `-i` opens the REPL after the
// program, even after an uncaught exception. Messages and exit statuses are python3's.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { isAbsolute, join } from "node:path";
import { PyModule } from "../objects/module.js";
import { PyList } from "../objects/list.js";
import { PyDict } from "../objects/dict.js";
import { PyTuple } from "../objects/tuple.js";
import type { PyValue } from "../objects/object.js";
import { PyStructSeq } from "../stdlib/structseq.js";
import { None } from "../objects/singletons.js";
import { CallRequest, type NativeGen } from "../objects/native.js";
import { nativeFunction } from "../objects/function.js";
import { PySyntaxError } from "../lexer/syntax-error.js";
import { parseModule, dumpAst, formatSyntaxError } from "../parser/index.js";
import { syntaxErrorAsRead, type SourceReading } from "../parser/source-positions.js";
import type { Module } from "../parser/nodes.js";
import { compileModule } from "../compiler/codegen.js";
import { disassemble } from "../compiler/dis.js";
import { CodeCache } from "../compiler/code-cache.js";
import { parseWithPython } from "../compiler/ast-json.js";
import { Interpreter } from "../vm/interpreter.js";
import { CodeRun } from "../vm/coderun.js";
import { syntaxErrorToPy } from "../vm/traceback.js";
import { readStdinLine } from "../vm/stdin.js";
import { type CliOptions, UsageError, helpText, parseCommandLine, usageErrorText, versionText } from "./options.js";
import { bannerText } from "./version.js";
import { installSiteBuiltins } from "./site.js";
import { Console, INTERRUPTED } from "./console.js";
import { History } from "./history.js";
import { makeCompleter } from "./completer.js";
import { runRepl } from "./repl.js";
import { ModuleRunError, findModuleToRun } from "./run-module.js";

/** The program to run: its text, the name tracebacks show, and sys.argv[0]. */
interface Program {
  source: string;
  filename: string;
  argv0: string;
  /** A directory given as the script: its __main__.py runs. */
  directory?: boolean;
}

/** Runs the command line; resolves to the exit status. */
export async function runCli(argv: string[]): Promise<number> {
  let o: CliOptions;
  try {
    o = parseCommandLine(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(usageErrorText(e.message));
    return 2;
  }
  if (o.help) {
    process.stdout.write(helpText(o.help));
    return 0;
  }
  if (o.version) {
    process.stdout.write(versionText(o.version));
    return 0;
  }
  const env = o.ignoreEnvironment ? {} : process.env;
  const inspect = o.inspect || !!env.PYTHONINSPECT;

  if (o.module !== undefined) return runModule(o, env, inspect);

  // which program: -c, a file, stdin — or none (the REPL)
  let program: Program | null = null;
  if (o.command !== undefined) program = { source: o.command + "\n", filename: "<string>", argv0: "-c" };
  else if (o.file !== undefined && o.file !== "-") {
    const loaded = loadScript(o.file);
    if ("error" in loaded) {
      process.stderr.write(`pygil: ${loaded.error}\n`);
      return loaded.status;
    }
    program = loaded;
  } else if (!inspect && !process.stdin.isTTY) {
    // (process.stdin is only touched here: making it loads tty and net)
    program = { source: await readAllStdin(), filename: "<stdin>", argv0: o.file ?? "" };
  }
  if (program !== null && o.skipFirstLine) program.source = program.source.replace(/^[^\n]*\n?/, "");

  if (o.ast || o.dis) {
    if (program === null) {
      process.stderr.write("pygil: --ast and --dis need a program (a file, -c CMD or stdin)\n");
      return 2;
    }
    return showCode(o, program);
  }

  if (program === null) {
    // the REPL on a terminal (stdin is read by the console)
    const session = new Session(o, env, o.file ?? "", true);
    const main = session.mainModule(null, null);
    session.interp.importer.setScriptDir("<stdin>");
    return session.finish(await session.repl(main, env.PYTHONSTARTUP));
  }
  const session = new Session(o, env, program.argv0, inspect);
  // python3 reads a file or stdin through its file reader, -c as a string
  const reading: SourceReading = program.filename === "<string>" ? "text" : "file";
  if (!inspect && !o.safePath && !program.directory) {
    // the ordinary run
    return session.interp.runSource(program.source, program.filename, reading).finally(() => session.close());
  }
  // a directory's __main__.py runs with __package__ '' (as a top-level module of the directory)
  const main = session.mainModule(program.filename === "<string>" ? null : program.filename, program.directory ? "" : null);
  if (!o.safePath) session.interp.importer.setScriptDir(program.filename);
  const err = await session.runInMain(main, program.source, program.filename, reading);
  if (!inspect) return session.finish(err);
  if (err !== undefined) session.report(err);
  return session.finish(await session.repl(main, undefined));
}

/** One interpreter with the command line's settings, and the console once the REPL needs it. */
class Session {
  readonly interp: Interpreter;
  private console: Console | null = null;

  constructor(
    private readonly o: CliOptions,
    private readonly env: NodeJS.ProcessEnv,
    argv0: string,
    interactive: boolean,
    args: string[] = o.args,
  ) {
    const out = (text: string) => (this.console ? this.console.write(text, "out") : process.stdout.write(text));
    const err = (text: string) => (this.console ? this.console.write(text, "err") : process.stderr.write(text));
    this.interp = new Interpreter({
      argv: [argv0, ...args],
      writeStdout: out,
      writeStderr: err,
      readLine: interactive ? () => this.readLine() : undefined,
      virtualTime: o.virtualTime,
      scheduleSeed: o.scheduleSeed,
      path: (env.PYTHONPATH ?? "").split(":").filter((p) => p !== ""),
      parse: o.pyParser || env.PYGIL_PY_PARSER === "1" ? pythonParser : undefined,
      codeCache: codeCacheFor(o),
    });
    if (o.switchInterval !== undefined) this.interp.switchInterval = o.switchInterval;
    // -S: no `site`, so exit/quit/help … stay the interpreter's plain builtins
    if (!o.noSite) installSiteBuiltins(this.interp);
    const sys = this.interp.sysModule.dict;
    const warnings = [...(env.PYTHONWARNINGS ?? "").split(",").filter((w) => w !== ""), ...o.warnOptions];
    sys.setStr("warnoptions", new PyList(warnings));
    const xopts = new PyDict();
    for (const x of o.xOptions) {
      const eq = x.indexOf("=");
      if (eq < 0) xopts.setStr(x, true);
      else xopts.setStr(x.slice(0, eq), x.slice(eq + 1));
    }
    sys.setStr("_xoptions", xopts);
    sys.setStr("orig_argv", new PyList(["pygil", ...process.argv.slice(2)]));
    setFlags(sys, o, env, interactive);
    if (interactive) this.openConsole();
  }

  private openConsole(): void {
    const useHistory = !this.o.isolated && process.stdin.isTTY;
    this.console = new Console({
      completer: makeCompleter(
        () => {
          const m = this.interp.modules.getStr("__main__");
          return m instanceof PyModule ? m.dict : new PyDict();
        },
        () => this.interp.builtins,
      ),
      history: useHistory ? new History(History.defaultPath(this.env)) : null,
    });
  }

  /** input() and sys.stdin.readline() while the console owns stdin. */
  private readLine(): Promise<string | null> {
    const c = this.console;
    if (!c) return readStdinLine();
    // an interrupted read never resolves: KeyboardInterrupt has already woken the reader
    return new Promise((resolve) => {
      c.read("").then((r) => {
        if (r !== INTERRUPTED) resolve(r);
      });
    });
  }

  /** A fresh __main__ (CPython's: no __file__ for -c or the REPL). */
  mainModule(file: string | null, pkg: string | null): PyModule {
    const main = new PyModule("__main__");
    const d = main.dict;
    d.setStr("__doc__", None);
    d.setStr("__package__", pkg ?? None);
    d.setStr("__loader__", None);
    d.setStr("__spec__", None);
    d.setStr("__annotations__", new PyDict());
    d.setStr("__builtins__", this.interp.builtinsModule);
    if (file !== null) d.setStr("__file__", file);
    this.interp.modules.setStr("__main__", main);
    return main;
  }

  /** Runs source in __main__ on the main thread; resolves to its uncaught exception or undefined. */
  async runInMain(main: PyModule, source: string, filename: string, reading: SourceReading): Promise<unknown> {
    const interp = this.interp;
    interp.activate();
    let code;
    try {
      code = interp.compile(source, filename);
    } catch (e) {
      if (e instanceof PySyntaxError) return syntaxErrorToPy(syntaxErrorAsRead(e, source, reading));
      throw e;
    }
    const run = nativeFunction(
      "<main>",
      function* (): NativeGen {
        yield new CallRequest(new CodeRun(code, main.dict, main.dict), [], null);
        return None;
      },
      null,
    );
    return interp.callInMainThread(run, []);
  }

  /** The REPL in `main`; resolves to what ended it (SystemExit) or undefined (EOF). */
  async repl(main: PyModule, startupFile: string | undefined): Promise<unknown> {
    if (!this.console) this.openConsole();
    // the banner opens a session, not the REPL after a program (-i)
    const afterProgram = this.o.command !== undefined || this.o.module !== undefined || (this.o.file !== undefined && this.o.file !== "-");
    return runRepl(this.interp, {
      console: this.console!,
      main,
      banner: this.o.quiet || afterProgram ? "" : bannerText(),
      startupFile,
    });
  }

  /** Prints an uncaught exception as a traceback (with -i, SystemExit too). */
  report(err: unknown): void {
    this.interp.printException(err);
  }

  /** Ends the program: the status from what ended it, then threads joined, atexit run. */
  async finish(err: unknown): Promise<number> {
    const interp = this.interp;
    let status = err === undefined ? 0 : await interp.handleUncaught(err);
    if (interp.deadlocked) status = 1;
    else status = await interp.shutdown(status);
    interp.flushAll();
    this.close();
    return status;
  }

  close(): void {
    this.console?.close();
    this.console = null;
  }
}

/** sys.flags as the command line set them. */
function setFlags(sys: PyDict, o: CliOptions, env: NodeJS.ProcessEnv, interactive: boolean): void {
  const flags = sys.getStr("flags");
  if (!(flags instanceof PyStructSeq)) return;
  const fields = flags.type.attrs.get("_fields");
  if (!(fields instanceof PyTuple)) return;
  const set: Record<string, PyValue> = {
    inspect: interactive && (o.inspect || env.PYTHONINSPECT) ? 1 : 0,
    interactive: o.inspect ? 1 : 0,
    optimize: o.optimize,
    dont_write_bytecode: o.dontWriteCache ? 1 : 0,
    no_user_site: o.noUserSite || o.isolated ? 1 : 0,
    no_site: o.noSite ? 1 : 0,
    ignore_environment: o.ignoreEnvironment ? 1 : 0,
    verbose: o.verbose,
    bytes_warning: o.bytesWarning,
    quiet: o.quiet ? 1 : 0,
    isolated: o.isolated ? 1 : 0,
    safe_path: o.safePath,
  };
  const items = flags.items.map((v, i) => {
    const name = fields.items[i];
    return typeof name === "string" && name in set ? set[name] : v;
  });
  sys.setStr("flags", new PyStructSeq(items, [], flags.type));
}

/** The bundle's build (scripts/build.mjs defines it); unbundled runs (tests) cache nothing. */
declare const __PYGIL_BUILD_ID__: string | undefined;

/** The compiled-code cache, in PYGIL_CACHE_DIR (default ~/.cache/pygil); PYGIL_NO_CACHE=1: none. */
function codeCacheFor(o: CliOptions): CodeCache | undefined {
  if (typeof __PYGIL_BUILD_ID__ === "undefined" || process.env.PYGIL_NO_CACHE === "1") return undefined;
  const root = process.env.PYGIL_CACHE_DIR || join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "pygil");
  // -B stops writes; PYTHONDONTWRITEBYTECODE does not: it keeps .pyc files out of source trees,
  // and this cache lives in the user's cache directory
  return new CodeCache(root, __PYGIL_BUILD_ID__, !o.dontWriteCache);
}

async function runModule(o: CliOptions, env: NodeJS.ProcessEnv, inspect: boolean): Promise<number> {
  const session = new Session(o, env, "-m", inspect);
  const interp = session.interp;
  if (!o.safePath) interp.importer.path.items.unshift(process.cwd());
  const main = session.mainModule(null, null);
  let failure: string | null = null;
  const find = nativeFunction(
    "<find>",
    function* (): NativeGen {
      try {
        const m = yield* findModuleToRun(interp, o.module!);
        const d = main.dict;
        d.setStr("__file__", m.file);
        d.setStr("__package__", m.package);
        const argv = interp.sysModule.dict.getStr("argv");
        if (argv instanceof PyList) argv.items[0] = m.file;
        return new PyTuple([m.source, m.file]);
      } catch (e) {
        if (e instanceof ModuleRunError) {
          failure = e.message;
          return None;
        }
        throw e;
      }
    },
    null,
  );
  let found: PyTuple | null = null;
  const err = await interp.callInMainThread(
    nativeFunction(
      "<run>",
      function* (): NativeGen {
        const r = yield new CallRequest(find, [], null);
        if (r instanceof PyTuple) found = r;
        return None;
      },
      null,
    ),
    [],
  );
  if (err !== undefined) return session.finish(err);
  if (failure !== null || found === null) {
    interp.flushAll();
    process.stderr.write(`pygil: ${failure ?? `No module named ${o.module}`}\n`);
    session.close();
    return 1;
  }
  const [source, file] = (found as PyTuple).items as [string, string];
  // runpy compiles the bytes it read
  const runErr = await session.runInMain(main, source, file, "bytes");
  if (!inspect) return session.finish(runErr);
  if (runErr !== undefined) session.report(runErr);
  return session.finish(await session.repl(main, undefined));
}

/** The script named on the command line, or python3's complaint about it and the status. */
function loadScript(file: string): Program | { error: string; status: number } {
  const abs = isAbsolute(file) ? file : `${process.cwd()}/${file}`;
  let path = abs;
  try {
    if (statSync(abs).isDirectory()) {
      path = join(abs, "__main__.py");
      try {
        statSync(path);
      } catch {
        return { error: `can't find '__main__' module in '${abs}'`, status: 1 };
      }
    }
    return { source: readFileSync(path, "utf8"), filename: path, argv0: file, directory: path !== abs };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const [errno, text] = code === "EACCES" ? [13, "Permission denied"] : code === "EISDIR" ? [21, "Is a directory"] : [2, "No such file or directory"];
    return { error: `can't open file '${abs}': [Errno ${errno}] ${text}`, status: 2 };
  }
}

async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** --ast / --dis */
function showCode(o: CliOptions, program: Program): number {
  const parse = o.pyParser ? pythonParser : parseModule;
  try {
    const tree = parse(program.source, program.filename);
    if (o.ast) process.stdout.write(dumpAst(tree) + "\n");
    else process.stdout.write(disassemble(compileModule(tree, program.filename, program.source)));
    return 0;
  } catch (e) {
    if (e instanceof PySyntaxError) {
      process.stderr.write(formatSyntaxError(e));
      return 1;
    }
    throw e;
  }
}

/** --py-parser: python3's own parser, through a temporary file (development aid). */
function pythonParser(source: string, filename: string): Module {
  if (!filename.startsWith("<")) return parseWithPython(filename);
  const p = join(mkdtempSync("/tmp/pygil-"), "cmd.py");
  writeFileSync(p, source);
  return parseWithPython(p);
}

