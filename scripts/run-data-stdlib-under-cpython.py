"""Run a Python program under CPython with pygil's Python-written data-structure modules.

    python3 -S -I scripts/run-data-stdlib-under-cpython.py [--modules NAME,...] PROGRAM.py [ARGS...]

The modules below (collections, itertools, functools, operator, heapq, bisect, copy,
statistics, fractions, string, textwrap, keyword, reprlib, pprint, difflib) are loaded from
src/stdlib instead of CPython's Lib, so that the test programs of test/stdlib-py/data-*.py
check them against the output of plain `python3`. `--modules` limits the switch to some of
them (the others stay CPython's).

Every other module (re, math, random, abc, enum, dataclasses, …) stays CPython's own: the
common ones are imported before the switch, so that they keep running on CPython's versions
of collections, functools and the like. The program runs as `__main__` as
`python3 PROGRAM.py` would run it; an uncaught exception is reported by sys.excepthook
without this script's frame.

-S keeps `site` out, -I keeps PYTHON* variables out.
"""

import sys

sys.dont_write_bytecode = True   # don't leave __pycache__ in src/stdlib

import builtins
import importlib.util
import os
import types

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STDLIB = os.path.join(ROOT, "src", "stdlib")

DATA_MODULES = ["collections", "itertools", "functools", "operator", "heapq", "bisect", "copy",
                "statistics", "fractions", "string", "textwrap", "keyword", "reprlib",
                "pprint", "difflib"]

# CPython modules imported before the switch: they keep CPython's collections, functools, ….
PRELOAD = ["re", "math", "random", "abc", "enum", "types", "typing", "dataclasses", "json",
           "decimal", "numbers", "inspect", "traceback", "linecache", "tokenize", "weakref",
           "struct", "io", "os", "time", "datetime", "copyreg", "contextlib", "warnings",
           "array", "_thread", "threading", "locale"]


class PygilStdlibFinder:
    """Finds the chosen modules in src/stdlib, before CPython's paths."""

    def __init__(self, names):
        self.names = set(names)

    def find_spec(self, fullname, path=None, target=None):
        if fullname.split(".")[0] not in self.names:
            return None
        relative = os.path.join(*fullname.split("."))
        package_dir = os.path.join(STDLIB, relative)
        package_init = os.path.join(package_dir, "__init__.py")
        if os.path.isfile(package_init):
            return importlib.util.spec_from_file_location(
                fullname, package_init, submodule_search_locations=[package_dir])
        module_file = os.path.join(STDLIB, relative + ".py")
        if os.path.isfile(module_file):
            return importlib.util.spec_from_file_location(fullname, module_file)
        raise ModuleNotFoundError("No module named %r (not in pygil's src/stdlib)" % fullname,
                                  name=fullname)


def switch_to_ours(names):
    for name in PRELOAD:
        try:
            __import__(name)
        except ImportError:
            pass
    for name in list(sys.modules):
        if name.split(".")[0] in names:
            del sys.modules[name]
    sys.meta_path.insert(0, PygilStdlibFinder(names))


def main():
    names = DATA_MODULES
    if len(sys.argv) >= 3 and sys.argv[1] == "--modules":
        names = sys.argv[2].split(",")
        del sys.argv[1:3]
    if len(sys.argv) < 2:
        sys.exit("usage: python3 -S -I scripts/run-data-stdlib-under-cpython.py "
                 "[--modules NAME,...] PROGRAM.py [ARGS...]")
    switch_to_ours(names)
    path = os.path.abspath(sys.argv[1])
    sys.argv = sys.argv[1:]
    sys.path.insert(0, os.path.dirname(path))
    with open(path, "rb") as f:
        source = f.read()
    try:
        code = compile(source, path, "exec")
    except SyntaxError as exc:
        exc.__traceback__ = None
        sys.excepthook(type(exc), exc, None)
        sys.exit(1)

    module = types.ModuleType("__main__")
    module.__file__ = path
    module.__builtins__ = builtins
    module.__cached__ = None
    sys.modules["__main__"] = module
    try:
        exec(code, module.__dict__)
    except SystemExit:
        raise
    except BaseException as exc:
        traceback_without_us = exc.__traceback__.tb_next
        exc.__traceback__ = traceback_without_us
        sys.excepthook(type(exc), exc, traceback_without_us)
        sys.exit(1)


main()
