// The engine of Python's `random` module (CPython 3.11), for the module wrapper.
export {
  RandomEngine,
  accumulate,
  randrangeFloatArg,
  intToFloat,
  type RandomState,
  type SeedValue,
  type StateElement,
  type RandrangeArgName,
} from "./engine.js";
export { RandomError, type RandomErrorType } from "./errors.js";
export type { PyInt, Real } from "./numbers.js";
export { hashFloat } from "./float-hash.js";
export { crLog, crExp, crSin, crCos, crAcos, pyLog, pyExp, pyCos, pySin, pyAcos, pyPow, pySqrt } from "./libm.js";
