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
