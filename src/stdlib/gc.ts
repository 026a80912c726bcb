// gc: pygil's memory is the JS engine's, so collection is automatic; the module keeps CPython's
// interface (collect() returns 0 unreachable objects found, enable/disable toggle a flag).
import type { PyValue } from "../objects/object.js";
import { PyList } from "../objects/list.js";
import { PyTuple } from "../objects/tuple.js";
import { None } from "../objects/singletons.js";
import { intValue } from "../objects/int.js";
import { nativeFunction } from "../objects/function.js";
import { checkedNative, makeChecker } from "../objects/arity.js";
import type { NativeFn } from "../objects/native.js";
import { typeOf } from "../objects/typeof.js";
import { pyTypeError, pyValueError } from "../objects/exceptions.js";
import { defineNativeModule } from "../vm/native-modules.js";

defineNativeModule("gc", (m) => {
  const d = m.dict;
  let enabled = true;
  let threshold: PyValue[] = [700, 10, 10];
  let frozen = 0;
  const def = (name: string, sig: string, fn: NativeFn) => d.setStr(name, nativeFunction(name, checkedNative(fn, makeChecker(sig, "gc", name, 0)), "gc"));
  d.setStr("__doc__", "This module provides access to the garbage collector for reference cycles.");
  def("collect", "k generation?", (args) => {
    const g = args[0] === undefined ? 2 : intValue(args[0]);
    if (g === undefined) throw pyTypeError(`'${typeOf(args[0]).name}' object cannot be interpreted as an integer`);
    if (g < 0 || g > 2) throw pyValueError("invalid generation");
    return 0;
  });
  def("enable", "-", () => ((enabled = true), None));
  def("disable", "-", () => ((enabled = false), None));
  def("isenabled", "-", () => enabled);
  def("get_count", "-", () => new PyTuple([0, 0, 0]));
  def("get_threshold", "-", () => new PyTuple(threshold));
  def("set_threshold", "p 1 3", (args) => {
    threshold = [args[0], args[1] ?? threshold[1], args[2] ?? threshold[2]];
    return None;
  });
  def("get_debug", "-", () => 0);
  def("set_debug", "1", () => None);
  def("get_objects", "k generation?", () => new PyList([]));
  def("get_stats", "-", () => new PyList([]));
  def("get_referrers", "v", () => new PyList([]));
  def("get_referents", "v", () => new PyList([]));
  def("is_tracked", "1", (args) => typeof args[0] === "object");
  def("is_finalized", "1", () => false);
  def("freeze", "-", () => ((frozen = 0), None));
  def("unfreeze", "-", () => ((frozen = 0), None));
  def("get_freeze_count", "-", () => frozen);
  d.setStr("garbage", new PyList([]));
  d.setStr("callbacks", new PyList([]));
  for (const [k, v] of [["DEBUG_STATS", 1], ["DEBUG_COLLECTABLE", 2], ["DEBUG_UNCOLLECTABLE", 4], ["DEBUG_SAVEALL", 32], ["DEBUG_LEAK", 38]] as const) d.setStr(k, v);
});
