// re.compile(): parse, choose a matcher, and remember the result (CPython keeps 512 compiled
// patterns; the oldest is dropped when full).
import type { PyValue } from "../../objects/object.js";
import { strValue } from "../../objects/str.js";
import { bytesLike, latin1 } from "../../objects/bytes-methods.js";
import { intValue } from "../../objects/int.js";
import { typeName, typeOf } from "../../objects/typeof.js";
import { PyBytes } from "../../objects/bytes.js";
import { None } from "../../objects/singletons.js";
import { pyTypeError, pyValueError } from "../../objects/exceptions.js";
import { parsePattern } from "./parse.js";
import { F, type Node } from "./ast.js";
import { translateToJs } from "./to-js.js";
import { JsMatcher, type Matcher } from "./engine.js";
import { BacktrackMatcher } from "./backtrack.js";
import { PyPattern } from "./pattern.js";
import { pythonErrorOf, reWarn } from "./errors.js";

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
  if (n === undefined) throw pyTypeError(`unsupported operand type(s) for &: '${typeName(v)}' and 'RegexFlag'`);
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
    // only bytes (CPython looks the pattern up in its cache first: unhashable ones fail there)
    if (!(pattern instanceof PyBytes)) {
      if (typeOf(pattern).lookup("__hash__") === None) throw pyTypeError(`unhashable type: '${typeName(pattern)}'`);
      throw pyTypeError("first argument must be string or compiled pattern");
    }
    text = latin1(bytesLike(pattern)!);
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
  if (flags & F.TEMPLATE) reWarn("The re.TEMPLATE/re.T flag is deprecated as it is an undocumented flag without an obvious purpose. Don't use it.", "DeprecationWarning", true);
  let parsed;
  try {
    parsed = parsePattern(text, flags, isBytes, (w) => reWarn(w, "FutureWarning"));
  } catch (e) {
    throw pythonErrorOf(e, source);
  }
  const matcher = matcherOf(parsed.root, parsed.groups);
  const emptyBuild = hasNonBoundary(parsed.root) ? () => matcherOf(withoutNonBoundary(parsed.root), parsed.groups) : null;
  return new PyPattern(source, parsed.flags, isBytes, parsed.groups, parsed.groupindex, matcher, parsed.closeOrder, emptyBuild);
}

/** The JS translation when it is faithful and V8 takes it, else the backtracking matcher. */
/** PYGIL_RE_BACKTRACK=1 runs every pattern on our matcher (to test it against CPython). */
const forceBacktrack = typeof process !== "undefined" && process.env.PYGIL_RE_BACKTRACK === "1";

function matcherOf(root: Node, groups: number): Matcher {
  const js = forceBacktrack ? null : translateToJs(root, groups);
  // a translation V8 refuses (a limit of its own) switches to our matcher on first use
  if (js !== null) return new JsMatcher(js.source, js.shiftedSource, js.asciiSource, js.asciiShiftedSource, js.flags, js.groupMap, js.jsGroups, groups, () => new BacktrackMatcher(root, groups));
  return new BacktrackMatcher(root, groups);
}

function hasNonBoundary(n: Node): boolean {
  switch (n.k) {
    case "at": return n.what === "nwordb";
    case "cat": case "alt": return n.items.some(hasNonBoundary);
    case "group": case "nc": case "atomic": case "look": case "rep": return hasNonBoundary(n.body);
    case "cond": return hasNonBoundary(n.yes) || hasNonBoundary(n.no);
    default: return false;
  }
}

/** The pattern with \B made to fail: CPython's \B never matches when pos == endpos. */
function withoutNonBoundary(n: Node): Node {
  switch (n.k) {
    case "at": return n.what === "nwordb" ? { k: "look", behind: false, neg: true, body: { k: "empty" }, width: 0 } : n;
    case "cat": case "alt": return { ...n, items: n.items.map(withoutNonBoundary) };
    case "group": case "nc": case "atomic": case "look": case "rep": return { ...n, body: withoutNonBoundary(n.body) } as Node;
    case "cond": return { ...n, yes: withoutNonBoundary(n.yes), no: withoutNonBoundary(n.no) };
    default: return n;
  }
}
