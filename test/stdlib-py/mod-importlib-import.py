# importlib.import_module (absolute, relative, packages, errors) and importlib.util.find_spec
# over modules and packages written to a temp dir put on sys.path.
import importlib
import importlib.util
import os
import sys
import tempfile

sys.dont_write_bytecode = True
root = tempfile.mkdtemp()
sys.path.insert(0, root)


def write(rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def rel(p):
    return None if p is None else os.path.relpath(p, root)


def show_error(fn, *args, **kw):
    try:
        r = fn(*args, **kw)
    except Exception as e:
        print("  ", type(e).__name__, e, getattr(e, "name", "-"))
    else:
        print("  ok", r if not hasattr(r, "__name__") else r.__name__)


write("il_plain.py", "VALUE = 41\nprint('running il_plain')\n")
write("il_pkg/__init__.py", "print('running il_pkg', __name__, __package__)\nX = 'pkg'\n")
write("il_pkg/sub.py", "from . import helper\nNAME = __name__ + ':' + helper.WHO\n")
write("il_pkg/helper.py", "WHO = 'helper'\n")
write("il_pkg/inner/__init__.py", "")
write("il_pkg/inner/deep.py", "from .. import helper\nfrom ..sub import NAME\nD = (helper.WHO, NAME)\n")
write("il_notpkg.py", "A = 1\n")
write("il_broken.py", "import il_missing_dependency\n")
importlib.invalidate_caches()

print("-- absolute")
m = importlib.import_module("il_plain")
print(m.__name__, m.VALUE, m is sys.modules["il_plain"])
print(importlib.import_module("il_plain") is m)  # no second run
d = importlib.import_module("il_pkg.inner.deep")
print(d.__name__, d.D, "il_pkg.inner" in sys.modules)
print(importlib.import_module("il_pkg").inner.deep is d)

print("-- relative")
print(importlib.import_module(".sub", "il_pkg").NAME)
print(importlib.import_module("..helper", "il_pkg.inner").WHO)
print(importlib.import_module(".", "il_pkg").__name__)
print(importlib.import_module(".deep", package="il_pkg.inner").__name__)

print("-- errors")
show_error(importlib.import_module, "il_nowhere")
show_error(importlib.import_module, "il_pkg.nowhere")
show_error(importlib.import_module, "il_notpkg.x")
show_error(importlib.import_module, ".sub")
show_error(importlib.import_module, ".sub", None)
show_error(importlib.import_module, "..x", "il_pkg")
show_error(importlib.import_module, "")
show_error(importlib.import_module, "il_broken")
print("il_broken" in sys.modules)
show_error(importlib.import_module, 42)

print("-- find_spec")
s = importlib.util.find_spec("il_notpkg")
print(s.name, repr(s.parent), rel(s.origin), s.submodule_search_locations, s.has_location)
print(type(s.loader).__name__, s.loader.name, rel(s.loader.path))
print("il_notpkg" in sys.modules)
s = importlib.util.find_spec("il_pkg")  # imported: its __spec__
print(s is sys.modules["il_pkg"].__spec__, s.name, s.parent, rel(s.origin),
      [rel(p) for p in s.submodule_search_locations])
s = importlib.util.find_spec("il_pkg.sub")
print(s.name, s.parent, rel(s.origin), s.submodule_search_locations)
s = importlib.util.find_spec(".helper", "il_pkg")
print(s.name, s.parent)
print(importlib.util.find_spec("il_nowhere"), importlib.util.find_spec("il_pkg.nowhere"))
show_error(importlib.util.find_spec, "il_nowhere.sub")
show_error(importlib.util.find_spec, "il_notpkg.sub")
print("il_notpkg" in sys.modules)
s = importlib.util.find_spec("sys")
print(s.name, s.origin, repr(s.parent), s.has_location, s.submodule_search_locations)

print("-- module attributes")
import il_pkg.helper as h
print(h.__spec__.name, h.__package__, type(h.__loader__).__name__, h.__loader__ is h.__spec__.loader)
print(rel(h.__file__), h.__spec__.origin == h.__file__)
pkg = sys.modules["il_pkg"]
print(pkg.__package__, [rel(p) for p in pkg.__path__], pkg.__path__ == pkg.__spec__.submodule_search_locations)

print("-- resolve_name")
print(importlib.util.resolve_name("x.y", None))
print(importlib.util.resolve_name(".b", "a"), importlib.util.resolve_name("..b", "a.c"), importlib.util.resolve_name(".", "a.c"))
show_error(importlib.util.resolve_name, "...b", "a.c")
show_error(importlib.util.resolve_name, ".b", None)
show_error(importlib.util.resolve_name, ".b", "")
