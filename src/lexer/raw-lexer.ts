// The first lexing stage: a Chevrotain lexer that cuts the (newline-normalised) source into raw
// tokens. It knows nothing of indentation or brackets; the layout pass in lexer.ts turns raw
// tokens into PyTokens (NEWLINE/INDENT/DEDENT, keywords, operator types) and reports errors.
// Whitespace and comments are skipped here: indentation is measured on the source text itself.
import { createToken, Lexer, type TokenType } from "chevrotain";

/** String prefixes Python accepts (any case): r u b f br rb fr rf. "ur" is not one. */
const PREFIX = "(?:[rRuUbBfF]|[rR][bBfF]|[bBfF][rR])?";
// String bodies. A backslash escapes any character (also in raw strings, where it stays in the
// value): that is how the tokenizer finds the closing quote. Unrolled loops keep them fast.
// A single-quoted string cannot start with three quotes: that opens a triple-quoted one.
const SINGLE_BODY = String.raw`'(?!'')[^'\\\n]*(?:\\[\s\S][^'\\\n]*)*'`;
const DOUBLE_BODY = String.raw`"(?!"")[^"\\\n]*(?:\\[\s\S][^"\\\n]*)*"`;
const TRIPLE_SINGLE_BODY = String.raw`'''[^'\\]*(?:(?:\\[\s\S]|'(?!''))[^'\\]*)*'''`;
const TRIPLE_DOUBLE_BODY = String.raw`"""[^"\\]*(?:(?:\\[\s\S]|"(?!""))[^"\\]*)*"""`;
const STRING_PREFIX_CHARS = [..."rRuUbBfF'\""];

export const RawNewline = createToken({ name: "RawNewline", pattern: /\n/, line_breaks: true });
export const RawWhitespace = createToken({ name: "RawWhitespace", pattern: /[ \t\f]+/, group: Lexer.SKIPPED });
export const RawComment = createToken({ name: "RawComment", pattern: /#[^\n]*/, group: Lexer.SKIPPED });
/** Backslash-newline: joins two physical lines into one logical line. */
export const RawContinuation = createToken({ name: "RawContinuation", pattern: /\\\n/, line_breaks: true });
export const RawString = createToken({
  name: "RawString",
  pattern: new RegExp(`${PREFIX}(?:${TRIPLE_SINGLE_BODY}|${TRIPLE_DOUBLE_BODY}|${SINGLE_BODY}|${DOUBLE_BODY})`),
  start_chars_hint: STRING_PREFIX_CHARS,
  line_breaks: true,
});
/** The opening of a string literal whose closing quote never comes: an error. */
export const RawUnterminatedString = createToken({
  name: "RawUnterminatedString",
  pattern: new RegExp(`${PREFIX}(?:'''|"""|'|")`),
  start_chars_hint: STRING_PREFIX_CHARS,
});
/** Identifiers; every non-ASCII character is taken in and checked later (as CPython does), so
 *  that an invalid character inside or at the start of a name gets the right message. */
export const RawName = createToken({
  name: "RawName",
  pattern: /[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*/,
});
/** Well-formed numbers; what follows one is checked in the layout pass (see number-errors.ts). */
export const RawNumber = createToken({
  name: "RawNumber",
  pattern:
    /0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][-+]?\d(?:_?\d)*)?[jJ]?/,
  start_chars_hint: [..."0123456789."],
});
/** Operators and delimiters, longest first. */
export const RawOperator = createToken({
  name: "RawOperator",
  pattern:
    /\*\*=|\/\/=|>>=|<<=|\.\.\.|->|:=|\*\*|\/\/|<<|>>|<=|>=|==|!=|[-+*\/%&|^@]=|[()[\]{}:,;+\-*\/|&<>=.%~^@!]/,
  start_chars_hint: [..."()[]{}:,;+-*/|&<>=.%~^@!"],
});
/** A backslash not followed by a newline. */
export const RawBackslash = createToken({ name: "RawBackslash", pattern: /\\/ });
/** Printable ASCII characters no token starts with. Any other character (ASCII controls) is left
 *  unmatched and comes back as a Chevrotain lexing error. */
export const RawOther = createToken({ name: "RawOther", pattern: /[$?`]/, start_chars_hint: ["$", "?", "`"] });

const RAW_TOKENS: TokenType[] = [
  RawNewline, RawWhitespace, RawComment, RawContinuation, RawString, RawUnterminatedString,
  RawName, RawNumber, RawOperator, RawBackslash, RawOther,
];

/** Built once: Chevrotain's lexer analysis is costly, a lexing run is cheap. */
export const rawLexer = new Lexer(RAW_TOKENS, {
  positionTracking: "onlyOffset",
  ensureOptimizations: true,
  skipValidations: true,
});
