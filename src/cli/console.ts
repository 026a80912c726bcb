// The REPL's terminal: reads lines with editing, history and completion (Node's readline), and
// writes program output so that it never garbles the line being typed — output that arrives
// while a prompt is shown (a background thread printing) is written above the prompt, which is
// then redrawn with the half-typed line intact.
//
// Input reaches readline through a gate that lets one line through per read: text typed or
// pasted while code runs waits for the next prompt (as the terminal's own buffer would hold it
// for CPython), so pasted lines and their output interleave as they do in python3. Ctrl-C is
// seen at once, gate open or not.
//
// Without a terminal (`pygil -i < file`), lines come from stdin as they are, and prompts go to
// stderr, as CPython writes them there.
import { createInterface, clearScreenDown, cursorTo, moveCursor, type Interface } from "node:readline";
import { PassThrough } from "node:stream";
import { History } from "./history.js";

export type Completer = (line: string) => [string[], string];

/** The outcome of a read: a line, null at end of input, or INTERRUPTED (Ctrl-C or cancel). */
export const INTERRUPTED = Symbol("interrupted");
export type ReadResult = string | null | typeof INTERRUPTED;

interface Waiter {
  prompt: string;
  resolve: (r: ReadResult) => void;
}

export interface ConsoleOptions {
  input?: NodeJS.ReadStream;
  output?: NodeJS.WriteStream;
  errors?: NodeJS.WriteStream;
  /** Force terminal handling on or off (default: input and output are TTYs). */
  terminal?: boolean;
  completer?: Completer;
  history?: History | null;
}

export class Console {
  readonly terminal: boolean;
  /** Called when Ctrl-C is pressed (the REPL raises KeyboardInterrupt in the main thread). */
  onInterrupt: () => void = () => {};
  /** Whether a statement typed at the REPL is running: Ctrl-C then interrupts it at once (at a
   *  prompt it drops the line instead). */
  private running = false;
  private readonly input: NodeJS.ReadStream;
  private readonly out: NodeJS.WriteStream;
  private readonly err: NodeJS.WriteStream;
  private rl: Interface | null = null;
  private gate: PassThrough | null = null;
  /** Raw input held back until the next read (terminal mode). */
  private held = "";
  private waiter: Waiter | null = null;
  /** Lines read ahead (non-terminal mode). */
  private readonly queued: string[] = [];
  private ended = false;
  /** Text written since the last newline, while no prompt was shown (input()'s prompt). */
  private partial = "";
  private readonly completer?: Completer;
  private readonly history: History | null;
  private readonly onData = (chunk: Buffer | string) => this.receive(chunk.toString());
  private readonly onEnd = () => this.endOfInput();

  constructor(opts: ConsoleOptions = {}) {
    this.input = opts.input ?? process.stdin;
    this.out = opts.output ?? process.stdout;
    this.err = opts.errors ?? process.stderr;
    this.terminal = opts.terminal ?? (!!this.input.isTTY && !!this.out.isTTY);
    this.completer = opts.completer;
    this.history = opts.history ?? null;
    if (this.terminal) {
      this.input.on("data", this.onData);
      this.input.on("end", this.onEnd);
    } else this.openPlain();
  }

  /** Reads a line showing `prompt`; resolves to the line, null at EOF, or INTERRUPTED. */
  read(prompt: string): Promise<ReadResult> {
    if (this.waiter) this.waiter.resolve(INTERRUPTED);
    return new Promise<ReadResult>((resolve) => {
      this.waiter = { prompt, resolve };
      if (this.terminal) this.startTerminalRead();
      else this.startPlainRead();
    });
  }

  /** The next line already received (pasted or piped) but not yet read, if there is one. */
  peekLine(): string | undefined {
    if (!this.terminal) return this.queued[0];
    const m = /[\r\n]/.exec(this.held);
    return m === null ? undefined : this.held.slice(0, m.index);
  }

  /** The REPL starts or stops running a statement. */
  setRunning(running: boolean): void {
    this.running = running;
    // a Ctrl-C typed ahead interrupts the statement once it runs (not from inside the REPL's
    // own step, where the main thread is between Python instructions)
    if (running && this.held.includes("\x03")) setImmediate(() => this.interruptRunningCode());
  }

  /** Gives up the pending read (the reader was interrupted another way). */
  cancelRead(): void {
    const w = this.waiter;
    if (!w) return;
    this.waiter = null;
    if (this.terminal && this.rl) {
      this.resetLine();
      this.rl.pause();
    }
    w.resolve(INTERRUPTED);
  }

  /** Writes program output (stdout or stderr) without garbling a prompt on the screen. */
  write(text: string, stream: "out" | "err" = "out"): void {
    if (text.length === 0) return;
    const target = stream === "out" ? this.out : this.err;
    const rl = this.rl;
    if (!this.terminal || !this.waiter || !rl) {
      target.write(text);
      const nl = text.lastIndexOf("\n");
      this.partial = nl < 0 ? this.partial + text : text.slice(nl + 1);
      return;
    }
    // a prompt is showing: erase it, write, redraw it below
    this.erasePrompt();
    target.write(text.endsWith("\n") ? text : text + "\n");
    this.rl!.prompt(true);
  }

  close(): void {
    this.input.off("data", this.onData);
    this.input.off("end", this.onEnd);
    if (this.rl) {
      const rl = this.rl;
      this.rl = null;
      rl.close();
    }
    if (this.terminal && this.input.isTTY) this.input.setRawMode(false);
    this.input.pause();
  }

  // --- terminal mode -------------------------------------------------------------------

  private startTerminalRead(): void {
    const w = this.waiter!;
    if (!this.rl) this.openTerminal();
    const rl = this.rl!;
    let prompt = w.prompt;
    if (this.partial) {
      // the cursor sits after text already written (input("name? ")): redraw it as the prompt
      prompt = this.partial + prompt;
      cursorTo(this.out, 0);
      clearScreenDown(this.out);
    }
    this.partial = "";
    rl.setPrompt(prompt);
    (rl as unknown as { prevRows: number }).prevRows = 0;
    rl.prompt();
    this.release();
  }

  private openTerminal(): void {
    const gate = new PassThrough() as PassThrough & { isTTY: boolean; setRawMode: (m: boolean) => void };
    gate.isTTY = true;
    gate.setRawMode = (mode: boolean) => {
      if (this.input.isTTY) this.input.setRawMode(mode);
    };
    this.gate = gate;
    const rl = createInterface({
      input: gate as unknown as NodeJS.ReadableStream,
      output: this.out,
      terminal: true,
      completer: this.completer,
      history: this.history?.lines ?? [],
      historySize: this.history?.size ?? 1000,
      removeHistoryDuplicates: false,
      tabSize: 4,
    });
    this.rl = rl;
    if (this.input.isTTY) this.input.setRawMode(true);
    this.input.resume();
    rl.on("line", (line) => {
      this.history?.add(line);
      this.finish(line);
    });
    rl.on("SIGINT", () => this.interrupt());
    rl.on("close", () => {
      // Ctrl-D on an empty line (or the end of input): EOF for this read; a later read opens
      // a new interface (input() may see EOF and the REPL go on)
      if (this.rl === rl) {
        this.rl = null;
        this.gate = null;
        if (this.input.isTTY) this.input.setRawMode(true);
        this.finish(null);
      }
    });
  }

  /** Raw input arrives; Ctrl-C is acted on at once while code runs, the rest waits for a read. */
  private receive(data: string): void {
    this.held += data;
    this.release();
    this.interruptRunningCode();
  }

  /** Ctrl-C among what is held while code runs (no read pending): interrupt the code now, and
   *  drop what was typed before it, as the terminal driver does (echoing "^C" as it would). */
  private interruptRunningCode(): void {
    if (this.waiter || !this.running) return;
    const ctrlC = this.held.lastIndexOf("\x03");
    if (ctrlC < 0) return;
    this.held = this.held.slice(ctrlC + 1);
    this.out.write("^C");
    this.onInterrupt();
  }

  /** Passes held input to readline up to the end of one line, while a read is pending. */
  private release(): void {
    while (this.waiter && this.gate && this.held.length > 0) {
      const m = /[\r\n\x03\x04]/.exec(this.held);
      const n = m === null ? this.held.length : m.index + 1;
      const piece = this.held.slice(0, n);
      this.held = this.held.slice(n);
      // "\r\n" from a paste is one line end
      if (piece.endsWith("\r") && this.held.startsWith("\n")) this.held = this.held.slice(1);
      this.gate.write(piece);
    }
  }

  private finish(result: ReadResult): void {
    const w = this.waiter;
    this.waiter = null;
    this.rl?.pause();
    if (w) w.resolve(result);
  }

  /** Ctrl-C while reading: end the displayed line, clear the buffer, tell the REPL. */
  private interrupt(): void {
    const rl = this.rl;
    if (rl) {
      this.out.write("\r\n");
      this.resetLine();
    }
    this.onInterrupt();
    // the REPL cancels the read through cancelRead(); if nobody did, end it here
    if (this.waiter) this.finish(INTERRUPTED);
  }

  private resetLine(): void {
    const rl = this.rl as unknown as { line: string; cursor: number; prevRows: number } | null;
    if (!rl) return;
    rl.line = "";
    rl.cursor = 0;
    rl.prevRows = 0;
  }

  private erasePrompt(): void {
    const rl = this.rl as unknown as { prevRows?: number };
    const rows = rl.prevRows ?? 0;
    if (rows > 0) moveCursor(this.out, 0, -rows);
    cursorTo(this.out, 0);
    clearScreenDown(this.out);
    rl.prevRows = 0;
  }

  // --- plain mode (no terminal) --------------------------------------------------------

  private openPlain(): void {
    const rl = createInterface({ input: this.input, terminal: false, crlfDelay: Infinity });
    this.rl = null;
    rl.on("line", (line) => {
      this.queued.push(line);
      this.deliverPlain();
    });
    rl.on("close", () => this.endOfInput());
  }

  private startPlainRead(): void {
    const w = this.waiter!;
    this.err.write(w.prompt);
    this.deliverPlain();
  }

  private deliverPlain(): void {
    if (!this.waiter) return;
    const line = this.queued.shift();
    if (line !== undefined) this.finish(line);
    else if (this.ended) this.finish(null);
  }

  private endOfInput(): void {
    this.ended = true;
    if (this.terminal) {
      if (this.waiter && !this.held) this.finish(null);
    } else this.deliverPlain();
  }
}
