// Replacement templates of sub()/subn()/Match.expand(): literal text with \1, \g<1>, \g<name>
// and escapes, parsed once into pieces (3.11's rules and errors).
import type { PyValue } from "../../objects/object.js";
import { strValue } from "../../objects/str.js";
import { bytesLike, latin1, fromLatin1 } from "../../objects/bytes-methods.js";
import { PyBytes } from "../../objects/bytes.js";
import { isIdentifier } from "../../objects/unicode-case.js";
import { typeName } from "../../objects/typeof.js";
import { Exc, newException, pyTypeError } from "../../objects/exceptions.js";
import type { PyPattern } from "./pattern.js";
import type { PyMatch } from "./match.js";
import { raiseReError, reWarn } from "./errors.js";

/** Literal text (a JS string; latin-1 for bytes) or a group number. */
export type TemplatePiece = string | number;

export interface ParsedTemplate {
  pieces: TemplatePiece[];
  isBytes: boolean;
  /** true when the template is one literal (no group references) */
  literal: boolean;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
const isOct = (c: string | undefined) => c !== undefined && c >= "0" && c <= "7";
const SIMPLE: Record<string, string> = { a: "\x07", b: "\x08", f: "\x0c", n: "\n", r: "\r", t: "\t", v: "\x0b", "\\": "\\" };

/** int(name) as Python would read a group number in \g<...>, or undefined. */
function groupNumber(name: string): number | undefined {
  const t = name.trim();
  const m = /^[+-]?(\p{Nd}+(?:_\p{Nd}+)*)$/u.exec(t);
  if (m === null) return undefined;
  let v = 0;
  for (const ch of m[1]) if (ch !== "_") v = v * 10 + digitValue(ch.codePointAt(0)!);
  return t.startsWith("-") && v !== 0 ? -v : v;
}

/** The value of a Unicode decimal digit: decimal digits come in aligned runs of ten. */
function digitValue(cp: number): number {
  if (cp < 0x80) return cp - 0x30;
  let start = cp;
  while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

export function parseTemplate(template: PyValue, pattern: PyPattern, fromExpand = false): ParsedTemplate {
  const cached = pattern.templates.get(template);
  if (cached !== undefined) return cached;
  let text: string;
  const s = strValue(template);
  if (pattern.isBytes) {
    const b = s === undefined ? bytesLike(template) : undefined;
    if (b === undefined) throw pyTypeError(`expected a bytes-like object, ${typeName(template)} found`);
    text = latin1(b);
  } else {
    if (s === undefined) throw pyTypeError(`expected str instance, ${typeName(template)} found`);
    text = s;
  }
  const chars = pattern.isBytes ? text.split("") : Array.from(text);
  const pieces: TemplatePiece[] = [];
  let lit = "";
  const err = (msg: string, pos: number): never => raiseReError(msg, template, pos);
  let i = 0;
  while (i < chars.length) {
    const c = chars[i];
    if (c !== "\\") {
      lit += c;
      i++;
      continue;
    }
    const start = i;
    const d = chars[i + 1];
    if (d === undefined) err("bad escape (end of pattern)", start);
    i += 2;
    let group: number | null = null;
    if (d === "g") {
      if (chars[i] !== "<") err("missing <", i);
      const nameStart = ++i;
      while (i < chars.length && chars[i] !== ">") i++;
      if (i >= chars.length) err(i === nameStart ? "missing group name" : "missing >, unterminated name", nameStart);
      const name = chars.slice(nameStart, i).join("");
      i++;
      if (name === "") err("missing group name", nameStart);
      if (isIdentifier(name)) {
        const g = pattern.groupindex.get(name);
        if (g === undefined) throw newException(Exc.IndexError, `unknown group name '${name}'`);
        group = g;
      } else {
        const n = groupNumber(name);
        if (n === undefined || n < 0) err(`bad character in group name '${name}'`, nameStart);
        if (!/^[0-9]+$/.test(name)) reWarn(`bad character in group name '${name}' at position ${nameStart}`, "DeprecationWarning", fromExpand);
        if (n! > pattern.groups) err(`invalid group reference ${n}`, nameStart);
        group = n!;
      }
    } else if (d === "0") {
      let v = 0;
      for (let k = 0; k < 2 && isOct(chars[i]); k++) v = v * 8 + Number(chars[i++]);
      lit += String.fromCharCode(v);
    } else if (isDigit(d)) {
      if (isOct(d) && isOct(chars[i]) && isOct(chars[i + 1])) {
        const v = Number(d) * 64 + Number(chars[i]) * 8 + Number(chars[i + 1]);
        i += 2;
        if (v > 0o377) err(`octal escape value ${chars.slice(start, i).join("")} outside of range 0-0o377`, start);
        lit += String.fromCharCode(v);
      } else {
        let n = Number(d);
        if (isDigit(chars[i])) n = n * 10 + Number(chars[i++]);
        if (n > pattern.groups) err(`invalid group reference ${n}`, start + 1);
        group = n;
      }
    } else if (d in SIMPLE) {
      lit += SIMPLE[d];
    } else if (/^[A-Za-z]$/.test(d)) {
      err(`bad escape \\${d}`, start);
    } else {
      lit += "\\" + d;
    }
    if (group !== null) {
      if (lit !== "") pieces.push(lit);
      lit = "";
      pieces.push(group);
    }
  }
  if (lit !== "" || pieces.length === 0) pieces.push(lit);
  const out: ParsedTemplate = { pieces, isBytes: pattern.isBytes, literal: pieces.length === 1 && typeof pieces[0] === "string" };
  if (pattern.templates.size > 100) pattern.templates.clear();
  pattern.templates.set(template, out);
  return out;
}

/** The template's text for a match (a JS string; latin-1 for bytes). */
export function templateText(t: ParsedTemplate, m: PyMatch): string {
  if (t.literal) return t.pieces[0] as string;
  let s = "";
  for (const p of t.pieces) s += typeof p === "string" ? p : (m.text(p) ?? "");
  return s;
}

/** Match.expand(): the template's text as str or bytes. */
export function expandTemplate(t: ParsedTemplate, m: PyMatch): PyValue {
  const s = templateText(t, m);
  return t.isBytes ? new PyBytes(fromLatin1(s)) : s;
}
