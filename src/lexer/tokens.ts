// The token vocabulary shared by the lexer (src/lexer/lexer.ts) and the parser (src/parser).
// Names follow CPython's `token` module where it has one. The lexer produces a flat array of
// PyToken; INDENT/DEDENT/NEWLINE are synthesised by the lexer's layout pass, never matched by
// a regular expression, so their patterns are Lexer.NA.
import { createToken, Lexer, type IToken, type TokenType } from "chevrotain";

/** A Chevrotain token plus CPython-style positions: `col`/`endCol` are 0-based UTF-8 byte
 *  offsets within their lines (what ast's col_offset/end_col_offset hold), lines are 1-based. */
export interface PyToken extends IToken {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

// ---- layout tokens (synthesised) ----
export const NEWLINE = createToken({ name: "NEWLINE", pattern: Lexer.NA });
export const INDENT = createToken({ name: "INDENT", pattern: Lexer.NA });
export const DEDENT = createToken({ name: "DEDENT", pattern: Lexer.NA });

// ---- literals ----
export const NAME = createToken({ name: "NAME", pattern: Lexer.NA });
export const NUMBER = createToken({ name: "NUMBER", pattern: Lexer.NA });
/** Any string literal, prefixes and quotes included: 'a', b"x", f'''{y}''', rb"\d" … */
export const STRING = createToken({ name: "STRING", pattern: Lexer.NA });
/** A character CPython's tokenizer passes on but no grammar rule accepts ($, ?, `): the parser
 *  reports "invalid syntax" at it. */
export const ERRORTOKEN = createToken({ name: "ERRORTOKEN", pattern: Lexer.NA });

// ---- keywords (hard keywords; match/case/_ are soft and arrive as NAME) ----
export const KEYWORD_NAMES = [
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
  "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
  "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
] as const;
export type KeywordName = (typeof KEYWORD_NAMES)[number];
export const Keyword = createToken({ name: "Keyword", pattern: Lexer.NA });
export const KEYWORDS: Record<KeywordName, TokenType> = Object.fromEntries(
  KEYWORD_NAMES.map((k) => [k, createToken({ name: k, pattern: Lexer.NA, categories: [Keyword] })]),
) as Record<KeywordName, TokenType>;

// ---- operators and delimiters, by CPython's token names ----
/** Category of every augmented assignment operator (+=, -=, … //=, @=). */
export const AugAssign = createToken({ name: "AugAssign", pattern: Lexer.NA });
const OPERATOR_TABLE: [string, string, boolean?][] = [
  // [name, text, isAugAssign]
  ["LPAR", "("], ["RPAR", ")"], ["LSQB", "["], ["RSQB", "]"], ["LBRACE", "{"], ["RBRACE", "}"],
  ["COLON", ":"], ["COMMA", ","], ["SEMI", ";"], ["PLUS", "+"], ["MINUS", "-"], ["STAR", "*"],
  ["SLASH", "/"], ["VBAR", "|"], ["AMPER", "&"], ["LESS", "<"], ["GREATER", ">"], ["EQUAL", "="],
  ["DOT", "."], ["PERCENT", "%"], ["EQEQUAL", "=="], ["NOTEQUAL", "!="], ["LESSEQUAL", "<="],
  ["GREATEREQUAL", ">="], ["TILDE", "~"], ["CIRCUMFLEX", "^"], ["LEFTSHIFT", "<<"],
  ["RIGHTSHIFT", ">>"], ["DOUBLESTAR", "**"], ["PLUSEQUAL", "+=", true], ["MINEQUAL", "-=", true],
  ["STAREQUAL", "*=", true], ["SLASHEQUAL", "/=", true], ["PERCENTEQUAL", "%=", true],
  ["AMPEREQUAL", "&=", true], ["VBAREQUAL", "|=", true], ["CIRCUMFLEXEQUAL", "^=", true],
  ["LEFTSHIFTEQUAL", "<<=", true], ["RIGHTSHIFTEQUAL", ">>=", true], ["DOUBLESTAREQUAL", "**=", true],
  ["DOUBLESLASH", "//"], ["DOUBLESLASHEQUAL", "//=", true], ["AT", "@"], ["ATEQUAL", "@=", true],
  ["RARROW", "->"], ["ELLIPSIS", "..."], ["COLONEQUAL", ":="], ["EXCLAMATION", "!"],
];
export const OPERATORS: Record<string, TokenType> = {};
/** Operator text → token type, e.g. "**=" → DOUBLESTAREQUAL. */
export const OPERATOR_BY_TEXT = new Map<string, TokenType>();
for (const [name, text, aug] of OPERATOR_TABLE) {
  const t = createToken({ name, pattern: Lexer.NA, categories: aug ? [AugAssign] : [] });
  OPERATORS[name] = t;
  OPERATOR_BY_TEXT.set(text, t);
}

/** Every token type, in a stable order, for the parser's vocabulary. */
export const ALL_TOKENS: TokenType[] = [
  NEWLINE, INDENT, DEDENT, NAME, NUMBER, STRING, ERRORTOKEN, Keyword, ...Object.values(KEYWORDS), AugAssign,
  ...Object.values(OPERATORS),
];
