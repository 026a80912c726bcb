// Pure number formatting and parsing for the runtime: format-spec mini-language, %-formatting,
// int()/float() of text, int/float conversions and arithmetic corner cases, float.hex, hashes.
// Inputs are plain JS values (int: number | bigint, float: number, str: string); errors are
// thrown as FormatError { excType, message } for the runtime to raise as Python exceptions.

export { FormatError, type FormatErrorType } from "./errors.js";
export { parseFormatSpec, type FormatSpec, type SpecKind, type Align } from "./spec.js";
export { formatInt } from "./format-int.js";
export { formatFloat, floatStr } from "./format-float.js";
export { formatStr } from "./format-str.js";
export { floatMagnitudeText } from "./float-text.js";
export {
  parsePercentFormat,
  formatPercentSpec,
  resolveStars,
  PercentArgs,
  percentTypeError,
  unsupportedFormatCharacter,
  incompleteFormat,
  incompleteFormatKey,
  formatRequiresMapping,
  starWantsInt,
  PF_MINUS,
  PF_PLUS,
  PF_SPACE,
  PF_ALT,
  PF_ZERO,
  STAR,
  type PercentSpec,
  type PercentConversion,
  type PercentPiece,
} from "./percent.js";
export { parseIntLiteral, parseFloatText } from "./parse-number.js";
export {
  intToDecimal,
  intToString,
  intToPrefixed,
  getIntMaxStrDigits,
  setIntMaxStrDigits,
  DEFAULT_INT_MAX_STR_DIGITS,
} from "./int-text.js";
export { intToFloat, floatToInt, intTrueDivide, normalizeInt, roundToDouble } from "./int-float.js";
export { floatMod, floatFloorDiv, floatDivmod, roundFloat, roundFloatToInt, roundInt } from "./float-arith.js";
export { floatHex, floatFromHex, floatAsIntegerRatio } from "./float-hex.js";
export { hashInt, hashFloat, hashNan, HASH_INF } from "./hash.js";
