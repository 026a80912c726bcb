// The parsed form of a Python regular expression: what parse.ts produces and what the JS
// translator (to-js.ts) and the backtracking matcher (backtrack.ts) consume. Flags that change
// how a node matches (IGNORECASE, DOTALL, MULTILINE, ASCII) are resolved per node at parse time,
// since scoped inline flags ((?i:...)) make them differ between parts of one pattern.

/** Python's flag bits (re.RegexFlag values). */
export const F = {
  TEMPLATE: 1,
  IGNORECASE: 2,
  LOCALE: 4,
  MULTILINE: 8,
  DOTALL: 16,
  UNICODE: 32,
  VERBOSE: 64,
  DEBUG: 128,
  ASCII: 256,
} as const;

/** Case-insensitivity of a node: none, by Unicode rules, or ASCII letters only. */
export type CaseMode = "" | "u" | "a";

/** A character-class category: \d, \w or \s (neg for \D, \W, \S), Unicode or ASCII meaning. */
export interface CatItem {
  cat: "d" | "w" | "s";
  neg: boolean;
  ascii: boolean;
}
/** An inclusive code point range inside [...] (a single char is lo === hi). */
export interface RangeItem {
  lo: number;
  hi: number;
}
export type SetItem = CatItem | RangeItem;

export type AnchorKind = "bol" | "eol" | "bos" | "eos" | "wordb" | "nwordb";

export type Node =
  | { k: "empty" }
  | { k: "lit"; cp: number; ic: CaseMode }
  | { k: "any"; dotall: boolean }
  | { k: "set"; neg: boolean; items: SetItem[]; ic: CaseMode }
  | { k: "cat"; items: Node[] }
  | { k: "alt"; items: Node[] }
  /** a capturing group, numbered from 1 */
  | { k: "group"; index: number; body: Node }
  /** a non-capturing group (kept so that `(?:a*)*` is not a "multiple repeat") */
  | { k: "nc"; body: Node }
  | { k: "look"; behind: boolean; neg: boolean; body: Node; width: number }
  | { k: "atomic"; body: Node }
  | { k: "rep"; min: number; max: number; mode: "greedy" | "lazy" | "possessive"; body: Node }
  | { k: "ref"; group: number; ic: CaseMode }
  | { k: "cond"; group: number; yes: Node; no: Node }
  /** multiline and ascii matter for bol/eol and wordb/nwordb respectively */
  | { k: "at"; what: AnchorKind; multiline: boolean; ascii: boolean };

export interface ParsedPattern {
  root: Node;
  /** number of capturing groups */
  groups: number;
  /** name -> group number, in definition order */
  groupindex: Map<string, number>;
  /** the pattern's flags after inline global flags (UNICODE added for str patterns) */
  flags: number;
  /** rank of each group's closing parenthesis (Match.lastindex is the last group closed) */
  closeOrder: number[];
}

/** Repeat counts above this are refused (CPython's MAXREPEAT - 1 is the largest allowed). */
export const MAXREPEAT = 4294967295;
