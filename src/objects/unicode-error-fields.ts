// The five fields of UnicodeEncodeError/UnicodeDecodeError/UnicodeTranslateError (encoding,
// object, start, end, reason), kept beside the exception as CPython keeps them in C slots: they
// are attributes but not in the instance __dict__. An exception made without __init__ has none.
import type { PyValue } from "./object.js";
import type { PyBaseException } from "./exceptions.js";

export interface UnicodeErrorFields {
  encoding: PyValue;
  object: PyValue;
  start: PyValue;
  end: PyValue;
  reason: PyValue;
}

const fieldsOf = new WeakMap<PyBaseException, UnicodeErrorFields>();

export function unicodeErrorFields(e: PyBaseException): UnicodeErrorFields | undefined {
  return fieldsOf.get(e);
}

export function setUnicodeErrorFields(e: PyBaseException, fields: UnicodeErrorFields): void {
  fieldsOf.set(e, fields);
}
