// Class attribute lookup (type.__getattribute__ without the error), shared by attr.ts and type-type.ts.
export { genericGetAttrGen as typeGetAttrGenExport } from "./attr.js";
