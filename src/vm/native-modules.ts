// The registry of modules implemented in TypeScript. A stdlib file registers itself at load:
//
//   defineNativeModule("time", (m) => {
//     m.dict.setStr("sleep", nativeFunction("sleep", function* (args) { … }, "time"));
//   });
//
// `import time` then builds a fresh module object for the interpreter (once per interpreter,
// cached in sys.modules). Modules written in Python live as .py files in src/stdlib/ and are
// found on sys.path (the stdlib directory is always on it).
import { PyModule } from "../objects/module.js";

export type ModuleBuilder = (module: PyModule) => void;

const builders = new Map<string, ModuleBuilder>();

export function defineNativeModule(name: string, build: ModuleBuilder): void {
  builders.set(name, build);
}

export function nativeModuleBuilder(name: string): ModuleBuilder | undefined {
  return builders.get(name);
}

export function nativeModuleNames(): string[] {
  return [...builders.keys()].sort();
}
