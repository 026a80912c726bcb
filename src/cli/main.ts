// The `pygil` command: python3's command line plus pygil's own teaching flags
// (options in ./options.ts, what each form runs in ./run.ts, the REPL in ./repl.ts).
import { runCli } from "./run.js";

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`pygil: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 70;
  },
);
