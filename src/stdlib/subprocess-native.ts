// _pygil_subprocess: child processes on Node's child_process for subprocess.py. Every wait
// (for the process to start, for pipe data, for the exit) parks only the calling green thread
// (docs/io.md); the child's pipes are read into buffers as data arrives.
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import os from "node:os";
import type { PyValue } from "../objects/object.js";
import { None } from "../objects/singletons.js";
import { PyBytes } from "../objects/bytes.js";
import { PyDict } from "../objects/dict.js";
import { PyList } from "../objects/list.js";
import { PyFloat } from "../objects/float.js";
import { nativeFunction } from "../objects/function.js";
import { SuspendRequest, type NativeFn, type NativeGen, type Waker } from "../objects/native.js";
import { pyValueError } from "../objects/exceptions.js";
import { defineNativeModule } from "../vm/native-modules.js";
import { interp } from "../vm/interpreter.js";
import { awaitIO, osErrorFrom } from "./io/host.js";

/** Output of one child pipe (or of stdout and stderr merged), as it arrives. */
class Incoming {
  chunks: Buffer[] = [];
  open = 0;
  waiters: Waker[] = [];

  push(b: Buffer): void {
    this.chunks.push(b);
    this.notify();
  }
  end(): void {
    this.open--;
    this.notify();
  }
  notify(): void {
    const w = this.waiters.splice(0);
    for (const x of w) x.wake(None);
  }
  get ended(): boolean {
    return this.open <= 0;
  }
  take(n: number): Buffer {
    const all = Buffer.concat(this.chunks);
    const cut = n < 0 ? all.length : Math.min(n, all.length);
    this.chunks = cut < all.length ? [all.subarray(cut)] : [];
    return all.subarray(0, cut);
  }
  get size(): number {
    let s = 0;
    for (const c of this.chunks) s += c.length;
    return s;
  }
}

interface Child {
  proc: ChildProcess;
  returncode: number | null;
  exitWaiters: Waker[];
  out: Incoming | null;
  err: Incoming | null;
}

const children = new Map<number, Child>();
let nextHandle = 1;

function child(h: PyValue): Child {
  const c = children.get(h as number);
  if (!c) throw pyValueError("invalid child process handle");
  return c;
}

function bytesOf(v: PyValue): Buffer {
  return Buffer.from((v as PyBytes).bytes);
}

/** One stdio slot: 'inherit', 'pipe', 'ignore' or a file descriptor. */
function stdioSlot(v: PyValue): "inherit" | "pipe" | "ignore" | number {
  if (typeof v === "number") return v;
  const s = v as string;
  return s === "pipe" ? "pipe" : s === "devnull" ? "ignore" : "inherit";
}

function* waitOn(register: (w: Waker) => void, deadline = Infinity, reason = "io"): NativeGen {
  return yield new SuspendRequest(
    reason,
    deadline,
    (w) => {
      register(w);
    },
    () => None,
    true,
  );
}

defineNativeModule("_pygil_subprocess", (m) => {
  const d = m.dict;
  const def = (name: string, fn: NativeFn) => d.setStr(name, nativeFunction(name, fn, "_pygil_subprocess"));

  // start(argv, executable, cwd, env, stdin, stdout, stderr) -> (handle, pid); stderr 'stdout'
  // merges it into stdout's pipe
  def("start", function* (args): NativeGen {
    const argv = (args[0] as PyList).items.map((x) => x as string);
    const executable = args[1] === None ? argv[0] : (args[1] as string);
    const cwd = args[2] === None ? undefined : (args[2] as string);
    const env: Record<string, string> = {};
    for (const [k, v] of (args[3] as PyDict).entries()) env[k as string] = v as string;
    const mergeErr = args[6] === "stdout";
    const stdio: StdioOptions = [stdioSlot(args[4]), stdioSlot(args[5]), mergeErr ? "pipe" : stdioSlot(args[6])];
    interp().flushAll();
    const proc = spawn(executable, argv.slice(1), { argv0: argv[0], cwd, env, stdio });
    const c: Child = { proc, returncode: null, exitWaiters: [], out: null, err: null };
    const outPipe = proc.stdout;
    const errPipe = proc.stderr;
    if (outPipe) {
      c.out = new Incoming();
      c.out.open++;
      outPipe.on("data", (b: Buffer) => c.out!.push(b));
      outPipe.on("close", () => c.out!.end());
    }
    if (errPipe) {
      const target = mergeErr && c.out ? c.out : (c.err = new Incoming());
      target.open++;
      errPipe.on("data", (b: Buffer) => target.push(b));
      errPipe.on("close", () => target.end());
    }
    proc.stdin?.on("error", () => {
      /* a child that exits before reading its input: write() reports EPIPE */
    });
    proc.on("exit", (code, signal) => {
      c.returncode = code ?? -(signal ? os.constants.signals[signal] : 1);
      const w = c.exitWaiters.splice(0);
      for (const x of w) x.wake(None);
    });
    // wait until the program runs, or its start fails (ENOENT, EACCES …)
    const failure = yield* awaitIO(
      () =>
        new Promise<unknown>((resolve) => {
          proc.once("spawn", () => resolve(null));
          proc.once("error", (e) => resolve(e));
        }),
    );
    if (failure) throw osErrorFrom(failure, executable);
    const handle = nextHandle++;
    children.set(handle, c);
    return new PyList([handle, proc.pid ?? 0]);
  });

  // read(handle, 'out'|'err', n): up to n bytes (n < 0: all until EOF); b'' at EOF
  def("read", function* (args): NativeGen {
    const c = child(args[0]);
    const inc = args[1] === "err" ? c.err : c.out;
    const n = args[2] as number;
    if (!inc) return new PyBytes(new Uint8Array());
    for (;;) {
      if (n < 0 ? inc.ended : inc.size > 0 || inc.ended) {
        return new PyBytes(new Uint8Array(inc.take(n)));
      }
      yield* waitOn((w) => inc.waiters.push(w));
    }
  });

  def("write", function* (args): NativeGen {
    const c = child(args[0]);
    const stdin = c.proc.stdin;
    if (!stdin) return 0;
    const data = bytesOf(args[1]);
    yield* awaitIO(
      () =>
        new Promise<void>((resolve, reject) => {
          stdin.write(data, (e) => (e ? reject(e) : resolve()));
        }),
    );
    return data.length;
  });

  def("close_stdin", (args) => {
    const c = child(args[0]);
    c.proc.stdin?.end();
    return None;
  });

  // wait(handle, timeout): the return code, or None when the timeout (seconds, < 0: none) passes
  def("wait", function* (args): NativeGen {
    const c = child(args[0]);
    const t = args[1] instanceof PyFloat ? args[1].value : (args[1] as number);
    if (c.returncode === null) {
      const deadline = t < 0 ? Infinity : interp().clock.now() + t * 1000;
      yield* waitOn((w) => c.exitWaiters.push(w), deadline, "subprocess");
    }
    if (c.returncode === null) return None;
    // the pipes finish delivering after the exit event: wait for them too
    for (const inc of [c.out, c.err]) {
      while (inc && !inc.ended) yield* waitOn((w) => inc.waiters.push(w));
    }
    return c.returncode;
  });

  def("poll", (args) => {
    const rc = child(args[0]).returncode;
    return rc === null ? None : rc;
  });

  def("send_signal", (args) => {
    const c = child(args[0]);
    if (c.returncode === null) c.proc.kill(args[1] as number);
    return None;
  });

  // the command that starts this interpreter again: sys.executable is Node itself, so the
  // CLI script (and Node's own options) must follow it
  def("interpreter_command", () => {
    const script = process.argv[1];
    return new PyList(script ? [process.execPath, ...process.execArgv, script] : [process.execPath]);
  });

  def("release", (args) => {
    children.delete(args[0] as number);
    return None;
  });
});
