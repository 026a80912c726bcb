# importlib.reload: re-runs the module's (rewritten) file in the same module object, keeps
# names the new source no longer defines, reloads package submodules; errors for non-modules.
import importlib
import os
import sys
import tempfile
import types

sys.dont_write_bytecode = True
root = tempfile.mkdtemp()
sys.path.insert(0, root)


def write(rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    importlib.invalidate_caches()


def show_error(fn, *args):
    try:
        r = fn(*args)
    except Exception as e:
        print("  ", type(e).__name__, e)
    else:
        print("  ok", getattr(r, "__name__", r))


write("rl_counter.py", "print('exec rl_counter')\nN = 1\nOLD = 'old'\ndef f(): return 'f1'\n")
import rl_counter
m = rl_counter
f1 = m.f
print(m.N, m.OLD, m.f())
m.N = 100
m.extra = 'kept'

write("rl_counter.py", "print('exec rl_counter again')\nN = 2  # changed\ndef f(): return 'f2, N=%d' % N\ndef g(): return 'new g'\n")
r = importlib.reload(m)
print(r is m, m is sys.modules["rl_counter"])
print(m.N, m.OLD, m.extra, m.f(), m.g(), f1())

print("-- module state seen by the new code")
write("rl_counter.py", "try:\n    RUNS += 1\nexcept NameError:\n    RUNS = 1\nprint('runs', RUNS, __name__)\n")
importlib.reload(m)
importlib.reload(m)
print(m.RUNS)

print("-- package and submodule")
write("rl_pkg/__init__.py", "LEVEL = 'init-1'\n")
write("rl_pkg/leaf.py", "from . import LEVEL\nSEEN = LEVEL\n")
import rl_pkg.leaf
print(rl_pkg.LEVEL, rl_pkg.leaf.SEEN)
write("rl_pkg/__init__.py", "LEVEL = 'init-two'\n")
importlib.reload(rl_pkg)
print(rl_pkg.LEVEL, rl_pkg.leaf.SEEN, hasattr(rl_pkg, 'leaf'))
importlib.reload(rl_pkg.leaf)
print(rl_pkg.leaf.SEEN, rl_pkg.leaf is sys.modules["rl_pkg.leaf"])

print("-- errors")
write("rl_counter.py", "X = 1\nraise ValueError('boom in reload')\n")
show_error(importlib.reload, m)
print(m is sys.modules.get("rl_counter"), m.X, m.RUNS)
write("rl_counter.py", "def broken(:\n")
try:
    importlib.reload(m)
except SyntaxError as e:
    print("  SyntaxError", e.msg, e.lineno, os.path.basename(e.filename))
os.remove(os.path.join(root, "rl_counter.py"))
importlib.invalidate_caches()
show_error(importlib.reload, m)
show_error(importlib.reload, 42)
show_error(importlib.reload, "rl_counter")
show_error(importlib.reload, types.ModuleType("rl_fresh"))
del sys.modules["rl_pkg"]
show_error(importlib.reload, rl_pkg)
show_error(importlib.reload, rl_pkg.leaf)

print("-- stdlib module")
import json
j = importlib.reload(json)
print(j is json, json.dumps([1, 2]))
