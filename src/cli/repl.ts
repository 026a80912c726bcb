// The interactive loop (`pygil` on a terminal, `pygil -i`). It runs as a native on the main
// thread, so the scheduler keeps running other threads while it waits at the prompt: a wait for
// a line is an outside event, like input() — never a deadlock, never a busy loop. Each statement
// is compiled in 'single' mode (expression results go through sys.displayhook, which prints the
// repr and keeps the value in builtins._) and run in __main__; an exception prints its
// traceback through sys.excepthook and the loop goes on. SystemExit (exit(), quit()) and EOF
// (Ctrl-D) end it.
import { readFileSync } from "node:fs";
import type { PyValue } from "../objects/object.js";
import { PyModule } from "../objects/module.js";
import { None } from "../objects/singletons.js";
import { CallRequest, SuspendRequest, type NativeGen } from "../objects/native.js";
import { nativeFunction } from "../objects/function.js";
import { callGen } from "../objects/call.js";
import { strGen } from "../objects/stringify.js";
import { Exc, PyBaseException, isExc, newException } from "../objects/exceptions.js";
import { PySyntaxError } from "../lexer/syntax-error.js";
import { parseModule } from "../parser/index.js";
import type { Module } from "../parser/nodes.js";
import { compileModule } from "../compiler/codegen.js";
import type { CodeObject } from "../compiler/code.js";
import { CodeRun } from "../vm/coderun.js";
import { syntaxErrorToPy } from "../vm/traceback.js";
import type { Interpreter } from "../vm/interpreter.js";
import { Console, INTERRUPTED } from "./console.js";
import { StatementReader } from "./interactive-source.js";

const FILENAME = "<stdin>";

export interface ReplOptions {
  console: Console;
  /** The __main__ module the statements run in. */
  main: PyModule;
  /** Text written (to stderr) before the first prompt: the banner, or "" with -q. */
  banner: string;
  /** PYTHONSTARTUP: a file run in __main__ before the first prompt. */
  startupFile?: string;
}

/**
 * Runs the REPL on the main thread until exit()/EOF; resolves to the uncaught exception that
 * ended it (SystemExit) or undefined.
 */
export async function runRepl(interp: Interpreter, opts: ReplOptions): Promise<unknown> {
  const sys = interp.sysModule.dict;
  if (sys.getStr("ps1") === undefined) sys.setStr("ps1", ">>> ");
  if (sys.getStr("ps2") === undefined) sys.setStr("ps2", "... ");
  // the terminal is raw while the REPL runs: Ctrl-C comes as a key, not as SIGINT
  opts.console.onInterrupt = () => void interp.scheduler.interruptMain();
  const loop = nativeFunction(
    "<repl>",
    function* (): NativeGen {
      return yield* replLoop(interp, opts);
    },
    null,
  );
  try {
    return await interp.callInMainThread(loop, []);
  } finally {
    opts.console.onInterrupt = () => {};
  }
}

function* replLoop(interp: Interpreter, opts: ReplOptions): NativeGen {
  const { console: term, main } = opts;
  const parse = (source: string): Module => (interp.options.parse ?? parseModule)(source, FILENAME);
  const reader = new StatementReader(parse);
  if (opts.banner) {
    interp.stderr.write(opts.banner);
    interp.flushAll();
  }
  if (opts.startupFile) yield* runStartupFile(interp, main, opts.startupFile);
  for (;;) {
    const sys = interp.sysModule.dict;
    const prompt = yield* strGen(sys.getStr(reader.pending ? "ps2" : "ps1") ?? "");
    interp.flushAll();
    let line: PyValue;
    try {
      line = yield readRequest(term, prompt);
    } catch (e) {
      if (!isExc(e, Exc.KeyboardInterrupt)) throw e;
      // Ctrl-C at the prompt: the line is dropped
      reader.reset();
      interp.stderr.write(term.terminal ? "KeyboardInterrupt\n" : "\nKeyboardInterrupt\n");
      interp.flushAll();
      continue;
    }
    if (line === None) {
      // EOF ends the prompt's line (on the prompt's stream: stderr without a terminal)
      (term.terminal ? interp.stdout : interp.stderr).write("\n");
      interp.flushAll();
      return None;
    }
    let steps;
    try {
      steps = reader.push(line as string, term.peekLine());
    } catch (e) {
      yield* showException(interp, e);
      continue;
    }
    for (const step of steps) {
      if (step.kind === "error") {
        yield* showException(interp, syntaxErrorToPy(step.error));
        continue;
      }
      let code: CodeObject;
      try {
        code = compileModule(step.tree, FILENAME, step.source, { mode: "single" });
      } catch (e) {
        yield* showException(interp, e instanceof PySyntaxError ? syntaxErrorToPy(e) : e);
        continue;
      }
      term.setRunning(true);
      try {
        yield new CallRequest(new CodeRun(code, main.dict, main.dict), [], null);
      } catch (e) {
        if (isExc(e, Exc.SystemExit)) throw e;
        yield* showException(interp, e);
      } finally {
        term.setRunning(false);
      }
      interp.flushAll();
    }
  }
}

/** Blocks the main thread until the console has a line (an outside event: other threads run). */
function readRequest(term: Console, prompt: string): SuspendRequest {
  return new SuspendRequest(
    "input",
    Infinity,
    (waker) => {
      let active = true;
      term.read(prompt).then((r) => {
        if (!active) return;
        active = false;
        if (r === INTERRUPTED) waker.fail(newException(Exc.KeyboardInterrupt));
        else waker.wake(r === null ? None : r);
      });
      return () => {
        if (!active) return;
        active = false;
        term.cancelRead();
      };
    },
    null,
    true,
  );
}

/** Reports an exception as the REPL does: sys.last_* set, then sys.excepthook. */
function* showException(interp: Interpreter, err: unknown): NativeGen<void> {
  const exc = err instanceof PyBaseException ? err : newException(Exc.SystemError, `internal error: ${String(err)}`);
  const sys = interp.sysModule.dict;
  const tb: PyValue = exc.traceback ?? None;
  sys.setStr("last_type", exc.type);
  sys.setStr("last_value", exc);
  sys.setStr("last_traceback", tb);
  const hook = sys.getStr("excepthook");
  interp.stdout.flush();
  try {
    if (hook === undefined) throw newException(Exc.RuntimeError, "lost sys.excepthook");
    yield* callGen(hook, [exc.type, exc, tb]);
  } catch (e2) {
    interp.stderr.write("Error in sys.excepthook:\n");
    interp.printException(e2);
    interp.stderr.write("\nOriginal exception was:\n");
    interp.printException(exc);
  }
  interp.flushAll();
}

function* runStartupFile(interp: Interpreter, main: PyModule, path: string): NativeGen<void> {
  let source: string;
  try {
    source = readFileSync(path, "utf8");
  } catch {
    return;
  }
  try {
    const code = interp.compile(source, path);
    yield new CallRequest(new CodeRun(code, main.dict, main.dict), [], null);
  } catch (e) {
    if (isExc(e, Exc.SystemExit)) throw e;
    yield* showException(interp, e instanceof PySyntaxError ? syntaxErrorToPy(e) : e);
  }
}
