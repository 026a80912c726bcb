# importlib.abc loaders driven by hand (spec_from_loader + module_from_spec + exec_module),
# the ABC registrations of the machinery classes, and the __spec__/__loader__ a module sees
# while its body runs once importlib has been imported.
import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
import tempfile


class StringLoader(importlib.abc.Loader):
    def __init__(self, src):
        self.src = src

    def exec_module(self, module):
        exec(self.src, module.__dict__)


spec = importlib.util.spec_from_loader("strmod", StringLoader("X = 5\ndef f(): return X * 2\n"))
print(spec.name, spec.origin, spec.submodule_search_locations, spec.has_location, spec.parent == "")
m = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m)
print(m.X, m.f(), m.__loader__ is spec.loader, m.__spec__ is spec, hasattr(m, "__file__"))
spec = importlib.util.spec_from_loader("strpkg", StringLoader(""), is_package=True)
print(spec.submodule_search_locations, spec.parent)
spec = importlib.util.spec_from_loader("strmod2", StringLoader(""), origin="somewhere")
print(spec.origin, spec.has_location)


class Src(importlib.abc.InspectLoader):
    def get_source(self, name):
        return "Y = 'src ' + __name__\n"


spec = importlib.util.spec_from_loader("srcmod", Src())
print(spec.submodule_search_locations)
m = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m)
print(m.Y)
print(Src().get_code("srcmod").co_filename)

print(isinstance(importlib.machinery.SourceFileLoader("a", "b.py"), importlib.abc.Loader))
print(isinstance(importlib.machinery.SourceFileLoader("a", "b.py"), importlib.abc.ExecutionLoader))
print(issubclass(importlib.machinery.PathFinder, importlib.abc.MetaPathFinder))
print(issubclass(importlib.machinery.BuiltinImporter, importlib.abc.InspectLoader))
print(issubclass(importlib.machinery.FileFinder, importlib.abc.PathEntryFinder))
for cls in [importlib.abc.ResourceLoader, importlib.abc.InspectLoader, importlib.abc.ExecutionLoader]:
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)


class Finder(importlib.abc.MetaPathFinder):
    pass


print(Finder().invalidate_caches(), importlib.abc.Loader().create_module(None))

print("-- __spec__ inside the module body")
root = tempfile.mkdtemp()
sys.path.insert(0, root)
with open(os.path.join(root, "ab_late.py"), "w") as f:
    f.write("print('body', __spec__.name, type(__loader__).__name__, __spec__.loader is __loader__,"
            " __spec__.origin == __file__)\n")
os.mkdir(os.path.join(root, "ab_pkg"))
with open(os.path.join(root, "ab_pkg", "__init__.py"), "w") as f:
    f.write("print('pkg body', __spec__.name, __spec__.parent, __spec__.submodule_search_locations == __path__)\n")
importlib.invalidate_caches()
import ab_late
import ab_pkg
print(importlib.util.find_spec("ab_late") is ab_late.__spec__)
