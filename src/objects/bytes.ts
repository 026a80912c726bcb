// bytes and bytearray: byte arrays (Uint8Array). bytes is immutable; bytearray mutable (it keeps
// a possibly longer buffer and a length).
import { PyObject } from "./object.js";
import { makeBuiltinType, type PyType } from "./type.js";

export const bytesType: PyType = makeBuiltinType("bytes", undefined, { factory: (cls) => new PyBytes(new Uint8Array(0), cls) });
export const bytearrayType: PyType = makeBuiltinType("bytearray", undefined, { factory: (cls) => new PyByteArray(new Uint8Array(0), cls) });

export class PyBytes extends PyObject {
  constructor(
    readonly bytes: Uint8Array,
    type: PyType = bytesType,
  ) {
    super(type);
  }
}

export class PyByteArray extends PyObject {
  constructor(
    public bytes: Uint8Array,
    type: PyType = bytearrayType,
  ) {
    super(type);
  }
}
