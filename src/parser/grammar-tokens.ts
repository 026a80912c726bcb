// The token names and small tables the grammar files share.
import { Lexer, createToken, type TokenType } from "chevrotain";
import { KEYWORDS, OPERATORS } from "../lexer/tokens.js";

/** `match` at the start of a match statement, retagged from NAME (see the statement rule). */
export const MATCH_KW = createToken({ name: "MATCH_KW", pattern: Lexer.NA });

export const K = KEYWORDS;
const O = OPERATORS as Record<string, TokenType>;
export const LPAR = O.LPAR!, RPAR = O.RPAR!, LSQB = O.LSQB!, RSQB = O.RSQB!, LBRACE = O.LBRACE!, RBRACE = O.RBRACE!;
export const COLON = O.COLON!, COMMA = O.COMMA!, SEMI = O.SEMI!, PLUS = O.PLUS!, MINUS = O.MINUS!, STAR = O.STAR!;
export const SLASH = O.SLASH!, VBAR = O.VBAR!, AMPER = O.AMPER!, LESS = O.LESS!, GREATER = O.GREATER!, EQUAL = O.EQUAL!;
export const DOT = O.DOT!, PERCENT = O.PERCENT!, EQEQUAL = O.EQEQUAL!, NOTEQUAL = O.NOTEQUAL!, LESSEQUAL = O.LESSEQUAL!;
export const GREATEREQUAL = O.GREATEREQUAL!, TILDE = O.TILDE!, CIRCUMFLEX = O.CIRCUMFLEX!, LEFTSHIFT = O.LEFTSHIFT!;
export const RIGHTSHIFT = O.RIGHTSHIFT!, DOUBLESTAR = O.DOUBLESTAR!, DOUBLESLASH = O.DOUBLESLASH!, AT = O.AT!;
export const RARROW = O.RARROW!, ELLIPSIS = O.ELLIPSIS!, COLONEQUAL = O.COLONEQUAL!;
/** All operator token types (for tables). */
export const OPERATOR_TYPES = Object.values(O);

/** Error-message markers handed to Chevrotain; parse.ts turns them into CPython's messages. */
export const EXPECTED_COLON = "expected ':'";
/** "expected ':'" only when the parser stopped at the end of the line, else "invalid syntax". */
export const EXPECTED_COLON_AT_NEWLINE = "expected ':' at newline";
export const FORCED_COLON = { ERR_MSG: EXPECTED_COLON };
export const COLON_AT_NEWLINE = { ERR_MSG: EXPECTED_COLON_AT_NEWLINE };
export const FORCED_LPAR = { ERR_MSG: "expected '('" };

/** Token types by tokenTypeIdx, for the fast checks that skip a loop that cannot start. */
export function idxSet(types: TokenType[]): Uint8Array {
  const set = new Uint8Array(512);
  for (const t of types) set[t.tokenTypeIdx as number] = 1;
  return set;
}

/** Token type → which alternative starts with it (-1: none), for dispatch without lookahead. */
export function altIndex(alts: TokenType[][]): Int8Array {
  const table = new Int8Array(512).fill(-1);
  alts.forEach((types, i) => {
    for (const t of types) table[t.tokenTypeIdx as number] = i;
  });
  return table;
}

export const PREFIX_OPS = [K.not, MINUS, PLUS, TILDE];
export const ARITH_OPS = [VBAR, CIRCUMFLEX, AMPER, LEFTSHIFT, RIGHTSHIFT, PLUS, MINUS, STAR, SLASH, DOUBLESLASH, PERCENT, AT, DOUBLESTAR];
export const LOGIC_OPS = [EQEQUAL, NOTEQUAL, LESS, LESSEQUAL, GREATER, GREATEREQUAL, K.in, K.not, K.is, K.and, K.or];
