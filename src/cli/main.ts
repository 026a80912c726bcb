// The `pygil` command: python3's command line plus pygil's own teaching flags.
import { Command } from "commander";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseModule, dumpAst, formatSyntaxError } from "../parser/index.js";
import { PySyntaxError } from "../lexer/syntax-error.js";
import { Interpreter } from "../vm/interpreter.js";
import { compileModule } from "../compiler/codegen.js";
import { disassemble } from "../compiler/dis.js";
import { parseWithPython } from "../compiler/ast-json.js";
import type { Module } from "../parser/nodes.js";

const VERSION = "Python 3.11.7 (pygil 0.1.0)";

interface Opts {
  ast?: boolean;
  dis?: boolean;
  version?: boolean;
  c?: string;
  virtualTime?: boolean;
  scheduleSeed?: string;
  pyParser?: boolean;
}

/** The parser to use: pygil's own, or python3's (--py-parser / PYGIL_PY_PARSER=1, for development). */
function parserFor(opts: Opts): (source: string, filename: string) => Module {
  if (opts.pyParser || process.env.PYGIL_PY_PARSER === "1") {
    return (source, filename) => {
      // python3 reads the file itself; for -c, write nothing and parse the text via stdin-less path
      return parseWithPython(filename === "<string>" ? writeTemp(source) : filename);
    };
  }
  return parseModule;
}

function writeTemp(source: string): string {
  const { mkdtempSync, writeFileSync } = require_fs();
  const dir = mkdtempSync("/tmp/pygil-");
  const p = `${dir}/cmd.py`;
  writeFileSync(p, source);
  return p;
}

import * as fs from "node:fs";
function require_fs() {
  return fs;
}

async function main(argv: string[]): Promise<number> {
  const program = new Command("pygil")
    .usage("[option] ... [-c cmd | file | -] [arg] ...")
    .option("-c <cmd>", "program passed in as string (terminates option list)")
    .option("--ast", "print the file's syntax tree as CPython's ast.dump prints it")
    .option("--dis", "print the file's bytecode and exit")
    .option("--virtual-time", "sleeping jumps the clock instead of waiting")
    .option("--schedule-seed <n>", "deterministic thread switch points")
    .option("--py-parser", "parse with python3's parser (development)")
    .option("-V, --version", "print the Python version number and exit")
    .argument("[file]", "program read from script file")
    .argument("[args...]", "arguments passed to program in sys.argv[1:]")
    .allowExcessArguments(true)
    .passThroughOptions()
    .exitOverride();
  try {
    program.parse(argv, { from: "user" });
  } catch (e) {
    return (e as { exitCode?: number }).exitCode === 0 ? 0 : 2;
  }
  const opts = program.opts<Opts>();
  if (opts.version) {
    process.stdout.write("Python 3.11.7\n");
    return 0;
  }
  const [file, rest] = program.processedArgs as [string | undefined, string[]];
  const parse = parserFor(opts);
  const interpOpts = {
    virtualTime: opts.virtualTime ?? false,
    scheduleSeed: opts.scheduleSeed !== undefined ? Number(opts.scheduleSeed) : undefined,
    parse,
  };
  if (opts.c !== undefined) {
    const args = file !== undefined ? [file, ...(rest ?? [])] : [...(rest ?? [])];
    const interp = new Interpreter({ ...interpOpts, argv: ["-c", ...args] });
    return interp.runSource(opts.c, "<string>");
  }
  if (!file) {
    process.stderr.write(`pygil: no script given (${VERSION})\n`);
    return 2;
  }
  let source: string;
  try {
    source = readFileSync(file, "utf8");
  } catch {
    process.stderr.write(`pygil: can't open file '${resolve(file)}': [Errno 2] No such file or directory\n`);
    return 2;
  }
  // CPython 3.9+ reports the main script by its absolute path
  const path = resolve(file);
  if (opts.ast || opts.dis) {
    try {
      const tree = parse(source, path);
      if (opts.ast) process.stdout.write(dumpAst(tree) + "\n");
      else process.stdout.write(disassemble(compileModule(tree, path, source)));
      return 0;
    } catch (e) {
      if (e instanceof PySyntaxError) {
        process.stderr.write(formatSyntaxError(e));
        return 1;
      }
      throw e;
    }
  }
  const interp = new Interpreter({ ...interpOpts, argv: [file, ...(rest ?? [])] });
  return interp.runSource(source, path);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`pygil: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 70;
  },
);
