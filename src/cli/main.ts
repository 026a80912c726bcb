// The `pygil` command: python3's command line plus pygil's own teaching flags
// (options in ./options.ts, what each form runs in ./run.ts, the REPL in ./repl.ts).
import { runCli } from "./run.js";

/** Ends the process once stdout and stderr have taken everything written to them. */
function exitWhenWritten(code: number): void {
  // threads still alive at the end (daemon threads, a pending input() …) must not keep the
  // process running: as in CPython, the program ends when its main thread does
  process.stdout.write("", () => process.stderr.write("", () => process.exit(code)));
}

runCli(process.argv.slice(2)).then(
  (code) => exitWhenWritten(code),
  (e) => {
    process.stderr.write(`pygil: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 70;
  },
);
