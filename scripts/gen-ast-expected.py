"""The AST corpus and its expected dumps, all made by CPython 3.11.

  python3 scripts/gen-ast-expected.py
      rewrites the generated stress cases in test/ast-corpus/generated/ (deterministic), then
      writes, for every .py under test/ast-corpus/, FILE.dump (ast.dump(ast.parse(src))) and
      FILE.dumpattrs (the same with include_attributes=True)
  python3 scripts/gen-ast-expected.py --json FILE...
      prints {FILE: tree} with each tree as JSON in pygil's node shape (src/parser/nodes.ts,
      constants as src/parser/constants.ts tags), for test/ast-dump.test.ts
  python3 scripts/gen-ast-expected.py --stdlib-sample N
      picks N files deterministically from python3's installed stdlib and prints
      {"root": STDLIB, "files": {RELPATH: [dump, dumpattrs]}} for test/ast-stdlib.test.ts

Sources are parsed from their bytes, as `python3 FILE` reads them (BOM and coding cookie honoured).
Run from the repository root.
"""
import ast
import json
import math
import os
import sys
import warnings

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"
sys.setrecursionlimit(200000)  # ast.dump recurses; the corpus has deep trees
warnings.simplefilter("ignore")  # invalid escape sequences are part of the corpus

CORPUS = "test/ast-corpus"


def parse_file(path):
    with open(path, "rb") as f:
        return ast.parse(f.read(), path)


def dumps(tree):
    return ast.dump(tree), ast.dump(tree, include_attributes=True)


# ---- JSON in pygil's node shape ----

def float_json(x):
    if math.isnan(x):
        return "nan"
    return repr(x)  # "inf", "-inf", "-0.0" or shortest round-trip digits: Number() reads them back


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


# ---- the stdlib sample ----

def stdlib_sample(n):
    import sysconfig
    root = sysconfig.get_path("stdlib")
    candidates = []
    for dirpath, dirnames, filenames in os.walk(root):
        rel = os.path.relpath(dirpath, root)
        parts = rel.split(os.sep)
        dirnames[:] = sorted(d for d in dirnames if d not in ("site-packages", "__pycache__", "test", "tests", "idle_test", "lib2to3"))
        for name in sorted(filenames):
            if name.endswith(".py"):
                candidates.append(os.path.normpath(os.path.join(rel, name)))
    candidates.sort()
    chosen = {}
    step = len(candidates) / n
    # Evenly spaced through the sorted list; a file python3 cannot parse, or that is not UTF-8,
    # gives way to the next one.
    i = 0
    taken = set()
    for k in range(n):
        j = max(int(k * step), i)
        while j < len(candidates):
            path = candidates[j]
            j += 1
            if path in taken:
                continue
            try:
                with open(os.path.join(root, path), "rb") as f:
                    data = f.read()
                data.decode("utf-8")
                tree = ast.parse(data, path)
            except (SyntaxError, UnicodeDecodeError, ValueError):
                continue
            taken.add(path)
            chosen[path] = list(dumps(tree))
            break
        i = j
    return {"root": root, "files": chosen}


def corpus_files():
    out = []
    for dirpath, dirnames, filenames in os.walk(CORPUS):
        dirnames.sort()
        for name in sorted(filenames):
            if name.endswith(".py"):
                out.append(os.path.join(dirpath, name))
    return out


def main(argv):
    if argv[1:2] == ["--json"]:
        result = {path: node_json(parse_file(path)) for path in argv[2:]}
        sys.stdout.write(json.dumps(result, ensure_ascii=True))  # dumps: the C encoder, much faster
        return
    if argv[1:2] == ["--stdlib-sample"]:
        sys.stdout.write(json.dumps(stdlib_sample(int(argv[2])), ensure_ascii=True))
        return
    import importlib.util
    here = os.path.dirname(os.path.abspath(__file__))
    spec = importlib.util.spec_from_file_location("cases", os.path.join(here, "gen-ast-expected-cases.py"))
    cases = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(cases)  # the stress-case generator beside this script
    cases.write_all(os.path.join(CORPUS, "generated"))
    for path in corpus_files():
        plain, attrs = dumps(parse_file(path))
        with open(path[:-3] + ".dump", "w", encoding="utf-8") as f:
            f.write(plain + "\n")
        with open(path[:-3] + ".dumpattrs", "w", encoding="utf-8") as f:
            f.write(attrs + "\n")


main(sys.argv)
