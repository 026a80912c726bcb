"""Writes src/objects/recursion-guards-data.ts: which builtin functions and methods make
CPython 3.11 raise RecursionError when called at the recursion limit, and with what message.

CPython counts C calls and Python frames on one counter; many builtins pass through a guard
("maximum recursion depth exceeded while calling a Python object", "... in comparison"), others
(len, isinstance, list.append …) do not. So a recursive function that prints at each level dies
with the longer message. Each case below is run as the body of an endlessly recursive function
under this python3 (a black-box measurement); the message it ends with is recorded.

Run: python3 scripts/gen-recursion-guards.py
"""
import json
import os
import sys

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "objects", "recursion-guards-data.ts")

# name (as pygil defines it: "print", "list.copy") -> a statement calling it
CASES = {
    "abs": "abs(-1)", "all": "all(L)", "any": "any(L)", "ascii": "ascii(1)", "bin": "bin(5)",
    "callable": "callable(L)", "chr": "chr(97)",
    "dir": "dir(O)", "divmod": "divmod(7, 2)", "format": "format(1, 'd')", "getattr": "getattr(L, 'x', 0)",
    "globals": "globals()", "hasattr": "hasattr(L, 'x')", "hash": "hash(1)", "hex": "hex(5)", "id": "id(L)",
    "isinstance": "isinstance(1, int)", "issubclass": "issubclass(int, object)", "iter": "iter(L)",
    "len": "len(L)", "locals": "locals()", "max": "max(1, 2)", "min": "min(L)", "next": "next(IT, 0)",
    "oct": "oct(5)", "ord": "ord('a')", "pow": "pow(2, 3)", "print": "print(end='')", "repr": "repr(1)",
    "round": "round(2.5)", "setattr": "setattr(O, 'zz', 1)", "sorted": "sorted(L)", "sum": "sum(L)",
    "vars": "vars(O)",
    "list.append": "L2.append(1)", "list.clear": "L3.clear()", "list.copy": "L.copy()", "list.count": "L.count(1)",
    "list.extend": "L3.extend(L)", "list.index": "L.index(1)", "list.insert": "L3.insert(0, 1)",
    "list.pop": "BIG.pop()", "list.remove": "ONES.remove(1)", "list.reverse": "L.reverse()",
    "list.sort": "L.sort()",
    "str.capitalize": "S.capitalize()", "str.center": "S.center(5)", "str.count": "S.count('a')",
    "str.encode": "S.encode()", "str.endswith": "S.endswith('c')", "str.find": "S.find('a')",
    "str.format": "'{}'.format(1)", "str.index": "S.index('a')", "str.isalpha": "S.isalpha()",
    "str.isdigit": "S.isdigit()", "str.isspace": "S.isspace()", "str.isupper": "S.isupper()",
    "str.islower": "S.islower()", "str.join": "S.join(['a'])", "str.ljust": "S.ljust(5)",
    "str.lower": "S.lower()", "str.lstrip": "S.lstrip()", "str.partition": "S.partition('b')",
    "str.replace": "S.replace('a', 'b')", "str.rfind": "S.rfind('a')", "str.rjust": "S.rjust(5)",
    "str.rsplit": "S.rsplit()", "str.rstrip": "S.rstrip()", "str.split": "S.split()",
    "str.splitlines": "S.splitlines()", "str.startswith": "S.startswith('a')", "str.strip": "S.strip()",
    "str.swapcase": "S.swapcase()", "str.title": "S.title()", "str.upper": "S.upper()", "str.zfill": "S.zfill(5)",
    "dict.clear": "D2.clear()", "dict.copy": "D.copy()", "dict.get": "D.get(1)", "dict.items": "D.items()",
    "dict.keys": "D.keys()", "dict.pop": "D.pop(5, 0)", "dict.popitem": "BIGD.popitem()",
    "dict.setdefault": "D.setdefault(1, 2)", "dict.update": "D.update(D)", "dict.values": "D.values()",
    "set.add": "ST.add(1)", "set.clear": "ST2.clear()", "set.copy": "ST.copy()", "set.difference": "ST.difference(ST)",
    "set.discard": "ST.discard(2)", "set.intersection": "ST.intersection(ST)", "set.issubset": "ST.issubset(ST)",
    "set.pop": "BIGS.pop()", "set.remove": "ST3.add(1) or ST3.remove(1)", "set.union": "ST.union(ST)",
    "set.update": "ST.update(L)",
    "tuple.count": "T.count(1)", "tuple.index": "T.index(1)",
    "int.bit_length": "(5).bit_length()", "int.to_bytes": "(5).to_bytes(2, 'big')",
    "float.is_integer": "(1.0).is_integer()", "float.as_integer_ratio": "(1.5).as_integer_ratio()",
    "bytes.decode": "b'a'.decode()", "bytes.hex": "b'a'.hex()",
    # calling a class: "X.__new__"
    "int.__new__": "int('1')", "float.__new__": "float('1')", "str.__new__": "str(1)",
    "list.__new__": "list(L)", "tuple.__new__": "tuple(L)", "dict.__new__": "dict()",
    "set.__new__": "set()", "bool.__new__": "bool(1)", "range.__new__": "range(3)",
    "enumerate.__new__": "enumerate(L)", "zip.__new__": "zip(L)", "map.__new__": "map(abs, L)",
    "filter.__new__": "filter(None, L)", "reversed.__new__": "reversed(L)"
}

SETUP = """
L = [1, 2, 3]; L2 = []; L3 = []; S = "abc"; D = {1: 2}; D2 = {}; ST = {1}; ST2 = set()
ST3 = set(); T = (1, 2); IT = iter([])
BIG = [0] * 5000; ONES = [1] * 5000; BIGD = dict.fromkeys(range(5000)); BIGS = set(range(5000))
class Obj: pass
O = Obj()
"""


def run(stmt):
    ns = {}
    exec(SETUP, ns)
    exec(f"def f():\n    {stmt}\n    f()\n", ns)
    try:
        ns["f"]()
    except RecursionError as e:
        return str(e)[len("maximum recursion depth exceeded"):]
    raise AssertionError(stmt)


def main():
    guards = {}
    for name, stmt in CASES.items():
        where = run(stmt)
        if where:
            guards[name] = where
    lines = [
        "// Generated by scripts/gen-recursion-guards.py (measured on CPython 3.11): do not edit.",
        "// The builtins that raise RecursionError when called at the limit, and the message's tail.",
        "export const RECURSION_GUARDS: Record<string, string> = {",
    ]
    for key, where in guards.items():
        lines.append(f"  {json.dumps(key)}: {json.dumps(where)},")
    lines.append("};")
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(len(guards), "of", len(CASES), "guarded; written to", os.path.normpath(OUT))


main()
