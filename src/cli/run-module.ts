// `pygil -m MODULE`: finds MODULE on sys.path the way import does (importing its parent
// packages first), and runs its source as __main__ — a package runs its __main__ submodule.
// Errors read as python3's ("No module named x", "… is a package and cannot be directly
// executed", "Error while finding module specification for …").
import { readFileSync } from "node:fs";
import { PyModule } from "../objects/module.js";
import { Exc, PyBaseException, isExc } from "../objects/exceptions.js";
import type { NativeGen } from "../objects/native.js";
import { strFast } from "../objects/stringify.js";
import { findModule } from "../vm/imports.js";
import { nativeModuleBuilder } from "../vm/native-modules.js";
import type { Interpreter } from "../vm/interpreter.js";

/** A module found for -m: its file and the package its relative imports resolve against. */
export interface ModuleToRun {
  name: string;
  file: string;
  source: string;
  package: string;
}

/** Why -m can't run the module: printed as "pygil: MESSAGE", status 1. */
export class ModuleRunError extends Error {}

/**
 * Locates `name` for running (imports its parent packages: their __init__ runs, as in CPython).
 * Runs on the main thread (a native generator): imports may run Python code.
 */
export function* findModuleToRun(interp: Interpreter, name: string, mainOfPackage = false): NativeGen<ModuleToRun> {
  if (name === "" || name.startsWith(".")) throw new ModuleRunError("Relative module names not supported");
  const dot = name.lastIndexOf(".");
  let searchPath: string[];
  const parent = dot >= 0 ? name.slice(0, dot) : "";
  if (dot >= 0) {
    let pkg;
    try {
      pkg = yield* interp.importer.importModuleGen(parent);
    } catch (e) {
      if (isExc(e, Exc.ImportError)) {
        throw new ModuleRunError(`Error while finding module specification for '${name}' (${describe(e)})`);
      }
      throw e;
    }
    const p = pkg instanceof PyModule ? pkg.dict.getStr("__path__") : undefined;
    if (p === undefined) {
      throw new ModuleRunError(
        `Error while finding module specification for '${name}' (ModuleNotFoundError: __path__ attribute not found on '${parent}' while trying to find '${name}')`,
      );
    }
    searchPath = pathEntries(p);
  } else searchPath = pathEntries(interp.importer.path);
  const found = findModule(searchPath, name.slice(dot + 1));
  if (found === null) {
    if (nativeModuleBuilder(name)) throw new ModuleRunError(`No code object available for ${name}`);
    if (mainOfPackage) {
      const pkgName = name.slice(0, -".__main__".length);
      throw new ModuleRunError(`No module named ${name}; '${pkgName}' is a package and cannot be directly executed`);
    }
    throw new ModuleRunError(`No module named ${name}`);
  }
  if (found.isPackage) {
    if (mainOfPackage) throw new ModuleRunError(`Cannot use package as __main__ module`);
    // the package itself is imported, then its __main__ runs
    try {
      yield* interp.importer.importModuleGen(name);
    } catch (e) {
      if (isExc(e, Exc.ImportError)) {
        throw new ModuleRunError(`Error while finding module specification for '${name}.__main__' (${describe(e)})`);
      }
      throw e;
    }
    return yield* findModuleToRun(interp, `${name}.__main__`, true);
  }
  let source: string;
  try {
    source = readFileSync(found.file, "utf8");
  } catch (e) {
    throw new ModuleRunError(`Error while finding module specification for '${name}' (${String(e)})`);
  }
  return { name, file: found.file, source, package: parent };
}

function pathEntries(list: unknown): string[] {
  const items = (list as { items?: unknown[] }).items ?? [];
  return items.filter((p): p is string => typeof p === "string");
}

function describe(e: PyBaseException): string {
  const msg = e.args.items.length > 0 ? (strFast(e.args.items[0]) ?? "") : "";
  return `${e.type.name}: ${msg}`;
}
