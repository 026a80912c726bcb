// Tracebacks as CPython 3.11 prints them: chained exceptions, "File …, line …, in …", the
// source line with ~~~^^^ carets under the failing expression, "[Previous line repeated N more
// times]", and the final "Type: message" (with "Did you mean" suggestions).
import { readFileSync } from "node:fs";
import type { PyValue } from "../objects/object.js";
import { PyType } from "../objects/type.js";
import { None } from "../objects/singletons.js";
import { PyBaseException, PyTraceback, Exc, isExc, newException, setExcAttr } from "../objects/exceptions.js";
import { PyTuple } from "../objects/tuple.js";
import { PyList } from "../objects/list.js";
import { PyDict } from "../objects/dict.js";
import { PyModule } from "../objects/module.js";
import { typeOf } from "../objects/typeof.js";
import { eastAsianWidth } from "../stdlib/unicodedata.js";
import { str } from "../objects/stringify.js";
import { intValue } from "../objects/int.js";
import { PySyntaxError } from "../lexer/syntax-error.js";
import { formatSyntaxErrorFields } from "../parser/report.js";
import type { Interpreter } from "./interpreter.js";
import { suggestionFor } from "./suggestions.js";

/** The full report for an uncaught exception (what sys.excepthook writes). */
export function formatException(interp: Interpreter, exc: PyBaseException): string {
  return formatExceptionChunks(interp, exc).join("");
}

/** The report in the pieces traceback.format_exception() returns (limit: frames per traceback). */
/** `suggestions`: "Did you mean" as the interpreter's own display adds it (3.11's traceback
 *  module does not). */
export function formatExceptionChunks(interp: Interpreter, exc: PyBaseException, limit: number | null = null, chain = true, suggestions = true): string[] {
  const parts: string[] = [];
  formatOne(interp, exc, parts, { depth: 0, needClose: false, seen: new Set(), suggestions }, limit, chain);
  return parts;
}

/** Printing state for exception groups: nesting depth (the "| " margins) and the closing line. */
interface PrintCtx {
  depth: number;
  needClose: boolean;
  seen: Set<PyBaseException>;
  suggestions: boolean;
}

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/** Writes text with the group margin on every line ("  | ", or "+ " where asked). */
function emit(out: string[], ctx: PrintCtx, text: string, margin = "|"): void {
  if (ctx.depth === 0) {
    out.push(text);
    return;
  }
  const prefix = " ".repeat(2 * ctx.depth) + margin + " ";
  out.push(text.split(/(?<=\n)/).map((l) => prefix + l).join(""));
}

function isGroup(e: PyBaseException): boolean {
  return e.type.isSubtypeOf(Exc.BaseExceptionGroup);
}

function groupMembers(e: PyBaseException): PyBaseException[] {
  const ex = e.dict?.getStr("exceptions");
  return ex instanceof PyTuple ? (ex.items.filter((x) => x instanceof PyBaseException) as PyBaseException[]) : [];
}

/** One exception with its chain (causes/contexts first), as CPython's TracebackException.format. */
function formatOne(interp: Interpreter, top: PyBaseException, out: string[], ctx: PrintCtx, limit: number | null, chain: boolean): void {
  const list: [string | null, PyBaseException][] = [];
  let exc: PyBaseException | null = top;
  while (exc && !ctx.seen.has(exc)) {
    ctx.seen.add(exc);
    let msg: string | null = null;
    let next: PyBaseException | null = null;
    if (chain) {
      if (exc.cause instanceof PyBaseException) {
        msg = "\nThe above exception was the direct cause of the following exception:\n\n";
        next = exc.cause;
      } else if (exc.context instanceof PyBaseException && !exc.suppressContext) {
        msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
        next = exc.context;
      }
    }
    if (next && ctx.seen.has(next)) {
      msg = null;
      next = null;
    }
    list.push([msg, exc]);
    exc = next;
  }
  for (let i = list.length - 1; i >= 0; i--) {
    const [msg, e] = list[i];
    if (msg !== null) emit(out, ctx, msg);
    if (!isGroup(e)) {
      if (e.traceback) {
        emit(out, ctx, "Traceback (most recent call last):\n");
        emit(out, ctx, tracebackChunks(interp, e.traceback, limit).join(""));
      }
      emit(out, ctx, formatExceptionOnly(interp, e, true, ctx.suggestions));
      continue;
    }
    if (ctx.depth > MAX_GROUP_DEPTH) {
      emit(out, ctx, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
      continue;
    }
    const topLevel = ctx.depth === 0;
    if (topLevel) ctx.depth++;
    if (e.traceback) {
      emit(out, ctx, "Exception Group Traceback (most recent call last):\n", topLevel ? "+" : "|");
      emit(out, ctx, tracebackChunks(interp, e.traceback, limit).join(""));
    }
    emit(out, ctx, formatExceptionOnly(interp, e, true, ctx.suggestions));
    const members = groupMembers(e);
    const n = members.length <= MAX_GROUP_WIDTH ? members.length : MAX_GROUP_WIDTH + 1;
    ctx.needClose = false;
    for (let k = 0; k < n; k++) {
      const last = k === n - 1;
      if (last) ctx.needClose = true;
      const truncated = k >= MAX_GROUP_WIDTH;
      const title = truncated ? "..." : String(k + 1);
      out.push(" ".repeat(2 * ctx.depth) + (k === 0 ? "+-" : "  ") + `+---------------- ${title} ----------------\n`);
      ctx.depth++;
      if (!truncated) formatOne(interp, members[k], out, ctx, limit, chain);
      else {
        const remaining = members.length - MAX_GROUP_WIDTH;
        emit(out, ctx, `and ${remaining} more exception${remaining > 1 ? "s" : ""}\n`);
      }
      if (last && ctx.needClose) {
        out.push(" ".repeat(2 * ctx.depth) + "+------------------------------------\n");
        ctx.needClose = false;
      }
      ctx.depth--;
    }
    if (topLevel) ctx.depth = 0;
  }
}

/** The frames of a traceback chain, oldest first, with repeats collapsed. */
export function formatTracebackEntries(interp: Interpreter, tb: PyTraceback | null): string {
  return tracebackChunks(interp, tb, null).join("");
}

/** One string per traceback entry (and per "[Previous line repeated …]" note). */
export function tracebackChunks(interp: Interpreter, tb: PyTraceback | null, limit: number | null): string[] {
  if (limit !== null) {
    const all: PyTraceback[] = [];
    for (let t = tb; t; t = t.next) all.push(t);
    const keep = limit >= 0 ? all.slice(0, limit) : all.slice(limit);
    return keep.length ? chunksOf(interp, keep) : [];
  }
  const all: PyTraceback[] = [];
  for (let t = tb; t; t = t.next) all.push(t);
  return chunksOf(interp, all);
}

function chunksOf(interp: Interpreter, entries: PyTraceback[]): string[] {
  const out: string[] = [];
  let lastKey = "";
  let count = 0;
  const flushRepeat = () => {
    if (count > 3) out.push(`  [Previous line repeated ${count - 3} more time${count - 3 > 1 ? "s" : ""}]\n`);
  };
  for (const t of entries) {
    const code = t.code;
    const key = `${code.filename}\0${t.lineno}\0${code.name}`;
    if (key === lastKey) {
      count++;
      if (count > 3) continue;
    } else {
      flushRepeat();
      lastKey = key;
      count = 1;
    }
    out.push(formatFrameLine(interp, t));
  }
  flushRepeat();
  return out;
}

/**
 * A frame's lines of a traceback: "  File …", the source line, and the carets. `asTracebackModule`:
 * as the traceback module of CPython 3.11 draws them (traceback.print_exc …), whose operator
 * anchors differ from the interpreter's own report when non-ASCII text precedes the operator.
 */
export function formatFrameLine(interp: Interpreter, t: PyTraceback, asTracebackModule = false): string {
  const code = t.code;
  let s = `  File "${code.filename}", line ${t.lineno}, in ${code.name}\n`;
  const line = sourceLine(interp, code.filename, t.lineno);
  if (line === null) return s;
  let indent = 0;
  while (indent < line.length && (line[indent] === " " || line[indent] === "\t" || line[indent] === "\f")) indent++;
  const shown = line.slice(indent);
  if (shown.trim() === "") return s;
  s += `    ${shown}\n`;
  const p = code.positions;
  const i = t.pc;
  const startLine = p[4 * i], endLine = p[4 * i + 1], startCol = p[4 * i + 2], endCol = p[4 * i + 3];
  if (startLine !== t.lineno || startCol < 0 || endCol < 0 || endLine < 0) return s;
  const start = charOffset(line, startCol);
  let end: number;
  let leftEnd = -1, rightStart = -1;
  if (startLine === endLine) {
    end = charOffset(line, endCol);
    const a = code.anchors;
    if (a !== null && a[3 * i] !== 0) {
      const kind = a[3 * i], left = charOffset(line, a[3 * i + 1]), right = charOffset(line, a[3 * i + 2]);
      const anchors = asTracebackModule && kind === 1 ? moduleOperatorAnchors(line.slice(start, end), left - start, right - start) : computeAnchors(line, start, end, kind, left, right);
      if (anchors) [leftEnd, rightStart] = anchors;
    }
  } else {
    let k = line.length - 1;
    while (k >= 0 && /\s/.test(line[k])) k--;
    end = k + 1;
  }
  const hasAnchors = leftEnd >= 0;
  if (end - start === shown.length && !hasAnchors) return s;
  if (end <= start) return s;
  // CPython draws the carets in display columns: two under a wide (East Asian W/F) character
  let carets = "    " + " ".repeat(Math.max(0, displayWidth(line.slice(indent, Math.max(indent, start)))));
  for (let k = 0; k < end - start; k++) {
    const code = line.codePointAt(start + k)!;
    const mark = hasAnchors ? (k >= leftEnd && k < rightStart ? "^" : "~") : "^";
    carets += code > 0xffff ? mark.repeat(charWidth(code)) : code < 0x1100 ? mark : mark.repeat(charWidth(code));
    if (code > 0xffff) k++; // the low surrogate of this character
  }
  return s + carets + "\n";
}

/** Columns a character takes in a terminal, as CPython's traceback counts them. */
function charWidth(code: number): number {
  const w = eastAsianWidth(code);
  return w === "W" || w === "F" ? 2 : 1;
}

function displayWidth(text: string): number {
  let n = 0;
  for (const ch of text) n += ch.charCodeAt(0) < 0x1100 ? 1 : charWidth(ch.codePointAt(0)!);
  return n;
}

/**
 * Secondary ranges as CPython 3.11 finds them in the failing segment: for a binary operation the
 * operator (`~~^~~`), for a subscript the index part (`~~^^^`). Offsets are relative to start.
 */
function computeAnchors(line: string, start: number, end: number, kind: number, a: number, b: number): [number, number] | null {
  const seg = line.slice(start, end);
  if (kind === 1) {
    // a = left operand end, b = right operand start (absolute char columns)
    for (let i = a - start; i < b - start; i++) {
      const ch = seg[i];
      if (ch === undefined) return null;
      if (isWs(ch)) continue;
      let right = i + 1;
      if (i + 1 < b - start && !isWs(seg[i + 1])) right++;
      if (i + 1 < b - start && ch === ")") continue;
      return [i, right];
    }
    return null;
  }
  // subscript: a = value end, b = slice end
  let left = a - start;
  let right = b - start + 1;
  while (left < seg.length && seg[left] !== "[") left++;
  while (right < seg.length && seg[right] !== "]") right++;
  if (right < seg.length) right++;
  if (left >= seg.length) return null;
  return [left, Math.min(right, seg.length)];
}

/**
 * The operator anchors of a binary operation as CPython 3.11's traceback module finds them: it
 * adds the operator's offset to the left operand's end in UTF-8 bytes and reads the sum as a
 * character index (so each extra byte of non-ASCII text in the left operand moves the ^ right),
 * skips spaces, ')' and '#', then turns the anchors back from "bytes" into characters.
 * leftEnd/rightStart and the result count UTF-16 units of seg.
 */
function moduleOperatorAnchors(seg: string, leftEnd: number, rightStart: number): [number, number] | null {
  const cps = Array.from(seg);
  const cpIndex = (units: number) => Array.from(seg.slice(0, units)).length;
  const utf8Len = (cp: string) => {
    const c = cp.codePointAt(0)!;
    return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  };
  // characters (code points) in the first `offset` bytes, a cut character counting as one
  const normalize = (offset: number) => {
    let bytes = 0, n = 0;
    for (const cp of cps) {
      if (bytes >= offset) break;
      bytes += utf8Len(cp);
      n++;
    }
    return n;
  };
  const leftCp = cpIndex(leftEnd), rightCp = cpIndex(rightStart);
  let leftEndBytes = 0;
  for (let k = 0; k < leftCp; k++) leftEndBytes += utf8Len(cps[k]);
  const operator = cps.slice(leftCp, rightCp);
  let opOffset = 0;
  while (opOffset < operator.length && /\s/.test(operator[opOffset])) opOffset++;
  if (opOffset === operator.length) return null;
  let leftAnchor = leftEndBytes + opOffset;
  let rightAnchor = leftAnchor + 1;
  if (opOffset + 1 < operator.length && !/\s/.test(operator[opOffset + 1])) rightAnchor++;
  while (leftAnchor < cps.length && (/\s/.test(cps[leftAnchor]) || cps[leftAnchor] === ")" || cps[leftAnchor] === "#")) {
    leftAnchor++;
    rightAnchor++;
  }
  const units = (cpCount: number) => cps.slice(0, cpCount).join("").length;
  return [units(normalize(leftAnchor)), units(normalize(rightAnchor))];
}

function isWs(ch: string): boolean {
  return ch === " " || ch === "\t" || ch === "\f" || ch === "\n" || ch === "\r";
}

/** Character offset in `line` of a UTF-8 byte column. */
function charOffset(line: string, byteCol: number): number {
  let bytes = 0;
  let chars = 0;
  for (const ch of line) {
    if (bytes >= byteCol) break;
    const cp = ch.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    chars += ch.length;
  }
  return bytes >= byteCol ? chars : chars + (byteCol - bytes);
}

const fileLines = new Map<string, string[] | null>();

/** A line of a source file (1-based), without its line ending; null when unavailable. */
export function sourceLine(interp: Interpreter, filename: string, lineno: number): string | null {
  if (filename.startsWith("<")) return linecacheLine(interp, filename, lineno);
  let lines = fileLines.get(filename);
  if (lines === undefined) {
    // like CPython's linecache: no lines for "<string>" (-c, exec) or "<stdin>" (the REPL)
    const src = filename.startsWith("<") ? null : (interp.sources.get(filename) ?? readSource(filename));
    lines = src === null ? null : src.split(/\r\n|\r|\n/);
    fileLines.set(filename, lines);
  }
  if (lines === null) return null;
  const l = lines[lineno - 1];
  return l === undefined ? null : l;
}

/**
 * A line of a pseudo-file ("<doctest f[0]>", "<timeit-src>") that Python code registered in
 * linecache.cache as (size, mtime, lines, fullname), as CPython's tracebacks show them.
 */
function linecacheLine(interp: Interpreter, filename: string, lineno: number): string | null {
  const linecache = interp.modules.getStr("linecache");
  const cache = linecache instanceof PyModule ? linecache.dict.getStr("cache") : undefined;
  const entry = cache instanceof PyDict ? cache.getStr(filename) : undefined;
  if (!(entry instanceof PyTuple) || entry.items.length < 3) return null;
  const lines = entry.items[2];
  const line = lines instanceof PyList ? lines.items[lineno - 1] : undefined;
  return typeof line === "string" ? line.replace(/\r?\n$/, "") : null;
}

function readSource(filename: string): string | null {
  if (filename.startsWith("<")) return null;
  try {
    return readFileSync(filename, "utf8");
  } catch {
    return null;
  }
}

/** The "Type: message" part (SyntaxError gets its file/line/caret layout), then the notes. */
export function formatExceptionOnly(interp: Interpreter, exc: PyBaseException, withNotes = true, withSuggestion = true): string {
  const t = typeOf(exc);
  let name = t.qualname;
  const mod = t.moduleName;
  if (mod !== "builtins" && mod !== "__main__") name = `${mod}.${name}`;
  if (t.isSubtypeOf(Exc.SyntaxError)) {
    const f = syntaxFields(exc, name);
    if (f) return formatSyntaxErrorFields(f) + (withNotes ? notes(exc) : "");
  }
  let msg: string;
  try {
    msg = str(exc);
  } catch {
    msg = "<exception str() failed>";
  }
  const sugg = withSuggestion ? suggestionFor(interp, exc) : null;
  if (sugg) msg += `. Did you mean: '${sugg}'?`;
  return (msg === "" ? `${name}\n` : `${name}: ${msg}\n`) + (withNotes ? notes(exc) : "");
}

function notes(exc: PyBaseException): string {
  const n = exc.dict?.getStr("__notes__");
  if (!(n instanceof PyList)) return "";
  return n.items.map((x) => {
    try {
      return str(x) + "\n";
    } catch {
      return "<note str() failed>\n";
    }
  }).join("");
}

function syntaxFields(exc: PyBaseException, kind: string) {
  const d = exc.dict;
  const get = (k: string): PyValue => d?.getStr(k) ?? None;
  const filename = get("filename");
  const lineno = intValue(get("lineno"));
  if (lineno === undefined) return null;
  const num = (v: PyValue) => {
    const n = intValue(v);
    return n === undefined ? null : Number(n);
  };
  const msgV = get("msg");
  const text = get("text");
  return {
    kind,
    msg: typeof msgV === "string" ? msgV : exc.args.items.length ? str(exc.args.items[0]) : "",
    filename: typeof filename === "string" ? filename : "<string>",
    lineno: Number(lineno),
    offset: num(get("offset")),
    text: typeof text === "string" ? text : null,
    endLineno: num(get("end_lineno")),
    endOffset: num(get("end_offset")),
  };
}

/** A compile-time PySyntaxError as a Python SyntaxError instance. */
export function syntaxErrorToPy(e: PySyntaxError): PyBaseException {
  const type: PyType = e.kind === "IndentationError" ? Exc.IndentationError : e.kind === "TabError" ? Exc.TabError : Exc.SyntaxError;
  const details = new PyTuple([e.filename, e.lineno, e.offset, e.text ?? None, e.endLineno ?? None, e.endOffset ?? None]);
  const exc = newException(type, e.msg, details);
  setExcAttr(exc, "msg", e.msg);
  setExcAttr(exc, "filename", e.filename);
  setExcAttr(exc, "lineno", e.lineno);
  setExcAttr(exc, "offset", e.offset);
  setExcAttr(exc, "text", e.text ?? None);
  setExcAttr(exc, "end_lineno", e.endLineno ?? None);
  setExcAttr(exc, "end_offset", e.endOffset ?? None);
  setExcAttr(exc, "print_file_and_line", None);
  return exc;
}

export { isExc };
