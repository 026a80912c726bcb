// The import system: sys.modules, native (TypeScript) modules, .py modules and packages found on
// sys.path (the script's directory first, the shipped stdlib last), relative imports.
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { PyValue } from "../objects/object.js";
import { PyModule } from "../objects/module.js";
import { PyDict } from "../objects/dict.js";
import { PyList } from "../objects/list.js";
import { PyTuple } from "../objects/tuple.js";
import { None } from "../objects/singletons.js";
import { CallRequest, type NativeGen } from "../objects/native.js";
import { getAttrOptGen, setAttrGen } from "../objects/attr.js";
import { toArrayGen } from "../objects/iter.js";
import { callGen } from "../objects/call.js";
import { strValue } from "../objects/str.js";
import { Exc, isExc, newException, pyImportError, pyModuleNotFoundError, pyTypeError, pyValueError, setExcAttr } from "../objects/exceptions.js";
import { PySyntaxError } from "../lexer/syntax-error.js";
import { nativeModuleBuilder } from "./native-modules.js";
import { CodeRun } from "./coderun.js";
import { syntaxErrorToPy } from "./traceback.js";
import { syntaxErrorAsRead } from "../parser/source-positions.js";
import type { Interpreter } from "./interpreter.js";

/** The directory of Python modules shipped with pygil (src/stdlib), wherever we run from. */
export function stdlibDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const cand of [join(here, "../src/stdlib"), join(here, "../stdlib"), join(here, "../../src/stdlib")]) {
    if (existsSync(cand)) return resolve(cand);
  }
  return resolve(join(here, "../stdlib"));
}

export class Importer {
  readonly path: PyList;

  /** Set by importlib.machinery: called with each new module before it runs, to give it
   * __spec__ and __loader__ (they stay None while importlib was never imported). */
  moduleSpecHook: PyValue | null = null;
  /** Set by importlib: called as hook(fullname, parent __path__ or None) before the built-in
   * lookup; runs the finders on sys.meta_path and returns the module, or None to go on. */
  metaPathHook: PyValue | null = null;

  constructor(private readonly interp: Interpreter) {
    this.path = new PyList([...(interp.options.path ?? []), stdlibDir()]);
    interp.sysModule.dict.setStr("path", this.path);
  }

  /** sys.path[0]: the script's directory. */
  setScriptDir(filename: string): void {
    const dir = filename.startsWith("<") ? "" : resolve(dirname(filename));
    this.path.items.unshift(dir);
  }

  private get modules(): PyDict {
    const m = this.interp.sysModule.dict.getStr("modules");
    return m instanceof PyDict ? m : this.interp.modules;
  }

  /** IMPORT_NAME / __import__(name, globals, locals, fromlist, level). */
  *importNameGen(name: string, globals: PyDict | null, fromlist: PyValue, level: number): NativeGen {
    if (level < 0) throw pyValueError("level must be >= 0");
    let absName = name;
    if (level > 0) {
      const pkg = this.packageOf(globals);
      if (!pkg) throw pyImportError("attempted relative import with no known parent package");
      const parts = pkg.split(".");
      if (level - 1 > parts.length - 1 && !(level === 1)) throw pyImportError("attempted relative import beyond top-level package");
      if (level - 1 >= parts.length) throw pyImportError("attempted relative import beyond top-level package");
      const base = parts.slice(0, parts.length - (level - 1)).join(".");
      absName = name ? `${base}.${name}` : base;
    } else if (name === "") throw pyValueError("Empty module name");
    const mod = yield* this.importModuleGen(absName);
    const from = fromlist === None ? [] : yield* toArrayGen(fromlist);
    if (from.length === 0) {
      if (level > 0 && name === "") return mod;
      const top = name.split(".")[0];
      if (level === 0) return this.modules.getStr(top) ?? mod;
      // relative `import .a.b` isn't valid syntax; keep the leaf
      return mod;
    }
    // from pkg import submodule
    if (mod instanceof PyModule && mod.dict.getStr("__path__") !== undefined) {
      for (const f of from) {
        const fs = strValue(f);
        if (fs === undefined) throw pyTypeError(`Item in ${absName}.__all__ must be str, not ${typeof f}`);
        if (fs === "*") {
          const all = mod.dict.getStr("__all__");
          if (all !== undefined) {
            for (const a of yield* toArrayGen(all)) {
              const as = strValue(a);
              if (as !== undefined && mod.dict.getStr(as) === undefined) yield* this.tryImportSub(absName, as);
            }
          }
          continue;
        }
        if (mod.dict.getStr(fs) === undefined) yield* this.tryImportSub(absName, fs);
      }
    }
    return mod;
  }

  private *tryImportSub(pkg: string, name: string): NativeGen<void> {
    try {
      yield* this.importModuleGen(`${pkg}.${name}`);
    } catch (e) {
      if (isExc(e, Exc.ModuleNotFoundError) && e.dict?.getStr("name") === `${pkg}.${name}`) return;
      throw e;
    }
  }

  /** The package a module's relative imports resolve against. */
  private packageOf(globals: PyDict | null): string | null {
    if (!globals) return null;
    const pkg = globals.getStr("__package__");
    if (typeof pkg === "string") return pkg || null;
    const name = globals.getStr("__name__");
    if (typeof name !== "string") return null;
    if (globals.getStr("__path__") !== undefined) return name;
    const i = name.lastIndexOf(".");
    return i < 0 ? null : name.slice(0, i);
  }

  /** Imports a module by absolute dotted name (parents first); returns the module itself. */
  *importModuleGen(fullname: string): NativeGen {
    const modules = this.modules;
    const existing = modules.getStr(fullname);
    if (existing !== undefined) {
      if (existing === None) {
        const e = newException(Exc.ModuleNotFoundError, `import of ${fullname} halted; None in sys.modules`);
        setExcAttr(e, "name", fullname);
        throw e;
      }
      return existing;
    }
    const dot = fullname.lastIndexOf(".");
    let searchPath: string[];
    let parent: PyValue | null = null;
    if (dot >= 0) {
      const parentName = fullname.slice(0, dot);
      parent = yield* this.importModuleGen(parentName);
      const again = modules.getStr(fullname);
      if (again !== undefined) return again;
      const ppath = parent instanceof PyModule ? parent.dict.getStr("__path__") : undefined;
      if (ppath === undefined) {
        const e = newException(Exc.ModuleNotFoundError, `No module named '${fullname}'; '${parentName}' is not a package`);
        setExcAttr(e, "name", fullname);
        throw e;
      }
      if (this.metaPathHook !== null) {
        const viaFinder = yield* callGen(this.metaPathHook, [fullname, ppath]);
        if (viaFinder !== None) return viaFinder;
      }
      searchPath = (yield* toArrayGen(ppath)).filter((p): p is string => typeof p === "string");
    } else {
      if (this.metaPathHook !== null) {
        const viaFinder = yield* callGen(this.metaPathHook, [fullname, None]);
        if (viaFinder !== None) return viaFinder;
      }
      const builder = nativeModuleBuilder(fullname);
      if (builder) {
        const m = new PyModule(fullname);
        m.builtin = true;
        m.dict.setStr("__package__", "");
        m.dict.setStr("__spec__", None);
        m.dict.setStr("__loader__", None);
        modules.setStr(fullname, m);
        try {
          builder(m);
          if (this.moduleSpecHook !== null) yield* callGen(this.moduleSpecHook, [m]);
        } catch (e) {
          modules.deleteStr(fullname);
          throw e;
        }
        return m;
      }
      searchPath = this.path.items.filter((p): p is string => typeof p === "string");
    }
    const leaf = fullname.slice(dot + 1);
    const found = findModule(searchPath, leaf);
    if (found === null) {
      if (dot >= 0) {
        const builder = nativeModuleBuilder(fullname);
        if (builder) {
          const m = new PyModule(fullname);
          m.builtin = true;
          modules.setStr(fullname, m);
          builder(m);
          if (parent !== null) yield* setAttrGen(parent, leaf, m);
          return m;
        }
      }
      throw pyModuleNotFoundError(fullname);
    }
    const m = new PyModule(fullname);
    const d = m.dict;
    d.setStr("__file__", found.file);
    d.setStr("__builtins__", this.interp.builtinsModule);
    d.setStr("__doc__", None);
    d.setStr("__spec__", None);
    d.setStr("__loader__", None);
    if (found.isPackage) {
      d.setStr("__path__", new PyList([found.dir]));
      d.setStr("__package__", fullname);
    } else d.setStr("__package__", dot >= 0 ? fullname.slice(0, dot) : "");
    modules.setStr(fullname, m);
    try {
      if (this.moduleSpecHook !== null) yield* callGen(this.moduleSpecHook, [m]);
      const source = readFileSync(found.file, "utf8");
      let code;
      try {
        code = this.interp.compile(source, found.file);
      } catch (e) {
        // importlib compiles the bytes of the file
        if (e instanceof PySyntaxError) throw syntaxErrorToPy(syntaxErrorAsRead(e, source, "bytes"));
        throw e;
      }
      d.setStr("__cached__", None);
      yield new CallRequest(new CodeRun(code, d, d), [], null);
    } catch (e) {
      modules.deleteStr(fullname);
      throw e;
    }
    const final = modules.getStr(fullname) ?? m;
    if (parent !== null) yield* setAttrGen(parent, leaf, final);
    return final;
  }

  /** IMPORT_FROM: module.name, or the submodule sys.modules["module.name"]. */
  *importFromGen(mod: PyValue, name: string): NativeGen {
    const v = yield* getAttrOptGen(mod, name);
    if (v !== undefined) return v;
    const modName = mod instanceof PyModule ? mod.name : null;
    if (modName !== null) {
      const sub = this.modules.getStr(`${modName}.${name}`);
      if (sub !== undefined) return sub;
    }
    const file = mod instanceof PyModule ? mod.dict.getStr("__file__") : undefined;
    const where = typeof file === "string" ? file : "unknown location";
    const initializing = mod instanceof PyModule && this.initializing(mod);
    const e = pyImportError(
      initializing
        ? `cannot import name '${name}' from partially initialized module '${modName}' (most likely due to a circular import) (${where})`
        : `cannot import name '${name}' from '${modName ?? "?"}' (${where})`,
      modName ?? undefined,
    );
    setExcAttr(e, "path", typeof file === "string" ? file : None);
    throw e;
  }

  private initializing(_m: PyModule): boolean {
    return false;
  }

  /** from module import * */
  *importStarGen(mod: PyValue, ns: PyDict): NativeGen {
    if (!(mod instanceof PyModule)) throw pyTypeError("import * requires a module");
    const all = mod.dict.getStr("__all__");
    if (all !== undefined) {
      for (const n of yield* toArrayGen(all)) {
        const s = strValue(n);
        if (s === undefined) throw pyTypeError(`Item in ${mod.name}.__all__ must be str, not ${typeof n}`);
        const v = yield* getAttrOptGen(mod, s);
        if (v === undefined) throw newException(Exc.AttributeError, `module '${mod.name}' has no attribute '${s}'`);
        ns.setStr(s, v);
      }
    } else {
      for (const [k, v] of mod.dict.entries()) {
        if (typeof k === "string" && !k.startsWith("_")) ns.setStr(k, v);
      }
    }
    return None;
  }
}

/** Where module `name` lives on `path` (a package directory or a .py file), or null. */
export function findModule(path: string[], name: string): { file: string; dir: string; isPackage: boolean } | null {
  for (const p of path) {
    const base = p === "" ? process.cwd() : p;
    const pkgDir = join(base, name);
    const init = join(pkgDir, "__init__.py");
    if (isFile(init)) return { file: init, dir: pkgDir, isPackage: true };
    const file = join(base, `${name}.py`);
    if (isFile(file)) return { file, dir: base, isPackage: false };
  }
  return null;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

export { PyTuple };
