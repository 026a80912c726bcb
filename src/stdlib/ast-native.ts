// _pygil_ast: the parser's syntax tree handed to Python's `ast` module as plain values.
// A node is a tuple (type name, [field values in NODE_FIELDS order], (lineno, col_offset,
// end_lineno, end_col_offset) or None); ast.py turns these into its node classes.
import { parseModule } from "../parser/index.js";
import { parseExpressionInput } from "../parser/parse.js";
import { NODE_FIELDS } from "../parser/nodes.js";
import type { ConstantValue } from "../parser/constants.js";
import { PySyntaxError } from "../lexer/syntax-error.js";
import { syntaxErrorToPy } from "../vm/traceback.js";
import { nativeFunction } from "../objects/function.js";
import { PyTuple } from "../objects/tuple.js";
import { PyList } from "../objects/list.js";
import { PyDict } from "../objects/dict.js";
import { PyFloat } from "../objects/float.js";
import { PyComplex } from "../objects/complex.js";
import { PyBytes } from "../objects/bytes.js";
import { normBig } from "../objects/int.js";
import { None, Ellipsis } from "../objects/singletons.js";
import { strValue } from "../objects/str.js";
import { pyValueError } from "../objects/exceptions.js";
import type { PyValue } from "../objects/object.js";
import { defineNativeModule } from "../vm/native-modules.js";

function constantToPy(v: ConstantValue): PyValue {
  switch (v.kind) {
    case "None":
      return None;
    case "bool":
      return v.value;
    case "Ellipsis":
      return Ellipsis;
    case "int":
      return normBig(v.value);
    case "float":
      return new PyFloat(v.value);
    case "complex":
      return new PyComplex(v.real, v.imag);
    case "str":
      return v.value;
    case "bytes":
      return new PyBytes(v.value);
  }
}

const ATTRS = ["lineno", "col_offset", "end_lineno", "end_col_offset"] as const;

function convert(value: unknown): PyValue {
  if (value === null || value === undefined) return None;
  if (typeof value === "string" || typeof value === "number") return value;
  if (typeof value === "boolean") return value;
  if (Array.isArray(value)) return new PyList(value.map(convert));
  const obj = value as Record<string, unknown>;
  if (typeof obj._type === "string") {
    const spec = NODE_FIELDS[obj._type];
    const fields = spec ? spec.fields.map((f) => convert(obj[f])) : [];
    const attrs = spec?.positioned ? new PyTuple(ATTRS.map((a) => convert(obj[a]))) : None;
    return new PyTuple([obj._type, new PyList(fields), attrs]);
  }
  if (typeof obj.kind === "string") return constantToPy(obj as unknown as ConstantValue);
  return None;
}

defineNativeModule("_pygil_ast", (m) => {
  const d = m.dict;
  d.setStr("parse", nativeFunction("parse", (args) => {
    const source = strValue(args[0]) ?? "";
    const filename = strValue(args[1]) ?? "<unknown>";
    const mode = strValue(args[2]) ?? "exec";
    if (mode !== "exec" && mode !== "eval") throw pyValueError(`pygil's ast.parse supports mode 'exec' and 'eval', not '${mode}'`);
    try {
      return convert(mode === "eval" ? parseExpressionInput(source, filename) : parseModule(source, filename));
    } catch (e) {
      if (e instanceof PySyntaxError) throw syntaxErrorToPy(e);
      throw e;
    }
  }, "_pygil_ast"));
  d.setStr("node_fields", nativeFunction("node_fields", () => {
    const out = new PyDict();
    for (const [name, spec] of Object.entries(NODE_FIELDS)) {
      out.setStr(name, new PyTuple([new PyTuple([...spec.fields]), new PyTuple([...spec.optional]), spec.positioned]));
    }
    return out;
  }, "_pygil_ast"));
});
