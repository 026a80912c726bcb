"""Run a Python program under CPython with every Python-written module of pygil's src/stdlib.

    python3 -S -I scripts/run-stdlib-under-cpython.py PROGRAM.py [ARGS...]

The Python-written modules of src/stdlib listed in OURS (dataclasses, enum, typing, abc,
contextlib, types, numbers, warnings, datetime, calendar, logging, timeit, sched, threading,
queue, concurrent) are loaded from there instead of from CPython's Lib. CPython's own modules that programs commonly use
(collections, functools, re, inspect, …) are imported first, before the switch, so that they
keep running on CPython's versions of enum, types, abc and the like; a program importing them
gets those CPython modules, while its own `import enum` gets pygil's.

The program runs as `__main__` like `python3 PROGRAM.py` would run it; uncaught exceptions are
reported by sys.excepthook without this script's frame; at exit CPython itself calls
`threading._shutdown()` of the loaded threading and the atexit handlers (logging.shutdown).

The pygil-only helper `_thread._format_exception` (docs/thread-core.md) is filled in here.
-S keeps `site` out, -I keeps PYTHON* variables out.
"""

import sys

sys.dont_write_bytecode = True   # don't leave __pycache__ in src/stdlib

import _thread
import builtins
import importlib.util
import os
import traceback
import types

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STDLIB = os.path.join(ROOT, "src", "stdlib")


# The modules taken from src/stdlib: the Python-written ones that run on CPython's natives.
# (Other files there, such as os.py, are glue over pygil's own native modules and cannot
# run here.)
OURS = {"dataclasses", "enum", "typing", "abc", "contextlib", "types", "numbers", "warnings",
        "datetime", "calendar", "logging", "timeit", "sched", "threading", "queue",
        "concurrent"}
OURS = {name for name in OURS
        if os.path.isfile(os.path.join(STDLIB, name + ".py"))
        or os.path.isfile(os.path.join(STDLIB, name, "__init__.py"))}


# CPython modules loaded before the switch, so that they keep CPython's enum/types/abc/….
PRELOAD = ["collections", "collections.abc", "functools", "itertools", "operator", "re", "copy",
           "keyword", "string", "textwrap", "math", "random", "json", "heapq", "bisect",
           "reprlib", "inspect", "pprint", "statistics", "fractions", "decimal", "linecache",
           "tokenize", "weakref", "struct", "locale", "io", "os", "time", "traceback",
           "_strptime", "shutil", "tempfile", "pathlib", "argparse", "unittest", "doctest",
           "_datetime", "_collections_abc", "copyreg", "contextvars", "asyncio"]


def _is_ours(fullname):
    return fullname.split(".")[0] in OURS


class PygilStdlibFinder:
    """Finds pygil's Python-written modules in src/stdlib, before CPython's paths."""

    def find_spec(self, fullname, path=None, target=None):
        if not _is_ours(fullname):
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


def _format_exception(exc_type, exc_value, exc_traceback):
    """pygil's _thread._format_exception: the text sys.excepthook would print."""
    return "".join(traceback.format_exception(exc_type, exc_value, exc_traceback))


def _switch_to_ours():
    for name in PRELOAD:
        if not _is_ours(name):
            try:
                __import__(name)
            except ImportError:
                pass
    for name in list(sys.modules):
        if _is_ours(name):
            del sys.modules[name]
    sys.meta_path.insert(0, PygilStdlibFinder())
    _thread._format_exception = _format_exception


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: python3 -S -I scripts/run-stdlib-under-cpython.py PROGRAM.py [ARGS...]")
    _switch_to_ours()
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
    status = 0
    try:
        exec(code, module.__dict__)
    except SystemExit as exc:
        code = exc.code
        if code is None:
            status = 0
        elif isinstance(code, int):
            status = code
        else:
            print(code, file=sys.stderr)
            status = 1
    except BaseException as exc:
        traceback_without_us = exc.__traceback__.tb_next
        exc.__traceback__ = traceback_without_us
        sys.excepthook(type(exc), exc, traceback_without_us)
        status = 1
    sys.stdout.flush()
    sys.exit(status)


main()
