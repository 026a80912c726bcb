// time.strftime as glibc formats in the C locale (flags -, _, 0, ^, # and a width; E/O
// modifiers accepted and ignored; unknown directives copied through), and time.strptime for the
// common directives, with the messages of CPython's _strptime.
import { pyValueError } from "../objects/exceptions.js";
import { DAY_NAMES, MONTH_NAMES, daysFromCivil, civilFromDays, isLeap, weekDay, yearDay, mktimeSeconds, type Tm } from "./time-calendar.js";

/** ISO weeks in a year: 53 when it starts on a Thursday (or a Wednesday in a leap year). */
function isoWeeksIn(y: number): number {
  const jan1 = weekDay(y, 1, 1);
  return jan1 === 3 || (jan1 === 2 && isLeap(y)) ? 53 : 52;
}

/** The ISO 8601 year and week of a date. */
function isoWeek(tm: Tm): [number, number] {
  const week = Math.floor((tm.yday - (tm.wday + 1) + 10) / 7);
  if (week < 1) return [tm.year - 1, isoWeeksIn(tm.year - 1)];
  if (week > isoWeeksIn(tm.year)) return [tm.year + 1, 1];
  return [tm.year, week];
}

/** strftime(format, tm) — tm already checked and normalised. */
export function strftime(format: string, tm: Tm, tzname: [string, string]): string {
  let out = "";
  const n = format.length;
  for (let i = 0; i < n; i++) {
    const c = format[i];
    if (c !== "%") {
      out += c;
      continue;
    }
    const start = i;
    let flag = "";
    while (i + 1 < n && "-_0^#".includes(format[i + 1])) flag += format[++i];
    let width = "";
    while (i + 1 < n && format[i + 1] >= "0" && format[i + 1] <= "9") width += format[++i];
    // glibc's E and O modifiers (alternative era/digits) change nothing in the C locale; after
    // any other directive the whole sequence is left as it is
    const mod = format[i + 1];
    if ((mod === "E" || mod === "O") && i + 2 < n && (mod === "E" ? "cCxXyY%" : "deHImMSuUVwWyBbh%").includes(format[i + 2])) i++;
    if (i + 1 >= n) {
      out += format.slice(start);
      break;
    }
    const d = format[++i];
    const piece = directive(d, tm, tzname);
    if (piece === null) {
      out += format.slice(start, i + 1);
      continue;
    }
    out += applyFlags(piece, flag, width ? Number(width) : 0);
  }
  return out;
}

interface Piece {
  text: string;
  /** Numbers pad with zeros (or spaces: `space`) to `width`. */
  numeric: boolean;
  width: number;
  space?: boolean;
}

function num(v: number, width: number, space = false): Piece {
  return { text: String(v), numeric: true, width, space };
}

function txt(text: string): Piece {
  return { text, numeric: false, width: 0 };
}

function applyFlags(p: Piece, flag: string, width: number): string {
  let text = p.text;
  if (p.numeric) {
    const neg = text.startsWith("-");
    const digits = neg ? text.slice(1) : text;
    // the last of the padding flags wins; '-' drops the directive's own padding, but an
    // explicit width still pads (with spaces)
    const padFlag = [...flag].reverse().find((f) => "-_0".includes(f));
    if (padFlag === "-" && !width) return text;
    const padChar = padFlag === "-" || padFlag === "_" ? " " : padFlag === "0" ? "0" : p.space ? " " : "0";
    const w = padFlag === "-" ? width : Math.max(width, p.width);
    const body = digits.padStart(w - (neg ? 1 : 0), padChar);
    return (neg ? "-" : "") + body;
  }
  if (flag.includes("^")) text = text.toUpperCase();
  else if (flag.includes("#")) text = text === text.toUpperCase() ? text.toLowerCase() : text.toUpperCase();
  if (width > text.length) text = text.padStart(width, flag.includes("0") ? "0" : " ");
  return text;
}

function directive(d: string, tm: Tm, tzname: [string, string]): Piece | null {
  const hour12 = tm.hour % 12 === 0 ? 12 : tm.hour % 12;
  const sundayWday = (tm.wday + 1) % 7;
  switch (d) {
    case "a":
      return txt(DAY_NAMES[tm.wday].slice(0, 3));
    case "A":
      return txt(DAY_NAMES[tm.wday]);
    case "b":
    case "h":
      return txt(MONTH_NAMES[tm.mon - 1].slice(0, 3));
    case "B":
      return txt(MONTH_NAMES[tm.mon - 1]);
    case "c":
      return txt(strftime("%a %b %e %H:%M:%S %Y", tm, tzname));
    case "C":
      return num(Math.floor(tm.year / 100), 1);
    case "d":
      return num(tm.mday, 2);
    case "D":
    case "x":
      return txt(strftime("%m/%d/%y", tm, tzname));
    case "e":
      return num(tm.mday, 2, true);
    case "F":
      return txt(strftime("%Y-%m-%d", tm, tzname));
    case "G":
      return num(isoWeek(tm)[0], 1);
    case "g":
      return num((((isoWeek(tm)[0] % 100) + 100) % 100), 2);
    case "H":
      return num(tm.hour, 2);
    case "I":
      return num(hour12, 2);
    case "j":
      return num(tm.yday, 3);
    case "k":
      return num(tm.hour, 2, true);
    case "l":
      return num(hour12, 2, true);
    case "m":
      return num(tm.mon, 2);
    case "M":
      return num(tm.min, 2);
    case "n":
      return txt("\n");
    case "p":
      return txt(tm.hour < 12 ? "AM" : "PM");
    case "P":
      return txt(tm.hour < 12 ? "am" : "pm");
    case "r":
      return txt(strftime("%I:%M:%S %p", tm, tzname));
    case "R":
      return txt(strftime("%H:%M", tm, tzname));
    case "s":
      return num(mktimeSeconds(tm), 1);
    case "S":
      return num(tm.sec, 2);
    case "t":
      return txt("\t");
    case "T":
    case "X":
      return txt(strftime("%H:%M:%S", tm, tzname));
    case "u":
      return num(tm.wday + 1, 1);
    case "U":
      return num(Math.floor((tm.yday - 1 + 7 - sundayWday) / 7), 2);
    case "V":
      return num(isoWeek(tm)[1], 2);
    case "w":
      return num(sundayWday, 1);
    case "W":
      return num(Math.floor((tm.yday - 1 + 7 - tm.wday) / 7), 2);
    case "y":
      return num((((tm.year % 100) + 100) % 100), 2);
    case "Y":
      return num(tm.year, 1);
    case "z": {
      const off = tm.gmtoff ?? 0;
      const a = Math.abs(off);
      return txt((off < 0 ? "-" : "+") + String(Math.floor(a / 3600)).padStart(2, "0") + String(Math.floor((a % 3600) / 60)).padStart(2, "0"));
    }
    case "Z":
      return txt(tm.zone ?? (tm.isdst > 0 ? tzname[1] : tzname[0]));
    case "%":
      return txt("%");
  }
  return null;
}

// ---- strptime ---------------------------------------------------------------------------------

const DAY_ABBR = DAY_NAMES.map((n) => n.slice(0, 3).toLowerCase());
const MONTH_ABBR = MONTH_NAMES.map((n) => n.slice(0, 3).toLowerCase());

const PATTERNS: Record<string, string> = {
  d: "(?<d>3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])",
  f: "(?<f>[0-9]{1,6})",
  H: "(?<H>2[0-3]|[0-1]\\d|\\d)",
  I: "(?<I>1[0-2]|0[1-9]|[1-9])",
  G: "(?<G>\\d\\d\\d\\d)",
  j: "(?<j>36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])",
  m: "(?<m>1[0-2]|0[1-9]|[1-9])",
  M: "(?<M>[0-5]\\d|\\d)",
  S: "(?<S>6[0-1]|[0-5]\\d|\\d)",
  U: "(?<U>5[0-3]|[0-4]\\d|\\d)",
  w: "(?<w>[0-6])",
  u: "(?<u>[1-7])",
  V: "(?<V>5[0-3]|0[1-9]|[1-4]\\d|\\d)",
  y: "(?<y>\\d\\d)",
  Y: "(?<Y>\\d\\d\\d\\d)",
  z: "(?<z>[+-]\\d\\d:?[0-5]\\d(:?[0-5]\\d(\\.\\d{1,6})?)?|Z)",
  a: `(?<a>${DAY_NAMES.map((n) => n.slice(0, 3).toLowerCase()).join("|")})`,
  A: `(?<A>${DAY_NAMES.map((n) => n.toLowerCase()).join("|")})`,
  b: `(?<b>${MONTH_NAMES.map((n) => n.slice(0, 3).toLowerCase()).join("|")})`,
  B: `(?<B>${MONTH_NAMES.map((n) => n.toLowerCase()).join("|")})`,
  p: "(?<p>am|pm)",
  "%": "%",
};
PATTERNS.W = PATTERNS.U.replace("<U>", "<W>");
PATTERNS.h = PATTERNS.b.replace("<b>", "<h>");
PATTERNS.e = PATTERNS.d.replace("<d>", "<e>");

const EXPANSIONS: Record<string, string> = { c: "%a %b %d %H:%M:%S %Y", x: "%m/%d/%y", X: "%H:%M:%S", D: "%m/%d/%y", T: "%H:%M:%S", R: "%H:%M", F: "%Y-%m-%d" };

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Builds the regex for a strptime format (each directive once: repeats must match the same text). */
function formatRegex(format: string, tzNames: string[]): string {
  let expanded = format;
  for (let k = 0; k < 3; k++) expanded = expanded.replace(/%([cxXDTRF])/g, (_, d: string) => EXPANSIONS[d]);
  let re = "";
  const seen = new Set<string>();
  for (let i = 0; i < expanded.length; i++) {
    const c = expanded[i];
    if (c === "%") {
      if (i + 1 >= expanded.length) throw pyValueError(`stray % in format '${format}'`);
      const d = expanded[++i];
      if (d === "Z") {
        const names = ["utc", "gmt", ...tzNames.map((n) => n.toLowerCase())];
        re += `(?<Z>${[...new Set(names)].map(escapeRegex).join("|")})`;
        continue;
      }
      const p = PATTERNS[d];
      if (p === undefined) throw pyValueError(`'${d}' is a bad directive in format '%${d}'`.replace(`'%${d}'`, `'${format}'`));
      if (seen.has(d) && d !== "%") re += `\\k<${d}>`;
      else re += p;
      seen.add(d);
    } else if (/\s/.test(c)) {
      while (i + 1 < expanded.length && /\s/.test(expanded[i + 1])) i++;
      re += "\\s+";
    } else re += escapeRegex(c);
  }
  return re;
}

export interface Parsed {
  tm: Tm;
  fraction: number;
}

/** time.strptime(string, format) → broken-down time (isdst -1 unless a zone name was given). */
export function strptime(data: string, format: string, tzname: [string, string]): Parsed {
  const re = new RegExp("^" + formatRegex(format, tzname), "i");
  const m = re.exec(data);
  if (m === null) throw pyValueError(`time data ${pyRepr(data)} does not match format ${pyRepr(format)}`);
  if (m[0].length !== data.length) throw pyValueError(`unconverted data remains: ${data.slice(m[0].length)}`);
  const g = m.groups ?? {};
  let year: number | null = null;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let fraction = 0;
  let yday: number | null = null;
  let wday: number | null = null;
  let isdst = -1;
  let gmtoff: number | null = null;
  let zone: string | null = null;
  let weekOfYear: number | null = null;
  let weekStartsMonday = false;
  if (g.y !== undefined) {
    year = Number(g.y);
    year += year <= 68 ? 2000 : 1900;
  }
  if (g.Y !== undefined) year = Number(g.Y);
  if (g.m !== undefined) month = Number(g.m);
  for (const k of ["B", "b", "h"]) {
    if (g[k] !== undefined) month = (k === "B" ? MONTH_NAMES.map((n) => n.toLowerCase()) : MONTH_ABBR).indexOf(g[k].toLowerCase()) + 1;
  }
  if (g.d !== undefined) day = Number(g.d);
  if (g.e !== undefined) day = Number(g.e);
  if (g.H !== undefined) hour = Number(g.H);
  if (g.I !== undefined) {
    hour = Number(g.I);
    const ampm = (g.p ?? "").toLowerCase();
    if (ampm === "pm") hour = hour === 12 ? 12 : hour + 12;
    else if (hour === 12) hour = 0;
  }
  if (g.M !== undefined) minute = Number(g.M);
  if (g.S !== undefined) second = Number(g.S);
  if (g.f !== undefined) fraction = Number(g.f.padEnd(6, "0"));
  if (g.A !== undefined) wday = DAY_NAMES.map((n) => n.toLowerCase()).indexOf(g.A.toLowerCase());
  if (g.a !== undefined) wday = DAY_ABBR.indexOf(g.a.toLowerCase());
  if (g.w !== undefined) wday = Number(g.w) === 0 ? 6 : Number(g.w) - 1;
  if (g.u !== undefined) wday = Number(g.u) - 1;
  if (g.j !== undefined) yday = Number(g.j);
  if (g.U !== undefined) weekOfYear = Number(g.U);
  if (g.W !== undefined) {
    weekOfYear = Number(g.W);
    weekStartsMonday = true;
  }
  if (g.z !== undefined) {
    const z = g.z;
    if (z.toUpperCase() === "Z") gmtoff = 0;
    else {
      const body = z.slice(1).replace(/:/g, "");
      const hh = Number(body.slice(0, 2));
      const mm = Number(body.slice(2, 4));
      const ss = body.length >= 6 ? Number(body.slice(4, 6)) : 0;
      gmtoff = (hh * 3600 + mm * 60 + ss) * (z[0] === "-" ? -1 : 1);
    }
  }
  if (g.Z !== undefined) {
    const z = g.Z.toLowerCase();
    zone = g.Z;
    if (z === "utc" || z === "gmt") isdst = 0;
    else if (tzname[0] !== tzname[1] && z === tzname[1].toLowerCase()) isdst = 1;
    else if (z === tzname[0].toLowerCase()) isdst = 0;
  }
  const leapYearFix = year === null && month === 2 && day === 29;
  if (year === null) year = leapYearFix ? 1904 : 1900;
  if (yday === null && weekOfYear !== null && wday !== null) {
    // the date from week number and weekday (_strptime's rule)
    const firstWday = weekDay(year, 1, 1);
    let weekStartOffset: number;
    if (weekStartsMonday) weekStartOffset = (7 - firstWday) % 7;
    else weekStartOffset = (6 - firstWday) % 7;
    const dow = weekStartsMonday ? wday : (wday + 1) % 7;
    if (weekOfYear === 0) yday = 1 + dow - ((7 - weekStartOffset) % 7) - (weekStartsMonday ? 0 : 0);
    else yday = weekStartOffset + 1 + 7 * (weekOfYear - 1) + dow;
    if (yday <= 0) {
      year -= 1;
      yday += isLeap(year) ? 366 : 365;
    }
  }
  if (yday !== null && (g.m === undefined && g.B === undefined && g.b === undefined && g.d === undefined)) {
    const [y2, m2, d2] = civilFromDays(daysFromCivil(year, 1, 1) + yday - 1);
    year = y2;
    month = m2;
    day = d2;
  }
  if (day > 28 && civilFromDays(daysFromCivil(year, month, day))[1] !== month) {
    throw pyValueError("day is out of range for month");
  }
  if (yday === null) yday = yearDay(year, month, day);
  if (wday === null) wday = weekDay(year, month, day);
  if (leapYearFix) year = 1900;
  return {
    tm: { year, mon: month, mday: day, hour, min: minute, sec: second, wday, yday, isdst, zone, gmtoff },
    fraction,
  };
}

function pyRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  return q + s.replace(/\\/g, "\\\\").replace(new RegExp(q, "g"), "\\" + q).replace(/\n/g, "\\n").replace(/\t/g, "\\t") + q;
}
