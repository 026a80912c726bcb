// "Did you mean: 'x'?" for NameError and AttributeError, with CPython 3.11's candidate lists
// and its weighted Levenshtein distance (case changes cost 1, other edits 2).
import type { PyValue } from "../objects/object.js";
import { PyBaseException, Exc } from "../objects/exceptions.js";
import type { Interpreter } from "./interpreter.js";
import { Frame } from "./frame.js";
import { dirOf } from "./builtins-dir.js";

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

export function suggestionFor(_interp: Interpreter, exc: PyBaseException): string | null {
  try {
    // exact types only, as CPython (UnboundLocalError, subclasses: no suggestion)
    if (exc.type === Exc.AttributeError) {
      const name = exc.dict?.getStr("name");
      const obj = exc.dict?.getStr("obj");
      if (typeof name !== "string" || obj === undefined) return null;
      return calculate(dirOf(obj), name);
    }
    if (exc.type === Exc.NameError) {
      const name = exc.dict?.getStr("name");
      if (typeof name !== "string" || !exc.traceback) return null;
      let tb = exc.traceback;
      while (tb.next) tb = tb.next;
      const frame = tb.frame as unknown;
      if (!(frame instanceof Frame)) return null;
      const locals = frame.code.varnames.concat(frame.code.cellvars, frame.code.freevars);
      const s1 = calculate(locals, name);
      if (s1 !== null) return s1;
      const s2 = calculate(keysOf(frame.globals.keyList()), name);
      if (s2 !== null) return s2;
      return calculate(keysOf(frame.builtins.keyList()), name);
    }
  } catch {
    return null;
  }
  return null;
}

function keysOf(vs: PyValue[]): string[] {
  return vs.filter((v): v is string => typeof v === "string");
}

function calculate(dir: string[], name: string): string | null {
  if (dir.length >= MAX_CANDIDATE_ITEMS) return null;
  let best = Infinity;
  let suggestion: string | null = null;
  const nameBytes = utf8(name);
  for (const item of dir) {
    if (item === name) continue;
    const itemBytes = utf8(item);
    let maxDistance = Math.floor(((nameBytes.length + itemBytes.length + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, best - 1);
    const d = levenshtein(nameBytes, itemBytes, maxDistance);
    if (d > maxDistance) continue;
    if (suggestion === null || d < best) {
      suggestion = item;
      best = d;
    }
  }
  return suggestion;
}

const enc = new TextEncoder();
function utf8(s: string): Uint8Array {
  return enc.encode(s);
}

function substitutionCost(a: number, b: number): number {
  if (a === b) return 0;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return a === b ? CASE_COST : MOVE_COST;
}

function levenshtein(a: Uint8Array, b: Uint8Array, maxCost: number): number {
  let as = 0, ae = a.length, bs = 0, be = b.length;
  while (as < ae && bs < be && a[as] === b[bs]) {
    as++;
    bs++;
  }
  while (as < ae && bs < be && a[ae - 1] === b[be - 1]) {
    ae--;
    be--;
  }
  let aLen = ae - as, bLen = be - bs;
  if (aLen === 0 || bLen === 0) return (aLen + bLen) * MOVE_COST;
  if (aLen > MAX_STRING_SIZE || bLen > MAX_STRING_SIZE) return maxCost + 1;
  let A = a.subarray(as, ae), B = b.subarray(bs, be);
  if (bLen < aLen) {
    [A, B] = [B, A];
    [aLen, bLen] = [bLen, aLen];
  }
  if ((bLen - aLen) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer = new Array<number>(aLen);
  let tmp = MOVE_COST;
  for (let i = 0; i < aLen; i++) {
    buffer[i] = tmp;
    tmp += MOVE_COST;
  }
  let result = 0;
  for (let bi = 0; bi < bLen; bi++) {
    const code = B[bi];
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < aLen; i++) {
      const substitute = distance + substitutionCost(code, A[i]);
      distance = buffer[i];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}
