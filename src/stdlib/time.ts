// time: clocks and sleep. sleep blocks only the calling thread (a SuspendRequest), so other
// threads run meanwhile, as under CPython's GIL.
import type { PyValue } from "../objects/object.js";
import { PyFloat } from "../objects/float.js";
import { None } from "../objects/singletons.js";
import { intValue } from "../objects/int.js";
import { nativeFunction } from "../objects/function.js";
import { SuspendRequest, type NativeGen } from "../objects/native.js";
import { typeName } from "../objects/typeof.js";
import { pyTypeError, pyValueError, newException, Exc } from "../objects/exceptions.js";
import { defineNativeModule } from "../vm/native-modules.js";
import { interp } from "../vm/interpreter.js";

function seconds(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  const n = intValue(v);
  if (n === undefined) throw pyTypeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return Number(n);
}

defineNativeModule("time", (m) => {
  const d = m.dict;
  const fn = (name: string, f: (args: PyValue[]) => PyValue | NativeGen) => d.setStr(name, nativeFunction(name, f as never, "time"));
  fn("time", () => new PyFloat(interp().clock.wall() / 1000));
  fn("time_ns", () => BigInt(Math.round(interp().clock.wall() * 1e6)));
  fn("monotonic", () => new PyFloat(interp().clock.now() / 1000));
  fn("monotonic_ns", () => BigInt(Math.round(interp().clock.now() * 1e6)));
  fn("perf_counter", () => new PyFloat(interp().clock.now() / 1000));
  fn("perf_counter_ns", () => BigInt(Math.round(interp().clock.now() * 1e6)));
  fn("process_time", () => new PyFloat(process.cpuUsage().user / 1e6));
  fn("thread_time", () => new PyFloat(process.cpuUsage().user / 1e6));
  fn("sleep", function* (args): NativeGen {
    if (args.length !== 1) throw pyTypeError(`time.sleep() takes exactly one argument (${args.length} given)`);
    const s = seconds(args[0]);
    if (Number.isNaN(s)) throw pyValueError("Invalid value NaN (not a number)");
    if (s < 0) throw pyValueError("sleep length must be non-negative");
    if (s > 9223372036) throw newException(Exc.OverflowError, "sleep length is too large");
    const it = interp();
    it.flushAll();
    yield new SuspendRequest("sleep", it.clock.now() + s * 1000, null, () => None);
    return None;
  });
  d.setStr("timezone", new Date().getTimezoneOffset() * 60);
  d.setStr("altzone", new Date().getTimezoneOffset() * 60);
  d.setStr("daylight", 0);
});
