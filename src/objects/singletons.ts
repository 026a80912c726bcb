// None, NotImplemented and Ellipsis: one instance each.
import { PyObject } from "./object.js";
import { makeBuiltinType } from "./type.js";

export class PySingleton extends PyObject {}

export const noneType = makeBuiltinType("NoneType", undefined, { baseType: false });
export const notImplementedType = makeBuiltinType("NotImplementedType", undefined, { baseType: false });
export const ellipsisType = makeBuiltinType("ellipsis", undefined, { baseType: false });

export const None = new PySingleton(noneType);
export const NotImplemented = new PySingleton(notImplementedType);
export const Ellipsis = new PySingleton(ellipsisType);

import { defineMethods, defineStaticMethod } from "./function.js";
import { pyTypeError } from "./exceptions.js";

defineMethods(noneType, {
  __repr__: () => "None",
  __bool__: () => false,
  __hash__: () => 0x7b0c3d5e,
});
defineStaticMethod(noneType, "__new__", (args) => {
  if (args.length > 1) throw pyTypeError("NoneType takes no arguments");
  return None;
});
defineMethods(notImplementedType, {
  __repr__: () => "NotImplemented",
  __bool__: () => true,
});
defineMethods(ellipsisType, { __repr__: () => "Ellipsis" });
