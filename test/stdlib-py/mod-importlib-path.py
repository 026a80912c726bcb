# Loading a .py file by path (spec_from_file_location + module_from_spec + exec_module),
# importlib.machinery names, importlib.metadata without distributions, importlib.resources
# over a package directory.
import importlib
import importlib.machinery
import importlib.metadata
import importlib.resources
import importlib.util
import os
import sys
import tempfile

sys.dont_write_bytecode = True
root = tempfile.mkdtemp()


def write(rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    return path


def rel(p):
    return None if p is None else os.path.relpath(p, root)


print("-- load by path")
path = write("plugins/my_plugin.py", "import sys\nprint('loading', __name__, __name__ in sys.modules)\n"
             "def hello(): return 'hello from ' + __name__\nNUM = 7\n")
spec = importlib.util.spec_from_file_location("plugin_by_path", path)
print(spec.name, rel(spec.origin), spec.parent == "", spec.submodule_search_locations, spec.has_location)
print(type(spec.loader).__name__, isinstance(spec.loader, importlib.machinery.SourceFileLoader))
print(spec.loader.name, rel(spec.loader.path), rel(spec.loader.get_filename()))
print(spec.loader.is_package("plugin_by_path"))
mod = importlib.util.module_from_spec(spec)
print(type(mod).__name__, mod.__name__, mod.__spec__ is spec, mod.__loader__ is spec.loader, rel(mod.__file__), repr(mod.__package__))
print(hasattr(mod, "NUM"), "plugin_by_path" in sys.modules)
spec.loader.exec_module(mod)
print(mod.hello(), mod.NUM)
sys.modules["plugin_by_path"] = mod
spec.loader.exec_module(mod)
print(spec.loader.get_source("plugin_by_path").splitlines()[-1])
print(spec.loader.get_data(path)[:10])
try:
    spec.loader.get_filename("other")
except ImportError as e:
    print("ImportError", e)

print("-- package by path")
init = write("pathpkg/__init__.py", "from . import part\nWHO = 'pathpkg:' + part.P\n")
write("pathpkg/part.py", "P = 'part'\n")
spec = importlib.util.spec_from_file_location("pathpkg", init)
print(spec.name, spec.parent, [rel(p) for p in spec.submodule_search_locations])
pkg = importlib.util.module_from_spec(spec)
print([rel(p) for p in pkg.__path__], pkg.__package__)
sys.modules["pathpkg"] = pkg
spec.loader.exec_module(pkg)
print(pkg.WHO, sys.modules["pathpkg.part"].P)
spec = importlib.util.spec_from_file_location("solo", init, submodule_search_locations=None)
print(spec.submodule_search_locations, spec.parent == "")
print(importlib.util.spec_from_file_location("data", write("data.txt", "x")))

print("-- errors while executing")
bad = write("bad_mod.py", "print('half')\n1/0\n")
spec = importlib.util.spec_from_file_location("bad_mod", bad)
m = importlib.util.module_from_spec(spec)
try:
    spec.loader.exec_module(m)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
spec = importlib.util.spec_from_file_location("gone", os.path.join(root, "gone.py"))
try:
    spec.loader.exec_module(importlib.util.module_from_spec(spec))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)

print("-- spec objects")
a = importlib.machinery.ModuleSpec("x.y", None)
print(a.name, a.parent, a.origin, a.submodule_search_locations, a.has_location, a.loader_state)
print(repr(a))
b = importlib.machinery.ModuleSpec("x.y", None, is_package=True)
print(b.parent, b.submodule_search_locations)
print(a == importlib.machinery.ModuleSpec("x.y", None), a == b)
m = importlib.util.module_from_spec(a)
print(m.__name__, m.__package__, m.__loader__, m.__spec__ is a, hasattr(m, "__file__"))
print(importlib.machinery.SOURCE_SUFFIXES, ".py" in importlib.machinery.all_suffixes())
for name in ["ModuleSpec", "SourceFileLoader", "BuiltinImporter", "PathFinder", "FileFinder",
             "SourcelessFileLoader", "ExtensionFileLoader", "FrozenImporter"]:
    print(name, hasattr(importlib.machinery, name))
print(importlib.util.MAGIC_NUMBER)

print("-- metadata")
for fn in [importlib.metadata.version, importlib.metadata.metadata, importlib.metadata.distribution]:
    try:
        fn("surely-not-installed-pkg")
    except importlib.metadata.PackageNotFoundError as e:
        print(type(e).__name__, e, e.name, isinstance(e, ModuleNotFoundError))
print(issubclass(importlib.metadata.PackageNotFoundError, ImportError))

print("-- resources")
write("respkg/__init__.py", "")
write("respkg/greeting.txt", "hi there\nsecond line\n")
write("respkg/blob.bin", "AB")
sys.path.insert(0, root)
importlib.invalidate_caches()
import respkg
t = importlib.resources.files("respkg")
print(t.name, rel(str(t)), t.is_dir())
print(repr(t.joinpath("greeting.txt").read_text()))
print((t / "blob.bin").read_bytes())
print(importlib.resources.files(respkg).joinpath("greeting.txt").is_file())
print(sorted(p.name for p in t.iterdir()))
print(importlib.resources.read_text("respkg", "greeting.txt").splitlines())
print(importlib.resources.read_binary("respkg", "blob.bin"))
print(importlib.resources.is_resource("respkg", "greeting.txt"), importlib.resources.is_resource("respkg", "nope.txt"))
with importlib.resources.open_text("respkg", "greeting.txt") as fh:
    print(fh.readline().strip())
with importlib.resources.as_file(t / "greeting.txt") as p:
    print(os.path.basename(p), os.path.exists(p))
