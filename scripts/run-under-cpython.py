"""Run a Python program under CPython with pygil's Python-written stdlib modules.

    python3 -S -I scripts/run-under-cpython.py [--switch-interval SECONDS] [--no-native-rlock]
                                               PROGRAM.py [ARGS...]

The modules `threading`, `queue` and `concurrent` (with concurrent.futures) are loaded from
src/stdlib instead of CPython's own, on top of CPython's native `_thread`. The one helper
pygil's `_thread` has and CPython's lacks (`_format_exception`, see docs/thread-core.md) is
added here. The program runs as `__main__` like `python3 PROGRAM.py` would run it; at exit
CPython calls `threading._shutdown()` of the loaded module, as pygil's runtime does.

--switch-interval sets sys.setswitchinterval: a tiny value (1e-6) makes CPython switch threads
every few bytecodes, as pygil may, to shake out races in the Python modules.

--no-native-rlock hides _thread.RLock, so that threading.RLock() is the Python _RLock (what
pygil gets while its runtime has no native RLock).

-S keeps `site` out (it imports CPython's threading on this machine); -I keeps PYTHON*
variables out. The site-packages directory is appended to sys.path (without running .pth
files), so programs using e.g. requests run too. This script refuses to run if CPython's
threading is already loaded.
"""

import sys

if "threading" in sys.modules or "queue" in sys.modules or "concurrent" in sys.modules:
    sys.exit("run-under-cpython: CPython's threading/queue/concurrent was imported before "
             "this script ran; start it with python3 -S -I")

import _thread
import builtins
import importlib.util
import os
import traceback
import types

sys.dont_write_bytecode = True   # don't leave __pycache__ in src/stdlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STDLIB = os.path.join(ROOT, "src", "stdlib")


def _ours(fullname):
    return (fullname in ("threading", "queue", "concurrent")
            or fullname.startswith("concurrent."))


class PygilStdlibFinder:
    """Finds `threading`, `queue` and `concurrent.*` in src/stdlib, before CPython's paths."""

    def find_spec(self, fullname, path=None, target=None):
        if not _ours(fullname):
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


def main():
    if len(sys.argv) >= 3 and sys.argv[1] == "--switch-interval":
        sys.setswitchinterval(float(sys.argv[2]))
        del sys.argv[1:3]
    if len(sys.argv) >= 2 and sys.argv[1] == "--no-native-rlock":
        del _thread.RLock
        del sys.argv[1]
    if len(sys.argv) < 2:
        sys.exit("usage: python3 -S -I scripts/run-under-cpython.py [--switch-interval SECONDS] "
                 "[--no-native-rlock] PROGRAM.py [ARGS...]")
    sys.meta_path.insert(0, PygilStdlibFinder())
    _thread._format_exception = _format_exception

    path = os.path.abspath(sys.argv[1])
    sys.argv = sys.argv[1:]
    sys.path.insert(0, os.path.dirname(path))
    # -S left out site-packages; add it back (without running .pth files) so that programs
    # using e.g. requests run, with our threading and queue underneath.
    version = "python%d.%d" % sys.version_info[:2]
    sys.path.append(os.path.join(sys.prefix, "lib", version, "site-packages"))
    with open(path, "rb") as f:
        source = f.read()
    try:
        code = compile(source, path, "exec")
    except SyntaxError as exc:
        exc.__traceback__ = None                # CPython prints no traceback for these
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
        raise   # CPython prints its message (if any) and exits with its code
    except BaseException as exc:
        # Report it as CPython would for the program, without this script's frame.
        traceback_without_us = exc.__traceback__.tb_next
        exc.__traceback__ = traceback_without_us
        sys.excepthook(type(exc), exc, traceback_without_us)
        sys.exit(1)


main()
