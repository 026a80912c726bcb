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
  asctimeText, mktimeSeconds, durationSeconds, zoneOffsets, zoneName, daysFromCivil, localOffset,
} from "./time-calendar.js";
import { strftime, strptime } from "./time-format.js";
import { callGen } from "../objects/call.js";
import { getAttrGen } from "../objects/attr.js";

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

/** How each function checks its argument count, with CPython's wording for it. */
type Arity = "none" | "opt1" | "one" | "asctime" | "strftime" | "strptime";

function argCount(fn: string, args: PyValue[], kw: KwArgs, arity: Arity): void {
  const n = args.length;
  const qual = arity === "none" || arity === "one" ? `time.${fn}` : fn;
  if (kw !== null && kw.size > 0) throw pyTypeError(`${qual}() takes no keyword arguments`);
  switch (arity) {
    case "none":
      if (n > 0) throw pyTypeError(`time.${fn}() takes no arguments (${n} given)`);
      return;
    case "opt1":
      if (n > 1) throw pyTypeError(`${fn}() takes at most 1 argument (${n} given)`);
      return;
    case "one":
      if (n !== 1) throw pyTypeError(`time.${fn}() takes exactly one argument (${n} given)`);
      return;
    case "asctime":
      if (n > 1) throw pyTypeError(`asctime expected at most 1 argument, got ${n}`);
      return;
    case "strftime":
      if (n < 1) throw pyTypeError(`strftime() takes at least 1 argument (${n} given)`);
      if (n > 2) throw pyTypeError(`strftime() takes at most 2 arguments (${n} given)`);
      return;
    case "strptime":
      if (n < 1) throw pyTypeError("_strptime_time() missing 1 required positional argument: 'data_string'");
      if (n > 2) throw pyTypeError(`_strptime_time() takes from 1 to 2 positional arguments but ${n} were given`);
      return;
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
    argCount(name, args, kw, "none");
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

  // get_clock_info(name): a types.SimpleNamespace describing the clock, with the values
  // CPython reports on Linux (all of its clocks there are clock_gettime, 1 ns resolution)
  const clockIds: Record<string, [string, boolean, boolean]> = {
    time: ["CLOCK_REALTIME", false, true],
    monotonic: ["CLOCK_MONOTONIC", true, false],
    perf_counter: ["CLOCK_MONOTONIC", true, false],
    process_time: ["CLOCK_PROCESS_CPUTIME_ID", true, false],
    thread_time: ["CLOCK_THREAD_CPUTIME_ID", true, false],
  };
  fn("get_clock_info", function* (args, kw): NativeGen {
    if (kw !== null && kw.size > 0) throw pyTypeError("get_clock_info() takes no keyword arguments");
    if (args.length !== 1) throw pyTypeError(`get_clock_info() takes exactly one argument (${args.length} given)`);
    const name = strArgOf(args[0], "get_clock_info", 1);
    const info = Object.prototype.hasOwnProperty.call(clockIds, name) ? clockIds[name] : undefined;
    if (info === undefined) throw pyValueError("unknown clock");
    const types = yield* interp().importer.importModuleGen("types");
    const ns = yield* getAttrGen(types, "SimpleNamespace");
    const kwargs: KwArgs = new Map<string, PyValue>([
      ["implementation", `clock_gettime(${info[0]})`],
      ["monotonic", info[1]],
      ["adjustable", info[2]],
      ["resolution", new PyFloat(1e-9)],
    ]);
    return yield* callGen(ns, [], kwargs);
  });

  fn("sleep", function* (args, kw): NativeGen {
    argCount("sleep", args, kw, "one");
    const s = durationSeconds(args[0]);
    if (s < 0) throw pyValueError("sleep length must be non-negative");
    const it = interp();
    it.flushAll();
    // sleep(0) lets the other runnable threads go first; a real sleep wakes with priority
    yield new SuspendRequest(s === 0 ? "yield" : "sleep", it.clock.now() + s * 1000, null, () => None);
    return None;
  });

  // ---- calendar ----
  fn("gmtime", (args, kw) => {
    argCount("gmtime", args, kw, "opt1");
    return structTime(brokenDown(secondsArg(args[0], nowSecs), 0, "GMT", 0));
  });
  fn("localtime", (args, kw) => {
    argCount("localtime", args, kw, "opt1");
    return structTime(localBrokenDown(secondsArg(args[0], nowSecs)));
  });
  fn("mktime", (args, kw) => {
    argCount("mktime", args, kw, "one");
    const tm = tmArg(args[0], "mktime");
    const t = mktimeSeconds(tm);
    if (!Number.isFinite(t) || Math.abs(t) > 8.64e15) throw newException(Exc.OverflowError, "mktime argument out of range");
    return new PyFloat(t);
  });
  fn("asctime", (args, kw) => {
    argCount("asctime", args, kw, "asctime");
    const tm = args.length === 0 ? localBrokenDown(Math.floor(nowSecs())) : checkForAsctime(tmArg(args[0], "asctime"));
    return asctimeText(tm);
  });
  fn("ctime", (args, kw) => {
    argCount("ctime", args, kw, "opt1");
    return asctimeText(localBrokenDown(secondsArg(args[0], nowSecs)));
  });
  fn("strftime", (args, kw) => {
    argCount("strftime", args, kw, "strftime");
    const format = strArgOf(args[0], "strftime", 1);
    const tm = args.length === 1 ? localBrokenDown(Math.floor(nowSecs())) : checkForStrftime(tmArg(args[1], "strftime"));
    if (format.includes("\0")) throw pyValueError("embedded null character");
    return strftime(format, tm, tzname);
  });
  fn("strptime", (args, kw) => {
    argCount("strptime", args, kw, "strptime");
    const data = args[0];
    const format = args.length > 1 ? args[1] : "%a %b %d %H:%M:%S %Y";
    if (typeof data !== "string") throw pyTypeError(`strptime() argument 0 must be str, not <class '${typeName(data)}'>`);
    if (typeof format !== "string") throw pyTypeError(`strptime() argument 1 must be str, not <class '${typeName(format)}'>`);
    return structTime(strptime(data, format, tzname).tm);
  });
  fn("tzset", (args, kw) => {
    argCount("tzset", args, kw, "none");
    tzname = setZoneConstants(m);
    return None;
  });
  d.setStr("struct_time", structTimeType);
});
