"""Prints python3's `ast.parse` of a file as JSON in the shape of src/parser/nodes.ts, for feeding
the compiler before (or alongside) pygil's own parser. Constants are tagged as ConstantValue;
ints are decimal strings and non-finite floats the strings "inf"/"-inf"/"nan" (the loader in
test/helpers/ast-json.ts revives them).

Run: python3 scripts/ast-to-nodes-json.py FILE > tree.json
"""
import ast
import json
import math
import sys


def const(v):
    if v is None:
        return {"kind": "None"}
    if v is Ellipsis:
        return {"kind": "Ellipsis"}
    if isinstance(v, bool):
        return {"kind": "bool", "value": v}
    if isinstance(v, int):
        return {"kind": "int", "value": str(v)}
    if isinstance(v, float):
        return {"kind": "float", "value": v if math.isfinite(v) else repr(v)}
    if isinstance(v, complex):
        return {"kind": "complex", "real": fl(v.real), "imag": fl(v.imag)}
    if isinstance(v, str):
        return {"kind": "str", "value": v}
    if isinstance(v, bytes):
        return {"kind": "bytes", "value": list(v)}
    raise TypeError(type(v))


def fl(x):
    return x if math.isfinite(x) else repr(x)


def conv(node):
    if isinstance(node, list):
        return [conv(x) for x in node]
    if not isinstance(node, ast.AST):
        return node
    out = {"_type": type(node).__name__}
    for f in node._fields:
        v = getattr(node, f, None)
        if f == "value" and isinstance(node, (ast.Constant, ast.MatchSingleton)):
            out[f] = const(v)
        else:
            out[f] = conv(v)
    for a in node._attributes:
        out[a] = getattr(node, a, None)
    return out


def main():
    path = sys.argv[1]
    with open(path, encoding="utf-8") as f:
        src = f.read()
    tree = ast.parse(src, filename=path)
    json.dump(conv(tree), sys.stdout, ensure_ascii=False)


main()
