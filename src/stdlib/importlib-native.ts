// _pygil_importlib: the few hooks importlib (src/stdlib/importlib, Python) needs from the VM's own
// import machinery (src/vm/imports.ts) — import by absolute name, find where a name lives on a
// path the way `import` looks for it, and run a source file's code in a given module's namespace
// (reload, SourceFileLoader.exec_module). File lookup is not re-implemented in Python.
import type { PyValue } from "../objects/object.js";
import { PyModule } from "../objects/module.js";
import { PyTuple } from "../objects/tuple.js";
import { None } from "../objects/singletons.js";
import { nativeFunction } from "../objects/function.js";
import { strValue } from "../objects/str.js";
import { toArrayGen } from "../objects/iter.js";
import { CallRequest, type NativeGen } from "../objects/native.js";
import { typeName } from "../objects/typeof.js";
import { Exc, newException, pyTypeError, setExcAttr } from "../objects/exceptions.js";
import { PySyntaxError } from "../lexer/syntax-error.js";
import { syntaxErrorAsRead } from "../parser/source-positions.js";
import { defineNativeModule, nativeModuleBuilder } from "../vm/native-modules.js";
import { findModule } from "../vm/imports.js";
import { CodeRun } from "../vm/coderun.js";
import { syntaxErrorToPy } from "../vm/traceback.js";
import { interp } from "../vm/interpreter.js";

function strArg(v: PyValue, fn: string, what: string): string {
  const s = strValue(v);
  if (s === undefined) throw pyTypeError(`${fn}() ${what} must be str, not ${typeName(v)}`);
  return s;
}

defineNativeModule("_pygil_importlib", (m) => {
  const d = m.dict;
  d.setStr("__doc__", "pygil's import machinery hooks for importlib.");

  // import_module(absolute_name) -> the module itself (not the top-level package)
  d.setStr("import_module", nativeFunction("import_module", function* (args): NativeGen {
    const name = strArg(args[0], "import_module", "name");
    return yield* interp().importer.importModuleGen(name);
  }, "_pygil_importlib"));

  // find(leaf_name, path_list) -> (file, directory, is_package) or None
  d.setStr("find", nativeFunction("find", function* (args): NativeGen {
    const leaf = strArg(args[0], "find", "name");
    const items = args[1] === None ? interp().importer.path.items : yield* toArrayGen(args[1]);
    const dirs = items.map((p) => strValue(p)).filter((p): p is string => p !== undefined);
    const found = findModule(dirs, leaf);
    if (found === null) return None;
    return new PyTuple([found.file, found.dir, found.isPackage]);
  }, "_pygil_importlib"));

  // is_builtin(full_name) -> True when the name is a module implemented in TypeScript
  d.setStr("is_builtin", nativeFunction("is_builtin", (args) => {
    const name = strArg(args[0], "is_builtin", "name");
    return nativeModuleBuilder(name) !== undefined;
  }, "_pygil_importlib"));

  // init_builtin(module) -> runs the native builder again into the module (reload of a built-in)
  d.setStr("init_builtin", nativeFunction("init_builtin", (args) => {
    const mod = args[0];
    if (!(mod instanceof PyModule)) throw pyTypeError("init_builtin() argument must be a module");
    const builder = nativeModuleBuilder(mod.name);
    if (builder === undefined) {
      const e = newException(Exc.ImportError, `no built-in module named ${mod.name}`);
      setExcAttr(e, "name", mod.name);
      throw e;
    }
    builder(mod);
    return mod;
  }, "_pygil_importlib"));

  // set_spec_hook(fn): fn(module) runs for every module the import statement creates from now on
  d.setStr("set_spec_hook", nativeFunction("set_spec_hook", (args) => {
    interp().importer.moduleSpecHook = args[0] === None ? null : args[0];
    return None;
  }, "_pygil_importlib"));

  // set_meta_path_hook(fn): fn(fullname, parent_path_or_None) runs before each import's own
  // lookup; it returns the module a sys.meta_path finder loaded, or None to go on as usual
  d.setStr("set_meta_path_hook", nativeFunction("set_meta_path_hook", (args) => {
    interp().importer.metaPathHook = args[0] === None ? null : args[0];
    return None;
  }, "_pygil_importlib"));

  // exec_source(module, source, filename): compiles the source (read by the Python side, which
  // raises the OSError a missing file gives) and runs it with the module's dict as globals
  d.setStr("exec_source", nativeFunction("exec_source", function* (args): NativeGen {
    const mod = args[0];
    if (!(mod instanceof PyModule)) throw pyTypeError(`exec_source() argument 1 must be module, not ${typeName(mod)}`);
    const source = strArg(args[1], "exec_source", "source");
    const file = strArg(args[2], "exec_source", "filename");
    const dict = mod.dict;
    if (dict.getStr("__builtins__") === undefined) dict.setStr("__builtins__", interp().builtinsModule);
    let code;
    try {
      code = interp().compile(source, file);
    } catch (e) {
      // importlib compiles the bytes of the file
      if (e instanceof PySyntaxError) throw syntaxErrorToPy(syntaxErrorAsRead(e, source, "bytes"));
      throw e;
    }
    yield new CallRequest(new CodeRun(code, dict, dict), [], null);
    return None;
  }, "_pygil_importlib"));
});
