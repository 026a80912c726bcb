# contextlib: context managers from generators, suppress, closing, redirect_stdout, ExitStack
import contextlib
from contextlib import contextmanager, suppress, closing, redirect_stdout, redirect_stderr, ExitStack, nullcontext
import io
import os
import sys
import tempfile

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("h1") as t:
    print("inside", t)
try:
    with tag("div"):
        raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e)

@contextmanager
def handled():
    try:
        yield
    except ZeroDivisionError as e:
        print("handled:", e)
with handled():
    1 / 0
print("after handled")

@contextmanager
def timer_like(label):
    print("start", label)
    yield
    print("end", label)
@timer_like("as decorator")
def work():
    print("working")
work()

with suppress(FileNotFoundError, KeyError):
    os.remove("/nonexistent/file/really")
    print("not reached")
print("suppressed")
with suppress(KeyError):
    {}["x"]

class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("closing", self.name)
with closing(Resource("db")) as r:
    print("using", r.name)

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
    help_text = "x"
print("buffer has:", repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))

with ExitStack() as stack:
    tmp = stack.enter_context(tempfile.TemporaryDirectory())
    files = [stack.enter_context(open(os.path.join(tmp, f"f{i}.txt"), "w")) for i in range(3)]
    for i, f in enumerate(files):
        f.write(str(i))
    stack.callback(print, "callback ran")
    print(len(files), all(not f.closed for f in files))
print(all(f.closed for f in files))
with ExitStack() as stack:
    for n in ["a", "b", "c"]:
        stack.enter_context(tag(n))
    print("body")
def cleanup(msg):
    print("cleanup", msg)
with ExitStack() as stack:
    stack.callback(cleanup, "later")
    saved = stack.pop_all()
print("stack exited")
saved.close()
with nullcontext("value") as v:
    print(v)
def maybe_open(path=None):
    return open(path) if path else nullcontext(sys.stdout)
with maybe_open() as out:
    out.write("to stdout via nullcontext\n")
class Managed:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__ if exc_type else None, exc)
        return exc_type is ValueError
with Managed():
    raise ValueError("swallowed")
try:
    with Managed():
        raise TypeError("propagated")
except TypeError:
    print("TypeError propagated")
class Indenter(contextlib.ContextDecorator):
    level = 0
    def __enter__(self):
        Indenter.level += 1
        return self
    def __exit__(self, *exc):
        Indenter.level -= 1
        return False
@Indenter()
def show():
    print("level", Indenter.level)
show()
with Indenter(), Indenter():
    print("nested level", Indenter.level)
class Chdir:
    pass
with tempfile.TemporaryDirectory() as d:
    with contextlib.chdir(d) if hasattr(contextlib, "chdir") else nullcontext():
        print(os.path.realpath(os.getcwd()) == os.path.realpath(d))
@contextmanager
def bad():
    yield
    yield
try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
cm = tag("reuse")
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__)
