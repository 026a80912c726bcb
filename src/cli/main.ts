// The `pygil` command: python3's command line plus pygil's own teaching flags.
import { Command } from "commander";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseModule, dumpAst, formatSyntaxError } from "../parser/index.js";
import { PySyntaxError } from "../lexer/syntax-error.js";

const VERSION = "Python 3.11.7 (pygil 0.1.0)";

function main(argv: string[]): number {
  const program = new Command("pygil")
    .usage("[option] ... [-c cmd | file | -] [arg] ...")
    .option("--ast", "print the file's syntax tree as CPython's ast.dump prints it")
    .option("-V, --version", "print the Python version number and exit")
    .argument("[file]", "program read from script file")
    .argument("[args...]", "arguments passed to program in sys.argv[1:]")
    .allowExcessArguments(true)
    .exitOverride();
  try {
    program.parse(argv, { from: "user" });
  } catch (e) {
    return (e as { exitCode?: number }).exitCode === 0 ? 0 : 2;
  }
  const opts = program.opts<{ ast?: boolean; version?: boolean }>();
  if (opts.version) {
    process.stdout.write("Python 3.11.7\n");
    return 0;
  }
  const [file] = program.processedArgs as [string | undefined];
  if (!file) {
    process.stderr.write(`pygil: no script given (${VERSION})\n`);
    return 2;
  }
  let source: string;
  try {
    source = readFileSync(file, "utf8");
  } catch {
    process.stderr.write(`pygil: can't open file '${file}': [Errno 2] No such file or directory\n`);
    return 2;
  }
  try {
    // CPython 3.9+ reports the main script by its absolute path
    const tree = parseModule(source, resolve(file));
    if (opts.ast) {
      process.stdout.write(dumpAst(tree) + "\n");
      return 0;
    }
    process.stderr.write("pygil: running programs is not implemented yet\n");
    return 1;
  } catch (e) {
    if (e instanceof PySyntaxError) {
      process.stderr.write(formatSyntaxError(e));
      return 1;
    }
    throw e;
  }
}

process.exitCode = main(process.argv.slice(2));
