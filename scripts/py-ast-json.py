"""Prints CPython's ast for Python sources as JSON, for the parser's differential tests.

Each node becomes {"_type": class name, <fields in ast order>, <positions if it has them>};
constants become the ConstantValue tags of src/parser/constants.ts (ints as decimal strings,
floats as numbers or "inf"/"nan", bytes as hex). A SyntaxError becomes
{"error": {kind, msg, lineno, offset, end_lineno, end_offset, text}}.

Run: python3 scripts/py-ast-json.py FILE...          → {"FILE": result, ...}
     python3 scripts/py-ast-json.py --stdin < sources.json  (a JSON list of source strings)
                                                      → [result, ...]
"""
import ast
import json
import math
import sys


def float_json(x):
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    if math.isnan(x):
        return "nan"
    return x


def constant_json(v):
    if v is None:
        return {"kind": "None"}
    if v is Ellipsis:
        return {"kind": "Ellipsis"}
    if isinstance(v, bool):
        return {"kind": "bool", "value": v}
    if isinstance(v, int):
        return {"kind": "int", "value": str(v)}
    if isinstance(v, float):
        return {"kind": "float", "value": float_json(v)}
    if isinstance(v, complex):
        return {"kind": "complex", "real": float_json(v.real), "imag": float_json(v.imag)}
    if isinstance(v, str):
        return {"kind": "str", "value": v}
    if isinstance(v, bytes):
        return {"kind": "bytes", "value": v.hex()}
    raise TypeError(type(v))


def node_json(node):
    if isinstance(node, list):
        return [node_json(x) for x in node]
    if not isinstance(node, ast.AST):
        return node
    out = {"_type": type(node).__name__}
    for name in node._fields:
        value = getattr(node, name, None)
        if name == "value" and isinstance(node, (ast.Constant, ast.MatchSingleton)):
            out[name] = constant_json(value)
        else:
            out[name] = node_json(value)
    for name in node._attributes:
        out[name] = getattr(node, name, None)
    return out


def parse_json(source, filename="<unknown>"):
    try:
        tree = ast.parse(source, filename)
    except SyntaxError as e:
        return {"error": {"kind": type(e).__name__, "msg": e.msg, "lineno": e.lineno,
                          "offset": e.offset, "end_lineno": e.end_lineno,
                          "end_offset": e.end_offset, "text": e.text}}
    return node_json(tree)


def main(argv):
    if argv[1:2] == ["--stdin"]:
        sources = json.load(sys.stdin)
        result = [parse_json(s) for s in sources]
    else:
        result = {}
        for path in argv[1:]:
            with open(path, "rb") as f:
                data = f.read()
            result[path] = parse_json(data, path)
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main(sys.argv)
