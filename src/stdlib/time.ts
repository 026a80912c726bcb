// time: clocks, sleep and calendar functions. sleep blocks only the calling thread (a
// SuspendRequest), so other threads run meanwhile, as under CPython's GIL. The clocks read the
// scheduler's clock (src/vm/clock.ts): real, virtual (--virtual-time) or counted
// (--schedule-seed). Calendar pieces are in time-calendar.ts, strftime/strptime in time-format.ts.
import type { KwArgs, PyValue } from "../objects/object.js";
import { PyFloat } from "../objects/float.js";
import { PyTuple } from "../objects/tuple.js";
import { None } from "../objects/singletons.js";
import { intValue, normBig } from "../objects/int.js";
import { nativeFunction } from "../objects/function.js";
import { SuspendRequest, type NativeGen } from "../objects/native.js";
import { typeName } from "../objects/typeof.js";
import { strValue } from "../objects/str.js";
import { pyTypeError, pyValueError, newException, Exc } from "../objects/exceptions.js";
import { defineNativeModule } from "../vm/native-modules.js";
import { interp } from "../vm/interpreter.js";
import type { PyModule } from "../objects/module.js";
import {
  structTimeType, structTime, brokenDown, localBrokenDown, secondsArg, tmArg, checkForStrftime, checkForAsctime,
  asctimeText, mktimeSeconds, zoneOffsets, zoneName, daysFromCivil, localOffset,
} from "./time-calendar.js";
import { strftime, strptime } from "./time-format.js";

function seconds(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  const n = intValue(v);
  if (n === undefined) throw pyTypeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return Number(n);
}

/** Nanoseconds from milliseconds, exactly enough for clocks near 1.7e18 ns. */
function msToNs(ms: number): number | bigint {
  const whole = Math.floor(ms);
  return normBig(BigInt(whole) * 1000000n + BigInt(Math.round((ms - whole) * 1e6)));
}

/** Seconds east → the zone's (std, dst) names and offsets west, as time.tzname/timezone/altzone. */
function zoneInfo(): { tzname: [string, string]; timezone: number; altzone: number; daylight: number } {
  const year = new Date().getFullYear();
  const z = zoneOffsets(year);
  const jan = daysFromCivil(year, 1, 1) * 86400;
  const jul = daysFromCivil(year, 7, 1) * 86400;
  // daylight time is the larger offset east: the other half of the year is standard time
  const stdAt = localOffset(jan) <= localOffset(jul) ? jan : jul;
  const dstAt = stdAt === jan ? jul : jan;
  const stdName = zoneName(stdAt, z.std);
  const dstName = z.hasDst ? zoneName(dstAt, z.dst) : stdName;
  return { tzname: [stdName, dstName], timezone: -z.std, altzone: -z.dst, daylight: z.hasDst ? 1 : 0 };
}

function setZoneConstants(m: PyModule): [string, string] {
  const z = zoneInfo();
  m.dict.setStr("tzname", new PyTuple(z.tzname));
  m.dict.setStr("timezone", z.timezone);
  m.dict.setStr("altzone", z.altzone);
  m.dict.setStr("daylight", z.daylight);
  return z.tzname;
}

function strArgOf(v: PyValue | undefined, fn: string, pos: number): string {
  const s = v === undefined ? undefined : strValue(v);
  if (s === undefined) throw pyTypeError(`${fn}() argument ${pos} must be str, not ${typeName(v ?? None)}`);
  return s;
}

function argCount(fn: string, args: PyValue[], kw: KwArgs, min: number, max: number): void {
  if (kw !== null && kw.size > 0) throw pyTypeError(`${fn}() takes no keyword arguments`);
  const n = args.length;
  if (n < min || n > max) {
    const plural = (k: number) => `${k} argument${k === 1 ? "" : "s"}`;
    if (min === max) throw pyTypeError(`${fn}() takes exactly ${plural(min)} (${n} given)`);
    if (n < min) throw pyTypeError(`${fn} expected at least ${plural(min)}, got ${n}`);
    throw pyTypeError(max === 0 ? `time.${fn}() takes no arguments (${n} given)` : `${fn} expected at most ${plural(max)}, got ${n}`);
  }
}

defineNativeModule("time", (m) => {
  const d = m.dict;
  const fn = (name: string, f: (args: PyValue[], kw: KwArgs) => PyValue | NativeGen) => d.setStr(name, nativeFunction(name, f as never, "time"));
  const clock = () => interp().clock;
  const nowSecs = () => clock().wall() / 1000;
  let tzname = setZoneConstants(m);

  // ---- clocks ----
  const noArgs = (name: string, f: () => PyValue) => fn(name, (args, kw) => {
    argCount(name, args, kw, 0, 0);
    return f();
  });
  noArgs("time", () => new PyFloat(clock().wall() / 1000));
  noArgs("time_ns", () => msToNs(clock().wall()));
  noArgs("monotonic", () => new PyFloat(clock().now() / 1000));
  noArgs("monotonic_ns", () => msToNs(clock().now()));
  noArgs("perf_counter", () => new PyFloat(clock().now() / 1000));
  noArgs("perf_counter_ns", () => msToNs(clock().now()));
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  noArgs("process_time", () => new PyFloat(cpu() / 1000));
  noArgs("process_time_ns", () => msToNs(cpu()));
  const threadCpu = () => interp().scheduler.threadCpuMs(interp().vm.thread);
  noArgs("thread_time", () => new PyFloat(threadCpu() / 1000));
  noArgs("thread_time_ns", () => msToNs(threadCpu()));

  fn("sleep", function* (args, kw): NativeGen {
    if (kw !== null && kw.size > 0) throw pyTypeError("time.sleep() takes no keyword arguments");
    if (args.length !== 1) throw pyTypeError(`time.sleep() takes exactly one argument (${args.length} given)`);
    const s = seconds(args[0]);
    if (Number.isNaN(s)) throw pyValueError("Invalid value NaN (not a number)");
    if (s < 0) throw pyValueError("sleep length must be non-negative");
    if (s > 9223372036) throw newException(Exc.OverflowError, "sleep length is too large");
    const it = interp();
    it.flushAll();
    // sleep(0) lets the other runnable threads go first; a real sleep wakes with priority
    yield new SuspendRequest(s === 0 ? "yield" : "sleep", it.clock.now() + s * 1000, null, () => None);
    return None;
  });

  // ---- calendar ----
  fn("gmtime", (args, kw) => {
    argCount("gmtime", args, kw, 0, 1);
    return structTime(brokenDown(secondsArg(args[0], nowSecs), 0, "GMT", 0));
  });
  fn("localtime", (args, kw) => {
    argCount("localtime", args, kw, 0, 1);
    return structTime(localBrokenDown(secondsArg(args[0], nowSecs)));
  });
  fn("mktime", (args, kw) => {
    argCount("mktime", args, kw, 1, 1);
    const tm = tmArg(args[0], "mktime");
    const t = mktimeSeconds(tm);
    if (!Number.isFinite(t) || Math.abs(t) > 8.64e15) throw newException(Exc.OverflowError, "mktime argument out of range");
    return new PyFloat(t);
  });
  fn("asctime", (args, kw) => {
    argCount("asctime", args, kw, 0, 1);
    const tm = args.length === 0 ? localBrokenDown(Math.floor(nowSecs())) : checkForAsctime(tmArg(args[0], "asctime"));
    return asctimeText(tm);
  });
  fn("ctime", (args, kw) => {
    argCount("ctime", args, kw, 0, 1);
    return asctimeText(localBrokenDown(secondsArg(args[0], nowSecs)));
  });
  fn("strftime", (args, kw) => {
    argCount("strftime", args, kw, 1, 2);
    const format = strArgOf(args[0], "strftime", 1);
    const tm = args.length === 1 ? localBrokenDown(Math.floor(nowSecs())) : checkForStrftime(tmArg(args[1], "strftime"));
    if (format.includes("\0")) throw pyValueError("embedded null character");
    return strftime(format, tm, tzname);
  });
  fn("strptime", (args, kw) => {
    argCount("strptime", args, kw, 1, 2);
    const data = args[0];
    const format = args.length > 1 ? args[1] : "%a %b %d %H:%M:%S %Y";
    if (typeof data !== "string") throw pyTypeError(`strptime() argument 0 must be str, not <class '${typeName(data)}'>`);
    if (typeof format !== "string") throw pyTypeError(`strptime() argument 1 must be str, not <class '${typeName(format)}'>`);
    return structTime(strptime(data, format, tzname).tm);
  });
  fn("tzset", (args, kw) => {
    argCount("tzset", args, kw, 0, 0);
    tzname = setZoneConstants(m);
    return None;
  });
  d.setStr("struct_time", structTimeType);
});
