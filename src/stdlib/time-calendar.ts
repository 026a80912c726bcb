// The calendar side of `time`: struct_time, broken-down time in UTC and in the local zone (the
// process's TZ, read through JS Date), and the time-tuple argument checks of CPython 3.11.
import type { PyValue } from "../objects/object.js";
import { PyTuple, tupleType } from "../objects/tuple.js";
import { PyType, typeType } from "../objects/type.js";
import { PyFloat } from "../objects/float.js";
import { None } from "../objects/singletons.js";
import { intValue } from "../objects/int.js";
import { indexValue } from "../objects/argconv.js";
import { defineGetter, defineMethods, defineStaticMethod } from "../objects/function.js";
import { reprGen } from "../objects/stringify.js";
import { toArrayGen } from "../objects/iter.js";
import { typeName } from "../objects/typeof.js";
import { Exc, newException, pyOSErrorErrno, pyTypeError, pyValueError } from "../objects/exceptions.js";
import type { NativeGen } from "../objects/native.js";

/** Broken-down time with Python's conventions (month 1-12, Monday = 0, yday 1-366). */
export interface Tm {
  year: number;
  mon: number;
  mday: number;
  hour: number;
  min: number;
  sec: number;
  wday: number;
  yday: number;
  isdst: number;
  /** tm_zone / tm_gmtoff: null for a plain 9-tuple. */
  zone: string | null;
  gmtoff: number | null;
}

const FIELDS = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];

export const structTimeType = new PyType(typeType, "struct_time", [tupleType], { builtin: true, module: "time" });

/** A struct_time: 9 visible items, plus tm_zone and tm_gmtoff as attributes. */
export class PyStructTime extends PyTuple {
  constructor(
    items: PyValue[],
    readonly zone: PyValue,
    readonly gmtoff: PyValue,
  ) {
    super(items, structTimeType);
  }
}

FIELDS.forEach((f, i) => defineGetter(structTimeType, f, (v) => (v as PyTuple).items[i]));
defineGetter(structTimeType, "tm_zone", (v) => (v instanceof PyStructTime ? v.zone : None));
defineGetter(structTimeType, "tm_gmtoff", (v) => (v instanceof PyStructTime ? v.gmtoff : None));
structTimeType.attrs.set("n_fields", 11);
structTimeType.attrs.set("n_sequence_fields", 9);
structTimeType.attrs.set("n_unnamed_fields", 0);

defineStaticMethod(structTimeType, "__new__", function* (args, kw): NativeGen {
  const seqArg = args[1] ?? kw?.get("sequence");
  if (seqArg === undefined) throw pyTypeError("struct_time() missing required argument 'sequence' (pos 1)");
  const items = yield* toArrayGen(seqArg);
  if (items.length < 9) throw pyTypeError(`time.struct_time() takes an at least 9-sequence (${items.length}-sequence given)`);
  if (items.length > 11) throw pyTypeError(`time.struct_time() takes an at most 11-sequence (${items.length}-sequence given)`);
  return new PyStructTime(items.slice(0, 9), items[9] ?? None, items[10] ?? None);
});

defineMethods(structTimeType, {
  __repr__: function* (args): NativeGen {
    const t = args[0] as PyTuple;
    const parts: string[] = [];
    for (let i = 0; i < 9; i++) parts.push(`${FIELDS[i]}=${yield* reprGen(t.items[i])}`);
    return `time.struct_time(${parts.join(", ")})`;
  },
  __reduce__: (args) => {
    const t = args[0] as PyStructTime;
    return new PyTuple([structTimeType, new PyTuple([new PyTuple([...t.items, t.zone, t.gmtoff])])]);
  },
});

export function structTime(tm: Tm): PyStructTime {
  return new PyStructTime(
    [tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, tm.isdst],
    tm.zone ?? None,
    tm.gmtoff ?? None,
  );
}

// ---- calendar arithmetic (proleptic Gregorian, any year) ------------------------------------

/** Days since 1970-01-01 of a civil date (month 1-12). */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [era * 400 + yoe + (m <= 2 ? 1 : 0), m, d];
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Day of the year (1-366). */
export function yearDay(y: number, m: number, d: number): number {
  return daysFromCivil(y, m, d) - daysFromCivil(y, 1, 1) + 1;
}

/** Monday = 0 … Sunday = 6. */
export function weekDay(y: number, m: number, d: number): number {
  return (((daysFromCivil(y, m, d) + 3) % 7) + 7) % 7;
}

/** UTC broken-down time of whole seconds since the epoch. */
export function brokenDown(secs: number, gmtoff: number, zone: string, isdst: number): Tm {
  const days = Math.floor(secs / 86400);
  let rem = secs - days * 86400;
  const [year, mon, mday] = civilFromDays(days);
  if (year > 2147483647 + 1900 || year < -2147483648 + 1900) throw pyOSErrorErrno(75, "Value too large for defined data type");
  const hour = Math.floor(rem / 3600);
  rem -= hour * 3600;
  const min = Math.floor(rem / 60);
  const sec = rem - min * 60;
  return { year, mon, mday, hour, min, sec, wday: (((days + 3) % 7) + 7) % 7, yday: yearDay(year, mon, mday), isdst, zone, gmtoff };
}

// ---- the local zone ---------------------------------------------------------------------------

const MAX_DATE_SECS = 8.64e12;

/** Offset east of UTC (seconds) in effect at `secs` in the local zone. */
export function localOffset(secs: number): number {
  const clamped = Math.max(-MAX_DATE_SECS, Math.min(MAX_DATE_SECS, secs));
  return -new Date(clamped * 1000).getTimezoneOffset() * 60;
}

/** The zone's standard and daylight offsets (east of UTC, seconds) in a given year. */
export function zoneOffsets(year: number): { std: number; dst: number; hasDst: boolean } {
  const jan = localOffset(daysFromCivil(year, 1, 1) * 86400);
  const jul = localOffset(daysFromCivil(year, 7, 1) * 86400);
  return { std: Math.min(jan, jul), dst: Math.max(jan, jul), hasDst: jan !== jul };
}

const abbrevCache = new Map<string, string>();
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters are slow to make: one per locale and TZ setting. */
function zoneFormatter(locale: string): Intl.DateTimeFormat {
  const key = `${locale}|${process.env.TZ ?? ""}`;
  let f = formatters.get(key);
  if (f === undefined) {
    f = new Intl.DateTimeFormat(locale, { timeZoneName: "short" });
    formatters.set(key, f);
  }
  return f;
}

/** The zone abbreviation ("UTC", "CET", "EDT", or "+04" where the zone has none). */
export function zoneName(secs: number, offset: number): string {
  const tz = process.env.TZ ?? "";
  const key = `${tz}|${offset}|${Math.floor(secs / 86400 / 180)}`;
  const hit = abbrevCache.get(key);
  if (hit !== undefined) return hit;
  let name = "";
  if (offset === 0 && (tz === "" || tz === "UTC" || tz === "Etc/UTC" || tz === "UTC0") && localOffset(0) === 0 && localOffset(1.6e7) === 0) {
    // the common case of a machine on UTC: no need for Intl (slow to set up)
    abbrevCache.set(key, "UTC");
    return "UTC";
  }
  const when = new Date(Math.max(-MAX_DATE_SECS, Math.min(MAX_DATE_SECS, secs)) * 1000);
  for (const locale of ["en-US", "en-GB"]) {
    try {
      const part = zoneFormatter(locale).formatToParts(when).find((p) => p.type === "timeZoneName");
      if (part && !/^(GMT|UTC)[+-]/.test(part.value)) {
        name = part.value;
        break;
      }
    } catch {
      break;
    }
  }
  if (name === "GMT" && offset === 0 && (tz === "" || tz === "UTC" || tz === "Etc/UTC" || tz === "UTC0")) name = "UTC";
  if (name === "") {
    const sign = offset < 0 ? "-" : "+";
    const a = Math.abs(offset);
    const h = String(Math.floor(a / 3600)).padStart(2, "0");
    const m = Math.floor((a % 3600) / 60);
    name = sign + h + (m ? String(m).padStart(2, "0") : "");
  }
  abbrevCache.set(key, name);
  return name;
}

export function localBrokenDown(secs: number): Tm {
  const off = localOffset(secs);
  const year = civilFromDays(Math.floor((secs + off) / 86400))[0];
  const z = zoneOffsets(year);
  const isdst = z.hasDst && off === z.dst ? 1 : 0;
  return brokenDown(secs + off, off, zoneName(secs, off), isdst);
}

/** time.mktime: local broken-down time to seconds since the epoch. */
export function mktimeSeconds(tm: Tm): number {
  // normalise like C's mktime: months, days, hours … may be out of range
  const y = tm.year + Math.floor((tm.mon - 1) / 12);
  const m = (((tm.mon - 1) % 12) + 12) % 12 + 1;
  const naive = (daysFromCivil(y, m, 1) + tm.mday - 1) * 86400 + tm.hour * 3600 + tm.min * 60 + tm.sec;
  // the offset at that local time: try the offset of the guess, once more after moving
  let off = localOffset(naive);
  off = localOffset(naive - off);
  let t = naive - off;
  if (tm.isdst >= 0) {
    const z = zoneOffsets(y);
    if (z.hasDst) {
      const actualDst = localOffset(t) === z.dst ? 1 : 0;
      const want = tm.isdst > 0 ? 1 : 0;
      if (want !== actualDst) t += (actualDst ? 1 : -1) * (z.dst - z.std);
    } else if (tm.isdst > 0) {
      // glibc takes "daylight time" in a zone without it as one hour ahead
      t -= 3600;
    }
  }
  return t;
}

// ---- arguments ------------------------------------------------------------------------------

/** A seconds argument (None: now), floored to whole seconds, checked as CPython checks time_t. */
export function secondsArg(v: PyValue | undefined, now: () => number): number {
  if (v === undefined || v === None) return Math.floor(now());
  if (v instanceof PyFloat) {
    const x = v.value;
    if (Number.isNaN(x)) throw pyValueError("Invalid value NaN (not a number)");
    if (!(x >= -9223372036854775808 && x < 9223372036854775808)) throw newException(Exc.OverflowError, "timestamp out of range for platform time_t");
    return Math.floor(x);
  }
  const n = indexValue(v);
  if (n === undefined) throw pyTypeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  if (typeof n === "bigint") {
    if (n >= 9223372036854775808n || n < -9223372036854775808n) throw newException(Exc.OverflowError, "timestamp out of range for platform time_t");
    return Number(n);
  }
  return n;
}

/**
 * A duration in seconds (sleep, lock timeouts) converted as CPython converts to its
 * nanosecond _PyTime_t, with its overflow messages.
 */
export function durationSeconds(v: PyValue): number {
  if (v instanceof PyFloat) {
    const x = v.value;
    if (Number.isNaN(x)) throw pyValueError("Invalid value NaN (not a number)");
    if (!(Math.abs(x) * 1e9 < 9223372036854775808)) throw newException(Exc.OverflowError, "timestamp out of range for platform time_t");
    return x;
  }
  const n = indexValue(v);
  if (n === undefined) throw pyTypeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  if (n > 9223372036 || n < -9223372036) throw newException(Exc.OverflowError, "timestamp too large to convert to C _PyTime_t");
  return Number(n);
}

function cInt(v: PyValue): number {
  if (v instanceof PyFloat) throw pyTypeError("'float' object cannot be interpreted as an integer");
  const n = indexValue(v);
  if (n === undefined) throw pyTypeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  if (n > 2147483647 || n < -2147483648) throw newException(Exc.OverflowError, "Python int too large to convert to C int");
  return Number(n);
}

/** A time tuple / struct_time argument (CPython's gettmarg), for function `fn`. */
export function tmArg(v: PyValue, fn: string): Tm {
  if (!(v instanceof PyTuple) || (v.type !== tupleType && v.type !== structTimeType && !(v.type.mro.includes(tupleType)))) {
    throw pyTypeError("Tuple or struct_time argument required");
  }
  if (v.items.length !== 9) throw pyTypeError(`${fn}(): illegal time tuple argument`);
  const n = v.items.map(cInt);
  const st = v instanceof PyStructTime;
  const zone = st && typeof v.zone === "string" ? v.zone : null;
  const g = st ? intValue(v.gmtoff) : undefined;
  return {
    year: n[0], mon: n[1], mday: n[2], hour: n[3], min: n[4], sec: n[5], wday: n[6], yday: n[7], isdst: n[8],
    zone, gmtoff: g !== undefined ? Number(g) : null,
  };
}

/** C's weekday (Sunday = 0) from Python's (Monday = 0), as CPython computes it: may be negative. */
function cWeekday(wday: number): number {
  return (wday + 1) % 7;
}

/** strftime's and asctime's checks, which also fix up zero month/day/yday (CPython's checktm). */
export function checkForStrftime(tm: Tm): Tm {
  const t = { ...tm };
  if (t.mon === 0) t.mon = 1;
  else if (t.mon < 1 || t.mon > 12) throw pyValueError("month out of range");
  if (t.mday === 0) t.mday = 1;
  else if (t.mday < 0 || t.mday > 31) throw pyValueError("day of month out of range");
  if (t.hour < 0 || t.hour > 23) throw pyValueError("hour out of range");
  if (t.min < 0 || t.min > 59) throw pyValueError("minute out of range");
  if (t.sec < 0 || t.sec > 61) throw pyValueError("seconds out of range");
  if (cWeekday(t.wday) < 0) throw pyValueError("day of week out of range");
  t.wday = (cWeekday(t.wday) + 6) % 7;
  if (t.yday === 0) t.yday = 1;
  else if (t.yday < 0 || t.yday > 366) throw pyValueError("day of year out of range");
  if (t.isdst < -1) t.isdst = -1;
  else if (t.isdst > 1) t.isdst = 1;
  return t;
}

/** asctime's checks: the same as strftime's (CPython's checktm). */
export function checkForAsctime(tm: Tm): Tm {
  return checkForStrftime(tm);
}

export const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
export const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "Sun Jun 20 23:21:05 1993" */
export function asctimeText(tm: Tm): string {
  const p2 = (n: number) => String(n).padStart(2, "0");
  return `${DAY_NAMES[tm.wday].slice(0, 3)} ${MONTH_NAMES[tm.mon - 1].slice(0, 3)}${String(tm.mday).padStart(3, " ")} ${p2(tm.hour)}:${p2(tm.min)}:${p2(tm.sec)} ${tm.year}`;
}
