// The one error type the pure number/format helpers throw. The runtime turns it into the Python
// exception named by excType (message verbatim). Deliberately not a JS Error: int("x") inside a
// Python try/except loop should not pay for a stack trace.

export type FormatErrorType = "ValueError" | "TypeError" | "OverflowError" | "ZeroDivisionError";

export class FormatError {
  constructor(
    readonly excType: FormatErrorType,
    readonly message: string,
  ) {}
  toString(): string {
    return `${this.excType}: ${this.message}`;
  }
}

export function valueError(message: string): FormatError {
  return new FormatError("ValueError", message);
}

export function typeError(message: string): FormatError {
  return new FormatError("TypeError", message);
}

export function overflowError(message: string): FormatError {
  return new FormatError("OverflowError", message);
}

export function zeroDivisionError(message: string): FormatError {
  return new FormatError("ZeroDivisionError", message);
}

/** How CPython's format-spec errors show a code point: itself if in ('!' … DEL), else \x<hex>. */
export function showCodeChar(ch: string): string {
  const cp = ch.codePointAt(0)!;
  return cp > 0x20 && cp < 0x80 ? ch : "\\x" + cp.toString(16);
}
