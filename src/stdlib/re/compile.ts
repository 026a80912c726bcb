// re.compile(): parse, choose a matcher, and remember the result (CPython keeps 512 compiled
// patterns; the oldest is dropped when full).
import type { PyValue } from "../../objects/object.js";
import { strValue } from "../../objects/str.js";
import { bytesLike, latin1 } from "../../objects/bytes-methods.js";
import { intValue } from "../../objects/int.js";
import { typeName } from "../../objects/typeof.js";
import { pyTypeError, pyValueError } from "../../objects/exceptions.js";
import { parsePattern } from "./parse.js";
import { translateToJs } from "./to-js.js";
import { JsMatcher, type Matcher } from "./engine.js";
import { BacktrackMatcher } from "./backtrack.js";
import { PyPattern } from "./pattern.js";
import { pythonErrorOf } from "./errors.js";

const CACHE_MAX = 512;
const strCache = new Map<string, PyPattern>();
const bytesCache = new Map<string, PyPattern>();

export function purgeCache(): void {
  strCache.clear();
  bytesCache.clear();
}

export function flagsArg(v: PyValue | undefined): number {
  if (v === undefined) return 0;
  const n = intValue(v);
  if (n === undefined) throw pyTypeError(`unsupported operand type(s) for &: '${typeName(v)}' and 'int'`);
  return Number(n);
}

/** The compiled pattern for a str/bytes pattern or a Pattern (re.compile's argument rules). */
export function compilePattern(pattern: PyValue, flags: number): PyPattern {
  if (pattern instanceof PyPattern) {
    if (flags) throw pyValueError("cannot process flags argument with a compiled pattern");
    return pattern;
  }
  const s = strValue(pattern);
  const isBytes = s === undefined;
  let text = s;
  if (text === undefined) {
    const b = bytesLike(pattern);
    if (b === undefined) throw pyTypeError("first argument must be string or compiled pattern");
    text = latin1(b);
  }
  const cache = isBytes ? bytesCache : strCache;
  const key = `${flags}:${text}`;
  const hit = cache.get(key);
  if (hit !== undefined && (typeof pattern === "string" || hit.source === pattern)) return hit;
  const p = build(pattern, text, flags, isBytes);
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(key, p);
  return p;
}

function build(source: PyValue, text: string, flags: number, isBytes: boolean): PyPattern {
  let parsed;
  try {
    parsed = parsePattern(text, flags, isBytes);
  } catch (e) {
    throw pythonErrorOf(e, source);
  }
  const js = translateToJs(parsed.root, parsed.groups);
  let matcher: Matcher | null = null;
  if (js !== null) {
    try {
      new RegExp(js.source, js.flags);
      matcher = new JsMatcher(js.source, js.flags, js.groupMap, js.jsGroups, parsed.groups);
    } catch {
      // a translation V8 refuses (a limit of its own): our matcher runs it
    }
  }
  if (matcher === null) matcher = new BacktrackMatcher(parsed.root, parsed.groups);
  return new PyPattern(source, parsed.flags, isBytes, parsed.groups, parsed.groupindex, matcher);
}
