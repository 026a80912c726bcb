// The `pygil` command line: python3's options (with python3's semantics: options stop at the
// script, `-c` and `-m` end the option list) plus pygil's own teaching flags. Commander parses
// the options; a first pass cuts argv where python3 would stop reading options, so that
// everything after the script (or after `-c CMD` / `-m MOD`) belongs to the program.
import { Command, CommanderError } from "commander";
import { PYGIL_VERSION, PYTHON_VERSION } from "./version.js";

/** What the command line asks for. */
export interface CliOptions {
  /** `-c CMD` */
  command?: string;
  /** `-m MOD` */
  module?: string;
  /** The script path, `-` for stdin, or undefined (stdin: the REPL on a terminal). */
  file?: string;
  /** sys.argv[1:] */
  args: string[];
  inspect: boolean;
  quiet: boolean;
  unbuffered: boolean;
  ignoreEnvironment: boolean;
  isolated: boolean;
  safePath: boolean;
  dontWriteCache: boolean;
  noUserSite: boolean;
  noSite: boolean;
  skipFirstLine: boolean;
  optimize: number;
  verbose: number;
  bytesWarning: number;
  warnOptions: string[];
  xOptions: string[];
  /** -V: 1, -VV: 2 */
  version: number;
  help: "" | "help" | "env" | "xoptions" | "all";
  // pygil's own
  ast: boolean;
  dis: boolean;
  virtualTime: boolean;
  scheduleSeed?: number;
  switchInterval?: number;
  pyParser: boolean;
}

/** A bad command line: python3 prints the message, the usage line and a hint, and exits 2. */
export class UsageError extends Error {}

/** Short options that take an argument; `c` and `m` also end the option list. */
const SHORT_WITH_ARG = new Set(["c", "m", "W", "X"]);
/** Long options that take an argument (unless given as --opt=value). */
const LONG_WITH_ARG = new Set(["--check-hash-based-pycs", "--schedule-seed", "--switch-interval"]);

/**
 * Splits argv where python3 stops reading options: at the first argument that is not an option
 * (the script, or `-`), after `--`, and right after the argument of `-c` or `-m`.
 */
export function splitArgv(argv: string[]): { options: string[]; rest: string[] } {
  let i = 0;
  while (i < argv.length) {
    const a = argv[i];
    if (a === "--") return { options: argv.slice(0, i), rest: argv.slice(i + 1) };
    if (a === "-" || !a.startsWith("-")) break;
    if (a.startsWith("--")) {
      i += LONG_WITH_ARG.has(a) ? 2 : 1;
      continue;
    }
    let ends = false;
    for (let j = 1; j < a.length; j++) {
      const ch = a[j];
      if (!SHORT_WITH_ARG.has(ch)) continue;
      if (j === a.length - 1) i++; // the argument is the next word
      ends = ch === "c" || ch === "m";
      break;
    }
    i++;
    if (ends) break;
  }
  return { options: argv.slice(0, Math.min(i, argv.length)), rest: argv.slice(i) };
}

const collect = (v: string, prev: string[]) => [...prev, v];

function makeCommand(): Command {
  return new Command("pygil")
    .helpOption(false)
    .exitOverride()
    .configureOutput({ writeErr: () => {}, writeOut: () => {} })
    .option("-b", "bytes warnings")
    .option("-B", "don't write the compiled-code cache")
    .option("-c <cmd>", "program passed in as string")
    .option("-d", "parser debugging")
    .option("-E", "ignore PYTHON* environment variables")
    .option("-h, --help", "print this help message and exit")
    .option("-i", "inspect interactively after running script")
    .option("-I", "isolate from the user's environment")
    .option("-m <mod>", "run library module as a script")
    .option("-O", "optimize")
    .option("-P", "don't prepend a potentially unsafe path to sys.path")
    .option("-q", "quiet start-up")
    .option("-R", "hash randomization")
    .option("-s", "no user site directory")
    .option("-S", "no site")
    .option("-u", "unbuffered")
    .option("-v", "verbose")
    .option("-V, --version", "print the version and exit")
    .option("-W <arg>", "warning control", collect, [])
    .option("-x", "skip first line of source")
    .option("-X <opt>", "implementation-specific option", collect, [])
    .option("--check-hash-based-pycs <mode>", "accepted, no effect")
    .option("--help-env", "environment variables")
    .option("--help-xoptions", "-X options")
    .option("--help-all", "complete help")
    .option("--ast", "print the syntax tree")
    .option("--dis", "print the bytecode")
    .option("--virtual-time", "sleeping jumps the clock")
    .option("--schedule-seed <n>", "deterministic thread switch points")
    .option("--switch-interval <s>", "thread switch interval in seconds")
    .option("--py-parser", "parse with python3's parser (development)");
}

/** Parses pygil's argv (without node and the script path); throws UsageError. */
export function parseCommandLine(argv: string[]): CliOptions {
  const { options, rest } = splitArgv(argv.map((a) => (a === "-?" ? "-h" : a)));
  const cmd = makeCommand();
  // repeated flags count (-VV, -OO, -vv, -bb)
  const counts: Record<string, number> = {};
  for (const name of ["version", "O", "v", "b"]) cmd.on(`option:${name}`, () => (counts[name] = (counts[name] ?? 0) + 1));
  try {
    cmd.parse(options, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) throw new UsageError(pythonMessage(e));
    throw e;
  }
  const o = cmd.opts();
  const result: CliOptions = {
    command: o.c,
    module: o.m,
    args: [],
    inspect: !!o.i,
    quiet: !!o.q,
    unbuffered: !!o.u,
    ignoreEnvironment: !!o.E || !!o.I,
    isolated: !!o.I,
    safePath: !!o.P || !!o.I,
    dontWriteCache: !!o.B,
    noUserSite: !!o.s,
    noSite: !!o.S,
    skipFirstLine: !!o.x,
    optimize: counts.O ?? 0,
    verbose: counts.v ?? 0,
    bytesWarning: counts.b ?? 0,
    warnOptions: o.W,
    xOptions: o.X,
    version: counts.version ?? 0,
    help: o.helpAll ? "all" : o.help ? "help" : o.helpEnv ? "env" : o.helpXoptions ? "xoptions" : "",
    ast: !!o.ast,
    dis: !!o.dis,
    virtualTime: !!o.virtualTime,
    pyParser: !!o.pyParser,
  };
  if (o.scheduleSeed !== undefined) {
    const n = Number(o.scheduleSeed);
    if (!Number.isInteger(n)) throw new UsageError(`--schedule-seed expects an integer, got '${o.scheduleSeed}'`);
    result.scheduleSeed = n;
  }
  if (o.switchInterval !== undefined) {
    const s = Number(o.switchInterval);
    if (!(s > 0)) throw new UsageError(`--switch-interval expects a positive number of seconds, got '${o.switchInterval}'`);
    result.switchInterval = s;
  }
  if (result.command === undefined && result.module === undefined && rest.length > 0) {
    result.file = rest[0];
    result.args = rest.slice(1);
  } else result.args = rest;
  return result;
}

/** python3's wording for a command-line mistake. */
function pythonMessage(e: CommanderError): string {
  const name = /'(-[^' ]*)/.exec(e.message)?.[1] ?? "";
  if (e.code === "commander.unknownOption") return name.startsWith("--") ? `unknown option ${name}` : `Unknown option: ${name}`;
  if (e.code === "commander.optionMissingArgument") return `Argument expected for the ${name} option`;
  return e.message.replace(/^error: /, "");
}

export const USAGE = "usage: pygil [option] ... [-c cmd | -m mod | file | -] [arg] ...";

/** What python3 prints (on stderr) for a bad command line, before exiting with status 2. */
export function usageErrorText(message: string): string {
  return `${message}\n${USAGE}\nTry \`pygil -h' for more information.\n`;
}

const HELP = `${USAGE}
Options (and corresponding environment variables):
-b     : accepted for compatibility (bytes warnings are not issued)
-B     : don't write the compiled-code cache (~/.cache/pygil, see --help-env)
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x
-I     : isolate pygil from the user's environment (implies -E, -P and -s)
-m mod : run library module as a script (terminates option list)
-O     : accepted for compatibility (asserts are kept)
-P     : don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH
-q     : don't print version and copyright messages on interactive startup
-s     : accepted for compatibility (there is no user site directory)
-S     : don't set up what python3's site module adds (exit, quit and help objects)
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x
-v     : accepted for compatibility
-V     : print the Python version number and exit (also --version)
         when given twice, print more information about the build
-W arg : warning control (kept in sys.warnoptions); also PYTHONWARNINGS=arg
-x     : skip first line of source, allowing use of non-Unix forms of #!cmd
-X opt : set implementation-specific option (kept in sys._xoptions)
-d, -R, --check-hash-based-pycs mode: accepted for compatibility
--help-env      : print help about environment variables and exit
--help-xoptions : print help about implementation-specific -X options and exit
--help-all      : print complete help information and exit
pygil's own options:
--ast               : print the program's syntax tree as CPython's ast.dump does
--dis               : print the program's bytecode (as the dis module lists it)
--virtual-time      : when every thread sleeps, the clock jumps to the next wake-up
                      (programs full of sleeps finish at once, in the same order)
--schedule-seed N   : thread switches at seeded, reproducible points: a race
                      replays the same way on every run
--switch-interval S : the thread switch interval in seconds (sys.setswitchinterval)
Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
`;

const HELP_ENV = `Environment variables that change behavior:
PYTHONSTARTUP: file executed on interactive startup (no default)
PYTHONPATH   : ':'-separated list of directories prefixed to the
               default module search path.  The result is sys.path.
PYTHONINSPECT: if this variable is set, it is equivalent to the -i option
PYTHONUNBUFFERED: if this variable is set, it is equivalent to the -u option
PYTHONSAFEPATH: if this variable is set, it is equivalent to the -P option
PYTHONWARNINGS: comma-separated warning options, as -W
PYGIL_HISTORY: the REPL's history file (default ~/.pygil_history)
PYGIL_CACHE_DIR: where compiled code is cached (default ~/.cache/pygil);
               PYGIL_NO_CACHE=1 turns the cache off
`;

const HELP_XOPTIONS = `The following implementation-specific options are available:
-X opt: kept in sys._xoptions for programs that read it; pygil itself has no -X options
`;

export function helpText(which: CliOptions["help"]): string {
  if (which === "env") return HELP_ENV;
  if (which === "xoptions") return HELP_XOPTIONS;
  if (which === "all") return `${HELP}\n${HELP_ENV}\n${HELP_XOPTIONS}`;
  return HELP;
}

export function versionText(level: number): string {
  if (level >= 2) return `Python ${PYTHON_VERSION} (pygil ${PYGIL_VERSION}) [Node ${process.version}]\n`;
  return `Python ${PYTHON_VERSION}\n`;
}
