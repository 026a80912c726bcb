# Import hooks: finders on sys.meta_path (inserted first, appended last, logging-only,
# virtual modules and packages from strings), removal of the finder, errors from loaders.
import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
import tempfile

sys.dont_write_bytecode = True
root = tempfile.mkdtemp()
sys.path.insert(0, root)
with open(os.path.join(root, "mp_real.py"), "w") as f:
    f.write("WHERE = 'disk'\n")
importlib.invalidate_caches()

SOURCES = {
    "virt": "print('exec virt', __name__)\nA = 1\n",
    "vpkg": "P = 'package'\n",
    "vpkg.child": "from . import P\nC = P + '/child'\n",
    "mp_real": "WHERE = 'virtual'\n",
    "vbad": "raise RuntimeError('loader ran and failed')\n",
}


class StringFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def __init__(self):
        self.asked = []

    def find_spec(self, fullname, path, target=None):
        self.asked.append((fullname, path is None))
        if fullname not in SOURCES:
            return None
        return importlib.util.spec_from_loader(fullname, self, is_package=(fullname == "vpkg"))

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(SOURCES[module.__name__], module.__dict__)


class Logger(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        print("  looking for", fullname)
        return None


print(len(sys.meta_path) >= 3, importlib.machinery.PathFinder in sys.meta_path)
logger = Logger()
sys.meta_path.insert(0, logger)
import colorsys
import mp_real
print(mp_real.WHERE)
sys.meta_path.remove(logger)

finder = StringFinder()
sys.meta_path.insert(0, finder)
import virt
print(virt.A, virt.__spec__.name, virt.__loader__ is finder, "virt" in sys.modules)
import virt  # cached: the finder is not asked again
print([n for n, _ in finder.asked].count("virt"))
import vpkg.child
print(vpkg.P, vpkg.child.C, vpkg.__path__, vpkg.child.__package__)
print(("vpkg.child", False) in finder.asked)
from vpkg import child
print(child is vpkg.child)
m = importlib.import_module("vpkg.child")
print(m is child)
del sys.modules["mp_real"]
import mp_real
print(mp_real.WHERE)
try:
    import vbad
except RuntimeError as e:
    print("RuntimeError", e, "vbad" in sys.modules)
try:
    import vnothing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
print(importlib.util.find_spec("virt") is virt.__spec__)
s = importlib.util.find_spec("vpkg.other_child")
print(s)
SOURCES["vfresh"] = "F = 1\n"
s = importlib.util.find_spec("vfresh")
print(s.name, s.loader is finder, s.origin, "vfresh" in sys.modules)
virt.extra = "kept"
SOURCES["virt"] = "print('exec virt v2')\nA = 2\n"
print(importlib.reload(virt) is virt, virt.A, virt.extra)
sys.meta_path.remove(finder)

print("-- appended finder comes after the file system")
late = StringFinder()
sys.meta_path.append(late)
del sys.modules["mp_real"]
import mp_real
print(mp_real.WHERE)
del sys.modules["virt"]
import virt
print(virt.A, virt.__loader__ is late)
sys.meta_path.remove(late)
del sys.modules["virt"]
try:
    import virt
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
