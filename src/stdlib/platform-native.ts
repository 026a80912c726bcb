// _pygil_platform: what platform.py cannot read from os or files. libc_ver() is the C library
// Node runs on (CPython asks confstr(CS_GNU_LIBC_VERSION)); Node's diagnostic report knows it.
import { PyTuple } from "../objects/tuple.js";
import { nativeFunction } from "../objects/function.js";
import { checkedNative, makeChecker } from "../objects/arity.js";
import type { NativeFn } from "../objects/native.js";
import { defineNativeModule } from "../vm/native-modules.js";

let glibc: string | null | undefined;

function glibcVersion(): string | null {
  if (glibc === undefined) {
    try {
      const header = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header;
      glibc = header?.glibcVersionRuntime ?? null;
    } catch {
      glibc = null;
    }
  }
  return glibc;
}

defineNativeModule("_pygil_platform", (m) => {
  const d = m.dict;
  const def = (name: string, sig: string, fn: NativeFn) =>
    d.setStr(name, nativeFunction(name, checkedNative(fn, makeChecker(sig, "_pygil_platform", name, 0)), "_pygil_platform"));
  def("libc_ver", "-", () => {
    const v = glibcVersion();
    return new PyTuple(v === null ? ["", ""] : ["glibc", v]);
  });
});
