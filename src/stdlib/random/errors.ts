// The engine knows nothing of Python objects: it reports a Python exception by name and
// message, and the `random` module wrapper turns it into the real exception object.

export type RandomErrorType =
  | "ValueError"
  | "TypeError"
  | "IndexError"
  | "OverflowError"
  | "ZeroDivisionError"
  | "UnicodeEncodeError";

export class RandomError extends Error {
  constructor(
    /** The Python exception class to raise. */
    readonly pyType: RandomErrorType,
    message: string,
  ) {
    super(message);
    this.name = pyType;
  }
}

export function valueError(message: string): RandomError {
  return new RandomError("ValueError", message);
}

export function typeError(message: string): RandomError {
  return new RandomError("TypeError", message);
}

export function overflowError(message: string): RandomError {
  return new RandomError("OverflowError", message);
}

export function zeroDivisionError(message: string): RandomError {
  return new RandomError("ZeroDivisionError", message);
}

export function indexError(message: string): RandomError {
  return new RandomError("IndexError", message);
}
